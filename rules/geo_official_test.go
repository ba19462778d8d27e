package rules_test

import (
	"testing"
	"time"

	"github.com/clsx/clsx/rules"
)

// The territories of the seed documents, written as the texts (and the gold
// annotations) write them, with the context the texts give, resolve to their
// official codes and départements (checked by hand against INSEE's code).
func TestResolveSeedTerritories(t *testing.T) {
	o := rules.OfficialGeography()
	for _, c := range []struct {
		name string
		w    rules.Where
		code string // "" = must stay unresolved
		dept string
	}{
		{"Agglomération d'Agen", rules.Where{Kind: "epci", Region: "Nouvelle-Aquitaine"}, "200096956", "47"},
		{"Agglopolys", rules.Where{Kind: "epci", Region: "Centre-Val de Loire"}, "200030385", "41"},
		{"Marseille", rules.Where{Kind: "commune", Region: "Provence-Alpes-Côte d'Azur"}, "13055", "13"},
		{"Grasse", rules.Where{Kind: "commune", Region: "Provence-Alpes-Côte d'Azur"}, "06069", "06"},
		{"La Seyne sur Mer", rules.Where{Kind: "commune", Region: "Provence-Alpes-Côte d'Azur"}, "83126", "83"},
		{"Seyne sur Mer", rules.Where{Kind: "commune", Region: "Provence-Alpes-Côte d'Azur"}, "83126", "83"},
		{"Apt", rules.Where{Kind: "commune", Region: "Provence-Alpes-Côte d'Azur"}, "84003", "84"},
		{"la commune d'Apt", rules.Where{Kind: "commune"}, "84003", "84"},
		{"Ville de Marseille", rules.Where{}, "13055", "13"},
		{"Ville-la-Grand", rules.Where{Kind: "commune"}, "74305", "74"},
		{"Toulon", rules.Where{Kind: "commune", Region: "PACA", Departement: "83"}, "83137", "83"},
		{"Briançonnais", rules.Where{Kind: "epci", Region: "Provence-Alpes-Côte d'Azur"}, "240500439", "05"},
		{"Briançon", rules.Where{Kind: "commune"}, "05023", "05"},
		{"Martigues", rules.Where{Kind: "commune"}, "13056", "13"},
		// the communauté d'agglomération du pays de Martigues joined the
		// Métropole d'Aix-Marseille-Provence in 2016: no current EPCI bears it
		{"pays de Martigues", rules.Where{Kind: "epci", Region: "Provence-Alpes-Côte d'Azur"}, "", ""},
		{"Aunis Atlantique", rules.Where{Kind: "epci", Region: "Nouvelle-Aquitaine"}, "200041499", "17"},
		{"Terres des Confluences", rules.Where{Kind: "epci", Region: "Occitanie"}, "200066322", "82"},
		{"Terres de Confluences", rules.Where{Kind: "epci"}, "200066322", "82"},
		// kind unknown: the name says it, or only one kind of place bears it
		{"Agglopolys", rules.Where{}, "200030385", "41"},
		{"Brest Métropole", rules.Where{}, "242900314", "29"},
		{"Aix-Marseille-Provence Métropole", rules.Where{Kind: "epci"}, "200054807", "13"},
		{"Lozère", rules.Where{Kind: "departement"}, "48", "48"},
		{"département de la Lozère", rules.Where{Kind: "departement", Region: "Occitanie"}, "48", "48"},
		{"St-Étienne", rules.Where{Kind: "commune"}, "42218", "42"},
	} {
		p, ok := o.Resolve(c.name, c.w)
		switch {
		case c.code == "" && ok:
			t.Errorf("%q %+v resolved to %s %s; want unresolved", c.name, c.w, p.Code, p.Name)
		case c.code != "" && !ok:
			t.Errorf("%q %+v unresolved; want %s", c.name, c.w, c.code)
		case ok && (p.Code != c.code || p.Departement != c.dept):
			t.Errorf("%q %+v = %s %s (%s); want %s (%s)", c.name, c.w, p.Code, p.Name, p.Departement, c.code, c.dept)
		}
		if ok && (p.Population <= 0 || p.Region == "") {
			t.Errorf("%q: population %d, région %q", c.name, p.Population, p.Region)
		}
	}
}

