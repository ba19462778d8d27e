package cjk

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A CodeRange is one range of a CMap's code space: codes of len(Lo) bytes
// whose every byte lies between Lo's and Hi's.
type CodeRange struct {
	Lo, Hi []byte
}

// A CMap is a predefined CMap: how the codes of a string are cut (Space),
// their CIDs and their text.
type CMap struct {
	Name string
	// Ordering is the collection the CIDs belong to ("Japan1"); "" for
	// Identity-H/V, whose CIDs mean what the font says.
	Ordering string
	Vertical bool
	Space    []CodeRange

	parent string // usecmap: looked in when ranges have no entry
	up     *CMap  // the parent, resolved when the tables are read
	ranges []cidRange
	form   form // a Unicode CMap's encoding form
	ident  bool
}

type cidRange struct {
	n      int
	lo, hi uint32
	cid    uint32
}

// form is the Unicode encoding of a Uni… CMap's codes.
type form int

const (
	notUnicode form = iota
	ucs2
	utf16Form
	utf8Form
	utf32Form
)

// Predefined returns the predefined CMap of that name, or nil if there is
// none: Identity-H/V, the CMaps of Adobe's CJK collections, and their
// Unicode CMaps (Uni…-UCS2/UTF8/UTF16/UTF32-H/V).
func Predefined(name string) *CMap {
	switch name {
	case "Identity-H", "Identity-V":
		return &CMap{Name: name, Vertical: name == "Identity-V", ident: true,
			Space: []CodeRange{{[]byte{0, 0}, []byte{0xff, 0xff}}}}
	}
	if m := unicodeCMap(name); m != nil {
		return m
	}
	loadOnce.Do(load)
	for _, o := range orderings {
		if t := tables[o]; t != nil && t.cmaps[name] != nil {
			return t.cmaps[name]
		}
	}
	return nil
}

// uniPrefixes maps the prefix of a Unicode CMap's name to its collection.
var uniPrefixes = map[string]string{
	"UniJIS": "Japan1", "UniJIS2004": "Japan1", "UniJISPro": "Japan1",
	"UniJISX0213": "Japan1", "UniJISX02132004": "Japan1",
	"UniGB": "GB1", "UniCNS": "CNS1", "UniKS": "Korea1", "UniAKR": "KR",
}

var forms = map[string]struct {
	f     form
	space []CodeRange
}{
	"UCS2": {ucs2, []CodeRange{{[]byte{0, 0}, []byte{0xd7, 0xff}}, {[]byte{0xe0, 0}, []byte{0xff, 0xff}}}},
	"UTF16": {utf16Form, []CodeRange{{[]byte{0, 0}, []byte{0xd7, 0xff}}, {[]byte{0xe0, 0}, []byte{0xff, 0xff}},
		{[]byte{0xd8, 0, 0xdc, 0}, []byte{0xdb, 0xff, 0xdf, 0xff}}}},
	"UTF8": {utf8Form, []CodeRange{{[]byte{0}, []byte{0x7f}}, {[]byte{0xc0, 0x80}, []byte{0xdf, 0xbf}},
		{[]byte{0xe0, 0x80, 0x80}, []byte{0xef, 0xbf, 0xbf}}, {[]byte{0xf0, 0x80, 0x80, 0x80}, []byte{0xf7, 0xbf, 0xbf, 0xbf}}}},
	"UTF32": {utf32Form, []CodeRange{{[]byte{0, 0, 0, 0}, []byte{0, 0x10, 0xff, 0xff}}}},
}

// unicodeCMap recognises Uni<collection>-<form>[-HW]-H|V.
func unicodeCMap(name string) *CMap {
	rest, vertical := strings.CutSuffix(name, "-V")
	if !vertical {
		var ok bool
		if rest, ok = strings.CutSuffix(name, "-H"); !ok {
			return nil
		}
	}
	rest = strings.TrimSuffix(rest, "-HW")
	prefix, formName, ok := strings.Cut(rest, "-")
	if !ok {
		return nil
	}
	ordering, known := uniPrefixes[prefix]
	f, knownForm := forms[formName]
	if !known || !knownForm {
		return nil
	}
	return &CMap{Name: name, Ordering: ordering, Vertical: vertical, Space: f.space, form: f.f}
}

