package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/clsx/clsx/rules"
)

// People sign for organisations: "Mme X, présidente de Y" and "la
// présidente de Y" give Y; "le maire de Z" gives the commune of Z. A person's
// name and title are never part of a party.

// roleOf is what links a title to its organisation.
var roleOf = regexp.MustCompile(`^\s*(?:de la |de l'|du |des |de |d')`)

// personOrg rewrites a piece of an enumeration that names a person by their
// title into the organisation they sign for; ok=false when it names no
// title. With several titles ("maire de N, président de la Métropole") the
// last one is the one the person signs with.
func (l *lexicon) personOrg(s segment) (segment, bool) {
	fm := rules.FoldMap(s.text)
	f := fm.Text
	// "la Ville de Laval, représentée par son Maire": an organisation first
	if l.orgKindAtStart(leadingArticle.ReplaceAllString(f, "")) && !l.startsWithRole(s.text) {
		return s, false
	}
	var role, link []int
	for _, sp := range l.r.Cue("party.role").FindAll(f) {
		if m := roleOf.FindStringIndex(f[sp[1]:]); m != nil {
			role, link = []int{sp[0], sp[1]}, []int{sp[1] + m[0], sp[1] + m[1]}
		}
	}
	if role == nil {
		return s, false
	}
	rs := []rune(s.text)
	from := fm.RuneOffset(link[1])
	org := strings.TrimSpace(string(rs[from:]))
	// "directeur de la délégation de la Sarthe de l'Agence régionale de
	// santé": a lower-case name is an organisation when it says its kind
	if org == "" || !unicode.IsUpper([]rune(org)[0]) && l.orgKind(org) == "" {
		return s, false
	}
	out := segment{text: org, span: Span{Start: s.span.Start + from, End: s.span.End, Page: s.span.Page}, sep: s.sep}
	if t := f[role[0]:role[1]]; strings.HasPrefix(t, "prefet") && (l.orgKind(org) == "" || bareDesignation(org)) {
		// "le préfet de la Guyane": the préfecture of the place named,
		// linked as the text links it
		linkText := string(rs[fm.RuneOffset(link[0]):from])
		out = segment{text: "Préfecture" + strings.TrimRight(linkText, " ") + spaceUnlessElided(linkText) + org,
			span: Span{Start: s.span.Start + fm.RuneOffset(role[0]), End: s.span.End, Page: s.span.Page}, sep: s.sep, rebuilt: true}
		return out, true
	}
	if strings.HasPrefix(f[role[0]:role[1]], "maire") && !strings.Contains(f[role[0]:role[1]], "adjoint") && l.orgKind(org) == "" {
		// "le maire de Millau": the commune, whose name the text does not
		// write; the span is the title's and the commune's
		link := "de "
		if r := []rune(rules.Fold(org)); len(r) > 0 && strings.ContainsRune("aeiouyh", r[0]) {
			link = "d'"
		}
		out = segment{text: "Ville " + link + org, span: Span{Start: s.span.Start + fm.RuneOffset(role[0]), End: s.span.End, Page: s.span.Page}, sep: s.sep, rebuilt: true}
	}
	return out, true
}

// startsWithRole: a piece that opens with a title ("Président du Pôle …").
func (l *lexicon) startsWithRole(text string) bool {
	f := rules.Fold(leadingArticle.ReplaceAllString(strings.TrimSpace(text), ""))
	// "son président", "sa directrice": the title of the one named before
	for _, d := range []string{"son ", "sa ", "leur "} {
		f = strings.TrimPrefix(f, d)
	}
	sp, ok := l.r.Cue("party.role").Find(f)
	return ok && sp[0] == 0
}

// bareRole: a piece that is a title and nothing more ("maire", "son
// Président"), which names no organisation even where the title is also an
// organisation word.
func (l *lexicon) bareRole(text string) bool {
	f := rules.Fold(leadingArticle.ReplaceAllString(strings.TrimSpace(text), ""))
	for _, d := range []string{"son ", "sa ", "leur "} {
		f = strings.TrimPrefix(f, d)
	}
	sp, ok := l.r.Cue("party.role").Find(f)
	return ok && sp[0] == 0 && sp[1] == len(f)
}

// spaceUnlessElided: the space after a linking word, none after "d'" or "l'".
func spaceUnlessElided(link string) string {
	if strings.HasSuffix(strings.TrimRight(link, " "), "'") {
		return ""
	}
	return " "
}

// bareDesignation: "région", "département" alone, a level of the State, as in
// "le préfet de région".
func bareDesignation(org string) bool {
	switch rules.Fold(strings.TrimSpace(org)) {
	case "region", "departement":
		return true
	}
	return false
}
