package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io/fs"
	"strings"

	"github.com/clsx/clsx/extract/htmltext"
	"github.com/clsx/clsx/extract/officetext"
	"github.com/clsx/clsx/extract/pdftext"
)

// DocError says why a document could not be read: a code a program can
// test (shared/spec/output.md lists them) and a message for people.
type DocError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Error codes of DocError.
const (
	CodeNotFound    = "not_found"
	CodeUnsupported = "unsupported"
	CodeNotPDF      = "not_pdf"
	CodeEncrypted   = "encrypted"
	CodeDamaged     = "damaged"
	CodeNoText      = "no_text"
	CodeTooLarge    = "too_large"
	CodeTimeout     = "timeout"
	CodeCrashed     = "crashed"
	CodeInvalid     = "invalid"
)

// errorCodes maps the readers' sentinel errors to their code, in the order
// they are tried.
var errorCodes = []struct {
	err  error
	code string
}{
	{fs.ErrNotExist, CodeNotFound},
	{ErrTooLarge, CodeTooLarge},
	{ErrBinary, CodeUnsupported},
	{pdftext.ErrNotPDF, CodeNotPDF},
	{pdftext.ErrEncrypted, CodeEncrypted},
	{pdftext.ErrDamaged, CodeDamaged},
	{pdftext.ErrNoText, CodeNoText},
	{pdftext.ErrTooManyPages, CodeTooLarge},
	{pdftext.ErrTimeout, CodeTimeout},
	{pdftext.ErrWorkerCrashed, CodeCrashed},
	{officetext.ErrUnsupported, CodeUnsupported},
	{officetext.ErrNotOffice, CodeUnsupported},
	{officetext.ErrDamaged, CodeDamaged},
	{officetext.ErrTooLarge, CodeTooLarge},
	{officetext.ErrNoText, CodeNoText},
	{htmltext.ErrNoContent, CodeNoText},
}

// ErrorCode is the DocError code of an error of FromBytes or of reading a
// file: "invalid" for an error no reader names.
func ErrorCode(err error) string {
	for _, c := range errorCodes {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return CodeInvalid
}

// Failed is the record of a document that could not be read: listed like
// the others, so that a program reading the records sees every input, with
// no contract and the error that stopped it. data is what was read of it
// (nil if nothing was): its SHA-256 and content type are given from it.
// The message drops the source's name, which the record already gives.
func Failed(source string, data []byte, err error) *Document {
	msg := strings.TrimPrefix(err.Error(), source+": ")
	doc := &Document{
		Source:    source,
		Contracts: []Contract{},
		Warnings:  []string{},
		Error:     &DocError{Code: ErrorCode(err), Message: msg},
	}
	if data != nil {
		sum := sha256.Sum256(data)
		doc.SHA256 = hex.EncodeToString(sum[:])
		doc.ContentType = contentType(data)
	}
	return doc
}

// contentType is the media type of a document's bytes as FromBytes tells
// them apart.
func contentType(data []byte) string {
	switch sniff(data) {
	case "pdf":
		return "application/pdf"
	case "html":
		return "text/html"
	case "office":
		return officetext.MediaType(data)
	case "binary":
		return "application/octet-stream"
	}
	return "text/plain"
}
