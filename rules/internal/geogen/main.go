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
	var regions []region
	var depts []departement
	var communes []commune
	var epcis []epci
	for _, f := range []struct {
		name string
		into any
	}{{"regions.json", &regions}, {"departements.json", &depts}, {"communes.json", &communes}, {"epci.json", &epcis}} {
		data, err := os.ReadFile(filepath.Join(src, f.name))
		if err != nil {
			return err
		}
		if err := json.Unmarshal(data, f.into); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	var lines []string
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") } // no tab can hide in a name
	sort.Slice(regions, func(i, j int) bool { return regions[i].Code < regions[j].Code })
	for _, r := range regions {
		lines = append(lines, strings.Join([]string{"R", r.Code, clean(r.Nom)}, "\t"))
	}
	sort.Slice(depts, func(i, j int) bool { return depts[i].Code < depts[j].Code })
	known := map[string]bool{}
	for _, d := range depts {
		known[d.Code] = true
		lines = append(lines, strings.Join([]string{"D", d.Code, clean(d.Nom), d.Region}, "\t"))
	}
	sort.Slice(communes, func(i, j int) bool { return communes[i].Code < communes[j].Code })
	kept := map[string]bool{}
	for _, c := range communes {
		// communes déléguées and associées no longer administer anything,
		// and Paris, Lyon and Marseille's arrondissements are not communes
		if c.Type != "commune-actuelle" {
			continue
		}
		if !known[c.Departement] {
			return fmt.Errorf("commune %s: unknown département %q", c.Code, c.Departement)
		}
		kept[c.Code] = true
		lines = append(lines, strings.Join([]string{"C", c.Code, clean(c.Nom), c.Departement, strconv.Itoa(c.Population)}, "\t"))
	}
	sort.Slice(epcis, func(i, j int) bool { return epcis[i].Code < epcis[j].Code })
	for _, e := range epcis {
		var members []string
		for _, m := range e.Membres {
			if !kept[m.Code] {
				return fmt.Errorf("EPCI %s: member %s is not a current commune", e.Code, m.Code)
			}
			members = append(members, m.Code)
		}
		sort.Strings(members)
		lines = append(lines, strings.Join([]string{"E", e.Code, clean(e.Nom), e.Type, strconv.Itoa(e.PopulationMunicipale), strings.Join(members, ",")}, "\t"))
	}
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
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "geogen: %d régions, %d départements, %d communes, %d EPCIs → %s\n", len(regions), len(depts), len(kept), len(epcis), out)
	return nil
}

// fetch runs npm pack in dir and unpacks the package's data files there.
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
