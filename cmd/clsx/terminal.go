package main

import (
	"io"
	"os"
)

// isTerminal reports whether w is a terminal (a character device), so that
// colours and live progress are only written to people, never into pipes.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
