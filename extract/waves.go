package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// A regional agency signs several contracts at once: "Ce mercredi, 7 villes
// ont signé des CLS de 2e génération pour 6 ans avec l'ARS : A, B, C, D, E,
// F et G." Each listed territory has its contract, with what the sentence
// says of them all (date, duration, generation, the other parties). A list
// of territories with no signature or date stays no contract (the guide's
// "list of territories that have a CLS").

// waveCount finds "7 villes", "cinq communes", "trois intercommunalités".
var waveCount = regexp.MustCompile(`(?:^|[^a-z0-9])(\d{1,2}|[a-z]+)\s+(villes|communes|territoires|intercommunalites|collectivites|communautes de communes)(?:$|[^a-z0-9])`)

// wavePlural: the contracts, in the plural, that the sentence signs.
var wavePlural = regexp.MustCompile(`(?:^|[^a-z0-9])((?:des|leurs|les|de nouveaux|\d+)\s+(?:cls|contrats locaux de sante))`)

// waveContracts returns the contracts a sentence signs at once for listed
// territories.
func (l *lexicon) waveContracts(blocks []*Block) []*builder {
	var out []*builder
	for _, b := range blocks {
		for _, s := range b.sents {
			out = append(out, l.sentenceWave(b, s)...)
		}
	}
	return out
}

func (l *lexicon) sentenceWave(b *Block, s Sentence) []*builder {
	f := s.Folded()
	colon := strings.LastIndex(f, " : ")
	if colon < 0 || !l.r.Cue("signing").Match(f[:colon]) {
		return nil
	}
	pm := wavePlural.FindStringSubmatchIndex(f[:colon])
	cm := waveCount.FindStringSubmatchIndex(f[:colon])
	if pm == nil || cm == nil {
		return nil
	}
	count := l.number(f[cm[2]:cm[3]])
	if count < 2 {
		return nil
	}
	// the listed territories, each a name the geography knows
	var towns []segment
	for _, seg := range l.splitEnumeration(origOf(b, s.Start+colon+3, s.End), spanOf(b, s.Start+colon+3)) {
		name := strings.TrimRight(strings.TrimSpace(seg.text), " .;")
		if name == "" || !unicode.IsUpper([]rune(name)[0]) || !l.placeName(rules.OfficialGeography(), name) {
			return nil
		}
		seg.text = name
		seg.span.End = seg.span.Start + len([]rune(name))
		towns = append(towns, seg)
	}
	if len(towns) != count {
		return nil
	}
	kind := "commune"
	if w := f[cm[4]:cm[5]]; w != "villes" && w != "communes" {
		kind = "epci"
	}
	// what the sentence says of them all
	e := &event{block: b, start: s.Start, end: s.Start + colon, kind: "cls", hasRef: true}
	if g := l.ordinalAfter.FindStringSubmatchIndex(f[pm[3]:colon]); g != nil {
		e.gen = l.r.Ordinals[f[pm[3]:colon][g[2]:g[3]]]
	}
	if sp, ok := l.findDuration(f[:colon]); ok {
		e.duration = sp[2]
		_, e.durSpan = b.Orig(s.Start+sp[0], s.Start+sp[1])
	}
	for _, m := range l.datesIn(b, s.Start, s.Start+colon) {
		if m.HasYear() && m.Kind != DatePeriod {
			mm := m
			e.signed = &mm
			_, e.signedSpan = b.Orig(s.Start+m.Start, s.Start+m.End)
			break
		}
	}
	sign, _ := l.r.Cue("signing").Find(f[:colon])
	others := l.parties(b, s.Start+sign[1], s.Start+colon, false)
	var out []*builder
	for _, t := range towns {
		c := &builder{kind: "cls", wave: true}
		c.merge(e)
		tm := territoryMention{name: t.text, kind: kind, span: t.span, strength: 3}
		c.territory = &tm
		c.parties = append([]party{{name: t.text, kind: kind, span: t.span}}, others...)
		out = append(out, c)
	}
	return out
}

// origOf is the original text of folded range [fs, fe) of b.
func origOf(b *Block, fs, fe int) string {
	t, _ := b.Orig(fs, fe)
	return t
}

// spanOf is the span where folded offset fs of b starts.
func spanOf(b *Block, fs int) Span {
	_, sp := b.Orig(fs, fs)
	return sp
}
