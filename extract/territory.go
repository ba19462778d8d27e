package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// territoryMention is a place the text names as a contract's territory.
type territoryMention struct {
	name        string
	kind        string // "" when the text does not say
	span        Span
	strength    int    // designation or subject: 3; "pour X", "territoire de X": 1
	designation string // the designating words as written ("Communauté de Communes")
	designated  string // designation and name as written ("commune de Millau")
	// ofContract: named right after a contract ("le contrat local de santé
	// du département de la Lozère"), so a département is the territory
	ofContract bool
	// tied: as the document's territory, another name is mentioned as much
	tied bool
}

// properDesignations are designating words that belong to the territory's own
// name when written with a capital: "l'Agglomération d'Agen", "Métropole …".
var properDesignations = map[string]bool{"agglomeration": true, "metropole": true, "eurometropole": true}

var nameConnectors = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "la": true, "le": true,
	"les": true, "l'": true, "sur": true, "en": true, "aux": true, "au": true, "sous": true, "lès": true, "lez": true}

// captureName reads a place name in b starting at folded offset fs: capitalised
// words joined by de, du, sur, la… ("la Seyne sur Mer", "Terres des Confluences",
// "pays d'Apt"). It returns the name and its span, or ok=false.
func captureName(b *Block, fs int) (string, Span, bool) {
	rs := b.runes
	i := b.fold.RuneOffset(fs)
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	start := i
	// the words stay on the stack: captureName runs at every cue of a place
	var buf [maxCapturedWords]nameWord
	end, ok := nameEnd(rs, nameWords(rs, i, buf[:0]))
	if !ok || end <= start {
		return "", Span{}, false
	}
	name := string(rs[start:end])
	switch strings.ToLower(name) {
	case "la", "le", "les", "l'", "l":
		return "", Span{}, false // "La commune d'Apt": an article, not a name
	}
	return name, Span{Start: b.RuneStart + start, End: b.RuneStart + end, Page: b.Page}, true
}

// nameWord is a word of rs, runes [s, e).
type nameWord struct{ s, e int }

// maxCapturedWords: a place name is never longer.
const maxCapturedWords = 12

// nameWords appends to toks up to maxCapturedWords words from rune i of rs, as
// far as they run on: separated by one space, or right after an elided
// article ("d'Agen"). What follows a longer gap is no part of the name.
func nameWords(rs []rune, i int, toks []nameWord) []nameWord {
	for j := i; j < len(rs) && len(toks) < maxCapturedWords; {
		k := j
		for k < len(rs) && (unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k]) || rs[k] == '-') {
			k++
		}
		if k < len(rs) && rs[k] == '\'' {
			k++ // elided article: its own token
		}
		if k == j {
			break
		}
		toks = append(toks, nameWord{j, k})
		j = k
		if j < len(rs) && rs[j] == ' ' && !(j > 0 && rs[j-1] == '\'') {
			j++
		} else if j > 0 && rs[j-1] == '\'' {
			// "d'Agen": next token starts right away
		} else {
			break
		}
	}
	return toks
}

// nameEnd returns where the name the words start ends: after its last
// capitalised word, connectors ("de", "sur", "et") counting only when a
// name word follows them. ok is false when the words start no name (a
// lowercase word, an article that no capital follows) or hold no capital.
func nameEnd(rs []rune, toks []nameWord) (end int, ok bool) {
	end = -1
	seenCap := false
	for n, t := range toks {
		w := string(rs[t.s:t.e])
		lw := strings.ToLower(w)
		first := rs[t.s]
		switch {
		case n > 0 && nameConnectors[lw] && strings.ToUpper(w) == w:
			// "VILLE DE NICE LE 12 JUIN": capitals everywhere, "LE" still links
			if n+1 < len(toks) && unicode.IsUpper(rs[toks[n+1].s]) {
				continue
			}
			return end, seenCap
		case unicode.IsUpper(first) && rs[t.e-1] == '\'':
			// "L'Isle-Jourdain": an elided article opens the name; "C'est" is none
			if n+1 < len(toks) {
				continue
			}
			return end, seenCap
		case unicode.IsUpper(first):
			seenCap = true
			end = t.e
		case n == 0 && (lw == "pays" || lw == "la" || lw == "le" || lw == "les" || lw == "l'"):
			// "pays de Martigues", "la Seyne sur Mer": only if a capital follows
			if n+1 < len(toks) {
				continue
			}
			return -1, false
		case n == 0:
			return -1, false
		case lw == "et" && seenCap && n+1 < len(toks) && properWord(rs[toks[n+1].s:toks[n+1].e]):
			// "Lodévois et Larzac", "Chinon, Vienne et Loire"
			continue
		case nameConnectors[lw] || lw == "pays" && seenCap:
			if n+1 < len(toks) && unicode.IsUpper(rs[toks[n+1].s]) || n+1 < len(toks) && nameConnectors[strings.ToLower(string(rs[toks[n+1].s:toks[n+1].e]))] {
				continue
			}
			return end, seenCap
		default:
			return end, seenCap
		}
	}
	return end, seenCap
}

