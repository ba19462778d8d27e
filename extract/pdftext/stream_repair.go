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
	out := data
	var tail bytes.Buffer
	for _, o := range rw.objects {
		kw := o.dict[1]
		if kw <= o.dict[0] || bytes.HasPrefix(data[kw:], []byte("endobj")) {
			continue
		}
		if !bytes.HasPrefix(data[kw:], []byte("stream")) {
			// Ended by the next object, xref or trailer: no endobj, which
			// the parser refuses.
			body := bytes.TrimSpace(data[o.dict[0]:kw])
			if bytes.HasPrefix(data[kw:], []byte("obj")) {
				body = reNumGen.ReplaceAll(body, nil) // the next object's "N G"
			}
			if len(body) > 0 {
				// A dictionary left open is closed.
				open := bytes.Count(body, []byte("<<")) - bytes.Count(body, []byte(">>"))
				fmt.Fprintf(&tail, "\n%d %d obj\n%s%s\nendobj\n", o.num, o.gen, body, bytes.Repeat([]byte(" >>"), max(0, min(open, 64))))
				n++
			}
			continue
		}
		start := kw + len("stream")
		if bytes.HasPrefix(data[start:], []byte("\r\n")) {
			start += 2
		} else if start < len(data) && (data[start] == '\n' || data[start] == '\r') {
			start++
		}
		end := bytes.Index(data[start:], []byte("endstream"))
		if end < 0 {
			continue
		}
		actual := end
		for actual > 0 && (data[start+actual-1] == '\n' || data[start+actual-1] == '\r') {
			actual--
		}
		dict := data[o.dict[0]:kw]
		m := reStreamLength.FindSubmatchIndex(dict)
		if m != nil && m[4] >= 0 {
			continue // indirect
		}
		var fixed []byte
		if m != nil {
			declared, err := strconv.Atoi(string(dict[m[2]:m[3]]))
			if err == nil && (declared == actual || start+declared <= len(data) && endsStream(data[start+declared:])) {
				continue
			}
			digits := strconv.Itoa(actual)
			if width := m[3] - m[2]; len(digits) <= width {
				if n == 0 {
					out = append([]byte(nil), data...)
				}
				copy(out[o.dict[0]+m[2]:o.dict[0]+m[3]], fmt.Sprintf("%-*s", width, digits))
				n++
				continue
			}
			fixed = append(append(append([]byte(nil), dict[:m[2]]...), digits...), dict[m[3]:]...)
		} else {
			i := bytes.Index(dict, []byte("<<"))
			if i < 0 {
				continue
			}
			fixed = append(append(append([]byte(nil), dict[:i+2]...), fmt.Sprintf(" /Length %d ", actual)...), dict[i+2:]...)
		}
		fmt.Fprintf(&tail, "\n%d %d obj\n%s\nstream\n%s\nendstream\nendobj\n", o.num, o.gen, bytes.TrimSpace(fixed), data[start:start+actual])
		n++
	}
	if tail.Len() == 0 {
		return out, n
	}
	if n == 0 || len(out) == len(data) && &out[0] == &data[0] {
		out = append([]byte(nil), data...)
	}
	out = append(out, tail.Bytes()...)
	if rebuilt, err := rebuildXref(out); err == nil && opens(rebuilt) {
		return rebuilt, n
	}
	return data, 0
}

// endsStream tells whether b starts with endstream, after white space: an
// end of line, or the spaces the decryptor pads a shorter plaintext with.
func endsStream(b []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(b[:min(len(b), 80)], "\r\n \t\f\x00"), []byte("endstream"))
}
