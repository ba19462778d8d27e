package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/clsx/clsx/rules"
)

// Axes are often written inside a sentence rather than as a list: "Quatre
// grands axes ont été retenus : a ; b ; c ; d.", "le CLS s'articule autour
// de 3 axes : a, b et c", "Cinq axes stratégiques ont été définis, a, b, c,
// d et e." The sentence announces them (an axis word of cues.txt, often with
// a count), then enumerates them. The count, when given, decides which "et"
// separates two items: "promouvoir la santé mentale et lutter contre les
// addictions" is one axis of five when the commas give four.

// inlineListStart finds where an announced enumeration starts after an axis
// word: a colon, "comme", or a participle and a comma ("ont été définis,").
var inlineListStart = regexp.MustCompile(`^[^.:;]{0,80}?(?::|\bcomme\b|\b(?:definis|definies|retenus|retenues|identifies|identifiees|arretes|arretees|suivants|suivantes)\s*,|\b(?:autour|aupres)\s(?:de\s|d')?|\b(?:portant|portent|porte)\ssur\s|\b(?:sont|seront)\s(?:sur\s)?|\btel(?:le)?s\sque\s|` + quotedSpeaker + `)`)

// quotedSpeaker is a reporting clause between two quotations: « Nous avons
// fixé trois axes », poursuit la présidente, « attirer …, … et … ». The
// quotation that goes on after it is the list.
const quotedSpeaker = `[»"”]\s*,\s*(?:poursui(?:t|vent)|expliqu(?:e|ent)|precis(?:e|ent)|soulign(?:e|ent)|indiqu(?:e|ent)|ajout(?:e|ent)|detaill(?:e|ent)|rappell(?:e|ent)|resum(?:e|ent)|affirm(?:e|ent)|insist(?:e|ent)|annonc(?:e|ent)|confi(?:e|ent)|enumer(?:e|ent)|cit(?:e|ent))(?:(?:-t)?-(?:il|elle|ils|elles)|\s[^«»"“”.:;]{1,60}?)\s*,\s*[«"“]\s*`

// itemEdges are the words that join the last item rather than belong to it.
var (
	itemLead = regexp.MustCompile(`^(?:(?:et|puis|enfin|et enfin|ainsi que|mais aussi|et aussi)\b[\s,]*|ainsi qu'(?:un |une )?)`)
	// after "autour de": "de la prévention, de l'accès aux droits"
	deLead    = regexp.MustCompile(`^(?:(?:de|du|des)\s+|d')`)
	itemTrail = regexp.MustCompile(`[\s,]*(?:\bet pour finir|\bet enfin|\betc\.?|\.\.\.|…)\s*$`)
)

// listStart is where an enumeration announced by axis words starts in
// folded sentence f.
func (l *lexicon) listStart(f string) (int, bool) {
	sp, ok := l.r.Cue("axis.intro").Find(f)
	if w, wok := l.r.Cue("axis.intro.weak").Find(f); wok && (!ok || w[0] < sp[0]) {
		sp, ok = w, true
	}
	if !ok {
		return 0, false
	}
	m := inlineListStart.FindStringIndex(f[sp[1]:])
	if m == nil {
		return 0, false
	}
	return sp[1] + m[1], true
}

// inlineAxes returns the axes that sentence s of block b announces and lists
// in the same sentence; last tells that b is the text's last block, where an
// unfinished sentence was cut by the end of an excerpt.
func (l *lexicon) inlineAxes(b *Block, last bool) []Axis {
	for si, s := range b.sents {
		f := s.Folded()
		from, ok := l.listStart(f)
		if !ok || strings.TrimSpace(f[from:]) == "" || l.r.Cue("axis.open").Match(f[from:]) {
			continue
		}
		intro, ok := l.findAxisIntro(f, from)
		if !ok {
			continue
		}
		count := intro.count
		if count == 0 && copulaStart(f[:from]) {
			continue // "Les priorités sont nombreuses": a list after "sont" needs its count
		}
		text, _ := s.Orig()
		cut := last && si == len(b.sents)-1 && !endsSentence(text)
		items := l.splitItems(b, s.Start+from, s.End, count)
		if strings.HasSuffix(strings.TrimSpace(f[:from]), "de") || strings.HasSuffix(f[:from], "d'") {
			items = dropDe(items) // "autour de la prévention, de l'accès aux droits"
		}
		if cut && len(items) > 0 {
			items = items[:len(items)-1] // "… et, enfin, facilite" ends mid-item
			if count > 0 {
				count--
			}
		}
		if len(items) < 2 || count > 0 && len(items) != count {
			continue
		}
		axes := make([]Axis, len(items))
		for k, it := range items {
			axes[k] = Axis{Number: strconv.Itoa(k + 1), Title: it.text, Evidence: it.span}
		}
		return axes
	}
	return nil
}

// countBefore reads the count written before the axis word at i: "quatre
// grands axes", "3 axes", "cinq axes stratégiques"; 0 when none.
func (l *lexicon) countBefore(f string, i int) int {
	words := strings.Fields(f[:i])
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.Trim(words[k], "(),")
		if n := l.number(w); n >= 2 && n <= 20 {
			return n
		}
		if k < len(words)-1 || !l.r.Cue("axis.count.adjective").Match(w) {
			break
		}
	}
	return 0
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.ContainsAny(s[len(s)-1:], ".!?;»)\"")
}

