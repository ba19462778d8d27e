package index

import (
	"sort"
	"unicode"

	"github.com/clsx/clsx/extract"
)

// Record is a contract as the index keeps it: the extraction record, merged
// from every document that describes the contract (merge.go), where it came
// from, and the sentences its values were read from, so that `clsx show` can
// justify every value without the source documents at hand.
//
// Source, URL and DocumentTitle name the contract's primary document, the
// first of Documents. Every evidence span's Doc is the position in Documents
// of the document it points into.
type Record struct {
	extract.Contract
	Source        string     `json:"source"`
	URL           *string    `json:"url"`
	DocumentTitle *string    `json:"document_title"`
	Sentences     []Sentence `json:"sentences"`
	// Documents are the documents the contract was read from, the primary
	// one first: a news page, the signed PDF, an annex of fiches actions.
	Documents []DocumentRef `json:"documents"`
	// Provenance lists, for each value that several documents state, every
	// span stating it; a value one document states has its own evidence.
	Provenance []Provenance `json:"provenance,omitempty"`
	// Conflicts are the fields the documents disagree on: the value chosen
	// and the others, each with where it was read.
	Conflicts []Conflict `json:"conflicts,omitempty"`
}

// DocumentRef is one document a contract was read from.
type DocumentRef struct {
	Source      string  `json:"source"`
	URL         *string `json:"url"`
	Title       *string `json:"title"`
	ContentType string  `json:"content_type,omitempty"`
	SHA256      string  `json:"sha256,omitempty"`
	// ContractID is the contract's id in that document's extraction.
	ContractID string `json:"contract_id"`
}

// Provenance is a value of a merged contract and every span that states it.
type Provenance struct {
	Field    string         `json:"field"` // "start_year", "signatories[2]", "axes[0]", "actions[3]"
	Value    string         `json:"value"`
	Evidence []extract.Span `json:"evidence"`
}

// Conflict is a field on which a contract's documents disagree.
type Conflict struct {
	Field  string        `json:"field"`
	Chosen Alternative   `json:"chosen"`
	Others []Alternative `json:"others"`
}

// Alternative is one value of a field in conflict, with the spans stating it.
type Alternative struct {
	Value    string         `json:"value"`
	Evidence []extract.Span `json:"evidence"`
}

// Sentence is a stretch of a document's normalised text (rune offsets, end
// exclusive; Text is exactly that stretch) that holds at least one evidence
// span of the contract; Doc is the document's position in Documents.
type Sentence struct {
	Doc   int    `json:"doc,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// SentenceOf returns the stored sentence that holds a span, if any.
func (r *Record) SentenceOf(s extract.Span) (Sentence, bool) {
	for _, x := range r.Sentences {
		if x.Doc == s.Doc && x.Start <= s.Start && s.End <= x.End && s.End > s.Start {
			return x, true
		}
	}
	return Sentence{}, false
}

// DocumentOf returns the document a span points into.
func (r *Record) DocumentOf(s extract.Span) DocumentRef {
	if s.Doc >= 0 && s.Doc < len(r.Documents) {
		return r.Documents[s.Doc]
	}
	return DocumentRef{Source: r.Source, URL: r.URL, Title: r.DocumentTitle}
}

// maxSentence bounds a stored sentence: a span inside a long unpunctuated
// list keeps this many runes of context on each side, not the whole list.
const maxSentence = 300

// sentences cuts, from a document's text, the sentences that hold the
// contract's evidence spans: from the end of the previous sentence (". ", a
// line break) to the end of the one the span ends in, merged where they
// overlap. A document without text (a record read back from JSON) gives none.
func sentences(text []rune, c *extract.Contract) []Sentence {
	if len(text) == 0 {
		return nil
	}
	var cuts [][2]int
	for _, s := range c.Spans() {
		if s.End <= s.Start || s.Start < 0 || s.End > len(text) {
			continue
		}
		start := s.Start
		for start > 0 && s.Start-start < maxSentence && !sentenceEnd(text, start-1) {
			start--
		}
		end := s.End
		for end < len(text) && end-s.End < maxSentence && !sentenceEnd(text, end-1) {
			end++
		}
		cuts = append(cuts, [2]int{start, end})
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i][0] < cuts[j][0] })
	var out []Sentence
	for _, c := range cuts {
		if n := len(out); n > 0 && c[0] < out[n-1].End {
			if c[1] > out[n-1].End {
				out[n-1].End = c[1]
			}
			continue
		}
		out = append(out, Sentence{Start: c[0], End: c[1]})
	}
	for i := range out {
		// trimmed of the spaces around it, offsets included, so that
		// Text is text[Start:End] and spans inside it can be marked
		for out[i].Start < out[i].End && unicode.IsSpace(text[out[i].Start]) {
			out[i].Start++
		}
		for out[i].End > out[i].Start && unicode.IsSpace(text[out[i].End-1]) {
			out[i].End--
		}
		out[i].Text = string(text[out[i].Start:out[i].End])
	}
	return out
}

// sentenceEnd reports whether rune i closes a sentence: a line break, or
// ".", "!", "?", ";" followed by a space (not "1.2" nor "M.Dupont").
func sentenceEnd(text []rune, i int) bool {
	switch text[i] {
	case '\n':
		return true
	case '.', '!', '?', ';':
		return i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n'
	}
	return false
}
