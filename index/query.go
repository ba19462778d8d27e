package index

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clause is one part of a search query: a word, or a phrase whose words must
// follow each other, to find or (Exclude) to rule out.
type Clause struct {
	Text    string `json:"text"`
	Phrase  bool   `json:"phrase,omitempty"`
	Exclude bool   `json:"exclude,omitempty"`
}

// Limits of a query: a user types a few words; a longer query is a mistake
// or an attack, and every clause costs a query against the index.
const (
	maxQueryBytes   = 1000
	maxQueryClauses = 32
)

// ParseQuery reads a query as a user types it: words, "phrases in quotes"
// (straight, « French » or “curly” quotes), and -word or -"phrase" to rule
// something out. Every word must match (in the title or what an axis or
// action lists). A quote left open runs to the end. It fails only on a query
// too long to be meant.
//
// The syntax is deliberately smaller than bleve's query string: "-" and
// ":" appear in names ("Saint-Martin", "Axe 1 : …") and must not change the
// meaning of what a user pasted.
func ParseQuery(s string) ([]Clause, error) {
	if len(s) > maxQueryBytes {
		return nil, fmt.Errorf("query too long (%d bytes, at most %d)", len(s), maxQueryBytes)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	var out []Clause
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		exclude := false
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && rs[i+1] != '-' {
			exclude = true
			i++
		}
		if closing, ok := quotes[rs[i]]; ok {
			j := i + 1
			for j < len(rs) && !closesQuote(rs[j], closing) {
				j++
			}
			if text := strings.TrimSpace(string(rs[i+1 : j])); text != "" {
				out = append(out, Clause{Text: text, Phrase: true, Exclude: exclude})
			}
			i = j + 1
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) {
			if _, q := quotes[rs[j]]; q && j > i {
				break // `word"phrase"`: the quote opens a phrase
			}
			j++
		}
		out = append(out, Clause{Text: string(rs[i:j]), Exclude: exclude})
		i = j
	}
	if len(out) > maxQueryClauses {
		return nil, fmt.Errorf("query has %d words or phrases, at most %d", len(out), maxQueryClauses)
	}
	return out, nil
}

// quotes maps each opening quote to its closing one.
var quotes = map[rune]rune{'"': '"', '«': '»', '“': '”', '„': '“'}

// closesQuote accepts the matching closing quote, or a straight one: a user
// mixing « and " meant a phrase all the same.
func closesQuote(r, closing rune) bool { return r == closing || r == '"' }
