package cjk

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"
)

//go:embed data/*.bin.gz
var data embed.FS

// maxUseDepth bounds a chain of usecmap (Adobe's go one deep).
const maxUseDepth = 4

// orderings are the collections of data/, by Ordering.
var orderings = []string{"Japan1", "GB1", "CNS1", "Korea1", "KR"}

// A table is one collection as read from data/.
type table struct {
	unicode []rune          // by CID
	byRune  map[rune]uint32 // built on first use by invert
	inverse sync.Once
	cmaps   map[string]*CMap
}

var (
	loadOnce sync.Once
	tables   map[string]*table
	loadErr  error
)

// load reads every collection once. The tables are part of the program,
// so an error is a build fault; it is kept and reported by whoever asks.
func load() {
	tables = map[string]*table{}
	for _, o := range orderings {
		t, err := readTable(o)
		if err != nil {
			loadErr = fmt.Errorf("cjk: table %s: %w", o, err)
			return
		}
		tables[o] = t
	}
}

func readTable(ordering string) (*table, error) {
	z, err := data.ReadFile("data/" + ordering + ".bin.gz")
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(raw, []byte("CJK1")) {
		return nil, errors.New("not a CJK1 table")
	}
	d := &decoder{b: raw[4:]}
	t := &table{cmaps: map[string]*CMap{}}
	n := d.uvarint()
	t.unicode = make([]rune, 0, min(n, 1<<17))
	var r int64
	for i := uint64(0); i < n && d.err == nil; i++ {
		r += d.varint()
		t.unicode = append(t.unicode, rune(r))
	}
	for i, nm := uint64(0), d.uvarint(); i < nm && d.err == nil; i++ {
		m := d.cmap(ordering)
		t.cmaps[m.Name] = m
	}
	// A CMap that uses another (a V over its H) looks codes up in it and
	// has its code space; ranges are kept shortest first, the order a
	// reader tries them in.
	for _, m := range t.cmaps {
		m.up = t.cmaps[m.parent]
	}
	for _, m := range t.cmaps {
		for p, depth := m.up, 0; len(m.Space) == 0 && p != nil && depth < maxUseDepth; p, depth = p.up, depth+1 {
			m.Space = p.Space
		}
		sort.SliceStable(m.Space, func(i, j int) bool { return len(m.Space[i].Lo) < len(m.Space[j].Lo) })
	}
	return t, d.err
}

// A decoder reads the varints of a table, keeping the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) bytes(n uint64) []byte {
	if uint64(len(d.b)) < n {
		d.fail()
		return nil
	}
	out := d.b[:n:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errors.New("truncated table")
	}
	d.b = nil
}

func (d *decoder) cmap(ordering string) *CMap {
	m := &CMap{Name: string(d.bytes(d.uvarint())), Ordering: ordering}
	m.parent = string(d.bytes(d.uvarint()))
	if w := d.bytes(1); len(w) == 1 {
		m.Vertical = w[0] == 1
	}
	for i, n := uint64(0), d.uvarint(); i < n && d.err == nil; i++ {
		l := d.bytes(1)
		if len(l) == 0 {
			break
		}
		m.Space = append(m.Space, CodeRange{d.bytes(uint64(l[0])), d.bytes(uint64(l[0]))})
	}
	var prevN byte
	var next uint32
	var cid int64
	for i, n := uint64(0), d.uvarint(); i < n && d.err == nil; i++ {
		l := d.bytes(1)
		if len(l) == 0 {
			break
		}
		if l[0] != prevN {
			prevN, next = l[0], 0
		}
		lo := next + uint32(d.uvarint())
		hi := lo + uint32(d.uvarint())
		cid += d.varint()
		m.ranges = append(m.ranges, cidRange{n: int(l[0]), lo: lo, hi: hi, cid: uint32(cid)})
		next = hi + 1
	}
	return m
}
