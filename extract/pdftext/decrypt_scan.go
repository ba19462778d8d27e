package pdftext

import (
	"bytes"
	"regexp"
	"strconv"
)

// The rewriter walks the file's objects in order ("N G obj … endobj"),
// decrypting each string and stream in place with the keys of N and G.
// It reads the bytes, not the cross-reference table, so that the same
// pass serves files whose table is wrong; stream data is skipped by its
// /Length, so that an "obj" inside binary data is never taken for an
// object.

// rewriter decrypts b in place. With no security it only lists the
// objects, for rebuilding a cross-reference table (xref_repair.go).
type rewriter struct {
	b       []byte
	sec     *security
	skip    map[int]bool   // objects never encrypted: the encryption dictionary
	lengths map[[2]int]int // the integer objects, for indirect /Length
	streams [][2]int       // the stream data decrypted, in file order
	objects []scanned      // every object met, in file order
}

// scanned is an object met by the scan.
type scanned struct {
	num, gen, off int
	typ           string // its dictionary's /Type
	dict          [2]int // its body up to "stream" or "endobj"
	data          [2]int // its stream data, {0, 0} for none
}

var reObjHeader = regexp.MustCompile(`(\d{1,10})[ \t\r\n\f\x00]+(\d{1,5})[ \t\r\n\f\x00]+obj`)

func (rw *rewriter) run() {
	for pos := 0; pos < len(rw.b); {
		loc := reObjHeader.FindSubmatchIndex(rw.b[pos:])
		if loc == nil {
			return
		}
		start, end := pos+loc[0], pos+loc[1]
		if start > 0 && isRegular(rw.b[start-1]) || end < len(rw.b) && isRegular(rw.b[end]) {
			pos = pos + loc[1]
			continue
		}
		num, _ := strconv.Atoi(string(rw.b[pos+loc[2] : pos+loc[3]]))
		gen, _ := strconv.Atoi(string(rw.b[pos+loc[4] : pos+loc[5]]))
		rw.objects = append(rw.objects, scanned{num: num, gen: gen, off: start})
		pos = max(rw.object(num, gen, end), end)
	}
}

func isRegular(c byte) bool { return !isWhite(c) && !isDelim(c) }

// token kinds of the object scanner.
const (
	tEOF = iota
	tLiteral
	tHex
	tDictOpen
	tDictClose
	tArrOpen
	tArrClose
	tName
	tWord
	tOther
)

// scanToken reads the token at p: its kind and extent.
func scanToken(b []byte, p int) (kind, start, end int) {
	for p < len(b) {
		if isWhite(b[p]) {
			p++
		} else if b[p] == '%' {
			for p < len(b) && b[p] != '\n' && b[p] != '\r' {
				p++
			}
		} else {
			break
		}
	}
	if p >= len(b) {
		return tEOF, p, p
	}
	start = p
	switch c := b[p]; {
	case c == '(':
		depth := 0
		for ; p < len(b); p++ {
			switch b[p] {
			case '\\':
				p++
			case '(':
				depth++
			case ')':
				depth--
			}
			if depth == 0 {
				return tLiteral, start, p + 1
			}
		}
		return tLiteral, start, len(b)
	case c == '<' && p+1 < len(b) && b[p+1] == '<':
		return tDictOpen, start, p + 2
	case c == '>' && p+1 < len(b) && b[p+1] == '>':
		return tDictClose, start, p + 2
	case c == '<':
		if i := bytes.IndexByte(b[p:], '>'); i >= 0 {
			return tHex, start, p + i + 1
		}
		return tHex, start, len(b)
	case c == '[':
		return tArrOpen, start, p + 1
	case c == ']':
		return tArrClose, start, p + 1
	case c == '/':
		p++
		for p < len(b) && isRegular(b[p]) {
			p++
		}
		return tName, start, p
	case isDelim(c):
		return tOther, start, p + 1
	}
	for p < len(b) && isRegular(b[p]) {
		p++
	}
	return tWord, start, p
}

