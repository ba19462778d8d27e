package extract

import (
	"errors"

	"github.com/clsx/clsx/extract/textdoc"
)

// readPDFInProcess is the PDF reader used when Options.ReadPDF is nil.
func readPDFInProcess(data []byte) (*textdoc.Document, error) {
	return nil, errors.New("PDF reader not available")
}
