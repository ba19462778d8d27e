package main

import (
	"os"
	"testing"
)

// TestMain lets the test binary stand in for clsx when a command re-executes
// itself (the PDF worker): the child gets the worker, not the tests. With
// CLSX_TEST_AS_CLSX=1 it is clsx itself, for tests that need a real process
// (a pseudo-terminal).
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == pdfWorkerCommand {
		os.Exit(cmdPDFWorker())
	}
	if os.Getenv("CLSX_TEST_AS_CLSX") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
