package rules

import (
	"reflect"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// findAllWhole is FindAll with the whole alternation: what the subsets must
// give.
func findAllWhole(m *Matcher, s string) [][2]int {
	var out [][2]int
	for pos := 0; pos <= len(s); {
		loc := m.re.FindStringSubmatchIndex(s[pos:])
		if loc == nil {
			break
		}
		out = append(out, [2]int{pos + loc[2], pos + loc[3]})
		next := pos + loc[3]
		if next <= pos {
			next = pos + 1
		}
		pos = next
	}
	return out
}

// Searching a class with only the patterns a text may hold finds what the
// whole class finds, for every cue class.
func FuzzMatcherSubsets(f *testing.F) {
	for _, s := range []string{
		"le contrat local de sante a ete signe le 3 mai 2021 entre la ville et l'ars",
		"porte conjointement par le pays et la delegation de l'ars, aux cotes de la cpam",
		"les signataires du contrat local de sante du pays de redon sont : redon agglomeration",
		"en presence notamment du president du pays et du directeur de l'ars",
		"quatre grands axes de travail tels que la prevention", "", "a",
	} {
		f.Add(s)
	}
	set := Default()
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			s = Fold(s)
			for _, class := range CueClasses {
				m := set.Cue(class)
				if m.Empty() {
					continue
				}
				got, want := m.FindAll(s), findAllWhole(m, s)
				if len(got) == 0 && len(want) == 0 {
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: FindAll(%q) = %v, the whole class finds %v", class, s, got, want)
				}
			}
		})
	})
}
