package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// --password opens a PDF encrypted with a document-open password, in every
// command that reads PDFs, as does $CLSX_PDF_PASSWORD; a wrong one leaves it
// failed as encrypted.
func TestPasswordOpensEncryptedPDF(t *testing.T) {
	pdf := filepath.Join("../../testdata/pdf", "broken-encrypted.pdf") // password "secret"
	for _, c := range []struct {
		name     string
		args     []string
		env      string
		code     int
		inStdout string
		inStderr string
	}{
		{"no password", []string{"extract", "--format", "csv", pdf}, "", exitPartial, "encrypted: encrypted PDF: RC4-128 needs a password", ""},
		{"wrong password", []string{"extract", "--format", "csv", "--password", "wrong", pdf}, "", exitPartial, ",encrypted: ", ""},
		{"extract", []string{"extract", "--format", "csv", "--password", "secret", pdf}, "", exitOK, "agglomeration-d-agen-2019", ""},
		{"environment", []string{"extract", "--format", "csv", pdf}, "secret", exitOK, "agglomeration-d-agen-2019", ""},
		{"flag before environment", []string{"extract", "--format", "csv", "--password", "wrong", pdf}, "secret", exitPartial, ",encrypted: ", ""},
		{"show", []string{"show", "--password", "secret", pdf}, "", exitOK, "{c1.signed}", ""},
		{"index", []string{"index", "--index", "IX", "--password", "secret", pdf}, "", exitOK, "", "indexed 1 contracts"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv(passwordEnv, c.env)
			args := append([]string(nil), c.args...)
			for i, a := range args {
				if a == "IX" {
					args[i] = filepath.Join(t.TempDir(), "ix")
				}
			}
			out, stderr, code := runCLI(t, args...)
			if code != c.code || !strings.Contains(out, c.inStdout) || !strings.Contains(stderr, c.inStderr) {
				t.Errorf("exit %d (want %d)\nstdout %.300q\nstderr %q", code, c.code, out, stderr)
			}
		})
	}
}
