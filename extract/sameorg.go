package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// Two names in a text can be one organisation: a sentence names "l'hôpital
// Simone Veil" and the list under it "le Centre Hospitalier Simone Veil de
// Beauvais"; "la CAB" abbreviates "la Communauté d'Agglomération du
// Beauvaisis". Each is kept once, under its fuller name.

// namedBefore returns the index of the kept signatory that is the same
// organisation under another name, or -1: "ARS Centre-Val de Loire" and "Agence Régionale de Santé
// Centre-Val de Loire", "Département de la Somme" and "Conseil départemental
// de la Somme". Only kinds a contract has one of per place are merged (the
// rules' party.single kinds), and only when their places do not differ.
func (l *lexicon) namedBefore(p party, kept []Signatory) int {
	for i, k := range kept {
		if acronymOf(p.name, k.Name) || acronymOf(k.Name, p.name) {
			return i
		}
	}
	if p.kind == "other" {
		return sameNameLonger(p, kept)
	}
	if !l.singleKind(p.kind) {
		return l.sameProperName(p, kept)
	}
	place := l.placeOf(p.name)
	for i, k := range kept {
		if k.Kind == p.kind && (place == "" || l.placeOf(k.Name) == "" || place == l.placeOf(k.Name)) {
			return i
		}
	}
	return -1
}

// distinctInList: p and kept, read from one enumeration or list (kept's
// list is keptList), are two organisations when each has a name of its own:
// a list names each once ("la MSA d'Armorique et Portes-de-Bretagne"), but
// may repeat one bare ("l'ARS Occitanie, …, et l'ARS").
func (l *lexicon) distinctInList(p party, kept Signatory, keptList Span) bool {
	if p.list == (Span{}) || p.list != keptList {
		return false
	}
	_, wp, _ := l.properWords(p.name)
	_, wk, _ := l.properWords(kept.Name)
	return len(wp) > 0 && len(wk) > 0
}

// sameNameLonger returns the index of a kept organisation of no known kind
// whose name, or p's, goes on from the other's ("Régime Local d'Assurance
// Maladie" and "… d'Alsace-Moselle"), or -1; a name of one word never ("Parc",
// "Maison").
func sameNameLonger(p party, kept []Signatory) int {
	a := strings.Join(significantWords(rules.Fold(withoutParentheses(p.name))), " ")
	for i, k := range kept {
		if k.Kind != "other" {
			continue
		}
		b := strings.Join(significantWords(rules.Fold(withoutParentheses(k.Name))), " ")
		short, long := a, b
		if len(short) > len(long) {
			short, long = long, short
		}
		if strings.Contains(short, " ") && strings.HasPrefix(long+" ", short+" ") {
			return i
		}
	}
	return -1
}

// fullerName: a name that says more of the kept one's proper words
// ("Centre Hospitalier Simone Veil de Beauvais" over "hôpital Simone Veil"),
// that says its place where the kept one does not, or
// that spells out a kept bare acronym ("Agence Régionale de Santé (ARS)"
// over "ARS"); otherwise the name met first stays.
func (l *lexicon) fullerName(a, kept string) bool {
	if acronymOf(kept, a) {
		return true
	}
	_, wa, _ := l.properWords(a)
	_, wk, _ := l.properWords(kept)
	if len(wa) > len(wk) && containsAll(wa, wk) {
		return true
	}
	if len(wa) > 0 && len(wa) == len(wk) && containsAll(wa, wk) && !l.singleKind(l.orgKind(a)) {
		// "CPTS du Beauvaisis" spelled out
		if first := strings.Fields(kept)[0]; allCaps(first) && len(first) > 1 && !allCaps(strings.Fields(a)[0]) {
			return true
		}
		// "CPTS X (Communauté Professionnelle …)": the expansion is no part of the name
		if spelledOut.MatchString(kept) && !strings.Contains(a, "(") {
			return true
		}
	}
	pa, pk := l.placeOf(a), l.placeOf(kept)
	if pa != "" && pk == "" {
		return true
	}
	return pa == pk && !strings.Contains(kept, " ") && allCaps(kept) && len(a) > len(kept)
}

func (l *lexicon) singleKind(kind string) bool {
	return wholeMatch(l.r.Cue("party.single").FindAll(kind), kind)
}

// placeOf is the région or département an organisation's name ends with
// (its official name), or "".
func (l *lexicon) placeOf(name string) string {
	f := rules.Fold(name)
	for _, sp := range l.r.Geo.FindRegions(f) {
		if r, ok := l.r.Geo.RegionByName(f[sp[0]:sp[1]]); ok {
			return r
		}
	}
	for _, sp := range l.r.Geo.FindDepartements(f) {
		if d, ok := l.r.Geo.DepartementByName(f[sp[0]:sp[1]]); ok {
			return d.Name
		}
	}
	return ""
}

// sameProperName returns the index of a kept signatory of p's kind whose
// proper words (those besides its kind's words) include all of p's, or the
// reverse, or -1: "hôpital Isarien" and "Centre Hospitalier Isarien". A name
// of no proper word ("Centre hospitalier") is never merged this way, nor
// "Communauté de communes Quercy Caussadais" with "… Quercy Vert Aveyron".
// A place alone does not tell two kinds of one family apart ("GHT Vendée",
// "CHD Vendée"): then their kind's words must be the same, or one the
// other's acronym ("CPTS des Landes").
func (l *lexicon) sameProperName(p party, kept []Signatory) int {
	kp, wp, gp := l.properWords(p.name)
	// "other" gathers organisations of every sort
	if len(wp) == 0 || p.kind == "other" {
		return -1
	}
	for i, k := range kept {
		if k.Kind != p.kind {
			continue
		}
		kk, wk, gk := l.properWords(k.Name)
		if len(wk) == 0 || !containsAll(wk, wp) && !containsAll(wp, wk) {
			continue
		}
		if (gp || gk) && kp != kk && !acronymOf(strings.ToUpper(kp), kk) && !acronymOf(strings.ToUpper(kk), kp) {
			continue
		}
		return i
	}
	return -1
}

