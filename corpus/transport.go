package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sync"
	"time"
)

// ErrTooLarge is the error of a document over the crawl's size limit. Such a
// document is recorded as a failure, never stored cut short.
var ErrTooLarge = errors.New("document over the size limit")

// fetchHeader tags a request with the fetch it belongs to, so the transport
// can hand the body it downloaded back to that fetch. It is removed before
// the request is sent.
const fetchHeader = "X-Clsx-Fetch"

// transport is the crawler's http.RoundTripper. Around the network
// transport it
//   - paces every request through the politeness gate;
//   - refuses a 2xx body whose Content-Length is over the limit before
//     reading any of it, and counts bytes while streaming the others, failing
//     at the limit (colly's MaxBodySize truncates silently: a truncated PDF
//     would be stored as if whole);
//   - streams a 2xx body straight to a file in the store's tmp/, hashing it
//     on the way, so a 100 MB PDF never sits in memory and the bytes stored
//     are the bytes received: colly would re-encode a Windows-1252 page to
//     UTF-8 and gunzip a gzip body before its callbacks see them. colly then
//     reads an empty body.
type transport struct {
	base     http.RoundTripper
	gate     *gate
	maxBytes int64
	store    *Store

	mu        sync.Mutex
	hops      map[string]*hop               // fetch id → its latest response
	deadlines map[string]time.Time          // fetch id → when its request must end
	cancels   map[string]context.CancelFunc // fetch id → what frees its deadline's timer
}

// hop is one response of a fetch, as the transport saw it.
type hop struct {
	url    *url.URL
	status int
	proto  string
	header http.Header
	body   *spooled // for a 2xx whose body was read
}

// spooled is a body written to a file.
type spooled struct {
	path string
	size int64
	sha  string
	err  error
}

func newTransport(base http.RoundTripper, g *gate, maxBytes int64, st *Store) *transport {
	return &transport{base: base, gate: g, maxBytes: maxBytes, store: st, hops: map[string]*hop{},
		deadlines: map[string]time.Time{}, cancels: map[string]context.CancelFunc{}}
}

// limit makes the request of fetch id end at the latest at (a host's time
// budget): colly takes no context per request, the transport gives it one.
func (t *transport) limit(id string, at time.Time) {
	t.mu.Lock()
	t.deadlines[id] = at
	t.mu.Unlock()
}

// take returns and forgets the latest response of fetch id.
func (t *transport) take(id string) *hop {
	t.mu.Lock()
	defer t.mu.Unlock()
	h := t.hops[id]
	delete(t.hops, id)
	if cancel := t.cancels[id]; cancel != nil {
		cancel()
	}
	delete(t.cancels, id)
	delete(t.deadlines, id)
	return h
}

// RoundTrip implements http.RoundTripper.
func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	id := req.Header.Get(fetchHeader)
	if id != "" {
		ctx := req.Context()
		t.mu.Lock()
		if at, ok := t.deadlines[id]; ok {
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, at)
			t.cancels[id] = cancel
		}
		t.mu.Unlock()
		req = req.Clone(ctx)
		req.Header.Del(fetchHeader)
	}
	host := req.URL.Host
	if err := t.gate.acquire(req.Context(), host); err != nil {
		return nil, err
	}
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		t.gate.release(host)
		return nil, err
	}
	var once sync.Once
	release := func() { once.Do(func() { t.gate.release(host) }) }
	if id == "" {
		// robots.txt: read by the robots cache, which limits what it reads.
		resp.Body = &releasingBody{ReadCloser: resp.Body, release: release}
		return resp, nil
	}
	h := &hop{url: req.URL, status: resp.StatusCode, proto: resp.Proto, header: resp.Header.Clone()}
	t.mu.Lock()
	t.hops[id] = h
	t.mu.Unlock()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Error pages, redirects, 304s are recorded, not stored: drain a
		// little (so a small body leaves the connection reusable) and free
		// the host now.
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		release()
		resp.Body = http.NoBody
		resp.ContentLength = 0
		resp.Uncompressed = true
		return resp, nil
	}
	if t.maxBytes > 0 && resp.ContentLength > t.maxBytes {
		resp.Body.Close()
		release()
		return nil, fmt.Errorf("%w: Content-Length %d > %d bytes", ErrTooLarge, resp.ContentLength, t.maxBytes)
	}
	resp.Body = &spoolBody{real: resp.Body, release: release, t: t, h: h}
	// The body colly reads is empty and needs no decoding: Uncompressed
	// keeps colly from gunzipping it.
	resp.ContentLength = -1
	resp.Uncompressed = true
	return resp, nil
}

// releasingBody frees the host when the body is closed.
type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}

// spoolBody downloads the real body into the store's tmp/ on the first Read
// and then reads as empty. A body never read (colly aborts on a content type
// clsx does not keep) is never downloaded.
type spoolBody struct {
	real    io.ReadCloser
	release func()
	t       *transport
	h       *hop
	done    bool
	err     error
}

func (b *spoolBody) Read(p []byte) (int, error) {
	if !b.done {
		b.done = true
		sp := b.t.spool(b.real)
		b.t.mu.Lock()
		b.h.body = sp
		b.t.mu.Unlock()
		b.err = sp.err
	}
	if b.err != nil {
		return 0, b.err
	}
	return 0, io.EOF
}

func (b *spoolBody) Close() error {
	err := b.real.Close()
	b.release()
	return err
}

// spool copies r to a new file, hashing and counting; past maxBytes it stops
// reading (the connection is dropped when the body is closed: a 1 GB body
// costs maxBytes of traffic, no more) and fails with ErrTooLarge. The file is
// fsynced, ready to be renamed into objects/.
func (t *transport) spool(r io.Reader) *spooled {
	f, err := t.store.tmpFile()
	if err != nil {
		return &spooled{err: err}
	}
	sp := &spooled{path: f.Name()}
	fail := func(err error) *spooled {
		f.Close()
		os.Remove(sp.path)
		return &spooled{err: err}
	}
	hash := sha256.New()
	buf := make([]byte, 64<<10)
	for {
		n, rerr := r.Read(buf)
		if n > 0 {
			sp.size += int64(n)
			if t.maxBytes > 0 && sp.size > t.maxBytes {
				return fail(fmt.Errorf("%w: more than %d bytes", ErrTooLarge, t.maxBytes))
			}
			hash.Write(buf[:n])
			if _, err := f.Write(buf[:n]); err != nil {
				return fail(err)
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return fail(rerr)
		}
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(sp.path)
		return &spooled{err: err}
	}
	sp.sha = hex.EncodeToString(hash.Sum(nil))
	return sp
}
