package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// fieldNext reports whether block i+1 is a field of a fiche right after
// block i: a "Label : …" line or a table row, without a blank line between,
// that is no axis, objective or action line of the plan.
func (l *lexicon) fieldNext(blocks []*Block, i int) bool {
	if i+1 >= len(blocks) || blocks[i+1].BlankBefore {
		return false
	}
	nb := blocks[i+1]
	f := nb.fold.Text
	if l.axisLine.MatchString(f) || l.objectiveLine.MatchString(f) || l.actionLine.MatchString(f) {
		return false
	}
	return nb.row || fieldLine.MatchString(f)
}

// fieldLine is a fiche's field as a line: a short label, a colon, its
// content ("Partenaires : CPAM ; CCAS", "Public cible :"). A table row
// written out by a reader has this form too ("label : cell | cell").
var fieldLine = regexp.MustCompile(`^[a-z0-9][^:.;!?]{0,39}:`)

// continuesAxis reports whether an objective or action line numbered num
// continues axis ax after a paragraph or heading interrupted it: a dotted
// number starts with the axis's own ("Objectif 1.2", "Action 2.1.3" under
// axis 2), and the number comes after the last one of its kind under the
// axis (prior). An unnumbered one must stand as a heading. Otherwise a
// "Fiche action n°1" of an annex, or "Objectif : …" in prose, would be filed
// under the plan's last axis.
func continuesAxis(ax *Axis, num string, prior []string, heading bool) bool {
	if num == "" {
		return heading
	}
	if i := strings.IndexByte(num, '.'); i >= 0 && num[:i] != ax.Number {
		return false
	}
	for k := len(prior) - 1; k >= 0; k-- {
		if prior[k] != "" {
			return numberAfter(num, prior[k])
		}
	}
	return true
}

// numberAfter reports whether b comes after a in a plan's numbering, part by
// part: "2.1.3" after "2.1.2", "10" after "9".
func numberAfter(b, a string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, err1 := strconv.Atoi(as[i])
		y, err2 := strconv.Atoi(bs[i])
		if err1 != nil || err2 != nil {
			return false
		}
		if y != x {
			return y > x
		}
	}
	return len(bs) > len(as)
}

func objectiveNumbers(ax *Axis) []string {
	out := make([]string, len(ax.Objectives))
	for i, o := range ax.Objectives {
		if o.Number != nil {
			out[i] = *o.Number
		}
	}
	return out
}

func actionNumbers(ax *Axis) []string {
	out := make([]string, len(ax.Actions))
	for i, a := range ax.Actions {
		if a.Number != nil {
			out[i] = *a.Number
		}
	}
	return out
}

// sameNumbering: under an axis whose actions are numbered 1, 2, 3…, the next
// number continues the actions rather than listing steps of the last one.
func sameNumbering(action *Action, num string) bool {
	if action.Number == nil {
		return false
	}
	a, err1 := strconv.Atoi(*action.Number)
	n, err2 := strconv.Atoi(num)
	return err1 == nil && err2 == nil && n == a+1 && len(action.Steps) == 0
}
