package pdftext

import (
	"bytes"
	"regexp"
	"strconv"
)

// Content streams and CMaps are tokenized here rather than by
// pdf.Interpret: Interpret stops at the first token it does not like (a
// name with a stray ">" in a producer's CMap, binary inline-image data) and
// takes the rest of the stream with it, where a reader of text should skip
// the bad token and go on. The bytes still come from ledongthuc (Value.
// Reader decrypts and decompresses); only the tokenizing is ours.

// opKind is the kind of an operand.
type opKind uint8

const (
	opNone opKind = iota
	opNum
	opStr
	opName
	opArr
	opDict
	opBool
)

// operand is one content-stream operand.
type operand struct {
	kind opKind
	num  float64
	str  string // string bytes, or a name without its slash
	arr  []operand
}

const maxNesting = 64

type lexer struct {
	b   []byte
	pos int
}

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *lexer) skipWhite() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isWhite(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// token reads the next token: an operand, or a keyword (operator) with
// kw set. ok is false at the end of the data.
func (l *lexer) token(depth int) (op operand, kw string, ok bool) {
	l.skipWhite()
	if l.pos >= len(l.b) {
		return operand{}, "", false
	}
	c := l.b[l.pos]
	switch {
	case c == '(':
		l.pos++
		return operand{kind: opStr, str: l.literal()}, "", true
	case c == '<' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '<':
		l.pos += 2
		return l.dict(depth), "", true
	case c == '<':
		l.pos++
		return operand{kind: opStr, str: l.hex()}, "", true
	case c == '/':
		l.pos++
		return operand{kind: opName, str: l.name()}, "", true
	case c == '[':
		l.pos++
		return l.array(depth), "", true
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.pos++
		return operand{}, string(c), true
	case c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9':
		return l.number(), "", true
	}
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	w := string(l.b[start:l.pos])
	switch w {
	case "true", "false":
		v := 0.0
		if w == "true" {
			v = 1
		}
		return operand{kind: opBool, num: v}, "", true
	case "null":
		return operand{}, "", true
	}
	return operand{}, w, true
}

func (l *lexer) literal() string {
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
		case '\\':
			if l.pos >= len(l.b) {
				return string(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
						v = v*8 + int(l.b[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		out = append(out, c)
	}
	return string(out)
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *lexer) hex() string {
	var out []byte
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := unhex(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

func (l *lexer) name() string {
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	n := l.b[start:l.pos]
	if bytes.IndexByte(n, '#') < 0 {
		return string(n)
	}
	var out []byte
	for i := 0; i < len(n); i++ {
		if n[i] == '#' && i+2 < len(n) && unhex(n[i+1]) >= 0 && unhex(n[i+2]) >= 0 {
			out = append(out, byte(unhex(n[i+1])<<4|unhex(n[i+2])))
			i += 2
			continue
		}
		out = append(out, n[i])
	}
	return string(out)
}

// number reads a number leniently: "--5", "1.2.3" and "4-" give what their
// longest valid prefix says, as viewers do.
func (l *lexer) number() operand {
	start := l.pos
	for l.pos < len(l.b) && !isWhite(l.b[l.pos]) && !isDelim(l.b[l.pos]) {
		l.pos++
	}
	s := string(l.b[start:l.pos])
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return operand{kind: opNum, num: v}
	}
	m := reNumPrefix.FindString(s)
	v, _ := strconv.ParseFloat(m, 64)
	return operand{kind: opNum, num: v}
}

var reNumPrefix = regexp.MustCompile(`^[+-]?(?:\d+\.?\d*|\.\d+)`)

func (l *lexer) array(depth int) operand {
	a := operand{kind: opArr}
	for {
		l.skipWhite()
		if l.pos >= len(l.b) {
			return a
		}
		if l.b[l.pos] == ']' {
			l.pos++
			return a
		}
		if depth >= maxNesting {
			l.pos++
			continue
		}
		op, kw, ok := l.token(depth + 1)
		if !ok {
			return a
		}
		if kw != "" {
			// An operator inside an array is malformed; viewers skip it.
			continue
		}
		if len(a.arr) < 1<<16 {
			a.arr = append(a.arr, op)
		}
	}
}

// dict reads a dictionary (marked-content properties, inline image
// parameters): only its presence matters to text, so its entries are kept
// as a flat array.
func (l *lexer) dict(depth int) operand {
	d := operand{kind: opDict}
	for {
		l.skipWhite()
		if l.pos >= len(l.b) {
			return d
		}
		if l.b[l.pos] == '>' && l.pos+1 < len(l.b) && l.b[l.pos+1] == '>' {
			l.pos += 2
			return d
		}
		if depth >= maxNesting {
			l.pos++
			continue
		}
		op, kw, ok := l.token(depth + 1)
		if !ok {
			return d
		}
		if kw != "" {
			continue
		}
		if len(d.arr) < 1<<12 {
			d.arr = append(d.arr, op)
		}
	}
}

// skipInlineImage moves past an inline image's data, which follows "ID"
// and one white-space byte and ends at "EI" between white space.
func (l *lexer) skipInlineImage() {
	l.pos++ // the white space after ID
	for l.pos+1 < len(l.b) {
		if l.b[l.pos] == 'E' && l.b[l.pos+1] == 'I' && (l.pos == 0 || isWhite(l.b[l.pos-1])) &&
			(l.pos+2 >= len(l.b) || isWhite(l.b[l.pos+2]) || isDelim(l.b[l.pos+2])) {
			l.pos += 2
			return
		}
		l.pos++
	}
	l.pos = len(l.b)
}

// interpret runs the operators of a content stream: each keyword with the
// operands before it (at most maxArgs of them: a content operator takes
// six, a CMap's bfchar block hundreds). Stray delimiters are skipped.
func interpret(data []byte, maxArgs int, do func(op string, args []operand)) {
	l := &lexer{b: data}
	var args []operand
	for {
		op, kw, ok := l.token(0)
		if !ok {
			return
		}
		if kw == "" {
			if len(args) < maxArgs {
				args = append(args, op)
			}
			continue
		}
		switch kw {
		case "]", ">", ")", "{", "}":
			continue
		case "ID":
			l.skipInlineImage()
			args = args[:0]
			do("EI", nil)
			continue
		}
		do(kw, args)
		args = args[:0]
	}
}
