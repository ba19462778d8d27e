package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// manDate dates the man pages with the release, never the day they are
// written, so that writing them twice gives the same files.
var manDate = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// newManCmd is `clsx man DIR`: one man page per command, written into DIR.
func newManCmd(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "man DIR",
		Short: "write clsx's man pages (clsx.1, clsx-extract.1…) into DIR",
		Long: "Write one man page per command into DIR, created if need be. Install them\n" +
			"in a man directory (/usr/local/share/man/man1) or read one with man -l.",
		Example: "  clsx man ./man && man -l ./man/clsx-search.1",
		Args:    cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := os.MkdirAll(args[0], 0o755); err != nil {
				fmt.Fprintln(c.ErrOrStderr(), "clsx:", err)
				return exitWith(exitPartial)
			}
			date := manDate
			header := &doc.GenManHeader{Title: "CLSX", Section: "1", Source: "clsx " + version, Manual: "clsx manual", Date: &date}
			if err := doc.GenManTree(root, header, args[0]); err != nil {
				fmt.Fprintln(c.ErrOrStderr(), "clsx:", err)
				return exitWith(exitPartial)
			}
			fmt.Fprintf(c.ErrOrStderr(), "clsx: man pages written to %s\n", args[0])
			return nil
		},
	}
}
