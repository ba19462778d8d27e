// Command clsx turns the French Contrats Locaux de Santé into structured,
// searchable data: crawl → extract → index → search. Each command is built in
// its own file (newXCmd) on cobra; run is the single entry point the tests
// drive, with streams that can pretend to be a terminal.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0 // everything done
	exitPartial = 1 // some inputs failed; the others were processed
	exitUsage   = 2 // bad command line or bad rules: nothing done
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs clsx with args, writing data to stdout and messages to stderr,
// and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == pdfWorkerCommand {
		return cmdPDFWorker()
	}
	return runWith(newStreams(os.Stdin, stdout, stderr), args)
}

// runWith runs clsx on given streams (the tests give fake terminals).
func runWith(s *streams, args []string) int {
	root := newRootCmd(s)
	root.SetArgs(args)
	c, err := root.ExecuteC()
	return exitCode(s, c, err)
}

// exitError ends a command with an exit code; what went wrong was already
// said on stderr.
type exitError int

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", int(e)) }

// exitWith is the error that ends a command with code (nil for exitOK).
func exitWith(code int) error {
	if code == exitOK {
		return nil
	}
	return exitError(code)
}

// usageError is a command line clsx cannot run: said on stderr with where
// to read the usage, exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usageErrorf(format string, a ...any) error {
	return usageError{fmt.Sprintf(format, a...)}
}

// exitCode turns what a command returned into an exit code, saying on
// stderr what was wrong with the command line.
func exitCode(s *streams, c *cobra.Command, err error) int {
	if err == nil {
		return exitOK
	}
	var e exitError
	if errors.As(err, &e) {
		return int(e)
	}
	path := "clsx"
	if c != nil {
		path = c.CommandPath()
	}
	msg := err.Error()
	if sub := strings.TrimPrefix(path, "clsx "); sub != path && !strings.HasPrefix(msg, "unknown command") {
		msg = sub + ": " + msg
	}
	fmt.Fprintf(s.err, "clsx: %s\nRun '%s --help' for usage.\n", msg, path)
	return exitUsage
}
