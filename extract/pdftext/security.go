package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"unicode/utf8"
)

// The standard security handler of ISO 32000-1 §7.6.3 and ISO 32000-2
// §7.6.4: from the encryption dictionary and a password, the file key;
// from the file key and an object's number, the key of each string and
// stream. Published French documents are mostly "protected" against
// printing or copying with an empty user password, which is no secret:
// the file key follows from the dictionary alone, and the text is ours to
// read.

// cipherKind is how a crypt filter encrypts.
type cipherKind uint8

const (
	cipherNone  cipherKind = iota // Identity, or CFM /None
	cipherRC4                     // CFM /V2, and V 1–3
	cipherAESV2                   // AES-128 with per-object keys
	cipherAESV3                   // AES-256 with the file key
)

// encryptDict is what the handler needs of the encryption dictionary and
// the trailer's /ID.
type encryptDict struct {
	v, r, lengthBits int
	o, u, oe, ue     []byte
	p                int32
	id0              []byte
	encryptMetadata  bool
	stm, str         cipherKind // the ciphers of /StmF and /StrF
	stmLenBytes      int        // a V4 crypt filter's key /Length, bytes
}

// security decrypts the strings and streams of one document.
type security struct {
	key       []byte // the file key
	stm, str  cipherKind
	encMeta   bool
	usedOwner bool // the password given opened it as the owner's
}

// padding is the 32-byte string of Algorithm 2 that pads passwords.
var padding = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

var errWrongPassword = errors.New("wrong password")

// newSecurity finds the file key for one of the passwords, the empty one
// tried first; errWrongPassword if none opens the document.
func newSecurity(d *encryptDict, passwords ...string) (*security, error) {
	s := &security{stm: d.stm, str: d.str, encMeta: d.encryptMetadata}
	for _, pw := range passwords {
		var key []byte
		var owner bool
		var err error
		if d.r >= 5 {
			key, owner, err = fileKeyV5(d, pw)
		} else {
			key, owner, err = fileKeyV2(d, pw)
		}
		if err == nil {
			s.key, s.usedOwner = key, owner
			return s, nil
		}
		if !errors.Is(err, errWrongPassword) {
			return nil, err
		}
	}
	return nil, errWrongPassword
}

// keyLength is the RC4/AES-128 file key length in bytes (5 for R2).
func (d *encryptDict) keyLength() int {
	if d.r == 2 {
		return 5
	}
	n := d.lengthBits / 8
	if n == 0 && d.stmLenBytes > 0 {
		n = d.stmLenBytes
	}
	if n < 5 || n > 16 {
		if d.v >= 4 {
			return 16
		}
		return 5
	}
	return n
}

// latin1 is a password as the bytes R2–R4 hash: PDFDocEncoding, which
// agrees with Latin-1 on the characters one types.
func latin1(pw string) []byte {
	out := make([]byte, 0, len(pw))
	for _, r := range pw {
		if r > 0xff {
			return []byte(pw)
		}
		out = append(out, byte(r))
	}
	return out
}

// padPassword is Algorithm 2 step a.
func padPassword(pw []byte) []byte {
	out := make([]byte, 32)
	n := copy(out, pw)
	copy(out[n:], padding)
	return out
}

// fileKeyV2 is Algorithm 2 (R2–R4), trying pw as the user password, then
// as the owner password (Algorithm 7 recovers the user's from /O).
func fileKeyV2(d *encryptDict, pw string) ([]byte, bool, error) {
	if len(d.o) < 32 || len(d.u) < 16 {
		return nil, false, fmt.Errorf("/O or /U too short (%d, %d bytes)", len(d.o), len(d.u))
	}
	p := latin1(pw)
	if key := userKeyV2(d, p); key != nil {
		return key, false, nil
	}
	// Owner: the RC4 key from the owner password decrypts /O into the
	// padded user password.
	n := d.keyLength()
	h := md5.Sum(padPassword(p))
	ok := h[:]
	if d.r >= 3 {
		for range 50 {
			h = md5.Sum(ok[:n])
			ok = h[:]
		}
	}
	user := append([]byte{}, d.o[:32]...)
	if d.r == 2 {
		rc4XOR(ok[:n], user)
	} else {
		k := make([]byte, n)
		for i := 19; i >= 0; i-- {
			for j := range k {
				k[j] = ok[j] ^ byte(i)
			}
			rc4XOR(k, user)
		}
	}
	if key := userKeyV2(d, user); key != nil {
		return key, true, nil
	}
	return nil, false, errWrongPassword
}

