package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// copySeed copies a seed text to path, making its folders.
func copySeed(t *testing.T, seed, path string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seeds, seed))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// territoriesIn lists the territories an index holds, sorted.
func territoriesIn(t *testing.T, ix string) []string {
	t.Helper()
	got := resultTerritories(search(t, "--index", ix, "--limit", "100"))
	sort.Strings(got)
	return got
}

// clsx index adds to the index: documents indexed one run after another are
// all there; a document indexed again replaces its earlier version; folders
// are read recursively; a run that finds nothing leaves the index as it was;
// --rebuild starts afresh.
func TestIndexUpdates(t *testing.T) {
	tmp := t.TempDir()
	ix := filepath.Join(tmp, "ix")
	docs := filepath.Join(tmp, "textes")
	copySeed(t, "agen.txt", filepath.Join(docs, "agen.txt"))
	copySeed(t, "agglopolys.txt", filepath.Join(docs, "loir-et-cher", "2022", "agglopolys.txt"))
	index := func(args ...string) (string, int) {
		_, stderr, code := runCLI(t, append([]string{"index", "--index", ix}, args...)...)
		return stderr, code
	}
	check := func(step string, want ...string) {
		t.Helper()
		if got := territoriesIn(t, ix); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: territories %v, want %v", step, got, want)
		}
	}

	if stderr, code := index(filepath.Join(docs, "agen.txt")); code != exitOK {
		t.Fatalf("first run: exit %d %s", code, stderr)
	}
	if stderr, code := index(filepath.Join(docs, "loir-et-cher", "2022", "agglopolys.txt")); code != exitOK || !strings.Contains(stderr, "1 kept") {
		t.Fatalf("second run: exit %d %s", code, stderr)
	}
	check("agen then agglopolys", "Agglomération d'Agen", "Agglopolys")

	// the same path with other contents: its contracts replace the earlier ones
	copySeed(t, "aunis-atlantique.txt", filepath.Join(docs, "agen.txt"))
	if stderr, code := index(filepath.Join(docs, "agen.txt")); code != exitOK || !strings.Contains(stderr, "1 replaced") {
		t.Fatalf("re-extracted document: exit %d %s", code, stderr)
	}
	check("agen.txt re-extracted", "Agglopolys", "Aunis Atlantique")

	// nothing to index: the index is left as it was
	empty := filepath.Join(tmp, "vide")
	os.MkdirAll(filepath.Join(empty, "sous-dossier"), 0o755)
	os.WriteFile(filepath.Join(empty, "sous-dossier", "notes.odp"), []byte("not a document"), 0o644)
	for _, args := range [][]string{{empty}, {"--rebuild", empty}} {
		if stderr, code := index(args...); code != exitPartial || !strings.Contains(stderr, "nothing to index") || !strings.Contains(stderr, "unchanged") {
			t.Errorf("index %v: exit %d %q", args, code, stderr)
		}
	}
	check("after empty runs", "Agglopolys", "Aunis Atlantique")

	// --rebuild with a folder, read recursively
	copySeed(t, "agen.txt", filepath.Join(docs, "agen.txt"))
	if stderr, code := index("--rebuild", docs); code != exitOK || !strings.Contains(stderr, "0 kept") {
		t.Fatalf("rebuild from a folder: exit %d %s", code, stderr)
	}
	check("rebuilt from the folder", "Agglomération d'Agen", "Agglopolys")
	if stderr, code := index("--rebuild", filepath.Join(docs, "agen.txt")); code != exitOK {
		t.Fatalf("rebuild from one document: exit %d %s", code, stderr)
	}
	check("rebuilt from agen.txt", "Agglomération d'Agen")
}

// After a re-crawl, index --corpus extracts again the documents stored since
// the records were written, rather than index the old records.
func TestIndexCorpusExtractsNewerDocuments(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runCLI(t, "demo", "--keep", dir, "--format", "csv"); code != exitOK {
		t.Fatalf("demo: exit %d\n%s", code, stderr)
	}
	records := filepath.Join(dir, RecordsFile)
	// records written before the crawl stored its documents, one of them
	// of other bytes than the corpus holds now
	lines := strings.Split(strings.TrimSpace(readFile(t, records)), "\n")
	var changed, kept string
	for i, l := range lines {
		var d map[string]any
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		switch {
		case changed == "" && d["error"] == nil:
			changed, d["sha256"] = d["source"].(string), strings.Repeat("0", 64)
		case kept == "" && d["error"] == nil:
			kept, d["title"] = d["source"].(string), "gardé tel quel"
		}
		b, _ := json.Marshal(d)
		lines[i] = string(b)
	}
	if err := os.WriteFile(records, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-24 * time.Hour)
	if err := os.Chtimes(records, old, old); err != nil {
		t.Fatal(err)
	}
	ix := filepath.Join(dir, "index")
	_, stderr, code := runCLI(t, "index", "--index", ix, "--corpus", dir)
	if code != exitOK || !strings.Contains(stderr, "newer than") {
		t.Fatalf("exit %d, stderr %q: want the corpus extracted again", code, stderr)
	}
	info, err := os.Stat(records)
	if err != nil || !info.ModTime().After(old.Add(time.Hour)) {
		t.Errorf("records.jsonl not rewritten: %v %v", info.ModTime(), err)
	}
	// the document of other bytes was extracted again, the others kept
	after := readFile(t, records)
	if strings.Contains(after, strings.Repeat("0", 64)) {
		t.Errorf("%s: its record of other bytes was kept", changed)
	}
	if !strings.Contains(after, "gardé tel quel") {
		t.Errorf("%s: extracted again, though its bytes had not changed", kept)
	}
	// up to date now: nothing is extracted again, and the documents indexed
	// again replace themselves: still 14 contracts
	_, stderr, code = runCLI(t, "index", "--index", ix, "--corpus", dir)
	if code != exitOK || strings.Contains(stderr, "newer than") {
		t.Errorf("second run: exit %d %q", code, stderr)
	}
	if r := search(t, "--index", ix, "--limit", "100"); r.Contracts != 14 {
		t.Errorf("%d contracts after indexing the corpus again, want 14", r.Contracts)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
