package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
	"github.com/spf13/cobra"
)

// mark is one highlighted span of the text.
type mark struct {
	extract.Span
	label string
}

// showOptions are what `clsx show` was asked.
type showOptions struct {
	rules    *ruleFlags
	out      *outputFlags
	indexDir string
}

// newShowCmd is `clsx show`: a document with its evidence marked, or a
// contract of the index with each value's sentence.
func newShowCmd(s *streams) *cobra.Command {
	o := &showOptions{}
	c := &cobra.Command{
		Use:   "show (PATH | CONTRACT-ID)",
		Short: "show a document's evidence, or a contract of the index with its sentences",
		Long: `With a file: print its text with every extracted value's evidence marked,
[[text]]{field} (in colour on a terminal), then its contracts (--format
json: its extraction record).

With a contract id (clsx search --by contract lists them): print the
contract from the index, each value followed by the sentence it was read
from.`,
		Example: `  clsx show contrat.txt | less -R
  clsx show agglomeration-d-agen-2019
  clsx show agglomeration-d-agen-2019 --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			if err := o.out.check(); err != nil {
				return err
			}
			return exitWith(runShow(o, args[0], s))
		},
	}
	o.out = addOutputFlags(c, "text", "json")
	o.rules = addRuleFlags(c)
	o.rules.addPassword(c)
	addIndexFlag(c, &o.indexDir)
	return c
}

func runShow(o *showOptions, arg string, s *streams) int {
	if _, err := os.Stat(arg); err != nil {
		// not a file: a contract of the index
		return showContract(arg, o.indexDir, o.out.format, s)
	}
	r, ok := o.rules.load(s.err)
	if !ok {
		return exitUsage
	}
	doc, err := extractFile(arg, r, o.rules.maxBytes, o.rules.pdfPassword())
	if err != nil {
		fmt.Fprintln(s.err, "clsx:", err)
		return exitPartial
	}
	if o.out.format == "json" {
		// the document's record, as clsx extract --format json gives it
		if err := writeDocuments(s.out, "json", []*extract.Document{doc}, fitting{}); err != nil {
			fmt.Fprintln(s.err, "clsx:", err)
			return exitPartial
		}
		return exitOK
	}
	writeShow(s.out, doc, s.colour())
	return exitOK
}

// marks lists every evidence span of a document with what it is evidence of.
func marks(doc *extract.Document) []mark {
	var out []mark
	for ci, c := range doc.Contracts {
		p := fmt.Sprintf("c%d.", ci+1)
		fields := make([]string, 0, len(c.FieldEvidence))
		for field := range c.FieldEvidence {
			fields = append(fields, field)
		}
		sort.Strings(fields) // not the map's order: two runs show the same
		for _, field := range fields {
			out = append(out, mark{c.FieldEvidence[field], p + field})
		}
		for _, s := range c.Signatories {
			out = append(out, mark{s.Evidence, p + "signatory:" + s.Kind})
		}
		for _, a := range c.Axes {
			out = append(out, mark{a.Evidence, p + "axis " + a.Number})
			for _, o := range a.Objectives {
				out = append(out, mark{o.Evidence, p + "objective"})
			}
			for _, x := range a.Actions {
				out = append(out, mark{x.Evidence, p + "action"})
			}
		}
		for _, x := range c.Actions {
			out = append(out, mark{x.Evidence, p + "action"})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return mergeMarks(out)
}

// mergeMarks gives a span that is evidence of several values one mark
// naming them all ("c1.end_year,c1.start_year"), where only the first
// would be shown.
func mergeMarks(ms []mark) []mark {
	var out []mark
	for _, m := range ms {
		if n := len(out); n > 0 && out[n-1].Start == m.Start && out[n-1].End == m.End {
			if !slices.Contains(strings.Split(out[n-1].label, ","), m.label) {
				out[n-1].label += "," + m.label
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// writeShow prints the normalised text with the evidence of every value
// marked: in colour with the field in brackets on a terminal, as
// [[text]]{field} otherwise. Nested or overlapping spans are shown once, the
// outer one.
func writeShow(w io.Writer, doc *extract.Document, colour bool) {
	text := []rune(doc.Text)
	ms := marks(doc)
	pos := 0
	var b strings.Builder
	for _, m := range ms {
		if m.Start < pos || m.End > len(text) || m.End <= m.Start {
			continue
		}
		// the document's text is anyone's: made safe piece by piece, so
		// that only the colours written here reach the terminal
		b.WriteString(textSafe(string(text[pos:m.Start])))
		span := textSafe(string(text[m.Start:m.End]))
		if colour {
			fmt.Fprintf(&b, "\x1b[%sm%s\x1b[0m\x1b[2m{%s}\x1b[0m", colourOf(m.label), span, m.label)
		} else {
			fmt.Fprintf(&b, "[[%s]]{%s}", span, m.label)
		}
		pos = m.End
	}
	b.WriteString(textSafe(string(text[pos:])))
	fmt.Fprintln(w, b.String())
	fmt.Fprintf(w, "\n%s: %d contract(s)\n", termSafe(doc.Source), len(doc.Contracts))
	for _, c := range doc.Contracts {
		fmt.Fprintln(w, termSafe(fmt.Sprintf("  %s  %s  %s–%s  signed %s", c.ID, str(c.Territory), num(c.StartYear), num(c.EndYear), str(c.Signed))))
	}
}

func colourOf(label string) string {
	switch {
	case strings.Contains(label, "signatory"):
		return "1;36"
	case strings.Contains(label, "axis"):
		return "1;33"
	case strings.Contains(label, "objective"), strings.Contains(label, "action"):
		return "33"
	case strings.Contains(label, "territory"):
		return "1;32"
	default:
		return "1;35"
	}
}

// showContract prints one contract of the index in full, each value with the
// sentence it was read from.
func showContract(id, dir, format string, s *streams) int {
	stdout, stderr := s.out, s.err
	ix, ok := openIndex(dir, stderr)
	if !ok {
		fmt.Fprintf(stderr, "clsx: %s is neither a file nor a contract of an index\n", id)
		return exitPartial
	}
	defer ix.Close()
	rec, err := ix.Contract(id)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	if rec == nil {
		fmt.Fprintf(stderr, "clsx: no file %s, and no contract %s in the index %s (clsx search lists contract ids)\n", id, id, dir)
		return exitPartial
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		return exitOK
	}
	// every value and sentence is the document's: the whole is made safe,
	// the highlight written as private-use marks that become bold after
	var b strings.Builder
	writeContract(&b, rec)
	out := textSafe(b.String())
	if s.colour() {
		out = ansiMarks.Replace(out)
	} else {
		out = strings.NewReplacer(string(markOpen), "[[", string(markClose), "]]").Replace(out)
	}
	if _, err := io.WriteString(stdout, out); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	return exitOK
}

// writeContract prints a contract's values, each followed by the sentence
// its evidence is in, the evidence itself between markOpen and markClose.
func writeContract(w io.Writer, r *index.Record) {
	fmt.Fprintf(w, "%s — %s\n", r.ID, str(r.Territory))
	writeSources(w, r)
	if len(r.Sentences) == 0 {
		fmt.Fprintln(w, "(the index holds no text for this document: values are shown without their sentences)")
	}
	sentence := func(indent string, s extract.Span) {
		x, ok := r.SentenceOf(s)
		if !ok {
			return
		}
		if len(r.Documents) > 1 {
			indent += fmt.Sprintf("[%d] ", s.Doc+1) // which document the sentence is from
		}
		rs := []rune(x.Text)
		start, end := s.Start-x.Start, s.End-x.Start
		if start < 0 || end > len(rs) || start >= end {
			fmt.Fprintf(w, "%s« %s »\n", indent, x.Text)
			return
		}
		fmt.Fprintf(w, "%s« %s%c%s%c%s »\n", indent, string(rs[:start]), markOpen, string(rs[start:end]), markClose, string(rs[end:]))
	}
	scalar := func(field, value string) {
		fmt.Fprintf(w, "%-15s %s%s\n", field+":", value, confirmedBy(r, field))
		if s, ok := r.FieldEvidence[field]; ok {
			sentence("                ", s)
		}
	}
	scalar("territory", str(r.Territory))
	scalar("territory_kind", r.TerritoryKind)
	scalar("territory_code", str(r.TerritoryCode))
	scalar("departement", str(r.Departement))
	scalar("region", str(r.Region))
	scalar("population", num(r.Population))
	scalar("kind", r.Kind)
	scalar("generation", num(r.Generation))
	scalar("signed", str(r.Signed))
	scalar("start_year", num(r.StartYear))
	scalar("end_year", num(r.EndYear))
	scalar("duration_years", num(r.DurationYears))
	fmt.Fprintf(w, "themes:         %s\n", strings.Join(r.Themes, " "))
	writeContractParts(w, r, sentence)
	writeConflicts(w, r, sentence)
}

// writeContractParts prints a contract's signatories, axes and actions,
// each followed by its sentence.
func writeContractParts(w io.Writer, r *index.Record, sentence func(indent string, s extract.Span)) {
	fmt.Fprintf(w, "signatories:    %d\n", len(r.Signatories))
	for _, s := range r.Signatories {
		fmt.Fprintf(w, "  %s (%s)\n", s.Name, s.Kind)
		sentence("      ", s.Evidence)
	}
	action := func(indent string, x extract.Action) {
		fmt.Fprintf(w, "%saction %s: %s", indent, str(x.Number), x.Title)
		if len(x.Themes) > 0 {
			fmt.Fprintf(w, "  [%s]", strings.Join(x.Themes, " "))
		}
		fmt.Fprintln(w)
		for _, l := range x.Leads {
			fmt.Fprintf(w, "%s    piloté par %s\n", indent, l)
		}
		for _, st := range x.Steps {
			fmt.Fprintf(w, "%s    - %s\n", indent, st)
		}
		sentence(indent+"    ", x.Evidence)
	}
	fmt.Fprintf(w, "axes:           %d\n", len(r.Axes))
	for _, a := range r.Axes {
		fmt.Fprintf(w, "  axe %s: %s", a.Number, a.Title)
		if len(a.Themes) > 0 {
			fmt.Fprintf(w, "  [%s]", strings.Join(a.Themes, " "))
		}
		fmt.Fprintln(w)
		sentence("      ", a.Evidence)
		for _, o := range a.Objectives {
			fmt.Fprintf(w, "    objectif %s: %s\n", str(o.Number), o.Title)
			sentence("        ", o.Evidence)
		}
		for _, x := range a.Actions {
			action("    ", x)
		}
	}
	if len(r.Actions) > 0 {
		fmt.Fprintf(w, "actions outside any axis: %d\n", len(r.Actions))
		for _, x := range r.Actions {
			action("  ", x)
		}
	}
}
