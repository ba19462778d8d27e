package pdftext

import (
	"sort"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// A cmap is a parsed CMap stream: a /ToUnicode map (code → text) or an
// encoding CMap (code → CID). Small ranges are expanded into the map;
// large ones are kept as ranges.
type cmap struct {
	space  []codeRange
	use    string            // the CMap it uses (usecmap) for codes it does not map
	single map[uint64]string // key: n<<32 | code
	ranges []cmapRange
	cids   map[uint64]uint32
	cidRgs []cidRange
}

type cmapRange struct {
	n      int
	lo, hi uint32
	dst    []uint16 // UTF-16 of lo's text; the last unit counts up
}

type cidRange struct {
	n      int
	lo, hi uint32
	cid    uint32
}

func key(v uint32, n int) uint64 { return uint64(n)<<32 | uint64(v) }

func (m *cmap) lookup(v uint32, n int) (string, bool) {
	if t, ok := m.single[key(v, n)]; ok {
		return t, true
	}
	for _, r := range m.ranges {
		if r.n == n && v >= r.lo && v <= r.hi {
			u := append([]uint16(nil), r.dst...)
			u[len(u)-1] += uint16(v - r.lo)
			return string(utf16.Decode(u)), true
		}
	}
	return "", false
}

func (m *cmap) lookupCID(v uint32, n int) (uint32, bool) {
	if m == nil {
		return 0, false
	}
	if c, ok := m.cids[key(v, n)]; ok {
		return c, true
	}
	for _, r := range m.cidRgs {
		if r.n == n && v >= r.lo && v <= r.hi {
			return r.cid + v - r.lo, true
		}
	}
	return 0, false
}

func bytesVal(s string) uint32 {
	var v uint32
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint32(s[i])
	}
	return v
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	if len(s)%2 == 1 { // a one-byte destination: take it as a code unit
		u = append(u, uint16(s[len(s)-1]))
	}
	return u
}

// readCMap parses a CMap stream with the tolerant lexer: the operands
// between a begin…/end… pair are taken as they come, so a count that does
// not match its entries, or a malformed name elsewhere in the CMap (seen
// in the wild), does no harm. nil if the stream holds no mapping.
func (d *docReader) readCMap(v pdf.Value) *cmap {
	data, _ := d.streamBytes(v)
	m := &cmap{single: map[uint64]string{}, cids: map[uint64]uint32{}}
	interpret(data, 1<<16, func(op string, args []operand) {
		switch op {
		case "endcodespacerange":
			m.addCodeSpace(args)
		case "endbfchar":
			m.addBFChars(args)
		case "endbfrange":
			m.addBFRanges(args)
		case "endcidchar":
			for i := 0; i+1 < len(args); i += 2 {
				src := args[i].str
				if len(src) == 0 || len(src) > 4 {
					continue
				}
				m.cids[key(bytesVal(src), len(src))] = uint32(args[i+1].n())
			}
		case "usecmap":
			if len(args) > 0 && args[len(args)-1].kind == opName {
				m.use = args[len(args)-1].str
			}
		case "endcidrange":
			for i := 0; i+2 < len(args); i += 3 {
				lo, hi := args[i].str, args[i+1].str
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				m.cidRgs = append(m.cidRgs, cidRange{len(lo), bytesVal(lo), bytesVal(hi), uint32(args[i+2].n())})
			}
		}
	})
	if len(m.single) == 0 && len(m.ranges) == 0 && len(m.cids) == 0 && len(m.cidRgs) == 0 && len(m.space) == 0 && m.use == "" {
		return nil
	}
	sort.Slice(m.space, func(i, j int) bool { return len(m.space[i].Lo) < len(m.space[j].Lo) })
	return m
}

func (m *cmap) addCodeSpace(args []operand) {
	for i := 0; i+1 < len(args); i += 2 {
		lo, hi := args[i].str, args[i+1].str
		if len(lo) == 0 || len(lo) != len(hi) || len(lo) > 4 {
			continue
		}
		m.space = append(m.space, codeRange{Lo: []byte(lo), Hi: []byte(hi)})
	}
}

func (m *cmap) addBFChars(args []operand) {
	for i := 0; i+1 < len(args); i += 2 {
		src := args[i].str
		if len(src) == 0 || len(src) > 4 || args[i].kind != opStr {
			continue
		}
		var t string
		if args[i+1].kind == opName { // glyph name destination
			t = glyphText(args[i+1].str)
		} else {
			t = string(utf16.Decode(utf16Units(args[i+1].str)))
		}
		m.single[key(bytesVal(src), len(src))] = t
	}
}

// addBFRanges expands small ranges into single codes and keeps large ones
// (a whole font's range) as ranges.
func (m *cmap) addBFRanges(args []operand) {
	for i := 0; i+2 < len(args); i += 3 {
		lo, hi := args[i].str, args[i+1].str
		if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
			continue
		}
		l, h := bytesVal(lo), bytesVal(hi)
		if h < l {
			continue
		}
		n := len(lo)
		dst := args[i+2]
		if dst.kind == opArr {
			for j := 0; j < len(dst.arr) && uint32(j) <= h-l; j++ {
				m.single[key(l+uint32(j), n)] = string(utf16.Decode(utf16Units(dst.arr[j].str)))
			}
			continue
		}
		u := utf16Units(dst.str)
		if len(u) == 0 {
			continue
		}
		if h-l < 256 {
			for c := l; c <= h; c++ {
				uu := append([]uint16(nil), u...)
				uu[len(uu)-1] += uint16(c - l)
				m.single[key(c, n)] = string(utf16.Decode(uu))
			}
		} else {
			m.ranges = append(m.ranges, cmapRange{n, l, h, u})
		}
	}
}
