//go:build unix

package main

import (
	"io/fs"
	"path/filepath"
	"syscall"
	"testing"
)

// Everything clsx writes for a user follows one policy: files 0644, folders
// 0755 (under the usual umask 022): the corpus, its records, its WARC export
// and the index alike.
func TestPermissionPolicy(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	srv := clsTestServer(t)
	root := t.TempDir()
	dir := filepath.Join(root, "corpus")
	if _, stderr, code := runCrawlCmd(t, srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--sitemaps=false", "-q"); code == exitUsage {
		t.Fatal(stderr)
	}
	if _, stderr, code := runCLI(t, "extract", "--corpus", dir, "-q"); code == exitUsage {
		t.Fatal(stderr)
	}
	if _, stderr, code := runCLI(t, "corpus", "export", "--corpus", dir, "--warc", filepath.Join(root, "cls.warc.gz")); code != exitOK {
		t.Fatal(stderr)
	}
	if _, stderr, code := runCLI(t, "index", "--corpus", dir, "--index", filepath.Join(root, "index")); code != exitOK {
		t.Fatal(stderr)
	}
	seen := map[string]bool{}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		fi, err := d.Info()
		if err != nil {
			t.Fatal(err)
		}
		want := fs.FileMode(0o644)
		if d.IsDir() {
			want = 0o755
		}
		rel, _ := filepath.Rel(root, path)
		if fi.Mode().Perm() != want {
			t.Errorf("%s: %v, want %v", rel, fi.Mode().Perm(), want)
		}
		seen[filepath.Base(path)] = true
		return nil
	})
	for _, name := range []string{"manifest.jsonl", "objects", "records.jsonl", "cls.warc.gz", "index", "bleve"} {
		if !seen[name] {
			t.Errorf("no %s written", name)
		}
	}
}
