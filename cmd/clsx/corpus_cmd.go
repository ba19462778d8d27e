package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/clsx/clsx/corpus"
	"github.com/spf13/cobra"
)

// newCorpusCmd is `clsx corpus`: what a crawl stored.
func newCorpusCmd(s *streams) *cobra.Command {
	c := &cobra.Command{
		Use:   "corpus",
		Short: "list, count or export a crawled corpus",
		Long: `A corpus is what clsx crawl stores: every version of every page and
document fetched, with when and how. List its documents, count what the
crawl found by host and route, or export it as a WARC 1.1 file (the web
archives' format) to share or archive it.`,
		Example: `  clsx corpus ls --corpus cls
  clsx corpus stats --corpus cls
  clsx corpus export --corpus cls --warc cls.warc.gz`,
		RunE: needSubcommand,
	}
	c.AddCommand(newCorpusLsCmd(s), newCorpusStatsCmd(s), newCorpusExportCmd(s))
	return c
}

// newCorpusLsCmd is `clsx corpus ls`.
func newCorpusLsCmd(s *streams) *cobra.Command {
	var dir string
	var out *outputFlags
	c := &cobra.Command{
		Use:     "ls --corpus DIR",
		Short:   "list a corpus's documents: URL, type, size, when fetched, versions",
		Example: "  clsx corpus ls --corpus cls\n  clsx corpus ls --corpus cls --format json",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			return exitWith(corpusLs(dir, out, s))
		},
	}
	addCorpusFlag(c, &dir)
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

// newCorpusExportCmd is `clsx corpus export`.
func newCorpusExportCmd(s *streams) *cobra.Command {
	var dir, warc string
	c := &cobra.Command{
		Use:   "export --corpus DIR --warc FILE",
		Short: "write a corpus as a WARC 1.1 file (FILE.gz: compressed; -: standard output)",
		Example: `  clsx corpus export --corpus cls --warc cls.warc.gz
  clsx corpus export --corpus cls --warc - | gzip > cls.warc.gz`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return exitWith(corpusExport(dir, warc, s))
		},
	}
	addCorpusFlag(c, &dir)
	c.Flags().StringVar(&warc, "warc", "", "WARC `FILE` to write (a name ending in .gz is compressed; - for standard output)")
	c.MarkFlagRequired("warc")
	return c
}

// addCorpusFlag registers the required --corpus DIR.
func addCorpusFlag(c *cobra.Command, dir *string) {
	c.Flags().StringVar(dir, "corpus", "", "corpus `DIR` (from clsx crawl)")
	c.MarkFlagRequired("corpus")
	c.MarkFlagDirname("corpus")
}

// openCorpusDir opens a corpus to read, saying on stderr what it passed over.
func openCorpusDir(dir string, stderr io.Writer) (*corpus.Store, bool) {
	st, err := corpus.Open(dir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return nil, false
	}
	for _, w := range st.Warnings() {
		fmt.Fprintln(stderr, "clsx: corpus:", termSafe(w))
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

func corpusLs(dir string, out *outputFlags, s *streams) int {
	stdout, stderr := s.out, s.err
	st, ok := openCorpusDir(dir, stderr)
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
	if out.format == "json" {
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
	writeRows(stdout, out.format, []string{"url", "type", "size", "fetched", "versions"}, table, s.fit(out))
	return exitOK
}

func corpusExport(dir, out string, s *streams) int {
	stderr := s.err
	st, ok := openCorpusDir(dir, stderr)
	if !ok {
		return exitPartial
	}
	if out == "-" {
		// standard output, uncompressed: a pipe to gzip compresses it
		n, err := st.WriteWARC(s.out, corpus.WARCInfo{Filename: "clsx.warc", Software: "clsx/" + version})
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		if !s.quiet {
			fmt.Fprintf(stderr, "clsx: wrote %d WARC records to standard output\n", n)
		}
		return exitOK
	}
	// Written aside and renamed: an interrupted export leaves no half file
	// under the name asked for.
	tmp, err := createAside(filepath.Dir(out), ".clsx-warc-*")
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	n, err := st.WriteWARC(tmp, corpus.WARCInfo{Filename: filepath.Base(out), Software: "clsx/" + version})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), out)
	}
	if err != nil {
		os.Remove(tmp.Name())
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	fmt.Fprintf(stderr, "clsx: wrote %d WARC records to %s\n", n, out)
	return exitOK
}
