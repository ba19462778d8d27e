package main

import (
	"io"
	"os"
	"strconv"

	"golang.org/x/term"
)

// streams are where a command reads and writes, and what it knows of the
// terminal: the one place that decides on colour, width and progress.
type streams struct {
	in       io.Reader
	out, err io.Writer
	outTTY   bool // standard output is a terminal
	errTTY   bool // standard error is a terminal: live progress goes there
	width    int  // columns of the terminal on standard output; 0: not a terminal

	colorMode string // --color: auto, always, never
	quiet     bool   // --quiet: no warnings, no progress, no summary
}

// newStreams looks at real files to know whether they are terminals.
func newStreams(in io.Reader, out, err io.Writer) *streams {
	s := &streams{in: in, out: out, err: err, outTTY: isTerminal(out), errTTY: isTerminal(err), colorMode: "auto"}
	if s.outTTY {
		s.width = terminalWidth(out)
	}
	return s
}

// isTerminal reports whether w is a terminal, so that colours and live
// progress are only written to people, never into pipes.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalWidth is the terminal's width in columns: its size, else
// $COLUMNS, else 80.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 80
}

// colour reports whether standard output gets colours: --color always or
// never, else (auto) on a terminal unless NO_COLOR is set or TERM is dumb.
func (s *streams) colour() bool {
	switch s.colorMode {
	case "always":
		return true
	case "never":
		return false
	}
	return s.outTTY && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// notes is where messages go: stderr, or nowhere with --quiet.
func (s *streams) notes() io.Writer {
	if s.quiet {
		return io.Discard
	}
	return s.err
}

// progress reports whether live progress is drawn on standard error.
func (s *streams) progress() bool {
	return s.errTTY && !s.quiet
}
