package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/rules"
)

func cmdRules(args []string, stdout, stderr io.Writer) int {
	if len(args) != 2 || args[0] != "check" && args[0] != "export" {
		fmt.Fprintln(stderr, "usage: clsx rules check DIR | clsx rules export DIR")
		return exitUsage
	}
	dir := args[1]
	if args[0] == "export" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		for _, name := range rules.FileNames() {
			data, err := rules.Bundled(name)
			if err == nil {
				err = os.WriteFile(filepath.Join(dir, name), data, 0o644)
			}
			if err != nil {
				fmt.Fprintln(stderr, "clsx:", err)
				return exitPartial
			}
		}
		fmt.Fprintf(stderr, "clsx: wrote %d rule files to %s\n", len(rules.FileNames()), dir)
		return exitOK
	}
	if _, err := rules.Load(dir); err != nil {
		fmt.Fprintln(stderr, "clsx: rules:", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "%s: rules are valid\n", dir)
	return exitOK
}
