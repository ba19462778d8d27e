package score

import (
	"testing"
)

// ---------------------------------------------------------------------------
// 3. Hand-checked cases.

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Agglomération d’Agen", "agglomeration d'agen"},
		{"  Saint-Étienne\u00a0Métropole ", "saint etienne metropole"},
		{"CŒUR  de\tVILLE", "cœur de ville"},
		{"ﬁche n° 3", "fiche n° 3"},
		{"ΟΔΟΣ ΑΣ", "οδος ας"},
		{"", ""},
	} {
		if got := fold(c.in); got != c.want {
			t.Errorf("fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Axe stratégique 1 : Faciliter l’accès aux soins", "faciliter l'acces aux soins"},
		{"Fiche action n°3 - Prévention", "prevention"},
		{"IV. Santé mentale", "sante mentale"},
		{"Vivre ensemble", "vivre ensemble"},
		{"1.2.3) Objectif;", "objectif"},
		{"• Dépistage.", "depistage"},
		{"Objectif opérationnel 2.1 : Vacciner", "vacciner"},
		{"Axe santé", "axe sante"}, // no number: nothing removed
	} {
		if got := cleanTitle(c.in); got != c.want {
			t.Errorf("cleanTitle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCleanOrg(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"La Mutualité Française", "mutualite francaise"},
		{"de l’Agence régionale de santé", "agence regionale de sante"},
		{"les Hôpitaux;", "hopitaux"},
		{"Le", "le"},
		{"de la de la Caisse", "caisse"},
	} {
		if got := cleanOrg(c.in); got != c.want {
			t.Errorf("cleanOrg(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTerritoryMatch(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Agglomération d'Agen", "Agen", true},
		{"Briançonnais", "Briançon", false},
		{"Communauté de communes Aunis Atlantique", "Aunis Atlantique", true},
		{"Pays de Martigues", "Martigues", true},
		{"La Seyne sur Mer", "La Seyne-sur-Mer", true},
		{"Agen", "Marseille", false},
		{"ville de", "Ville de", true}, // no core word: compared folded
		{"", "", false},
	} {
		if got := territoryMatch(c.a, c.b); got != c.want {
			t.Errorf("territoryMatch(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestDocBase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"testdata/seeds/agen.txt", "agen"}, {"a/b.html", "b"}, {"b.htm", "b"}, {"b.pdf", "b"},
		{"b.TXT", "b.TXT"}, {"b.txt.bak", "b.txt.bak"}, {"b.txt\n", "b\n"}, {"dir/", ""}, {"b", "b"},
	} {
		if got := docBase(c.in); got != c.want {
			t.Errorf("docBase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
