package rules_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// ruleDir writes a user rules directory and returns its path.
func ruleDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadWith loads the bundled rules with the given user files over them.
func loadWith(t *testing.T, files map[string]string) *rules.Set {
	t.Helper()
	s, err := rules.Load(ruleDir(t, files))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return s
}

// compiled compiles patterns the way rule files are: as the only patterns of
// theme acces_soins (a Matcher) and as org kind patterns (KindPatterns).
func compiled(t *testing.T, patterns ...string) (*rules.Matcher, []rules.KindPattern) {
	t.Helper()
	var themes, kinds strings.Builder
	for _, p := range patterns {
		themes.WriteString("acces_soins | " + p + "\n")
		kinds.WriteString("ars | " + p + "\n")
	}
	s := loadWith(t, map[string]string{"themes.txt": themes.String(), "orgkinds.txt": kinds.String()})
	if len(s.OrgKinds) != len(patterns) {
		t.Fatalf("%d org kind patterns, want %d", len(s.OrgKinds), len(patterns))
	}
	return s.Themes["acces_soins"], s.OrgKinds
}

// span returns the text of a span, or "" for none.
func span(s string, sp [2]int, ok bool) string {
	if !ok {
		return ""
	}
	return s[sp[0]:sp[1]]
}

func TestPatternMatching(t *testing.T) {
	type probe struct {
		text string // folded text
		want string // the matched text, "" for no match
	}
	tests := []struct {
		name    string
		pattern string
		probes  []probe
	}{
		{"whole word", "ars", []probe{
			{"ars", "ars"}, {"l'ars occitanie", "ars"}, {"(ars)", "ars"}, {"de l'ars.", "ars"},
			{"ars\n", "ars"}, {"dtars ars", "ars"},
			{"mars", ""}, {"arsenal", ""}, {"bars", ""}, {"ars2", ""}, {"1ars", ""}, {"dtars", ""},
		}},
		{"whole phrase, any white space", "sante mentale", []probe{
			{"la sante mentale.", "sante mentale"}, {"sante\tmentale", "sante\tmentale"},
			{"sante \n  mentale", "sante \n  mentale"},
			{"santementale", ""}, {"sante mentales", ""}, {"psante mentale", ""}, {"sante, mentale", ""},
		}},
		{"pattern written with accents, capitals and hyphen", "Santé-Mentale", []probe{
			{"sante mentale", "sante mentale"}, {"la sante  mentale", "sante  mentale"}, {"sante", ""},
		}},
		{"pattern written with typographic apostrophe", "Centre communal d’action sociale", []probe{
			{"centre communal d'action sociale", "centre communal d'action sociale"},
		}},
		{"prefix", "vaccin*", []probe{
			{"vaccin", "vaccin"}, {"la vaccination hpv", "vaccination"}, {"couverture vaccinale", "vaccinale"},
			{"anti vaccin", "vaccin"},
			{"antivaccin", ""}, {"vacci", ""}, {"la vaccinat'", "vaccinat"},
		}},
		{"prefix after words", "sante environnement*", []probe{
			{"sante environnementale", "sante environnementale"}, {"sante environnement", "sante environnement"},
			{"sante environ", ""}, {"sante  environnements", "sante  environnements"},
		}},
		{"prefix with optional letter", "deserts? medica*", []probe{
			{"deserts medicaux", "deserts medicaux"}, {"un desert medical", "desert medical"},
			{"desert medic", ""},
		}},
		{"apostrophe, no space", "l'ars", []probe{
			{"l'ars", "l'ars"}, {"de l' ars", "l' ars"}, {"de l'  ars", "l'  ars"},
			{"l'arsenal", ""}, {"al'ars", ""}, {"lars", ""},
		}},
		{"space before apostrophe in pattern", "l 'ars", []probe{
			{"l'ars", "l'ars"}, {"l ' ars", "l ' ars"}, {"l ' ars", "l ' ars"},
		}},
		{"apostrophe inside phrase", "caisse d'allocations familiales", []probe{
			{"caisse d'allocations familiales", "caisse d'allocations familiales"},
			{"caisse d' allocations familiales", "caisse d' allocations familiales"},
			{"caisse allocations familiales", ""},
		}},
		{"optional group", "journees? (de la )?sante", []probe{
			{"journee sante", "journee sante"}, {"les journees de la sante 2024", "journees de la sante"},
			{"journee de sante", ""}, {"journees de la", ""},
		}},
		{"optional letters", "signe(e)?s?", []probe{
			{"signe", "signe"}, {"signee", "signee"}, {"signees", "signees"}, {"signes", "signes"},
			{"signature", ""}, {"signeee", ""},
		}},
		{"optional words", "etablissements? (et services )?de sante", []probe{
			{"etablissement de sante", "etablissement de sante"},
			{"etablissements et services de sante", "etablissements et services de sante"},
			{"etablissements et de sante", ""},
		}},
		{"alternation in group", "conseil (communautaire|municipal)", []probe{
			{"le conseil municipal du 3", "conseil municipal"}, {"conseil communautaire", "conseil communautaire"},
			{"conseil general", ""}, {"conseil municipaux", ""}, {"conseil communautaires", ""},
		}},
		{"top-level alternation", "medecin|infirmier", []probe{
			{"medecin", "medecin"}, {"un infirmier", "infirmier"},
			{"medecins", ""}, {"infirmiere", ""}, {"xmedecin", ""},
		}},
		{"digits class", `\d+ cls`, []probe{
			{"les 12 cls", "12 cls"}, {"cls", ""}, {"a12 cls", ""},
		}},
		{"repetition count", `\d{4}`, []probe{
			{"en 2023.", "2023"}, {"20234", ""}, {"202", ""},
		}},
		{"alternation with apostrophe", "fin (du|de la|des)", []probe{
			{"fin du contrat", "fin du"}, {"fin de la periode", "fin de la"}, {"fin de", ""},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, kinds := compiled(t, tt.pattern)
			for _, p := range tt.probes {
				sp, ok := m.Find(p.text)
				if got := span(p.text, sp, ok); got != p.want {
					t.Errorf("pattern %q: Matcher.Find(%q) = %q, want %q", tt.pattern, p.text, got, p.want)
				}
				if m.Match(p.text) != (p.want != "") {
					t.Errorf("pattern %q: Matcher.Match(%q) = %v, want %v", tt.pattern, p.text, !(p.want != ""), p.want != "")
				}
				sp, ok = kinds[0].Find(p.text)
				if got := span(p.text, sp, ok); got != p.want {
					t.Errorf("pattern %q: KindPattern.Find(%q) = %q, want %q", tt.pattern, p.text, got, p.want)
				}
			}
		})
	}
}

