package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/clsx/clsx/extract/score"
	"github.com/spf13/cobra"
)

// evalOptions are what `clsx eval` was asked.
type evalOptions struct {
	out          *outputFlags
	rules        *ruleFlags
	perDoc, diff bool
}

// newEvalCmd is `clsx eval`: extraction scored against gold files.
func newEvalCmd(s *streams) *cobra.Command {
	o := &evalOptions{}
	c := &cobra.Command{
		Use:   "eval DIR",
		Short: "score extraction against DIR's NAME.gold.json files",
		Long: `Extract every document of DIR that has a NAME.gold.json beside it and score
the extraction against the gold: precision, recall and F1 per field and
overall (micro). --per-doc lists each document's fields with errors; --diff
lists each document's contracts and values missed (-), invented (+) or
different (~).`,
		Example: `  clsx eval testdata/seeds
  clsx eval --diff testdata/seeds
  clsx eval --rules mes-regles --format json testdata/seeds`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := o.out.check(); err != nil {
				return err
			}
			return exitWith(runEval(o, args[0], s))
		},
	}
	o.out = addOutputFlags(c, "table", "json", "csv")
	o.rules = addRuleFlags(c)
	c.Flags().BoolVar(&o.perDoc, "per-doc", false, "also list, per document, the fields with errors")
	c.Flags().BoolVar(&o.diff, "diff", false, "after the scores, list per document the contracts and values missed (-), invented (+) "+
		"or different (~); json: a \"documents\" list added to the scores; csv: only the differences, one a row")
	return c
}

func runEval(o *evalOptions, dir string, s *streams) int {
	stdout, stderr := s.out, s.err
	r, ok := o.rules.load(stderr)
	if !ok {
		return exitUsage
	}
	sources, err := goldSources(dir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitUsage
	}
	docs, failed := extractAll(sources, r, o.rules.maxBytes, stderr)
	var pred bytes.Buffer
	if err := writeDocuments(&pred, "json", docs, fitting{}); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	scoreFn := score.Score
	if o.diff {
		scoreFn = score.ScoreDiff
	}
	rep, err := scoreFn(dir, pred.Bytes())
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	switch {
	case o.diff:
		if err := writeDiff(stdout, o.out.format, o.perDoc, rep); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
	case o.out.format == "json":
		out, err := rep.JSON()
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		stdout.Write(out)
		fmt.Fprintln(stdout)
	case o.out.format == "csv":
		header := []string{"field", "tp", "fp", "fn", "precision", "recall", "f1"}
		var rows [][]string
		for _, f := range append(rep.Fields, rep.Micro) {
			rows = append(rows, []string{f.Name, strconv.Itoa(f.TP), strconv.Itoa(f.FP), strconv.Itoa(f.FN),
				fmt.Sprintf("%.3f", f.Precision), fmt.Sprintf("%.3f", f.Recall), fmt.Sprintf("%.3f", f.F1)})
		}
		writeRows(stdout, "csv", header, rows, fitting{})
	default:
		if o.perDoc {
			fmt.Fprint(stdout, rep.TextPerDoc())
		} else {
			fmt.Fprint(stdout, rep.Text())
		}
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "clsx: %d of %d documents failed\n", failed, len(sources))
		return exitPartial
	}
	return exitOK
}

// writeDiff prints the report with its differences in format.
func writeDiff(w io.Writer, format string, perDoc bool, rep *score.Report) error {
	switch format {
	case "json":
		return writeDiffJSON(w, rep)
	case "csv":
		return writeDiffCSV(w, rep)
	}
	if perDoc {
		fmt.Fprint(w, rep.TextPerDoc())
	} else {
		fmt.Fprint(w, rep.Text())
	}
	writeDiffText(w, rep)
	return nil
}

// goldSources lists the documents of dir that have a NAME.gold.json.
func goldSources(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	gold := map[string]bool{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".gold.json") {
			gold[strings.TrimSuffix(e.Name(), ".gold.json")] = true
		}
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		base := strings.TrimSuffix(name, filepath.Ext(name))
		if !e.IsDir() && isDocumentName(name) && gold[base] {
			out = append(out, filepath.Join(dir, name))
		}
	}
	if len(gold) == 0 {
		return nil, fmt.Errorf("%s: no NAME.gold.json files", dir)
	}
	return out, nil
}
