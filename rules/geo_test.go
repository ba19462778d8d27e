package rules_test

import (
	"reflect"
	"testing"

	"github.com/clsx/clsx/rules"
)

var wantRegions = []string{
	"Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
	"Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
	"Pays de la Loire", "Provence-Alpes-Côte d'Azur",
	"Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
}

func TestGeoTables(t *testing.T) {
	g := rules.Default().Geo
	var names []string
	for _, r := range g.Regions {
		names = append(names, r.Name)
	}
	if !reflect.DeepEqual(names, wantRegions) {
		t.Errorf("régions %q, want %q", names, wantRegions)
	}
	if len(g.Departements) != 101 {
		t.Errorf("%d départements, want 101", len(g.Departements))
	}
	codes, dnames := map[string]bool{}, map[string]bool{}
	perRegion := map[string]int{}
	for _, d := range g.Departements {
		if codes[d.Code] {
			t.Errorf("code %s twice", d.Code)
		}
		codes[d.Code] = true
		if dnames[rules.Fold(d.Name)] {
			t.Errorf("name %s twice", d.Name)
		}
		dnames[rules.Fold(d.Name)] = true
		found := false
		for _, r := range wantRegions {
			found = found || r == d.Region
		}
		if !found {
			t.Errorf("%s %s: région %q is not one of the 18", d.Code, d.Name, d.Region)
		}
		perRegion[d.Region]++
		if got, ok := g.DepartementByCode(d.Code); !ok || got.Name != d.Name {
			t.Errorf("DepartementByCode(%s) = %v %v", d.Code, got, ok)
		}
		if got, ok := g.DepartementByName(d.Name); !ok || got.Code != d.Code {
			t.Errorf("DepartementByName(%s) = %v %v", d.Name, got, ok)
		}
		if r, ok := g.RegionByName(d.Region); !ok || r != d.Region {
			t.Errorf("RegionByName(%s) = %q %v", d.Region, r, ok)
		}
	}
	// Metropolitan codes 01-95 with 2A/2B for 20, overseas 971-974 and 976.
	for n := 1; n <= 95; n++ {
		c := []byte{byte('0' + n/10), byte('0' + n%10)}
		code := string(c)
		if n == 20 {
			if codes["20"] || !codes["2A"] || !codes["2B"] {
				t.Error("Corsica must be 2A and 2B, not 20")
			}
			continue
		}
		if !codes[code] {
			t.Errorf("code %s missing", code)
		}
	}
	for _, c := range []string{"971", "972", "973", "974", "976"} {
		if !codes[c] {
			t.Errorf("code %s missing", c)
		}
	}
	// Département counts per région (2016 map).
	want := map[string]int{
		"Auvergne-Rhône-Alpes": 12, "Bourgogne-Franche-Comté": 8, "Bretagne": 4, "Centre-Val de Loire": 6,
		"Corse": 2, "Grand Est": 10, "Hauts-de-France": 5, "Île-de-France": 8, "Normandie": 5,
		"Nouvelle-Aquitaine": 12, "Occitanie": 13, "Pays de la Loire": 5, "Provence-Alpes-Côte d'Azur": 6,
		"Guadeloupe": 1, "Martinique": 1, "Guyane": 1, "La Réunion": 1, "Mayotte": 1,
	}
	if !reflect.DeepEqual(perRegion, want) {
		t.Errorf("départements per région %v, want %v", perRegion, want)
	}
}

