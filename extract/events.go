package extract

import (
	"strings"
)

// An event is what one clause says about one contract: that it was signed,
// when, for how long, which generation it is, who the parties are. Contracts
// are assembled from events (contracts.go).
type event struct {
	block      *Block
	start, end int // folded byte range of the clause in the block

	hasRef   bool // the clause names a contract
	kind     string
	kindSpan Span
	gen      int
	genSpan  Span
	renew    bool
	// renewWish: the renewal is an infinitive ("a décidé de renouveler son
	// CLS"), something to do rather than what the contract is
	renewWish bool
	// renewed: the clause dates a renewal ("a renouvelé son CLS le …"), so
	// the contract it speaks of follows another one
	renewed bool
	// genByRenewal: the generation was read from "renouveler", not stated
	genByRenewal bool
	// genGuessed: the generation follows from the order of the contracts
	// (a renewal is the second), not from a figure the text gives
	genGuessed bool
	// elliptic: the clause names its contract only by an ordinal or a
	// renewal after a clause that named it ("le troisième a été renouvelé")
	elliptic bool
	// inheritsSigning: the elliptic clause shares the signing of the clause
	// before ("la signature d'un premier CLS, puis d'un second en 2022"),
	// whose place stands at ellipsisSpan (clause offsets)
	inheritsSigning bool
	ellipsisSpan    [2]int
	// earlier: a passing mention of a contract before the one the text is
	// about ("les deux premiers", "le précédent contrat"): what follows is
	// not its structure
	earlier bool

	signed     *DateMention
	signedSpan Span
	// signedByDateline: the signature's date is the page's dateline, which a
	// date the text gives the same signature outranks
	signedByDateline bool
	period           *DateMention
	periodSpan       Span
	startYear        int
	startSpan        Span
	endYear          int
	endSpan          Span
	duration         int
	durSpan          Span

	territory *territoryMention
	parties   []party
}

func (e *event) dated() bool {
	return e.signed != nil && e.signed.HasYear() || e.period != nil || e.startYear > 0 || e.endYear > 0 || e.duration > 0
}

func (e *event) signedYear() int {
	if e.signed != nil {
		return e.signed.Year
	}
	return 0
}

// years returns the start and end the event states, from its period or cues.
func (e *event) years() (start, end int) {
	start, end = e.startYear, e.endYear
	if e.period != nil {
		start, end = e.period.Year, e.period.EndYear
	}
	return
}

// clauses cuts a sentence where one clause may speak of another contract:
// "En 2022, le premier CLS a pris fin, et les élus ont souhaité le renouveler…".
func clauses(s Sentence) [][2]int {
	f := s.Block.fold.Text[s.Start:s.End]
	var out [][2]int
	start := 0
	for _, sep := range clauseSeparators.FindAllStringIndex(f, -1) {
		if insideParens(f, sep[0]) {
			continue
		}
		out = append(out, [2]int{s.Start + start, s.Start + sep[0]})
		start = sep[1]
	}
	return append(out, [2]int{s.Start + start, s.End})
}

func insideParens(s string, i int) bool {
	return strings.Count(s[:i], "(") > strings.Count(s[:i], ")")
}

// contractRef is a mention of a contract in folded text.
type contractRef struct {
	start, end int
	kind       string
}

// findRefs returns the mentions of one contract in folded clause text c:
// not plural ("les contrats locaux de santé"), not another plan or contract
// ("contrat de ville", "Projet Régional de Santé").
func (l *lexicon) findRefs(c string) []contractRef {
	if !strings.Contains(c, "contrat") && !strings.Contains(c, "cls") && !strings.Contains(c, "protocole") && !strings.Contains(c, "convention") &&
		!strings.Contains(c, "charte") {
		return nil
	}
	others := l.r.Cue("contract.other").FindAll(c)
	var refs []contractRef
	for _, class := range []string{"contract.clsm", "contract.protocole", "contract.cls"} {
		kind := strings.TrimPrefix(class, "contract.")
	next:
		for _, sp := range l.r.Cue(class).FindAll(c) {
			for _, o := range others {
				if sp[0] < o[1] && o[0] < sp[1] {
					continue next
				}
			}
			for _, r := range refs {
				if sp[0] < r.end && r.start < sp[1] {
					continue next
				}
			}
			from := sp[0] - 8
			if from < 0 {
				from = 0
			}
			if l.r.Cue("contract.plural").Match(c[from:sp[1]]) || l.pluralBefore(c[:sp[0]]) {
				continue
			}
			refs = append(refs, contractRef{sp[0], sp[1], kind})
		}
	}
	// in text order
	for i := 1; i < len(refs); i++ {
		for j := i; j > 0 && refs[j].start < refs[j-1].start; j-- {
			refs[j], refs[j-1] = refs[j-1], refs[j]
		}
	}
	return refs
}

