package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/clsx/clsx/index"
	"github.com/spf13/cobra"
)

// newCompareCmd is `clsx compare`: two contracts side by side.
func newCompareCmd(s *streams) *cobra.Command {
	var dir string
	var out *outputFlags
	c := &cobra.Command{
		Use:   "compare A [B]",
		Short: "two contracts (ids or territories) side by side",
		Long: `Lay two contracts of the index side by side: what they are, their parties
by kind, their axes theme by theme, then what only one has. A and B are
contract ids or territories (a territory stands for its latest contract);
A alone compares its last two contracts: what the later generation dropped
and added.`,
		Example: `  clsx compare "Aunis Atlantique"
  clsx compare agglomeration-d-agen-2019 agglopolys-2018
  clsx compare Agen Agglopolys --format json`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(c *cobra.Command, args []string) error {
			if err := out.check(); err != nil {
				return err
			}
			return exitWith(runCompare(args, dir, out, s))
		},
	}
	addIndexFlag(c, &dir)
	out = addOutputFlags(c, "table", "json", "csv")
	return c
}

func runCompare(args []string, dir string, out *outputFlags, s *streams) int {
	stdout, stderr := s.out, s.err
	ix, ok := openIndex(dir, stderr)
	if !ok {
		return exitPartial
	}
	defer ix.Close()
	c, err := comparePair(ix, args)
	if err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		var pe *pairError
		if errors.As(err, &pe) && pe.usage {
			return exitUsage
		}
		return exitPartial
	}
	if out.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(c); err != nil {
			fmt.Fprintln(stderr, "clsx:", err)
			return exitPartial
		}
		return exitOK
	}
	if err := writeRows(stdout, out.format, []string{"", "A: " + c.A.ID, "B: " + c.B.ID}, compareRows(c, out.format == "csv"), s.fit(out)); err != nil {
		fmt.Fprintln(stderr, "clsx:", err)
		return exitPartial
	}
	return exitOK
}

// pairError is a comparison that cannot be made as asked; usage marks a
// request that is wrong in itself (one contract named twice).
type pairError struct {
	msg   string
	usage bool
}

func (e *pairError) Error() string { return e.msg }

// comparePair resolves one or two references (contract ids or territories)
// to the two contracts they mean and compares them: a territory stands for
// its latest contract; one reference alone compares its last two. clsx
// compare and clsx serve's Comparer both ask it, so both answer alike.
func comparePair(ix *index.Index, refs []string) (*index.Comparison, error) {
	find := func(ref string) ([]*index.Record, error) {
		recs, err := ix.Find(ref)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, &pairError{msg: fmt.Sprintf("no contract or territory %q in the index %s", ref, ix.Dir)}
		}
		return distinctContracts(recs), nil
	}
	if len(refs) == 0 || len(refs) > 2 {
		return nil, &pairError{msg: "one or two contracts or territories to compare", usage: true}
	}
	ca, err := find(refs[0])
	if err != nil {
		return nil, err
	}
	if len(refs) == 1 {
		if len(ca) < 2 {
			return nil, &pairError{msg: fmt.Sprintf("%s has one contract in the index; name another to compare it with", refs[0])}
		}
		return index.Compare(ca[len(ca)-2], ca[len(ca)-1]), nil
	}
	cb, err := find(refs[1])
	if err != nil {
		return nil, err
	}
	a, b := ca[len(ca)-1], cb[len(cb)-1]
	if a.ID == b.ID {
		return nil, &pairError{msg: fmt.Sprintf("%s and %s are the same contract (%s)", refs[0], refs[1], a.ID), usage: true}
	}
	return index.Compare(a, b), nil
}

// compareRows lays a comparison out as rows: what the contracts are, their
// parties by kind, their axes theme by theme, then what only one has (for
// two generations: what the later dropped and added).
func compareRows(c *index.Comparison, csv bool) [][]string {
	// in a table, lists go one item a line under their label
	var rows [][]string
	add := func(label string, a, b []string) {
		if csv {
			rows = append(rows, []string{label, strings.Join(a, "; "), strings.Join(b, "; ")})
			return
		}
		n := max(len(a), len(b), 1)
		for i := 0; i < n; i++ {
			row := []string{"", "", ""}
			if i == 0 {
				row[0] = label
			}
			if i < len(a) {
				row[1] = a[i]
			}
			if i < len(b) {
				row[2] = b[i]
			}
			if i == 0 && len(a) == 0 {
				row[1] = "-"
			}
			if i == 0 && len(b) == 0 {
				row[2] = "-"
			}
			rows = append(rows, row)
		}
	}
	one := func(label string, f func(r *index.Record) string) {
		add(label, []string{f(c.A)}, []string{f(c.B)})
	}
	one("territory", func(r *index.Record) string {
		s := str(r.Territory)
		if r.TerritoryCode != nil {
			s += " (" + *r.TerritoryCode + ")"
		}
		return s
	})
	one("departement / region", func(r *index.Record) string { return str(r.Departement) + " / " + str(r.Region) })
	one("population", func(r *index.Record) string { return num(r.Population) })
	one("kind", func(r *index.Record) string { return r.Kind })
	one("generation", func(r *index.Record) string { return num(r.Generation) })
	one("signed", func(r *index.Record) string { return str(r.Signed) })
	one("period", func(r *index.Record) string {
		return period(yearOf(r.StartYear), yearOf(r.EndYear))
	})
	one("axes / actions", func(r *index.Record) string { return fmt.Sprintf("%d / %d", len(r.Axes), r.ActionCount()) })
	for _, k := range c.Signatories {
		add("signatories: "+k.Kind, k.A, k.B)
	}
	for _, t := range c.Themes {
		add("theme: "+t.Theme, t.A, t.B)
	}
	onlyA, onlyB := "only in A", "only in B"
	if c.Generations {
		onlyA, onlyB = "dropped by B", "added by B"
	}
	add("themes "+onlyA+" / "+onlyB, c.OnlyA.Themes, c.OnlyB.Themes)
	add("signatories "+onlyA+" / "+onlyB, c.OnlyA.Signatories, c.OnlyB.Signatories)
	add("axes, actions "+onlyA+" / "+onlyB, c.OnlyA.Items, c.OnlyB.Items)
	add("shared", []string{fmt.Sprintf("%d themes, %d signatories, %d axes or actions", len(c.Shared.Themes), c.Shared.Signatories, c.Shared.Items)}, nil)
	return rows
}

func yearOf(y *int) string {
	if y == nil {
		return ""
	}
	return strconv.Itoa(*y)
}

// distinctContracts reduces a territory's records (in start order) to one
// per contract: a contract published as a page, its PDF and an annex is
// indexed once per document, with the same start year. Of those the
// record that says most (axes, actions, signatories) stands for it.
func distinctContracts(recs []*index.Record) []*index.Record {
	var out []*index.Record
	key := func(r *index.Record) string {
		if r.StartYear != nil {
			return yearOf(r.StartYear)
		}
		if r.Signed != nil && len(*r.Signed) >= 4 {
			return (*r.Signed)[:4]
		}
		return r.ID
	}
	size := func(r *index.Record) int {
		n := len(r.Axes) + len(r.Actions) + len(r.Signatories)
		for _, a := range r.Axes {
			n += len(a.Actions) + len(a.Objectives)
		}
		return n
	}
	for _, r := range recs {
		if last := len(out) - 1; last >= 0 && key(out[last]) == key(r) {
			if size(r) > size(out[last]) {
				out[last] = r
			}
			continue
		}
		out = append(out, r)
	}
	return out
}
