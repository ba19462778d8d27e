package pdftext

import (
	"context"
	"strings"
	"testing"
)

// The worker takes its options, the password among them, from its
// environment and clears them there, so that the programs it runs (OCR)
// do not inherit the password; the password opens the document.
func TestWorkerClearsOptionsFromEnvironment(t *testing.T) {
	w := testWorker(t)
	w.Env = []string{workerEnv + "=envcheck"}
	w.Password = "utilisateur"
	doc, err := w.Read(context.Background(), []byte(readFile(t, "testdata/encryption/r6_aes256_user.pdf")))
	if err != nil {
		t.Fatal(err) // "still set" on the worker's stderr if it kept them
	}
	if !strings.Contains(doc.PlainText(), "(CLS)") {
		t.Errorf("not opened with the password: %.100q", doc.PlainText())
	}
}
