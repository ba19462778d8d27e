package pdftext

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// Cross-reference repair. A file whose table is missing, points at the
// wrong offsets or lost its startxref or %%EOF (a truncated download, an
// editor's slip) still has its objects in order: the scan of the
// decryptor (decrypt_scan.go) lists them, "N G obj … endobj", stream data
// skipped by length. rebuildXref appends a fresh cross-reference section
// built from that list — a table, or an uncompressed cross-reference
// stream when objects live in object streams — with a trailer taken from
// the file's last trailer (or cross-reference stream) that names a
// /Root, or else pointing at the /Catalog found. Appending leaves every
// offset where it was.

// opens reports whether the parser opens data and finds its catalog. The
// /Encrypt key is hidden first: a good table of an encrypted file must not
// look broken because the parser cannot decrypt it.
func opens(data []byte) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	c := data
	if keys := reEncryptKey.FindAllIndex(data, -1); len(keys) > 0 {
		c = append([]byte{}, data...)
		for _, k := range keys {
			c[k[0]+7] = '_'
		}
	}
	r, err := pdf.NewReader(bytes.NewReader(c), int64(len(c)))
	return err == nil && r.Trailer().Key("Root").Kind() == pdf.Dict
}

// trailer keys kept in the rebuilt trailer.
var trailerKeys = []string{"Root", "Info", "ID", "Encrypt"}

var (
	reTrailer = regexp.MustCompile(`trailer\s*<<`)
	reObjStmN = regexp.MustCompile(`/N\s+(\d+)`)
)

// rebuildXref returns data with a rebuilt cross-reference section
// appended, or an error if the file has no objects or no catalog.
func rebuildXref(data []byte) ([]byte, error) {
	rw := &rewriter{b: data}
	rw.run()
	if len(rw.objects) == 0 {
		return nil, fmt.Errorf("no objects")
	}
	locs := map[int]xrefLoc{}
	size := 0
	var dicts [][]byte // trailer dictionaries, in file order
	for _, o := range rw.objects {
		if o.num > len(data) || o.dict[1] <= o.dict[0] {
			continue // a number no file of this size holds, or no body
		}
		locs[o.num] = xrefLoc{1, o.off, o.gen}
		size = max(size, o.num+1)
		switch o.typ {
		case "XRef":
			dicts = append(dicts, data[o.dict[0]:o.dict[1]])
		case "ObjStm":
			for i, n := range objStmNumbers(data, o) {
				if n <= len(data) && locs[n].typ != 1 {
					locs[n] = xrefLoc{2, o.num, i}
					size = max(size, n+1)
				}
			}
		}
	}
	for _, m := range reTrailer.FindAllIndex(data, -1) {
		start := m[1] - 2
		if d := dictAt(data, start); d != nil {
			dicts = append(dicts, d)
		}
	}
	entries := trailerEntries(dicts)
	if !strings.Contains(entries, "/Root") {
		for i := len(rw.objects) - 1; i >= 0; i-- {
			if o := rw.objects[i]; o.typ == "Catalog" {
				entries += fmt.Sprintf(" /Root %d %d R", o.num, o.gen)
				break
			}
		}
	}
	if !strings.Contains(entries, "/Root") {
		return nil, fmt.Errorf("no catalog")
	}
	return appendXref(data, locs, size, entries), nil
}

// xrefLoc is where an object is.
type xrefLoc struct {
	typ      byte // 1 in the file, 2 in an object stream
	off, gen int  // offset, or object stream number and index
}

// appendXref appends a cross-reference section for locs (objects 0 to
// size-1) with the trailer entries: a table, or a stream when objects
// are in object streams (a table cannot say so).
func appendXref(data []byte, locs map[int]xrefLoc, size int, entries string) []byte {
	compressed := false
	for _, l := range locs {
		compressed = compressed || l.typ == 2
	}
	out := append(append([]byte{}, data...), '\n')
	if !compressed {
		x := len(out)
		out = fmt.Appendf(out, "xref\n0 %d\n0000000000 65535 f \n", size)
		for n := 1; n < size; n++ {
			if l, ok := locs[n]; ok {
				out = fmt.Appendf(out, "%010d %05d n \n", l.off, min(l.gen, 65535))
			} else {
				out = append(out, "0000000000 65535 f \n"...)
			}
		}
		return fmt.Appendf(out, "trailer\n<< /Size %d%s >>\nstartxref\n%d\n%%%%EOF\n", size, entries, x)
	}
	// An uncompressed cross-reference stream, itself object number size.
	var rows bytes.Buffer
	for n := 0; n <= size; n++ {
		l, ok := locs[n]
		switch {
		case n == size:
			l = xrefLoc{1, len(out), 0}
		case !ok:
			l = xrefLoc{0, 0, 65535}
		}
		rows.WriteByte(l.typ)
		binary.Write(&rows, binary.BigEndian, uint32(l.off))
		binary.Write(&rows, binary.BigEndian, uint16(min(l.gen, 65535)))
	}
	x := len(out)
	out = fmt.Appendf(out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2]%s /Length %d >>\nstream\n", size, size+1, entries, rows.Len())
	out = append(out, rows.Bytes()...)
	return fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", x)
}