// object decrypts the object whose body starts at p and returns where the
// scan goes on.
func (rw *rewriter) object(num, gen, p int) int {
	b, body := rw.b, p
	var (
		strs      [][2]int
		top       [][3]int // the tokens directly inside the object's dictionary
		depth     int
		prevWords [2]int // starts of the last two tokens, to back up over "N G obj"
	)
	for {
		kind, start, end := scanToken(b, p)
		p = end
		if kind == tEOF {
			break
		}
		rw.objects[len(rw.objects)-1].dict = [2]int{body, start}
		if depth == 1 && kind != tDictClose {
			top = append(top, [3]int{kind, start, end})
		}
		switch kind {
		case tLiteral, tHex:
			strs = append(strs, [2]int{start, end})
		case tDictOpen, tArrOpen:
			depth++
		case tDictClose, tArrClose:
			depth--
		case tWord:
			switch string(b[start:end]) {
			case "endobj", "trailer", "xref", "startxref":
				rw.strings(num, gen, strs, top)
				return end
			case "obj":
				// The next object began without an endobj.
				rw.strings(num, gen, strs, top)
				return prevWords[0]
			case "stream":
				rw.strings(num, gen, strs, top)
				return rw.stream(num, gen, end, top, b[body:start])
			}
		}
		prevWords[0], prevWords[1] = prevWords[1], start
	}
	rw.strings(num, gen, strs, top)
	return p
}

// typeOf notes the /Type of the object being scanned.
func (rw *rewriter) typeOf(top [][3]int) {
	if v := rw.dictValue(top, "Type"); len(v) > 0 && v[0][0] == tName {
		rw.objects[len(rw.objects)-1].typ = string(rw.b[v[0][1]+1 : v[0][2]])
	}
}

// dictValue is the value tokens following /key in a dictionary's tokens.
func (rw *rewriter) dictValue(top [][3]int, key string) [][3]int {
	for i, t := range top {
		if t[0] == tName && string(rw.b[t[1]+1:t[2]]) == key && i+1 < len(top) {
			return top[i+1:]
		}
	}
	return nil
}

// nameIs reports whether /key's value is the name want.
func (rw *rewriter) nameIs(top [][3]int, key, want string) bool {
	v := rw.dictValue(top, key)
	return len(v) > 0 && v[0][0] == tName && string(rw.b[v[0][1]+1:v[0][2]]) == want
}

// plain reports whether an object's strings and stream are stored
// unencrypted: the encryption dictionary, cross-reference streams,
// signature values, and the metadata stream when /EncryptMetadata false.
func (rw *rewriter) plain(num int, top [][3]int) bool {
	return rw.skip[num] || rw.nameIs(top, "Type", "XRef") || rw.nameIs(top, "Type", "Sig") ||
		!rw.sec.encMeta && rw.nameIs(top, "Type", "Metadata")
}

// strings decrypts an object's strings in place.
func (rw *rewriter) strings(num, gen int, strs [][2]int, top [][3]int) {
	rw.typeOf(top)
	if rw.sec == nil || rw.sec.str == cipherNone || len(strs) == 0 || rw.plain(num, top) {
		return
	}
	for _, s := range strs {
		span := rw.b[s[0]:s[1]]
		var ct []byte
		if span[0] == '(' {
			ct = unescapeLiteral(span)
		} else {
			ct = hexStringBytes(span)
		}
		writeString(span, rw.sec.decrypt(rw.sec.str, num, gen, ct))
	}
}

// stream decrypts the data of a stream whose "stream" keyword ends at p,
// and returns the offset after the data.
func (rw *rewriter) stream(num, gen, p int, top [][3]int, dict []byte) int {
	b := rw.b
	if p < len(b) && b[p] == '\r' {
		p++
	}
	if p < len(b) && b[p] == '\n' {
		p++
	}
	n, lenTok := rw.streamLength(p, top)
	rw.streams = append(rw.streams, [2]int{p, p + n})
	rw.objects[len(rw.objects)-1].data = [2]int{p, p + n}
	if rw.sec == nil || rw.sec.stm == cipherNone || hasCryptFilter(dict) || rw.plain(num, top) {
		return p + n
	}
	data := b[p : p+n]
	pt := rw.sec.decrypt(rw.sec.stm, num, gen, data)
	copy(data, pt)
	for i := len(pt); i < len(data); i++ {
		data[i] = ' '
	}
	if w := lenTok; w != nil && string(w) != strconv.Itoa(len(pt)) && len(strconv.Itoa(len(pt))) <= len(w) {
		// A direct /Length is rewritten in place: AES plaintext is
		// shorter than its ciphertext, so it has as many digits or fewer.
		s := strconv.Itoa(len(pt))
		copy(w, s)
		for i := len(s); i < len(w); i++ {
			w[i] = ' '
		}
	}
	return p + n
}

// reCrypt finds a /Crypt filter: the stream names its own crypt filter,
// which the documents read here never do; such a stream is left as it is
// (read as Identity).
var reCrypt = regexp.MustCompile(`/Crypt[\s/\]>]`)

func hasCryptFilter(dict []byte) bool { return reCrypt.Match(dict) }
