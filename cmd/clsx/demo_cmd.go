package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/clsx/clsx/corpus"
	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/clsx/clsx/rules"
	"github.com/spf13/cobra"
)

// newDemoCmd is `clsx demo`: the whole pipeline on the bundled sample site.
func newDemoCmd(s *streams) *cobra.Command {
	var dir string
	var out *outputFlags
	c := &cobra.Command{
		Use:   "demo",
		Short: "crawl, extract and index the bundled sample site, then ask it a question",
		Long: `Run the whole pipeline on a sample bundled with clsx: serve a small site of
CLS pages and PDFs on 127.0.0.1, crawl it into a corpus, extract its
contracts (printed), index them and ask which territories target mental
health.`,
		Example: `  clsx demo
  clsx demo --corpus demo && clsx search --index demo/index sante`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			return exitWith(runDemo(dir, out, s))
		},
	}
	c.Flags().StringVar(&dir, "corpus", "", "keep the crawled corpus (and its index, DIR/index) in `DIR` (default: a temporary directory, removed at the end)")
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

// runDemo serves the site on 127.0.0.1, crawls it into a corpus, extracts
// the corpus, prints the contracts found, indexes them and asks which
// territories target mental health.
func runDemo(dir string, out *outputFlags, s *streams) int {
	stdout, stderr := s.out, s.err
	format := &out.format
	site, err := startSampleSite()
	if err != nil {
		fmt.Fprintln(stderr, "clsx: sample site:", err)
		return exitPartial
	}
	defer site.close()
	if dir == "" {
		tmp, err := os.MkdirTemp("", "clsx-demo-")
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}

	cfg := corpus.DefaultConfig()
	cfg.Dir, cfg.Seeds, cfg.Resolve = dir, site.seeds, site.resolve
	cfg.AllowPrivate = true // the sample site is on loopback
	cfg.Delay = 0           // our own server: no one to be polite to
	cfg.Progress, cfg.Live = stderr, s.progress()
	fmt.Fprintf(stderr, "clsx: serving the sample site (%d sites) on %s and crawling it into %s\n", len(site.seeds), site.addr, dir)
	rep, err := corpus.Crawl(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(stderr, "clsx: crawl:", err)
		return exitPartial
	}
	docs, failed, err := extractCorpus(dir, rules.Default(), extract.MaxTextBytes, s)
	if err != nil {
		fmt.Fprintln(stderr, "clsx: extract:", err)
		return exitPartial
	}
	contracts := 0
	for _, d := range docs {
		contracts += len(d.Contracts)
	}
	fmt.Fprintf(stderr, "clsx: crawled %d URLs (%d stored, %d not stored: links to pages the sample does not hold); extracted %d documents: %d contracts\n",
		rep.Records, rep.New+rep.Changed+rep.Unchanged, rep.Failed+rep.Skipped, len(docs), contracts)
	if *format == "json" {
		writeDocuments(stdout, "json", docs, fitting{})
	} else {
		writeContractTable(stdout, *format, docs, s.fit(out))
	}
	// Index what was extracted and ask the question researchers ask.
	idx := filepath.Join(dir, "index")
	if code := runIndex(&indexOptions{dir: idx, corpusDir: dir, rules: &ruleFlags{maxBytes: extract.MaxTextBytes}}, s); code != exitOK {
		return code
	}
	fmt.Fprintf(stderr, "clsx: which territories target mental health? (clsx search --index %s --theme sante_mentale)\n", idx)
	if *format == "table" {
		// Only in a table: json and csv output stay one data set.
		fmt.Fprintln(stdout)
		req := index.Request{Theme: "sante_mentale", By: "territory", Limit: 20}
		if code := runSearch(req, idx, out, s); code != exitOK {
			return code
		}
	}
	// The sample site holds the CLS pages and their documents, not the rest
	// of the sites their menus link to: those links answer 404, which the
	// crawl reports and the demo expects. Only a document that was stored
	// and could not be read fails the demo.
	if failed > 0 {
		return exitPartial
	}
	return exitOK
}
