package rules_test

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clsx/clsx/rules"
)

// The bundled seeds: one page per regional health agency, on its own host,
// then other publishers' pages; each seed says whether it was seen there.
func TestCrawlSeeds(t *testing.T) {
	seeds, err := rules.CrawlSeeds()
	if err != nil {
		t.Fatal(err)
	}
	hosts := map[string]bool{}
	ars := 0
	for _, s := range seeds {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
			t.Errorf("%s:%d: %s", s.File, s.Line, s.URL)
			continue
		}
		if hosts[u.Host] {
			t.Errorf("two seeds on %s", u.Host)
		}
		hosts[u.Host] = true
		if !strings.HasSuffix(s.Name, "(seen)") && !strings.HasSuffix(s.Name, "(unchecked)") {
			t.Errorf("%s: comment %q says neither (seen) nor (unchecked)", s.URL, s.Name)
		}
		if strings.HasSuffix(u.Host, ".ars.sante.fr") {
			ars++
			if u.Scheme != "https" || !strings.HasPrefix(s.Name, "ARS ") {
				t.Errorf("%s: %q", s.URL, s.Name)
			}
		}
	}
	if ars != 18 {
		t.Errorf("%d ARS seeds, want the 18 ARS", ars)
	}
}

// The seed list sits among the rule files but is not one: loading the rules,
// exporting them and checking the export work as before.
func TestCrawlSeedsAreNotRules(t *testing.T) {
	for _, name := range rules.FileNames() {
		if strings.Contains(name, "seed") {
			t.Errorf("FileNames lists %s", name)
		}
	}
	if _, err := rules.Load(""); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range rules.FileNames() { // what `clsx rules export` writes
		data, err := rules.Bundled(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := rules.Load(dir); err != nil { // what `clsx rules check` does
		t.Errorf("checking the exported rules: %v", err)
	}
}

func TestParseSeeds(t *testing.T) {
	seeds, err := rules.ParseSeeds("s.txt", []byte("\xef\xbb\xbf# list\n\nhttps://a.fr/cls # Ville A\n  http://b.fr/  \n"))
	if err != nil || len(seeds) != 2 || seeds[0].Name != "Ville A" || seeds[0].Line != 3 || seeds[1].URL != "http://b.fr/" {
		t.Fatalf("%+v %v", seeds, err)
	}
	for data, want := range map[string]string{
		"a.fr/cls\n":                          "s.txt:1:",
		"https://a.fr/ https://b.fr/\n":       "s.txt:1:",
		"ftp://a.fr/\n":                       "s.txt:1:",
		"https://a.fr/\n# x\nhttps://a.fr/\n": "s.txt:3: https://a.fr/ already given on line 1",
	} {
		if _, err := rules.ParseSeeds("s.txt", []byte(data)); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%q: %v", data, err)
		}
	}
}
