package pdftext

import (
	"sort"

	"github.com/clsx/clsx/extract/pdftext/cjk"
	"github.com/ledongthuc/pdf"
)

// cidText is the text of a composite font's code without /ToUnicode: by
// its predefined CMap, else by its CID in the font's Adobe collection.
func (f *font) cidText(c code) string {
	_, embedded := f.cidOf.lookupCID(c.v, c.n)
	if f.predef != nil && !embedded {
		if t, ok := f.predef.Text(c.v, c.n); ok {
			return t
		}
	}
	if f.collection != "" {
		if r, ok := cjk.Unicode(f.collection, f.cid(c)); ok {
			return string(r)
		}
	}
	return ""
}

// cid is the CID of a composite font's code: by its embedded or predefined
// CMap, else the code itself (Identity).
func (f *font) cid(c code) uint32 {
	if f.cidOf != nil {
		if t, ok := f.cidOf.lookupCID(c.v, c.n); ok {
			return t
		}
	}
	if f.predef != nil {
		if t, ok := f.predef.CID(c.v, c.n); ok {
			return t
		}
	}
	return c.v
}

// setPredefined takes a predefined CMap's code space and mapping.
func (f *font) setPredefined(m *cjk.CMap) {
	if m == nil {
		return
	}
	f.predef = m
	f.space = f.space[:0]
	for _, r := range m.Space {
		f.space = append(f.space, codeRange{r.Lo, r.Hi})
	}
	sort.SliceStable(f.space, func(i, j int) bool { return len(f.space[i].lo) < len(f.space[j].lo) })
}

// usedCMap is the name an embedded CMap stream gives to usecmap, or its
// /UseCMap entry: "" when it names none.
func usedCMap(d *docReader, enc pdf.Value) string {
	if u := enc.Key("UseCMap"); u.Kind() == pdf.Name {
		return u.Name()
	}
	data, _ := d.streamBytes(enc)
	name := ""
	interpret(data, 1<<12, func(op string, args []operand) {
		if op == "usecmap" && len(args) > 0 && args[len(args)-1].kind == opName {
			name = args[len(args)-1].str
		}
	})
	return name
}

func (d *docReader) loadComposite(f *font, v pdf.Value) {
	desc := v.Key("DescendantFonts").Index(0)
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case pdf.Name:
		f.setPredefined(cjk.Predefined(enc.Name()))
	case pdf.Stream:
		m := d.readCMap(enc)
		if m != nil {
			f.space = m.space
			f.cidOf = m
		}
		// An embedded CMap may use a predefined one (usecmap) for the
		// codes it does not map itself.
		if p := cjk.Predefined(usedCMap(d, enc)); p != nil {
			if len(f.space) == 0 {
				f.setPredefined(p)
			}
			f.predef = p
		}
	}
	if len(f.space) == 0 && f.toUnicode != nil && len(f.toUnicode.space) > 0 {
		f.space = f.toUnicode.space
	}
	// The CIDs' collection: an Adobe ordering with a Unicode map, from the
	// descendant's CIDSystemInfo, else from the predefined CMap.
	if info := desc.Key("CIDSystemInfo"); info.Key("Registry").RawString() == "Adobe" && cjk.Known(info.Key("Ordering").RawString()) {
		f.collection = info.Key("Ordering").RawString()
	} else if f.predef != nil {
		f.collection = f.predef.Ordering
	}
	if dw := desc.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		f.dw = dw.Float64()
	}
	f.cidWidths = make(map[uint32]float64)
	w := desc.Key("W")
	n := w.Len()
	for i := 0; i < n; {
		first := w.Index(i)
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			c := uint32(first.Int64())
			for j := 0; j < next.Len() && j < 65536; j++ {
				f.cidWidths[c+uint32(j)] = next.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi := first.Int64(), next.Int64()
		wd := w.Index(i + 2).Float64()
		if hi-lo <= 65536 {
			for c := lo; c <= hi; c++ {
				f.cidWidths[uint32(c)] = wd
			}
		}
		i += 3
	}
}
