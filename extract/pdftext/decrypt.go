package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// Decryption happens before the parser sees the file: decryptDocument
// returns a copy in which every encrypted string and stream is replaced,
// in place and at the same offsets, by its plaintext, and the trailer's
// /Encrypt key is renamed so that the parser reads the copy as an
// unencrypted file. The parser's own decryption cannot be fixed from
// outside (it derives RC4-40 object keys at the wrong length and knows no
// AES-256), and rewriting at the same offsets keeps every cross-reference
// valid, object streams included: they are streams like any other, and
// the objects inside them are not encrypted again.

// reEncryptKey finds the /Encrypt key (not /EncryptMetadata).
var reEncryptKey = regexp.MustCompile(`/Encrypt[\s/<\[\]>(0-9%]`)

// reEncryptRef finds the encryption dictionary's object number, so that
// its own strings (/O, /U…), which are never encrypted, stay as they are.
var reEncryptRef = regexp.MustCompile(`/Encrypt\s+(\d+)\s+\d+\s+R`)

// decryptDocument decrypts data, trying the empty user password first,
// then password as the user's and as the owner's. Data without an
// /Encrypt in its trailer comes back as it is.
func decryptDocument(data []byte, password string) ([]byte, error) {
	keys := reEncryptKey.FindAllIndex(data, -1)
	if len(keys) == 0 {
		return data, nil
	}
	out := append([]byte{}, data...)
	for _, k := range keys {
		out[k[0]+7] = '_' // "/Encrypt" → "/Encryp_", same length
	}
	d, err := readEncryptDict(out)
	if d == nil || err != nil {
		return data, err
	}
	if d.stm == cipherNone && d.str == cipherNone {
		// Only embedded files are encrypted (/EFF, AuthEvent /EFOpen):
		// the pages read without a key, whatever the password.
		return out, nil
	}
	passwords := []string{""}
	if password != "" {
		passwords = append(passwords, password)
	}
	sec, err := newSecurity(d, passwords...)
	if errors.Is(err, errWrongPassword) {
		msg := "needs a password"
		if password != "" {
			msg += " (the one given does not open it)"
		}
		return nil, fmt.Errorf("%w: %s %s", ErrEncrypted, encryptionName(data), msg)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrEncrypted, encryptionName(data), err)
	}
	rw := &rewriter{b: out, sec: sec, skip: map[int]bool{}}
	for _, m := range reEncryptRef.FindAllSubmatch(data, -1) {
		if n, err := strconv.Atoi(string(m[1])); err == nil {
			rw.skip[n] = true
		}
	}
	rw.run()
	// The renaming must not touch plaintext: put back the bytes of any
	// match that fell inside a stream (in ciphertext, by chance).
	for _, k := range keys {
		if rw.inStream(k[0] + 7) {
			out[k[0]+7] = data[k[0]+7]
		}
	}
	return out, nil
}

// readEncryptDict opens data (its /Encrypt already renamed) with the
// parser and reads the encryption dictionary and the file's first /ID.
// nil and no error: the trailer has no encryption dictionary after all.
func readEncryptDict(data []byte) (d *encryptDict, err error) {
	defer func() {
		if x := recover(); x != nil {
			d, err = nil, fmt.Errorf("%w: reading the encryption dictionary: %v", ErrDamaged, x)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, classifyOpenError(data, err)
	}
	e := r.Trailer().Key("Encryp_")
	if e.Kind() != pdf.Dict {
		return nil, nil
	}
	if f := e.Key("Filter").Name(); f != "Standard" {
		return nil, fmt.Errorf("%w: security handler /%s is not supported (only /Standard)", ErrEncrypted, f)
	}
	d = &encryptDict{
		v:               int(e.Key("V").Int64()),
		r:               int(e.Key("R").Int64()),
		lengthBits:      int(e.Key("Length").Int64()),
		o:               []byte(e.Key("O").RawString()),
		u:               []byte(e.Key("U").RawString()),
		oe:              []byte(e.Key("OE").RawString()),
		ue:              []byte(e.Key("UE").RawString()),
		p:               int32(uint32(e.Key("P").Int64())),
		id0:             []byte(r.Trailer().Key("ID").Index(0).RawString()),
		encryptMetadata: true,
	}
	if m := e.Key("EncryptMetadata"); m.Kind() == pdf.Bool {
		d.encryptMetadata = m.Bool()
	}
	if d.r < 2 || d.r > 6 || d.v < 1 || d.v == 3 || d.v > 5 {
		return nil, fmt.Errorf("%w: standard security handler V %d R %d is not supported", ErrEncrypted, d.v, d.r)
	}
	d.stm, d.str = cipherRC4, cipherRC4
	if d.v >= 4 {
		// Crypt filters name the ciphers; a missing one is Identity.
		cf := e.Key("CF")
		filter := func(name string) cipherKind {
			if name == "" || name == "Identity" {
				return cipherNone
			}
			f := cf.Key(name)
			if f.Key("Length").Int64() > 0 && name == e.Key("StmF").Name() {
				d.stmLenBytes = int(f.Key("Length").Int64())
			}
			switch f.Key("CFM").Name() {
			case "V2":
				return cipherRC4
			case "AESV2":
				return cipherAESV2
			case "AESV3":
				return cipherAESV3
			}
			return cipherNone
		}
		d.stm, d.str = filter(e.Key("StmF").Name()), filter(e.Key("StrF").Name())
	}
	return d, nil
}
