package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.txt
var bundled embed.FS

// The rule files clsx reads, each with the number of fields of its rows.
var files = map[string][2]int{
	"months.txt":       {2, 2},
	"numbers.txt":      {2, 2},
	"ordinals.txt":     {2, 2},
	"orgkinds.txt":     {2, 2},
	"themes.txt":       {2, 2},
	"cues.txt":         {2, 2},
	"territories.txt":  {2, 2},
	"departements.txt": {3, 3},
	"regions.txt":      {1, 2},
}

// Extra is the suffix of a user's file that adds rules in front of a bundled
// file instead of replacing it: "themes.extra.txt" extends "themes.txt".
const Extra = ".extra.txt"

// Set is a loaded, compiled set of rules.
type Set struct {
	Months   map[string]int // folded month word → 1..12
	Numbers  map[string]int // folded cardinal word → value
	Ordinals map[string]int // folded ordinal word → rank

	OrgKinds    []KindPattern // first match gives an organisation's kind
	Territories []KindPattern // designations of territories, by kind
	Themes      map[string]*Matcher
	ThemeOrder  []string // theme ids in the order of the annotation guide

	cues map[string]*Matcher
	Geo  *Geo
}

// KindPattern is a pattern that gives a kind.
type KindPattern struct {
	Kind string
	Pattern
}

// Match reports the folded-text span where the pattern matches s.
func (k KindPattern) Find(s string) ([2]int, bool) {
	if k.lit != "" && !strings.Contains(s, k.lit) {
		return [2]int{}, false
	}
	loc := k.re.FindStringSubmatchIndex(s)
	if loc == nil {
		return [2]int{}, false
	}
	return [2]int{loc[2], loc[3]}, true
}

// Cue returns the matcher of a cue class. It panics on a class that is not in
// CueClasses: that is a programming error, not a user's.
func (s *Set) Cue(class string) *Matcher {
	m, ok := s.cues[class]
	if !ok {
		panic("rules: unknown cue class " + class)
	}
	return m
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the bundled rules, compiled once.
func Default() *Set {
	defaultOnce.Do(func() { defaultSet, defaultErr = Load("") })
	if defaultErr != nil {
		panic("rules: bundled rules are invalid: " + defaultErr.Error())
	}
	return defaultSet
}

// Load compiles the bundled rules with a user's directory over them. In dir,
// a file named like a bundled one replaces it, and NAME.extra.txt adds its rules
// in front of NAME.txt's (so they win where order matters). Any other .txt file
// is an error, so a misspelt name does not go unnoticed. dir "" loads the
// bundled rules alone.
func Load(dir string) (*Set, error) {
	tables := map[string][]Row{}
	for name, n := range files {
		data, err := bundled.ReadFile("data/" + name)
		if err != nil {
			return nil, err
		}
		rows, err := ParseTable("rules/data/"+name, data, n[0], n[1])
		if err != nil {
			return nil, err
		}
		tables[name] = rows
	}
	if dir != "" {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("rules directory: %w", err)
		}
		names := make([]string, 0, len(entries))
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".txt") {
				names = append(names, e.Name())
			}
		}
		// replacements first, then the .extra.txt files in front of them
		sort.SliceStable(names, func(i, j int) bool {
			ei, ej := strings.HasSuffix(names[i], Extra), strings.HasSuffix(names[j], Extra)
			if ei != ej {
				return !ei
			}
			return names[i] < names[j]
		})
		for _, name := range names {
			path := filepath.Join(dir, name)
			base, extra := name, false
			if strings.HasSuffix(name, Extra) {
				base, extra = strings.TrimSuffix(name, Extra)+".txt", true
			}
			n, known := files[base]
			if !known {
				return nil, fmt.Errorf("%s: not a rule file clsx knows (known: %s)", path, strings.Join(FileNames(), ", "))
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			rows, err := ParseTable(path, data, n[0], n[1])
			if err != nil {
				return nil, err
			}
			if extra {
				tables[base] = append(rows, tables[base]...)
			} else {
				tables[base] = rows
			}
		}
	}
	return compile(tables)
}