// dictAt is the dictionary starting at data[p] ("<<"), to its matching
// ">>"; nil if it does not close.
func dictAt(data []byte, p int) []byte {
	depth := 0
	for q := p; q < len(data); {
		kind, _, end := scanToken(data, q)
		switch kind {
		case tEOF:
			return nil
		case tDictOpen:
			depth++
		case tDictClose:
			depth--
			if depth == 0 {
				return data[p:end]
			}
		}
		q = end
	}
	return nil
}

// trailerEntries takes /Root, /Info, /ID and /Encrypt from the last
// trailer dictionary that has a /Root, as source text (" /Root 1 0 R…").
func trailerEntries(dicts [][]byte) string {
	for i := len(dicts) - 1; i >= 0; i-- {
		rw := &rewriter{b: dicts[i]}
		var top [][3]int
		depth := 0
		for p := 0; ; {
			kind, start, end := scanToken(dicts[i], p)
			if kind == tEOF {
				break
			}
			if depth == 1 && kind != tDictClose && kind != tArrClose {
				top = append(top, [3]int{kind, start, end})
			}
			switch kind {
			case tDictOpen, tArrOpen:
				depth++
			case tDictClose, tArrClose:
				depth--
			}
			p = end
		}
		if rw.dictValue(top, "Root") == nil {
			continue
		}
		var b strings.Builder
		for _, k := range trailerKeys {
			if v := valueText(dicts[i], rw.dictValue(top, k)); v != "" {
				b.WriteString(" /" + k + " " + v)
			}
		}
		return b.String()
	}
	return ""
}

// valueText is the source text of the value whose tokens start v: a
// reference "N G R", an array or dictionary to its close, or one token.
func valueText(src []byte, v [][3]int) string {
	if len(v) == 0 {
		return ""
	}
	t := v[0]
	switch t[0] {
	case tArrOpen, tDictOpen:
		open, closeKind := t[0], tArrClose
		if open == tDictOpen {
			closeKind = tDictClose
		}
		depth := 0
		for p := t[1]; ; {
			kind, _, end := scanToken(src, p)
			if kind == tEOF {
				return ""
			}
			if kind == open {
				depth++
			} else if kind == closeKind {
				if depth--; depth == 0 {
					return string(src[t[1]:end])
				}
			}
			p = end
		}
	case tWord:
		if len(v) >= 3 && v[2][0] == tWord && string(src[v[2][1]:v[2][2]]) == "R" {
			return string(src[t[1]:v[2][2]])
		}
	}
	return ""
}

// objStmNumbers lists the object numbers an object stream holds, from
// its header (pairs of number and offset); FlateDecode or unfiltered
// streams only.
func objStmNumbers(data []byte, o scanned) []int {
	dict := data[o.dict[0]:o.dict[1]]
	raw := data[o.data[0]:o.data[1]]
	if bytes.Contains(dict, []byte("/Filter")) {
		if !bytes.Contains(dict, []byte("/FlateDecode")) {
			return nil
		}
		zr, err := zlib.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil
		}
		raw, _ = io.ReadAll(io.LimitReader(zr, 1<<20))
	}
	m := reObjStmN.FindSubmatch(dict)
	if m == nil {
		return nil
	}
	n, _ := strconv.Atoi(string(m[1]))
	n = max(0, min(n, len(raw))) // a pair takes bytes: a huge /N would overflow 24*n
	f := strings.Fields(string(raw[:min(len(raw), 24*n+64)]))
	var out []int
	for i := 0; i+1 < len(f) && len(out) < n; i += 2 {
		num, err := strconv.Atoi(f[i])
		if err != nil {
			break
		}
		out = append(out, num)
	}
	return out
}