// properWords returns the folded words of a name's kind ("centre
// hospitalier") and the others, linking words and parentheses left out
// ("Centre Hospitalier Simone Veil de Beauvais" → simone, veil, beauvais);
// placeOnly when those are only a département or région.
func (l *lexicon) properWords(name string) (kind string, words []string, placeOnly bool) {
	f := rules.Fold(withoutParentheses(name))
	for _, k := range l.r.OrgKinds {
		if sp, ok := k.Find(f); ok {
			kind = f[sp[0]:sp[1]]
			f = f[:sp[0]] + " " + f[sp[1]:]
			break
		}
	}
	words = significantWords(f)
	for _, sps := range [][][2]int{l.r.Geo.FindDepartements(f), l.r.Geo.FindRegions(f)} {
		for _, sp := range sps {
			f = f[:sp[0]] + strings.Repeat(" ", sp[1]-sp[0]) + f[sp[1]:]
		}
	}
	return kind, words, len(words) > 0 && len(significantWords(f)) == 0
}

func significantWords(f string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) >= 3 && !nameConnectors[w] && w != "les" && w != "des" && w != "et" {
			out = append(out, w)
		}
	}
	return out
}

// spelledOut: a name followed by words in parentheses, its kind's words
// spelled out.
var spelledOut = regexp.MustCompile(`\(\S+\s+\S+[^)]*\)`)

func containsAll(set, sub []string) bool {
	for _, w := range sub {
		found := false
		for _, s := range set {
			found = found || s == w
		}
		if !found {
			return false
		}
	}
	return true
}

// acronymOf reports whether acr (a bare acronym: "CAB", "CALL") is made of
// the initials of name's words, linking words left out, a hyphen
// separating words or not: "Communauté d'Agglomération du Beauvaisis",
// "Communauté d'Agglomération de Lens-Liévin".
func acronymOf(acr, name string) bool {
	if len(acr) < 2 || !allCaps(acr) || strings.ContainsAny(acr, " -") {
		return false
	}
	for _, hyphen := range []bool{false, true} {
		var b strings.Builder
		for _, w := range strings.FieldsFunc(rules.Fold(withoutParentheses(name)), func(r rune) bool {
			return r == ' ' || r == '\'' || hyphen && r == '-'
		}) {
			if !nameConnectors[w] && w != "d" && w != "l" && w != "et" && w != "les" && w != "des" {
				b.WriteString(w[:1])
			}
		}
		if b.String() == strings.ToLower(acr) {
			return true
		}
	}
	return false
}

// withoutParentheses drops what a name says in parentheses (its acronym:
// "Communauté d'Agglomération du Grand Dax (CAGD)").
func withoutParentheses(name string) string {
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bareCollectivity names "la Mairie" or "la Communauté de communes" — a
// collectivity the text does not name — as the territory's,
// when the territory is of that kind or of none stated: "Commune de
// Saint-Ouen".
func (l *lexicon) bareCollectivity(p party, t *territoryMention, kinds *territoryKinds) party {
	// a territory of no stated kind is the collectivity the bare word names
	if t == nil || p.kind != "commune" && p.kind != "epci" || kinds.of(t) != p.kind && kinds.of(t) != "" {
		return p
	}
	if _, words, _ := l.properWords(p.name); len(words) > 0 || strings.ContainsAny(p.name, "0123456789") {
		return p
	}
	// one word that names the collectivity itself ("l'intercommunalité", "la
	// municipalité") stays as written; "la mairie" is its building, "la
	// Communauté de communes" its designation without the name
	if f := rules.Fold(p.name); !strings.Contains(f, " ") && f != "mairie" {
		return p
	}
	name := l.designatedName(t, kinds)
	if rules.Fold(name) == rules.Fold(t.name) {
		// the text writes no designation: the word it uses, or "Commune"
		d := p.name
		if p.kind == "commune" {
			d = "Commune"
		}
		link := " de "
		if r := []rune(rules.Fold(t.name)); len(r) > 0 && strings.ContainsRune("aeiouyh", r[0]) {
			link = " d'"
		}
		if p.kind == "epci" {
			link = " "
		}
		name = d + link + t.name
	}
	p.name = name
	return p
}

// cutOff leaves out a party whose name the end of the text cuts
// ("… et la Communauté de c"): one that ends where the text ends, on a word
// no name ends with (lower case, or one or two letters).
func cutOff(sigs []Signatory, blocks []*Block) []Signatory {
	if len(blocks) == 0 {
		return sigs
	}
	end := blocks[len(blocks)-1].Span()
	out := sigs[:0]
	for _, s := range sigs {
		words := strings.Fields(s.Name)
		if s.Evidence.Page == end.Page && s.Evidence.End >= end.End && len(words) > 0 {
			w := words[len(words)-1]
			if k := strings.LastIndexAny(w, "'’"); k >= 0 && k+1 < len(w) {
				w = w[k+1:] // "l'Allier"
			}
			last := []rune(w)
			if unicode.IsLower(last[0]) || len(last) <= 2 {
				continue
			}
		}
		out = append(out, s)
	}
	return out
}
