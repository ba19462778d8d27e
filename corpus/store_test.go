package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// putObject stores data through the writer's path: tmp file, commit.
func putObject(t *testing.T, st *Store, data string) string {
	t.Helper()
	f, err := st.tmpFile()
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(data)
	f.Sync()
	f.Close()
	sum := sha256.Sum256([]byte(data))
	sha := hex.EncodeToString(sum[:])
	if err := st.commitObject(f.Name(), sha); err != nil {
		t.Fatal(err)
	}
	return sha
}

func TestStoreObjectsOnce(t *testing.T) {
	dir := t.TempDir()
	st, err := openWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := putObject(t, st, "le contrat")
	b := putObject(t, st, "le contrat")
	if a != b {
		t.Fatal("same bytes, two hashes")
	}
	objs, _ := filepath.Glob(filepath.Join(dir, objectsDir, "*", "*"))
	if len(objs) != 1 || filepath.Base(objs[0]) != a || filepath.Base(filepath.Dir(objs[0])) != a[:2] {
		t.Errorf("objects %v", objs)
	}
	if left, _ := os.ReadDir(filepath.Join(dir, tmpDir)); len(left) != 0 {
		t.Errorf("tmp/ holds %d files", len(left))
	}
	e := Entry{URL: "http://x/", Outcome: New, SHA256: a, Size: 10, Fetched: time.Now()}
	if err := st.append(&e); err != nil {
		t.Fatal(err)
	}
	if data, err := st.Read(e); err != nil || string(data) != "le contrat" {
		t.Errorf("Read: %q %v", data, err)
	}
	// A damaged object is reported, not returned.
	os.WriteFile(st.objectPath(a), []byte("le contrat!"), 0o644)
	if _, err := st.Read(e); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("Read of a damaged object: %v", err)
	}
	// A hand-edited name cannot escape objects/.
	if _, err := st.Read(Entry{URL: "x", Outcome: New, SHA256: "../../etc/passwd"}); err == nil {
		t.Error("read outside objects/")
	}
}

// A torn last line (a write a kill interrupted) is ignored and reported by a
// reader, and cut off by the next writer, whose appends then parse.
func TestManifestTornLine(t *testing.T) {
	dir := t.TempDir()
	st, err := openWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	sha := putObject(t, st, "page")
	for i := 0; i < 3; i++ {
		e := Entry{Crawl: "c1", URL: "http://x/" + string(rune('a'+i)), Outcome: New, SHA256: sha, Size: 4, Header: http.Header{"Etag": {`"e"`}}}
		if err := st.append(&e); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	path := filepath.Join(dir, manifestName)
	data, _ := os.ReadFile(path)
	os.WriteFile(path, append(data, []byte(`{"seq":4,"crawl":"c1","url":"http://x/d","outc`)...), 0o644)

	r, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := r.Records()
	if len(recs) != 3 || len(r.Warnings()) != 1 || !strings.Contains(r.Warnings()[0], "incomplete") {
		t.Fatalf("reader: %d records, warnings %v", len(recs), r.Warnings())
	}
	if after, _ := os.ReadFile(path); len(after) == len(data) {
		t.Fatal("the reader changed the manifest")
	}

	w, err := openWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Warnings()) != 1 || w.seq != 3 {
		t.Errorf("writer: warnings %v, seq %d", w.Warnings(), w.seq)
	}
	if st := w.state("http://x/b"); st == nil || st.etag != `"e"` || st.versions != 1 {
		t.Errorf("index: %+v", st)
	}
	e := Entry{Crawl: "c2", URL: "http://x/d", Outcome: Failed, Error: "HTTP 404"}
	if err := w.append(&e); err != nil {
		t.Fatal(err)
	}
	w.Close()
	r2, _ := Open(dir)
	recs, _ = r2.Records()
	if len(recs) != 4 || len(r2.Warnings()) != 0 || recs[3].Seq != 4 {
		t.Errorf("after repair: %d records, warnings %v", len(recs), r2.Warnings())
	}
}

// Two crawls cannot write one corpus at once.
func TestStoreLock(t *testing.T) {
	dir := t.TempDir()
	a, err := openWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := openWriter(dir); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("second writer: %v", err)
	}
	a.Close()
	b, err := openWriter(dir)
	if err != nil {
		t.Fatalf("after close: %v", err)
	}
	b.Close()
}

func TestOpenNotACorpus(t *testing.T) {
	if _, err := Open(t.TempDir()); err == nil || !strings.Contains(err.Error(), "not a corpus") {
		t.Errorf("Open: %v", err)
	}
}

func TestParseRecord(t *testing.T) {
	sha := strings.Repeat("ab", 32)
	for line, ok := range map[string]bool{
		`{"url":"http://x/","outcome":"new","sha256":"` + sha + `"}`:                  true,
		`{"url":"http://x/","outcome":"error","error":"HTTP 404"}`:                    true,
		`{"url":"http://x/","outcome":"new"}`:                                         false,
		`{"url":"http://x/","outcome":"new","sha256":"../../x"}`:                      false,
		`{"url":"http://x/","outcome":"new","sha256":"` + strings.ToUpper(sha) + `"}`: false,
		`{"url":"","outcome":"error"}`:                                                false,
		`{"url":"http://x/","outcome":"maybe"}`:                                       false,
		`{"url":"http://x/","outcome":"error"} {}`:                                    false,
		`[1]`: false,
	} {
		if _, err := parseRecord([]byte(line)); (err == nil) != ok {
			t.Errorf("%s: %v", line, err)
		}
	}
}

func TestFrontierLog(t *testing.T) {
	dir := t.TempDir()
	st, err := openWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	fr, pending, err := openFrontier(dir, st, now)
	if err != nil || fr.resumed || len(pending) != 0 || fr.crawl != "20250102T030405Z" {
		t.Fatalf("new frontier: %v %+v %v", err, fr, pending)
	}
	for _, u := range []string{"http://x/a", "http://x/b", "http://x/c"} {
		if !fr.claim(u) {
			t.Fatal("claim")
		}
	}
	if fr.claim("http://x/a") {
		t.Error("claimed twice")
	}
	fr.add([]job{{URL: "http://x/a"}, {URL: "http://x/b", Depth: 1}, {URL: "http://x/c", Depth: 1, Doc: true}})
	fr.markDone("http://x/a")
	// b is recorded in the manifest, its "done" line lost in a crash.
	e := Entry{Crawl: fr.crawl, URL: "http://x/b", Outcome: Failed, Error: "x"}
	st.append(&e)
	fr.f.WriteString(`{"done":"http://x/`) // torn
	fr.close()

	fr2, pending, err := openFrontier(dir, st, now.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if !fr2.resumed || fr2.crawl != fr.crawl || len(pending) != 1 || pending[0] != (job{URL: "http://x/c", Depth: 1, Doc: true}) {
		t.Fatalf("resume: %+v %+v", fr2, pending)
	}
	fr2.finish(now)
	fr2.close()
	fr3, pending, err := openFrontier(dir, st, now)
	if err != nil || fr3.resumed || len(pending) != 0 || fr3.crawl == fr.crawl {
		t.Errorf("after finish: %v %+v %v", err, fr3, pending)
	}
	fr3.close()
}
