package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
)

// readmeCommands is every clsx command line of the README's sh blocks.
func readmeCommands(t *testing.T) []string {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	inBlock := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			inBlock = !inBlock && strings.HasPrefix(line, "```sh")
			continue
		}
		if !inBlock {
			continue
		}
		if i := strings.Index(line, " # "); i >= 0 {
			line = line[:i]
		}
		for _, seg := range regexp.MustCompile(`&&|\|`).Split(line, -1) {
			seg = strings.TrimSpace(seg)
			if i := strings.Index(seg, "<(clsx "); i >= 0 {
				seg = strings.TrimRight(seg[i+2:], ")")
			}
			if strings.HasPrefix(seg, "clsx ") {
				out = append(out, seg)
			}
		}
	}
	return out
}

// shellWords splits a command line as sh would, for the README's simple
// quoting, leaving out redirections.
func shellWords(line string) []string {
	var words []string
	for _, m := range regexp.MustCompile(`"[^"]*"|'[^']*'|\S+`).FindAllString(line, -1) {
		words = append(words, strings.Trim(m, `"'`))
	}
	var out []string
	for i := 0; i < len(words); i++ {
		if words[i] == ">" || words[i] == "<" {
			i++
			continue
		}
		out = append(out, words[i])
	}
	return out
}

// Every command line of the README names a command clsx has, with flags
// that command takes; its exit-code table is the help's.
func TestReadmeMatchesHelp(t *testing.T) {
	lines := readmeCommands(t)
	if len(lines) < 25 {
		t.Fatalf("only %d command lines found in the README", len(lines))
	}
	for _, line := range lines {
		args := shellWords(line)[1:]
		root := newRootCmd(newStreams(nil, &bytes.Buffer{}, &bytes.Buffer{}))
		root.InitDefaultHelpCmd()
		root.InitDefaultCompletionCmd()
		root.InitDefaultVersionFlag()
		c, rest, err := root.Find(args)
		if err != nil || c == root && !(len(args) == 1 && (args[0] == "--version" || args[0] == "help")) {
			t.Errorf("README: %q: no such command (%v)", line, err)
			continue
		}
		if err := c.ParseFlags(rest); err != nil {
			t.Errorf("README: %q: %v", line, err)
		}
	}
	readme, _ := os.ReadFile("../../README.md")
	codes := regexp.MustCompile(`(?m)^  ([0-2])  (.+)$`).FindAllStringSubmatch(rootLong, -1)
	if len(codes) != 3 {
		t.Fatalf("help gives %d exit codes", len(codes))
	}
	for _, c := range codes {
		if row := "| `" + c[1] + "` | " + c[2] + " |"; !strings.Contains(string(readme), row) {
			t.Errorf("README has no row %q", row)
		}
	}
}
