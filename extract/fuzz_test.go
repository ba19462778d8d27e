package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clsx/clsx/rules"
	"github.com/clsx/clsx/rules/fuzzlimit"
)

// seedTexts adds the seed documents and a few hostile strings to a fuzz corpus.
func seedTexts(f *testing.F) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{"", "\x00\xff", "- \n-\n•", "AXE 1 :", "Objectif 1.1 :", "1 - \npiloté par",
		"signé le 31/02/2019 entre , et", "(((« »))) l' d' de la", "CLS 2 2019-2024 2024/2019", "Avril 2025Signature"} {
		f.Add(s)
	}
}

// checkSpans asserts that every evidence span lies inside the text.
func checkSpans(t *testing.T, doc *Document) {
	n := utf8.RuneCountInString(doc.Text)
	ok := func(s Span, what string) {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("%s: span %v outside text of %d runes", what, s, n)
		}
	}
	for _, c := range doc.Contracts {
		ok(c.Evidence, "contract")
		for f, s := range c.FieldEvidence {
			ok(s, f)
		}
		for _, s := range c.Signatories {
			ok(s.Evidence, "signatory")
		}
		for _, a := range c.Axes {
			ok(a.Evidence, "axis")
			for _, o := range a.Objectives {
				ok(o.Evidence, "objective")
			}
			for _, x := range a.Actions {
				ok(x.Evidence, "action")
			}
		}
		for _, x := range c.Actions {
			ok(x.Evidence, "action")
		}
	}
}

func FuzzNormalize(f *testing.F) {
	seedTexts(f)
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			n := Normalize(s)
			if utf8.ValidString(s) && !utf8.ValidString(n) {
				t.Fatal("invalid UTF-8 from valid input")
			}
			if Normalize(n) != n {
				t.Fatalf("not idempotent: %q → %q → %q", s, n, Normalize(n))
			}
		})
	})
}

// FuzzExtract: any text extracts without a panic, within the per-input
// limit, every span inside the text. The seeds are whole contracts (6 to 13
// kB): the fuzzer minimizes each new input for up to a minute by default,
// which leaves it a few dozen executions in five minutes; run it with
// -fuzzminimizetime 10x (thousands).
func FuzzExtract(f *testing.F) {
	seedTexts(f)
	// the rules and the lexicon are loaded once, outside the per-input limit
	FromBytes("warm-up.txt", []byte("Contrat local de santé"), Options{})
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			doc, err := FromBytes("fuzz.txt", []byte(s), Options{})
			if err != nil {
				return
			}
			checkSpans(t, doc)
		})
	})
}

func FuzzDates(f *testing.F) {
	seedTexts(f)
	l := lexiconFor(rules.Default())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			fs := rules.Fold(s)
			for _, m := range l.findDates(fs) {
				if m.Start < 0 || m.End > len(fs) || m.Start >= m.End {
					t.Fatalf("bad mention %+v in %q", m, fs)
				}
				if m.Month < 0 || m.Month > 12 || m.Day < 0 || m.Day > 31 {
					t.Fatalf("impossible date %+v", m)
				}
				_ = l.dateRole(fs, m)
				_ = isFronted(fs, m)
			}
			_, _ = l.findDuration(fs)
		})
	})
}

func FuzzParties(f *testing.F) {
	seedTexts(f)
	l := lexiconFor(rules.Default())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			if !utf8.ValidString(s) {
				return
			}
			segs := l.splitEnumeration(s, Span{})
			n := utf8.RuneCountInString(s)
			for _, seg := range segs {
				if seg.span.Start < 0 || seg.span.End > n || seg.span.Start > seg.span.End {
					t.Fatalf("segment %+v outside %d runes", seg, n)
				}
				if p, ok := l.cleanParty(seg); ok {
					if strings.TrimSpace(p.name) == "" || !contains(rules.OrgKinds, p.kind) {
						t.Fatalf("bad party %+v", p)
					}
				}
			}
			// shared heads, titles and contexts: every party inside the text
			for _, p := range l.enumerationParties(segs) {
				if strings.TrimSpace(p.name) == "" || !contains(rules.OrgKinds, p.kind) || p.span.Start < 0 || p.span.End > n || p.span.Start > p.span.End {
					t.Fatalf("bad party %+v in %d runes", p, n)
				}
			}
			for _, b := range splitBlocks(Normalize(s), l.r.Months) {
				for _, p := range l.contextParties(b) {
					if strings.TrimSpace(p.name) == "" || p.span.Start > p.span.End {
						t.Fatalf("bad party %+v", p)
					}
				}
			}
		})
	})
}

func FuzzStructure(f *testing.F) {
	seedTexts(f)
	l := lexiconFor(rules.Default())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			blocks := splitBlocks(Normalize(s), l.r.Months)
			owner := make([]int, len(blocks))
			out := l.structure(blocks, owner, 1)
			for _, a := range out[0].axes {
				if a.Number == "" {
					t.Fatal("axis without number")
				}
			}
			for _, b := range blocks {
				_ = l.territoriesIn(b, 0, len(b.fold.Text))
			}
		})
	})
}

func FuzzThemes(f *testing.F) {
	seedTexts(f)
	l := lexiconFor(rules.Default())
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			for _, id := range l.themesOf(s) {
				if !contains(rules.ThemeIDs, id) {
					t.Fatalf("unknown theme %q", id)
				}
			}
		})
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
