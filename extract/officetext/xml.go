package officetext

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
)

// walker reads XML tokens and remembers the first error: the readers
// descend the document with recursive functions that stop at the end of
// their element or at the end of the data, whichever comes first, so a
// truncated or broken file ends the walk instead of stalling it.
type walker struct {
	d    *xml.Decoder
	name string // the entry, for errors
	err  error
}

func newWalker(name string, b []byte) *walker {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false // producers' small slips (an unescaped &) cost one token, not the document
	return &walker{d: d, name: name}
}

// next is the next token, or nil at the end or on an error.
func (w *walker) next() xml.Token {
	if w.err != nil {
		return nil
	}
	t, err := w.d.Token()
	if err != nil {
		if err.Error() != "EOF" {
			w.err = fmt.Errorf("%w: %s: %v", ErrDamaged, w.name, err)
		} else {
			w.err = errEOF
		}
		return nil
	}
	return t
}

var errEOF = fmt.Errorf("end of XML")

// failed is the walk's error, nil if it reached the end cleanly.
func (w *walker) failed() error {
	if w.err == errEOF {
		return nil
	}
	return w.err
}

// skip consumes the rest of the element just started.
func (w *walker) skip() {
	if w.err == nil {
		if err := w.d.Skip(); err != nil {
			w.err = fmt.Errorf("%w: %s: %v", ErrDamaged, w.name, err)
		}
	}
}

// text is the character data of the element just started, to its end
// (nested elements' text included).
func (w *walker) text() string {
	var b strings.Builder
	depth := 0
	for t := w.next(); t != nil; t = w.next() {
		switch t := t.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			if depth == 0 {
				return b.String()
			}
			depth--
		}
	}
	return b.String()
}

// attr is an attribute's value by local name, whatever its namespace.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// atoi is a non-negative attribute number, def when absent or bad.
func atoi(s string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 0 {
		return def
	}
	return n
}

// docTitle is the dc:title of a properties entry (docProps/core.xml,
// meta.xml).
func docTitle(a *archive, name string) string {
	b, err := a.read(name)
	if err != nil || b == nil {
		return ""
	}
	w := newWalker(name, b)
	for t := w.next(); t != nil; t = w.next() {
		if se, ok := t.(xml.StartElement); ok && se.Name.Local == "title" {
			return clean(w.text())
		}
	}
	return ""
}
