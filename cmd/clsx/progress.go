package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress draws a live line on a terminal's standard error while documents
// are extracted or indexed: documents done of the total, bytes, rate and
// time left. It is redrawn every tick even while one long document is
// read, so that a person sees clsx working; it is never drawn into a pipe
// (a nil *progress does nothing) and is erased at the end, before the
// summary line.
type progress struct {
	w          io.Writer
	what       string // "extract", "index"
	total      int    // documents, 0: unknown
	totalBytes int64  // 0: unknown
	width      int

	mu    sync.Mutex
	done  int
	bytes int64
	start time.Time
	stop  chan struct{}
	ended sync.WaitGroup
}

// progressTick is how often the line is redrawn.
const progressTick = 200 * time.Millisecond

// startProgress starts the live line on a terminal's stderr; elsewhere, or
// with --quiet, it returns nil.
func startProgress(s *streams, what string, total int, totalBytes int64) *progress {
	if !s.progress() {
		return nil
	}
	p := &progress{w: s.err, what: what, total: total, totalBytes: totalBytes, width: terminalWidth(s.err),
		start: time.Now(), stop: make(chan struct{})}
	p.draw()
	p.ended.Add(1)
	go func() {
		defer p.ended.Done()
		t := time.NewTicker(progressTick)
		defer t.Stop()
		for {
			select {
			case <-p.stop:
				return
			case <-t.C:
				p.draw()
			}
		}
	}()
	return p
}

// add counts a document done and its bytes.
func (p *progress) add(bytes int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.done++
	p.bytes += bytes
	p.mu.Unlock()
}

// read counts bytes read, documents aside (records read from a file).
func (p *progress) read(bytes int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.bytes += bytes
	p.mu.Unlock()
}

// progressReader counts what is read through it on a progress line.
type progressReader struct {
	r    io.Reader
	prog *progress
}

func (r progressReader) Read(b []byte) (int, error) {
	n, err := r.r.Read(b)
	r.prog.read(int64(n))
	return n, err
}

// end stops the line and erases it.
func (p *progress) end() {
	if p == nil {
		return
	}
	close(p.stop)
	p.ended.Wait()
	p.draw()
	fmt.Fprint(p.w, "\r\x1b[K")
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.drawLocked()
}

func (p *progress) drawLocked() {
	line := progressLine(p.what, p.done, p.total, p.bytes, p.totalBytes, time.Since(p.start), p.width)
	fmt.Fprint(p.w, "\r\x1b[K"+line)
}

// say writes a message line to w (standard error); with a live line, above
// it.
func (p *progress) say(w io.Writer, msg string) {
	if p == nil {
		fmt.Fprintln(w, msg)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\x1b[K"+msg+"\n")
	p.drawLocked()
}

// progressLine is the live line: "clsx extract [=====>    ] 12/40 documents
// · 3.1 MB/9.8 MB · 1.2 MB/s · 6s left", cut to width.
func progressLine(what string, done, total int, bytes, totalBytes int64, elapsed time.Duration, width int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "clsx %s ", what)
	frac := -1.0
	switch {
	case totalBytes > 0:
		frac = float64(bytes) / float64(totalBytes)
	case total > 0:
		frac = float64(done) / float64(total)
	}
	if frac >= 0 {
		const bar = 20
		n := min(int(frac*bar), bar)
		b.WriteString("[" + strings.Repeat("=", n) + strings.Repeat(" ", bar-n) + "] ")
	}
	if total > 0 {
		fmt.Fprintf(&b, "%d/%d documents", done, total)
	} else {
		fmt.Fprintf(&b, "%d documents", done)
	}
	fmt.Fprintf(&b, " · %s", humanSize(bytes))
	if totalBytes > 0 {
		fmt.Fprintf(&b, "/%s", humanSize(totalBytes))
	}
	secs := elapsed.Seconds()
	if secs > 0 && bytes > 0 {
		rate := float64(bytes) / secs
		fmt.Fprintf(&b, " · %s/s", humanSize(int64(rate)))
		if totalBytes > bytes {
			left := time.Duration(float64(totalBytes-bytes)/rate) * time.Second
			fmt.Fprintf(&b, " · %s left", left.Round(time.Second))
		}
	}
	fmt.Fprintf(&b, " · %s", elapsed.Round(time.Second))
	line := []rune(b.String())
	if width > 1 && len(line) > width-1 {
		line = line[:width-1]
	}
	return string(line)
}

// humanSize writes a byte count for a person: 512 B, 3.1 MB.
func humanSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}
