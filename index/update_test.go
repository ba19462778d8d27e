package index

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/clsx/clsx/extract"
)

// update adds docs to the index in dir with Update.
func update(t *testing.T, dir string, docs ...*extract.Document) (Stats, error) {
	t.Helper()
	b, err := Update(dir, "clsx index test")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := b.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	return b.Commit()
}

// Update keeps what the index held, replaces a document given again, and
// leaves a damaged index to be rebuilt rather than build on it.
func TestUpdate(t *testing.T) {
	docs := seeds(t)
	dir := t.TempDir()
	for i, d := range docs {
		st, err := update(t, dir, d)
		if err != nil {
			t.Fatalf("update %d: %v", i, err)
		}
		if st.Documents != i+1 || st.Kept != i || st.Added != 1 {
			t.Errorf("update %d: %+v", i, st)
		}
	}
	want := Stats{}
	b, _ := Create(filepath.Join(t.TempDir(), "whole"), "test")
	for _, d := range docs {
		b.Add(d)
	}
	if want, _ = b.Commit(); want.Contracts == 0 {
		t.Fatal("no contracts in the seeds")
	}
	// the same document again replaces itself
	st, err := update(t, dir, docs[0])
	if err != nil || st.Replaced != 1 || st.Contracts != want.Contracts || st.Documents != len(docs) {
		t.Errorf("again: %+v %v, want %d contracts", st, err, want.Contracts)
	}
	// nothing given: refused, the index unchanged
	if _, err := update(t, dir); !errors.Is(err, ErrNothingToIndex) {
		t.Errorf("empty update: %v", err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := ix.Contracts(Request{})
	ix.Close()
	if err != nil || len(recs) != want.Contracts {
		t.Errorf("%d contracts after the updates, %d in one build (%v)", len(recs), want.Contracts, err)
	}
	// a damaged index is not built upon; a rebuild replaces it
	cur, _ := readCurrent(dir)
	os.WriteFile(filepath.Join(dir, cur.Generation, sourcesName), []byte("damaged"), 0o644)
	var corrupt *CorruptError
	if _, err := update(t, dir, docs[1]); !errors.As(err, &corrupt) {
		t.Errorf("update of a damaged index: %v", err)
	}
	b, _ = Create(dir, "test")
	b.Add(docs[1])
	if st, err := b.Commit(); err != nil || st.Documents != 1 {
		t.Errorf("rebuild: %+v %v", st, err)
	}
	// an index of an earlier format cannot be updated, only rebuilt
	cur, _ = readCurrent(dir)
	m, err := readManifest(filepath.Join(dir, cur.Generation))
	if err != nil {
		t.Fatal(err)
	}
	m.Format = 1
	writeManifest(filepath.Join(dir, cur.Generation), *m)
	if _, err := update(t, dir, docs[2]); !errors.Is(err, ErrCannotUpdate) {
		t.Errorf("update of a format-1 index: %v", err)
	}
}