// Homonyms: the département or région the text gives chooses; without it, or
// where it rules out every homonym, the name stays unresolved.
func TestResolveHomonyms(t *testing.T) {
	o := rules.OfficialGeography()
	for _, c := range []struct {
		name string
		w    rules.Where
		code string
	}{
		{"Valence", rules.Where{Kind: "commune"}, ""},
		{"Valence", rules.Where{Kind: "commune", Region: "Auvergne-Rhône-Alpes"}, "26362"},
		{"Valence", rules.Where{Kind: "commune", Departement: "82"}, "82186"},
		{"Valence", rules.Where{Kind: "commune", Region: "Bretagne"}, ""},
		{"Sainte-Marie", rules.Where{Kind: "commune", Region: "La Réunion"}, "97418"},
		{"Sainte Marie", rules.Where{Kind: "commune", Region: "Martinique"}, "97228"},
		{"Sainte-Marie", rules.Where{Kind: "commune", Region: "Occitanie"}, ""}, // 32 and 65: two left
		{"Sainte-Marie", rules.Where{Kind: "commune", Departement: "65"}, "65391"},
		{"Saint-Martin", rules.Where{Kind: "commune"}, ""},
		{"Valence", rules.Where{}, ""},
		{"Nowhere-sur-Rien", rules.Where{Kind: "commune"}, ""},
		{"Communauté de Communes", rules.Where{Kind: "epci"}, ""},
		{"Marseille", rules.Where{Kind: "commune", Region: "Bretagne"}, ""},
		{"Marseille", rules.Where{Kind: "commune", Region: "not a région"}, ""},
	} {
		p, ok := o.Resolve(c.name, c.w)
		if c.code == "" {
			if ok {
				t.Errorf("%q %+v = %s (%s %s); want unresolved", c.name, c.w, p.Code, p.Name, p.Departement)
			}
			continue
		}
		if !ok || p.Code != c.code {
			t.Errorf("%q %+v = %v %v; want %s", c.name, c.w, p, ok, c.code)
		}
	}
}

func TestOfficialGeographyTables(t *testing.T) {
	start := time.Now()
	o := rules.OfficialGeography()
	t.Logf("decoded in %v", time.Since(start))
	if len(o.Communes) < 34000 || len(o.EPCIs) < 1200 {
		t.Fatalf("%d communes, %d EPCIs", len(o.Communes), len(o.EPCIs))
	}
	g := rules.Default().Geo
	members := map[string]int{}
	for _, e := range o.EPCIs {
		if len(e.Code) != 9 || e.Nature == "" || len(e.Members) == 0 || e.Population <= 0 {
			t.Errorf("EPCI %+v", e)
		}
		for _, m := range e.Members {
			members[m]++
		}
	}
	for _, c := range o.Communes {
		if members[c.Code] > 1 {
			t.Errorf("commune %s %s in %d EPCIs", c.Code, c.Name, members[c.Code])
		}
		// the official régions are the names rules/data knows, for the 101 départements
		if d, ok := g.DepartementByCode(c.Departement); ok && d.Region != c.Region {
			t.Errorf("commune %s: région %q, rules/data says %q", c.Code, c.Region, d.Region)
		}
	}
	if p, ok := o.ByCode("84003"); !ok || p.Name != "Apt" {
		t.Errorf("ByCode(84003) = %v", p)
	}
	if n, _ := o.DepartementName("2A"); n != "Corse-du-Sud" {
		t.Errorf("DepartementName(2A) = %q", n)
	}
}

func TestNameKeys(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"La Seyne-sur-Mer", "la seyne sur mer"},
		{"Saint-Étienne", "St Etienne"},
		{"Terres des Confluences", "TERRES DE CONFLUENCES"},
		{"L’Isle-Jourdain", "L'Isle Jourdain"},
	} {
		if rules.CommuneKey(c.a) != rules.CommuneKey(c.b) {
			t.Errorf("CommuneKey(%q)=%q ≠ CommuneKey(%q)=%q", c.a, rules.CommuneKey(c.a), c.b, rules.CommuneKey(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"CA Agglomération d'Agen", "l'Agglomération d'Agen"},
		{"CC du Briançonnais", "Communauté de communes du Briançonnais"},
		{"Métropole d'Aix-Marseille-Provence", "Aix Marseille Provence Métropole"},
	} {
		if rules.EPCIKey(c.a) != rules.EPCIKey(c.b) {
			t.Errorf("EPCIKey(%q)=%q ≠ EPCIKey(%q)=%q", c.a, rules.EPCIKey(c.a), c.b, rules.EPCIKey(c.b))
		}
	}
}
