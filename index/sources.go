package index

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/extract"
)

// A generation keeps, beside bleve, the documents it was built from as they
// were given, before their contracts were merged: the next build replaces
// the documents it is given again, keeps the others and merges them all
// anew. Without them an index could only be rebuilt from scratch, and
// indexing one more document would drop every other.
const sourcesName = "sources.jsonl.gz"

// sourceDoc is one document as a build received it: its contracts, each
// with the sentences of its evidence (the text itself is not kept).
type sourceDoc struct {
	// Key identifies the document across builds: its URL, else its source.
	Key         string           `json:"key"`
	Source      string           `json:"source"`
	URL         *string          `json:"url"`
	Title       *string          `json:"title"`
	ContentType string           `json:"content_type,omitempty"`
	SHA256      string           `json:"sha256,omitempty"`
	Contracts   []sourceContract `json:"contracts"`
}

// sourceContract is one document's reading of a contract.
type sourceContract struct {
	extract.Contract
	Sentences []Sentence `json:"sentences"`
}

// documentKey is what identifies a document across builds: the URL it was
// fetched from, else its source (a path as given).
func documentKey(doc *extract.Document) string {
	if doc.URL != nil && *doc.URL != "" {
		return *doc.URL
	}
	return doc.Source
}

// newSourceDoc takes what the index keeps of an extracted document.
func newSourceDoc(doc *extract.Document) *sourceDoc {
	text := []rune(doc.Text)
	d := &sourceDoc{Key: documentKey(doc), Source: doc.Source, URL: doc.URL, Title: doc.Title,
		ContentType: doc.ContentType, SHA256: doc.SHA256}
	for _, c := range doc.Contracts {
		d.Contracts = append(d.Contracts, sourceContract{Contract: c, Sentences: sentences(text, &c)})
	}
	return d
}

// writeSources writes the documents of a generation, in the given order.
func writeSources(path string, docs []*sourceDoc) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	zw, _ := gzip.NewWriterLevel(bw, gzip.BestSpeed)
	enc := json.NewEncoder(zw)
	for _, d := range docs {
		if err := enc.Encode(d); err != nil {
			f.Close()
			return err
		}
	}
	if err := zw.Close(); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close() // synced with the generation's other files (sumFiles)
}

// readSources hands each document of a generation to fn.
func readSources(gen string, fn func(*sourceDoc) error) error {
	f, err := os.Open(filepath.Join(gen, sourcesName))
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return fmt.Errorf("%s: %v", sourcesName, err)
	}
	dec := json.NewDecoder(zr)
	for n := 1; ; n++ {
		var d sourceDoc
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s, document %d: %v", sourcesName, n, err)
		}
		if err := fn(&d); err != nil {
			return err
		}
	}
}
