package corpus

import (
	"net/url"
	"strings"
	"testing"
)

// panickyReader stands for a dependency that panics while a page is read.
type panickyReader struct{}

func (panickyReader) Read([]byte) (int, error) { panic("boom") }

// TestParsePageRecovers: a panic while reading a stored page's links is an
// error for that page, not the end of the crawl.
func TestParsePageRecovers(t *testing.T) {
	base, _ := url.Parse("http://www.example.fr/")
	p, err := parsePageRecovered(base, panickyReader{}, "text/html")
	if err == nil || !strings.Contains(err.Error(), "boom") || p != nil {
		t.Fatalf("got page %v, error %v; want the panic as an error", p, err)
	}
	p, err = parsePageRecovered(base, strings.NewReader(`<a href="/cls.pdf">Contrat local de santé</a>`), "text/html")
	if err != nil || len(p.Links) != 1 {
		t.Fatalf("a good page: %v, %v", p, err)
	}
}
