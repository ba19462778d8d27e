package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
)

// Index is an opened, read-only index.
type Index struct {
	Dir        string
	Generation string
	BuiltBy    string
	Stats      Stats
	idx        bleve.Index
	records    *os.File
	facets     *facetTable // nil: bleve counts facets
}

// NotFoundError says there is no index where one was looked for.
type NotFoundError struct{ Dir string }

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("no index at %s: build one with `clsx index --index %s PATH...` (or --records FILE, --corpus DIR)", e.Dir, e.Dir)
}

// CorruptError says an index cannot be read, why, and how to rebuild it.
type CorruptError struct {
	Dir     string
	Problem string
	BuiltBy string // the command that built it, when still known
}

func (e *CorruptError) Error() string {
	how := e.BuiltBy
	if how == "" {
		how = fmt.Sprintf("clsx index --index %s PATH... (or --records FILE, --corpus DIR)", e.Dir)
	}
	return fmt.Sprintf("the index at %s is corrupt: %s; rebuild it with: %s", e.Dir, e.Problem, how)
}

// Open opens the current generation of the index in dir, read-only. It
// checks the generation against its manifest first, so a damaged index is
// reported as such (CorruptError) rather than crash or answer wrongly.
func Open(dir string) (*Index, error) {
	cur, err := readCurrent(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &NotFoundError{Dir: dir}
	}
	if err != nil {
		return nil, &CorruptError{Dir: dir, Problem: err.Error()}
	}
	gen := filepath.Join(dir, cur.Generation)
	m, err := verify(gen)
	if err != nil {
		if _, statErr := os.Stat(gen); statErr != nil {
			err = fmt.Errorf("%s names generation %s, which is missing", currentName, cur.Generation)
		}
		return nil, &CorruptError{Dir: dir, Problem: err.Error(), BuiltBy: cur.BuiltBy}
	}
	idx, err := openBleve(filepath.Join(gen, bleveName))
	if err != nil {
		return nil, &CorruptError{Dir: dir, Problem: err.Error(), BuiltBy: cur.BuiltBy}
	}
	if n, err := idx.DocCount(); err != nil || n != m.Documents {
		idx.Close()
		return nil, &CorruptError{Dir: dir, Problem: fmt.Sprintf("it holds %d documents, its manifest says %d", n, m.Documents), BuiltBy: cur.BuiltBy}
	}
	records, err := os.Open(filepath.Join(gen, recordsName))
	if err != nil {
		idx.Close()
		return nil, &CorruptError{Dir: dir, Problem: err.Error(), BuiltBy: cur.BuiltBy}
	}
	ix := &Index{Dir: dir, Generation: cur.Generation, BuiltBy: cur.BuiltBy, Stats: m.Stats, idx: idx, records: records}
	// a table that does not match is only slower without: bleve counts
	ix.facets, _ = readFacetTable(filepath.Join(gen, facetsName), idx)
	return ix, nil
}

// openBleve opens a bleve index read-only; a panic in bleve on a damaged
// file becomes an error.
func openBleve(path string) (idx bleve.Index, err error) {
	defer func() {
		if r := recover(); r != nil {
			idx, err = nil, fmt.Errorf("bleve cannot read it (%v)", r)
		}
	}()
	idx, err = bleve.OpenUsing(path, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("bleve cannot read it (%v)", err)
	}
	return idx, nil
}

// Close releases the index. Closing twice is harmless (bleve itself
// panics on it).
func (ix *Index) Close() error {
	if ix.idx == nil {
		return nil
	}
	ix.records.Close()
	err := ix.idx.Close()
	ix.idx = nil
	return err
}
