package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hostile are terminal controls a crawled page can carry: a window title
// (OSC 0), a screen clear (CSI 2J), a hyperlink (OSC 8) and a C1 CSI.
const hostile = "\x1b]0;pwned\x07 \x1b[2J \x1b]8;;http://evil.example/\x1b\\lien\x1b]8;;\x1b\\ \u009b31m"

// hostileSeed is the Agen seed with hostile controls after its territory and
// at the end of lines that become axes and actions; the HTML variant
// carries them as character references (&#x1b;).
func hostileSeed(t *testing.T) (txt, html string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(seeds, "agen.txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "l’Agglomération d’Agen", "l’Agglomération d’Agen"+hostile, 1)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "- ") || strings.HasPrefix(strings.ToLower(l), "axe") {
			lines[i] = l + " " + hostile
		}
	}
	dir := t.TempDir()
	txt = filepath.Join(dir, "agen.txt")
	if err := os.WriteFile(txt, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("<html><body>")
	for _, l := range lines {
		l = strings.NewReplacer("&", "&amp;", "<", "&lt;", "\x1b", "&#x1b;", "\x07", "&#7;", "\u009b", "&#x9b;").Replace(l)
		b.WriteString("<p>" + l + "</p>\n")
	}
	b.WriteString("</body></html>")
	html = filepath.Join(dir, "agen.html")
	if err := os.WriteFile(html, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return txt, html
}

// sgr is the colour and bold clx writes itself on a terminal.
var sgr = regexp.MustCompile("\x1b\\[[0-9;]*m")

// checkNoControls fails if out holds a control character (C0 but \t and \n,
// DEL, C1) other than clsx's own colours.
func checkNoControls(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range sgr.ReplaceAllString(out, "") {
		if r != '\n' && r != '\t' && (r < 0x20 || r >= 0x7f && r <= 0x9f) {
			i := strings.IndexRune(out, r)
			t.Errorf("%s: %U reaches the terminal raw: …%q…", what, r, out[max(0, i-40):min(len(out), i+40)])
			return
		}
	}
}

// Crawled text reaches a terminal with its controls shown escaped, in show
// FILE, show ID and search tables; JSON keeps the text as it is.
func TestCrawledTextEscapedOnTerminal(t *testing.T) {
	txt, html := hostileSeed(t)
	for _, file := range []string{txt, html} {
		for _, colour := range []string{"never", "always"} {
			out, stderr, code := runCLI(t, "show", "--color", colour, file)
			if code != exitOK {
				t.Fatalf("show %s: exit %d: %s", file, code, stderr)
			}
			checkNoControls(t, "show FILE --color "+colour, out)
			if !strings.Contains(out, `\x1b]0;pwned\x07`) {
				t.Errorf("show %s: the window-title sequence is not shown escaped", filepath.Base(file))
			}
		}
	}
	// JSON is data: the text is kept, its controls escaped by JSON itself
	out, _, _ := runCLI(t, "show", "--format", "json", txt)
	var rec struct {
		Documents []struct {
			Contracts []struct{ Axes []struct{ Title string } }
		}
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil || len(rec.Documents) != 1 || len(rec.Documents[0].Contracts) == 0 ||
		len(rec.Documents[0].Contracts[0].Axes) == 0 || !strings.HasSuffix(rec.Documents[0].Contracts[0].Axes[0].Title, hostile) {
		t.Errorf("show --format json does not keep an axis title as it is (%v): %.300s", err, out)
	}

	records, stderr, code := runCLI(t, "extract", "--format", "json", txt)
	if code != exitOK {
		t.Fatal(stderr)
	}
	dir := t.TempDir()
	// and a territory and region named with controls, as a records file may hold
	records = strings.Replace(records, `"territory": "Agglomération d'Agen"`, `"territory": "Agglomération d'Agen\u001b]0;pwned\u0007"`, 1)
	records = strings.Replace(records, `"region": "Nouvelle-Aquitaine"`, `"region": "Nouvelle\u001b[2J-Aquitaine"`, 1)
	path := filepath.Join(dir, "records.json")
	if err := os.WriteFile(path, []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	ix := filepath.Join(dir, "index")
	if _, stderr, code := runCLI(t, "index", "--records", path, "--index", ix); code != exitOK {
		t.Fatal(stderr)
	}
	for _, colour := range []string{"never", "always"} {
		out, stderr, code := runCLI(t, "show", "--color", colour, "--index", ix, "agglomeration-d-agen-2019")
		if code != exitOK {
			t.Fatalf("show ID: exit %d: %s", code, stderr)
		}
		checkNoControls(t, "show ID --color "+colour, out)
		checkNoControls(t, "show ID stderr", stderr)
		for _, by := range []string{"territory", "contract", "axis", "action"} {
			for _, q := range []string{"coordination", "agen", "*"} {
				out, stderr, _ := runCLI(t, "search", "--color", colour, "--index", ix, "--by", by, q)
				checkNoControls(t, "search --by "+by+" "+q, out)
				checkNoControls(t, "search --by "+by+" "+q+" (stderr)", stderr)
			}
		}
	}
}