func TestDepartementByCode(t *testing.T) {
	g := rules.Default().Geo
	tests := []struct{ code, name, region string }{
		{"01", "Ain", "Auvergne-Rhône-Alpes"},
		{"2A", "Corse-du-Sud", "Corse"},
		{"2a", "Corse-du-Sud", "Corse"},
		{"2B", "Haute-Corse", "Corse"},
		{"13", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur"},
		{"47", "Lot-et-Garonne", "Nouvelle-Aquitaine"},
		{"82", "Tarn-et-Garonne", "Occitanie"},
		{"90", "Territoire de Belfort", "Bourgogne-Franche-Comté"},
		{"95", "Val-d'Oise", "Île-de-France"},
		{"974", "La Réunion", "La Réunion"},
		{"976", "Mayotte", "Mayotte"},
	}
	for _, tt := range tests {
		d, ok := g.DepartementByCode(tt.code)
		if !ok || d.Name != tt.name || d.Region != tt.region {
			t.Errorf("DepartementByCode(%q) = %+v %v, want %s in %s", tt.code, d, ok, tt.name, tt.region)
		}
	}
	for _, code := range []string{"", "1", "20", "00", "96", "975", "977", "2C", "Ain"} {
		if d, ok := g.DepartementByCode(code); ok {
			t.Errorf("DepartementByCode(%q) = %+v", code, d)
		}
	}
}

func TestDepartementByName(t *testing.T) {
	g := rules.Default().Geo
	tests := []struct{ name, code string }{
		{"Bouches du Rhône", "13"},
		{"bouches-du-rhone", "13"},
		{"BOUCHES-DU-RHÔNE", "13"},
		{"lot-et-garonne", "47"},
		{"Lot et Garonne", "47"},
		{"Lot", "46"},
		{"Côtes d'Armor", "22"},
		{"Côtes-d’Armor", "22"},
		{"Cotes d'Armor", "22"},
		{"Hautes Alpes", "05"},
		{"hautes-alpes", "05"},
		{"Hautes\u00a0Alpes", "05"},
		{"  Hautes   Alpes ", "05"},
		{"Alpes de Haute Provence", "04"},
		{"Alpes-de-Haute-Provence", "04"},
		{"Côte-d'Or", "21"},
		{"Val d'Oise", "95"},
		{"Corse du Sud", "2A"},
		{"Haute Corse", "2B"},
		{"Pyrénées Atlantiques", "64"},
		{"Puy de Dôme", "63"},
		{"Ille et Vilaine", "35"},
		{"Seine Saint Denis", "93"},
		{"Territoire-de-Belfort", "90"},
		{"Ardèche", "07"},
		{"Ardeche", "07"},
		{"Finistère", "29"},
		{"Deux Sèvres", "79"},
		{"Charente-Maritime", "17"},
		{"Charente", "16"},
		{"Loire-Atlantique", "44"},
		{"Loire", "42"},
		{"Haute–Loire", "43"},
		{"la Réunion", "974"},
		{"Paris", "75"},
	}
	for _, tt := range tests {
		d, ok := g.DepartementByName(tt.name)
		if !ok || d.Code != tt.code {
			t.Errorf("DepartementByName(%q) = %+v %v, want %s", tt.name, d, ok, tt.code)
		}
	}
	for _, name := range []string{"", "Provence", "Corse", "Alpes", "Bouches", "Garonne", "Rhône-Alpes", "Lot et", "Hautes Alpes 05", "Bretagne"} {
		if d, ok := g.DepartementByName(name); ok {
			t.Errorf("DepartementByName(%q) = %+v", name, d)
		}
	}
}

func TestRegionByName(t *testing.T) {
	g := rules.Default().Geo
	tests := []struct{ name, want string }{
		{"PACA", "Provence-Alpes-Côte d'Azur"},
		{"paca", "Provence-Alpes-Côte d'Azur"},
		{"Région Sud", "Provence-Alpes-Côte d'Azur"},
		{"Provence Alpes Côte d’Azur", "Provence-Alpes-Côte d'Azur"},
		{"Centre Val de Loire", "Centre-Val de Loire"},
		{"Centre-Val-de-Loire", "Centre-Val de Loire"},
		{"centre val de loire", "Centre-Val de Loire"},
		{"Auvergne Rhône Alpes", "Auvergne-Rhône-Alpes"},
		{"ARA", "Auvergne-Rhône-Alpes"},
		{"BFC", "Bourgogne-Franche-Comté"},
		{"Bourgogne Franche Comté", "Bourgogne-Franche-Comté"},
		{"Ile de France", "Île-de-France"},
		{"ÎLE-DE-FRANCE", "Île-de-France"},
		{"Hauts de France", "Hauts-de-France"},
		{"Nouvelle Aquitaine", "Nouvelle-Aquitaine"},
		{"grand est", "Grand Est"},
		{"Pays de la Loire", "Pays de la Loire"},
		{"Réunion", "La Réunion"},
		{"La Réunion", "La Réunion"},
		{"Corse", "Corse"},
		{"Occitanie", "Occitanie"},
		// the régions merged in 2016 are today's ("ARS Aquitaine")
		{"Aquitaine", "Nouvelle-Aquitaine"},
		{"Midi-Pyrénées", "Occitanie"},
		{"Haute-Normandie", "Normandie"},
		{"Picardie", "Hauts-de-France"},
		{"Languedoc-Roussillon", "Occitanie"},
		{"Poitou-Charentes", "Nouvelle-Aquitaine"},
		{"Franche-Comté", "Bourgogne-Franche-Comté"},
	}
	for _, tt := range tests {
		if got, ok := g.RegionByName(tt.name); !ok || got != tt.want {
			t.Errorf("RegionByName(%q) = %q %v, want %q", tt.name, got, ok, tt.want)
		}
	}
	for _, name := range []string{"", "Centre", "Provence", "Sud", "Loire", "Normandie du Sud", "Gironde"} {
		if got, ok := g.RegionByName(name); ok {
			t.Errorf("RegionByName(%q) = %q", name, got)
		}
	}
}

// findTexts returns the folded texts of the spans FindX returns, checking the
// spans are ordered, not overlapping, and inside the text.
func findTexts(t *testing.T, s string, spans [][2]int) []string {
	t.Helper()
	var out []string
	prev := 0
	for _, sp := range spans {
		if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
			t.Fatalf("bad spans %v in %q", spans, s)
		}
		prev = sp[1]
		out = append(out, s[sp[0]:sp[1]])
	}
	return out
}

