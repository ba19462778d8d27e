package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clsx/clsx/rules"
)

func TestNormalize(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		// Unicode NFC: a decomposed "é" (e + U+0301) becomes one rune.
		{"nfc é", "Sant\u0065\u0301 publique", "Santé publique"},
		{"nfc À and ç", "A\u0300 Besanc\u0327on", "À Besançon"},
		{"nfc ô", "Co\u0302te d'Azur", "Côte d'Azur"},
		// typographic apostrophes and quotes
		{"right single quote", "l’Agence Régionale de Santé", "l'Agence Régionale de Santé"},
		{"left single quote", "l‘ARS", "l'ARS"},
		{"modifier apostrophe", "d\u02bcAgen", "d'Agen"},
		{"double quotes", "le “Contrat Local de Santé”", `le "Contrat Local de Santé"`},
		{"low double quote", "„CLS“", `"CLS"`},
		// guillemets, with their inner spaces (plain, NBSP, narrow NBSP)
		{"guillemets plain spaces", "le CHD « La Candélie »", `le CHD "La Candélie"`},
		{"guillemets nbsp", "le CHD «\u00a0La Candélie\u00a0»", `le CHD "La Candélie"`},
		{"guillemets narrow nbsp", "la loi «\u202fHôpital, Patients, Santé, Territoires\u202f»", `la loi "Hôpital, Patients, Santé, Territoires"`},
		{"guillemets tight", "«Vieillir en bonne santé»", `"Vieillir en bonne santé"`},
		// spaces
		{"nbsp", "le\u00a03\u00a0décembre\u00a02019", "le 3 décembre 2019"},
		{"narrow nbsp before colon", "Axe 1\u202f: accès aux soins", "Axe 1 : accès aux soins"},
		{"thin space", "12\u2009000 habitants", "12 000 habitants"},
		{"figure space and em space", "CPAM\u200741\u2003et CAF\u200882", "CPAM 41 et CAF 82"},
		{"tabs and runs", "Le\tCLS   de   Blois", "Le CLS de Blois"},
		{"trailing spaces", "Le CLS de Blois   \n", "Le CLS de Blois"},
		{"leading blank lines", "\n\n\nLe CLS", "Le CLS"},
		// invisible characters
		{"zero width space", "Con\u200btrat local", "Contrat local"},
		{"soft hyphen", "Agglo\u00admération", "Agglomération"},
		{"bom", "\ufeffContrat Local de Santé", "Contrat Local de Santé"},
		// line ends
		{"crlf", "Axe 1\r\nAxe 2", "Axe 1\nAxe 2"},
		{"cr", "Axe 1\rAxe 2", "Axe 1\nAxe 2"},
		{"line separator", "Axe 1\u2028Axe 2", "Axe 1\nAxe 2"},
		// bullets at the start of a line
		{"bullet •", "• l'ARS Occitanie", "- l'ARS Occitanie"},
		{"bullet ▪", "▪ la CPAM de l'Aude", "- la CPAM de l'Aude"},
		{"bullet en dash", "– le Conseil départemental", "- le Conseil départemental"},
		{"bullet em dash", "— la MSA", "- la MSA"},
		{"bullet hyphen", "- la CAF 82", "- la CAF 82"},
		{"bullet hyphen glued", "-la CAF 82", "- la CAF 82"},
		{"bullet star", "* le CHU de Nîmes", "- le CHU de Nîmes"},
		{"bullet indented", "   •   Objectif 1.1 : Maintenir", "- Objectif 1.1 : Maintenir"},
		{"bullet black square", "■ Axe 2", "- Axe 2"},
		{"arrow", "→ Contrat local de santé", "- Contrat local de santé"},
		{"negative number is no bullet", "-12 % de médecins", "-12 % de médecins"},
		{"bold markers are no bullet", "**Important**", "**Important**"},
		// a bullet alone on its line goes with the next line
		{"lone bullet", "•\nla Préfecture du Var", "- la Préfecture du Var"},
		{"lone hyphen before date", "-\nAvril 2025", "- Avril 2025"},
		{"lone bullet then blank line", "•\n\nla CPAM du Gard", "- la CPAM du Gard"},
		{"two lone bullets", "•\nl'ARS\n•\nla CAF", "- l'ARS\n- la CAF"},
		// glued words, a lost line break
		{"month year glued", "Avril 2025Signature du deuxième contrat", "Avril 2025\nSignature du deuxième contrat"},
		{"numeric date glued", "Publié le 03/12/2019Le CLS", "Publié le 03/12/2019\nLe CLS"},
		{"year glued to label", "Décembre 2024Fin du premier contrat", "Décembre 2024\nFin du premier contrat"},
		{"words glued", "Centre Intercommunal d'Action SocialeHoraires", "Centre Intercommunal d'Action Sociale\nHoraires"},
		{"words glued contact", "Nous contacterAdresse", "Nous contacter\nAdresse"},
		{"camel brand kept", "LaSalle", "LaSalle"},
		{"acronym after digit kept", "CAF 82 et CPAM 41", "CAF 82 et CPAM 41"},
		{"ordinal kept", "le 2ème CLS", "le 2ème CLS"},
		{"McDonald kept", "McDonald", "McDonald"},
		// "Nom(Sigle" spaced
		{"paren glued", "Quercy Garonne(Coordination Professionnelle", "Quercy Garonne (Coordination Professionnelle"},
		{"paren glued acronym", "Caisse d'Allocations Familiales(CAF)", "Caisse d'Allocations Familiales (CAF)"},
		{"paren already spaced", "Assurance Maladie (CPAM)", "Assurance Maladie (CPAM)"},
		{"paren after digit kept", "Maladie 41(CPAM)", "Maladie 41(CPAM)"},
		// blank lines: kept, runs of them as one
		{"blank line kept", "Axe 1\n\nAxe 2", "Axe 1\n\nAxe 2"},
		{"blank lines as one", "Axe 1\n\n\n\nAxe 2", "Axe 1\n\nAxe 2"},
		{"spaces-only lines are blank", "Axe 1\n   \n\t\n\u00a0\nAxe 2", "Axe 1\n\nAxe 2"},
		{"paragraph separator", "Axe 1\u2029Axe 2", "Axe 1\n\nAxe 2"},
		{"trailing blank lines", "Axe 1\n\n\n", "Axe 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in); got != c.want {
				t.Errorf("Normalize(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// Normalize feeds every extractor and every span: whatever it gets, its
// result is valid UTF-8 with no CR, no tab, no double space, no space at a
// line's ends and no run of blank lines.
func TestNormalizeInvariants(t *testing.T) {
	inputs := []string{
		"  Le\u00a0CLS\t\tde  Blois \r\n\r\n\r\n• l’ARS\r\n–\r\nla CAF  ",
		"\ufeff«\u00a0Vieillir\u00a0»\u2028\u2029\u2029Axe 1\u202f:\u2009x",
		"Avril 2025Signature\n-\n\n-\nDécembre 2024Fin",
		strings.Repeat("•\n", 5) + "fin",
	}
	for _, in := range inputs {
		got := Normalize(in)
		if !utf8.ValidString(got) {
			t.Errorf("Normalize(%q) is not valid UTF-8", in)
		}
		for _, bad := range []string{"\r", "\t", "  ", "\n\n\n", "\u00a0", "\u202f"} {
			if strings.Contains(got, bad) {
				t.Errorf("Normalize(%q) = %q contains %q", in, got, bad)
			}
		}
		for _, line := range strings.Split(got, "\n") {
			if line != strings.TrimSpace(line) {
				t.Errorf("Normalize(%q): line %q has spaces at its ends", in, line)
			}
		}
		if strings.HasPrefix(got, "\n") || strings.HasSuffix(got, "\n") {
			t.Errorf("Normalize(%q) = %q starts or ends with a line break", in, got)
		}
	}
}

func loadSeeds(t *testing.T) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed texts: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(data)
	}
	return out
}

// Offsets are only stable if normalising twice changes nothing.
func TestNormalizeIdempotentOnSeeds(t *testing.T) {
	for name, raw := range loadSeeds(t) {
		t.Run(name, func(t *testing.T) {
			once := Normalize(raw)
			twice := Normalize(once)
			if once != twice {
				a, b := []rune(once), []rune(twice)
				i := 0
				for i < len(a) && i < len(b) && a[i] == b[i] {
					i++
				}
				lo := max(0, i-40)
				t.Errorf("Normalize is not idempotent at rune %d:\n once  %q\n twice %q", i,
					string(a[lo:min(len(a), i+40)]), string(b[lo:min(len(b), i+40)]))
			}
		})
	}
}

func TestNormalizeIdempotentOnCases(t *testing.T) {
	for _, in := range []string{
		"•\nla Préfecture\n\n\n–\n\nla CAF",
		"Avril 2025Signature du deuxième contrat\nPublié le 03/12/2019Le CLS",
		"Nom(Sigle) et «\u00a0guillemets\u00a0»",
		"-12 %\n* *\n**gras**",
	} {
		once := Normalize(in)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize not idempotent on %q:\n once  %q\n twice %q", in, once, twice)
		}
	}
}

