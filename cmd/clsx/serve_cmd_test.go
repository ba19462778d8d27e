package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/clsx/clsx/cmd/clsx/web"
)

// serveTest serves an index (and a corpus) as clsx serve does.
func serveTest(t *testing.T, dir, corpusDir string) *httptest.Server {
	t.Helper()
	srv, err := web.New(web.Options{IndexDir: dir, CorpusDir: corpusDir, Compare: comparePair})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return ts
}

func fetch(t *testing.T, ts *httptest.Server, path string) (int, http.Header, string) {
	t.Helper()
	resp, err := ts.Client().Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(body)
}

// sameJSON reports whether two JSON texts hold the same value.
func sameJSON(t *testing.T, a, b string) bool {
	t.Helper()
	var va, vb any
	if err := json.Unmarshal([]byte(a), &va); err != nil {
		t.Fatalf("%v\n%.500s", err, a)
	}
	if err := json.Unmarshal([]byte(b), &vb); err != nil {
		t.Fatalf("%v\n%.500s", err, b)
	}
	return reflect.DeepEqual(va, vb)
}

// The API answers what --format json prints, and the search page counts
// what clsx search counts, on the seeds' index.
func TestServeAnswersAsTheCLI(t *testing.T) {
	dir := seedIndex(t)
	ts := serveTest(t, dir, "")
	cases := []struct {
		api string
		cli []string
	}{
		{"/api/search?q=sante+mentale", []string{"search", "sante", "mentale"}},
		{"/api/search?theme=addictions&region=Nouvelle-Aquitaine&limit=50", []string{"search", "--theme", "addictions", "--region", "Nouvelle-Aquitaine", "--limit", "50"}},
		{"/api/search?q=%22acc%C3%A8s+aux+soins%22&by=action", []string{"search", `"accès aux soins"`, "--by", "action"}},
		{"/api/search?q=sante+-tabac&year=2020", []string{"search", "--year", "2020", "--", "sante", "-tabac"}},
		{"/api/contracts/agglomeration-d-agen-2019", []string{"show", "agglomeration-d-agen-2019"}},
		{"/api/compare?a=Aunis+Atlantique", []string{"compare", "Aunis Atlantique"}},
		{"/api/compare?territoire=Aunis+Atlantique", []string{"compare", "Aunis Atlantique"}},
		{"/api/compare?a=agglomeration-d-agen-2019&b=agglopolys-2022", []string{"compare", "agglomeration-d-agen-2019", "agglopolys-2022"}},
		{"/api/themes?region=Occitanie", []string{"themes", "--region", "Occitanie"}},
		{"/api/themes", []string{"themes"}},
		{"/api/themes?region=PACA&departement=Bouches-du-Rh%C3%B4ne", []string{"themes", "--region", "PACA", "--departement", "Bouches-du-Rhône"}},
	}
	for _, c := range cases {
		args := append(append([]string{}, c.cli[:1]...), "--index", dir, "--format", "json")
		want, stderr, code := runCLI(t, append(args, c.cli[1:]...)...)
		if code != exitOK {
			t.Fatalf("clsx %v: exit %d: %s", c.cli, code, stderr)
		}
		status, _, got := fetch(t, ts, c.api)
		if status != 200 || !sameJSON(t, got, want) {
			t.Errorf("%s (%d) differs from clsx %s --format json", c.api, status, strings.Join(c.cli, " "))
		}
	}
	total := regexp.MustCompile(`<span class="total">(\d+)</span>`)
	for _, q := range []string{"q=sante", "theme=sante_mentale", "q=logement&region=Occitanie", ""} {
		v, _ := url.ParseQuery(q)
		args := []string{"--theme", v.Get("theme"), "--region", v.Get("region")}
		r := search(t, append([]string{"--index", dir, v.Get("q")}, args...)...)
		_, _, page := fetch(t, ts, "/?"+q)
		m := total.FindStringSubmatch(page)
		if m == nil || m[1] != itoaTest(r.Contracts) {
			t.Errorf("/?%s: total %v, clsx search counts %d", q, m, r.Contracts)
		}
		rows := strings.Count(page, `<li class="group">`)
		if want := min(len(r.Results), 20); rows != want {
			t.Errorf("/?%s: %d rows, clsx search gives %d (first page: %d)", q, rows, len(r.Results), want)
		}
	}
}

