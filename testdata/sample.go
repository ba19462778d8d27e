// Package testdata is the bundled sample corpus, embedded so that `clsx demo`
// runs from any directory: the five seed texts with their gold annotations
// (seeds/), the same contracts as their sites publish them — pages with
// menus, banners and sidebars, a Windows-1252 page, PDFs — (site/, described
// by site/site.json), and the gold of the site's PDFs (site-gold/).
package testdata

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"
)

// Sample holds seeds/, site/ and site-gold/.
//
//go:embed seeds site site-gold
var Sample embed.FS

// Site is one site of the sample (an entry of site/site.json).
type Site struct {
	Host    string `json:"host"`
	Charset string `json:"charset"` // the charset its pages are served in
	Pages   []Page `json:"pages"`
}

// Page is a CLS page of a sample site.
type Page struct {
	Path     string `json:"path"`
	Title    string `json:"title"`
	TextFile string `json:"text_file"` // the seed it renders, "seeds/agen.txt"
}

// URL is the page's address on the web (the demo serves it over plain HTTP).
func (s Site) URL(p Page) string { return "http://" + s.Host + p.Path }

// Seed is the name of the seed the page renders ("agen"), whose gold is
// seeds/NAME.gold.json.
func (p Page) Seed() string { return strings.TrimSuffix(path.Base(p.TextFile), ".txt") }

// SampleSites reads site/site.json.
func SampleSites() ([]Site, error) {
	raw, err := Sample.ReadFile("site/site.json")
	if err != nil {
		return nil, err
	}
	var spec struct {
		Sites []Site `json:"sites"`
	}
	if err := json.Unmarshal(raw, &spec); err != nil {
		return nil, fmt.Errorf("site/site.json: %v", err)
	}
	return spec.Sites, nil
}

// GoldContract is a contract of a seed's gold annotation, with the fields
// tests pair and filter on.
type GoldContract struct {
	Territory string   `json:"territory"`
	StartYear *int     `json:"start_year"`
	Themes    []string `json:"themes"`
}

// HasTheme tells whether the gold gives the contract a theme.
func (c GoldContract) HasTheme(theme string) bool { return slices.Contains(c.Themes, theme) }

// SeedGold reads the contracts of every seed's gold (seeds/*.gold.json).
func SeedGold() ([]GoldContract, error) {
	files, err := Sample.ReadDir("seeds")
	if err != nil {
		return nil, err
	}
	var out []GoldContract
	for _, f := range files {
		if !strings.HasSuffix(f.Name(), ".gold.json") {
			continue
		}
		raw, err := Sample.ReadFile("seeds/" + f.Name())
		if err != nil {
			return nil, err
		}
		var g struct {
			Contracts []GoldContract `json:"contracts"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			return nil, fmt.Errorf("seeds/%s: %v", f.Name(), err)
		}
		out = append(out, g.Contracts...)
	}
	return out, nil
}
