package pdftext

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// Objects without endobj, and streams whose /Length is wrong or missing.
// The parser refuses an object that the next one, or the cross-reference
// table, ends instead of endobj; a corrected copy is appended. poppler reads a stream to its
// endstream whatever its /Length says; the parser takes the /Length, so a
// content stream cut short, or empty for want of a /Length, shows nothing
// (a text cut mid-string never reaches its Tj). repairStreams mends them:
// in place when the true length fits the digits written (padded with
// spaces, no offset moves), else by appending a corrected copy of the
// object and a cross-reference section that points at it (later objects
// win, as in an incremental update).

// reStreamLength is a direct or indirect /Length in a stream dictionary.
var reStreamLength = regexp.MustCompile(`/Length[ \t\r\n\f\x00]+(\d+)([ \t\r\n\f\x00]+\d+[ \t\r\n\f\x00]+R)?`)

var reNumGen = regexp.MustCompile(`\d+[ \t\r\n\f\x00]+\d+\s*$`)

// repairStreams returns data with its objects and stream lengths mended,
// and how many were; data itself when none needed it. Indirect lengths are
// trusted.
func repairStreams(data []byte) (_ []byte, n int) {
	if !bytes.Contains(data, []byte("endstream")) {
		return data, 0
	}
	rw := &rewriter{b: data}
	rw.run()
	m := &mender{data: data, out: data}
	for _, o := range rw.objects {
		kw := o.dict[1]
		switch {
		case kw <= o.dict[0] || bytes.HasPrefix(data[kw:], []byte("endobj")):
		case bytes.HasPrefix(data[kw:], []byte("stream")):
			m.stream(o)
		default:
			m.unclosed(o)
		}
	}
	if m.tail.Len() == 0 {
		return m.out, m.n
	}
	out := append(m.writable(), m.tail.Bytes()...)
	if rebuilt, err := rebuildXref(out); err == nil && opens(rebuilt) {
		return rebuilt, m.n
	}
	return data, 0
}

// mender gathers the repairs: digits rewritten in a copy of data, and
// corrected objects to append.
type mender struct {
	data, out []byte
	copied    bool
	tail      bytes.Buffer
	n         int
}

// writable is the copy of data the repairs are written into.
func (m *mender) writable() []byte {
	if !m.copied {
		m.out, m.copied = append([]byte(nil), m.data...), true
	}
	return m.out
}

// unclosed appends a copy of an object that the next object, the xref
// table or the trailer ends instead of endobj, its dictionary closed.
func (m *mender) unclosed(o scanned) {
	kw := o.dict[1]
	body := bytes.TrimSpace(m.data[o.dict[0]:kw])
	if bytes.HasPrefix(m.data[kw:], []byte("obj")) {
		body = bytes.TrimSpace(reNumGen.ReplaceAll(body, nil)) // the next object's "N G"
	}
	if len(body) == 0 {
		return
	}
	open := bytes.Count(body, []byte("<<")) - bytes.Count(body, []byte(">>"))
	fmt.Fprintf(&m.tail, "\n%d %d obj\n%s%s\nendobj\n", o.num, o.gen, body, bytes.Repeat([]byte(" >>"), max(0, min(open, 64))))
	m.n++
}

// stream mends a stream whose direct /Length does not end at endstream:
// in place if the true length fits the digits, else in an appended copy.
func (m *mender) stream(o scanned) {
	data, kw := m.data, o.dict[1]
	start := kw + len("stream")
	if bytes.HasPrefix(data[start:], []byte("\r\n")) {
		start += 2
	} else if start < len(data) && (data[start] == '\n' || data[start] == '\r') {
		start++
	}
	end := bytes.Index(data[start:], []byte("endstream"))
	if end < 0 {
		return
	}
	actual := end
	for actual > 0 && (data[start+actual-1] == '\n' || data[start+actual-1] == '\r') {
		actual--
	}
	dict := data[o.dict[0]:kw]
	loc := reStreamLength.FindSubmatchIndex(dict)
	var fixed []byte
	switch {
	case loc != nil && loc[4] >= 0:
		return // indirect
	case loc != nil:
		declared, err := strconv.Atoi(string(dict[loc[2]:loc[3]]))
		if err == nil && (declared == actual || start+declared <= len(data) && endsStream(data[start+declared:])) {
			return
		}
		digits := strconv.Itoa(actual)
		if width := loc[3] - loc[2]; len(digits) <= width {
			copy(m.writable()[o.dict[0]+loc[2]:o.dict[0]+loc[3]], fmt.Sprintf("%-*s", width, digits))
			m.n++
			return
		}
		fixed = append(append(append([]byte(nil), dict[:loc[2]]...), digits...), dict[loc[3]:]...)
	default:
		i := bytes.Index(dict, []byte("<<"))
		if i < 0 {
			return
		}
		fixed = append(append(append([]byte(nil), dict[:i+2]...), fmt.Sprintf(" /Length %d ", actual)...), dict[i+2:]...)
	}
	fmt.Fprintf(&m.tail, "\n%d %d obj\n%s\nstream\n%s\nendstream\nendobj\n", o.num, o.gen, bytes.TrimSpace(fixed), data[start:start+actual])
	m.n++
}

// endsStream tells whether b starts with endstream, after white space: an
// end of line, or the spaces the decryptor pads a shorter plaintext with.
func endsStream(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b[:min(len(b), 80)], "\r\n \t\f\x00"), []byte("endstream"))
}
