package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Sentinel errors. Read and Isolated.Read wrap them with detail, so test
// with errors.Is; the caller adds the file name. Isolated carries the kind
// across the process boundary, so errors.Is works on its errors too.
var (
	// ErrNotPDF: the data does not start with a %PDF header.
	ErrNotPDF = errors.New("not a PDF")
	// ErrEncrypted: a password is needed, or the encryption is one the
	// parser cannot read (the message names it: AES-256, RC4-40…).
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrDamaged: truncated or unparseable; the message has the parser's.
	ErrDamaged = errors.New("damaged PDF")
	// ErrNoText: no page has text (an image-only, scanned document).
	ErrNoText = errors.New("no text in PDF")
	// ErrTooManyPages: more pages than Options.MaxPages.
	ErrTooManyPages = errors.New("too many pages")
	// ErrTimeout: the isolated worker did not finish in time and was killed.
	ErrTimeout = errors.New("PDF reading timed out")
	// ErrWorkerCrashed: the isolated worker died (out of memory, a fatal
	// runtime error, a signal) without an answer.
	ErrWorkerCrashed = errors.New("PDF worker crashed")
)

// kinds names the sentinels for the worker's JSON answer.
var kinds = map[string]error{
	"not_pdf":        ErrNotPDF,
	"encrypted":      ErrEncrypted,
	"damaged":        ErrDamaged,
	"no_text":        ErrNoText,
	"too_many_pages": ErrTooManyPages,
	"timeout":        ErrTimeout,
	"crashed":        ErrWorkerCrashed,
}

// kindOf is the kind name of err's sentinel, "damaged" for any other error.
func kindOf(err error) string {
	for k, s := range kinds {
		if errors.Is(err, s) {
			return k
		}
	}
	return "damaged"
}

// kindError is an error that came back from the worker: its message as the
// worker wrote it, and the sentinel it wraps.
type kindError struct {
	sentinel error
	msg      string
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.sentinel }

// classifyOpenError turns an error of pdf.NewReader into a sentinel error,
// naming the encryption when that is what stopped the parser.
func classifyOpenError(data []byte, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "not a PDF file: invalid header"):
		return fmt.Errorf("%w: %s", ErrNotPDF, msg)
	case strings.Contains(msg, "invalid password"):
		return fmt.Errorf("%w: %s needs a password", ErrEncrypted, encryptionName(data))
	}
	if hasEncrypt(data) {
		if m := encryptionName(data); m != "" {
			return fmt.Errorf("%w: %s is not supported by the parser (%s)", ErrEncrypted, m, msg)
		}
		return fmt.Errorf("%w: unsupported encryption (%s)", ErrEncrypted, msg)
	}
	return fmt.Errorf("%w: %s", ErrDamaged, msg)
}

func hasEncrypt(data []byte) bool {
	return bytes.Contains(data, []byte("/Encrypt"))
}

var (
	reFilterStd = regexp.MustCompile(`/Filter\s*/Standard`)
	reV         = regexp.MustCompile(`/V\s+(\d+)`)
	reR         = regexp.MustCompile(`/R\s+(\d+)`)
	reLength    = regexp.MustCompile(`/Length\s+(\d+)`)
	reCFM       = regexp.MustCompile(`/CFM\s*/(\w+)`)
)

// encryptionName reads the encryption dictionary's /V, /R, /Length and
// /CFM from the raw bytes (the dictionary is never compressed nor
// encrypted) and names the method: "RC4-40", "RC4-128", "AES-128",
// "AES-256"; "" if it cannot be found.
func encryptionName(data []byte) string {
	loc := reFilterStd.FindIndex(data)
	if loc == nil {
		if hasEncrypt(data) {
			return "non-standard security handler"
		}
		return ""
	}
	// The dictionary around the match.
	start := bytes.LastIndex(data[:loc[0]], []byte("<<"))
	end := bytes.Index(data[loc[1]:], []byte("endobj"))
	if start < 0 {
		start = loc[0]
	}
	if end < 0 {
		end = len(data) - loc[1]
	}
	if start < loc[0]-4096 {
		start = loc[0] - 4096
	}
	if end > 4096 {
		end = 4096
	}
	d := data[start : loc[1]+end]
	atoi := func(re *regexp.Regexp) int {
		m := re.FindSubmatch(d)
		if m == nil {
			return 0
		}
		n, _ := strconv.Atoi(string(m[1]))
		return n
	}
	v, r, length := atoi(reV), atoi(reR), atoi(reLength)
	cfm := ""
	if m := reCFM.FindSubmatch(d); m != nil {
		cfm = string(m[1])
	}
	if length > 0 && length <= 16 {
		length *= 8 // a crypt filter's /Length is in bytes
	}
	switch {
	case v >= 5 || r >= 5 || cfm == "AESV3":
		return fmt.Sprintf("AES-256 (V=%d R=%d)", v, r)
	case cfm == "AESV2":
		return "AES-128"
	case v == 1 || (length == 40 && v <= 2) || (length == 0 && v <= 1):
		return "RC4-40"
	case length > 0:
		return fmt.Sprintf("RC4-%d", length)
	}
	return fmt.Sprintf("RC4 (V=%d R=%d)", v, r)
}
