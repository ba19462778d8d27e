package pdftext

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
)

// Every revision and cipher of the standard security handler, made by
// qpdf from one plain file (testdata/encryption/make.sh): each must read
// as the plain file does, title included, and the encryption dictionary
// must be the one the case names, so that a fixture rebuilt differently
// cannot pass for another.
func TestDecryptRevisions(t *testing.T) {
	plain, err := Read(readBytes(t, "testdata/encryption/plain.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain.PlainText(), "(CLS)") || plain.Title != "Contrat local de santé (CLS) du Pays test" {
		t.Fatalf("plain.pdf reads as %q, title %q", plain.PlainText(), plain.Title)
	}
	cases := []struct {
		file     string
		password string
		v, r     int
		stm      cipherKind
		owner    bool
	}{
		{"r2_rc4_40.pdf", "", 1, 2, cipherRC4, false},
		{"r3_rc4_128.pdf", "", 2, 3, cipherRC4, false},
		{"r4_rc4_128.pdf", "", 4, 4, cipherRC4, false},
		{"r4_aes128.pdf", "", 4, 4, cipherAESV2, false},
		{"r4_aes128_clear_metadata.pdf", "", 4, 4, cipherAESV2, false},
		{"r5_aes256.pdf", "", 5, 5, cipherAESV3, false},
		{"r6_aes256.pdf", "", 5, 6, cipherAESV3, false},
		{"r6_aes256_objstm.pdf", "", 5, 6, cipherAESV3, false},
		{"r6_aes256_clear_metadata.pdf", "", 5, 6, cipherAESV3, false},
		{"r3_rc4_128_user.pdf", "utilisateur", 2, 3, cipherRC4, false},
		{"r3_rc4_128_user.pdf", "proprietaire", 2, 3, cipherRC4, true},
		{"r6_aes256_user.pdf", "utilisateur", 5, 6, cipherAESV3, false},
		{"r6_aes256_user.pdf", "proprietaire", 5, 6, cipherAESV3, true},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.password, func(t *testing.T) {
			data := readBytes(t, "testdata/encryption/"+c.file)
			d := encryptDictOf(t, data)
			if d.v != c.v || d.r != c.r || d.stm != c.stm || d.str != c.stm {
				t.Fatalf("V %d R %d StmF %d StrF %d, want V %d R %d cipher %d", d.v, d.r, d.stm, d.str, c.v, c.r, c.stm)
			}
			sec, err := newSecurity(d, c.password)
			if err != nil || sec.usedOwner != c.owner {
				t.Fatalf("newSecurity: %v (owner %v, want %v)", err, sec != nil && sec.usedOwner, c.owner)
			}
			out, err := decryptDocument(data, c.password)
			if err != nil {
				t.Fatal(err)
			}
			// The XMP packet is readable whether it was encrypted or
			// left clear (/EncryptMetadata false): both ways are right.
			if !bytes.Contains(metadata(t, out), []byte("<dc:title>CLS</dc:title>")) {
				t.Error("metadata stream not readable after decryption")
			}
			doc, err := Read(data, Options{Password: c.password})
			if err != nil {
				t.Fatal(err)
			}
			if doc.PlainText() != plain.PlainText() || doc.Title != plain.Title {
				t.Errorf("reads as %q, title %q; want %q, %q", doc.PlainText(), doc.Title, plain.PlainText(), plain.Title)
			}
		})
	}
}

// A document that needs a password says so, with or without a wrong one;
// the right one opens it (LibreOffice's document-open password, AES-256).
func TestDecryptNeedsPassword(t *testing.T) {
	lo := "../../testdata/pdf/broken-encrypted.pdf"
	cases := []struct {
		file, password string
		says           string
	}{
		{"testdata/encryption/r3_rc4_128_user.pdf", "", "RC4-128 needs a password"},
		{"testdata/encryption/r6_aes256_user.pdf", "", "needs a password"},
		{"testdata/encryption/r6_aes256_user.pdf", "mauvais", "needs a password (the one given does not open it)"},
		{lo, "", "needs a password"},
		{lo, "secret", ""},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.password, func(t *testing.T) {
			doc, err := Read(readBytes(t, c.file), Options{Password: c.password})
			if c.says == "" {
				if err != nil || !strings.Contains(doc.PlainText(), "Agen") {
					t.Fatalf("err %v", err)
				}
				return
			}
			if !errors.Is(err, ErrEncrypted) || !strings.Contains(err.Error(), c.says) {
				t.Errorf("err = %v, want ErrEncrypted saying %q", err, c.says)
			}
		})
	}
}

func readBytes(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// encryptDictOf reads a file's encryption dictionary as decryptDocument
// does.
func encryptDictOf(t *testing.T, data []byte) *encryptDict {
	t.Helper()
	c := append([]byte{}, data...)
	for _, k := range reEncryptKey.FindAllIndex(c, -1) {
		c[k[0]+7] = '_'
	}
	d, err := readEncryptDict(c)
	if err != nil || d == nil {
		t.Fatalf("encryption dictionary: %v", err)
	}
	return d
}

// metadata is the decoded XMP stream of a decrypted file.
func metadata(t *testing.T, data []byte) []byte {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rd := r.Trailer().Key("Root").Key("Metadata").Reader()
	defer rd.Close()
	b, _ := io.ReadAll(rd)
	return b
}

// A document whose only encrypted parts are its attachments (/StmF and
// /StrF Identity, /EFF for embedded files, AuthEvent /EFOpen) reads
// without the password that the attachments need.
func TestDecryptAttachmentsOnly(t *testing.T) {
	doc, err := Read(readBytes(t, "testdata/torture/auth-event-ef-open.pdf"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) == 0 {
		t.Error("no text")
	}
}