// countNouns after "CLS 3" make the digit a count, not a generation.
var countNouns = map[string]bool{"ans": true, "an": true, "axes": true, "annees": true, "mois": true, "fiches": true,
	"actions": true, "objectifs": true, "thematiques": true, "priorites": true, "volets": true, "signataires": true,
	"partenaires": true, "communes": true, "grands": true, "axe": true}

// generationOf reads the generation a reference states: "deuxième CLS",
// "son 2ème contrat", "CLS 2", "Contrat Local de Santé n°3". "premier CLS
// intercommunal" is the first of a kind, not a generation.
func (l *lexicon) generationOf(c string, r contractRef) (gen, start, end int) {
	after := c[r.end:]
	if w := firstWord(after); w != "" && l.r.Cue("generation.qualifier").Match(w) {
		return 0, 0, 0
	}
	if l.isRank(c, r) {
		return 0, 0, 0 // "le premier CLS du département": a rank
	}
	if m := l.ordinalBefore.FindStringSubmatchIndex(c[:r.start]); m != nil {
		if g := l.r.Ordinals[c[m[2]:m[3]]]; g > 0 {
			return g, m[2], r.end
		}
	}
	if m := l.ordinalAfter.FindStringSubmatchIndex(after); m != nil {
		if g := l.r.Ordinals[after[m[2]:m[3]]]; g > 0 {
			return g, r.start, r.end + m[1]
		}
	}
	if m := l.ordinalTimes.FindStringSubmatchIndex(c); m != nil {
		if g := l.r.Ordinals[c[m[2]:m[3]]]; g > 0 {
			return g, m[0], m[1]
		}
	}
	if m := l.numberAfter.FindStringSubmatchIndex(after); m != nil {
		rest := after[m[3]:]
		if !countNouns[firstWord(rest)] {
			g := int(after[m[2]] - '0')
			if g >= 1 && g <= 9 {
				return g, r.start, r.end + m[3]
			}
		}
	}
	return 0, 0, 0
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'') })
	if i < 0 {
		return s
	}
	return s[:i]
}

// pluralBefore reports whether the noun phrase ending at the end of c is
// plural by its determiner: "les premiers CLS", "ces deux contrats", "des
// nouveaux CLS". Adjectives between the determiner and the noun are skipped
// while they bear a plural ending; a singular determiner ("le", "son", "ce")
// or any other word ends the search.
func (l *lexicon) pluralBefore(c string) bool {
	words := strings.Fields(c)
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.Trim(words[k], `(),"`)
		switch {
		case wholeMatch(l.r.Cue("determiner.plural").FindAll(w), w):
			return true
		case l.number(w) >= 2:
			return true
		case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x"):
			continue // "premiers", "nouveaux", "locaux"
		}
		return false
	}
	return false
}

func wholeMatch(spans [][2]int, w string) bool {
	for _, sp := range spans {
		if sp[0] == 0 && sp[1] == len(w) {
			return true
		}
	}
	return false
}

// isRank reports whether contract reference r of clause c is ranked among
// territories ("le premier CLS du département", "le quatrième de la région"):
// the phrase right after it says what it is ranked in.
func (l *lexicon) isRank(c string, r contractRef) bool {
	if l.ordinalBefore.FindStringIndex(c[:r.start]) == nil {
		return false // "le CLS du département de la Lozère" ranks nothing
	}
	after := strings.TrimLeft(c[r.end:], " ")
	if sp, ok := l.r.Cue("generation.rank").Find(after); ok && sp[0] == 0 {
		return true
	}
	// "le premier CLS de Mayotte", "le 2e CLS de Corse": ranked in a région
	// or a département
	for _, p := range []string{"de la ", "de l'", "du ", "des ", "de ", "d'", "en "} {
		if strings.HasPrefix(after, p) {
			rest := after[len(p):]
			for _, sp := range l.r.Geo.FindRegions(rest) {
				if sp[0] == 0 {
					return true
				}
			}
			// a département's name can open a longer name ("le premier CLS
			// de Vienne Condrieu Agglomération"): only one that ends there
			for _, sp := range l.r.Geo.FindDepartements(rest) {
				if sp[0] == 0 && placeEndsPhrase(rest[sp[1]:]) {
					return true
				}
			}
			break
		}
	}
	return false
}

// placeEndsPhrase: what follows a place name closes the noun phrase (the
// clause ends, or a verb or preposition follows).
func placeEndsPhrase(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || strings.ContainsAny(rest[:1], ",.;:)(") {
		return true
	}
	switch firstWord(rest) {
	case "a", "est", "sera", "signe", "signee", "qui", "en", "le", "avec", "pour", "dont", "ont", "fut":
		return true
	}
	return false
}
