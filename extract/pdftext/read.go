package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/clsx/clsx/extract/textdoc"
	"github.com/ledongthuc/pdf"
)

// Options tune Read and the isolated worker.
type Options struct {
	// MaxPages refuses documents with more pages (ErrTooManyPages);
	// 0 means 2000.
	MaxPages int
	// MemoryLimit is the worker's memory cap in bytes (address space and
	// Go heap target); 0 means 1 GiB. Read itself does not use it.
	MemoryLimit int64
	// KeepFurniture keeps running headers, footers and page numbers.
	KeepFurniture bool
	// Password opens an encrypted document, as its user's or its
	// owner's password. The empty password is always tried first: most
	// encrypted documents restrict printing or copying and open without
	// one. Isolated hands it to its worker in the environment, with the
	// other options, where other processes of the same user can read it.
	Password string `json:",omitempty"`
	// NoOCR leaves image-only pages unread even where Tesseract and
	// pdftoppm are on PATH.
	NoOCR bool `json:",omitempty"`
	// OCRPageTimeout bounds the OCR of one page; 0 means 2 minutes.
	OCRPageTimeout time.Duration `json:",omitempty"`

	// beforeOCRPage, if set, is called before each page is OCR'd: the
	// worker tells its parent, which extends its deadline.
	beforeOCRPage func()
}

const (
	defaultMaxPages    = 2000
	defaultMemoryLimit = 1 << 30
)

func (o Options) maxPages() int {
	if o.MaxPages > 0 {
		return o.MaxPages
	}
	return defaultMaxPages
}

func (o Options) memoryLimit() int64 {
	if o.MemoryLimit > 0 {
		return o.MemoryLimit
	}
	return defaultMemoryLimit
}

// Read reads a PDF's text into a Document: blocks in reading order, each
// with the page it starts on; running headers, footers and page numbers
// removed. It never panics: a parser panic becomes ErrDamaged. It cannot
// stop the parser's rare endless loops or runaway allocations; for
// untrusted files use Isolated.
func Read(data []byte, opt Options) (doc *textdoc.Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			doc = nil
			err = fmt.Errorf("%w: parser panic: %v", ErrDamaged, x)
		}
	}()
	pages, err := readPages(data, opt)
	if err != nil {
		return nil, err
	}
	return pages.document(opt)
}

// parsed is a document after the walk: its pages' lines.
type parsed struct {
	title    string
	pages    []pageLines
	warnings []string
	images   int
	// noOCR says why image-only pages were not read, nil if there were
	// none or they were.
	noOCR error
}

// pageRef is a page dictionary with what it inherits from the page tree.
type pageRef struct {
	v    pdf.Value
	res  pdf.Value
	box  [4]float64 // crop box (or media box): llx lly urx ury
	rot  int
	leaf int // 1-based page number
}

var errNoHeader = errors.New("no %PDF header")

// normaliseHeader returns data from its %PDF header on, with the header
// rewritten in place (same length, so offsets hold) into the form
// ledongthuc insists on: "%PDF-1.x" then an end of line. PDF 2.0 files
// and headers followed by a space would otherwise be refused.
func normaliseHeader(data []byte) ([]byte, error) {
	i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if i < 0 {
		return nil, errNoHeader
	}
	data = data[i:]
	if len(data) < 9 {
		return nil, fmt.Errorf("%w: %d bytes", ErrDamaged, len(data))
	}
	ok := data[5] == '1' && data[6] == '.' && data[7] >= '0' && data[7] <= '7' && (data[8] == '\r' || data[8] == '\n')
	if !ok {
		c := make([]byte, len(data))
		copy(c, data)
		copy(c, "%PDF-1.7")
		if c[8] != '\r' && c[8] != '\n' {
			c[8] = '\n'
		}
		data = c
	}
	return data, nil
}

var (
	reSize      = regexp.MustCompile(`/Size\s+(\d+)`)
	reIndex     = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)
	reXrefTable = regexp.MustCompile(`(?:^|[^a-z])xref`)
)