// Known defects of the pattern syntax, kept here so they are fixed, not forgotten.
func TestPatternSpaceBeforeQuantifier(t *testing.T) {
	knownIssue(t, `BUG pattern.go patternExpr: a space followed by "?" compiles to \s+? (lazy, still one or more), not (?:\s+)?; "psycho ?sociales" (themes.txt "competences psycho ?sociales") does not match "psychosociales"`)
	m, _ := compiled(t, "competences psycho ?sociales")
	for _, s := range []string{"competences psychosociales", "competences psycho sociales"} {
		if !m.Match(s) {
			t.Errorf("no match in %q", s)
		}
	}
}

func TestPatternSpaceAfterApostrophe(t *testing.T) {
	knownIssue(t, `BUG pattern.go patternExpr: a space after "'" in a pattern compiles to '\s*\s+ (a space required), so "de l' agence" does not match "de l'agence"; orgkinds.txt "(de l' ?)?" never matches "de l'ars"`)
	m, _ := compiled(t, "de l' agence")
	if !m.Match("de l'agence") {
		t.Error(`"de l' agence" does not match "de l'agence"`)
	}
	m, _ = compiled(t, "delegation departementale (de l' ?)?(ars|agence regionale)")
	if sp, ok := m.Find("la delegation departementale de l'ars"); span("la delegation departementale de l'ars", sp, ok) != "delegation departementale de l'ars" {
		t.Errorf("span %q", span("la delegation departementale de l'ars", sp, ok))
	}
}

func TestPatternEndingWithApostrophe(t *testing.T) {
	knownIssue(t, `BUG pattern.go patternExpr: the whole-word guard (?:$|[^a-z0-9]) is added after a pattern ending in "'", so cues.txt end.cue "fin (du|de la|de l'|des)" does not match "fin de l'annee" (only "fin de l' annee")`)
	m, _ := compiled(t, "fin (du|de la|de l'|des)")
	if !m.Match("fin de l'annee 2025") {
		t.Error(`no match in "fin de l'annee 2025"`)
	}
}

func TestPatternRegexSyntaxSurvivesFolding(t *testing.T) {
	knownIssue(t, `BUG pattern.go patternExpr: the regex source is folded, so "[0-9]" becomes "[0\s+9]" (hyphen → space → \s+) and \D \S \W \B become \d \s \w \b`)
	m, _ := compiled(t, "[0-9]+ cls", `axe \D`)
	if !m.Match("12 cls") {
		t.Error(`"[0-9]+ cls" does not match "12 cls"`)
	}
	if m.Match("1+ cls") {
		t.Error(`"[0-9]+ cls" matches "1+ cls"`)
	}
	if !m.Match("axe a") || m.Match("axe 2") {
		t.Error(`"axe \D" matches digits, not letters`)
	}
}

