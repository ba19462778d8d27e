package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/clsx/clsx/extract"
)

// mark is one highlighted span of the text.
type mark struct {
	extract.Span
	label string
}

func cmdShow(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("show", stderr)
	var cf commonFlags
	cf.register(fs, "text")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: clsx show [--rules DIR] PATH")
		return exitUsage
	}
	r, ok := cf.loadRules(stderr)
	if !ok {
		return exitUsage
	}
	doc, err := extractFile(fs.Arg(0), r, cf.maxBytes)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	writeShow(stdout, doc, isTerminal(stdout))
	return exitOK
}

// marks lists every evidence span of a document with what it is evidence of.
func marks(doc *extract.Document) []mark {
	var out []mark
	for ci, c := range doc.Contracts {
		p := fmt.Sprintf("c%d.", ci+1)
		for field, s := range c.FieldEvidence {
			out = append(out, mark{s, p + field})
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
		b.WriteString(string(text[pos:m.Start]))
		span := string(text[m.Start:m.End])
		if colour {
			fmt.Fprintf(&b, "\x1b[%sm%s\x1b[0m\x1b[2m{%s}\x1b[0m", colourOf(m.label), span, m.label)
		} else {
			fmt.Fprintf(&b, "[[%s]]{%s}", span, m.label)
		}
		pos = m.End
	}
	b.WriteString(string(text[pos:]))
	fmt.Fprintln(w, b.String())
	fmt.Fprintf(w, "\n%s: %d contract(s)\n", doc.Source, len(doc.Contracts))
	for _, c := range doc.Contracts {
		fmt.Fprintf(w, "  %s  %s  %s–%s  signed %s\n", c.ID, str(c.Territory), num(c.StartYear), num(c.EndYear), str(c.Signed))
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
