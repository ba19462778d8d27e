package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runIn runs clsx with stdin reading input.
func runIn(t *testing.T, input string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runWith(newStreams(strings.NewReader(input), &out, &errb), args)
	return out.String(), errb.String(), code
}

// Every command that prints data prints a table unless told otherwise.
func TestDefaultFormatIsTable(t *testing.T) {
	ix := seedIndex(t)
	for _, c := range []struct {
		args   []string
		header string
	}{
		{[]string{"extract", filepath.Join(seeds, "agen.txt")}, "source  "},
		{[]string{"themes", "--index", ix}, "territory  "},
		{[]string{"search", "--index", ix, "sante"}, "territory  "},
	} {
		out, stderr, code := runCLI(t, c.args...)
		if code != exitOK || !strings.HasPrefix(out, c.header) {
			t.Errorf("%v: exit %d, %.80q, %s", c.args, code, out, stderr)
		}
	}
}

// A field has one type in every format: years and generations are numbers
// in JSON (extract and search alike); a missing one is an empty CSV cell,
// not "-".
func TestOneTypePerField(t *testing.T) {
	ix := seedIndex(t)
	out, _, _ := runCLI(t, "search", "--index", ix, "--format", "json", "agen")
	var resp struct {
		Results []struct{ Contracts []map[string]any }
	}
	json.Unmarshal([]byte(out), &resp)
	if len(resp.Results) == 0 {
		t.Fatalf("no result: %s", out)
	}
	if y, ok := resp.Results[0].Contracts[0]["start_year"].(float64); !ok || y != 2019 {
		t.Errorf("search JSON start_year %#v, want the number 2019", resp.Results[0].Contracts[0]["start_year"])
	}
	csv, _, _ := runCLI(t, "extract", "--format", "csv", filepath.Join(seeds, "agen.txt"))
	lines := strings.Split(csv, "\n")
	if strings.Contains(lines[1], ",-,") || !strings.Contains(lines[1], ",cls,,2019-12-03,") {
		t.Errorf("a missing generation is not an empty cell: %s", lines[1])
	}
}

// - reads a document from standard input.
func TestExtractStandardInput(t *testing.T) {
	data, _ := os.ReadFile(filepath.Join(seeds, "agen.txt"))
	out, stderr, code := runIn(t, string(data), "extract", "-", "--format", "json")
	if code != exitOK || !strings.Contains(out, `"source": "-"`) || !strings.Contains(out, "agglomeration-d-agen-2019") {
		t.Errorf("exit %d, %.200s, %s", code, out, stderr)
	}
}

// A document's warnings are said on stderr in every format, with a summary
// line; --quiet silences both.
func TestWarningsOnStderr(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	for _, format := range []string{"table", "csv", "json"} {
		_, stderr, code := runCLI(t, "extract", "--format", format, empty)
		if code != exitOK || !strings.Contains(stderr, "empty.txt: warning: ") || !strings.Contains(stderr, "1 documents extracted: 0 contracts, ") {
			t.Errorf("%s: exit %d, stderr %q", format, code, stderr)
		}
		if _, stderr, _ := runCLI(t, "extract", "--quiet", "--format", format, empty); stderr != "" {
			t.Errorf("%s --quiet: stderr %q", format, stderr)
		}
	}
}

// rules export leaves a directory that holds files alone, unless --force.
func TestRulesExportRefusesNonEmpty(t *testing.T) {
	dir := t.TempDir()
	edited := filepath.Join(dir, "themes.txt")
	os.WriteFile(edited, []byte("# mine\n"), 0o644)
	if _, stderr, code := runCLI(t, "rules", "export", dir); code != exitUsage || !strings.Contains(stderr, "--force") {
		t.Errorf("non-empty: exit %d, %s", code, stderr)
	}
	if data, _ := os.ReadFile(edited); string(data) != "# mine\n" {
		t.Error("the edited rules were overwritten")
	}
	if _, _, code := runCLI(t, "rules", "export", "--force", dir); code != exitOK {
		t.Errorf("--force: exit %d", code)
	}
}

// show FILE labels a span that is evidence of several values with all of
// them, the same at every run.
func TestShowIsDeterministic(t *testing.T) {
	first, _, _ := runCLI(t, "show", filepath.Join(seeds, "agen.txt"))
	if !strings.Contains(first, "{c1.end_year,c1.start_year}") {
		t.Errorf("a span shared by two values does not name both")
	}
	for i := 0; i < 5; i++ {
		if again, _, _ := runCLI(t, "show", filepath.Join(seeds, "agen.txt")); again != first {
			t.Fatal("two runs of show differ")
		}
	}
}

// search: no query or '*' lists everything; a query of punctuation is
// refused; a cut list says so.
func TestSearchQueries(t *testing.T) {
	ix := seedIndex(t)
	all, _, code := runCLI(t, "search", "--index", ix, "--format", "csv", "--limit", "100")
	star, _, _ := runCLI(t, "search", "--index", ix, "--format", "csv", "--limit", "100", "*")
	if code != exitOK || all != star || strings.Count(all, "\n") != 12 {
		t.Errorf("bare search (exit %d) and '*' differ or miss territories:\n%s\n%s", code, all, star)
	}
	if _, stderr, code := runCLI(t, "search", "--index", ix, "?!"); code != exitUsage || !strings.Contains(stderr, "no word") {
		t.Errorf("punctuation only: exit %d, %s", code, stderr)
	}
	_, stderr, _ := runCLI(t, "search", "--index", ix, "--limit", "3")
	if !strings.Contains(stderr, "14 contracts match; the first 3 territory rows shown (--limit N shows more)") {
		t.Errorf("cut not said: %s", stderr)
	}
}

// corpus export --warc - writes the WARC to standard output, no file "-".
func TestCorpusExportStandardOutput(t *testing.T) {
	srv := clsTestServer(t)
	dir := filepath.Join(t.TempDir(), "corpus")
	runCLI(t, "crawl", srv.URL+"/cls", "--corpus", dir, "--allow-loopback", "--delay", "0", "--quiet")
	t.Chdir(t.TempDir())
	out, stderr, code := runCLI(t, "corpus", "export", "--corpus", dir, "--warc", "-")
	if code != exitOK || !strings.HasPrefix(out, "WARC/1.1\r\n") {
		t.Errorf("exit %d, %.40q, %s", code, out, stderr)
	}
	if _, err := os.Stat("-"); err == nil {
		t.Error("a file named - was written")
	}
}

// show FILE --format json gives the document's record instead of ignoring
// the flag.
func TestShowFileJSON(t *testing.T) {
	out, _, code := runCLI(t, "show", filepath.Join(seeds, "agen.txt"), "--format", "json")
	var rec struct{ Documents []struct{ Source string } }
	if err := json.Unmarshal([]byte(out), &rec); err != nil || code != exitOK || len(rec.Documents) != 1 {
		t.Errorf("exit %d, %v: %.100s", code, err, out)
	}
}
