package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// The layout of a corpus directory.
const (
	manifestName = "manifest.jsonl" // one JSON record per fetch, appended
	frontierName = "frontier.jsonl" // the crawl's queue, for resuming
	objectsDir   = "objects"        // objects/ab/abcdef…: bytes by SHA-256
	tmpDir       = "tmp"            // bodies being downloaded
	lockName     = "lock"           // held by the one process writing
)

// Store is a corpus directory: the raw bytes of every fetched document,
// stored once per distinct content, and the manifest that says which URL
// answered which bytes when.
//
// A Store from Open only reads. It never changes the directory, so it can be
// opened while a crawl is writing to it (it then sees the records complete
// when they were read).
type Store struct {
	dir      string
	warnings []string

	// Set only on the writing store a crawl opens.
	mu       sync.Mutex
	manifest *os.File
	lock     *os.File
	seq      int64
	index    map[string]*urlState
	crawls   map[string]string // interned crawl ids

	// Group commit of manifest appends (see append).
	written, synced uint64
	syncing         bool
	syncErr         error
	syncCond        *sync.Cond
}

// urlState is what a crawl needs to know of a URL's history, kept small
// because a crawl holds one per URL it has ever stored.
type urlState struct {
	sha          string // latest stored content
	contentType  string
	size         int64
	etag         string // validators of the response that stored it
	lastModified string
	lastmod      string // the sitemap lastmod recorded with it
	versions     int32
	lastCrawl    string // crawl of the URL's latest record of any outcome
}

// Open opens the corpus in dir to read it. A last manifest line that a crash
// cut short is ignored, and said so in Warnings.
func Open(dir string) (*Store, error) {
	info, err := os.Stat(filepath.Join(dir, manifestName))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s is not a corpus (no %s)", dir, manifestName)
		}
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s is not a corpus", dir)
	}
	s := &Store{dir: dir}
	// One pass now, so that a damaged manifest is reported when opened
	// rather than halfway through a caller's loop.
	if err := s.scan(func(Entry) error { return nil }); err != nil {
		return nil, err
	}
	return s, nil
}

// Dir is the corpus directory.
func (s *Store) Dir() string { return s.dir }

// Warnings lists what Open found and passed over: a torn last manifest line,
// damaged lines. Empty for a healthy corpus.
func (s *Store) Warnings() []string { return append([]string(nil), s.warnings...) }

// scan reads the manifest, calling fn for each record in order, and records
// what it had to skip in s.warnings.
func (s *Store) scan(fn func(Entry) error) error {
	f, err := os.Open(filepath.Join(s.dir, manifestName))
	if err != nil {
		return err
	}
	defer f.Close()
	_, torn, bad, err := scanManifest(f, fn)
	if err != nil {
		return err
	}
	s.warnings = append(bad[:0:0], bad...)
	if torn >= 0 {
		s.warnings = append(s.warnings, fmt.Sprintf("%s: last line (at byte %d) is incomplete, a write a crash interrupted: ignored", manifestName, torn))
	}
	return nil
}

// Scan calls fn with each manifest record in the order they were made,
// without holding them all in memory; an error from fn stops the scan and is
// returned.
func (s *Store) Scan(fn func(Entry) error) error { return s.scan(fn) }

// Records returns every manifest record, in the order they were made.
func (s *Store) Records() ([]Entry, error) {
	var out []Entry
	err := s.scan(func(e Entry) error { out = append(out, e); return nil })
	return out, err
}

// Latest returns, for each URL with stored bytes, its most recent record that
// points at stored bytes (a later failure does not hide the last good
// version), sorted by URL. Read gives the bytes.
func (s *Store) Latest() ([]Entry, error) {
	latest := map[string]Entry{}
	err := s.scan(func(e Entry) error {
		if e.Stored() {
			latest[e.URL] = e
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(latest))
	for _, e := range latest {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// Versions returns the records of url that stored new bytes (New or Changed),
// oldest first: each is a version Read still returns.
func (s *Store) Versions(url string) ([]Entry, error) {
	var out []Entry
	err := s.scan(func(e Entry) error {
		if e.URL == url && (e.Outcome == New || e.Outcome == Changed) {
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

// objectPath is where the bytes of a SHA-256 live.
func (s *Store) objectPath(sha string) string {
	return filepath.Join(s.dir, objectsDir, sha[:2], sha)
}

// OpenObject opens the stored bytes an entry points at.
func (s *Store) OpenObject(e Entry) (io.ReadCloser, error) {
	if !validSHA256(e.SHA256) {
		return nil, fmt.Errorf("%s: no stored bytes (outcome %s)", e.URL, e.Outcome)
	}
	return os.Open(s.objectPath(e.SHA256))
}

// Read returns the stored bytes an entry points at, exactly as the server
// sent them (no charset or content decoding), after checking them against
// their hash.
func (s *Store) Read(e Entry) ([]byte, error) {
	f, err := s.OpenObject(e)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	if hex.EncodeToString(sum[:]) != e.SHA256 {
		return nil, fmt.Errorf("%s: object %s is damaged (hash mismatch)", e.URL, e.SHA256)
	}
	return data, nil
}

// Close releases a writing store's lock and files; on a reading store it does
// nothing.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.manifest != nil {
		err = s.manifest.Close()
		s.manifest = nil
	}
	if s.lock != nil {
		unlockFile(s.lock)
		if cerr := s.lock.Close(); err == nil {
			err = cerr
		}
		s.lock = nil
	}
	return err
}
