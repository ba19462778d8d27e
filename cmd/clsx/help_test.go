package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// commandPaths lists every command of clsx ("", "extract", "corpus ls"…).
func commandPaths() []string {
	var out []string
	var walk func(c *cobra.Command, prefix string)
	walk = func(c *cobra.Command, prefix string) {
		out = append(out, prefix)
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() && sub.Name() != "completion" {
				walk(sub, strings.TrimSpace(prefix+" "+sub.Name()))
			}
		}
	}
	walk(newRootCmd(newStreams(nil, &bytes.Buffer{}, &bytes.Buffer{})), "")
	return out
}

// Every command's --help is on stdout with exit 0, has a synopsis and an
// example, matches its golden file, and `clsx help CMD` says the same.
func TestHelpGolden(t *testing.T) {
	t.Setenv("CLSX_INDEX", "")
	for _, path := range commandPaths() {
		name := "help/" + strings.ReplaceAll(strings.TrimSpace("clsx "+path), " ", "-") + ".txt"
		t.Run(name, func(t *testing.T) {
			args := append(strings.Fields(path), "--help")
			out, stderr, code := runCLI(t, args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
			}
			for _, want := range []string{"Usage:\n", "Examples:\n"} {
				if !strings.Contains(out, want) {
					t.Errorf("%v: no %q", args, want)
				}
			}
			if strings.Contains(out, "`") {
				t.Errorf("%v: a stray backquote in the help", args)
			}
			checkGolden(t, name, out)
			if path == "" {
				return
			}
			again, _, code := runCLI(t, append([]string{"help"}, strings.Fields(path)...)...)
			if code != exitOK || again != out {
				t.Errorf("clsx help %s differs from clsx %s --help", path, path)
			}
			short, _, _ := runCLI(t, append(strings.Fields(path), "-h")...)
			if short != out {
				t.Errorf("clsx %s -h differs from --help", path)
			}
		})
	}
}

// --help is help wherever it stands, never an argument: rules export
// --help writes no directory named --help.
func TestHelpIsNeverAnArgument(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{{"rules", "export", "--help"}, {"corpus", "--help"}, {"corpus", "export", "--help"},
		{"extract", "x.txt", "--help"}, {"search", "santé", "--help"}} {
		out, stderr, code := runCLI(t, args...)
		if code != exitOK || !strings.Contains(out, "Usage:") || stderr != "" {
			t.Errorf("%v: exit %d, stdout %.60q, stderr %q", args, code, out, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("--help wrote %v", entries)
	}
}

// The query language is documented where a user looks for it.
func TestHelpSearchDocumentsQueries(t *testing.T) {
	out, _, _ := runCLI(t, "help", "search")
	for _, want := range []string{`"sante mentale"`, "-tabac", "'*'", "everything"} {
		if !strings.Contains(out, want) {
			t.Errorf("clsx help search does not document %s", want)
		}
	}
}

// --version and clsx version say the module version and the commit.
func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"version"}} {
		out, _, code := runCLI(t, args...)
		if code != exitOK || !strings.HasPrefix(out, "clsx "+version+" (module github.com/clsx/clsx") || !strings.Contains(out, "commit") {
			t.Errorf("%v: exit %d, %q", args, code, out)
		}
	}
}

// Completion scripts for bash, zsh and fish match their golden files, and
// bash parses its own.
func TestCompletionScripts(t *testing.T) {
	for _, shell := range []string{"bash", "zsh", "fish"} {
		t.Run(shell, func(t *testing.T) {
			out, stderr, code := runCLI(t, "completion", shell)
			if code != exitOK || !strings.Contains(out, "clsx") {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			checkGolden(t, "completion/clsx."+shell, out)
			if shell != "bash" {
				return
			}
			if _, err := exec.LookPath("bash"); err != nil {
				t.Skip("no bash")
			}
			script := filepath.Join(t.TempDir(), "clsx.bash")
			os.WriteFile(script, []byte(out), 0o644)
			if msg, err := exec.Command("bash", "-n", script).CombinedOutput(); err != nil {
				t.Errorf("bash -n: %v: %s", err, msg)
			}
		})
	}
	// what the scripts ask clsx: flag values are completed
	out, _, _ := runCLI(t, "__complete", "search", "--format", "")
	if !strings.HasPrefix(out, "table\njson\ncsv\n") {
		t.Errorf("completion of --format: %q", out)
	}
}

// clsx man DIR writes one page per command, the same twice.
func TestManPages(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCLI(t, "man", dir); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, p := range commandPaths() {
		name := strings.ReplaceAll(strings.TrimSpace("clsx "+p), " ", "-") + ".1"
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("no man page %s", name)
			continue
		}
		if !strings.Contains(string(data), ".SH SYNOPSIS") {
			t.Errorf("%s has no synopsis", name)
		}
	}
	first, _ := os.ReadFile(filepath.Join(dir, "clsx-search.1"))
	again := t.TempDir()
	runCLI(t, "man", again)
	if second, _ := os.ReadFile(filepath.Join(again, "clsx-search.1")); !bytes.Equal(first, second) {
		t.Error("man pages differ from one run to the next")
	}
}
