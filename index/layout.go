package index

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// An index directory holds generations, each a complete index that is never
// changed once written, and a CURRENT file that names the one in use:
//
//	DIR/CURRENT          {"generation": "gen-000004", "built_by": "clsx index …"}
//	DIR/gen-000004/      manifest.json, bleve/
//	DIR/gen-000005.tmp/  a build under way (or killed: removed by the next build)
//	DIR/.lock            held by the build under way
//
// A build writes a new generation beside the current one, and only when it
// is complete and synced to disk does a rename of CURRENT switch readers to
// it. A rename is atomic, so a build killed at any point leaves CURRENT
// naming the previous, complete generation. (A directory cannot be renamed
// over a non-empty one, hence the pointer file rather than swapping
// directories.)
const (
	currentName  = "CURRENT"
	manifestName = "manifest.json"
	bleveName    = "bleve"
	lockName     = ".lock"
	genPrefix    = "gen-"
	tmpSuffix    = ".tmp"
)

// current is the content of CURRENT.
type current struct {
	Generation string `json:"generation"`
	// BuiltBy is the command that built it, to tell a user how to rebuild
	// an index that turns out corrupt.
	BuiltBy string `json:"built_by"`
}

func readCurrent(dir string) (current, error) {
	var c current
	data, err := os.ReadFile(filepath.Join(dir, currentName))
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(data, &c); err != nil || !validGeneration(c.Generation) {
		return c, fmt.Errorf("%s is unreadable", currentName)
	}
	return c, nil
}

// writeCurrent replaces CURRENT atomically: write a temporary file, sync it,
// rename it over the old one, sync the directory so the rename itself is on
// disk.
func writeCurrent(dir string, c current) error {
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, currentName+tmpSuffix)
	if err := writeSynced(tmp, append(data, '\n')); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, currentName)); err != nil {
		return err
	}
	return syncDir(dir)
}

func writeSynced(path string, data []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// validGeneration accepts only names this package writes, so that a CURRENT
// file edited by hand cannot point outside the directory.
func validGeneration(name string) bool {
	n, ok := strings.CutPrefix(name, genPrefix)
	if !ok || len(n) != 6 {
		return false
	}
	_, err := strconv.Atoi(n)
	return err == nil
}

// generations lists the complete and unfinished generations in dir, sorted.
func generations(dir string) (done, unfinished []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() {
			continue
		}
		if base, ok := strings.CutSuffix(name, tmpSuffix); ok && validGeneration(base) {
			unfinished = append(unfinished, name)
		} else if validGeneration(name) {
			done = append(done, name)
		}
	}
	sort.Strings(done)
	sort.Strings(unfinished)
	return done, unfinished, nil
}

// nextGeneration is the name after every generation in dir, finished or not.
func nextGeneration(dir string) (string, error) {
	done, unfinished, err := generations(dir)
	if err != nil {
		return "", err
	}
	last := 0
	for _, g := range append(done, unfinished...) {
		n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(g, genPrefix), tmpSuffix))
		if n > last {
			last = n
		}
	}
	return fmt.Sprintf("%s%06d", genPrefix, last+1), nil
}
