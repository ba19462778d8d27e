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
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if !validFormat(cf.format, "table|json|csv") || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: clsx eval [--format table|json|csv] [--per-doc] [--rules DIR] DIR")
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
	rep, err := score.Score(dir, pred.Bytes())
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	switch cf.format {
	case "json":
		out, err := rep.JSON()
		if err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		stdout.Write(out)
		fmt.Fprintln(stdout)
	case "csv":
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