// splitItems cuts the enumeration in folded range [fs, fe) of b: at
// semicolons when it has any, else at commas; then, when the count asks for
// one more item, or when the items are parallel, at the last "et" that opens
// an item of the same form as the first ("promouvoir …, accompagner … et
// favoriser …").
func (l *lexicon) splitItems(b *Block, fs, fe int, count int) []segment {
	f := b.fold.Text
	sep := byte(',')
	if strings.ContainsRune(outsideParens(f[fs:fe]), ';') {
		sep = ';'
	}
	var cuts [][2]int
	depth, start := 0, fs
	for i := fs; i < fe; i++ {
		switch f[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				cuts = append(cuts, [2]int{start, i})
				start = i + 1
			}
		}
	}
	cuts = append(cuts, [2]int{start, fe})
	if sep == ',' && (count == 0 && len(cuts) > 1 || count > 0 && len(cuts) == count-1) {
		lastCut := cuts[len(cuts)-1]
		if at := l.parallelEt(f, cuts[0][0], lastCut[0], lastCut[1], true); at > 0 {
			cuts = append(cuts[:len(cuts)-1], [2]int{lastCut[0], at}, [2]int{at, lastCut[1]})
		}
	}
	var out []segment
	for _, c := range cuts {
		if seg, ok := itemSegment(b, c[0], c[1]); ok {
			out = append(out, seg)
		}
	}
	return out
}

// parallelEt is the offset of the "et" that separates the last two items in
// f[from:to]: the last one followed by a word of the same form as the
// list's first word (an infinitive, an article); else, when required (a
// count asks for one more item, or commas enumerate "a, b, c et d"), the
// last "et". 0 when none.
func (l *lexicon) parallelEt(f string, first, from, to int, required bool) int {
	form := wordForm(firstWord(strings.TrimLeft(f[first:], " ,:")))
	best := 0
	any := 0
	for i := from; i < to; {
		k := strings.Index(f[i:to], " et ")
		for _, conj := range []string{" ainsi qu", " mais aussi "} {
			if j := strings.Index(f[i:to], conj); k < 0 && j >= 0 {
				k = j
			}
		}
		if k < 0 {
			break
		}
		at := i + k
		rest := strings.TrimLeft(itemLead.ReplaceAllString(strings.TrimLeft(f[at:to], " "), ""), " ,")
		if form != "" && wordForm(firstWord(rest)) == form {
			best = at
		}
		any = at
		i = at + 4
	}
	if best == 0 && required {
		best = any
	}
	return best
}

// wordForm is the grammatical form that makes items parallel: "inf" for an
// infinitive, "art" for an article; "" otherwise.
func wordForm(w string) string {
	switch {
	case w == "le", w == "la", w == "l'", w == "les", w == "un", w == "une", w == "des", w == "du", w == "de",
		strings.HasPrefix(w, "l'"), strings.HasPrefix(w, "d'"):
		return "art" // "l'amélioration" opens with its article
	}
	if len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re")) {
		return "inf"
	}
	return ""
}

// itemSegment is one enumerated axis, as written, without the joining words.
func itemSegment(b *Block, fs, fe int) (segment, bool) {
	f := b.fold.Text[fs:fe]
	lead := len(f) - len(strings.TrimLeft(f, " ,:"))
	f = f[lead:]
	if m := itemLead.FindStringIndex(f); m != nil {
		lead += m[1]
		f = f[m[1]:]
	}
	f = strings.TrimRight(itemTrail.ReplaceAllString(f, ""), " ,.;:")
	if q := strings.TrimRight(f, "»\"” "); len(q) < len(f) && !strings.ContainsAny(q, "«\"“") {
		f = strings.TrimRight(q, " ,.;:") // the quotation closes after the last item
	}
	end := fs + lead + len(f)
	if end <= fs+lead {
		return segment{}, false
	}
	text, span := b.Orig(fs+lead, end)
	return segment{text: cleanTitle(text), span: span}, cleanTitle(text) != ""
}

// outsideParens is s without what parentheses enclose.
func outsideParens(s string) string {
	var sb strings.Builder
	depth := 0
	for _, c := range s {
		switch {
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case depth == 0:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// dropDe removes the "de" that repeats the preposition of "autour de" in
// front of each item after the first ("…, de l'accès aux droits").
func dropDe(items []segment) []segment {
	for i, it := range items {
		f := rules.Fold(it.text)
		if m := deLead.FindString(f); m != "" {
			rs := []rune(it.text)
			n := len([]rune(m))
			items[i] = segment{text: string(rs[n:]), span: Span{Start: it.span.Start + n, End: it.span.End, Page: it.span.Page}}
		}
	}
	return items
}

// copulaStart: the list starts after "sont" ("Les quatre priorités
// retenues sont la santé mentale, …").
func copulaStart(head string) bool {
	w := strings.Fields(head)
	for len(w) > 0 && (w[len(w)-1] == "sur" || w[len(w)-1] == "que") {
		w = w[:len(w)-1]
	}
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	if (last == "sont" || last == "seront") && len(w) > 1 && w[len(w)-2] == "que" {
		return false // "les axes … que sont a, b et c" defines them all
	}
	// "sont", "tels que": a list only with the count it announces
	return last == "sont" || last == "seront" || last == "tels" || last == "telles" || last == "tel" || last == "telle"
}
