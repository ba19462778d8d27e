package index

import "github.com/clsx/clsx/extract"

// withDoc copies a reading with every evidence span marked as pointing into
// document d of the merged contract. Slices and maps are copied, so the
// reading of a document kept for the next build is left as it was read.
func withDoc(c extract.Contract, d int) extract.Contract {
	mark := func(s extract.Span) extract.Span {
		s.Doc = d
		return s
	}
	actions := func(xs []extract.Action) []extract.Action {
		out := make([]extract.Action, len(xs))
		for i, x := range xs {
			x.Evidence = mark(x.Evidence)
			out[i] = x
		}
		return out
	}
	c.Evidence = mark(c.Evidence)
	fe := make(map[string]extract.Span, len(c.FieldEvidence))
	for k, s := range c.FieldEvidence {
		fe[k] = mark(s)
	}
	c.FieldEvidence = fe
	sigs := make([]extract.Signatory, len(c.Signatories))
	for i, s := range c.Signatories {
		s.Evidence = mark(s.Evidence)
		sigs[i] = s
	}
	c.Signatories = sigs
	axes := make([]extract.Axis, len(c.Axes))
	for i, a := range c.Axes {
		a.Evidence = mark(a.Evidence)
		objs := make([]extract.Objective, len(a.Objectives))
		for j, o := range a.Objectives {
			o.Evidence = mark(o.Evidence)
			objs[j] = o
		}
		a.Objectives = objs
		a.Actions = actions(a.Actions)
		axes[i] = a
	}
	c.Axes = axes
	c.Actions = actions(c.Actions)
	return c
}
