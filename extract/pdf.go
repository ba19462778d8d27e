package extract

import (
	"github.com/clsx/clsx/extract/pdftext"
	"github.com/clsx/clsx/extract/textdoc"
)

// readPDFInProcess is the PDF reader used when Options.ReadPDF is nil: in this
// process, panics recovered, but time and memory unbounded (see
// pdftext.Isolated for untrusted files).
func readPDFInProcess(data []byte) (*textdoc.Document, error) {
	return pdftext.Read(data, pdftext.Options{})
}