// properWord: a capitalised word that is not an acronym ("Larzac", not "ARS").
func properWord(w []rune) bool {
	if len(w) < 2 || !unicode.IsUpper(w[0]) {
		return false
	}
	for _, r := range w[1:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// blockDesignations are the designations of block b that start in folded
// range [fs, fe): read once per block, since the document's territory and
// every clause's read the same ones.
func (l *lexicon) blockDesignations(b *Block, fs, fe int) []territoryMention {
	if !b.designDone {
		b.design, b.designDone = l.designations(b, 0, len(b.fold.Text)), true
	}
	lo, hi := b.RuneStart+b.fold.RuneOffset(fs), b.RuneStart+b.fold.RuneOffset(fe)
	var out []territoryMention
	for _, m := range b.design {
		if m.span.Start >= lo && m.span.Start < hi {
			out = append(out, m)
		}
	}
	return out
}

// designations finds "la communauté de communes du Briançonnais", "la commune
// d'Apt", "l'Agglomération d'Agen" in folded range [fs, fe) of b.
func (l *lexicon) designations(b *Block, fs, fe int) []territoryMention {
	f := b.fold.Text[:fe]
	type hit struct {
		s, e int
		kind string
	}
	var hits []hit
	for _, k := range l.r.Territories {
		pos := fs
		for pos < fe {
			sp, ok := k.Find(f[pos:])
			if !ok {
				break
			}
			hits = append(hits, hit{pos + sp[0], pos + sp[1], k.Kind})
			pos += sp[1]
		}
	}
	// the longest designation wins where two overlap
	var kept []hit
	for _, h := range hits {
		keep := true
		for i, k := range kept {
			if h.s < k.e && k.s < h.e {
				if h.e-h.s > k.e-k.s {
					kept[i] = h
				}
				keep = false
				break
			}
		}
		if keep {
			kept = append(kept, h)
		}
	}
	var out []territoryMention
	for _, h := range kept {
		after := h.e
		rest := f[after:]
		for _, prep := range []string{" de la ", " de l'", " du ", " des ", " de ", " d'", " "} {
			if strings.HasPrefix(rest, prep) {
				after += len(prep)
				break
			}
		}
		name, span, ok := captureName(b, after)
		if !ok {
			// "l'agglomération bergeracoise", "la communauté chartraine": a
			// designation and the adjective of its people
			if dm := l.demonymAfter(b, h.s, h.e); dm != nil {
				dm.kind = h.kind
				out = append(out, *dm)
			}
			continue
		}
		if l.notAPlace(name) {
			continue
		}
		if l.afterRole(f[:h.s]) && personLike(name) && !l.placeName(rules.OfficialGeography(), name) {
			continue // "le Président de la Communauté d'Agglomération Franck Martin"
		}
		desig, dspan := b.Orig(h.s, h.e)
		if properDesignations[rules.Fold(desig)] && unicode.IsUpper([]rune(desig)[0]) {
			name = string([]rune(b.Text)[dspan.Start-b.RuneStart : span.End-b.RuneStart])
			span.Start = dspan.Start
		}
		full := string([]rune(b.Text)[dspan.Start-b.RuneStart : span.End-b.RuneStart])
		out = append(out, territoryMention{name: name, kind: h.kind, span: span, strength: 3, designation: desig, designated: full})
	}
	return out
}

// notAPlace rejects captured names that are organisations, months or
// countries ("de France").
func (l *lexicon) notAPlace(name string) bool {
	f := rules.Fold(name)
	if f == "france" || f == "sante" || territoryKey(name) == "" {
		return true // "l'Agglo", "la Métropole": a designation, no name
	}
	if _, ok := l.r.Geo.RegionByName(name); ok {
		return true
	}
	if _, ok := l.r.Months[f]; ok {
		return true
	}
	return l.orgKind(name) != "" && l.orgKind(name) != "epci" && l.orgKind(name) != "commune"
}

// weakTerritories finds "pour Aunis Atlantique", "sur le territoire
// d'Agglopolys", "à l'échelle de …", "CLS Terres des Confluences" and the
// subject of "X a signé" in folded range [fs, fe) of b.
func (l *lexicon) weakTerritories(b *Block, fs, fe int) []territoryMention {
	f := b.fold.Text
	var out []territoryMention
	if !b.cueNamesDone {
		b.cueNames, b.cueNamesDone = l.cueNames(b), true
	}
	lo, hi := b.RuneStart+b.fold.RuneOffset(fs), b.RuneStart+b.fold.RuneOffset(fe)
	for _, m := range b.cueNames {
		if m.span.Start >= lo && m.span.Start < hi {
			out = append(out, m)
		}
	}
	// a fronted locative: "À Saint-Malo, le contrat local de santé a été signé"
	if strings.HasPrefix(f[fs:fe], "a ") {
		if name, span, ok := captureName(b, fs+2); ok && !l.notAPlace(name) && !l.isDesignated(b, fs+2) {
			if after := span.End - b.RuneStart; after < len(b.runes) && b.runes[after] == ',' {
				out = append(out, territoryMention{name: name, span: span, strength: 1})
			}
		}
	}
	// after a contract reference: "CLS Terres des Confluences", "CLS de Blois"
	for _, r := range l.blockRefs(b, fs, fe) {
		at := fs + r.end
		// "CLS 2019-2024 de X", "CLS 2 de X": a period or a rank first
		if m := refNumber.FindStringIndex(f[at:fe]); m != nil && (at+m[1] == fe || !isWordByte(f[at+m[1]])) {
			at += m[1]
		}
		rest := f[at:fe]
		for _, prep := range []string{" de la ", " de l'", " du ", " des ", " de ", " d'", " "} {
			if strings.HasPrefix(rest, prep) {
				at += len(prep)
				break
			}
		}
		if name, span, ok := captureName(b, at); ok && !l.notAPlace(name) && !l.isDesignated(b, at) &&
			(!allCaps(name) || l.placeName(rules.OfficialGeography(), name) || l.territoryAcronym(name)) {
			// "CONTRAT LOCAL DE SANTÉ DOSSIER DE PRESSE": a title in capitals
			// names a place only if the geography knows it
			out = append(out, territoryMention{name: name, span: span, strength: 3})
		} else if ds := l.designations(b, at, fe); len(ds) > 0 && ds[0].kind == "departement" && !l.isRank(f[fs:fe], r) &&
			ds[0].span.Start-b.RuneStart-b.fold.RuneOffset(at) <= len("le departement de la ") {
			d := ds[0]
			d.ofContract = true
			out = append(out, d)
		}
	}
	// the subject of a signing verb
	if sp, ok := l.r.Cue("signing.verb").Find(f[fs:fe]); ok {
		if name, span, ok2 := captureName(b, fs); ok2 && !l.isDesignated(b, fs) && span.End-b.RuneStart <= b.fold.RuneOffset(fs+sp[0]) &&
			!strings.ContainsAny(strings.TrimSpace(string(b.runes[span.End-b.RuneStart:b.fold.RuneOffset(fs+sp[0])])), ",") &&
			!l.notAPlace(name) && (l.orgKind(name) == "" || epciByName(name)) && l.placeName(rules.OfficialGeography(), name) {
			// "Saint-Malo a signé", never "Franck Martin a signé"
			out = append(out, territoryMention{name: name, span: span, strength: 3})
		}
	}
	return out
}

// cueNames reads, once per block, the names after "pour", "territoire de",
// "à l'échelle de": weak evidence of a territory, which each clause takes
// its share of.
func (l *lexicon) cueNames(b *Block) []territoryMention {
	f := b.fold.Text
	var out []territoryMention
	for _, cue := range []struct {
		text     string
		strength int
	}{{"territoire de ", 1}, {"territoire d'", 1}, {"territoire du ", 1}, {"territoire ", 1}, {"echelle de ", 1}, {"echelle d'", 1}, {"echelle du ", 1}, {"pour ", 1}} {
		pos := 0
		for {
			i := strings.Index(f[pos:], cue.text)
			if i < 0 {
				break
			}
			at := pos + i + len(cue.text)
			if at > 0 && (at-len(cue.text) == 0 || f[at-len(cue.text)-1] == ' ' || f[at-len(cue.text)-1] == '\'') {
				if name, span, ok := captureName(b, at); ok && !l.notAPlace(name) && !l.isDesignated(b, at) {
					out = append(out, territoryMention{name: name, span: span, strength: cue.strength})
				}
			}
			pos = at
		}
	}
	return out
}

// refNumber is a period, year or rank written right after a contract reference.
var refNumber = regexp.MustCompile(`^\s*\(?(?:(?:19|20)\d\d(?:\s*[/ ]\s*(?:19|20)\d\d)?|n?\s*°?\s*\d|cls|clsm|cls\s*\d)\)?`)

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// isDesignated reports whether a designation starts at folded offset at (it
// is read by designations, with its kind).
func (l *lexicon) isDesignated(b *Block, at int) bool {
	rest := b.fold.Text[at:]
	rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "la "), "l'"), "le ")
	for _, k := range l.r.Territories {
		if sp, ok := k.Find(rest); ok && sp[0] == 0 {
			return true
		}
	}
	return false
}

