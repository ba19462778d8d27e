package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"

	"github.com/clsx/clsx/extract"
)

// Stats counts what a build indexed.
type Stats struct {
	Documents  int    `json:"documents"` // source documents
	Added      int    `json:"added"`     // documents this build was given
	Replaced   int    `json:"replaced"`  // of which the index held an earlier version
	Kept       int    `json:"kept"`      // documents kept from the previous generation
	Contracts  int    `json:"contracts"`
	Axes       int    `json:"axes"`
	Actions    int    `json:"actions"`
	Generation string `json:"generation"`
}

// batchSize bounds the documents buffered before bleve indexes them. Each
// batch becomes a segment that scorch persists (with an fsync) and later
// merges: few large batches build several times faster than many small
// ones, and 10,000 axis-sized documents stay within tens of MB.
const batchSize = 10000

// Builder writes a new generation of an index. Readers keep using the
// previous one until Commit switches them over; a build that fails, is
// aborted or is killed leaves it untouched.
type Builder struct {
	dir, gen, tmp string
	builtBy       string
	lock          *os.File
	idx           bleve.Index
	batch         *bleve.Batch
	inflight      chan struct{} // one token per batch being indexed
	wg            sync.WaitGroup
	mu            sync.Mutex
	err           error // the first failed batch's
	records       *recordWriter
	facets        map[string][]string // contract id → its facet terms (facettable.go)
	specs         fieldSpecs
	docs          map[string]*sourceDoc // the documents given, by key
	order         []string              // their keys, in the order given
	update        bool                  // keep the previous generation's other documents
	stats         Stats
}

// ErrBusy is returned when another build holds the directory.
var ErrBusy = errors.New("another clsx index build is writing into this directory")

// ErrNothingToIndex is returned by Commit when a build was given no
// document and would replace an index that holds some: an empty run (a
// folder without documents, an empty records file) must not empty a good
// index.
var ErrNothingToIndex = errors.New("nothing to index: no document was given, and the index holds some; it is unchanged")

// Create starts a build into dir (created if need be) that replaces the index
// with the documents it is given. builtBy is the command a user should run to
// rebuild this index; errors name it.
func Create(dir, builtBy string) (*Builder, error) { return create(dir, builtBy, false) }

// Update starts a build that adds documents to the index in dir: a document
// the index holds already (same URL, else same source) is replaced, the
// others are kept, and the contracts are merged again across all of them.
// Like Create, it writes a new generation and switches to it only once it is
// complete.
func Update(dir, builtBy string) (*Builder, error) { return create(dir, builtBy, true) }

func create(dir, builtBy string, update bool) (*Builder, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	lock, err := os.OpenFile(filepath.Join(dir, lockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := lockFile(lock); err != nil {
		lock.Close()
		return nil, fmt.Errorf("%s: %w", dir, ErrBusy)
	}
	b := &Builder{dir: dir, builtBy: builtBy, lock: lock, docs: map[string]*sourceDoc{}, update: update,
		inflight: make(chan struct{}, 2), facets: map[string][]string{}}
	// what a killed build left: no one else holds the lock, so no one is
	// writing it any more
	_, unfinished, err := generations(dir)
	if err != nil {
		b.release()
		return nil, err
	}
	for _, u := range unfinished {
		os.RemoveAll(filepath.Join(dir, u))
	}
	if b.gen, err = nextGeneration(dir); err != nil {
		b.release()
		return nil, err
	}
	b.tmp = filepath.Join(dir, b.gen+tmpSuffix)
	if err := os.Mkdir(b.tmp, 0o755); err != nil {
		b.release()
		return nil, err
	}
	// Not "unsafe_batch": with it, scorch's Close drops the segments it
	// has not persisted yet, and the last batches would be lost.
	//
	// No background merging either: a generation is merged into one segment
	// once, at the end (compact); merging as batches come in rewrote every
	// document several times over.
	m := newMapping()
	if b.specs, err = newFieldSpecs(m); err != nil {
		b.Abort()
		return nil, err
	}
	b.idx, err = bleve.NewUsing(filepath.Join(b.tmp, bleveName), m, scorch.Name, scorch.Name,
		map[string]interface{}{"scorchMergePlanOptions": map[string]interface{}{"MaxSegmentsPerTier": 1000, "SegmentsPerMergeTask": 1000}})
	if err != nil {
		b.Abort()
		return nil, err
	}
	if b.records, err = newRecordWriter(filepath.Join(b.tmp, recordsName)); err != nil {
		b.Abort()
		return nil, err
	}
	b.batch = b.idx.NewBatch()
	return b, nil
}

// Add takes a document's contracts into the build. They are indexed at
// Commit, merged with the other documents' readings of the same contracts
// (merge.go). A document given twice — by its URL, else its source — counts
// once, as it was given last; in an update it replaces the version the
// index held.
func (b *Builder) Add(doc *extract.Document) error {
	d := newSourceDoc(doc)
	if _, ok := b.docs[d.Key]; !ok {
		b.order = append(b.order, d.Key)
	}
	b.docs[d.Key] = d
	return nil
}

// indexRecord writes a merged contract to the records file and its
// documents to bleve.
func (b *Builder) indexRecord(r *Record) error {
	ref, err := b.records.put(r)
	if err != nil {
		return err
	}
	ids, docs := documents(r, ref)
	if f, ok := docs[0][fFacet].(string); ok {
		b.facets[r.ID] = strings.Split(f, "\n")
	} else {
		b.facets[r.ID] = nil
	}
	for i := range ids {
		d, err := b.specs.document(ids[i], docs[i])
		if err != nil {
			return err
		}
		if err := b.batch.IndexAdvanced(d); err != nil {
			return err
		}
	}
	c := &r.Contract
	b.stats.Contracts++
	b.stats.Axes += len(c.Axes)
	b.stats.Actions += c.ActionCount()
	if b.batch.Size() >= batchSize {
		return b.flush()
	}
	return nil
}

// flush hands the current batch to bleve without waiting for it, and
// starts a new one. A batch's analysis runs on every core but the segment it
// becomes is built and persisted on one: with two batches in flight, one is
// analysed while the other is written, and a build takes about half the
// time. At most two, so memory stays bounded.
func (b *Builder) flush() error {
	if b.batch.Size() == 0 {
		return b.batchErr()
	}
	batch := b.batch
	b.batch = b.idx.NewBatch()
	b.inflight <- struct{}{} // waits while two batches are being indexed
	if err := b.batchErr(); err != nil {
		<-b.inflight
		return err
	}
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		defer func() { <-b.inflight }()
		if err := b.idx.Batch(batch); err != nil {
			b.mu.Lock()
			if b.err == nil {
				b.err = err
			}
			b.mu.Unlock()
		}
	}()
	return nil
}

// wait waits for the batches in flight and returns the first error.
func (b *Builder) wait() error {
	b.wg.Wait()
	return b.batchErr()
}

func (b *Builder) batchErr() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.err
}