// FileNames lists the rule files, sorted.
func FileNames() []string {
	out := make([]string, 0, len(files))
	for name := range files {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Bundled returns the bundled text of a rule file, for users to start from.
func Bundled(name string) ([]byte, error) {
	return fs.ReadFile(bundled, "data/"+name)
}

func compile(t map[string][]Row) (*Set, error) {
	s := &Set{
		Months:   map[string]int{},
		Numbers:  map[string]int{},
		Ordinals: map[string]int{},
		Themes:   map[string]*Matcher{},
		cues:     map[string]*Matcher{},
	}
	for _, spec := range []struct {
		file string
		into map[string]int
		max  int
	}{{"months.txt", s.Months, 12}, {"numbers.txt", s.Numbers, 1000}, {"ordinals.txt", s.Ordinals, 100}} {
		for _, r := range t[spec.file] {
			v, err := strconv.Atoi(r.Fields[1])
			if err != nil || v < 1 || v > spec.max {
				return nil, r.Errorf("%q is not a number from 1 to %d", r.Fields[1], spec.max)
			}
			spec.into[Fold(r.Fields[0])] = v
		}
	}
	var err error
	if s.OrgKinds, err = kindPatterns(t["orgkinds.txt"], OrgKinds); err != nil {
		return nil, err
	}
	if s.Territories, err = kindPatterns(t["territories.txt"], TerritoryKinds); err != nil {
		return nil, err
	}
	themes := map[string][]Pattern{}
	for _, r := range t["themes.txt"] {
		if !contains(ThemeIDs, r.Fields[0]) {
			return nil, r.Errorf("unknown theme %q (themes: %s)", r.Fields[0], strings.Join(ThemeIDs, ", "))
		}
		p, err := pattern(r, r.Fields[1])
		if err != nil {
			return nil, err
		}
		themes[r.Fields[0]] = append(themes[r.Fields[0]], p)
	}
	for _, id := range ThemeIDs {
		m, err := newMatcher(themes[id])
		if err != nil {
			return nil, err
		}
		s.Themes[id] = m
		s.ThemeOrder = append(s.ThemeOrder, id)
	}
	cues := map[string][]Pattern{}
	for _, r := range t["cues.txt"] {
		if !contains(CueClasses, r.Fields[0]) {
			return nil, r.Errorf("unknown cue class %q", r.Fields[0])
		}
		p, err := pattern(r, r.Fields[1])
		if err != nil {
			return nil, err
		}
		cues[r.Fields[0]] = append(cues[r.Fields[0]], p)
	}
	for _, c := range CueClasses {
		m, err := newMatcher(cues[c])
		if err != nil {
			return nil, err
		}
		s.cues[c] = m
	}
	if s.Geo, err = compileGeo(t["regions.txt"], t["departements.txt"]); err != nil {
		return nil, err
	}
	return s, nil
}

func pattern(r Row, src string) (Pattern, error) {
	re, err := compilePattern(src)
	if err != nil {
		return Pattern{}, r.Errorf("%v", err)
	}
	return Pattern{Source: src, Where: fmt.Sprintf("%s:%d", r.File, r.Line), re: re, lit: literalOf(src)}, nil
}

func kindPatterns(rows []Row, kinds []string) ([]KindPattern, error) {
	var out []KindPattern
	for _, r := range rows {
		if !contains(kinds, r.Fields[0]) {
			return nil, r.Errorf("unknown kind %q (kinds: %s)", r.Fields[0], strings.Join(kinds, ", "))
		}
		p, err := pattern(r, r.Fields[1])
		if err != nil {
			return nil, err
		}
		out = append(out, KindPattern{Kind: r.Fields[0], Pattern: p})
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
