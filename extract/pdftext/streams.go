package pdftext

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// Stream bytes. A stream is read whole, up to a cap: a page's content is
// small, and a decompression bomb must not take the process down.
const maxStreamBytes = 64 << 20

// streamBytes returns the decoded bytes of a stream, or of an array of
// streams joined by new lines (a page's /Contents may be split anywhere
// between tokens). A read error keeps what was read before it (a bad
// checksum at the end of a zlib stream is common).
func (d *docReader) streamBytes(v pdf.Value) (data []byte, err error) {
	if v.Kind() == pdf.Array {
		var all []byte
		for i := 0; i < v.Len() && i < 10000; i++ {
			b, e := d.streamBytes(v.Index(i))
			if e != nil && err == nil {
				err = e
			}
			all = append(all, b...)
			all = append(all, '\n')
			if len(all) > maxStreamBytes {
				return all[:maxStreamBytes], fmt.Errorf("content larger than %d bytes, cut", maxStreamBytes)
			}
		}
		return all, err
	}
	if v.Kind() != pdf.Stream {
		return nil, nil
	}
	return d.readStream(v)
}

func (d *docReader) readStream(v pdf.Value) (data []byte, err error) {
	var buf bytes.Buffer
	defer func() {
		if x := recover(); x != nil {
			// ledongthuc panics on filters it does not know; decode the
			// common ones it lacks ourselves when the file is not
			// encrypted.
			if b, ok := d.decodeUnsupported(v); ok {
				data, err = b, nil
				return
			}
			data, err = buf.Bytes(), fmt.Errorf("%v", x)
		}
	}()
	rd := v.Reader()
	defer rd.Close()
	_, err = io.Copy(&buf, io.LimitReader(rd, maxStreamBytes+1))
	if buf.Len() > maxStreamBytes {
		return buf.Bytes()[:maxStreamBytes], fmt.Errorf("stream larger than %d bytes, cut", maxStreamBytes)
	}
	if err != nil && buf.Len() > 0 {
		err = nil // the data before a bad checksum or a truncation is good
	}
	return buf.Bytes(), err
}

// reStreamOffset finds a stream's undecoded bytes: ledongthuc does not
// expose them, but a stream Value's String ends with "@offset".
var reStreamOffset = regexp.MustCompile(`@(\d+)$`)

// decodeUnsupported decodes ASCIIHexDecode, RunLengthDecode, ASCII85 and
// Flate chains that ledongthuc refuses (it knows only Flate and ASCII85,
// and panics on the rest), for unencrypted files.
func (d *docReader) decodeUnsupported(v pdf.Value) (out []byte, ok bool) {
	defer func() {
		if recover() != nil {
			out, ok = nil, false
		}
	}()
	raw, ok := d.rawBytes(v)
	if !ok {
		return nil, false
	}
	var filters []string
	f := v.Key("Filter")
	if f.Kind() == pdf.Name {
		filters = []string{f.Name()}
	} else {
		for i := 0; i < f.Len(); i++ {
			filters = append(filters, f.Index(i).Name())
		}
	}
	data := raw
	for _, name := range filters {
		var err error
		switch name {
		case "ASCIIHexDecode", "AHx":
			l := &lexer{b: append(append([]byte{}, data...), '>')}
			data = []byte(l.hex())
		case "RunLengthDecode", "RL":
			data = runLength(data)
		case "FlateDecode", "Fl":
			var zr io.ReadCloser
			zr, err = zlib.NewReader(bytes.NewReader(data))
			if err == nil {
				var b bytes.Buffer
				io.Copy(&b, io.LimitReader(zr, maxStreamBytes))
				data = b.Bytes()
			}
		case "ASCII85Decode", "A85":
			d := bytes.TrimSpace(data)
			d = bytes.TrimPrefix(d, []byte("<~"))
			if i := bytes.Index(d, []byte("~>")); i >= 0 {
				d = d[:i]
			}
			var b bytes.Buffer
			io.Copy(&b, io.LimitReader(ascii85.NewDecoder(bytes.NewReader(d)), maxStreamBytes))
			data = b.Bytes()
		default:
			return nil, false
		}
		if err != nil {
			return nil, false
		}
	}
	return data, true
}

func (d *docReader) rawBytes(v pdf.Value) ([]byte, bool) {
	rawSource := d.raw
	if rawSource == nil {
		return nil, false
	}
	m := reStreamOffset.FindStringSubmatch(v.String())
	if m == nil {
		return nil, false
	}
	off, err := strconv.ParseInt(m[1], 10, 64)
	n := v.Key("Length").Int64()
	if err != nil || off < 0 || n <= 0 || off+n > int64(len(rawSource)) {
		return nil, false
	}
	return rawSource[off : off+n], true
}

func runLength(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		n := int(b[i])
		i++
		switch {
		case n == 128:
			return out
		case n < 128:
			end := min(i+n+1, len(b))
			out = append(out, b[i:end]...)
			i = end
		default:
			if i < len(b) {
				out = append(out, bytes.Repeat([]byte{b[i]}, 257-n)...)
				i++
			}
		}
		if len(out) > maxStreamBytes {
			return out
		}
	}
	return out
}