// userKeyV2 computes the file key from a user password and checks it
// against /U (Algorithms 2, 4 and 5); nil if it does not match.
func userKeyV2(d *encryptDict, pw []byte) []byte {
	n := d.keyLength()
	m := md5.New()
	m.Write(padPassword(pw))
	m.Write(d.o[:32])
	binary.Write(m, binary.LittleEndian, d.p)
	m.Write(d.id0)
	if d.r >= 4 && !d.encryptMetadata {
		m.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := m.Sum(nil)
	if d.r >= 3 {
		for range 50 {
			s := md5.Sum(key[:n])
			key = s[:]
		}
	}
	key = key[:n]
	if d.r == 2 {
		u := append([]byte{}, padding...)
		rc4XOR(key, u)
		if bytes.Equal(u, d.u[:32]) || len(d.u) < 32 && bytes.Equal(u[:len(d.u)], d.u) {
			return key
		}
		return nil
	}
	h := md5.Sum(append(append([]byte{}, padding...), d.id0...))
	u := h[:]
	k := make([]byte, n)
	for i := 0; i < 20; i++ {
		for j := range k {
			k[j] = key[j] ^ byte(i)
		}
		rc4XOR(k, u)
	}
	if bytes.Equal(u, d.u[:16]) {
		return key
	}
	return nil
}

// fileKeyV5 is Algorithm 2.A (R5 and R6): the password is checked against
// /U (then /O) with its validation salt, and the file key decrypted from
// /UE (/OE) with a key hashed with the key salt.
func fileKeyV5(d *encryptDict, pw string) ([]byte, bool, error) {
	if len(d.u) < 48 || len(d.o) < 48 || len(d.ue) < 32 || len(d.oe) < 32 {
		return nil, false, fmt.Errorf("/O, /U, /OE or /UE too short for R%d", d.r)
	}
	p := []byte(pw)
	if len(p) > 127 {
		// Truncated at 127 bytes, on a character boundary.
		p = p[:127]
		for len(p) > 0 && !utf8.Valid(p) {
			p = p[:len(p)-1]
		}
	}
	u, o := d.u[:48], d.o[:48]
	// try checks the password's hash with the validation salt against
	// want, then decrypts enc with the hash with the key salt.
	try := func(want, vsalt, ksalt, udata, enc []byte) []byte {
		if !bytes.Equal(d.hashV5(p, vsalt, udata), want) {
			return nil
		}
		return aesCBCNoPad(d.hashV5(p, ksalt, udata), enc[:32])
	}
	if key := try(u[:32], u[32:40], u[40:48], nil, d.ue); key != nil {
		return key, false, nil
	}
	if key := try(o[:32], o[32:40], o[40:48], u, d.oe); key != nil {
		return key, true, nil
	}
	return nil, false, errWrongPassword
}

// hashV5 is SHA-256 for R5 and Algorithm 2.B for R6.
func (d *encryptDict) hashV5(pw, salt, udata []byte) []byte {
	h := sha256.New()
	h.Write(pw)
	h.Write(salt)
	h.Write(udata)
	k := h.Sum(nil)
	if d.r < 6 {
		return k
	}
	return hash2B(k, pw, udata)
}

// hash2B is the iterated hash of ISO 32000-2 Algorithm 2.B: at least 64
// rounds of AES-128 over 64 repeats of (password, K, user data), each
// round's hash chosen (SHA-256/384/512) by the encrypted bytes.
func hash2B(k, pw, udata []byte) []byte {
	var k1, e []byte
	for round := 0; ; round++ {
		unit := len(pw) + len(k) + len(udata)
		k1 = k1[:0]
		for range 64 {
			k1 = append(k1, pw...)
			k1 = append(k1, k...)
			k1 = append(k1, udata...)
		}
		block, _ := aes.NewCipher(k[:16])
		e = make([]byte, 64*unit)
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var h hash.Hash
		switch sum % 3 {
		case 0:
			h = sha256.New()
		case 1:
			h = sha512.New384()
		default:
			h = sha512.New()
		}
		h.Write(e)
		k = h.Sum(nil)
		if round >= 63 && int(e[len(e)-1]) <= round-31 {
			break
		}
	}
	return k[:32]
}

// aesCBCNoPad decrypts whole blocks with a zero IV (/UE, /OE).
func aesCBCNoPad(key, data []byte) []byte {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	out := make([]byte, len(data)/16*16)
	cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(out, data[:len(out)])
	return out
}

func rc4XOR(key, data []byte) {
	c, err := rc4.NewCipher(key)
	if err != nil {
		return
	}
	c.XORKeyStream(data, data)
}

// objectKey is Algorithm 1: the file key extended with the object number
// and generation (and "sAlT" for AES), hashed, cut to n+5 bytes.
func (s *security) objectKey(num, gen int, aesKey bool) []byte {
	m := md5.New()
	m.Write(s.key)
	m.Write([]byte{byte(num), byte(num >> 8), byte(num >> 16), byte(gen), byte(gen >> 8)})
	if aesKey {
		m.Write([]byte("sAlT"))
	}
	return m.Sum(nil)[:min(len(s.key)+5, 16)]
}

// decrypt decrypts one string or stream of object num gen with cipher c.
// Damaged ciphertext (AES not in whole blocks, bad padding) decrypts as
// far as it can: a reader of text keeps what it can read.
func (s *security) decrypt(c cipherKind, num, gen int, data []byte) []byte {
	switch c {
	case cipherRC4:
		out := append([]byte{}, data...)
		rc4XOR(s.objectKey(num, gen, false), out)
		return out
	case cipherAESV2:
		return aesCBC(s.objectKey(num, gen, true), data)
	case cipherAESV3:
		return aesCBC(s.key, data)
	}
	return data
}

// aesCBC decrypts AES-CBC data whose first block is the IV, removing the
// PKCS#5 padding.
func aesCBC(key, data []byte) []byte {
	if len(data) < 32 {
		// An IV and nothing, or less: an empty string (writers encrypt
		// "" as an IV and one block of padding, 32 bytes).
		return nil
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil
	}
	body := data[16 : 16+(len(data)-16)/16*16]
	out := make([]byte, len(body))
	cipher.NewCBCDecrypter(block, data[:16]).CryptBlocks(out, body)
	if n := int(out[len(out)-1]); n >= 1 && n <= 16 && len(data)%16 == 0 {
		out = out[:len(out)-n]
	}
	return out
}
