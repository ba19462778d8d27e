package cjk

import (
	"testing"

	"github.com/clsx/clsx/rules/fuzzlimit"
)

func TestPredefinedNames(t *testing.T) {
	for _, c := range []struct {
		name     string
		ordering string // "" with known: Identity
		known    bool
		vertical bool
	}{
		{"Identity-H", "", true, false},
		{"Identity-V", "", true, true},
		{"90ms-RKSJ-H", "Japan1", true, false},
		{"90ms-RKSJ-V", "Japan1", true, true},
		{"H", "Japan1", true, false},
		{"UniJIS-UCS2-H", "Japan1", true, false},
		{"UniJIS-UCS2-HW-V", "Japan1", true, true},
		{"UniJIS2004-UTF16-H", "Japan1", true, false},
		{"UniGB-UTF16-H", "GB1", true, false},
		{"GBK-EUC-H", "GB1", true, false},
		{"UniCNS-UTF8-V", "CNS1", true, true},
		{"HKscs-B5-H", "CNS1", true, false},
		{"KSCms-UHC-HW-H", "Korea1", true, false},
		{"UniKS-UTF32-H", "Korea1", true, false},
		{"UniAKR-UTF16-H", "KR", true, false},
		{"WinAnsiEncoding", "", false, false},
		{"UniXX-UTF16-H", "", false, false},
		{"UniJIS-UTF7-H", "", false, false},
		{"Adobe-Japan1-6", "", false, false}, // CID to CID: not a code CMap
		{"", "", false, false},
	} {
		m := Predefined(c.name)
		if (m != nil) != c.known {
			t.Errorf("Predefined(%q) = %v, want known %v", c.name, m, c.known)
			continue
		}
		if m == nil {
			continue
		}
		if m.Ordering != c.ordering || m.Vertical != c.vertical || len(m.Space) == 0 {
			t.Errorf("%s: ordering %q vertical %v %d ranges, want %q %v", c.name, m.Ordering, m.Vertical, len(m.Space), c.ordering, c.vertical)
		}
	}
}

// TestUnicodeCMaps reads codes of each encoding form: the text is the code,
// the CID (for widths) the collection's CID of that character.
func TestUnicodeCMaps(t *testing.T) {
	hiragana := uint32(843) // あ in Adobe-Japan1 (EUC-H sends a4a2 there)
	if cid, ok := Predefined("EUC-H").CID(0xa4a2, 2); !ok || cid != hiragana {
		t.Fatalf("EUC-H a4a2 = CID %d %v, want %d", cid, ok, hiragana)
	}
	for _, c := range []struct {
		cmap string
		code uint32
		n    int
		text string
		cid  uint32 // 0: not checked
	}{
		{"UniJIS-UCS2-H", 0x3042, 2, "あ", hiragana},
		{"UniJIS-UTF16-H", 0x3042, 2, "あ", hiragana},
		{"UniJIS-UTF16-H", 0xd840dc0b, 4, "\U0002000b", 0}, // a surrogate pair
		{"UniJIS-UTF8-H", 0xe38182, 3, "あ", hiragana},
		{"UniJIS-UTF8-H", 0x41, 1, "A", 0},
		{"UniJIS-UTF32-H", 0x3042, 4, "あ", hiragana},
		{"UniGB-UCS2-H", 0x4e2d, 2, "中", 0},
		{"UniKS-UTF16-H", 0xd55c, 2, "한", 0},
	} {
		m := Predefined(c.cmap)
		got, ok := m.Text(c.code, c.n)
		if !ok || got != c.text {
			t.Errorf("%s %x: text %q %v, want %q", c.cmap, c.code, got, ok, c.text)
		}
		cid, ok := m.CID(c.code, c.n)
		if !ok || c.cid != 0 && cid != c.cid {
			t.Errorf("%s %x: CID %d %v, want %d", c.cmap, c.code, cid, ok, c.cid)
		}
		if back, _ := Unicode(m.Ordering, cid); string(back) != c.text {
			t.Errorf("%s %x: CID %d reads back as %q", c.cmap, c.code, cid, back)
		}
	}
	for _, c := range []struct {
		cmap string
		code uint32
		n    int
	}{
		{"UniJIS-UCS2-H", 0xd800, 2},    // a lone surrogate
		{"UniJIS-UTF8-H", 0xc0af, 2},    // overlong
		{"UniJIS-UTF32-H", 0x110000, 4}, // past Unicode
		{"UniJIS-UTF16-H", 0x3042, 3},   // a length the form has not
	} {
		if got, ok := Predefined(c.cmap).Text(c.code, c.n); ok {
			t.Errorf("%s %x/%d: %q, want no text", c.cmap, c.code, c.n, got)
		}
	}
}

func TestIdentityAndCollections(t *testing.T) {
	id := Predefined("Identity-H")
	if cid, ok := id.CID(0x034b, 2); !ok || cid != 0x034b {
		t.Errorf("Identity-H: CID %d %v", cid, ok)
	}
	if _, ok := id.Text(843, 2); ok {
		t.Error("Identity-H has text of its own; the font's collection gives it")
	}
	// One character per collection, from the collections' published
	// charts: CID 843 of Japan1 is あ, CID 1 of every collection is space.
	for _, c := range []struct {
		ordering string
		cid      uint32
		want     rune
	}{
		{"Japan1", 843, 'あ'}, {"Japan1", 1, ' '}, {"GB1", 1, ' '},
		{"CNS1", 1, ' '}, {"Korea1", 1, ' '}, {"KR", 1, ' '},
	} {
		if r, ok := Unicode(c.ordering, c.cid); !ok || r != c.want {
			t.Errorf("%s CID %d = %q %v, want %q", c.ordering, c.cid, r, ok, c.want)
		}
	}
	if _, ok := Unicode("Japan1", 1<<20); ok {
		t.Error("a CID past the collection has text")
	}
	if Known("Identity") || !Known("GB1") {
		t.Error("Known: Identity is no collection, GB1 is")
	}
}

// FuzzPredefined asks for the CMap of any name and the text and CID of any
// code: names and codes come from untrusted PDFs.
func FuzzPredefined(f *testing.F) {
	f.Add("90ms-RKSJ-V", uint32(0x8141), 2)
	f.Add("UniJIS-UTF8-H", uint32(0xe38182), 3)
	f.Add("UniJIS-UTF16-H", uint32(0xd840dc0b), 4)
	f.Add("Identity-H", uint32(7), 2)
	f.Fuzz(func(t *testing.T, name string, code uint32, n int) {
		fuzzlimit.Run(t, func() {
			m := Predefined(name)
			if m == nil {
				return
			}
			m.CID(code, n)
			m.Text(code, n)
		})
	})
}

// BenchmarkReadTables measures what the first CJK font of a run costs:
// reading every collection's tables out of the binary.
func BenchmarkReadTables(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, o := range orderings {
			if _, err := readTable(o); err != nil {
				b.Fatal(err)
			}
		}
	}
}