func TestBadPatternsReportFileLine(t *testing.T) {
	tests := []struct {
		name, file, text string
		line             int
		msg              string // what follows FILE:LINE:
	}{
		{"unclosed group", "themes.txt", "# mine\nacces_soins | acces aux soins\nacces_soins | acces (aux soins\n", 3,
			`bad pattern "acces (aux soins": error parsing regexp: missing closing ): `},
		{"double plus", "themes.extra.txt", "handicap | handicap++\n", 1, `bad pattern "handicap++": error parsing regexp: invalid nested repetition operator: `},
		{"nested repetition", "orgkinds.extra.txt", "\n\nars | a**\n", 3, `bad pattern "a**": error parsing regexp: invalid nested repetition operator: `},
		{"bad repetition", "cues.extra.txt", "contract.cls | cls{2\ncontract.cls | )\n", 2, `bad pattern ")": error parsing regexp: unexpected ): `},
		{"territory", "territories.txt", "epci | communaute (de communes\n", 1, `bad pattern "communaute (de communes": error parsing regexp: missing closing ): `},
		{"matches empty: optional group", "themes.txt", "acces_soins | acces aux soins\nacces_soins | (de la )?\n", 2, `bad pattern "(de la )?": it matches empty text`},
		{"matches empty: optional letter", "orgkinds.txt", "ars | x?\n", 1, `bad pattern "x?": it matches empty text`},
		{"matches empty: empty alternative", "cues.txt", "# c\nlead | (pilote|)\n", 2, `bad pattern "(pilote|)": it matches empty text`},
		{"matches empty: star class", "territories.extra.txt", "epci | [abc]*\n", 1, `bad pattern "[abc]*": it matches empty text`},
		{"matches empty: empty group", "themes.extra.txt", "handicap | ()\n", 1, `bad pattern "()": it matches empty text`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := ruleDir(t, map[string]string{tt.file: tt.text})
			_, err := rules.Load(dir)
			if err == nil {
				t.Fatal("Load accepted the bad pattern")
			}
			want := filepath.Join(dir, tt.file) + ":" + strconv.Itoa(tt.line) + ": " + tt.msg
			if !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error\n %q\nwant it to start with\n %q", err, want)
			}
		})
	}
}

// A pattern is wrapped in a group with whole-word guards; a pattern with an
// unbalanced ")" or "[" escapes that wrapper instead of being rejected.
func TestPatternEscapingTheWrapperIsRejected(t *testing.T) {
	knownIssue(t, `BUG pattern.go compilePattern: "a)|(b" and "handicap [" compile (the wrapper's own parenthesis/class closes them); then Find("b") returns span [-1 -1] with ok=true, FindAll("xb b") returns [[-1 -1] [0 0] [1 1] [2 2]], and "handicap [" matches "handicap x" without a word guard`)
	for _, p := range []string{"a)|(b", "handicap ["} {
		dir := ruleDir(t, map[string]string{"themes.extra.txt": "handicap | " + p + "\n"})
		if _, err := rules.Load(dir); err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, "themes.extra.txt")+":1: bad pattern") {
			t.Errorf("pattern %q: error %v", p, err)
		}
	}
}

