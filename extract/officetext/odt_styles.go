package officetext

import (
	"encoding/xml"
	"fmt"
)

// odtStyles is what an ODT's styles say of structure: which paragraph
// styles are the title, and how each list style numbers each level.
type odtStyles struct {
	parent map[string]string           // paragraph style → parent style
	lists  map[string]map[int]odtLevel // list style → level → numbering
}

type odtLevel struct {
	ordered bool
	start   int
}

func newODTStyles() *odtStyles {
	return &odtStyles{parent: map[string]string{}, lists: map[string]map[int]odtLevel{}}
}

// read adds the styles of one entry (styles.xml, then content.xml's
// automatic styles).
func (s *odtStyles) read(name string, b []byte) {
	w := newWalker(name, b)
	list := ""
	for t := w.next(); t != nil; t = w.next() {
		switch t := t.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "style":
				if p := attr(t, "parent-style-name"); p != "" {
					s.parent[attr(t, "name")] = p
				}
			case "list-style":
				list = attr(t, "name")
				s.lists[list] = map[int]odtLevel{}
			case "list-level-style-number", "list-level-style-bullet", "list-level-style-image":
				if list != "" {
					// A number style with an empty format shows no number.
					ordered := t.Name.Local == "list-level-style-number" && attr(t, "num-format") != ""
					s.lists[list][atoi(attr(t, "level"), 1)] = odtLevel{ordered: ordered, start: atoi(attr(t, "start-value"), 1)}
				}
			case "body":
				return // content.xml: the styles are before the body
			}
		case xml.EndElement:
			if t.Name.Local == "list-style" {
				list = ""
			}
		}
	}
}

// isTitle reports a paragraph style that is, or derives from, Title.
func (s *odtStyles) isTitle(style string) bool {
	for range 16 {
		if style == "Title" {
			return true
		}
		if style = s.parent[style]; style == "" {
			return false
		}
	}
	return false
}

// listLevel is how list style name numbers level; an unknown style or
// level reads as bullets.
func (s *odtStyles) listLevel(name string, level int) odtLevel {
	if l, ok := s.lists[name][level]; ok {
		return l
	}
	return odtLevel{start: 1}
}

var errEncryptedODF = fmt.Errorf("%w: a password-protected OpenDocument file (its content is encrypted)", ErrUnsupported)

func errNotText(mimetype string) error {
	return fmt.Errorf("%w: an OpenDocument file of type %q, not text", ErrNotOffice, mimetype)
}
