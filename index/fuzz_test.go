package index

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// ParseQuery reads what users type: it never panics, every clause has text
// (valid UTF-8, no surrounding space), and a query it accepts stays within
// the limits.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"santé mentale", `"accès aux soins" -tabac`, `-"personnes âgées" aidants`,
		"« santé mentale »", `“ouvert`, "Saint-Martin", "-", "--x", `a"b"c`, "\xff\xfe", strings.Repeat("mot ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			clauses, err := ParseQuery(s)
			if err != nil {
				if len(s) <= maxQueryBytes && !strings.Contains(err.Error(), "at most") {
					t.Fatalf("%q: %v", s, err)
				}
				return
			}
			if len(clauses) > maxQueryClauses {
				t.Fatalf("%q: %d clauses", s, len(clauses))
			}
			for _, c := range clauses {
				if c.Text == "" || !utf8.ValidString(c.Text) || c.Phrase && strings.TrimSpace(c.Text) != c.Text {
					t.Fatalf("%q: bad clause %+v", s, c)
				}
			}
		})
	})
}

var (
	fuzzIxOnce sync.Once
	fuzzIx     *Index
	fuzzDir    string
)

// Any query and filters run against a real index without a panic, and every
// mark lies inside the text it marks.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"santé mentale", `"accès aux soins"`, "-santé", "l'", "d’accès", "Saint-Martin", "\x00", "été"} {
		f.Add(s, "", 0, "territory")
	}
	f.Add("", "sante_mentale", 2015, "contract")
	f.Add("prévention", "", 0, "action")
	f.Fuzz(func(t *testing.T, q, theme string, year int, by string) {
		fuzzIxOnce.Do(func() {
			// built once for every input, outside the per-input limit: not
			// in t's TempDir, which goes with the first input (TestMain
			// removes it)
			dir, err := os.MkdirTemp("", "clsx-fuzz")
			if err != nil {
				t.Fatal(err)
			}
			fuzzDir = dir
			fuzzIx = buildAt(t, dir, seeds(t))
		})
		fuzzlimit.Run(t, func() {
			res, err := fuzzIx.Search(Request{Query: q, Theme: theme, Year: year, By: by, Limit: 10})
			if err != nil {
				var u *UsageError
				if !asUsage(err, &u) {
					t.Fatalf("%q %q %d %q: %v", q, theme, year, by, err)
				}
				return
			}
			for _, g := range res.Groups {
				for _, m := range g.Matches {
					for _, txt := range []*Text{&m.Title, m.Context} {
						if txt == nil {
							continue
						}
						n := utf8.RuneCountInString(txt.Text)
						for _, mk := range txt.Marks {
							if mk[0] < 0 || mk[1] > n || mk[0] >= mk[1] {
								t.Fatalf("%q: mark %v outside %q", q, mk, txt.Text)
							}
						}
					}
				}
			}
		})
	})
}

func asUsage(err error, u **UsageError) bool {
	x, ok := err.(*UsageError)
	*u = x
	return ok
}
