package extract

import (
	"regexp"
	"strings"
)

// A document whose line breaks were lost (a PDF copied as one paragraph, a
// transcript) runs its plan together: "… du territoire. Axe 2 : Promouvoir
// la santé mentale Objectif 2.1 : …". The labels of the plan (axis,
// objective, action, article) start lines wherever they stand capitalised
// with their number and a separator: such a line is cut before each.

// maxRunOnLine: a line longer than this may hold several lines of a plan.
const maxRunOnLine = 300

// labelStart finds a capitalised plan label with its number and separator
// inside a line ("Axe 2 :", "AXE II –", "Objectif 1.1 :", "Fiche action n°3
// -", "Article 4 :"), followed by a capitalised title.
var labelStart = regexp.MustCompile(`\s((?:AXE|Axe|OBJECTIF|Objectif|ACTION|Action|FICHE[ -]ACTION|Fiche[ -][Aa]ction|ARTICLE|Article)(?:\s+(?:strat[ée]gique|STRAT[ÉE]GIQUE|op[ée]rationnel|OP[ÉE]RATIONNEL))?\s*(?:n°\s*|N°\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})\s*[:.–—-]\s+\p{Lu})`)

// splitRunOnLabels puts each plan label of an overlong line at the start of
// a line of its own. Lines of ordinary length are left as they are, so a
// label quoted in a sentence ("l'Axe 2 : …" in a short paragraph) stays.
func splitRunOnLabels(text string) string {
	if !strings.Contains(text, " ") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i, line := range lines {
		if len(line) <= maxRunOnLine {
			continue
		}
		locs := labelStart.FindAllStringSubmatchIndex(line, -1)
		if len(locs) < 2 {
			continue // one label in a long paragraph is a mention, not a plan
		}
		var b strings.Builder
		last := 0
		for _, m := range locs {
			b.WriteString(strings.TrimRight(line[last:m[2]], " "))
			b.WriteString("\n")
			last = m[2]
		}
		b.WriteString(line[last:])
		lines[i] = b.String()
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}
