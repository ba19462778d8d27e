package pdftext

import (
	"bytes"
	"encoding/hex"
	"regexp"
	"sort"
	"strconv"
)

// streamLength finds the length of the stream data at p: its /Length,
// direct or indirect, when "endstream" follows it; otherwise the bytes up
// to "endstream". lenTok is a direct /Length's digits, to rewrite.
func (rw *rewriter) streamLength(p int, top [][3]int) (n int, lenTok []byte) {
	b := rw.b
	n = -1
	v := rw.dictValue(top, "Length")
	if len(v) > 0 && v[0][0] == tWord {
		first, err := strconv.Atoi(string(b[v[0][1]:v[0][2]]))
		switch {
		case err != nil:
		case len(v) >= 3 && v[2][0] == tWord && string(b[v[2][1]:v[2][2]]) == "R":
			g, _ := strconv.Atoi(string(b[v[1][1]:v[1][2]]))
			if l, ok := rw.lengthObject(first, g); ok {
				n = l
			}
		default:
			n, lenTok = first, b[v[0][1]:v[0][2]]
		}
	}
	if n >= 0 && n <= len(b)-p && bytes.HasPrefix(bytes.TrimLeft(b[p+n:min(len(b), p+n+64)], " \t\r\n\f\x00"), []byte("endstream")) {
		return n, lenTok
	}
	i := bytes.Index(b[p:], []byte("endstream"))
	if i < 0 {
		if n >= 0 && n <= len(b)-p {
			return n, lenTok
		}
		return 0, nil
	}
	// The end of line before "endstream" is not data. AES data is whole
	// blocks, which settles a final CR or LF; otherwise one EOL goes.
	aes := rw.sec != nil && (rw.sec.stm == cipherAESV2 || rw.sec.stm == cipherAESV3)
	for k := 0; k < 2 && i > 0 && (b[p+i-1] == '\n' || b[p+i-1] == '\r'); k++ {
		if aes && i%16 == 0 {
			break
		}
		i--
		if !aes && !(b[p+i-1] == '\r' && b[p+i] == '\n') {
			break
		}
	}
	return i, lenTok
}

var reIntObject = regexp.MustCompile(`(\d{1,10})\s+(\d{1,5})\s+obj\s*(\d{1,12})\s*endobj`)

// lengthObject is the value of integer object num gen (an indirect
// /Length), the last definition winning as in incremental updates.
func (rw *rewriter) lengthObject(num, gen int) (int, bool) {
	if rw.lengths == nil {
		rw.lengths = map[[2]int]int{}
		for _, m := range reIntObject.FindAllSubmatch(rw.b, -1) {
			n, _ := strconv.Atoi(string(m[1]))
			g, _ := strconv.Atoi(string(m[2]))
			v, err := strconv.Atoi(string(m[3]))
			if err == nil {
				rw.lengths[[2]int{n, g}] = v
			}
		}
	}
	v, ok := rw.lengths[[2]int{num, gen}]
	return v, ok
}

// inStream reports whether offset off is inside decrypted stream data.
func (rw *rewriter) inStream(off int) bool {
	i := sort.Search(len(rw.streams), func(i int) bool { return rw.streams[i][1] > off })
	return i < len(rw.streams) && rw.streams[i][0] <= off
}

// unescapeLiteral is the bytes of a literal string token, "(" and ")"
// included (PDF 32000 §7.3.4.2).
func unescapeLiteral(span []byte) []byte {
	in := span[1:]
	if len(in) > 0 && in[len(in)-1] == ')' {
		in = in[:len(in)-1]
	}
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c == '\r' {
			// An end of line in a literal string is a line feed.
			if i+1 < len(in) && in[i+1] == '\n' {
				i++
			}
			out = append(out, '\n')
			continue
		}
		if c != '\\' || i+1 >= len(in) {
			out = append(out, c)
			continue
		}
		i++
		switch c = in[i]; c {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case '\r':
			if i+1 < len(in) && in[i+1] == '\n' {
				i++
			}
		case '\n':
		default:
			if c >= '0' && c <= '7' {
				v := 0
				for k := 0; k < 3 && i < len(in) && in[i] >= '0' && in[i] <= '7'; k++ {
					v = v*8 + int(in[i]-'0')
					i++
				}
				i--
				out = append(out, byte(v))
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// hexStringBytes is the bytes of a hex string token, "<" and ">" included.
func hexStringBytes(span []byte) []byte {
	digits := make([]byte, 0, len(span))
	for _, c := range span {
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			digits = append(digits, c)
		}
	}
	if len(digits)%2 == 1 {
		digits = append(digits, '0')
	}
	out := make([]byte, len(digits)/2)
	hex.Decode(out, digits)
	return out
}

// writeString writes pt over a string token's span, then spaces: as hex
// when it fits (AES plaintext always does), else as an escaped literal,
// cut if even that is too long (RC4 plaintext with more parentheses and
// backslashes than its ciphertext had).
func writeString(span, pt []byte) {
	var enc []byte
	if 2*len(pt)+2 <= len(span) {
		enc = make([]byte, 0, 2*len(pt)+2)
		enc = append(enc, '<')
		enc = hex.AppendEncode(enc, pt)
		enc = append(enc, '>')
	} else {
		enc = append(enc, '(')
		for _, c := range pt {
			esc := c == '(' || c == ')' || c == '\\' || c == '\r'
			if len(enc)+1+btoi(esc) > len(span)-1 {
				break
			}
			if esc {
				enc = append(enc, '\\')
				if c == '\r' {
					c = 'r'
				}
			}
			enc = append(enc, c)
		}
		enc = append(enc, ')')
	}
	n := copy(span, enc)
	for i := n; i < len(span); i++ {
		span[i] = ' '
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
