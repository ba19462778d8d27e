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
)

func cmdEval(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("eval", stderr)
	var cf commonFlags
	cf.register(fs, "table|json|csv")
	perDoc := fs.Bool("per-doc", false, "also list, per document, the fields with errors")
	diff := fs.Bool("diff", false, "after the scores, list per document the contracts and values missed (-), invented (+) "+
		"or different (~); json: a \"documents\" list added to the scores; csv: only the differences, one a row")
	fs.Usage = func() {
		fmt.Fprintln(stderr, evalUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !validFormat(cf.format, "table|json|csv") || fs.NArg() != 1 {
		fmt.Fprintln(stderr, evalUsage)
		return exitUsage
	}
	r, ok := cf.loadRules(stderr)
	if !ok {
		return exitUsage
	}
	dir := fs.Arg(0)
	sources, err := goldSources(dir)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitUsage
	}
	docs, failed := extractAll(sources, r, cf.maxBytes, stderr)
	var pred bytes.Buffer
	if err := writeDocuments(&pred, "json", docs); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	scoreFn := score.Score
	if *diff {
		scoreFn = score.ScoreDiff
	}
	rep, err := scoreFn(dir, pred.Bytes())
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	switch {
	case *diff:
		if err := writeDiff(stdout, cf.format, *perDoc, rep); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
	case cf.format == "json":
		out, err := rep.JSON()
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		stdout.Write(out)
		fmt.Fprintln(stdout)
	case cf.format == "csv":
		header := []string{"field", "tp", "fp", "fn", "precision", "recall", "f1"}
		var rows [][]string
		for _, f := range append(rep.Fields, rep.Micro) {
			rows = append(rows, []string{f.Name, strconv.Itoa(f.TP), strconv.Itoa(f.FP), strconv.Itoa(f.FN),
				fmt.Sprintf("%.3f", f.Precision), fmt.Sprintf("%.3f", f.Recall), fmt.Sprintf("%.3f", f.F1)})
		}
		writeRows(stdout, "csv", header, rows)
	default:
		if *perDoc {
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

const evalUsage = "usage: clsx eval [--format table|json|csv] [--per-doc] [--diff] [--rules DIR] DIR"

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
