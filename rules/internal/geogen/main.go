// Command geogen writes rules/geodata.tsv.gz, the official geography clsx
// embeds, from the npm package @etalab/decoupage-administratif (MIT), which
// republishes INSEE's Code officiel géographique with populations and the
// member communes of every EPCI.
//
// Run it through go generate in rules/ (see rules/geo_official.go). With
// -src it reads an unpacked package's data directory; without, it fetches the
// pinned version with `npm pack` into a temporary directory, so regenerating
// needs npm but building clsx never does.
//
// The output keeps only what resolution needs, one record a line, fields
// separated by tabs, in a stable order, gzip'd without a timestamp so that
// the same input always gives the same bytes:
//
//	R  code  name                                   a région
//	D  code  name  région code                      a département
//	C  INSEE code  name  département  population    a commune (commune-actuelle)
//	E  SIREN  name  nature  population  members     an EPCI (members: INSEE codes, comma-separated)
package main

import (
	"archive/tar"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// The package version the embedded data comes from: changing it is a
// deliberate update of the geography, reviewed like any data change.
const pkg = "@etalab/decoupage-administratif@6.0.0"

type region struct {
	Code string `json:"code"`
	Nom  string `json:"nom"`
}

type departement struct {
	Code   string `json:"code"`
	Nom    string `json:"nom"`
	Region string `json:"region"`
}

type commune struct {
	Code        string `json:"code"`
	Nom         string `json:"nom"`
	Type        string `json:"type"`
	Departement string `json:"departement"`
	Population  int    `json:"population"`
}

type epci struct {
	Code                 string `json:"code"`
	Nom                  string `json:"nom"`
	Type                 string `json:"type"`
	PopulationMunicipale int    `json:"populationMunicipale"`
	Membres              []struct {
		Code string `json:"code"`
	} `json:"membres"`
}

func main() {
	src := flag.String("src", "", "the package's data directory (default: npm pack "+pkg+" into a temporary directory)")
	out := flag.String("out", "geodata.tsv.gz", "file to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "geogen:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	if src == "" {
		tmp, err := os.MkdirTemp("", "geogen")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if src, err = fetch(tmp); err != nil {
			return err
		}
	}
	var g geography
	if err := g.read(src); err != nil {
		return err
	}
	lines, communes, err := g.lines()
	if err != nil {
		return err
	}
	if err := writeTable(out, lines); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "geogen: %d régions, %d départements, %d communes, %d EPCIs → %s\n", len(g.regions), len(g.depts), communes, len(g.epcis), out)
	return nil
}

// geography is the package's four tables.
type geography struct {
	regions  []region
	depts    []departement
	communes []commune
	epcis    []epci
}

func (g *geography) read(src string) error {
	for _, f := range []struct {
		name string
		into any
	}{{"regions.json", &g.regions}, {"departements.json", &g.depts}, {"communes.json", &g.communes}, {"epci.json", &g.epcis}} {
		data, err := os.ReadFile(filepath.Join(src, f.name))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, f.into); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return nil
}

// lines are the table's rows, each kind sorted by code: R région, D
// département, C current commune, E EPCI with its members. It fails on a
// commune of an unknown département or an EPCI member that is not a
// current commune: the tables must agree.
func (g *geography) lines() ([]string, int, error) {
	var lines []string
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") } // no tab can hide in a name
	sort.Slice(g.regions, func(i, j int) bool { return g.regions[i].Code < g.regions[j].Code })
	for _, r := range g.regions {
		lines = append(lines, strings.Join([]string{"R", r.Code, clean(r.Nom)}, "\t"))
	}
	sort.Slice(g.depts, func(i, j int) bool { return g.depts[i].Code < g.depts[j].Code })
	known := map[string]bool{}
	for _, d := range g.depts {
		known[d.Code] = true
		lines = append(lines, strings.Join([]string{"D", d.Code, clean(d.Nom), d.Region}, "\t"))
	}
	sort.Slice(g.communes, func(i, j int) bool { return g.communes[i].Code < g.communes[j].Code })
	kept := map[string]bool{}
	for _, c := range g.communes {
		// communes déléguées and associées no longer administer anything,
		// and Paris, Lyon and Marseille's arrondissements are not communes
		if c.Type != "commune-actuelle" {
			continue
		}
		if !known[c.Departement] {
			return nil, 0, fmt.Errorf("commune %s: unknown département %q", c.Code, c.Departement)
		}
		kept[c.Code] = true
		lines = append(lines, strings.Join([]string{"C", c.Code, clean(c.Nom), c.Departement, strconv.Itoa(c.Population)}, "\t"))
	}
	sort.Slice(g.epcis, func(i, j int) bool { return g.epcis[i].Code < g.epcis[j].Code })
	for _, e := range g.epcis {
		var members []string
		for _, m := range e.Membres {
			if !kept[m.Code] {
				return nil, 0, fmt.Errorf("EPCI %s: member %s is not a current commune", e.Code, m.Code)
			}
			members = append(members, m.Code)
		}
		sort.Strings(members)
		lines = append(lines, strings.Join([]string{"E", e.Code, clean(e.Nom), e.Type, strconv.Itoa(e.PopulationMunicipale), strings.Join(members, ",")}, "\t"))
	}
	return lines, len(kept), nil
}

// writeTable writes the gzipped table with its header.
func writeTable(out string, lines []string) error {
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "# Official geography from %s (MIT): communes, EPCIs, départements, régions.\n", pkg)
	fmt.Fprintln(w, "# Generated by rules/internal/geogen (go generate ./rules/); do not edit.")
	for _, l := range lines {
		w.WriteString(l)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func fetch(dir string) (string, error) {
	cmd := exec.Command("npm", "pack", "--silent", pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	name, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("npm pack %s: %w", pkg, err)
	}
	tgz, err := os.Open(filepath.Join(dir, strings.TrimSpace(string(name))))
	if err != nil {
		return "", err
	}
	defer tgz.Close()
	zr, err := gzip.NewReader(tgz)
	if err != nil {
		return "", err
	}
	tr := tar.NewReader(zr)
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		return "", err
	}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		// only the four files read above, by base name: nothing else of the
		// archive is written, whatever paths it holds
		switch base := filepath.Base(h.Name); base {
		case "regions.json", "departements.json", "communes.json", "epci.json":
			f, err := os.Create(filepath.Join(data, base))
			if err != nil {
				return "", err
			}
			if _, err := io.Copy(f, tr); err != nil {
				f.Close()
				return "", err
			}
			if err := f.Close(); err != nil {
				return "", err
			}
		}
	}
	return data, nil
}
