package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/clsx/clsx/extract/pdftext"
	"github.com/clsx/clsx/extract/textdoc"
)

// pdfWorkerCommand is the hidden command a child process runs to read one PDF
// (on its standard input) for the parent. A PDF parser can loop forever or
// allocate without bound on a malformed file, which no recover() stops: in a
// child process with a memory cap and a deadline, that costs one document's
// error, not the batch.
const pdfWorkerCommand = "__pdf-worker"

// pdfTimeout bounds the reading of one PDF: a 500-page contract reads in a
// few seconds.
const pdfTimeout = 60 * time.Second

func cmdPDFWorker() int {
	if err := pdftext.ServeWorker(os.Stdin, os.Stdout, pdftext.Options{}); err != nil {
		fmt.Fprintln(os.Stderr, "clsx pdf worker:", err)
		return exitPartial
	}
	return exitOK
}

// isolatedPDFReader reads each PDF in a child process running this very
// binary, trying password on encrypted ones after the empty password. The
// worker gets the password in its environment (pdftext.Isolated), never on
// its command line, which every user of the machine can list. Where the
// binary cannot be found again (a rare platform case), PDFs are read in
// process, recovered but unbounded.
func isolatedPDFReader(password string) func([]byte) (*textdoc.Document, error) {
	exe, err := os.Executable()
	if err != nil {
		return func(data []byte) (*textdoc.Document, error) {
			return pdftext.Read(data, pdftext.Options{Password: password})
		}
	}
	w := &pdftext.Isolated{Command: []string{exe, pdfWorkerCommand}, Timeout: pdfTimeout}
	w.Password = password
	return func(data []byte) (*textdoc.Document, error) {
		return w.Read(context.Background(), data)
	}
}
