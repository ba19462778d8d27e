package htmltext

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"

	"github.com/clsx/clsx/extract/textdoc"
)

var utf8BOM = []byte("\xef\xbb\xbf")

// decode returns the page as UTF-8 and the name of the charset it was read
// in. The order is the HTML standard's: a BOM, then the HTTP Content-Type
// header, then a <meta> in the first 1024 bytes, else UTF-8 if the bytes are
// UTF-8, else Windows-1252 (what browsers do for French pages).
//
// Declarations lie in two common ways, and the bytes settle both: a server
// default of ISO-8859-1 over a UTF-8 file (valid multi-byte UTF-8 is
// vanishingly unlikely in Latin-1 French text, so such bytes are read as
// UTF-8), and a page declared UTF-8 that is a Latin-1 file (invalid UTF-8:
// read as Windows-1252). Both give a warning. A page that is UTF-8 but for
// a few stray bytes, whatever it declares, keeps its UTF-8 and has only
// those bytes read as Windows-1252 (textdoc.DecodeUTF8).
func decode(data []byte, contentType string) (text, name string, warnings []string, err error) {
	if bytes.HasPrefix(data, utf8BOM) {
		data = data[len(utf8BOM):]
		if utf8.Valid(data) {
			return string(data), "utf-8", nil, nil
		}
	}
	enc, name, _ := charset.DetermineEncoding(data, contentType)
	isUTF8 := utf8.Valid(data)
	if !isUTF8 && (name == "utf-8" || singleByteLatin(name)) {
		if text, invalid, mostly := textdoc.DecodeUTF8(data); mostly {
			if name != "utf-8" {
				warnings = append(warnings, fmt.Sprintf("declared %s but is mostly UTF-8: read as UTF-8", name))
			}
			return text, "utf-8", append(warnings, textdoc.RepairWarning(invalid)), nil
		}
	}
	switch {
	case name == "utf-8" && isUTF8:
		return string(data), name, nil, nil
	case name == "utf-8":
		warnings = append(warnings, "declared UTF-8 but is not valid UTF-8: read as Windows-1252")
		enc, name = charmap.Windows1252, "windows-1252"
	case isUTF8 && hasMultiByte(data) && singleByteLatin(name):
		warnings = append(warnings, fmt.Sprintf("declared %s but is valid UTF-8: read as UTF-8", name))
		return string(data), "utf-8", warnings, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), data)
	if err != nil {
		return "", "", nil, fmt.Errorf("cannot decode as %s: %v", name, err)
	}
	return string(out), name, warnings, nil
}

func hasMultiByte(data []byte) bool {
	for _, c := range data {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// singleByteLatin names the charsets a mislabelled UTF-8 page is given.
func singleByteLatin(name string) bool {
	switch name {
	case "windows-1252", "iso-8859-1", "iso-8859-15", "macintosh":
		return true
	}
	return false
}
