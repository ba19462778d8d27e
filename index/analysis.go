package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/clsx/clsx/rules"
)

// frenchAnalyzer is the name, recorded in every index's mapping, of the
// analysis French text gets: words split on Unicode boundaries, lower-cased,
// elided articles dropped ("l'accès" → "accès"), accents folded, stop words
// dropped, then lightly stemmed ("mentales" → "mental").
//
// bleve's own "fr" analyzer folds only the accents its stemmer rewrites, so
// "sante mentale" would not find "santé mentale" everywhere. Folding is done
// by a token filter rather than bleve's asciifolding character filter: a
// character filter rewrites the text before it is split, and since "é" is two
// bytes and "e" one, every offset after it would shift and highlights would
// land beside the words they mark. A token filter changes terms only; offsets
// still point into the original text.
//
// The stop list is folded too, and applied after folding, so that "ete"
// typed without accents is the stop word "été" as well.
const frenchAnalyzer = "clsx_fr"

// bigramAnalyzer is the French analysis followed by bigramFilter: the terms
// of a phrase search. bleve matches a phrase by reading the positions of
// both words in every document that has them, which for common words
// ("santé", "soins") is most of the index; a phrase of two words as one term
// is looked up like any word, several times faster.
const bigramAnalyzer = "clsx_fr_bigrams"

// linesAnalyzer makes one term of each line of a text, as it is: the
// "name=value" filter terms of a document, joined by line breaks.
const linesAnalyzer = "clsx_lines"

func init() {
	if err := registry.RegisterAnalyzer(frenchAnalyzer, newFrenchAnalyzer); err != nil {
		panic(err)
	}
	if err := registry.RegisterAnalyzer(linesAnalyzer, newLinesAnalyzer); err != nil {
		panic(err)
	}
	if err := registry.RegisterAnalyzer(bigramAnalyzer, newBigramAnalyzer); err != nil {
		panic(err)
	}
}

func newBigramAnalyzer(config map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	a, err := newFrenchAnalyzer(config, cache)
	if err != nil {
		return nil, err
	}
	d := a.(*analysis.DefaultAnalyzer)
	d.TokenFilters = append(d.TokenFilters, bigramFilter{})
	return d, nil
}

// bigramFilter replaces a stream of terms by the pairs of consecutive
// terms, "sant mental", spanning both words' offsets (so a highlight covers
// the phrase). Stop words are already gone: "accès aux soins" gives "acce
// soin", as the same phrase in a query does. A stream of one term gives none:
// a one-word query is a word query.
type bigramFilter struct{}

func (bigramFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	if len(input) < 2 {
		return nil
	}
	out := make(analysis.TokenStream, 0, len(input)-1)
	for i := 1; i < len(input); i++ {
		a, b := input[i-1], input[i]
		term := make([]byte, 0, len(a.Term)+1+len(b.Term))
		term = append(append(append(term, a.Term...), ' '), b.Term...)
		out = append(out, &analysis.Token{Term: term, Start: a.Start, End: b.End, Position: i, Type: a.Type})
	}
	return out
}

func newLinesAnalyzer(_ map[string]interface{}, _ *registry.Cache) (analysis.Analyzer, error) {
	return &analysis.DefaultAnalyzer{Tokenizer: linesTokenizer{}}, nil
}

// linesTokenizer makes a token of each non-empty line.
type linesTokenizer struct{}

func (linesTokenizer) Tokenize(input []byte) analysis.TokenStream {
	var out analysis.TokenStream
	start := 0
	for i := 0; i <= len(input); i++ {
		if i < len(input) && input[i] != '\n' {
			continue
		}
		if i > start {
			out = append(out, &analysis.Token{Term: input[start:i], Start: start, End: i, Position: len(out) + 1, Type: analysis.AlphaNumeric})
		}
		start = i + 1
	}
	return out
}

func newFrenchAnalyzer(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
	elision, err := cache.TokenFilterNamed(fr.ElisionName)
	if err != nil {
		return nil, err
	}
	stems, err := cache.TokenFilterNamed(fr.LightStemmerName)
	if err != nil {
		return nil, err
	}
	stops, err := cache.TokenMapNamed(fr.StopName)
	if err != nil {
		return nil, err
	}
	folded := analysis.NewTokenMap()
	for w := range stops {
		folded.AddToken(rules.Fold(w))
	}
	return &analysis.DefaultAnalyzer{
		Tokenizer: unicode.NewUnicodeTokenizer(),
		TokenFilters: []analysis.TokenFilter{
			lowercase.NewLowerCaseFilter(),
			elision,
			foldFilter{},
			stop.NewStopTokensFilter(folded),
			stems,
		},
	}, nil
}

// foldFilter folds every term as clsx folds text everywhere (rules.Fold):
// no accents, "œ" as "oe", typographic apostrophes as "'".
type foldFilter struct{}

func (foldFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	for _, t := range input {
		ascii := true
		for _, c := range t.Term {
			if c >= 0x80 || c == '-' || c == '`' {
				ascii = false
				break
			}
		}
		if !ascii {
			t.Term = []byte(rules.Fold(string(t.Term)))
		}
	}
	return input
}
