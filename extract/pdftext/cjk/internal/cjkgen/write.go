package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"os"
	"sort"
)

// The table format (all integers unsigned varints unless said):
//
//	"CJK1"
//	count, then each CID's rune as a zigzag delta from the previous one
//	number of CMaps, then each:
//	  name length, name; parent (usecmap) name length, name; WMode byte
//	  number of code space ranges, each: length byte n, lo (n bytes), hi (n bytes)
//	  number of cid ranges, sorted by length then code, each:
//	    length byte n; lo − (previous hi + 1) within a length (lo at a new
//	    length); hi − lo; zigzag(cid − previous range's cid)
func writeCollection(path string, c *collection) error {
	var b bytes.Buffer
	b.WriteString("CJK1")
	put := func(v uint64) { b.Write(binary.AppendUvarint(nil, v)) }
	zig := func(v int64) { b.Write(binary.AppendVarint(nil, v)) }
	put(uint64(len(c.unicode)))
	prev := int64(0)
	for _, r := range c.unicode {
		zig(int64(r) - prev)
		prev = int64(r)
	}
	put(uint64(len(c.cmaps)))
	for _, m := range c.cmaps {
		put(uint64(len(m.name)))
		b.WriteString(m.name)
		put(uint64(len(m.parent)))
		b.WriteString(m.parent)
		b.WriteByte(byte(m.wmode))
		put(uint64(len(m.space)))
		for _, s := range m.space {
			b.WriteByte(byte(len(s[0])))
			b.Write(s[0])
			b.Write(s[1])
		}
		rs := ranges(m.cids)
		put(uint64(len(rs)))
		var prevN int
		var next uint32
		var prevCID int64
		for _, r := range rs {
			if r.n != prevN {
				prevN, next = r.n, 0
			}
			b.WriteByte(byte(r.n))
			put(uint64(r.lo - next))
			put(uint64(r.hi - r.lo))
			zig(int64(r.cid) - prevCID)
			prevCID = int64(r.cid)
			next = r.hi + 1
		}
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(b.Bytes())
	if err := w.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, z.Bytes(), 0o644)
}

type cidRange struct {
	n      int
	lo, hi uint32
	cid    uint32
}

// ranges folds a code → CID map into runs where code and CID both count up.
func ranges(cids map[uint64]uint32) []cidRange {
	keys := make([]uint64, 0, len(cids))
	for k := range cids {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var out []cidRange
	for _, k := range keys {
		n, code, cid := int(k>>32), uint32(k), cids[k]
		if l := len(out); l > 0 {
			last := &out[l-1]
			if last.n == n && last.hi+1 == code && last.cid+(code-last.lo) == cid {
				last.hi = code
				continue
			}
		}
		out = append(out, cidRange{n, code, code, cid})
	}
	return out
}
