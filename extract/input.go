package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/clsx/clsx/rules"
)

// MaxTextBytes is the largest document FromBytes reads by default. A CLS is
// tens of kilobytes; far more is not a contract's text.
const MaxTextBytes = 64 << 20

// Errors a document can fail with, wrapped with its name.
var (
	ErrBinary   = errors.New("binary content, not text")
	ErrTooLarge = errors.New("document too large")
	ErrFormat   = errors.New("format not supported")
)

// FromBytes extracts a document from its bytes: it checks that they are text,
// decodes them (UTF-8, else Windows-1252, with a warning) and extracts. A panic
// while extracting is recovered and returned as an error naming the document,
// so one bad document never stops a batch.
func FromBytes(source string, data []byte, r *rules.Set, maxBytes int64) (doc *Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%s: internal error while extracting: %v", source, p)
		}
	}()
	if maxBytes <= 0 {
		maxBytes = MaxTextBytes
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%s: %w (%d bytes, limit %d)", source, ErrTooLarge, len(data), maxBytes)
	}
	sum := sha256.Sum256(data)
	var warnings []string
	switch kind := sniff(data); kind {
	case "pdf", "html":
		return nil, fmt.Errorf("%s: %w: %s documents are read by the document readers, not yet available", source, ErrFormat, kind)
	case "binary":
		return nil, fmt.Errorf("%s: %w", source, ErrBinary)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := string(data)
	if !utf8.Valid(data) {
		dec, derr := charmap.Windows1252.NewDecoder().Bytes(data)
		if derr != nil {
			return nil, fmt.Errorf("%s: not UTF-8 and not Windows-1252: %v", source, derr)
		}
		text = string(dec)
		warnings = append(warnings, "not valid UTF-8: read as Windows-1252")
	}
	doc = FromText(source, text, r)
	doc.SHA256 = hex.EncodeToString(sum[:])
	if len(bytes.TrimSpace(data)) == 0 {
		doc.Warnings = append(doc.Warnings, "empty document")
	}
	doc.Warnings = append(warnings, doc.Warnings...)
	if len(doc.Contracts) == 0 && len(bytes.TrimSpace(data)) > 0 {
		doc.Warnings = append(doc.Warnings, "no contract found: no signature, period or duration of a contract in the text")
	}
	return doc, nil
}

// sniff tells text from PDF, HTML and binary content by its first bytes.
func sniff(data []byte) string {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n"), []byte("%PDF-")) {
		return "pdf"
	}
	lower := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"))
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
		return "html"
	}
	control := 0
	for _, c := range head {
		if c == 0 {
			return "binary"
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if len(head) > 0 && control*20 > len(head) {
		return "binary"
	}
	return "text"
}
