package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		p = filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkFiles fails unless every file still holds its content.
func checkFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for p, c := range files {
		got, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil || string(got) != c {
			t.Errorf("%s: the user's file was touched: %q, %v", p, got, err)
		}
	}
}

// A crawl writes only into a corpus: a folder of the user's that is not one
// is refused, whatever it holds, and nothing in it is touched; a symlinked
// tmp/, manifest.jsonl or objects/ is never followed.
func TestWriterTouchesOnlyACorpus(t *testing.T) {
	user := map[string]string{"notes.txt": "mes notes\n", "tmp/brouillon.txt": "à garder\n"}
	elsewhere := map[string]string{"precious.txt": "ne pas effacer\n",
		"log.jsonl": `{"url":"http://a/","outcome":"error"}` + "\n" + `{"partial`}
	for _, c := range []struct {
		name  string
		setup func(t *testing.T, dir, outside string)
		want  string
	}{
		{"a folder of the user's", func(t *testing.T, dir, outside string) { writeFiles(t, dir, user) }, "not a clsx corpus"},
		{"only a tmp folder", func(t *testing.T, dir, outside string) { writeFiles(t, dir, map[string]string{"tmp/x": "x"}) }, "not a clsx corpus"},
		{"a symlinked tmp", func(t *testing.T, dir, outside string) {
			legacyCorpus(t, dir)
			os.RemoveAll(filepath.Join(dir, tmpDir))
			symlink(t, outside, filepath.Join(dir, tmpDir))
		}, "symbolic link"},
		{"a symlinked manifest", func(t *testing.T, dir, outside string) {
			legacyCorpus(t, dir)
			os.Remove(filepath.Join(dir, manifestName))
			symlink(t, filepath.Join(outside, "log.jsonl"), filepath.Join(dir, manifestName))
		}, "symbolic link"},
		{"a symlinked objects", func(t *testing.T, dir, outside string) {
			legacyCorpus(t, dir)
			os.RemoveAll(filepath.Join(dir, objectsDir))
			symlink(t, outside, filepath.Join(dir, objectsDir))
		}, "symbolic link"},
		{"a symlinked marker", func(t *testing.T, dir, outside string) {
			symlink(t, filepath.Join(outside, "precious.txt"), filepath.Join(dir, "clsx-corpus"))
			writeFiles(t, dir, map[string]string{"tmp/fetch-1": "x"})
		}, "symbolic link"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir, outside := t.TempDir(), t.TempDir()
			writeFiles(t, outside, elsewhere)
			c.setup(t, dir, outside)
			st, err := openWriter(dir)
			if err == nil {
				st.Close()
				t.Fatalf("opened for writing")
			}
			if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not say %q about %s", err, c.want, dir)
			}
			checkFiles(t, outside, elsewhere)
			if c.name == "a folder of the user's" {
				checkFiles(t, dir, user)
			}
		})
	}
}

// legacyCorpus makes what an earlier clsx left: a manifest, objects/, tmp/
// with an interrupted download, and no marker.
func legacyCorpus(t *testing.T, dir string) {
	t.Helper()
	writeFiles(t, dir, map[string]string{manifestName: `{"seq":1,"url":"http://a/","outcome":"error"}` + "\n",
		"objects/.keep": "", "tmp/fetch-123": "half a download"})
	os.Remove(filepath.Join(dir, objectsDir, ".keep"))
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
}

// A new or empty folder becomes a corpus with its marker; a corpus an
// earlier clsx made (manifest and objects, no marker) is recognised, gets
// its marker, and its interrupted downloads are cleared.
func TestWriterMarksItsCorpus(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(t *testing.T, dir string)
	}{
		{"new", func(t *testing.T, dir string) { os.Remove(dir) }},
		{"empty", func(t *testing.T, dir string) {}},
		{"earlier clsx", legacyCorpus},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "corpus")
			os.Mkdir(dir, 0o755)
			c.setup(t, dir)
			st, err := openWriter(dir)
			if err != nil {
				t.Fatal(err)
			}
			st.Close()
			if fi, err := os.Lstat(filepath.Join(dir, "clsx-corpus")); err != nil || !fi.Mode().IsRegular() {
				t.Fatalf("no marker: %v", err)
			}
			if left, _ := os.ReadDir(filepath.Join(dir, tmpDir)); len(left) != 0 {
				t.Errorf("tmp/ still holds %d files", len(left))
			}
			// and it opens again, as the corpus it now is
			st, err = openWriter(dir)
			if err != nil {
				t.Fatal(err)
			}
			st.Close()
		})
	}
}
