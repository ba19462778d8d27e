package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clsx/clsx/rules"
)

// BlockKind is the structural role of a block of text.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Heading
	ListItem
)

func (k BlockKind) String() string {
	return [...]string{"paragraph", "heading", "item"}[k]
}

// Block is one line-level unit of the normalised text: a heading, a list item
// (with its marker and number) or a paragraph.
type Block struct {
	Index       int
	Kind        BlockKind
	Text        string // the content, without list marker
	Marker      string // "-" for a bullet, the number's punctuation for a numbered item
	Number      string // "12" for "12 - …" or "12. …"
	RuneStart   int    // rune offset of Text in the normalised text
	BlankBefore bool   // a blank line separates it from the previous block
	Page        int    // page number where known (PDF), else 0

	// row: the reader saw a table row (a fiche's "Pilote | CIAS" is one);
	// plain text says nothing of it.
	row bool

	runes []rune
	fold  *rules.Folded
	sents []Sentence

	// bare place names of the block, read once (bareTerritories)
	bare     []territoryMention
	bareDone bool
	// names after "pour", "territoire de"…, read once (weakTerritories)
	cueNames     []territoryMention
	cueNamesDone bool
	// designated territories of the block, read once (blockDesignations)
	design     []territoryMention
	designDone bool
	// matches of cue classes in the block, read once a class (blockCue)
	cues map[string][][2]int
	// whether the block is a fiche action's field: 0 unknown, 1 yes, 2 no
	fiche int8
	// contract references of the block, read once (blockRefs)
	refs     []contractRef
	refsDone bool
	// date mentions of the block, read once (datesIn)
	dates     []DateMention
	datesDone bool
	// régions and départements the block names, read once (blockPlaces)
	places     []placeHit
	placesDone bool
}

// Folded is the folded text of the block, what patterns run on.
func (b *Block) Folded() string { return b.fold.Text }

// Orig returns the original text and its document span for a folded byte range.
func (b *Block) Orig(fs, fe int) (string, Span) {
	rs, re := b.fold.RuneOffset(fs), b.fold.RuneOffset(fe)
	if re < rs {
		re = rs
	}
	return string(b.runes[rs:re]), Span{Start: b.RuneStart + rs, End: b.RuneStart + re, Page: b.Page}
}

// Span returns the document span of the whole block.
func (b *Block) Span() Span {
	return Span{Start: b.RuneStart, End: b.RuneStart + len(b.runes), Page: b.Page}
}

// Sentence is a sentence of a block, in folded byte offsets of the block.
type Sentence struct {
	Block      *Block
	Start, End int
}

// Folded returns the folded text of the sentence.
func (s Sentence) Folded() string { return s.Block.fold.Text[s.Start:s.End] }

// Orig returns the sentence's original text and span.
func (s Sentence) Orig() (string, Span) { return s.Block.Orig(s.Start, s.End) }

// Sentences returns the sentences of the block.
func (b *Block) Sentences() []Sentence { return b.sents }

var (
	numberedItem = regexp.MustCompile(`^(\d{1,3}|[a-z]|[ivx]{1,4})\s*([.)]|\s[-–—]|\s?:)\s+(\S.*)$`)
	sentenceEnd  = regexp.MustCompile(`[.!?]+["')]?\s+`)
)

// splitBlocks cuts normalised text into blocks, one a line.
func splitBlocks(text string, months map[string]int) []*Block {
	var blocks []*Block
	runeOff := 0
	blank := false
	for _, line := range strings.Split(text, "\n") {
		n := utf8.RuneCountInString(line)
		if line == "" {
			blank = true
			runeOff++
			continue
		}
		b := &Block{Index: len(blocks), Kind: Paragraph, Text: line, RuneStart: runeOff, BlankBefore: blank}
		if strings.HasPrefix(line, "- ") {
			b.Kind, b.Marker, b.Text = ListItem, "-", line[2:]
			b.RuneStart += 2
		} else if m := numberedItem.FindStringSubmatchIndex(line); m != nil && !looksLikeDateOrAmount(line, months) {
			b.Kind, b.Number = ListItem, line[m[2]:m[3]]
			b.Marker = strings.TrimSpace(line[m[4]:m[5]])
			b.Text = line[m[6]:m[7]]
			b.RuneStart += utf8.RuneCountInString(line[:m[6]])
		}
		b.runes = []rune(b.Text)
		b.fold = rules.FoldMap(b.Text)
		blocks = append(blocks, b)
		runeOff += n + 1
		blank = false
	}
	for _, b := range blocks {
		if b.Kind == Paragraph && looksLikeHeading(b) {
			b.Kind = Heading
		}
		b.sents = splitSentences(b)
	}
	return blocks
}

// looksLikeDateOrAmount keeps "3 décembre 2019 : …" or "12 % des …" from
// being read as numbered items.
func looksLikeDateOrAmount(line string, months map[string]int) bool {
	f := rules.Fold(line)
	i := strings.IndexFunc(f, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return false
	}
	rest := strings.TrimLeft(f[i:], " ")
	if strings.HasPrefix(rest, "%") {
		return true
	}
	word := rest
	if j := strings.IndexAny(word, " .,:;"); j >= 0 {
		word = word[:j]
	}
	_, month := months[word]
	return month
}

// looksLikeHeading: a short line that does not end a sentence, or that asks a
// question, standing on its own.
func looksLikeHeading(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	words := len(strings.Fields(t))
	if words == 0 || words > 14 || utf8.RuneCountInString(t) > 110 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if last == '?' {
		return true
	}
	if strings.ContainsRune(".;,:", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	return true
}

// splitSentences cuts a block into sentences. Headings and list items are one
// sentence; paragraphs are cut after . ! ? followed by a capital, except after
// abbreviations and inside numbers.
func splitSentences(b *Block) []Sentence {
	f := b.fold.Text
	if b.Kind != Paragraph {
		return []Sentence{{Block: b, Start: 0, End: len(f)}}
	}
	var out []Sentence
	start := 0
	for _, m := range sentenceEnd.FindAllStringIndex(f, -1) {
		next := m[1]
		if next >= len(f) {
			break
		}
		// the next sentence must start with a capital in the original text
		rs := b.fold.RuneOffset(next)
		if rs >= len(b.runes) || !(unicode.IsUpper(b.runes[rs]) || unicode.IsDigit(b.runes[rs]) || b.runes[rs] == '"') {
			continue
		}
		if isAbbreviation(f[start:m[0]]) {
			continue
		}
		out = append(out, Sentence{Block: b, Start: start, End: m[0] + 1})
		start = next
	}
	out = append(out, Sentence{Block: b, Start: start, End: len(f)})
	return out
}

var abbreviations = map[string]bool{"m": true, "mme": true, "mm": true, "dr": true, "pr": true, "st": true, "ste": true,
	"tel": true, "cf": true, "p": true, "art": true, "n": true, "no": true, "env": true, "av": true, "bd": true, "vol": true}

func isAbbreviation(before string) bool {
	i := strings.LastIndexAny(before, " (")
	w := before[i+1:]
	return abbreviations[w] || len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}
