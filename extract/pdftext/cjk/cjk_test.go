package cjk

import (
	"fmt"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/unicode/norm"
)

func TestTablesLoad(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatal(err)
	}
	// The supplements of cmap-resources: Adobe-Japan1-7 has 23,060 CIDs,
	// GB1-6 30,284, CNS1-7 19,179, Korea1-2 18,352, KR-9 22,897.
	for o, least := range map[string]int{"Japan1": 23060, "GB1": 30284, "CNS1": 19179, "Korea1": 18352, "KR": 22897} {
		tb := tables[o]
		if tb == nil {
			t.Errorf("%s: no table", o)
			continue
		}
		if len(tb.unicode) < least {
			t.Errorf("%s: %d CIDs, want at least %d", o, len(tb.unicode), least)
		}
	}
}

// TestAgreesWithTheEncodings reads every two-byte code of a CMap's code
// space through the CMap and the collection, and through the encoding the
// CMap stands for as golang.org/x/text decodes it, an independent
// implementation, both put in NFKC: a compatibility ideograph, which Korean
// encodings keep for round trips, is its unified ideograph, and GB 2312's
// vertical presentation forms are their characters. Vendors'
// tables differ on a handful of characters (wave dash, minus sign, angle
// brackets…), so 1% of disagreement is allowed; a wrong table disagrees
// on most codes. Codes the CMap leaves out (vendor extensions of the
// encoding) are counted apart and bounded too.
func TestAgreesWithTheEncodings(t *testing.T) {
	cases := []struct {
		cmap    string
		enc     encoding.Encoding
		missing float64 // share of the encoding's codes the CMap may lack
		high    uint32  // added to a code to make the encoding's bytes
	}{
		// EUC-H is JIS X 0208 alone; x/text's EUC-JP adds the NEC and
		// IBM rows (6%).
		{"EUC-H", japanese.EUCJP, 0.07, 0},
		{"90ms-RKSJ-H", japanese.ShiftJIS, 0.01, 0},
		{"GBK-EUC-H", simplifiedchinese.GBK, 0.01, 0},
		{"GB-EUC-H", simplifiedchinese.GBK, 0.01, 0},
		// x/text's Big5 is WHATWG's, with the HKSCS additions (6%).
		{"ETen-B5-H", traditionalchinese.Big5, 0.07, 0},
		{"KSCms-UHC-H", korean.EUCKR, 0.01, 0},
		{"KSC-EUC-H", korean.EUCKR, 0.01, 0},
		// H is JIS X 0208 in 7-bit codes: EUC-JP with the high bits off.
		{"H", japanese.EUCJP, 0.07, 0x8080},
		// A vertical CMap is its H with a few vertical forms.
		{"90ms-RKSJ-V", japanese.ShiftJIS, 0.01, 0},
	}
	for _, c := range cases {
		t.Run(c.cmap, func(t *testing.T) {
			m := Predefined(c.cmap)
			if m == nil {
				t.Fatalf("%s: not predefined", c.cmap)
			}
			var same, differ, missing int
			var examples []string
			for _, sp := range m.Space {
				if len(sp.Lo) != 2 {
					continue
				}
				for b0 := uint32(sp.Lo[0]); b0 <= uint32(sp.Hi[0]); b0++ {
					for b1 := uint32(sp.Lo[1]); b1 <= uint32(sp.Hi[1]); b1++ {
						code := b0<<8 | b1
						e := code + c.high
						want, err := c.enc.NewDecoder().Bytes([]byte{byte(e >> 8), byte(e)})
						if err != nil || len([]rune(string(want))) != 1 || string(want) == "\ufffd" {
							continue
						}
						got, ok := m.Text(code, 2)
						switch {
						case !ok:
							missing++
						case norm.NFKC.String(got) == norm.NFKC.String(string(want)):
							same++
						default:
							differ++
							if len(examples) < 5 {
								examples = append(examples, fmt.Sprintf("%04x %q≠%q", code, got, want))
							}
						}
					}
				}
			}
			total := same + differ + missing
			t.Logf("%d codes: %d same, %d differ %v, %d without text", total, same, differ, examples, missing)
			if total < 5000 || float64(differ) > 0.01*float64(same+differ) || float64(missing) > c.missing*float64(total) {
				t.Errorf("%s against %v: %d codes, %d differ, %d without text", c.cmap, c.enc, total, differ, missing)
			}
		})
	}
}
