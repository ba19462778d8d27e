package corpus

// The WARC writer is written here to the WARC 1.1 specification (ISO
// 28500:2017, https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/)
// rather than taken from a library: the maintained Go ones
// (github.com/nlnwa/gowarc, github.com/internetarchive/gowarc) are not
// available from this project's module proxy, and what a corpus needs —
// warcinfo, response and revisit records, with their digests — is small.
// warc_test.go reads the output back with an independent strict reader.

import (
	"bufio"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"hash"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Revisit profiles (WARC 1.1 §6.7.2, §6.7.3).
const (
	profileIdentical   = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
	profileNotModified = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
)

// WARCInfo describes a WARC file in its warcinfo record.
type WARCInfo struct {
	Filename string // the WARC-Filename field; ".gz" at its end compresses each record
	Software string // e.g. "clsx/0.1.0"
}

// WriteWARC writes the corpus as a WARC 1.1 file: a warcinfo record, then,
// in manifest order, a response record for each version stored (the HTTP
// status line and headers as received, then the body byte for byte) and a
// revisit record for each fetch that found a version unchanged (a 304, or the
// same bytes again). Failures and skipped answers have no bytes and are not
// written. It returns the number of records written.
func (s *Store) WriteWARC(w io.Writer, info WARCInfo) (int, error) {
	recs, err := s.Records()
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	x := &warcExport{
		s:      s,
		ww:     &warcWriter{w: bw, gz: strings.HasSuffix(info.Filename, ".gz")},
		infoID: recordID("warcinfo", info.Filename, ""),
		firsts: map[string]warcOriginal{},
	}
	if err := x.writeInfo(info); err != nil {
		return 0, err
	}
	n := 1
	for _, e := range recs {
		if !e.Stored() {
			continue
		}
		if err := x.writeEntry(e); err != nil {
			return n, err
		}
		n++
	}
	return n, bw.Flush()
}

// warcExport is one WriteWARC under way: where it writes, and the response
// records written so far, which the revisits after them refer to.
type warcExport struct {
	s      *Store
	ww     *warcWriter
	infoID string                  // the warcinfo record every other record names
	firsts map[string]warcOriginal // URL + " " + sha → its first response record
}

// warcOriginal is what a revisit record says of the response it refers to.
type warcOriginal struct{ id, uri, date string }

// writeInfo writes the warcinfo record that opens the file: what wrote it,
// to which specification, and how the pages were fetched.
func (x *warcExport) writeInfo(info WARCInfo) error {
	fields := fmt.Sprintf("software: %s\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\ndescription: corpus of Contrats Locaux de Sante fetched by clsx\r\nrobots: obey\r\n", info.Software)
	head := warcHeader{
		{"WARC-Type", "warcinfo"},
		{"WARC-Record-ID", x.infoID},
		{"WARC-Date", warcDate(time.Now())},
		{"Content-Type", "application/warc-fields"},
	}
	if info.Filename != "" {
		head = append(head, [2]string{"WARC-Filename", info.Filename})
	}
	return x.ww.record(head, []byte(fields), nil)
}

// writeEntry writes the record of one stored fetch: a revisit when it found
// unchanged the bytes of a response already written, a response otherwise
// (an unchanged fetch whose bytes no earlier record of the file holds
// carries them), so that every record can be read back to its payload.
func (x *warcExport) writeEntry(e Entry) error {
	uri := e.FinalURL
	if uri == "" {
		uri = e.URL
	}
	id := recordID(e.Crawl, strconv.FormatInt(e.Seq, 10), e.URL)
	key := e.URL + " " + e.SHA256
	orig, seen := x.firsts[key]
	httpHead := httpHeaderBlock(e)
	head := warcHeader{
		{"WARC-Type", "response"},
		{"WARC-Record-ID", id},
		{"WARC-Warcinfo-ID", x.infoID},
		{"WARC-Target-URI", uri},
		{"WARC-Date", warcDate(e.Fetched)},
		{"Content-Type", "application/http;msgtype=response"},
	}
	if e.URL != uri {
		// Not a WARC field: where the crawl asked, before redirects.
		head = append(head, [2]string{"Clsx-Requested-URI", e.URL})
	}
	if e.Outcome == Unchanged && seen {
		return x.writeRevisit(e, head, httpHead, orig)
	}
	if err := x.writeResponse(e, head, httpHead); err != nil {
		return err
	}
	if !seen {
		x.firsts[key] = warcOriginal{id: id, uri: uri, date: warcDate(e.Fetched)}
	}
	return nil
}

// writeRevisit writes head as a revisit of orig: the HTTP status line and
// headers of this fetch, no body, and the profile saying why there is none.
func (x *warcExport) writeRevisit(e Entry, head warcHeader, httpHead []byte, orig warcOriginal) error {
	profile := profileIdentical
	if e.Status == http.StatusNotModified {
		profile = profileNotModified
	}
	head[0][1] = "revisit"
	head = append(head,
		[2]string{"WARC-Profile", profile},
		[2]string{"WARC-Refers-To", orig.id},
		[2]string{"WARC-Refers-To-Target-URI", orig.uri},
		[2]string{"WARC-Refers-To-Date", orig.date},
	)
	sum, err := x.s.payloadSHA1(e)
	if err != nil {
		return err
	}
	head = append(head, [2]string{"WARC-Payload-Digest", sum})
	return x.ww.record(head, httpHead, nil)
}

// writeResponse writes head as a response record: the HTTP status line and
// headers, then the stored bytes. The payload is read twice, once for the
// digests the header carries, once to write it, so a large PDF is never
// held in memory.
func (x *warcExport) writeResponse(e Entry, head warcHeader, httpHead []byte) error {
	f, err := os.Open(x.s.objectPath(e.SHA256)) // Stored() checked the name
	if err != nil {
		return err
	}
	defer f.Close()
	payload, block := sha1.New(), sha1.New()
	block.Write(httpHead)
	if _, err := io.Copy(io.MultiWriter(payload, block), f); err != nil {
		return err
	}
	head = append(head,
		[2]string{"WARC-Payload-Digest", sha1Label(payload)},
		[2]string{"WARC-Block-Digest", sha1Label(block)},
	)
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	return x.ww.record(head, httpHead, &sizedReader{r: f, n: e.Size})
}

// payloadSHA1 is the WARC payload digest of an entry's stored bytes.
func (s *Store) payloadSHA1(e Entry) (string, error) {
	f, err := s.OpenObject(e)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha1.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return sha1Label(h), nil
}

type warcHeader [][2]string

// sizedReader is a body of known length.
type sizedReader struct {
	r io.Reader
	n int64
}

type warcWriter struct {
	w  io.Writer
	gz bool
}

// record writes one record: the version line, the header (Content-Length and,
// when not given, the block digest added), the block (head then body), and
// the two CRLFs that end a record. With gz, each record is its own gzip
// member, as .warc.gz readers expect.
func (ww *warcWriter) record(head warcHeader, block []byte, body *sizedReader) error {
	length := int64(len(block))
	if body != nil {
		length += body.n
	}
	hasDigest := false
	for _, f := range head {
		hasDigest = hasDigest || f[0] == "WARC-Block-Digest"
	}
	if !hasDigest && body == nil {
		h := sha1.New()
		h.Write(block)
		head = append(head, [2]string{"WARC-Block-Digest", sha1Label(h)})
	}
	var out io.Writer = ww.w
	var zw *gzip.Writer
	if ww.gz {
		zw = gzip.NewWriter(ww.w)
		out = zw
	}
	var b strings.Builder
	b.WriteString("WARC/1.1\r\n")
	for _, f := range head {
		b.WriteString(f[0])
		b.WriteString(": ")
		b.WriteString(fieldValue(f[1]))
		b.WriteString("\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", length)
	if _, err := io.WriteString(out, b.String()); err != nil {
		return err
	}
	if _, err := out.Write(block); err != nil {
		return err
	}
	if body != nil {
		n, err := io.Copy(out, io.LimitReader(body.r, body.n))
		if err != nil {
			return err
		}
		if n != body.n {
			return fmt.Errorf("warc: object shorter (%d bytes) than its record says (%d)", n, body.n)
		}
	}
	if _, err := io.WriteString(out, "\r\n\r\n"); err != nil {
		return err
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}

// httpHeaderBlock is the start of a response record's block: the status line
// and headers as received (in a stable order; Go does not keep the server's),
// then the blank line before the body.
func httpHeaderBlock(e Entry) []byte {
	proto := e.Proto
	if proto == "" || proto == "HTTP/2.0" {
		// Readers of WARC know HTTP/1.x message syntax; the headers are the
		// same either way.
		proto = "HTTP/1.1"
	}
	status := e.Status
	if status == 0 {
		status = 200
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %d %s\r\n", proto, status, http.StatusText(status))
	keys := make([]string, 0, len(e.Header))
	for k := range e.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range e.Header[k] {
			b.WriteString(fieldValue(k))
			b.WriteString(": ")
			b.WriteString(fieldValue(v))
			b.WriteString("\r\n")
		}
	}
	b.WriteString("\r\n")
	return []byte(b.String())
}

// fieldValue keeps a header value on its line.
func fieldValue(v string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(v)
}

// warcDate is a WARC 1.1 date: UTC, with the fraction of a second 1.1 allows.
func warcDate(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000Z")
}

// sha1Label is a digest as WARC writes it: "sha1:" and base32.
func sha1Label(h hash.Hash) string {
	return "sha1:" + base32.StdEncoding.EncodeToString(h.Sum(nil))
}

// recordID makes a record id from what identifies the record, so that
// exporting the same corpus twice gives the same ids (a name-based UUID,
// version 5, RFC 9562).
func recordID(parts ...string) string {
	h := sha1.New()
	io.WriteString(h, "clsx warc record\x00")
	for _, p := range parts {
		io.WriteString(h, p)
		h.Write([]byte{0})
	}
	u := h.Sum(nil)[:16]
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