// territoriesIn returns every territory mention of a folded range.
func (l *lexicon) territoriesIn(b *Block, fs, fe int) []territoryMention {
	out := l.blockDesignations(b, fs, fe)
	out = append(out, l.weakTerritories(b, fs, fe)...)
	out = append(out, l.bareTerritories(b, fs, fe, out)...)
	return out
}

// territoryKey is what two mentions of the same territory share.
func territoryKey(name string) string {
	f := rules.Fold(name)
	var words []string
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		switch w {
		case "de", "du", "des", "d", "la", "le", "les", "l", "sur", "en", "pays", "agglomeration", "agglo", "metropole", "communaute", "communes", "commune", "ville":
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// sameTerritory: one name's words contained in the other's.
func sameTerritory(a, b string) bool {
	ka, kb := strings.Fields(territoryKey(a)), strings.Fields(territoryKey(b))
	if len(ka) == 0 || len(kb) == 0 {
		return rules.Fold(a) == rules.Fold(b)
	}
	return subset(ka, kb) || subset(kb, ka)
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// allCaps: a name written in capitals only ("DOSSIER DE PRESSE").
func allCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// afterRole reports whether folded text before ends with a person's title
// and its "de": "le président de la", "la maire de". A name after the
// designation that follows is then often the person's, not the place's.
func (l *lexicon) afterRole(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, p := range []string{" de la", " de l'", " du", " de", " des"} {
		if strings.HasSuffix(b, p) {
			b = strings.TrimRight(b[:len(b)-len(p)], " ")
			for _, sp := range l.r.Cue("party.role").FindAll(b[max(0, len(b)-40):]) {
				if max(0, len(b)-40)+sp[1] == len(b) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// personLike: two capitalised words and nothing else ("Franck Martin"), the
// shape of a person's name; a place name of that shape is told apart by the
// geography.
func personLike(name string) bool {
	w := strings.Fields(name)
	return len(w) == 2 && properWord([]rune(w[0])) && properWord([]rune(w[1])) && !strings.Contains(name, "-")
}

// demonymSuffixes end the adjectives of a place's people ("bergeracoise",
// "chartraine", "vaudais", "lyonnais", "nancéien").
var demonymSuffixes = []string{"ais", "aise", "ois", "oise", "ain", "aine", "in", "ine", "ien", "ienne", "en", "enne", "on", "onne"}

// demonymAfter reads a designation followed by such an adjective, in lower
// case: the territory is named by both ("agglomération bergeracoise").
func (l *lexicon) demonymAfter(b *Block, ds, de int) *territoryMention {
	f := b.fold.Text
	if de >= len(f) || f[de] != ' ' {
		return nil
	}
	w := firstWord(f[de+1:])
	if len(w) < 5 || strings.Contains(w, "'") {
		return nil
	}
	r := b.fold.RuneOffset(de + 1)
	if r >= len(b.runes) || !unicode.IsLower(b.runes[r]) {
		return nil
	}
	ok := false
	for _, suf := range demonymSuffixes {
		ok = ok || strings.HasSuffix(w, suf)
	}
	if !ok || l.r.Cue("territory.not.demonym").Match(w) {
		return nil
	}
	name, span := b.Orig(ds, de+1+len(w))
	name = strings.TrimPrefix(strings.TrimPrefix(name, "l'"), "L'")
	if i := strings.IndexAny(name, " "); i > 0 && (strings.EqualFold(name[:i], "la") || strings.EqualFold(name[:i], "le")) {
		name = name[i+1:]
	}
	span.Start = span.End - len([]rune(name))
	return &territoryMention{name: name, span: span, strength: 3, designation: name[:len(name)-len(w)-1], designated: name}
}

// territoryAcronym: one capitalised word of 3 to 8 letters that is no
// organisation's ("CLS de la CIVIS", "le CLS de la CARENE"): the acronym an
// intercommunality goes by.
func (l *lexicon) territoryAcronym(name string) bool {
	n := len([]rune(name))
	return n >= 3 && n <= 8 && !strings.ContainsAny(name, " -'") && l.orgKind(name) == ""
}
