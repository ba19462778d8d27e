package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// warcRecord is a record as the test's reader sees it.
type warcRecord struct {
	Fields map[string]string
	Block  []byte
}

// readWARC is a strict reader of WARC 1.1, written from the specification
// independently of the writer (no code shared): it checks the version line,
// the mandatory fields and their syntax, Content-Length against the block,
// the record terminator, and both digests.
func readWARC(r io.Reader) ([]warcRecord, error) {
	br := bufio.NewReader(r)
	var out []warcRecord
	for {
		line, err := br.ReadString('\n')
		if err == io.EOF && line == "" {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("record %d: %v", len(out), err)
		}
		if line != "WARC/1.1\r\n" {
			return nil, fmt.Errorf("record %d: version line %q", len(out), line)
		}
		fields := map[string]string{}
		for {
			l, err := br.ReadString('\n')
			if err != nil {
				return nil, err
			}
			if !strings.HasSuffix(l, "\r\n") {
				return nil, fmt.Errorf("record %d: field line without CRLF: %q", len(out), l)
			}
			l = strings.TrimSuffix(l, "\r\n")
			if l == "" {
				break
			}
			name, value, ok := strings.Cut(l, ":")
			if !ok || name == "" || strings.ContainsAny(name, " \t") {
				return nil, fmt.Errorf("record %d: bad field %q", len(out), l)
			}
			if _, dup := fields[name]; dup {
				return nil, fmt.Errorf("record %d: field %s twice", len(out), name)
			}
			fields[name] = strings.TrimSpace(value)
		}
		for _, f := range []string{"WARC-Record-ID", "Content-Length", "WARC-Date", "WARC-Type"} {
			if fields[f] == "" {
				return nil, fmt.Errorf("record %d: no %s", len(out), f)
			}
		}
		if !regexp.MustCompile(`^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$`).MatchString(fields["WARC-Record-ID"]) {
			return nil, fmt.Errorf("record %d: record id %q", len(out), fields["WARC-Record-ID"])
		}
		if _, err := time.Parse("2006-01-02T15:04:05.999999999Z", fields["WARC-Date"]); err != nil {
			return nil, fmt.Errorf("record %d: WARC-Date: %v", len(out), err)
		}
		n, err := strconv.ParseInt(fields["Content-Length"], 10, 64)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("record %d: Content-Length %q", len(out), fields["Content-Length"])
		}
		block := make([]byte, n)
		if _, err := io.ReadFull(br, block); err != nil {
			return nil, fmt.Errorf("record %d: block: %v", len(out), err)
		}
		end := make([]byte, 4)
		if _, err := io.ReadFull(br, end); err != nil || string(end) != "\r\n\r\n" {
			return nil, fmt.Errorf("record %d: terminator %q", len(out), end)
		}
		if d := fields["WARC-Block-Digest"]; d != "" && d != testSHA1(block) {
			return nil, fmt.Errorf("record %d: block digest %s, computed %s", len(out), d, testSHA1(block))
		}
		out = append(out, warcRecord{Fields: fields, Block: block})
	}
}

func testSHA1(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// The corpus of a crawl and a re-crawl exports to a WARC that a strict reader
// accepts, whose response records hold the stored bytes, with revisits for
// the unchanged fetches; compressed the same.
func TestWriteWARC(t *testing.T) {
	st := recrawledCorpus(t)
	entries, _ := st.Records()
	for _, name := range []string{"corpus.warc", "corpus.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			recs := exportWARC(t, st, name)
			ids := checkWARCRecords(t, recs)
			for _, rec := range recs[1:] {
				checkWARCRecord(t, st, entries, rec, recs[0].Fields["WARC-Record-ID"], ids)
			}
		})
	}
}

// recrawledCorpus is a corpus crawled twice: in crawl 1, 4 URLs stored; in
// crawl 2, /cls 304, /cls.pdf same bytes, /cls-v and /deplace (→ /cls-v)
// changed.
func recrawledCorpus(t *testing.T) *Store {
	s := newTestSite(t)
	var round atomic.Int32
	m := newMux(nil)
	m.add("/cls", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		http.ServeContent(w, r, "", time.Time{}, strings.NewReader("<html><title>Contrat local de sant\xe9</title><a href='/cls.pdf'>Le CLS</a><a href='/cls-v'>CLS avenant</a><a href='/deplace'>CLS</a></html>"))
	})
	m.add("/cls.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n\x00\x01\x02 binary\r\n\r\nend"))
	})
	m.add("/cls-v", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, htmlPage("Avenant au CLS", "v"+strconv.Itoa(int(round.Load()))))
	})
	m.add("/deplace", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/cls-v", http.StatusMovedPermanently)
	})
	s.handle("www.agglo-agen.fr", m)
	dir := t.TempDir()
	cfg := s.config(dir, "http://www.agglo-agen.fr/cls")
	for i := 0; i < 2; i++ {
		round.Store(int32(i))
		if _, err := Crawl(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
	}
	st, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// exportWARC writes st as the WARC file name and reads it back with the
// strict reader: every record it wrote, and no other, must read.
func exportWARC(t *testing.T, st *Store, name string) []warcRecord {
	t.Helper()
	var buf bytes.Buffer
	n, err := st.WriteWARC(&buf, WARCInfo{Filename: name, Software: "clsx/test"})
	if err != nil {
		t.Fatal(err)
	}
	var r io.Reader = &buf
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		r = zr // multistream: one member per record
	}
	recs, err := readWARC(r)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(recs) != n {
		t.Errorf("%s: %d records read, %d written", name, len(recs), n)
	}
	return recs
}

