package officetext

import (
	"encoding/xml"
	"strings"
)

// wStyle is what a DOCX paragraph style says of structure.
type wStyle struct {
	name, basedOn string
	outline       int // 0-based outline level, -1 for none
	numID         string
	ilvl          int
}

// readStyles reads word/styles.xml.
func readStyles(b []byte) map[string]*wStyle {
	out := map[string]*wStyle{}
	w := newWalker("word/styles.xml", b)
	var cur *wStyle
	for t := w.next(); t != nil; t = w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			val := attr(t, "val")
			switch t.Name.Local {
			case "style":
				cur = &wStyle{outline: -1}
				out[attr(t, "styleId")] = cur
			case "name":
				if cur != nil {
					cur.name = strings.ToLower(val)
				}
			case "basedOn":
				if cur != nil {
					cur.basedOn = val
				}
			case "outlineLvl":
				if cur != nil {
					cur.outline = atoi(val, -1)
				}
			case "numId":
				if cur != nil {
					cur.numID = val
				}
			case "ilvl":
				if cur != nil {
					cur.ilvl = atoi(val, 0)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "style" {
				cur = nil
			}
		}
	}
	return out
}

// outline is a style's 0-based outline level, following basedOn: its
// own outlineLvl, else a heading name ("heading 2", "titre 2"), "title"
// counting as level 0; -1 for body text.
func outline(styles map[string]*wStyle, id string) int {
	for range 16 {
		s := styles[id]
		if s == nil {
			return -1
		}
		if s.outline >= 0 {
			return s.outline
		}
		for _, p := range []string{"heading ", "titre "} {
			if n, ok := strings.CutPrefix(s.name, p); ok {
				return atoi(n, 0) - 1
			}
		}
		if s.name == "title" || s.name == "titre" {
			return 0
		}
		id = s.basedOn
	}
	return -1
}

// styleNumbering is the list a style puts its paragraphs in, following
// basedOn.
func styleNumbering(styles map[string]*wStyle, id string) (string, int) {
	for range 16 {
		s := styles[id]
		if s == nil {
			return "", 0
		}
		if s.numID != "" {
			return s.numID, s.ilvl
		}
		id = s.basedOn
	}
	return "", 0
}

// numLevel is one level of a list definition.
type numLevel struct {
	format string // decimal, bullet, lowerLetter…
	start  int
}

// numbering is word/numbering.xml: the list definitions (abstractNum),
// and the list instances (num) that use them, restarting where they say.
type numbering struct {
	abstract  map[string]map[int]numLevel
	instances map[string]string      // numId → abstractNumId
	starts    map[string]map[int]int // numId → ilvl → startOverride
	counters  map[string]*[9]int     // numId → the current number per level
	seen      map[string]*[9]bool
}

func readNumbering(b []byte) *numbering {
	n := &numbering{abstract: map[string]map[int]numLevel{}, instances: map[string]string{},
		starts: map[string]map[int]int{}, counters: map[string]*[9]int{}, seen: map[string]*[9]bool{}}
	w := newWalker("word/numbering.xml", b)
	var abs, num string
	lvl, override := -1, -1
	for t := w.next(); t != nil; t = w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			val := attr(t, "val")
			switch t.Name.Local {
			case "abstractNum":
				abs = attr(t, "abstractNumId")
				n.abstract[abs] = map[int]numLevel{}
			case "num":
				num = attr(t, "numId")
				n.starts[num] = map[int]int{}
			case "abstractNumId":
				if num != "" {
					n.instances[num] = val
				}
			case "lvl":
				lvl = atoi(attr(t, "ilvl"), 0)
				if abs != "" && num == "" {
					n.abstract[abs][lvl] = numLevel{format: "decimal", start: 1}
				}
			case "lvlOverride":
				override = atoi(attr(t, "ilvl"), 0)
			case "startOverride":
				if num != "" && override >= 0 {
					n.starts[num][override] = atoi(val, 1)
				}
			case "start", "numFmt":
				if abs != "" && num == "" && lvl >= 0 {
					l := n.abstract[abs][lvl]
					if t.Name.Local == "start" {
						l.start = atoi(val, 1)
					} else {
						l.format = val
					}
					n.abstract[abs][lvl] = l
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "abstractNum":
				abs = ""
			case "num":
				num = ""
			case "lvl":
				lvl = -1
			case "lvlOverride":
				override = -1
			}
		}
	}
	return n
}

// next numbers a paragraph of list numID at level ilvl: whether it shows
// as a list item at all (a level of format "none", as heading styles'
// outline numbering has, shows nothing), whether the list is ordered, and
// the item's number (0 for a bullet). Deeper levels restart, as in Word.
func (n *numbering) next(numID string, ilvl int) (shown, ordered bool, number int) {
	ilvl = min(max(ilvl, 0), 8)
	l, ok := n.abstract[n.instances[numID]][ilvl]
	if !ok {
		l = numLevel{format: "bullet"}
	}
	if c, ok := n.starts[numID][ilvl]; ok {
		l.start = c
	}
	if l.format == "none" {
		return false, false, 0
	}
	ordered = l.format != "bullet" && l.format != ""
	c, s := n.counters[numID], n.seen[numID]
	if c == nil {
		c, s = new([9]int), new([9]bool)
		n.counters[numID], n.seen[numID] = c, s
	}
	if s[ilvl] {
		c[ilvl]++
	} else {
		c[ilvl], s[ilvl] = l.start, true
	}
	for j := ilvl + 1; j < 9; j++ {
		s[j] = false
	}
	if !ordered {
		return true, false, 0
	}
	return true, true, c[ilvl]
}
