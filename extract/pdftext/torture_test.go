package pdftext

import (
	"bufio"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTorture runs every file of the pdf.js corpus on which ledongthuc
// errs, panics, hangs or dies through Isolated: each must give a Document
// or an error, and the test process must survive them all.
func TestTorture(t *testing.T) {
	files, _ := filepath.Glob("testdata/torture/*.pdf")
	if len(files) == 0 {
		t.Skip("no torture files")
	}
	expected := tortureOutcomes(t)
	w := testWorker(t)
	w.Timeout = 4 * time.Second
	type result struct {
		file, outcome, detail string
		took                  time.Duration
	}
	results := make([]result, len(files))
	eachFile(t, files, func(i int, f string, data []byte) {
		start := time.Now()
		doc, err := w.Read(context.Background(), data)
		r := result{file: filepath.Base(f), took: time.Since(start)}
		switch {
		case err == nil && doc != nil:
			r.outcome = "ok"
			r.detail = strings.Join(strings.Fields(doc.PlainText()), " ")
			if len(r.detail) > 60 {
				r.detail = r.detail[:60]
			}
		case errors.Is(err, ErrTimeout):
			r.outcome, r.detail = "timeout", err.Error()
		case errors.Is(err, ErrWorkerCrashed):
			r.outcome, r.detail = "crash", err.Error()
		case err != nil:
			r.outcome, r.detail = "error", err.Error()
		default:
			t.Errorf("%s: no document and no error", f)
		}
		results[i] = r
	})
	counts := map[string]int{}
	for _, r := range results {
		counts[r.outcome]++
		t.Logf("%-36s %-7s (walker before: %-7s) %5dms %s", r.file, r.outcome, expected[r.file], r.took.Milliseconds(), r.detail)
		if r.outcome == "crash" && !strings.Contains(r.detail, "out of memory") && !strings.Contains(r.detail, "cannot allocate memory") {
			// A crash other than the memory cap is a bug of ours.
			t.Errorf("%s crashed the worker: %s", r.file, r.detail)
		}
	}
	t.Logf("torture outcomes: %v", counts)
}

// tortureOutcomes reads what the stream walker did before isolation
// (OUTCOMES.tsv, column "stream walker on ledongthuc").
func tortureOutcomes(t *testing.T) map[string]string {
	out := map[string]string{}
	f, err := os.Open("testdata/torture/OUTCOMES.tsv")
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	col := -1
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if col < 0 {
			for i, h := range fields {
				if strings.HasPrefix(h, "stream walker") {
					col = i
				}
			}
			continue
		}
		if col >= 0 && col < len(fields) {
			out[fields[0]] = fields[col]
		}
	}
	return out
}
