package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/clsx/clsx/extract/score"
)

// `clsx eval --diff` shows what the scores count: per document, the
// contracts missed or invented and, in each pair of contracts, the values
// missed (-), invented (+) or different (~). Everything shown of a document
// or a gold file goes through termSafe.

// noValue stands for a value the gold or the extraction does not state.
const noValue = "–"

// itemNames are the words for one item of the list fields.
var itemNames = map[string]string{
	"signatories": "signatory", "axes": "axis", "objectives": "objective", "actions": "action",
}

// docsWithDiff are the documents of rep that have differences.
func docsWithDiff(rep *score.Report) []score.DocDelta {
	var out []score.DocDelta
	for _, d := range rep.Docs {
		if len(d.Diff) > 0 {
			out = append(out, d)
		}
	}
	return out
}

func orNone(s string) string {
	if s == "" {
		return noValue
	}
	return termSafe(s)
}

// contractName names a contract of the diff: for a pair, the gold territory,
// then the extracted one where it is spelt differently, then the start year;
// for an unpaired contract, its territory, signature and start.
func contractName(c score.ContractDiff) string {
	switch c.Change {
	case score.Paired:
		s := orNone(c.Gold.Territory)
		if c.Got.Territory != c.Gold.Territory {
			s += " ~ " + orNone(c.Got.Territory)
		}
		if y := c.Gold.StartYear; y != "" {
			s += " (" + termSafe(y) + ")"
		} else if y := c.Got.StartYear; y != "" {
			s += " (" + termSafe(y) + ")"
		}
		return s
	case score.Missed:
		return refName(c.Gold)
	}
	return refName(c.Got)
}

func refName(r *score.ContractRef) string {
	return fmt.Sprintf("%s (signed %s, start %s)", orNone(r.Territory), orNone(r.Signed), orNone(r.StartYear))
}

// writeDiffText prints the differences as an indented list, after a legend.
func writeDiffText(w io.Writer, rep *score.Report) {
	docs := docsWithDiff(rep)
	if len(docs) == 0 {
		fmt.Fprintln(w, "\nno differences")
		return
	}
	fmt.Fprintln(w, "\ndifferences (- in the gold only, + extracted only, ~ in both but different):")
	for _, d := range docs {
		fmt.Fprint(w, termSafe(d.Base))
		if !d.Found {
			fmt.Fprint(w, " (no prediction)")
		}
		fmt.Fprintln(w)
		for _, c := range d.Diff {
			switch c.Change {
			case score.Missed:
				fmt.Fprintf(w, "  - contract missed: %s\n", contractName(c))
			case score.Invented:
				fmt.Fprintf(w, "  + contract invented: %s\n", contractName(c))
			default:
				fmt.Fprintf(w, "  = %s\n", contractName(c))
				writePairText(w, c.Differences)
			}
		}
	}
}

// writePairText prints the differences of a pair of contracts, one a line;
// the themes, compared as sets, on one line.
func writePairText(w io.Writer, diffs []score.Difference) {
	var missing, extra []string
	for _, x := range diffs {
		switch {
		case x.Field == "themes" && x.Change == score.Missed:
			missing = append(missing, termSafe(x.Gold))
		case x.Field == "themes":
			extra = append(extra, termSafe(x.Got))
		case x.Field == "signatory_kind":
			fmt.Fprintf(w, "    ~ signatory kind: %s: gold %s, got %s\n", orNone(x.Item), orNone(x.Gold), orNone(x.Got))
		case itemNames[x.Field] != "" && x.Change == score.Missed:
			fmt.Fprintf(w, "    - %s: %s\n", itemNames[x.Field], orNone(x.Gold))
		case itemNames[x.Field] != "":
			fmt.Fprintf(w, "    + %s: %s\n", itemNames[x.Field], orNone(x.Got))
		default:
			fmt.Fprintf(w, "    %s: gold %s, got %s\n", x.Field, orNone(x.Gold), orNone(x.Got))
		}
	}
	if len(missing)+len(extra) > 0 {
		var parts []string
		if len(missing) > 0 {
			parts = append(parts, "missing ["+strings.Join(missing, ", ")+"]")
		}
		if len(extra) > 0 {
			parts = append(parts, "extra ["+strings.Join(extra, ", ")+"]")
		}
		fmt.Fprintf(w, "    themes: %s\n", strings.Join(parts, ", "))
	}
}

// diffDocument is one document of `eval --diff --format json`.
type diffDocument struct {
	Doc        string               `json:"doc"`
	Prediction bool                 `json:"prediction"`
	Contracts  []score.ContractDiff `json:"contracts"`
}

// writeDiffJSON prints the scores' JSON (the fields and micro of
// `eval --format json`, unchanged) with the documents' differences added.
func writeDiffJSON(w io.Writer, rep *score.Report) error {
	scores, err := rep.JSON()
	if err != nil {
		return err
	}
	var out struct {
		Fields    json.RawMessage `json:"fields"`
		Micro     json.RawMessage `json:"micro"`
		Documents []diffDocument  `json:"documents"`
	}
	if err := json.Unmarshal(scores, &out); err != nil {
		return err
	}
	out.Documents = []diffDocument{}
	for _, d := range docsWithDiff(rep) {
		out.Documents = append(out.Documents, diffDocument{d.Base, d.Found, d.Diff})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err = w.Write(jsonTermSafe(b.Bytes()))
	return err
}

// writeDiffCSV prints one row per difference: a missed or invented
// contract (field "contract"), then each of its values, as they all count.
func writeDiffCSV(w io.Writer, rep *score.Report) error {
	header := []string{"doc", "contract", "field", "change", "gold", "got", "item"}
	var rows [][]string
	for _, d := range docsWithDiff(rep) {
		doc := termSafe(d.Base)
		for _, c := range d.Diff {
			name := contractName(c)
			switch c.Change {
			case score.Missed:
				rows = append(rows, []string{doc, name, "contract", score.Missed, name, "", ""})
			case score.Invented:
				rows = append(rows, []string{doc, name, "contract", score.Invented, "", name, ""})
			}
			for _, x := range c.Differences {
				rows = append(rows, []string{doc, name, x.Field, x.Change, termSafe(x.Gold), termSafe(x.Got), termSafe(x.Item)})
			}
		}
	}
	return writeRows(w, "csv", header, rows, fitting{})
}