func TestMatcherFindAll(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
		want     []string // matched texts, in order
	}{
		{"adjacent, one space", []string{"ars", "cpam", "caf"}, "ars cpam caf", []string{"ars", "cpam", "caf"}},
		{"adjacent, punctuation only", []string{"ars", "cpam", "caf"}, "ars,cpam;caf.", []string{"ars", "cpam", "caf"}},
		{"same pattern repeated", []string{"ars"}, "ars ars ars", []string{"ars", "ars", "ars"}},
		{"apostrophe between", []string{"ars"}, "l'ars d'ars", []string{"ars", "ars"}},
		{"glued words are not matches", []string{"ars", "cpam"}, "arscpam cpamars", nil},
		{"no match", []string{"ars"}, "mars et arsenal", nil},
		{"empty text", []string{"ars"}, "", nil},
		{"overlapping: first wins", []string{"centre hospitalier", "hospitalier de gap"}, "le centre hospitalier de gap", []string{"centre hospitalier"}},
		{"overlap chain", []string{"a b", "b c"}, "a b c a b", []string{"a b", "a b"}},
		{"overlap later start", []string{"a b", "b c"}, "x b c a b", []string{"b c", "a b"}},
		{"longest at same start, short rule first", []string{"lot", "lot et garonne"}, "lot et garonne, lot", []string{"lot et garonne", "lot"}},
		{"longest at same start, long rule first", []string{"lot et garonne", "lot"}, "lot et garonne, lot", []string{"lot et garonne", "lot"}},
		{"nested phrases", []string{"sante", "sante mentale", "mentale"}, "sante mentale et sante", []string{"sante mentale", "sante"}},
		{"prefixes", []string{"vaccin*"}, "vaccination vaccinale antivaccin vaccin", []string{"vaccination", "vaccinale", "vaccin"}},
		{"multiline", []string{"axe", "objectif"}, "axe 1\nobjectif 1.1\naxe 2", []string{"axe", "objectif", "axe"}},
		{"match at end", []string{"cls"}, "le cls", []string{"cls"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := compiled(t, tt.patterns...)
			spans := m.FindAll(tt.text)
			var got []string
			prevEnd := 0
			for _, sp := range spans {
				if sp[0] < prevEnd || sp[1] <= sp[0] || sp[1] > len(tt.text) {
					t.Fatalf("FindAll(%q) = %v: spans overlap, are empty or out of range", tt.text, spans)
				}
				prevEnd = sp[1]
				got = append(got, tt.text[sp[0]:sp[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindAll(%q) = %q %v, want %q", tt.text, got, spans, tt.want)
			}
			sp, ok := m.Find(tt.text)
			if len(tt.want) == 0 {
				if ok || m.Match(tt.text) {
					t.Errorf("Find/Match(%q) found %v", tt.text, sp)
				}
				return
			}
			if !ok || sp != spans[0] || !m.Match(tt.text) {
				t.Errorf("Find(%q) = %v %v, want the first FindAll span %v", tt.text, sp, ok, spans[0])
			}
		})
	}
}

func TestMatcherEmpty(t *testing.T) {
	var nilM *rules.Matcher
	s := loadWith(t, map[string]string{"themes.txt": "handicap | handicap*\n"})
	for name, m := range map[string]*rules.Matcher{"nil": nilM, "no pattern": s.Themes["acces_soins"]} {
		if !m.Empty() {
			t.Errorf("%s: Empty() = false", name)
		}
		if m.Match("acces aux soins") {
			t.Errorf("%s: Match = true", name)
		}
		if got := m.FindAll("acces aux soins"); got != nil {
			t.Errorf("%s: FindAll = %v", name, got)
		}
		if _, ok := m.Find("acces aux soins"); ok {
			t.Errorf("%s: Find ok", name)
		}
		if len(m.Patterns()) != 0 {
			t.Errorf("%s: Patterns = %v", name, m.Patterns())
		}
	}
	if s.Themes["handicap"].Empty() || !s.Themes["handicap"].Match("personnes handicapees") {
		t.Error("handicap theme lost")
	}
}

func TestMatcherPatternsInRuleOrder(t *testing.T) {
	dir := ruleDir(t, map[string]string{"themes.txt": "# mine\nmobilite | transport*\n\nhandicap | handicap*\nmobilite | mobilites?\n"})
	s, err := rules.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps := s.Themes["mobilite"].Patterns()
	if len(ps) != 2 {
		t.Fatalf("patterns %v", ps)
	}
	path := filepath.Join(dir, "themes.txt")
	if ps[0].Source != "transport*" || ps[0].Where != path+":2" || ps[1].Source != "mobilites?" || ps[1].Where != path+":5" {
		t.Errorf("patterns %+v", ps)
	}
}

// Every bundled pattern records where it was written, and a pattern that is
// plain words matches its own folded text.
func TestBundledPatternsWhereAndSelfMatch(t *testing.T) {
	s := rules.Default()
	lines := map[string][]string{}
	for _, name := range rules.FileNames() {
		data, err := rules.Bundled(name)
		if err != nil {
			t.Fatal(err)
		}
		lines["rules/data/"+name] = strings.Split(string(data), "\n")
	}
	check := func(what string, p rules.Pattern, match func(string) ([2]int, bool)) {
		t.Helper()
		file, n, ok := strings.Cut(p.Where, ":")
		ln, err := strconv.Atoi(n)
		if !ok || err != nil || ln < 1 || ln > len(lines[file]) || !strings.Contains(lines[file][ln-1], p.Source) {
			t.Errorf("%s: pattern %q: Where %q does not point at it", what, p.Source, p.Where)
		}
		if strings.ContainsAny(p.Source, `\.+*?()|[]{}^$`) {
			return
		}
		f := rules.Fold(p.Source)
		if sp, ok := match(f); !ok || sp != [2]int{0, len(f)} {
			t.Errorf("%s: pattern %q (%s) does not match its own text %q: %v %v", what, p.Source, p.Where, f, sp, ok)
		}
	}
	for id, m := range s.Themes {
		for _, p := range m.Patterns() {
			check("theme "+id, p, m.Find)
		}
	}
	for _, c := range rules.CueClasses {
		m := s.Cue(c)
		for _, p := range m.Patterns() {
			check("cue "+c, p, m.Find)
		}
	}
	for _, k := range append(append([]rules.KindPattern{}, s.OrgKinds...), s.Territories...) {
		check("kind "+k.Kind, k.Pattern, k.Find)
	}
}