// preflight refuses cross-reference claims the parser would allocate for
// blindly: a subsection "4294967296 3" makes ledongthuc grow its table to
// 4 billion entries (137 GB, a fatal out-of-memory no recover catches).
// No real file has more objects than a bound of its size allows.
func preflight(data []byte) error {
	limit := int64(1<<20) + int64(len(data))
	check := func(what string, n int64) error {
		if n > limit {
			return fmt.Errorf("%w: cross-reference %s %d is impossible in a %d-byte file", ErrDamaged, what, n, len(data))
		}
		return nil
	}
	atoi := func(b []byte) int64 {
		n, err := strconv.ParseInt(string(b), 10, 64)
		if err != nil {
			return 1 << 62
		}
		return n
	}
	for _, m := range reSize.FindAllSubmatch(data, -1) {
		if err := check("size", atoi(m[1])); err != nil {
			return err
		}
	}
	for _, m := range reIndex.FindAllSubmatch(data, -1) {
		f := strings.Fields(string(m[1]))
		for i := 0; i+1 < len(f); i += 2 {
			if err := check("index", atoi([]byte(f[i]))+atoi([]byte(f[i+1]))); err != nil {
				return err
			}
		}
	}
	for _, loc := range reXrefTable.FindAllIndex(data, -1) {
		// Read the table as the parser will, token by token (a comment
		// can hide in a header line: "60000000000 6%535 f"): a
		// subsection header, then its entries, until "trailer".
		l := &lexer{b: data[loc[1]:]}
		for sub := 0; sub < 100_000; sub++ {
			first, kw, ok := l.token(0)
			if !ok || kw != "" || first.kind != opNum {
				break
			}
			count, kw, ok := l.token(0)
			if !ok || kw != "" || count.kind != opNum {
				break
			}
			if err := check("subsection", clampInt(first.num+count.num)); err != nil {
				return err
			}
			for i := int64(0); i < 3*clampInt(count.num); i++ {
				if _, _, ok := l.token(0); !ok {
					break
				}
			}
		}
	}
	return nil
}

// clampInt converts a lexed number to an int64 without the undefined
// conversion of huge floats.
func clampInt(f float64) int64 {
	if f != f || f > 1<<62 {
		return 1 << 62
	}
	if f < 0 {
		return 0
	}
	return int64(f)
}

// readPages opens the document and walks every page.
func readPages(data []byte, opt Options) (*parsed, error) {
	var warnings []string
	norm, err := normaliseHeader(data)
	if errors.Is(err, errNoHeader) {
		fixed, warn, ok := headerless(data)
		if !ok {
			return nil, fmt.Errorf("%w: %v", ErrNotPDF, err)
		}
		norm, err, warnings = fixed, nil, append(warnings, warn)
	}
	if err != nil {
		return nil, err
	}
	data = norm
	if err := preflight(data); err != nil {
		return nil, err
	}
	data, repaired, err := plainData(data, opt.Password)
	if err != nil {
		return nil, err
	}
	if fixed, n := repairStreams(data); n > 0 {
		data = fixed
		warnings = append(warnings, fmt.Sprintf("%d objects without endobj or streams with a wrong or no /Length: mended", n))
	}
	r, err := openReader(data)
	if err != nil {
		return nil, err
	}
	root := r.Trailer().Key("Root")
	if root.Kind() != pdf.Dict {
		return nil, fmt.Errorf("%w: no document catalog (/Root)", ErrDamaged)
	}
	refs, warn, err := collectPages(root.Key("Pages"), opt.maxPages())
	if err != nil {
		return nil, err
	}
	p := &parsed{warnings: append(warnings, warn...)}
	if repaired {
		p.warnings = append(p.warnings, "cross-reference table missing or wrong: rebuilt from the objects")
	}
	p.title = cleanTitle(r.Trailer().Key("Info").Key("Title").Text())
	// The data is plain now, decrypted or never encrypted.
	dr := &docReader{fonts: map[string]*font{}, raw: data}
	undecodable, glyphsSeen := 0, 0
	var scanned []int // pages of images without text, by index
	for i, ref := range refs {
		w, err := walkPage(dr, ref)
		if err != nil {
			p.warnings = append(p.warnings, fmt.Sprintf("page %d: %v", ref.leaf, err))
		}
		p.images += w.images
		glyphsSeen += len(w.glyphs)
		pl := layoutPage(ref, w.glyphs, w.rules)
		if len(pl.units) == 0 && w.images > 0 {
			scanned = append(scanned, i)
		}
		p.pages = append(p.pages, pl)
	}
	p.readScanned(data, refs, scanned, opt)
	for _, f := range dr.fonts {
		undecodable += f.undecodable
	}
	if undecodable > 0 && undecodable*10 > glyphsSeen+undecodable {
		p.warnings = append(p.warnings, fmt.Sprintf("%d character codes have no Unicode mapping (fonts without /ToUnicode): text is partial", undecodable))
	}
	return p, nil
}

// plainData is data as the parser can read it: its cross-reference table
// rebuilt if the parser cannot open it (repaired), and decrypted.
func plainData(data []byte, password string) (_ []byte, repaired bool, err error) {
	if !opens(data) {
		// A missing or wrong cross-reference table: rebuild it from the
		// objects, and keep the rebuilt one only if the parser opens it.
		if fixed, err := rebuildXref(data); err == nil && opens(fixed) {
			data, repaired = fixed, true
		}
	}
	if hasEncrypt(data) {
		if data, err = decryptDocument(data, password); err != nil {
			return nil, false, err
		}
		if repaired {
			// Object streams could not be listed while encrypted: rebuild
			// again from the plain objects.
			if fixed, err := rebuildXref(data); err == nil && opens(fixed) {
				data = fixed
			}
		}
	}
	return data, repaired, nil
}

