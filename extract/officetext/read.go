package officetext

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/clsx/clsx/extract/textdoc"
)

// Sentinel errors, wrapped with detail; the caller adds the file name.
var (
	// ErrUnsupported: an office format this package does not read (old
	// binary .doc, a password-protected document).
	ErrUnsupported = errors.New("unsupported office document")
	// ErrNotOffice: not a DOCX or ODT (another zip, or no zip at all).
	ErrNotOffice = errors.New("not a DOCX or ODT document")
	// ErrDamaged: a broken archive or XML.
	ErrDamaged = errors.New("damaged office document")
	// ErrTooLarge: more entries or inflated bytes than the limits allow.
	ErrTooLarge = errors.New("office document too large")
	// ErrNoText: the document has no text.
	ErrNoText = errors.New("no text in office document")
)

// maxInflated bounds the bytes inflated from all the entries read: a CLS
// is tens of pages, its document.xml a few megabytes. A variable so that
// the tests can make a bomb without inflating 256 MB.
var maxInflated int64 = 256 << 20

// Other limits.
const (
	maxEntries = 10_000

	maxXMLDepth  = 256
	maxRepeat    = 64 // table:number-columns-repeated honoured up to this
	oleMagic     = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
	zipMagic     = "PK\x03\x04"
	odtMimeType  = "application/vnd.oasis.opendocument.text"
	encryptedPkg = "E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e"
)

// Is reports whether data looks like a document of this package's
// formats, or the old binary one it refuses: a zip or an OLE file.
func Is(data []byte) bool {
	return bytes.HasPrefix(data, []byte(zipMagic)) || bytes.HasPrefix(data, []byte(oleMagic))
}

// Read reads a DOCX or ODT document. It never panics.
func Read(data []byte) (doc *textdoc.Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			doc, err = nil, fmt.Errorf("%w: internal error: %v", ErrDamaged, x)
		}
	}()
	if bytes.HasPrefix(data, []byte(oleMagic)) {
		if bytes.Contains(data, []byte(encryptedPkg)) {
			return nil, fmt.Errorf("%w: a password-protected Office document (the text is encrypted)", ErrUnsupported)
		}
		return nil, fmt.Errorf("%w: the old binary Word format (.doc); save it as .docx, .odt or PDF", ErrUnsupported)
	}
	z, err := openZip(data)
	if err != nil {
		return nil, err
	}
	switch {
	case z.has("word/document.xml"):
		doc, err = readDOCX(z)
	case z.has("content.xml"):
		doc, err = readODT(z)
	default:
		return nil, fmt.Errorf("%w: a zip archive without word/document.xml or content.xml", ErrNotOffice)
	}
	if err != nil {
		return nil, err
	}
	if len(doc.Blocks) == 0 {
		return nil, fmt.Errorf("%w: no paragraph has text", ErrNoText)
	}
	return doc, nil
}

// archive is a zip whose reads are counted against maxInflated.
type archive struct {
	files    map[string]*zip.File
	inflated int64
}

func openZip(data []byte) (*archive, error) {
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if len(r.File) > maxEntries {
		return nil, fmt.Errorf("%w: %d entries (limit %d)", ErrTooLarge, len(r.File), maxEntries)
	}
	a := &archive{files: map[string]*zip.File{}}
	for _, f := range r.File {
		a.files[f.Name] = f
	}
	return a, nil
}

func (a *archive) has(name string) bool { return a.files[name] != nil }

// read inflates one entry; a missing entry is nil and no error. The
// declared sizes are not trusted: the inflated bytes themselves are
// counted.
func (a *archive) read(name string) ([]byte, error) {
	f := a.files[name]
	if f == nil {
		return nil, nil
	}
	if f.Flags&0x1 != 0 {
		return nil, fmt.Errorf("%w: %s is encrypted", ErrUnsupported, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
	}
	defer rc.Close()
	left := maxInflated - a.inflated
	b, err := io.ReadAll(io.LimitReader(rc, left+1))
	a.inflated += int64(len(b))
	if int64(len(b)) > left {
		return nil, fmt.Errorf("%w: more than %d bytes inflated (at %s)", ErrTooLarge, maxInflated, name)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
	}
	return b, nil
}

// builder collects blocks, dropping empty ones.
type builder struct {
	blocks []textdoc.Block
}

func (b *builder) add(bl textdoc.Block) {
	bl.Text = clean(bl.Text)
	if bl.Kind == textdoc.TableRow {
		any := false
		for i, c := range bl.Cells {
			bl.Cells[i] = clean(c)
			any = any || bl.Cells[i] != ""
		}
		if !any {
			return
		}
		bl.Text = strings.Join(bl.Cells, " | ")
	}
	if bl.Text == "" {
		return
	}
	b.blocks = append(b.blocks, bl)
}

// clean puts a block's text on one line: runs of spaces, tabs and line
// breaks become one space (a no-break space stays: it is French
// typography, not layout).
func clean(s string) string {
	var out strings.Builder
	space := false
	for _, r := range s {
		if r != '\u00a0' && r != '\u202f' && unicode.IsSpace(r) {
			space = out.Len() > 0
			continue
		}
		if space {
			out.WriteByte(' ')
			space = false
		}
		out.WriteRune(r)
	}
	return out.String()
}

// Media types of the formats read.
const (
	MediaDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	MediaODT  = "application/vnd.oasis.opendocument.text"
	MediaDOC  = "application/msword"
)

// MediaType names data's format from its archive's entries (not its
// name): MediaDOCX, MediaODT, MediaDOC, or "" for anything else.
func MediaType(data []byte) string {
	if bytes.HasPrefix(data, []byte(oleMagic)) {
		return MediaDOC
	}
	z, err := openZip(data)
	switch {
	case err != nil:
		return ""
	case z.has("word/document.xml"):
		return MediaDOCX
	case z.has("content.xml"):
		return MediaODT
	}
	return ""
}
