package pdftext

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// A cross-reference table that is missing, points at wrong offsets, or
// lost its startxref and %%EOF is rebuilt from the objects: the document
// reads as the intact file does, with a warning. Object streams (and
// their encryption) survive the rebuild.
func TestXrefRepair(t *testing.T) {
	lo := readBytes(t, "testdata/fixtures/d3_paca_dejavu.pdf")
	objstm := readBytes(t, "testdata/encryption/r6_aes256_objstm.pdf")
	cut := func(b []byte, from string) []byte {
		i := bytes.LastIndex(b, []byte(from))
		if i < 0 {
			t.Fatalf("no %q", from)
		}
		return append([]byte{}, b[:i]...)
	}
	// Every offset of the table moved 7 bytes on.
	shifted := regexp.MustCompile(`(?m)^(\d{10}) (\d{5}) n`).ReplaceAllFunc(lo, func(m []byte) []byte {
		off, _ := strconv.Atoi(string(m[:10]))
		return []byte(strings.Replace(string(m), string(m[:10]), pad10(off+7), 1))
	})
	cases := []struct {
		name       string
		data, want []byte
	}{
		{"no table, no trailer", cut(lo, "\nxref"), lo},
		{"offsets wrong", shifted, lo},
		{"no startxref, no %%EOF", cut(lo, "startxref"), lo},
		{"object streams, encrypted, no startxref", cut(objstm, "startxref"), objstm},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if opens(c.data) {
				t.Fatal("the damaged file opens as it is: the case tests nothing")
			}
			want, err := Read(c.want, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read(c.data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.PlainText() != want.PlainText() {
				t.Errorf("text differs from the intact file's")
			}
			if !strings.Contains(strings.Join(got.Warnings, "; "), "rebuilt") {
				t.Errorf("no warning of the rebuild: %q", got.Warnings)
			}
		})
	}
	// The intact files are not rebuilt.
	for _, b := range [][]byte{lo, objstm} {
		if doc, err := Read(b, Options{}); err != nil || strings.Contains(strings.Join(doc.Warnings, "; "), "rebuilt") {
			t.Errorf("an intact file: err %v, warnings %q", err, doc.Warnings)
		}
	}
}

func pad10(n int) string {
	s := strconv.Itoa(n)
	return strings.Repeat("0", 10-len(s)) + s
}
