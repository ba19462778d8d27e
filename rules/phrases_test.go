package rules

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// The phrase finder finds what the word-bounded, leftmost-longest
// alternation of the same names finds.
func FuzzPhrasesAgreeWithRegexp(f *testing.F) {
	g := Default().Geo
	var names []string
	for n := range g.deptOfName {
		names = append(names, n)
	}
	for n := range g.regionOf {
		names = append(names, n)
	}
	sort.Strings(names)
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	re := regexp.MustCompile(`(?:^|[^a-z0-9])(` + strings.Join(quoted, "|") + `)(?:$|[^a-z0-9])`)
	re.Longest()
	ph := newPhrases(names)
	for _, s := range []string{
		"le cls des hautes alpes et des bouches du rhone", "en lot et garonne, dans le lot et dans le tarn et garonne",
		"la loire atlantique, la loire, la haute loire", "ars pays de la loire", "centre val de loire", "lotissement du gardon",
		"region sud provence alpes cote d'azur", "l'ain,l'aisne;allier.", "", "a", "corse du sud haute corse corse",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			s = Fold(s)
			var want [][2]int
			for pos := 0; pos <= len(s); {
				loc := re.FindStringSubmatchIndex(s[pos:])
				if loc == nil {
					break
				}
				want = append(want, [2]int{pos + loc[2], pos + loc[3]})
				pos += loc[3]
			}
			if got := ph.FindAll(s); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("FindAll(%q) = %v, the alternation finds %v", s, got, want)
			}
		})
	})
}
