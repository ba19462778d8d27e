// Package pdftext reads a PDF's text into a textdoc.Document: paragraphs,
// headings, list items and table rows in reading order, each with the page
// it starts on, running headers, footers and page numbers removed.
//
// # Why a stream walker
//
// The parser is github.com/ledongthuc/pdf, pure Go, used only for what it
// does well: the file structure (cross references, objects, filters). Its
// own text functions fall short on
// CLS documents (measured in shared/notes/pdf.md): GetPlainText glues
// lines positioned without a text object between them ("etde"), Content()
// takes widths by byte and so misplaces two-byte (Identity-H) text,
// ignores /ToUnicode beside an /Encoding, Form XObjects and Tw, and
// GetTextByRow tracks Tm but not Td. So this package walks each page's
// content itself (walker.go), keeping the text state of PDF 32000 §9.4
// (Tm, Td/TD, T*, ', ", Tc, Tw, Tz, TL, Ts, CTM with cm, q/Q), decoding
// codes through /ToUnicode or the simple encodings (fonts.go,
// encodings.go) — and, for CJK fonts without /ToUnicode, through the
// predefined CMaps and Adobe's CID → Unicode maps of package cjk —,
// following Form XObjects, and emits positioned glyphs in
// stream order. Content streams and CMaps are tokenized by a tolerant
// lexer of its own (lexer.go): one bad token must not lose the rest of a
// page.
//
// Stream order is reading order for the producers of these documents
// (LibreOffice, Word, WeasyPrint), two-column sections and tables
// included, so the layout (layout.go, blocks.go) follows the stream and
// uses positions only to cut it: words at gaps, lines at baseline changes,
// cells at borders and wide gaps, paragraphs at spacing, indentation and
// font changes. Line-end hyphens are mended by a rule documented in
// hyphen.go; headers and footers are found by comparing the pages' edges
// (furniture.go).
//
// # Encryption
//
// Encrypted files (the standard security handler: RC4 40 and 128 bits,
// AES-128, AES-256 of R5 and R6, crypt filters, /EncryptMetadata false)
// are decrypted here, not by the parser, which derives wrong RC4-40 keys
// and knows no AES-256: security.go finds the file key from the empty
// user password, then from Options.Password as the user's or the owner's;
// decrypt*.go rewrite every string and stream in place, at the same
// offsets, and hand the parser a plain file. A password that is needed
// and missing is ErrEncrypted, "needs a password".
//
// # Damaged cross references
//
// A file the parser cannot open (its cross-reference table missing, at
// the wrong offsets, its startxref or %%EOF lost) gets a new
// cross-reference section appended, built by scanning its objects in
// order and taking the last trailer that names a /Root (xref_repair.go);
// the rebuilt file is kept only if the parser opens it, with a warning.
//
// # Scanned pages
//
// A page of images without text (a scan) is read by OCR where Tesseract,
// with its French model, and poppler's pdftoppm are on PATH (Debian
// tesseract-ocr, tesseract-ocr-fra, poppler-utils): pdftoppm renders the
// page at 300 dpi from the plain document on its standard input, Tesseract
// reads the image on its own and answers hOCR, each page under its own
// deadline, no file written (ocr.go). Its words become glyphs on their
// lines' baselines (hocr.go), with the bullets Tesseract drops found in the
// image (bullets.go), and go through the same layout as text; a warning
// names the pages read by OCR. Without the programs a scan is ErrNoText,
// naming the packages to install.
//
// # Damaged starts
//
// A header after some junk (within the first KB) or lost altogether, and a
// stream whose /Length stops before its endstream, are read as poppler
// reads them (header.go), with a warning.
//
// # Robustness and isolation
//
// Read never panics: the parser's panics become ErrDamaged, and the
// errors are sentinels (errors.go) wrapped with detail. Read also guards
// against what it can see coming: cross-reference claims that would make
// the parser allocate without bound, and cyclic page trees (the page tree
// is walked here, depth- and visit-bounded, not with Reader.Page, which
// loops forever on some files). What it cannot guard against — an
// allocation that kills the process, an endless loop inside the parser —
// Isolated contains (worker.go): each document is read in a child process
// (the same binary, calling ServeWorker) with a memory cap and a kill
// timeout, and a crash or a timeout becomes an error for that file alone.
// A worker that OCRs tells its parent before each page (a byte on a pipe,
// file descriptor 3), which gives it one page's deadline more. Options,
// the password among them, reach the worker in its environment (readable
// by the same user only, unlike a command line), which the worker clears
// before it runs any program.
package pdftext