// CID is the CID of an n-byte code.
func (m *CMap) CID(code uint32, n int) (uint32, bool) {
	switch {
	case m.ident:
		return code, true
	case m.form != notUnicode:
		r, ok := m.decode(code, n)
		if !ok {
			return 0, false
		}
		loadOnce.Do(load)
		t := tables[m.Ordering]
		if t == nil {
			return 0, false
		}
		t.inverse.Do(t.invert)
		cid, ok := t.byRune[r]
		return cid, ok
	}
	for cm, depth := m, 0; cm != nil && depth < maxUseDepth; cm, depth = cm.up, depth+1 {
		rs := cm.ranges
		i := sort.Search(len(rs), func(i int) bool {
			return rs[i].n > n || rs[i].n == n && rs[i].hi >= code
		})
		if i < len(rs) && rs[i].n == n && rs[i].lo <= code {
			return rs[i].cid + code - rs[i].lo, true
		}
	}
	return 0, false
}

// Text is the text of an n-byte code: the code itself for a Unicode CMap,
// else its CID's Unicode value in the collection. Identity CMaps have no
// text of their own (the font's CIDSystemInfo says which collection).
func (m *CMap) Text(code uint32, n int) (string, bool) {
	if m.form != notUnicode {
		r, ok := m.decode(code, n)
		if !ok {
			return "", false
		}
		return string(r), true
	}
	if m.ident {
		return "", false
	}
	cid, ok := m.CID(code, n)
	if !ok {
		return "", false
	}
	r, ok := Unicode(m.Ordering, cid)
	if !ok {
		return "", false
	}
	return string(r), true
}

// decode reads a Unicode CMap's code as a character.
func (m *CMap) decode(code uint32, n int) (rune, bool) {
	var r rune
	switch {
	case (m.form == ucs2 || m.form == utf16Form) && n == 2:
		r = rune(code)
		if utf16.IsSurrogate(r) {
			return 0, false
		}
	case m.form == utf16Form && n == 4:
		r = utf16.DecodeRune(rune(code>>16), rune(code&0xffff))
	case m.form == utf32Form && n == 4:
		r = rune(code)
	case m.form == utf8Form && n >= 1 && n <= 4:
		var b [4]byte
		for i := range n {
			b[n-1-i] = byte(code >> (8 * i))
		}
		var size int
		r, size = utf8.DecodeRune(b[:n])
		if size != n {
			return 0, false
		}
	default:
		return 0, false
	}
	if r == utf8.RuneError || r > utf8.MaxRune || r < 0 {
		return 0, false
	}
	return r, true
}

// Unicode is the character of a CID in an Adobe collection ("Japan1",
// "GB1", "CNS1", "Korea1", "KR").
func Unicode(ordering string, cid uint32) (rune, bool) {
	loadOnce.Do(load)
	t := tables[ordering]
	if t == nil || cid >= uint32(len(t.unicode)) || t.unicode[cid] == 0 {
		return 0, false
	}
	return t.unicode[cid], true
}

// Known reports whether ordering is a collection with a Unicode map. It
// reads no table: a font that names its collection costs nothing until a
// code of it has no other text.
func Known(ordering string) bool {
	return slices.Contains(orderings, ordering)
}

// invert builds the character → CID map a Unicode CMap needs for widths;
// where several CIDs show one character, the lowest (the ordinary,
// horizontal form) is kept.
func (t *table) invert() {
	t.byRune = make(map[rune]uint32, len(t.unicode))
	for cid := len(t.unicode) - 1; cid >= 0; cid-- {
		if r := t.unicode[cid]; r != 0 {
			t.byRune[r] = uint32(cid)
		}
	}
}

// LoadError is the error, if any, of reading the embedded tables: a fault
// of the build, which the tests check.
func LoadError() error {
	loadOnce.Do(load)
	return loadErr
}
