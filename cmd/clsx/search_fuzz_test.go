package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// Arguments with flags anywhere: parsing never panics, and the arguments
// left are the non-flag ones, in their order.
func FuzzSearchArgs(f *testing.F) {
	for _, s := range []string{"santé mentale --theme sante_mentale", "--region PACA santé", "-- -tabac", "--limit 3 x --by axis y",
		"--theme", "---x", "-", "--limit=2 a -- --b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		fuzzlimit.Run(t, func() {
			args := strings.Fields(line)
			c := newSearchCmd(newStreams(nil, &bytes.Buffer{}, &bytes.Buffer{}))
			if err := c.ParseFlags(args); err != nil {
				return
			}
			// what is left is a subsequence of the arguments
			i := 0
			for _, a := range c.Flags().Args() {
				for i < len(args) && args[i] != a {
					i++
				}
				if i == len(args) {
					t.Fatalf("%q: %q is not among the arguments (left %q)", line, a, c.Flags().Args())
				}
				i++
			}
		})
	})
}
