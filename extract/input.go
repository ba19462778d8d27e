package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/clsx/clsx/extract/htmltext"
	"github.com/clsx/clsx/extract/officetext"
	"github.com/clsx/clsx/extract/pdftext"
	"github.com/clsx/clsx/extract/textdoc"
	"github.com/clsx/clsx/rules"
)

// MaxTextBytes is the largest document FromBytes reads by default. A CLS is
// tens of kilobytes; far more is not a contract's text.
const MaxTextBytes = 64 << 20

// Errors a document can fail with, wrapped with its name.
var (
	ErrBinary   = errors.New("binary content, not text")
	ErrTooLarge = errors.New("document too large")
)

// Options say how to read a document's bytes.
type Options struct {
	// Rules are the extraction rules; nil means the bundled ones.
	Rules *rules.Set
	// MaxBytes is the largest document read; 0 means MaxTextBytes.
	MaxBytes int64
	// ContentType is the HTTP Content-Type the document was served with,
	// where known: it may carry a web page's charset.
	ContentType string
	// URL is the address the document was fetched from, where known.
	URL string
	// ReadPDF reads a PDF. nil reads it in this process (pdftext.Read, which
	// recovers panics but cannot bound time or memory); the command line
	// passes a reader that runs each PDF in a child process.
	ReadPDF func(data []byte) (*textdoc.Document, error)
}

// FromBytes extracts a document from its bytes, whatever its format: it tells
// PDF, HTML, DOCX, ODT and plain text by their content (not by the file's
// name), reads them into text and extracts. Plain text is decoded as UTF-8,
// its stray invalid bytes read as Windows-1252, or whole as Windows-1252
// when mostly not UTF-8 (with a warning either way). A panic while reading or extracting is
// recovered and returned as an error naming the document, so one bad
// document never stops a batch.
func FromBytes(source string, data []byte, opt Options) (doc *Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%s: internal error while extracting: %v", source, p)
		}
	}()
	r := opt.Rules
	if r == nil {
		r = rules.Default()
	}
	maxBytes := opt.MaxBytes
	if maxBytes <= 0 {
		maxBytes = MaxTextBytes
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%s: %w (%d bytes, limit %d)", source, ErrTooLarge, len(data), maxBytes)
	}
	// the checksum is of the bytes as given, before any reader sees them
	sum := sha256.Sum256(data)
	doc, err = readByKind(source, data, opt, r)
	if doc != nil {
		stamp(doc, sum, opt)
	}
	return doc, err
}

// stamp adds to an extracted document what its bytes and their origin say
// of it (checksum, address), and warns when its text holds no contract, so
// that an empty result is never silent.
func stamp(doc *Document, sum [sha256.Size]byte, opt Options) {
	doc.SHA256 = hex.EncodeToString(sum[:])
	if opt.URL != "" {
		u := opt.URL
		doc.URL = &u
	}
	if len(doc.Contracts) == 0 && len(doc.Text) > 0 {
		doc.Warnings = append(doc.Warnings, "no contract found: no signature, period or duration of a contract in the text")
	}
}

// readByKind reads data with the reader of the format its content shows,
// and extracts. Every error names the document.
func readByKind(source string, data []byte, opt Options, r *rules.Set) (*Document, error) {
	kind := sniff(data)
	if kind != "pdf" && strings.EqualFold(path.Ext(source), ".pdf") {
		// Named a PDF and is not one: an empty download, an HTML error page
		// served under the PDF's address. Reading it as what it is would
		// pass an error page off as the document.
		what := "its content is " + kind
		if len(bytes.TrimSpace(data)) == 0 {
			what = "it is empty"
		}
		return nil, fmt.Errorf("%s: %w: named .pdf but %s", source, pdftext.ErrNotPDF, what)
	}
	var d *textdoc.Document
	var err error
	var contentType string
	switch kind {
	case "pdf":
		read := opt.ReadPDF
		if read == nil {
			read = readPDFInProcess
		}
		d, err = read(data)
		if err == nil && d == nil {
			err = errors.New("the PDF reader returned nothing")
		}
		contentType = "application/pdf"
	case "html":
		d, err = htmltext.Read(data, opt.ContentType, opt.URL)
		contentType = "text/html"
	case "office":
		d, err = officetext.Read(data)
		if err == nil {
			contentType = officetext.MediaType(data)
		}
	case "binary":
		return nil, fmt.Errorf("%s: %w", source, ErrBinary)
	default:
		return readText(source, data, r)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	doc := FromDocument(source, d, r)
	doc.ContentType = contentType
	return doc, nil
}

// readText extracts plain text, its decoding's warnings first.
func readText(source string, data []byte, r *rules.Set) (*Document, error) {
	text, warnings, err := decodeText(source, data)
	if err != nil {
		return nil, err
	}
	doc := FromText(source, text, r)
	if len(bytes.TrimSpace(data)) == 0 {
		doc.Warnings = append(doc.Warnings, "empty document")
	}
	doc.Warnings = append(warnings, doc.Warnings...)
	return doc, nil
}

// decodeText reads plain text: UTF-8 (its byte order mark dropped), a few
// stray bytes read as Windows-1252 where they stand and the rest kept, or
// the whole as Windows-1252 when mostly not UTF-8, with a warning either way.
func decodeText(source string, data []byte) (string, []string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), nil, nil
	}
	if repaired, invalid, mostly := textdoc.DecodeUTF8(data); mostly {
		return repaired, []string{textdoc.RepairWarning(invalid)}, nil
	}
	dec, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", nil, fmt.Errorf("%s: not UTF-8 and not Windows-1252: %v", source, err)
	}
	return string(dec), []string{"not valid UTF-8: read as Windows-1252"}, nil
}

// sniff tells text from PDF, HTML, office documents and binary content by
// its first bytes.
func sniff(data []byte) string {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if pdftext.Is(head) {
		return "pdf" // a header within the first KB, or a body without one
	}
	if looksLikeHTML(head) {
		return "html"
	}
	if officetext.Is(head) {
		return "office" // a zip (DOCX, ODT) or an old binary .doc
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

// htmlMarks are tags only markup has, looked for in a document that starts
// with "<" (after a BOM, spaces, an XML declaration or comments).
var htmlMarks = [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<meta "), []byte("<title>"), []byte("<div"), []byte("<p>"), []byte("<p "), []byte("<table")}

func looksLikeHTML(head []byte) bool {
	lower := bytes.ToLower(bytes.TrimLeft(head, " \t\r\n\xef\xbb\xbf"))
	if len(lower) == 0 || lower[0] != '<' {
		return false
	}
	for _, m := range htmlMarks {
		if bytes.Contains(lower, m) {
			return true
		}
	}
	return false
}
