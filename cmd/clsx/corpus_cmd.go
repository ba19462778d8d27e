package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/clsx/clsx/corpus"
)

const corpusUsage = "usage: clsx corpus ls --corpus DIR [--format table|json|csv]\n" +
	"       clsx corpus export --corpus DIR --warc FILE   (FILE.gz: compressed)"

func cmdCorpus(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, corpusUsage)
		return exitUsage
	}
	switch args[0] {
	case "ls":
		return corpusLs(args[1:], stdout, stderr)
	case "export":
		return corpusExport(args[1:], stderr)
	}
	fmt.Fprintf(stderr, "clsx: unknown corpus command %q\n%s\n", args[0], corpusUsage)
	return exitUsage
}

// openCorpusDir opens a corpus to read, saying on stderr what it passed over.
func openCorpusDir(dir string, stderr io.Writer) (*corpus.Store, bool) {
	st, err := corpus.Open(dir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return nil, false
	}
	for _, w := range st.Warnings() {
		fmt.Fprintln(stderr, "clsx: corpus:", w)
	}
	return st, true
}

// corpusDocRow is one document of `clsx corpus ls`.
type corpusDocRow struct {
	URL         string `json:"url"`
	FinalURL    string `json:"final_url,omitempty"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	Fetched     string `json:"fetched"`
	Versions    int    `json:"versions"`
	SHA256      string `json:"sha256"`
}

func corpusLs(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("corpus ls", stderr)
	dir := fs.String("corpus", "", "corpus directory")
	format := fs.String("format", "table", "output format: table|json|csv")
	rest, err := parseFlagsAnywhere(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dir == "" || len(rest) > 0 || !validFormat(*format, "table|json|csv") {
		fmt.Fprintln(stderr, corpusUsage)
		return exitUsage
	}
	st, ok := openCorpusDir(*dir, stderr)
	if !ok {
		return exitPartial
	}
	latest, err := st.Latest()
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	recs, err := st.Records()
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	versions := map[string]int{}
	for _, e := range recs {
		if e.Outcome == corpus.New || e.Outcome == corpus.Changed {
			versions[e.URL]++
		}
	}
	rows := make([]corpusDocRow, 0, len(latest))
	for _, e := range latest {
		r := corpusDocRow{URL: e.URL, ContentType: e.ContentType, Size: e.Size, SHA256: e.SHA256,
			Fetched: e.Fetched.Format("2006-01-02T15:04:05Z07:00"), Versions: versions[e.URL]}
		if e.FinalURL != e.URL {
			r.FinalURL = e.FinalURL
		}
		rows = append(rows, r)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		enc.Encode(rows)
		return exitOK
	}
	var table [][]string
	for _, r := range rows {
		table = append(table, []string{r.URL, shortContentType(r.ContentType), strconv.FormatInt(r.Size, 10), r.Fetched, strconv.Itoa(r.Versions)})
	}
	writeRows(stdout, *format, []string{"url", "type", "size", "fetched", "versions"}, table)
	return exitOK
}

func corpusExport(args []string, stderr io.Writer) int {
	fs := newFlagSet("corpus export", stderr)
	dir := fs.String("corpus", "", "corpus directory")
	out := fs.String("warc", "", "WARC file to write (a name ending in .gz is compressed)")
	rest, err := parseFlagsAnywhere(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dir == "" || *out == "" || len(rest) > 0 {
		fmt.Fprintln(stderr, corpusUsage)
		return exitUsage
	}
	st, ok := openCorpusDir(*dir, stderr)
	if !ok {
		return exitPartial
	}
	// Written aside and renamed: an interrupted export leaves no half file
	// under the name asked for.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".clsx-warc-*")
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	n, err := st.WriteWARC(tmp, corpus.WARCInfo{Filename: filepath.Base(*out), Software: "clsx/" + version})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), *out)
	}
	if err != nil {
		os.Remove(tmp.Name())
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	fmt.Fprintf(stderr, "clsx: wrote %d WARC records to %s\n", n, *out)
	return exitOK
}
