package main

import (
	"os"
	"testing"
)

// TestMain lets the test binary stand in for clsx when a command re-executes
// itself (the PDF worker): the child gets the worker, not the tests.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == pdfWorkerCommand {
		os.Exit(cmdPDFWorker())
	}
	os.Exit(m.Run())
}
