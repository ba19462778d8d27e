package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// runTerm runs clsx as if standard output were a terminal width columns
// wide (standard error stays a pipe).
func runTerm(t *testing.T, width int, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	s := newStreams(nil, &out, &errb)
	s.outTTY, s.width = true, width
	code := runWith(s, args)
	return out.String(), errb.String(), code
}

// Tables fit the terminal: at 80 and 200 columns no line is wider, the cut
// cells end in "…"; the golden files show what a person sees.
func TestTablesFitTheTerminal(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	ix := seedIndex(t)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"search-sante-mentale", []string{"search", "--index", ix, "--theme", "sante_mentale"}},
		{"extract-seeds", []string{"extract", seeds}},
		{"themes", []string{"themes", "--index", ix}},
	} {
		for _, width := range []int{80, 200} {
			name := fmt.Sprintf("table/%s-%d.txt", c.name, width)
			t.Run(name, func(t *testing.T) {
				out, stderr, code := runTerm(t, width, c.args...)
				piped, _, _ := runCLI(t, c.args...)
				shown := len(strings.Fields(strings.SplitN(out, "\n", 2)[0]))
				all := len(strings.Fields(strings.SplitN(piped, "\n", 2)[0]))
				if (shown < all) != strings.Contains(stderr, "do not fit") {
					t.Errorf("%d of %d columns shown; the note: %s", shown, all, stderr)
				}
				if code != exitOK {
					t.Fatalf("exit %d: %s", code, stderr)
				}
				for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if n := utf8.RuneCountInString(line); n > width {
						t.Errorf("%d columns > %d: %s", n, width, line)
					}
				}
				checkGolden(t, strings.ReplaceAll(name, string(filepath.Separator), "/"), strings.ReplaceAll(out, filepath.Clean(seeds), "SEEDS"))
			})
		}
		// --wide, and a pipe: every cell in full
		wide, _, _ := runTerm(t, 80, append(c.args, "--wide")...)
		piped, _, _ := runCLI(t, c.args...)
		if wide != piped || strings.Contains(piped, "…") {
			t.Errorf("%s: --wide differs from the piped table, or a piped cell was cut", c.name)
		}
	}
}

func TestColumnWidths(t *testing.T) {
	for _, c := range []struct {
		rows  [][]string
		width int
		want  []int
	}{
		{[][]string{{"ab", "cdef"}}, 0, []int{2, 4}},
		{[][]string{{"ab", "cdef"}}, 8, []int{2, 4}},
		{[][]string{{"ab", strings.Repeat("x", 50)}}, 20, []int{2, 16}},
		{[][]string{{strings.Repeat("x", 30), strings.Repeat("y", 50), "z"}}, 40, []int{17, 18, 1}},
		{[][]string{{"abcdefghij", "abcdefghij", "abcdefghij"}}, 20, []int{9, 9}}, // the third left out
		{[][]string{{"abcdefghij", "abcdefghij"}}, 3, []int{8}},                   // never narrower than minColumn
	} {
		if got := columnWidths(c.rows, c.width); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%v at %d: %v, want %v", c.rows, c.width, got, c.want)
		}
	}
}

func TestCut(t *testing.T) {
	bold := func(s string) string { return string(markOpen) + s + string(markClose) }
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"santé mentale", 20, "santé mentale"},
		{"santé mentale", 6, "santé…"},
		{"la " + bold("santé") + " mentale", 6, "la " + bold("sa") + "…"},
		{bold("santé") + " mentale", 8, bold("santé") + " m…"},
	} {
		if got := cut(c.in, c.n); got != c.want {
			t.Errorf("cut(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
