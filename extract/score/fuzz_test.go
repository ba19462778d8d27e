package score

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

// ---------------------------------------------------------------------------
// Fuzzing.

func FuzzRatio(f *testing.F) {
	for _, s := range [][2]string{{"", ""}, {"abc", "abd"}, {"Agglomération d’Agen", "agen"}, {"ΣΣ😀", "😀σ"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fuzzlimit.Run(t, func() {
			ra, rb := []rune(a), []rune(b)
			r := ratioRunes(ra, rb)
			if r < 0 || r > 1 || math.IsNaN(r) {
				t.Fatalf("ratio(%q, %q) = %v", a, b, r)
			}
			m := newSequenceMatcher(ra, rb).matches()
			if m > len(ra) || m > len(rb) {
				t.Fatalf("%d matches for lengths %d and %d", m, len(ra), len(rb))
			}
			// Both directions find common subsequences of the two strings:
			// neither can exceed the shorter string.
			if m2 := newSequenceMatcher(rb, ra).matches(); m2 > min(len(ra), len(rb)) {
				t.Fatalf("reverse: %d matches", m2)
			}
			if a == b && a != "" && r != 1 {
				t.Fatalf("ratio(%q, itself) = %v", a, r)
			}
			if len(ra)+len(rb) > 0 && r != float64(2*m)/float64(len(ra)+len(rb)) {
				t.Fatalf("ratio %v is not 2M/T", r)
			}
		})
	})
}

func FuzzScore(f *testing.F) {
	golds := loadGolds(f)
	f.Add(encodeCase("identity", map[string]any{"documents": basePrediction(golds)}).data)
	f.Add([]byte(`{"documents": [{"source": "agen.txt", "contracts": [{"territory": "Agen", "themes": "abc"}]}]}`))
	f.Add([]byte(`{"documents": [{"path": "a/agen.pdf", "contracts": [{"axes": [{"objectives": {"x": 1}}]}]}]}`))
	f.Add([]byte(`{"documents": [{"source": "agen.txt", "contracts": [{"start_year": 1e400}]}]}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzlimit.Run(t, func() {
			rep, err := Score(goldDir, data)
			if !json.Valid(data) && err == nil {
				t.Fatalf("Score accepted invalid JSON %q", data)
			}
			if err == nil {
				if len(rep.Fields) != len(fieldNames) {
					t.Fatalf("%d fields", len(rep.Fields))
				}
				_ = rep.Text()
				if _, err := rep.JSON(); err != nil {
					t.Fatal(err)
				}
			}
		})
	})
}
