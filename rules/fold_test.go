package rules_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/clsx/clsx/rules"
	"github.com/clsx/clsx/rules/fuzzlimit"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"ascii lower", "contrat local de sante", "contrat local de sante"},
		{"ascii capitals", "CLS ARS CPAM", "cls ars cpam"},
		{"acute grave circumflex", "Santé mentale à l'école, être", "sante mentale a l'ecole, etre"},
		{"capital accents", "ÉCOLE ÀÂÄ ÈÊË ÎÏ ÔÖ ÙÛÜ Ç", "ecole aaa eee ii oo uuu c"},
		{"lower accents", "àâäéèêëîïôöùûüçÿñ", "aaaeeeeiioouuucyn"},
		{"trema", "Noël, naïf, Saül", "noel, naif, saul"},
		{"oe ligature", "cœur, Œuvre, sœur", "coeur, oeuvre, soeur"},
		{"ae ligature", "Lætitia, Æsop", "laetitia, aesop"},
		{"sharp s", "Straße", "strasse"},
		{"typographic apostrophe", "l’ARS", "l'ars"},
		{"left quote apostrophe", "l‘ARS", "l'ars"},
		{"modifier apostrophe", "dʼaccord", "d'accord"},
		{"prime", "l′agence", "l'agence"},
		{"acute accent char", "l´agence", "l'agence"},
		{"ascii apostrophe kept", "l'agence", "l'agence"},
		{"nbsp", "2020\u00a02025", "2020 2025"},
		{"narrow nbsp before colon", "Axe 1\u202f:", "axe 1 :"},
		{"thin space", "1\u2009000", "1 000"},
		{"figure space", "1\u2007000", "1 000"},
		{"hair space", "a\u200ab", "a b"},
		{"en space em space", "a\u2002b\u2003c", "a b c"},
		{"en dash", "2018–2022", "2018 2022"},
		{"em dash", "Axe 2 — Prévention", "axe 2   prevention"},
		{"hyphen", "Lot-et-Garonne", "lot et garonne"},
		{"unicode hyphen", "Saint\u2010Denis", "saint denis"},
		{"non-breaking hyphen", "Saint\u2011Denis", "saint denis"},
		{"figure dash", "a\u2012b", "a b"},
		{"minus sign", "a\u2212b", "a b"},
		{"digits and punctuation kept", "2A, 974 (x) : 1er/2e.", "2a, 974 (x) : 1er/2e."},
		{"whitespace kept", "a\tb\nc  d", "a\tb\nc  d"},
		{"other latin accents via NFD", "Ångström, Łódź, ǅ", "angstrom, łodz, ǆ"},
		{"dotted capital I", "İstanbul", "istanbul"},
		{"greek lower-cased", "ΣΟΦΙΑ", "σοφια"},
		{"cyrillic lower-cased", "Москва", "москва"},
		{"cjk unchanged", "健康", "健康"},
		{"emoji unchanged", "santé 👍", "sante 👍"},
		{"whole sentence", "Contrat Local de Santé du Pays d’Apt – 2023-2027", "contrat local de sante du pays d'apt   2023 2027"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rules.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := rules.FoldMap(tt.in).Text; got != tt.want {
				t.Errorf("FoldMap(%q).Text = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// The backquote is listed among the apostrophes in foldRune, but it is ASCII
// and the ASCII branch returns first.
func TestFoldBackquoteApostrophe(t *testing.T) {
	knownIssue(t, "BUG fold.go foldRune: the case '`' in the apostrophe switch is unreachable (r < utf8.RuneSelf returns first), so Fold(\"l`agence\") = \"l`agence\", not \"l'agence\"")
	if got := rules.Fold("l`agence"); got != "l'agence" {
		t.Errorf("Fold(l`agence) = %q, want l'agence", got)
	}
}

// Text extracted from PDFs often comes decomposed (NFD): a base letter followed
// by a combining accent. Folding should strip the accent there too.
func TestFoldDecomposedAccents(t *testing.T) {
	knownIssue(t, "BUG fold.go foldRune: a combining mark (U+0301 …) in NFD input is kept, so Fold(\"me\\u0301decin\") = \"me\\u0301decin\", not \"medecin\"")
	for in, want := range map[string]string{
		"me\u0301decin":    "medecin",
		"pre\u0301vention": "prevention",
		"E\u0301cole":      "ecole",
	} {
		if got := rules.Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// Fold must give the same text whatever the case of the input.
func TestFoldCaseInsensitive(t *testing.T) {
	for _, s := range []string{
		"Centre Hospitalier Intercommunal de Castelsarrasin-Moissac",
		"Région Provence-Alpes-Côte d’Azur",
		"Œuvre Æ Ç É È Ê Ë À Â Î Ï Ô Ù Û Ü Ÿ",
		"Mutualité Sociale Agricole",
	} {
		up, low := rules.Fold(strings.ToUpper(s)), rules.Fold(strings.ToLower(s))
		if up != low {
			t.Errorf("Fold(upper) = %q, Fold(lower) = %q", up, low)
		}
	}
}

// Folding twice changes nothing: patterns are folded, then matched against
// folded text.
func TestFoldIdempotent(t *testing.T) {
	for _, s := range []string{
		"Santé mentale à l’école", "cœur Æ", "Saint‑Denis – 2020\u00a02025", "Straße", "İ", "ΣΟΦΙΑ",
	} {
		once := rules.Fold(s)
		if twice := rules.Fold(once); twice != once {
			t.Errorf("Fold(Fold(%q)) = %q, Fold = %q", s, twice, once)
		}
	}
}

func TestFoldIdempotentCapitalSharpS(t *testing.T) {
	knownIssue(t, "BUG fold.go foldRune: 'ẞ' (U+1E9E) folds to \"ß\" (unicode.ToLower) while 'ß' folds to \"ss\", so Fold is not idempotent and \"STRAẞE\" ≠ \"Straße\" once folded")
	if got := rules.Fold("STRAẞE"); got != "strasse" {
		t.Errorf("Fold(STRAẞE) = %q, want strasse", got)
	}
}

// foldMapStrings are inputs for the offset checks: ASCII, French, expansions
// (œ, æ, ß give two bytes for one rune), non-Latin scripts whose folded form
// is several bytes per rune, and invalid UTF-8.
var foldMapStrings = []string{
	"",
	"a",
	"CLS",
	"Santé",
	"œ",
	"cœur de l’Œuvre",
	"Lætitia Straße",
	"Contrat Local de Santé du Pays d’Apt – 2023-2027",
	"Axe 1\u202f: accès aux soins\u00a0; prévention",
	"Centre Hospitalier Intercommunal de Castelsarrasin-Moissac",
	"Москва и Санкт-Петербург",
	"ΣΟΦΙΑ σοφία",
	"健康 santé 👍 ok",
	"İstanbul Ångström Łódź",
	"me\u0301decin",
	"\xff\xfeabc\xc3",
	"a\x00b",
	"ÉÉÉ œœœ ’’’ ———",
	strings.Repeat("Œ–é’", 200),
}

// checkFoldMap checks that every byte of the folded text maps back to the rune
// of the original it came from: the folded text is the concatenation, rune by
// rune, of the fold of each rune of s, and the bytes of rune i's fold map to i.
func checkFoldMap(t *testing.T, s string) {
	t.Helper()
	f := rules.FoldMap(s)
	if f.Text != rules.Fold(s) {
		t.Fatalf("FoldMap(%q).Text = %q, Fold = %q", s, f.Text, rules.Fold(s))
	}
	runes := []rune(s)
	if n := utf8.RuneCountInString(s); n != len(runes) {
		t.Fatalf("rune count mismatch %d/%d", n, len(runes))
	}
	pos := 0
	for i, r := range runes {
		piece := rules.Fold(string(r))
		if piece == "" {
			if unicode.Is(unicode.Mn, r) {
				continue // a combining accent folds to nothing, by design
			}
			t.Fatalf("FoldMap(%q): rune %d %q folds to nothing", s, i, r)
		}
		if !strings.HasPrefix(f.Text[pos:], piece) {
			t.Fatalf("FoldMap(%q): at folded byte %d want fold of rune %d %q = %q, have %q", s, pos, i, r, piece, f.Text[pos:])
		}
		for k := pos; k < pos+len(piece); k++ {
			if got := f.RuneOffset(k); got != i {
				t.Fatalf("FoldMap(%q).RuneOffset(%d) = %d, want %d (byte %q of fold %q of rune %q)", s, k, got, i, f.Text[k], piece, r)
			}
			// re-fold the original rune at the mapped index: it must produce this byte
			if got := rules.Fold(string(runes[f.RuneOffset(k)])); got[k-pos] != f.Text[k] {
				t.Fatalf("FoldMap(%q): byte %d %q maps to rune %q whose fold is %q", s, k, f.Text[k], runes[f.RuneOffset(k)], got)
			}
		}
		pos += len(piece)
	}
	if pos != len(f.Text) {
		t.Fatalf("FoldMap(%q): folds of the runes make %d bytes, Text has %d", s, pos, len(f.Text))
	}
	if got := f.RuneOffset(len(f.Text)); got != len(runes) {
		t.Fatalf("FoldMap(%q).RuneOffset(len) = %d, want rune count %d", s, got, len(runes))
	}
	// Out of range offsets are clamped.
	if got := f.RuneOffset(-1); got != 0 {
		t.Fatalf("RuneOffset(-1) = %d, want 0", got)
	}
	if got := f.RuneOffset(len(f.Text) + 10); got != len(runes) {
		t.Fatalf("RuneOffset(len+10) = %d, want %d", got, len(runes))
	}
	// Monotonic.
	for k := 1; k <= len(f.Text); k++ {
		if f.RuneOffset(k) < f.RuneOffset(k-1) {
			t.Fatalf("FoldMap(%q): RuneOffset(%d) = %d < RuneOffset(%d) = %d", s, k, f.RuneOffset(k), k-1, f.RuneOffset(k-1))
		}
	}
}

func TestFoldMapOffsets(t *testing.T) {
	for _, s := range foldMapStrings {
		checkFoldMap(t, s)
	}
}

// Spans found in folded text convert to the right spans of the original.
func TestFoldMapSpans(t *testing.T) {
	tests := []struct {
		text, folded, original string
	}{
		{"Le cœur du CLS", "coeur", "cœur"},
		{"Le cœur du CLS", "cls", "CLS"},
		{"Région Provence-Alpes-Côte d’Azur", "provence alpes cote d'azur", "Provence-Alpes-Côte d’Azur"},
		{"ΣΟΦΙΑ et Lætitia", "laetitia", "Lætitia"},
		{"Москва – Straße de l’État", "l'etat", "l’État"},
		{"Москва – Straße de l’État", "strasse", "Straße"},
		{"a\u00a0b\u202fc", "b c", "b\u202fc"},
	}
	for _, tt := range tests {
		f := rules.FoldMap(tt.text)
		b := strings.Index(f.Text, tt.folded)
		if b < 0 {
			t.Fatalf("%q not in %q", tt.folded, f.Text)
		}
		st, en := f.RuneOffset(b), f.RuneOffset(b+len(tt.folded))
		if got := string([]rune(tt.text)[st:en]); got != tt.original {
			t.Errorf("span of %q in %q = %q, want %q", tt.folded, tt.text, got, tt.original)
		}
	}
}

func FuzzFoldMap(f *testing.F) {
	for _, s := range foldMapStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzlimit.Run(t, func() {
			checkFoldMap(t, s)
		})
	})
}
