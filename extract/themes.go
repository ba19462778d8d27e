package extract

import "github.com/clsx/clsx/rules"

// themesOf returns the themes a title carries, in the guide's order: every
// theme one of whose patterns the title contains.
func (l *lexicon) themesOf(title string) []string {
	f := rules.Fold(title)
	out := []string{}
	for _, id := range l.r.ThemeOrder {
		if l.r.Themes[id].Match(f) {
			out = append(out, id)
		}
	}
	return out
}

// tagThemes sets the themes of every axis, objective and action of a
// contract and returns their union, in order of first appearance.
func (l *lexicon) tagThemes(axes []Axis, actions []Action) []string {
	union := []string{}
	seen := map[string]bool{}
	add := func(ts []string) {
		for _, t := range ts {
			if !seen[t] {
				seen[t] = true
				union = append(union, t)
			}
		}
	}
	tagActions := func(as []Action) {
		for i := range as {
			as[i].Themes = l.themesOf(as[i].Title)
			add(as[i].Themes)
		}
	}
	for i := range axes {
		axes[i].Themes = l.themesOf(axes[i].Title)
		add(axes[i].Themes)
		for j := range axes[i].Objectives {
			axes[i].Objectives[j].Themes = l.themesOf(axes[i].Objectives[j].Title)
			add(axes[i].Objectives[j].Themes)
		}
		tagActions(axes[i].Actions)
	}
	tagActions(actions)
	return union
}