func itoaTest(n int) string { b, _ := json.Marshal(n); return string(b) }

// With a corpus, a contract's source links to its stored copy, served
// sandboxed; no other name reaches a file.
func TestServeStoredCopy(t *testing.T) {
	keep := filepath.Join(t.TempDir(), "demo")
	if _, stderr, code := runCLI(t, "demo", "--keep", keep, "--format", "csv"); code != exitOK {
		t.Fatalf("demo: %s", stderr)
	}
	ts := serveTest(t, filepath.Join(keep, "index"), keep)
	_, _, page := fetch(t, ts, "/contrats/agglopolys-2022")
	m := regexp.MustCompile(`href="(/copie/[0-9a-f]{64})"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no stored copy link:\n%s", page)
	}
	status, h, body := fetch(t, ts, m[1])
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/html") || !strings.Contains(h.Get("Content-Security-Policy"), "sandbox") ||
		!strings.Contains(body, "Agglopolys") {
		t.Errorf("stored copy: %d %v\n%.300s", status, h, body)
	}
	for _, p := range []string{"/copie/..%2fmanifest.jsonl", "/copie/" + strings.Repeat("0", 64), "/copie/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/copie/../manifest.jsonl"} {
		status, _, body := fetch(t, ts, p)
		if status == 200 || strings.Contains(body, `"url"`) {
			t.Errorf("%s: %d\n%.300s", p, status, body)
		}
	}
}

// clsx serve listens on loopback, says where, warns when it listens
// wider, and stops when asked.
func TestServeCommand(t *testing.T) {
	dir := seedIndex(t)
	for _, c := range []struct {
		addr string
		warn bool
	}{{"127.0.0.1:0", false}, {"0.0.0.0:0", true}} {
		ctx, cancel := context.WithCancel(context.Background())
		r, w := io.Pipe()
		s := &streams{in: strings.NewReader(""), out: io.Discard, err: w}
		done := make(chan int, 1)
		go func() { done <- serveIndex(ctx, dir, "", c.addr, s); w.Close() }()
		lines := bufio.NewScanner(r)
		var said []string
		addr := ""
		for addr == "" && lines.Scan() {
			said = append(said, lines.Text())
			if m := regexp.MustCompile(`on (http://[^ ]+/) `).FindStringSubmatch(lines.Text()); m != nil {
				addr = m[1]
			}
		}
		go io.Copy(io.Discard, r)
		if addr == "" {
			t.Fatalf("%s: no address said: %v", c.addr, said)
		}
		warned := strings.Contains(strings.Join(said, "\n"), "warning: listening on")
		if warned != c.warn {
			t.Errorf("%s: warned %v, want %v: %v", c.addr, warned, c.warn, said)
		}
		resp, err := http.Get(strings.Replace(addr, "0.0.0.0", "127.0.0.1", 1) + "?q=sante")
		if err != nil || resp.StatusCode != 200 {
			t.Errorf("%s: %v %v", addr, err, resp)
		} else {
			resp.Body.Close()
		}
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("%s: exit %d", c.addr, code)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("serve did not stop")
		}
	}
}

// clsx demo --serve builds the demo's index, serves it at the address it
// prints, and on Ctrl-C stops and removes its temporary directory.
func TestDemoServe(t *testing.T) {
	tmp := t.TempDir()
	cmd := clsxProcess(t, "demo", "--serve", "--addr", "127.0.0.1:0", "--format", "csv")
	cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	addr := ""
	for addr == "" && lines.Scan() {
		if m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+/) `).FindStringSubmatch(lines.Text()); m != nil {
			addr = m[1]
		}
	}
	go io.Copy(io.Discard, stderr)
	if addr == "" {
		t.Fatal("demo --serve said no address")
	}
	resp, err := http.Get(addr + "?theme=sante_mentale")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `<li class="group">`) {
		t.Errorf("demo --serve: %d\n%.500s", resp.StatusCode, body)
	}
	cmd.Process.Signal(syscall.SIGINT)
	if err := cmd.Wait(); err != nil {
		t.Errorf("demo --serve after Ctrl-C: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "clsx-demo-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}
