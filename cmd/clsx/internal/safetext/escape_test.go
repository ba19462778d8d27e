package safetext

import (
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

func TestEscape(t *testing.T) {
	cases := []struct {
		in     string
		layout bool
		want   string
	}{
		{"Santé mentale", false, "Santé mentale"},
		{"titre\x1b]0;pwned\x07", false, `titre\x1b]0;pwned\x07`},
		{"\x1b[2Jclear", true, `\x1b[2Jclear`},
		{"abc\u202etxet", false, `abc\u202etxet`},
		{"CSI \u009b31m", false, `CSI \u009b31m`},
		{"ligne 1\nligne 2\tcase", true, "ligne 1\nligne 2\tcase"},
		{"ligne 1\nligne 2\tcase", false, `ligne 1\x0aligne 2\x09case`},
		{"latin \xe9 seul", false, `latin \xe9 seul`},
		{"sép\u2028aration", true, `sép\u2028aration`},
	}
	for _, c := range cases {
		if got := Escape(c.in, c.layout); got != c.want {
			t.Errorf("Escape(%q, %v) = %q, want %q", c.in, c.layout, got, c.want)
		}
		if got := Safe(c.in, c.layout); got != (c.in == c.want) {
			t.Errorf("Safe(%q, %v) = %v", c.in, c.layout, got)
		}
	}
}

// Whatever the input, the escaped text is safe, and escaping it again
// changes nothing.
func FuzzEscape(f *testing.F) {
	f.Add("a\x1bb\u202e\xff\n\t", true)
	f.Fuzz(func(t *testing.T, s string, layout bool) {
		fuzzlimit.Run(t, func() {
			e := Escape(s, layout)
			if !Safe(e, layout) {
				t.Fatalf("Escape(%q) = %q is not safe", s, e)
			}
			if Escape(e, layout) != e {
				t.Fatalf("escaping %q twice changes it", s)
			}
		})
	})
}
