package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// newDemoCmd is `clsx demo`: the whole pipeline on the bundled sample site.
func newDemoCmd(s *streams) *cobra.Command {
	var dir, addr string
	var serve bool
	var out *outputFlags
	c := &cobra.Command{
		Use:   "demo",
		Short: "crawl, extract and index the bundled sample site, then ask it a question",
		Long: `Run the whole pipeline on a sample bundled with clsx: serve a small site of
CLS pages and PDFs on 127.0.0.1, crawl it into a corpus, extract its
contracts (printed), index them and ask which territories target mental
health (a second table; in JSON the "sante_mentale" answer beside the
documents; in CSV a sante_mentale column).

The sample holds the CLS pages and their documents, not the rest of the
sites their menus link to: those links are expected to fail and are only
counted. Without --keep, the corpus and the index are in a temporary
directory removed at the end; with --keep DIR they stay there, for
clsx search --index DIR/index. With --serve, the web interface (clsx serve)
then shows the index until Ctrl-C.`,
		Example: `  clsx demo
  clsx demo --keep demo && clsx search --index demo/index sante
  clsx demo --serve                           # then open the address it prints
  clsx demo --format json | jq '.sante_mentale.results[].territory'`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			if !serve {
				addr = ""
			}
			return exitWith(runDemo(dir, addr, out, s))
		},
	}
	c.Flags().StringVar(&dir, "keep", "", "keep the crawled corpus and its index (DIR/index) in `DIR`")
	c.Flags().BoolVar(&serve, "serve", false, "then serve the web interface (clsx serve) until Ctrl-C")
	c.Flags().StringVar(&addr, "addr", defaultAddr, "with --serve, listen on `HOST:PORT`")
	c.Flags().StringVar(&dir, "corpus", "", "the former name of --keep")
	c.Flags().MarkHidden("corpus")
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

// mentalHealth is the demo's question: which territories target mental
// health.
var mentalHealth = index.Request{Theme: "sante_mentale", By: "territory", Limit: 100}

