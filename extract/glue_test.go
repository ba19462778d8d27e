package extract

import (
	"regexp"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// The glue scanners repair what these expressions repaired.
var (
	refGluedAfterDigit = regexp.MustCompile(`(\d)(\p{Lu}\p{Ll})`)
	refGluedWords      = regexp.MustCompile(`(\p{Ll}\p{Ll})(\p{Lu}\p{Ll}\p{Ll})`)
	refGluedParen      = regexp.MustCompile(`(\p{L})\(`)
)

func refSplitGlued(s string) string {
	s = refGluedAfterDigit.ReplaceAllString(s, "$1\n$2")
	s = refGluedWords.ReplaceAllString(s, "$1\n$2")
	return refGluedParen.ReplaceAllString(s, "$1 (")
}

func FuzzSplitGlued(f *testing.F) {
	for _, s := range []string{
		"Avril 2025Signature du CLS", "Publié le 03/12/2019Le CLS", "Cohésion SocialeHoraires", "LaSalle",
		"CPTS Quercy Garonne(Coordination", "aBcDeFgHiJ", "12Ab12Ab", "éèÉtéÀbc", "", "x(", "(((", "abAbcAbc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			if got, want := splitGlued(s), refSplitGlued(s); got != want {
				t.Fatalf("splitGlued(%q) = %q, the expressions give %q", s, got, want)
			}
		})
	})
}
