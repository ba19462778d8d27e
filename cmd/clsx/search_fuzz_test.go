package main

import (
	"flag"
	"io"
	"strings"
	"testing"
)

// Arguments with flags anywhere: parsing never panics, and the arguments
// left are the non-flag ones, in their order.
func FuzzSearchArgs(f *testing.F) {
	for _, s := range []string{"santé mentale --theme sante_mentale", "--region PACA santé", "-- -tabac", "--limit 3 x --by axis y",
		"--theme", "---x", "-", "--limit=2 a -- --b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		fs := flag.NewFlagSet("search", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		theme := fs.String("theme", "", "")
		fs.String("region", "", "")
		fs.String("by", "", "")
		fs.Int("limit", 0, "")
		if err := parseInterleaved(fs, args); err != nil {
			return
		}
		// what is left is a subsequence of the arguments
		i := 0
		for _, a := range fs.Args() {
			for i < len(args) && args[i] != a {
				i++
			}
			if i == len(args) {
				t.Fatalf("%q: %q is not among the arguments (theme %q, left %q)", line, a, *theme, fs.Args())
			}
			i++
		}
	})
}
