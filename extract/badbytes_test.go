package extract

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// A plain-text contract with one byte that is not UTF-8 keeps its text and
// its contract: the byte is read as Windows-1252 where it stands, and a
// warning counts it. A file mostly not UTF-8 is read whole as Windows-1252.
func TestStrayBytesRepairedLocally(t *testing.T) {
	clean, err := os.ReadFile("../testdata/seeds/agen.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := FromBytes("agen.txt", clean, Options{})
	if err != nil || len(want.Contracts) == 0 {
		t.Fatalf("the clean seed: %v", err)
	}
	i := strings.Index(string(clean), "Agglomération") + len("Agglomération")
	stray := append(append(append([]byte{}, clean[:i]...), 0xff, 0x92), clean[i:]...) // ÿ and ’ in Windows-1252
	latin, err := charmap.Windows1252.NewEncoder().Bytes([]byte(strings.ReplaceAll(string(clean), "\u2009", " ")))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		data    []byte
		text    string
		warning string
	}{
		{"two stray bytes", stray, "Agglomérationÿ' d'Agen", "2 bytes"},
		{"a Windows-1252 file", latin, "Agglomération d'Agen", "read as Windows-1252"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, err := FromBytes("agen.txt", c.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, c.text) || strings.Contains(doc.Text, "Ã") {
				t.Errorf("text garbled: %.300q", doc.Text)
			}
			if !strings.Contains(strings.Join(doc.Warnings, "; "), c.warning) {
				t.Errorf("warnings %q do not say %q", doc.Warnings, c.warning)
			}
			if len(doc.Contracts) != len(want.Contracts) || *doc.Contracts[0].Territory != *want.Contracts[0].Territory {
				t.Errorf("the contract is lost: %d contracts", len(doc.Contracts))
			}
		})
	}
}
