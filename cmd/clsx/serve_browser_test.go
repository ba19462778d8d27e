package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// browserPath finds a Chromium on PATH; the browser test skips without.
func browserPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and nothing
// that reaches the network on its own.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	path := browserPath()
	if path == "" {
		t.Skip("no Chromium on PATH (apt-get install chromium): the browser test is skipped")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-sync", true), chromedp.WindowSize(1200, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("Chromium at %s does not start: %v", path, err)
	}
	return ctx
}

// shoot saves a screenshot of the window, or of the element sel, under dir
// (and, when CLSX_SCREENSHOTS names a directory, there too: the README's
// images).
func shoot(t *testing.T, ctx context.Context, dir, name string, sel ...string) {
	t.Helper()
	shot := chromedp.CaptureScreenshot()
	if len(sel) > 0 {
		shot = chromedp.Screenshot(chromedp.CSS(sel[0]))
	}
	png, err := chromedp.Run(ctx, shot)
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	for _, d := range []string{dir, os.Getenv("CLSX_SCREENSHOTS")} {
		if d != "" {
			if err := os.WriteFile(filepath.Join(d, name), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// page drives one browser tab in a test.
type page struct {
	t   *testing.T
	ctx context.Context
}

func (p page) run(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

func (p page) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		p.t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func (p page) location() string {
	p.t.Helper()
	l, err := chromedp.Run(p.ctx, chromedp.Location())
	if err != nil {
		p.t.Fatal(err)
	}
	return l
}

// follow clicks what sel selects and waits for the page it opens.
func (p page) follow(what, sel string) {
	p.t.Helper()
	if _, err := chromedp.RunResponse(p.ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		p.t.Fatalf("%s (%s): %v", what, sel, err)
	}
}

// An analyst's path through clsx serve in a real browser: search, narrow
// by a facet, open a contract, follow a value to its sentence, compare two
// contracts, click a département on the map.
func TestServeInBrowser(t *testing.T) {
	ctx := newBrowser(t)
	ts := serveTest(t, seedIndex(t), "")
	shots := t.TempDir()
	t.Logf("screenshots in %s", shots)
	p := page{t, ctx}

	// the keyboard: Tab reaches the skip link first, then the navigation
	p.run("open", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")), chromedp.KeyEvent(kb.Tab))
	if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className`)); got != "skip" {
		t.Errorf("first Tab: focus on %q, want the skip link", got)
	}
	p.run("tab", chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab))
	if got, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.textContent`)); got != "Recherche" {
		t.Errorf("third Tab: focus on %q, want the navigation's first item", got)
	}

	// search: typed in the box, submitted with Enter
	p.run("type", chromedp.SendKeys(chromedp.CSS("#q"), "santé mentale"))
	if _, err := chromedp.RunResponse(ctx, chromedp.Submit(chromedp.CSS("#q"))); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.location(), "q=sant") || p.text("li.group mark") == "" {
		t.Fatalf("search: at %s, no highlighted match", p.location())
	}
	shoot(t, ctx, shots, "search.png")

	// a facet: its count becomes the total
	want := p.text(`section.facet[data-field="region"] li .count`)
	p.follow("facet", `section.facet[data-field="region"] li a`)
	if got := p.text("span.total"); !strings.Contains(p.location(), "region=") || got != want {
		t.Errorf("facet: at %s, total %s, the facet said %s", p.location(), got, want)
	}

	// a contract, then a value's evidence
	p.follow("contract", "a.contract")
	if !strings.Contains(p.location(), "/contrats/") || p.text("h2#champs") == "" {
		t.Fatalf("contract page: at %s", p.location())
	}
	shoot(t, ctx, shots, "contract.png")
	p.follow("evidence", "a.ev")
	mark, sentence := p.text("blockquote.sentence mark"), p.text("blockquote.sentence")
	if !strings.Contains(p.location(), "/preuve?") || mark == "" || !strings.Contains(sentence, mark) {
		t.Errorf("evidence: at %s, mark %q in %q", p.location(), mark, sentence)
	}
	shoot(t, ctx, shots, "evidence.png")

	// compare two contracts chosen by id and territory
	p.run("compare form", chromedp.Navigate(ts.URL+"/comparer"), chromedp.WaitVisible(chromedp.CSS("#a")),
		chromedp.SendKeys(chromedp.CSS("#a"), "agglomeration-d-agen-2019"), chromedp.SendKeys(chromedp.CSS("#b"), "Agglopolys"))
	p.follow("compare", "form.compare button")
	if head := p.text("table.side thead"); !strings.Contains(head, "agglomeration-d-agen-2019") || !strings.Contains(head, "agglopolys") {
		t.Errorf("compare: %q", head)
	}
	shoot(t, ctx, shots, "compare.png")

	// the heatmap, then the map: a click on Lot-et-Garonne searches it
	p.run("themes", chromedp.Navigate(ts.URL+"/themes"), chromedp.WaitVisible(chromedp.CSS("table.heat")))
	shoot(t, ctx, shots, "themes.png")
	p.run("map", chromedp.Navigate(ts.URL+"/carte"), chromedp.WaitVisible(chromedp.CSS("svg.map")))
	shoot(t, ctx, shots, "map.png", "main")
	p.follow("département", `a.dep[data-code="47"] path`)
	if !strings.Contains(p.location(), "departement=47") || p.text("span.total") == "0" {
		t.Errorf("map click: at %s, total %s", p.location(), p.text("span.total"))
	}
}