func TestFindDepartements(t *testing.T) {
	g := rules.Default().Geo
	tests := []struct {
		text string
		want []string // folded texts of the spans
	}{
		{"Le CLS des Hautes-Alpes et des Bouches du Rhône", []string{"hautes alpes", "bouches du rhone"}},
		{"dans les Côtes d’Armor (22)", []string{"cotes d'armor"}},
		{"en Lot-et-Garonne, dans le Lot et dans le Tarn-et-Garonne", []string{"lot et garonne", "lot", "tarn et garonne"}},
		{"Charente-Maritime et Charente", []string{"charente maritime", "charente"}},
		{"la Loire-Atlantique, la Loire, la Haute-Loire", []string{"loire atlantique", "loire", "haute loire"}},
		{"Eure-et-Loir, Eure, Indre-et-Loire, Indre", []string{"eure et loir", "eure", "indre et loire", "indre"}},
		{"Seine-Saint-Denis, Seine-et-Marne, Haute-Marne, Marne", []string{"seine saint denis", "seine et marne", "haute marne", "marne"}},
		{"l'Ain, l'Aisne, l'Allier", []string{"ain", "aisne", "allier"}},
		{"Alpes-de-Haute-Provence et Alpes-Maritimes", []string{"alpes de haute provence", "alpes maritimes"}},
		{"Val-d'Oise, Val-de-Marne", []string{"val d'oise", "val de marne"}},
		{"le Territoire de Belfort", []string{"territoire de belfort"}},
		{"La Réunion et Mayotte", []string{"la reunion", "mayotte"}},
		{"Lotissement du Gardon, Tarnos, Marseille, Varennes", nil},
		{"Provence-Alpes-Côte d'Azur", nil},
		{"", nil},
	}
	for _, tt := range tests {
		f := rules.Fold(tt.text)
		if got := findTexts(t, f, g.FindDepartements(f)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindDepartements(%q) = %q, want %q", f, got, tt.want)
		}
	}
}

func TestFindRegions(t *testing.T) {
	g := rules.Default().Geo
	tests := []struct {
		text string
		want []string
	}{
		{"L'ARS Provence-Alpes-Côte d’Azur et la Région Sud", []string{"provence alpes cote d'azur", "region sud"}},
		{"en région Centre-Val de Loire", []string{"centre val de loire"}},
		{"ARS PACA, Occitanie et Nouvelle-Aquitaine", []string{"paca", "occitanie", "nouvelle aquitaine"}},
		{"ARS Auvergne-Rhône-Alpes (ARA)", []string{"auvergne rhone alpes", "ara"}},
		{"Île-de-France, Hauts-de-France", []string{"ile de france", "hauts de france"}},
		{"les Pays de la Loire", []string{"pays de la loire"}},
		{"à La Réunion, à la Réunion", []string{"la reunion", "la reunion"}},
		{"Bretagne Grand Est", []string{"bretagne", "grand est"}},
		{"Grand Estuaire, Bretagnes, caraibes", nil},
		{"", nil},
	}
	for _, tt := range tests {
		f := rules.Fold(tt.text)
		if got := findTexts(t, f, g.FindRegions(f)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindRegions(%q) = %q, want %q", f, got, tt.want)
		}
	}
}

// A départements.txt may name the région by an alias; the Departement should
// still carry the région's official name.
func TestDepartementRegionAliasNormalised(t *testing.T) {
	knownIssue(t, "BUG geo.go compileGeo: a département's région is checked through regionOf (aliases included) but stored as written, so \"83 | Var | PACA\" gives Region \"PACA\", not \"Provence-Alpes-Côte d'Azur\"")
	s := loadWith(t, map[string]string{"departements.txt": "83 | Var | PACA\n"})
	if d, ok := s.Geo.DepartementByCode("83"); !ok || d.Region != "Provence-Alpes-Côte d'Azur" {
		t.Errorf("Var: %+v", d)
	}
}

func TestGeoFromUserFiles(t *testing.T) {
	dir := ruleDir(t, map[string]string{
		"regions.extra.txt":      "Saint-Pierre-et-Miquelon | SPM\n",
		"departements.extra.txt": "# COM\n975 | Saint-Pierre-et-Miquelon | Saint-Pierre-et-Miquelon\n",
	})
	s, err := rules.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	g := s.Geo
	if len(g.Departements) != 102 || len(g.Regions) != 19 {
		t.Errorf("%d départements, %d régions", len(g.Departements), len(g.Regions))
	}
	if d, ok := g.DepartementByCode("975"); !ok || d.Name != "Saint-Pierre-et-Miquelon" {
		t.Errorf("975: %+v %v", d, ok)
	}
	if r, ok := g.RegionByName("spm"); !ok || r != "Saint-Pierre-et-Miquelon" {
		t.Errorf("spm: %q %v", r, ok)
	}
	f := rules.Fold("à Saint-Pierre-et-Miquelon (SPM)")
	if got := findTexts(t, f, g.FindRegions(f)); !reflect.DeepEqual(got, []string{"saint pierre et miquelon", "spm"}) {
		t.Errorf("FindRegions = %q", got)
	}
	if g.Regions[0].Name != "Saint-Pierre-et-Miquelon" {
		t.Errorf("regions.extra.txt rows not first: %v", g.Regions[0])
	}
}
