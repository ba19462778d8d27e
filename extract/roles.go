package extract

import (
	"strings"
)

// Date roles: what a date is the date of, read from the words before it.
const (
	roleFree        = ""            // nothing says it is not the contract's
	rolePublication = "publication" // "Publié le 03/12/2019"
	roleMeeting     = "meeting"     // "lors du COPIL du 10 janvier 2019"
	roleLaw         = "law"         // "la loi … du 21 juillet 2009"
	roleOther       = "other"       // "débute en 2019", "Labellisation …"
	rolePlan        = "plan"        // "Projet Régional de Santé 2018-2028"
)

// roleWindow is how far back (bytes of folded text) a cue can qualify a date.
const roleWindow = 90

// dateRole classifies a date mention of folded text s by the cues in the
// stretch of text before it: back to the previous clause boundary outside
// quotes and parentheses, at most roleWindow bytes. A signing cue nearer the
// date than a meeting cue keeps it free ("signé lors du COPIL du 3 mai").
func (l *lexicon) dateRole(s string, m DateMention) string {
	w := roleContext(s, m.Start)
	if w == "" {
		return roleFree
	}
	type cue struct {
		class, role string
	}
	last, lastPos := roleFree, -1
	for _, c := range []cue{
		{"date.publication", rolePublication}, {"date.meeting", roleMeeting}, {"date.law", roleLaw},
		{"date.other", roleOther}, {"contract.other", rolePlan}, {"signing", roleFree},
		{"contract.cls", roleFree}, {"contract.protocole", roleFree},
	} {
		for _, sp := range l.r.Cue(c.class).FindAll(w) {
			if sp[0] > lastPos || sp[0] == lastPos && c.role != roleFree {
				last, lastPos = c.role, sp[0]
			}
		}
	}
	if last == roleMeeting && l.signedAtMeeting(w, lastPos) {
		return roleFree
	}
	if last == roleFree && lastPos >= 0 && l.signsAnotherPlan(w, lastPos) {
		return rolePlan // "la convention-cadre que nous avons signée en 2014"
	}
	return last
}

// signedAtMeeting reports whether the meeting cue at pos of context w is the
// occasion of a signature: "signé lors du COPIL du 3 mai", "signé à
// l'occasion du conseil communautaire du …".
func (l *lexicon) signedAtMeeting(w string, pos int) bool {
	for _, sp := range l.r.Cue("signing").FindAll(w[:pos]) {
		between := w[sp[1]:pos]
		for _, link := range []string{"lors d", "a l'occasion d", "au cours d", "en marge d"} {
			if strings.Contains(between, link) && len(between) < 40 {
				return true
			}
		}
	}
	return false
}

// roleContext returns the text before position end that can qualify what is
// there: back to a clause boundary (",", ";", ":", ". ") outside quotes and
// parentheses, within roleWindow bytes.
func roleContext(s string, end int) string {
	start := end - roleWindow
	if start < 0 {
		start = 0
	}
	depth, quote := 0, false
	for i := end - 1; i >= start; i-- {
		switch c := s[i]; c {
		case ')':
			depth++
		case '(':
			if depth > 0 {
				depth--
			}
		case '"':
			quote = !quote
		case ',', ';', ':', '.':
			if depth == 0 && !quote && (c != '.' || i+1 < len(s) && s[i+1] == ' ') {
				if c == ':' && strings.TrimSpace(s[i+1:end]) == "" {
					continue // "Mis à jour : 04/01/2024": a label and its date
				}
				if c == ',' && setOff(s[i+1:end]) {
					continue // "présentée, le 15 mars 2019, …": the date qualifies what is before
				}
				return s[i+1 : end]
			}
		}
	}
	// do not start in the middle of a word
	if start > 0 {
		if j := strings.IndexByte(s[start:end], ' '); j >= 0 {
			start += j + 1
		}
	}
	return s[start:end]
}

// setOff reports whether what stands between a comma and a date is only an
// article or preposition: the date is set off by commas and qualifies the
// words before the comma ("La démarche a été présentée, le 15 mars 2019, …").
func setOff(between string) bool {
	w := strings.Fields(between)
	if len(w) > 1 {
		return false
	}
	return len(w) == 0 || w[0] == "le" || w[0] == "en" || w[0] == "au" || w[0] == "du" || w[0] == "des" || w[0] == "depuis"
}

// frontedWords may stand before a date that opens a sentence and frames it:
// "Ce mardi 3 décembre 2019, …", "En 2010, …", "Depuis août 2019, …".
var frontedWords = map[string]bool{"ce": true, "le": true, "en": true, "depuis": true, "des": true,
	"c'est": true, "au": true, "a": true, "partir": true, "de": true, "d'": true, "courant": true,
	"ainsi": true, "et": true, "puis": true, "enfin": true}

// isFronted reports whether date mention m opens sentence s (only framing
// words before it) and is followed by a comma or stands alone.
func isFronted(s string, m DateMention) bool {
	before := strings.Fields(strings.TrimRight(s[:m.Start], " ,"))
	if len(before) > 3 {
		return false
	}
	for _, w := range before {
		if !frontedWords[strings.Trim(w, ",")] {
			return false
		}
	}
	after := strings.TrimLeft(s[m.End:], " ")
	return after == "" || after[0] == ',' || after[0] == ':'
}

// signsAnotherPlan reports whether the signing cue at pos of context w signs
// another plan or agreement named before it, with no contract of ours in
// between: "la convention-cadre que nous avons signée en novembre 2014",
// "le contrat de ville signé en 2015".
func (l *lexicon) signsAnotherPlan(w string, pos int) bool {
	sp, ok := l.r.Cue("signing").Find(w[pos:])
	if !ok || sp[0] != 0 {
		return false // the last cue is a contract of ours, not a signature
	}
	others := l.r.Cue("contract.other").FindAll(w[:pos])
	if len(others) == 0 {
		return false
	}
	last := others[len(others)-1]
	for _, class := range []string{"contract.cls", "contract.protocole", "contract.clsm"} {
		if l.r.Cue(class).Match(w[last[1]:pos]) {
			return false
		}
	}
	return true
}