// Commit finishes the build and makes it the index readers open: bleve is
// closed, every file synced and checksummed, the manifest written, the
// generation renamed into place, and CURRENT switched to it. Older
// generations are removed after; a reader that still has one open keeps
// reading it (on Unix an open file outlives its name).
func (b *Builder) Commit() (Stats, error) {
	defer b.release()
	if err := b.assemble(); err != nil {
		b.Abort()
		return b.stats, err
	}
	if err := b.flush(); err != nil {
		b.Abort()
		return b.stats, err
	}
	if err := b.wait(); err != nil {
		b.Abort()
		return b.stats, err
	}
	if err := b.compact(); err != nil {
		b.Abort()
		return b.stats, err
	}
	err := b.records.close()
	b.records = nil
	if err != nil {
		b.Abort()
		return b.stats, err
	}
	if err := writeFacetTable(filepath.Join(b.tmp, facetsName), b.idx, b.facets); err != nil {
		b.Abort()
		return b.stats, err
	}
	count, err := b.idx.DocCount()
	if err != nil {
		b.Abort()
		return b.stats, err
	}
	if err := b.idx.Close(); err != nil {
		b.idx = nil
		b.Abort()
		return b.stats, err
	}
	b.idx = nil
	if err := widen(filepath.Join(b.tmp, bleveName), b.tmp); err != nil {
		b.Abort()
		return b.stats, err
	}
	files, err := sumFiles(b.tmp, true)
	if err != nil {
		b.Abort()
		return b.stats, err
	}
	b.stats.Generation = b.gen
	m := manifest{Format: formatVersion, Built: time.Now().UTC(), BuiltBy: b.builtBy, Stats: b.stats, Documents: count, Files: files}
	if err := writeManifest(b.tmp, m); err != nil {
		b.Abort()
		return b.stats, err
	}
	final := filepath.Join(b.dir, b.gen)
	if err := os.Rename(b.tmp, final); err != nil {
		b.Abort()
		return b.stats, err
	}
	if err := syncDir(b.dir); err != nil {
		return b.stats, err
	}
	if err := writeCurrent(b.dir, current{Generation: b.gen, BuiltBy: b.builtBy}); err != nil {
		return b.stats, err
	}
	done, _, _ := generations(b.dir)
	for _, g := range done {
		if g != b.gen {
			os.RemoveAll(filepath.Join(b.dir, g))
		}
	}
	return b.stats, nil
}

// compact merges the index into a single segment: a generation is never
// written again, so it pays to merge it once, and a search then walks one
// segment instead of one per batch.
func (b *Builder) compact() error {
	adv, err := b.idx.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil
	}
	return s.ForceMerge(context.Background(), &mergeplan.SingleSegmentMergePlanOptions)
}

// Abort throws the build away; the current index is untouched.
func (b *Builder) Abort() {
	b.wg.Wait()
	if b.records != nil {
		b.records.f.Close()
		b.records = nil
	}
	if b.idx != nil {
		b.idx.Close()
		b.idx = nil
	}
	if b.tmp != "" {
		os.RemoveAll(b.tmp)
	}
	b.release()
}

func (b *Builder) release() {
	if b.lock != nil {
		b.lock.Close() // closing the descriptor drops the flock
		b.lock = nil
	}
}