// runDemo serves the site on 127.0.0.1, crawls it into a corpus, extracts
// the corpus, indexes it and asks which territories target mental health.
// With serve, an address, it then serves the index there until Ctrl-C.
func runDemo(dir, serve string, out *outputFlags, s *streams) int {
	// Ctrl-C, or a reader that stops reading (clsx demo | head -1), must
	// not leave the temporary directory behind: a closed pipe gives write
	// errors instead of killing clsx, Ctrl-C stops the crawl.
	pipe := make(chan os.Signal, 1)
	signal.Notify(pipe, syscall.SIGPIPE)
	defer signal.Stop(pipe)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	keep := dir != ""
	if !keep {
		tmp, err := os.MkdirTemp("", "clsx-demo-")
		if err != nil {
			fmt.Fprintln(s.err, "clsx:", err)
			return exitPartial
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	docs, failed, code := demoExtract(ctx, dir, s)
	if code != exitOK {
		return code
	}
	idx := filepath.Join(dir, "index")
	quiet := *s
	quiet.quiet = true // the demo says what it did in its own words
	if code := runIndex(&indexOptions{dir: idx, corpusDir: dir, rules: &ruleFlags{maxBytes: extract.MaxTextBytes}}, &quiet); code != exitOK {
		return code
	}
	if err := writeDemo(docs, idx, out, s); err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	if serve != "" {
		// before the deferred removal of a temporary directory: Ctrl-C ends
		// the serving, then the cleanup runs
		if code := serveIndex(ctx, idx, dir, serve, s); code != exitOK {
			return code
		}
	}
	if keep {
		fmt.Fprintf(s.err, "clsx: corpus and index kept in %s: clsx search --index %s --theme sante_mentale\n", dir, shellQuote(idx))
	} else {
		fmt.Fprintln(s.err, "clsx: the corpus and its index were in a temporary directory, now removed; clsx demo --keep DIR keeps them")
	}
	if failed > 0 {
		return exitPartial // a document stored but unreadable
	}
	return exitOK
}

// demoExtract serves the sample site, crawls it into dir and extracts the
// corpus.
func demoExtract(ctx context.Context, dir string, s *streams) ([]*extract.Document, int, int) {
	site, err := startSampleSite()
	if err != nil {
		fmt.Fprintln(s.err, "clsx: sample site:", err)
		return nil, 0, exitPartial
	}
	defer site.close()
	cfg := corpus.DefaultConfig()
	cfg.Dir, cfg.Seeds, cfg.Resolve = dir, site.seeds, site.resolve
	cfg.AllowLoopback = true // the sample site is on loopback
	cfg.Delay = 0            // our own server: no one to be polite to
	// The crawl's own report counts the links to pages the sample does not
	// hold as errors; the demo says what they are instead.
	cfg.Progress = nil
	fmt.Fprintf(s.err, "clsx: serving the sample site (%d sites) on %s and crawling it into %s\n", len(site.seeds), site.addr, dir)
	rep, err := corpus.Crawl(ctx, cfg)
	if err != nil {
		fmt.Fprintln(s.err, "clsx: crawl:", err)
		return nil, 0, exitPartial
	}
	docs, failed, err := extractCorpus(dir, rules.Default(), extract.MaxTextBytes, "", nil, s)
	if err != nil {
		fmt.Fprintln(s.err, "clsx: extract:", err)
		return nil, 0, exitPartial
	}
	contracts := 0
	for _, d := range docs {
		contracts += len(d.Contracts)
	}
	fmt.Fprintf(s.err, "clsx: crawled %d URLs: %d pages and documents stored, %d links to pages the sample does not hold (expected); extracted %d documents: %d readings of contracts\n",
		rep.Records, rep.New+rep.Changed+rep.Unchanged, rep.Failed+rep.Skipped, len(docs), contracts)
	return docs, failed, exitOK
}

// writeDemo prints the contracts and the answer to the demo's question in
// the format asked.
func writeDemo(docs []*extract.Document, idx string, out *outputFlags, s *streams) error {
	ix, err := index.Open(idx)
	if err != nil {
		return err
	}
	defer ix.Close()
	req := mentalHealth
	req.NoFacets = out.format != "json"
	resp, err := ix.Search(req)
	if err != nil {
		return err
	}
	recs, err := ix.Contracts(index.Request{})
	if err != nil {
		return err
	}
	fmt.Fprintf(s.err, "clsx: indexed %d contracts (a contract published as a page, a PDF and an annex counts once)\n", len(recs))
	merged := mergedDocuments(recs)
	switch out.format {
	case "json":
		enc := json.NewEncoder(s.out)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		return enc.Encode(struct {
			Documents    []*extract.Document `json:"documents"`
			Contracts    []*index.Record     `json:"contracts"`
			SanteMentale *index.Response     `json:"sante_mentale"`
		}{docs, recs, resp})
	case "csv":
		header, rows := contractRows(merged)
		return writeRows(s.out, "csv", append(header, "sante_mentale"), withAnswer(rows, resp), fitting{})
	}
	if err := writeContractTable(s.out, "table", merged, s.fit(out)); err != nil {
		return err
	}
	fmt.Fprintln(s.out, "\nWhich territories target mental health? (clsx search --theme sante_mentale)")
	style := styleMarkers
	if s.colour() {
		style = styleANSI
	}
	header, rows := searchRows(resp, style)
	return writeRows(s.out, "table", header, rows, s.fit(out))
}

// mergedDocuments lays the index's contracts out as the rows of clsx
// extract: one a contract, its source the primary document it was read from.
func mergedDocuments(recs []*index.Record) []*extract.Document {
	out := make([]*extract.Document, len(recs))
	for i, r := range recs {
		out[i] = &extract.Document{Source: r.Source, URL: r.URL, Title: r.DocumentTitle, Contracts: []extract.Contract{r.Contract}}
	}
	return out
}

// withAnswer adds to each contract row whether its territory answers the
// question (true or false).
func withAnswer(rows [][]string, resp *index.Response) [][]string {
	yes := map[string]bool{}
	for _, g := range resp.Groups {
		for _, c := range g.Contracts {
			yes[c.ID] = true
		}
	}
	for i, r := range rows {
		rows[i] = append(r, fmt.Sprint(yes[r[1]]))
	}
	return rows
}
