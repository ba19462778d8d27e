package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Colours: on a terminal unless NO_COLOR is set or --color never; in a pipe
// only with --color always.
func TestColor(t *testing.T) {
	ix := seedIndex(t)
	agen := filepath.Join(seeds, "agen.txt")
	t.Setenv("TERM", "xterm-256color")
	for _, c := range []struct {
		name    string
		term    bool
		noColor string
		args    []string
		colour  bool
	}{
		{"terminal", true, "", []string{"search", "--index", ix, "sante"}, true},
		{"terminal NO_COLOR", true, "1", []string{"search", "--index", ix, "sante"}, false},
		{"terminal --color never", true, "", []string{"search", "--index", ix, "sante", "--color", "never"}, false},
		{"pipe", false, "", []string{"search", "--index", ix, "sante"}, false},
		{"pipe --color always", false, "", []string{"search", "--index", ix, "sante", "--color=always"}, true},
		{"NO_COLOR --color always", true, "1", []string{"search", "--index", ix, "sante", "--color", "always"}, true},
		{"show terminal", true, "", []string{"show", agen}, true},
		{"show terminal NO_COLOR", true, "1", []string{"show", agen}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("NO_COLOR", c.noColor)
			var out string
			if c.term {
				out, _, _ = runTerm(t, 200, c.args...)
			} else {
				out, _, _ = runCLI(t, c.args...)
			}
			if got := strings.Contains(out, "\x1b["); got != c.colour {
				t.Errorf("colours %v, want %v", got, c.colour)
			}
			if !c.colour && !strings.Contains(out, "[[") {
				t.Errorf("no [[…]] marks without colours")
			}
		})
	}
	if _, stderr, code := runCLI(t, "search", "--index", ix, "--color", "rainbow"); code != exitUsage || !strings.Contains(stderr, "auto, always or never") {
		t.Errorf("--color rainbow: exit %d, %s", code, stderr)
	}
}
