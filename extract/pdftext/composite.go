package pdftext

import (
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

func (d *docReader) loadComposite(f *font, v pdf.Value) {
	desc := v.Key("DescendantFonts").Index(0)
	enc := v.Key("Encoding")
	use := enc.Name() // a predefined CMap named, else one an embedded CMap uses
	if enc.Kind() == pdf.Stream {
		if m := d.readCMap(enc); m != nil {
			f.space, f.cidOf, use = m.space, m, m.use
		}
		if u := enc.Key("UseCMap"); u.Kind() == pdf.Name {
			use = u.Name()
		}
	}
	// The predefined CMap gives what an embedded one does not map.
	if p := cjk.Predefined(use); p != nil {
		f.predef = p
		if len(f.space) == 0 {
			f.space = p.Space
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
