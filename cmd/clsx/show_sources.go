package main

import (
	"fmt"
	"io"

	"github.com/clsx/clsx/extract"
	"github.com/clsx/clsx/index"
)

// writeSources prints the documents a contract was read from, numbered as
// the sentences under its values refer to them ([1], [2]…) when there are
// several.
func writeSources(w io.Writer, r *index.Record) {
	docs := r.Documents
	if len(docs) == 0 { // a record of an index written before documents were kept
		docs = []index.DocumentRef{{Source: r.Source, URL: r.URL}}
	}
	if len(docs) == 1 {
		fmt.Fprintf(w, "source: %s\n", termSafe(documentLabel(docs[0])))
		return
	}
	fmt.Fprintf(w, "sources: %d documents; [n] before a sentence says which it was read in\n", len(docs))
	for i, d := range docs {
		fmt.Fprintf(w, "  [%d] %s\n", i+1, termSafe(documentLabel(d)))
	}
}

func documentLabel(d index.DocumentRef) string {
	if d.URL != nil && *d.URL != d.Source {
		return d.Source + " (" + *d.URL + ")"
	}
	return d.Source
}

// confirmedBy says which documents state a field's value, when several do.
func confirmedBy(r *index.Record, field string) string {
	for _, p := range r.Provenance {
		if p.Field != field {
			continue
		}
		out := "  (stated by"
		for _, s := range p.Evidence {
			out += fmt.Sprintf(" [%d]", s.Doc+1)
		}
		return out + ")"
	}
	return ""
}

// writeConflicts prints the fields a contract's documents disagree on: the
// value chosen, then each other value with the sentence it was read in.
func writeConflicts(w io.Writer, r *index.Record, sentence func(indent string, s extract.Span)) {
	if len(r.Conflicts) == 0 {
		return
	}
	fmt.Fprintf(w, "conflicts:      %d (the documents disagree)\n", len(r.Conflicts))
	for _, c := range r.Conflicts {
		fmt.Fprintf(w, "  %s: %s (chosen)\n", c.Field, termSafe(c.Chosen.Value))
		for _, s := range c.Chosen.Evidence {
			sentence("      ", s)
		}
		for _, o := range c.Others {
			fmt.Fprintf(w, "  %s: %s\n", c.Field, termSafe(o.Value))
			for _, s := range o.Evidence {
				sentence("      ", s)
			}
		}
	}
}
