package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/rules"
)

// RecordsFile is where `clsx extract --corpus DIR` writes the records, beside
// the store: one JSON document record a line, with its normalised text
// ("text"), what `clsx index --corpus DIR` reads.
const RecordsFile = "records.jsonl"

// extractCorpus extracts the latest version of every document of a corpus
// and writes the records to DIR/records.jsonl, replacing the previous file
// only once the new one is complete. A document that cannot be read (a
// scan without OCR, an old .doc, a damaged PDF) is said on stderr, counted,
// and recorded with its error: it does not stop the others. A document in
// prev — the record of the same URL and bytes, read without error by an
// earlier extraction — is taken as it is instead of being extracted again.
func extractCorpus(dir string, r *rules.Set, maxBytes int64, password string, prev map[string]*extract.Document, s *streams) ([]*extract.Document, int, error) {
	stderr := s.err
	st, err := corpus.Open(dir)
	if err != nil {
		return nil, 0, err
	}
	for _, w := range st.Warnings() {
		fmt.Fprintln(stderr, "clsx: corpus:", w)
	}
	entries, err := st.Latest()
	if err != nil {
		return nil, 0, err
	}
	readPDF := isolatedPDFReader(password)
	var docs []*extract.Document
	failed := 0
	stored, total := 0, int64(0)
	for _, e := range entries {
		if e.Stored() {
			stored++
			total += e.Size
		}
	}
	prog := startProgress(s, "extract", stored, total)
	defer prog.end()
	for _, e := range entries {
		if !e.Stored() {
			continue
		}
		prog.add(e.Size)
		if d, ok := prev[e.URL+"\x00"+e.SHA256]; ok {
			docs = append(docs, d)
			continue
		}
		url := e.FinalURL
		if url == "" {
			url = e.URL
		}
		doc, err := extractEntry(st, e, extract.Options{Rules: r, MaxBytes: maxBytes, ContentType: e.ContentType, URL: url, ReadPDF: readPDF})
		if err != nil {
			prog.say(stderr, "clsx: "+termSafe(err.Error()))
			failed++
			doc.URL = &url
		}
		docs = append(docs, doc)
	}
	if err := writeRecords(filepath.Join(dir, RecordsFile), docs); err != nil {
		return docs, failed, err
	}
	return docs, failed, nil
}

// extractEntry extracts one stored document; one that cannot be read gives
// its error and its record (extract.Failed).
func extractEntry(st *corpus.Store, e corpus.Entry, opt extract.Options) (*extract.Document, error) {
	if e.Size > opt.MaxBytes {
		err := fmt.Errorf("%s: %w (%d bytes, limit %d)", e.URL, extract.ErrTooLarge, e.Size, opt.MaxBytes)
		return extract.Failed(e.URL, nil, err), err
	}
	data, err := st.Read(e)
	if err != nil {
		err = fmt.Errorf("%s: %w", e.URL, err)
		return extract.Failed(e.URL, nil, err), err
	}
	doc, err := extract.FromBytes(e.URL, data, opt)
	if err != nil {
		return extract.Failed(e.URL, data, err), err
	}
	return doc, nil
}

// writeRecords writes JSON Lines to a temporary file and renames it over
// path: a reader never sees half a file.
func writeRecords(path string, docs []*extract.Document) error {
	tmp, err := createAside(filepath.Dir(path), ".records-*.jsonl")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	enc := json.NewEncoder(w)
	for _, d := range docs {
		// With the normalised text the evidence spans point into, so that the
		// index can show each value's sentence.
		rec := struct {
			*extract.Document
			Text string `json:"text"`
		}{d, d.Text}
		if err := enc.Encode(rec); err != nil {
			tmp.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
