package extract

import (
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/clsx/clsx/rules"
)

// lexicon holds what is compiled from a rule set for the extractors: regular
// expressions that embed the month and number words of the rules.
type lexicon struct {
	r *rules.Set

	fullDate, numericDate, monthYear, dayMonth, monthOnly *regexp.Regexp
	shortDate                                             *regexp.Regexp
	qualifiedYear, plainYear, period                      *regexp.Regexp
	duration, durationAfter                               *regexp.Regexp
	ordinalBefore, numberAfter                            *regexp.Regexp
	ordinalAfter, ordinalTimes                            *regexp.Regexp
	ordinalAxisLine                                       *regexp.Regexp
	axisLine, objectiveLine, actionLine, transversalLine  *regexp.Regexp
	leadStart                                             *regexp.Regexp
}

var lexicons sync.Map // *rules.Set → *lexicon

func lexiconFor(r *rules.Set) *lexicon {
	if l, ok := lexicons.Load(r); ok {
		return l.(*lexicon)
	}
	l := buildLexicon(r)
	actual, _ := lexicons.LoadOrStore(r, l)
	return actual.(*lexicon)
}

// alternation builds "(?:a|b|c)" from words, longest first, with spaces
// matching any white space.
func alternation(words []string) string {
	sort.Slice(words, func(i, j int) bool {
		return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
	})
	parts := make([]string, len(words))
	for i, w := range words {
		parts[i] = strings.ReplaceAll(regexp.QuoteMeta(w), " ", `\s+`)
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

var wordStar = regexp.MustCompile(`([a-z0-9])\*`)

// nonCapturing turns the groups of a pattern into non-capturing ones.
func nonCapturing(src string) string {
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		c := src[i]
		b.WriteByte(c)
		if c == '\\' && i+1 < len(src) {
			i++
			b.WriteByte(src[i])
			continue
		}
		if c == '(' && (i+1 >= len(src) || src[i+1] != '?') {
			b.WriteString("?:")
		}
	}
	return b.String()
}

// patternSources returns the sources of a cue class as one alternation.
func cueAlternation(r *rules.Set, class string) string {
	var parts []string
	for _, p := range r.Cue(class).Patterns() {
		src := strings.ReplaceAll(rules.Fold(p.Source), " ", `\s+`)
		// groups of the rule syntax must not shift the submatches of the
		// expressions the alternation is embedded in ("pilote(e)?s? par")
		src = nonCapturing(src)
		src = wordStar.ReplaceAllString(src, "$1[a-z0-9]*")
		parts = append(parts, src)
	}
	if len(parts) == 0 {
		return `(?:\x00)`
	}
	sort.Slice(parts, func(i, j int) bool { return len(parts[i]) > len(parts[j]) })
	return "(?:" + strings.Join(parts, "|") + ")"
}

func buildLexicon(r *rules.Set) *lexicon {
	month := `(` + alternation(keys(r.Months)) + `)\.?`
	num := `(\d{1,2}|` + alternation(keys(r.Numbers)) + `)`
	ord := `(` + alternation(keys(r.Ordinals)) + `)`
	const b = `(?:^|[^a-z0-9])`
	const e = `(?:$|[^a-z0-9])`
	l := &lexicon{r: r}
	l.fullDate = regexp.MustCompile(b + `((?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(1er|\d{1,2})\s+` + month + `\s+(\d{4}))` + e)
	l.numericDate = regexp.MustCompile(b + `((\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d))` + e)
	l.shortDate = regexp.MustCompile(b + `((\d{1,2})/(\d{1,2})/(\d\d))` + e)
	l.monthYear = regexp.MustCompile(b + `(` + month + `\s+(?:de\s+l'annee\s+)?((?:19|20)\d\d))` + e)
	l.dayMonth = regexp.MustCompile(b + `((1er|\d{1,2})\s+` + month + `)` + e)
	l.monthOnly = regexp.MustCompile(b + `((?:en|d'|au mois d'|au mois de|courant|debut|fin|mi)\s*` + month + `)` + e)
	l.qualifiedYear = regexp.MustCompile(b + `((debut|fin|mi|courant|printemps|ete|automne|hiver|premier semestre|second semestre|au cours de|en)\s*(?:de\s+l'annee\s+|d'annee\s+)?((?:19|20)\d\d))` + e)
	l.plainYear = regexp.MustCompile(b + `((?:19|20)\d\d)` + e)
	l.period = regexp.MustCompile(b + `(((?:19|20)\d\d)\s*(?:/|a|au|\s)\s*((?:19|20)\d\d))` + e)
	l.duration = regexp.MustCompile(b + `((?:duree|periode)\s*(?:\s(?:de\s+|d')|:\s*)` + num + `\s+(?:ans|annees))` + e)
	// "pour 6 ans", "sur 5 ans", "pendant les 3 ans de contrat", "pour les
	// cinq prochaines années", "durera trois ans"; never elapsed time ("en 4
	// ans, ce contrat a permis…", "depuis 5 ans")
	l.durationAfter = regexp.MustCompile(b + `((?:(?:pour|pendant|durant)\s+(?:une\s+(?:duree|periode)\s+de\s+|les\s+)?|sur\s+|durera\s+|au\s+cours\s+des\s+)` + num + `\s+(?:prochaines\s+)?(?:ans|annees))` + e)
	// "deuxième CLS", "troisième génération du contrat local de santé",
	// "une 3ème version du contrat"
	l.ordinalBefore = regexp.MustCompile(b + ord + `\s*(?:(?:generation|version)\s+(?:du|de|d'|des)\s*)?$`)
	l.numberAfter = regexp.MustCompile(`^\s*(?:n\s*[°o]\s*|no\s*)?(\d)(?:$|[^0-9a-z%])`)
	// "CLS de 2ème génération", "contrat de deuxième génération"
	l.ordinalAfter = regexp.MustCompile(`^\s*(?:\(\s*cls\s*\)\s*)?\(?\s*(?:de\s+|du\s+)?` + ord + `\s*generation` + e)
	l.ordinalAxisLine = ordinalAxisPattern(ord)
	// "Pour la 4e fois, le CLS … a été signé"
	l.ordinalTimes = regexp.MustCompile(b + `pour\s+la\s+` + ord + `\s+fois` + e)
	numLabel := `\s*(?:n\s*[°o]?\s*\.?\s*)?`
	l.axisLine = regexp.MustCompile(`^` + cueAlternation(r, "axis.label") + numLabel + `(\d{1,2}|[ivx]{1,4})` + e + `\s*[:.)]?\s*(.*)$`)
	l.objectiveLine = regexp.MustCompile(`^` + cueAlternation(r, "objective.label") + numLabel + `(?:(\d{1,2}(?:\.\d{1,2})*)` + e + `\s*[:.)]?|\s*:)\s*(.*)$`)
	l.actionLine = regexp.MustCompile(`^` + cueAlternation(r, "action.label") + numLabel + `(?:(\d{1,3}(?:\.\d{1,2})*)` + e + `\s*[:.)]?|\s*:)\s*(.*)$`)
	l.transversalLine = regexp.MustCompile(`^` + cueAlternation(r, "axis.transversal") + `\s*:\s*(.+)$`)
	l.leadStart = regexp.MustCompile(`^` + cueAlternation(r, "lead") + `\s*:?\s*(.+)$`)
	return l
}

// number reads a cardinal written in digits or in words.
func (l *lexicon) number(s string) int {
	s = strings.Join(strings.Fields(s), " ")
	if v, ok := l.r.Numbers[s]; ok {
		return v
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
		if n > 1000 {
			return 0
		}
	}
	return n
}

var clauseSeparators = regexp.MustCompile(`(?:,\s+et\s+|;\s+|,\s+puis\s+|,\s+mais\s+)`)