// checkWARCRecords checks the file as a whole: a warcinfo record first,
// record ids unique, a response per version stored and a revisit per
// unchanged fetch of recrawledCorpus. It returns the ids.
func checkWARCRecords(t *testing.T, recs []warcRecord) map[string]bool {
	t.Helper()
	if recs[0].Fields["WARC-Type"] != "warcinfo" || !bytes.Contains(recs[0].Block, []byte("software: clsx/test")) {
		t.Errorf("first record: %+v", recs[0].Fields)
	}
	ids := map[string]bool{}
	types := map[string]int{}
	for _, rec := range recs {
		id := rec.Fields["WARC-Record-ID"]
		if ids[id] {
			t.Errorf("record id %s twice", id)
		}
		ids[id] = true
		types[rec.Fields["WARC-Type"]]++
	}
	if types["response"] != 6 || types["revisit"] != 2 {
		t.Errorf("record types %v", types)
	}
	return ids
}

// checkWARCRecord checks a record after the warcinfo: its fields, its HTTP
// message, and, as its type says, the stored bytes it holds or the record
// it refers to.
func checkWARCRecord(t *testing.T, st *Store, entries []Entry, rec warcRecord, infoID string, ids map[string]bool) {
	t.Helper()
	f := rec.Fields
	if strings.HasPrefix(f["WARC-Target-URI"], "<") || f["WARC-Warcinfo-ID"] != infoID {
		t.Errorf("fields %v", f)
	}
	if f["Content-Type"] != "application/http;msgtype=response" {
		t.Errorf("Content-Type %q", f["Content-Type"])
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Block)), nil)
	if err != nil {
		t.Fatalf("HTTP message of %s: %v", f["WARC-Target-URI"], err)
	}
	body, _ := io.ReadAll(resp.Body)
	switch f["WARC-Type"] {
	case "response":
		checkWARCResponse(t, st, entries, f, resp, body)
	case "revisit":
		if len(body) != 0 || f["WARC-Refers-To"] == "" || !ids[f["WARC-Refers-To"]] || f["WARC-Refers-To-Target-URI"] == "" {
			t.Errorf("revisit %v", f)
		}
		want := profileIdentical
		if resp.StatusCode == 304 {
			want = profileNotModified
		}
		if f["WARC-Profile"] != want {
			t.Errorf("revisit of %s: profile %s", f["WARC-Target-URI"], f["WARC-Profile"])
		}
	}
}

// checkWARCResponse checks a response record against the manifest entry it
// was written from: its payload is the stored document, byte for byte.
func checkWARCResponse(t *testing.T, st *Store, entries []Entry, f map[string]string, resp *http.Response, body []byte) {
	t.Helper()
	if f["WARC-Payload-Digest"] != testSHA1(body) {
		t.Errorf("%s: payload digest %s, computed %s", f["WARC-Target-URI"], f["WARC-Payload-Digest"], testSHA1(body))
	}
	var e *Entry
	for i := range entries {
		if recordID(entries[i].Crawl, strconv.FormatInt(entries[i].Seq, 10), entries[i].URL) == f["WARC-Record-ID"] {
			e = &entries[i]
		}
	}
	if e == nil {
		t.Fatalf("no entry for %s", f["WARC-Record-ID"])
	}
	want, _ := st.Read(*e)
	if !bytes.Equal(body, want) || resp.StatusCode != e.Status {
		t.Errorf("%s: body %q, want %q", e.URL, body, want)
	}
	if e.URL != e.FinalURL && f["Clsx-Requested-URI"] != e.URL {
		t.Errorf("redirected %s: fields %v", e.URL, f)
	}
}

// The reader rejects what it should, so its acceptance means something.
func TestReadWARCRejects(t *testing.T) {
	good := "WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: " + recordID("x") + "\r\nWARC-Date: 2025-01-02T03:04:05Z\r\nContent-Length: 2\r\n\r\nab\r\n\r\n"
	if _, err := readWARC(strings.NewReader(good)); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		strings.Replace(good, "WARC/1.1", "WARC/1.0", 1),
		strings.Replace(good, "Content-Length: 2", "Content-Length: 3", 1),
		strings.Replace(good, "ab\r\n\r\n", "ab\r\n", 1),
		strings.Replace(good, "WARC-Date: 2025-01-02T03:04:05Z\r\n", "", 1),
		strings.Replace(good, "\r\n\r\nab", "\r\nWARC-Block-Digest: sha1:AAAA\r\n\r\nab", 1),
	} {
		if _, err := readWARC(strings.NewReader(bad)); err == nil {
			t.Errorf("accepted %q", bad)
		}
	}
	if _, err := readWARC(strings.NewReader("")); err != nil && !errors.Is(err, io.EOF) {
		t.Error(err)
	}
}
