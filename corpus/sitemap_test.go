package corpus

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"testing"
)

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func TestParseSitemap(t *testing.T) {
	urlset := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc> https://a.fr/cls-1 </loc><lastmod>2024-05-01</lastmod></url>
 <url><loc>https://a.fr/n/42</loc><news:news><news:title>Signature du contrat local de santé</news:title></news:news></url>
 <url><lastmod>2024</lastmod></url>
</urlset>`
	index := `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.fr/s1.xml.gz</loc><lastmod>2025-01-02T10:00:00+01:00</lastmod></sitemap></sitemapindex>`
	for name, tc := range map[string]struct {
		data  []byte
		index bool
		locs  string
	}{
		"urlset":  {[]byte(urlset), false, "https://a.fr/cls-1 https://a.fr/n/42"},
		"gzip":    {gz(t, []byte(urlset)), false, "https://a.fr/cls-1 https://a.fr/n/42"},
		"index":   {[]byte(index), true, "https://a.fr/s1.xml.gz"},
		"text":    {[]byte("\xef\xbb\xbfhttps://a.fr/a\n\nnot a url\nhttp://a.fr/b\n"), false, "https://a.fr/a http://a.fr/b"},
		"latin1":  {[]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>https://a.fr/sant` + "\xe9" + `</loc></url></urlset>`), false, "https://a.fr/santé"},
		"damaged": {[]byte(`<urlset><url><loc>https://a.fr/a</loc></url><url><loc>https://a.fr/b</loc></url><url><loc>&bogus</`), false, "https://a.fr/a https://a.fr/b"},
	} {
		doc, err := parseSitemap(bytes.NewReader(tc.data), sitemapMaxURLs, sitemapMaxBytes)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var locs []string
		for _, e := range doc.Entries {
			locs = append(locs, e.Loc)
		}
		if strings.Join(locs, " ") != tc.locs || doc.Index != tc.index {
			t.Errorf("%s: %q index=%v", name, locs, doc.Index)
		}
		if name == "urlset" && (doc.Entries[0].Lastmod != "2024-05-01" || !strings.HasPrefix(doc.Entries[1].Title, "Signature du contrat") || doc.Cut != "") {
			t.Errorf("urlset: %+v", doc)
		}
	}
	if _, err := parseSitemap(strings.NewReader("<html><body>Not found</body></html>"), 10, 1<<20); err != nil {
		t.Errorf("an HTML page is an empty sitemap, not an error: %v", err)
	}
}

// Over 50,000 URLs or 50 MB (decompressed: a gzip bomb), a sitemap is cut
// and says so.
func TestParseSitemapLimits(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("<urlset>")
	for i := 0; i < sitemapMaxURLs+10; i++ {
		fmt.Fprintf(&b, "<url><loc>https://a.fr/p%d</loc></url>", i)
	}
	b.WriteString("</urlset>")
	doc, err := parseSitemap(&b, sitemapMaxURLs, sitemapMaxBytes)
	if err != nil || len(doc.Entries) != sitemapMaxURLs || !strings.Contains(doc.Cut, "50000 URLs") {
		t.Errorf("%v: %d entries, cut %q", err, len(doc.Entries), doc.Cut)
	}

	// 1 GB of white space inside a <urlset>, gzipped to about 1 MB.
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write([]byte("<urlset><url><loc>https://a.fr/first</loc></url>"))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 1024; i++ {
		zw.Write(chunk)
	}
	zw.Write([]byte("<url><loc>https://a.fr/last</loc></url></urlset>"))
	zw.Close()
	doc, err = parseSitemap(&bomb, sitemapMaxURLs, sitemapMaxBytes)
	if err != nil || len(doc.Entries) != 1 || !strings.Contains(doc.Cut, "50 MB") {
		t.Errorf("bomb: %v %+v", err, doc)
	}
}

func TestParseLastmod(t *testing.T) {
	for _, s := range []string{"2024", "2024-05", "2024-05-01", "2024-05-01T10:00+02:00", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00.5+01:00"} {
		if _, ok := parseLastmod(s); !ok {
			t.Errorf("%q not read", s)
		}
	}
	if _, ok := parseLastmod("hier"); ok {
		t.Error("hier read as a date")
	}
}

// FuzzParseSitemap: any bytes, gzipped or not, give a bounded list and no
// panic. Run with
//
//	go test ./corpus/ -run '^$' -fuzz FuzzParseSitemap -fuzztime 5m -parallel 1
func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://a.fr/cls</loc><lastmod>2024-01-01</lastmod></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>https://a.fr/s.xml</loc></sitemap></sitemapindex>`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1252"?><urlset><url><loc>x</loc><news:title>CLS</news:title></url>`))
	f.Add([]byte("https://a.fr/a\nhttps://a.fr/b\n"))
	f.Add(gz(f, []byte(`<urlset><url><loc>https://a.fr/z</loc></url></urlset>`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		limitInput(t, func() {
			const maxURLs, maxBytes = 20, 4096
			doc, err := parseSitemap(bytes.NewReader(data), maxURLs, maxBytes)
			if err != nil {
				return
			}
			if len(doc.Entries) > maxURLs {
				t.Fatalf("%d entries", len(doc.Entries))
			}
			for _, e := range doc.Entries {
				if e.Loc == "" || len(e.Loc) > maxLocBytes || len(e.Title) > maxLocBytes || len(e.Lastmod) > maxLocBytes {
					t.Fatalf("entry %+v", e)
				}
				parseLastmod(e.Lastmod)
			}
		})
	})
}
