package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every command takes its flags after its arguments as well as before:
// `clsx extract agen.txt --format csv` prints CSV and reads one file.
func TestFlagsAfterArguments(t *testing.T) {
	tmp := t.TempDir()
	agen := filepath.Join(seeds, "agen.txt")
	ix := filepath.Join(tmp, "index")
	if _, stderr, code := runCLI(t, "index", seeds, "--index", ix); code != exitOK {
		t.Fatalf("index: exit %d: %s", code, stderr)
	}
	rulesDir := filepath.Join(tmp, "rules")
	srv := clsTestServer(t)
	for _, c := range []struct {
		args []string
		code int
		want string // in stdout
	}{
		{[]string{"extract", agen, "--format", "csv"}, exitOK, "source,id,territory"},
		{[]string{"show", agen, "--max-bytes", "10000000"}, exitOK, "{c1.signed}"},
		{[]string{"show", "agglomeration-d-agen-2019", "--index", ix, "--format", "json"}, exitOK, `"id": "agglomeration-d-agen-2019"`},
		{[]string{"eval", seeds, "--format", "csv"}, exitOK, "field,tp,fp,fn"},
		{[]string{"rules", "export", rulesDir, "--force"}, exitOK, ""},
		{[]string{"rules", "check", rulesDir, "--quiet"}, exitOK, "rules are valid"},
		{[]string{"index", agen, "--index", filepath.Join(tmp, "ix2")}, exitOK, ""},
		{[]string{"search", "sante", "--index", ix, "--format", "csv"}, exitOK, "territory,code,dep"},
		{[]string{"compare", "Agen", "Agglopolys", "--index", ix, "--format", "csv"}, exitOK, "A: agglomeration-d-agen-2019"},
		{[]string{"crawl", srv.URL + "/cls", "--corpus", filepath.Join(tmp, "c"), "--allow-loopback", "--delay", "0", "--format", "csv"}, exitPartial, "url,outcome"},
		{[]string{"man", filepath.Join(tmp, "man"), "--quiet"}, exitOK, ""},
	} {
		t.Run(strings.Join(c.args[:1], " "), func(t *testing.T) {
			out, stderr, code := runCLI(t, c.args...)
			if code != c.code || !strings.Contains(out, c.want) {
				t.Errorf("%v: exit %d (want %d), stdout %.200q, stderr %s", c.args, code, c.code, out, stderr)
			}
		})
	}
	if _, err := os.Stat("--format"); err == nil {
		t.Error("a flag was taken for a file")
	}
}