// openReader opens data with ledongthuc, recovering its panics and
// classifying its errors.
func openReader(data []byte) (r *pdf.Reader, err error) {
	defer func() {
		if x := recover(); x != nil {
			r = nil
			err = classifyOpenError(data, fmt.Errorf("%v", x))
		}
	}()
	r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, classifyOpenError(data, err)
	}
	return r, nil
}

// page tree limits: the tree is walked by hand (ledongthuc's Reader.Page
// trusts /Count and loops forever on some trees), depth- and
// visit-bounded so a cyclic tree ends.
const maxTreeDepth = 64

// pageBox reads a MediaBox or CropBox, corners in order; false when it is
// missing or degenerate (a page of 1 point is a producer's error, not a
// page: the inherited box is kept).
func pageBox(b pdf.Value) ([4]float64, bool) {
	bb := box4(b) // zero when not four numbers
	return bb, bb[2]-bb[0] > 1 && bb[3]-bb[1] > 1
}

// collectPages lists the page tree's leaves in order, passing down the
// inherited Resources, MediaBox/CropBox and Rotate.
func collectPages(node pdf.Value, max int) ([]pageRef, []string, error) {
	if node.Kind() != pdf.Dict {
		return nil, nil, fmt.Errorf("%w: no page tree (/Pages)", ErrDamaged)
	}
	var (
		out    []pageRef
		warn   []string
		visits int
		cyclic bool
	)
	maxVisits := 4*max + 1000
	var walk func(n pdf.Value, res pdf.Value, box [4]float64, hasBox bool, rot int, depth int) error
	walk = func(n pdf.Value, res pdf.Value, box [4]float64, hasBox bool, rot int, depth int) error {
		visits++
		if depth > maxTreeDepth || visits > maxVisits {
			cyclic = true
			return nil
		}
		if r := n.Key("Resources"); r.Kind() == pdf.Dict {
			res = r
		}
		for _, k := range []string{"MediaBox", "CropBox"} {
			if bb, ok := pageBox(n.Key(k)); ok {
				box, hasBox = bb, true
			}
		}
		if r := n.Key("Rotate"); r.Kind() == pdf.Integer {
			rot = int(r.Int64())
		}
		kids := n.Key("Kids")
		if n.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			if n.Key("Type").Name() == "Pages" {
				return nil // an empty Pages node
			}
			if len(out) >= max {
				return fmt.Errorf("%w: more than %d pages", ErrTooManyPages, max)
			}
			if !hasBox {
				box = [4]float64{0, 0, 612, 792}
			}
			out = append(out, pageRef{v: n, res: res, box: box, rot: rot, leaf: len(out) + 1})
			return nil
		}
		for i := 0; i < kids.Len(); i++ {
			k := kids.Index(i)
			if k.Kind() != pdf.Dict {
				continue
			}
			if err := walk(k, res, box, hasBox, rot, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	claimed := node.Key("Count").Int64()
	if err := walk(node, pdf.Value{}, [4]float64{}, false, 0, 0); err != nil {
		return nil, nil, err
	}
	if cyclic {
		warn = append(warn, "page tree is cyclic or too deep; pages past the cycle ignored")
	}
	if len(out) == 0 {
		if claimed > 0 {
			return nil, nil, fmt.Errorf("%w: page tree claims %d pages but holds none", ErrDamaged, claimed)
		}
		return nil, nil, fmt.Errorf("%w: document has no pages", ErrNoText)
	}
	if claimed > int64(max) {
		// A page bomb, or a tree that lies: either way not a document to
		// trust (pdftotext refuses it too).
		return nil, nil, fmt.Errorf("%w: page tree claims %d pages (limit %d) but holds %d", ErrTooManyPages, claimed, max, len(out))
	}
	if claimed != int64(len(out)) {
		warn = append(warn, fmt.Sprintf("page tree claims %d pages, holds %d", claimed, len(out)))
	}
	return out, warn, nil
}

// cleanTitle keeps a /Info Title that names the document, not the tool or
// file: "Microsoft Word - cls.docx", "untitled", "Document1" say nothing.
func cleanTitle(t string) string {
	t = strings.TrimSpace(strings.Join(strings.Fields(t), " "))
	t = strings.TrimPrefix(t, "Microsoft Word - ")
	l := strings.ToLower(t)
	if len([]rune(t)) < 4 {
		return ""
	}
	for _, bad := range []string{"untitled", "sans titre", "document1", "diapositive", "présentation powerpoint", "microsoft word", "titre"} {
		if l == bad || strings.HasPrefix(l, bad+" ") && len(l) < len(bad)+4 {
			return ""
		}
	}
	for _, ext := range []string{".doc", ".docx", ".odt", ".pdf", ".indd", ".pub", ".ppt", ".pptx", ".rtf", ".tmp", ".qxp"} {
		if strings.HasSuffix(l, ext) {
			return ""
		}
	}
	if !strings.ContainsFunc(t, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0xbf }) {
		return ""
	}
	return t
}