// The seeds' typographic characters are all gone after normalising.
func TestNormalizeSeedsClean(t *testing.T) {
	for name, raw := range loadSeeds(t) {
		n := Normalize(raw)
		for _, bad := range []string{"’", "«", "»", "\u00a0", "\u202f", "\r", "•", "  "} {
			if strings.Contains(n, bad) {
				t.Errorf("%s: normalised text still contains %q", name, bad)
			}
		}
		if !strings.Contains(n, "\n\n") && strings.Contains(raw, "\n\n") {
			t.Errorf("%s: blank lines were lost", name)
		}
	}
}

// Blocks point back into the normalised text: a block's Text is found at its
// RuneStart.
func TestSplitBlocksOffsets(t *testing.T) {
	for name, raw := range loadSeeds(t) {
		text := []rune(Normalize(raw))
		for _, b := range splitBlocks(string(text), rules.Default().Months) {
			rs := []rune(b.Text)
			if b.RuneStart+len(rs) > len(text) || string(text[b.RuneStart:b.RuneStart+len(rs)]) != b.Text {
				t.Errorf("%s: block %d %q is not at its offset %d", name, b.Index, b.Text, b.RuneStart)
			}
		}
	}
}

func TestSplitBlocksKinds(t *testing.T) {
	cases := []struct {
		line   string
		kind   BlockKind
		number string
		text   string
	}{
		{"- l'ARS Occitanie", ListItem, "", "l'ARS Occitanie"},
		{"1. Redimensionner le volet santé", ListItem, "1", "Redimensionner le volet santé"},
		{"12 - Favoriser l'accès aux droits", ListItem, "12", "Favoriser l'accès aux droits"},
		{"3) Développer la télémédecine", ListItem, "3", "Développer la télémédecine"},
		{"3 décembre 2019 : signature du CLS", Heading, "", "3 décembre 2019 : signature du CLS"},
		{"12 % des habitants ont plus de 75 ans.", Paragraph, "", "12 % des habitants ont plus de 75 ans."},
		{"Les partenaires", Heading, "", "Les partenaires"},
		{"Le CLS a été signé le 3 mai 2021.", Paragraph, "", "Le CLS a été signé le 3 mai 2021."},
		{"Qu'est-ce qu'un contrat local de santé ?", Heading, "", "Qu'est-ce qu'un contrat local de santé ?"},
	}
	for _, c := range cases {
		bs := splitBlocks(Normalize(c.line), rules.Default().Months)
		if len(bs) != 1 {
			t.Errorf("%q: %d blocks", c.line, len(bs))
			continue
		}
		b := bs[0]
		if b.Kind != c.kind || b.Number != c.number || b.Text != c.text {
			t.Errorf("%q: got %v %q %q, want %v %q %q", c.line, b.Kind, b.Number, b.Text, c.kind, c.number, c.text)
		}
	}
}
