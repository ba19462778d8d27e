package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"syscall"
)

// openWriter opens (creating if need be) the corpus in dir for a crawl: it
// takes the directory's lock, so two crawls never interleave their writes,
// cuts off a torn last manifest line so the next append starts on a line of
// its own, removes downloads a killed process left in tmp/, and indexes the
// manifest. It writes only into a corpus (see claimDir) and never through a
// symbolic link.
func openWriter(dir string) (*Store, error) {
	if err := claimDir(dir); err != nil {
		return nil, err
	}
	for _, d := range []string{filepath.Join(dir, objectsDir), filepath.Join(dir, tmpDir)} {
		if err := realDir(d); err != nil {
			return nil, err
		}
	}
	lock, err := openNoFollow(filepath.Join(dir, lockName), os.O_CREATE|os.O_RDWR, filePerm)
	if err != nil {
		return nil, err
	}
	if err := lockFile(lock); err != nil {
		lock.Close()
		return nil, fmt.Errorf("corpus %s is in use by another crawl: %w", dir, err)
	}
	s := &Store{dir: dir, lock: lock, index: map[string]*urlState{}}
	fail := func(err error) (*Store, error) {
		s.Close()
		return nil, err
	}
	// Leftover downloads are bodies whose record was never written: the URL
	// is still pending in the frontier and will be fetched again.
	clearTmp(dir)
	mpath := filepath.Join(dir, manifestName)
	f, err := openNoFollow(mpath, os.O_CREATE|os.O_RDWR, filePerm)
	if err != nil {
		return fail(err)
	}
	s.manifest = f
	good, torn, bad, err := scanManifest(f, func(e Entry) error {
		s.note(&e)
		if e.Seq > s.seq {
			s.seq = e.Seq
		}
		return nil
	})
	if err != nil {
		return fail(err)
	}
	s.warnings = bad
	if torn >= 0 {
		s.warnings = append(s.warnings, fmt.Sprintf("%s: removed an incomplete last line (at byte %d) a crash left", manifestName, torn))
		if err := f.Truncate(good); err != nil {
			return fail(err)
		}
		if err := f.Sync(); err != nil {
			return fail(err)
		}
	}
	if _, err := f.Seek(0, 2); err != nil {
		return fail(err)
	}
	if good == 0 && torn < 0 {
		// A new corpus: make its manifest's directory entry durable.
		if err := syncDir(dir); err != nil {
			return fail(err)
		}
	}
	return s, nil
}

// note updates the in-memory index with a record.
func (s *Store) note(e *Entry) {
	st := s.index[e.URL]
	if st == nil {
		st = &urlState{}
		s.index[e.URL] = st
	}
	// Crawl ids repeat on every record: keep one copy of each.
	if s.crawls == nil {
		s.crawls = map[string]string{}
	}
	c, ok := s.crawls[e.Crawl]
	if !ok {
		c = e.Crawl
		s.crawls[c] = c
	}
	st.lastCrawl = c
	switch e.Outcome {
	case New, Changed:
		st.versions++
		st.sha, st.size, st.contentType = e.SHA256, e.Size, e.ContentType
		st.etag, st.lastModified = e.Header.Get("ETag"), e.Header.Get("Last-Modified")
		st.lastmod = e.Lastmod // new bytes: only the lastmod seen with them vouches for them
	case Unchanged:
		if e.Lastmod != "" {
			st.lastmod = e.Lastmod
		}
		// A 304 may carry fresher validators than the response that stored
		// the bytes; keep them for the next conditional request.
		if v := e.Header.Get("ETag"); v != "" {
			st.etag = v
		}
		if v := e.Header.Get("Last-Modified"); v != "" {
			st.lastModified = v
		}
	}
}

// state returns a copy of what the store knows of url, or nil.
func (s *Store) state(url string) *urlState {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.index[url]; st != nil {
		c := *st
		return &c
	}
	return nil
}

// recordedIn reports the URLs whose latest record belongs to crawl: on resume
// they are done, even if the frontier's "done" line was lost in the crash.
func (s *Store) recordedIn(crawl string) map[string]bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string]bool{}
	for u, st := range s.index {
		if st.lastCrawl == crawl {
			out[u] = true
		}
	}
	return out
}

// commitObject moves a fully written, fsynced download into objects/ under
// its hash. The rename is atomic, so an object either exists whole or not at
// all; syncing the directory makes the rename itself survive a power cut.
// Identical bytes already stored are kept once: the download is dropped.
func (s *Store) commitObject(tmpPath, sha string) error {
	if !validSHA256(sha) {
		return fmt.Errorf("bad object name %q", sha)
	}
	dst := s.objectPath(sha)
	if _, err := os.Stat(dst); err == nil {
		return os.Remove(tmpPath)
	}
	sub := filepath.Dir(dst)
	if _, err := os.Lstat(sub); errors.Is(err, os.ErrNotExist) {
		if err := realDir(sub); err != nil {
			return err
		}
		if err := syncDir(filepath.Join(s.dir, objectsDir)); err != nil {
			return err
		}
	} else if err := realDir(sub); err != nil {
		return err
	}
	if err := os.Rename(tmpPath, dst); err != nil {
		return err
	}
	return syncDir(sub)
}

// append writes a record to the manifest and fsyncs it: when append returns,
// the record survives a crash. It assigns the record's sequence number.
//
// Workers commit together: the line is written under the lock, then one
// fsync covers every line written before it started, so N workers finishing
// at once pay for one or two fsyncs, not N in a row.
func (s *Store) append(e *Entry) error {
	s.mu.Lock()
	if s.manifest == nil {
		s.mu.Unlock()
		return errors.New("corpus: store is not open for writing")
	}
	s.seq++
	e.Seq = s.seq
	line, err := marshalRecord(e)
	if err != nil {
		s.seq--
		s.mu.Unlock()
		return err
	}
	// One write per record: a crash leaves at worst one torn last line, which
	// openWriter removes.
	if _, err := s.manifest.Write(line); err != nil {
		s.mu.Unlock()
		return err
	}
	s.note(e)
	s.written++
	mine := s.written
	if s.syncCond == nil {
		s.syncCond = sync.NewCond(&s.mu)
	}
	for s.synced < mine {
		if s.syncErr != nil {
			err := s.syncErr
			s.mu.Unlock()
			return err
		}
		if s.syncing {
			s.syncCond.Wait()
			continue
		}
		s.syncing = true
		target := s.written
		f := s.manifest
		s.mu.Unlock()
		err := f.Sync()
		s.mu.Lock()
		s.syncing = false
		if err != nil {
			s.syncErr = err
		} else {
			s.synced = target
		}
		s.syncCond.Broadcast()
	}
	s.mu.Unlock()
	return nil
}

// tmpFile creates a file for a download in progress.
func (s *Store) tmpFile() (*os.File, error) {
	return newTmpFile(s.dir)
}

// syncDir fsyncs a directory, making the entries created or renamed in it
// durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	// Some file systems cannot sync a directory; they say EINVAL.
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}
