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
