package score

import (
	"fmt"
	"strconv"
	"strings"
)

// Field is one row of the report. For the rows of Report.Fields, Precision,
// Recall and F1 are rounded to 3 decimals as the script's rows are
// (round(x, 3)); for Report.Micro they are exact, as the script prints them.
type Field struct {
	Name                  string
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

// DocDelta is what one gold document added to each field, as the script's
// --per-doc report keeps it: Fields[name] = {tp, fp, fn}. Found tells whether
// a predicted document was paired with the gold one. Diff, filled by
// ScoreDiff only, lists the contracts behind the false positives and
// negatives.
type DocDelta struct {
	Base   string
	Found  bool
	Fields map[string][3]int
	Diff   []ContractDiff
}

// Report holds the script's figures: one Field per field in the script's
// order (contracts, territory, the 8 scalars, signatories, signatory_kind,
// axes, objectives, actions, themes), their micro average (Name "micro") and
// the per-document deltas in the order of the gold files.
type Report struct {
	Fields []Field
	Micro  Field
	Docs   []DocDelta
}

// prf is Tally.prf():
//
//	p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
//	r = tp / (tp + fn) if tp + fn else 1.0
//	f = 2 * p * r / (p + r) if p + r else 0.0
//
// The explicit conversions keep each operation rounded on its own, as in
// Python (Go may otherwise fuse a multiply and an add on some platforms).
func prf(tp, fp, fn int) (p, r, f float64) {
	switch {
	case tp+fp != 0:
		p = float64(tp) / float64(tp+fp)
	case fn == 0:
		p = 1.0
	}
	r = 1.0
	if tp+fn != 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if sum := float64(p + r); sum != 0 {
		f = float64(float64(2*p)*r) / sum
	}
	return p, r, f
}

// pyRound3 is round(x, 3): the float nearest to x correctly rounded to 3
// decimals, ties to even on the exact binary value. strconv's fixed-precision
// formatting rounds the exact value the same way.
func pyRound3(x float64) float64 {
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	if err != nil {
		return x
	}
	return v
}

// setFields fills Fields and Micro from the tallies, like the script's main().
func (r *Report) setFields(fields tallies) {
	var total tally
	r.Fields = r.Fields[:0]
	for _, name := range fieldNames {
		t := fields[name]
		p, rc, f := prf(t.tp, t.fp, t.fn)
		r.Fields = append(r.Fields, Field{Name: name, TP: t.tp, FP: t.fp, FN: t.fn,
			Precision: pyRound3(p), Recall: pyRound3(rc), F1: pyRound3(f)})
		total.add(t.tp, t.fp, t.fn)
	}
	p, rc, f := prf(total.tp, total.fp, total.fn)
	r.Micro = Field{Name: "micro", TP: total.tp, FP: total.fp, FN: total.fn,
		Precision: p, Recall: rc, F1: f}
}

// Text is the script's output without --per-doc, byte for byte:
//
//	print(f"{'field':16} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
//	... f"{row['field']:16} {row['tp']:5} ... {row['precision']:6.3f} ..."
//	print(f"micro P={p:.3f} R={r:.3f} F1={f:.3f}")
//
// Go's %6.3f, like Python's, rounds the exact binary value half to even.
func (r *Report) Text() string { return r.text(false) }

// TextPerDoc is the script's output with --per-doc: Text with, before the
// micro line, one line per gold document naming the fields it has false
// positives or negatives in.
func (r *Report) TextPerDoc() string { return r.text(true) }

func (r *Report) text(perDoc bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %5s %5s %5s %6s %6s %6s\n", "field", "tp", "fp", "fn", "P", "R", "F1")
	for _, f := range r.Fields {
		fmt.Fprintf(&b, "%-16s %5d %5d %5d %6.3f %6.3f %6.3f\n",
			f.Name, f.TP, f.FP, f.FN, f.Precision, f.Recall, f.F1)
	}
	if perDoc {
		for _, d := range r.Docs {
			b.WriteString("doc " + d.Base)
			if !d.Found {
				b.WriteString(" (no prediction)")
			}
			b.WriteString(": ")
			var bad []string
			for _, name := range fieldNames {
				v := d.Fields[name]
				if v[1] != 0 || v[2] != 0 {
					bad = append(bad, fmt.Sprintf("%s fp=%d fn=%d", name, v[1], v[2]))
				}
			}
			b.WriteString(strings.Join(bad, ", "))
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "micro P=%.3f R=%.3f F1=%.3f\n", r.Micro.Precision, r.Micro.Recall, r.Micro.F1)
	return b.String()
}

// JSON is the script's --json output, byte for byte (json.dumps(..., indent=1)
// and print's newline):
//
//	{"fields": [{"field", "tp", "fp", "fn", "precision", "recall", "f1"}, ...],
//	 "micro": {"precision", "recall", "f1"}}
//
// Floats are written as Python's repr writes them (1.0, 0.667,
// 0.8571428571428571); the rows' figures are already rounded.
func (r *Report) JSON() ([]byte, error) {
	var b strings.Builder
	b.WriteString("{\n \"fields\": [")
	for i, f := range r.Fields {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "\n  {\n   \"field\": %s,\n   \"tp\": %d,\n   \"fp\": %d,\n   \"fn\": %d,\n"+
			"   \"precision\": %s,\n   \"recall\": %s,\n   \"f1\": %s\n  }",
			jsonString(f.Name), f.TP, f.FP, f.FN,
			pyFloatRepr(f.Precision), pyFloatRepr(f.Recall), pyFloatRepr(f.F1))
	}
	if len(r.Fields) > 0 {
		b.WriteString("\n ")
	}
	b.WriteString("],\n \"micro\": {\n")
	fmt.Fprintf(&b, "  \"precision\": %s,\n  \"recall\": %s,\n  \"f1\": %s\n }\n}\n",
		pyFloatRepr(r.Micro.Precision), pyFloatRepr(r.Micro.Recall), pyFloatRepr(r.Micro.F1))
	return []byte(b.String()), nil
}

// jsonString is a JSON string as json.dumps writes it with ensure_ascii:
// every non-ASCII character as \uXXXX (UTF-16 surrogate pairs above U+FFFF).
func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\f':
			b.WriteString(`\f`)
		case r < 0x20 || r > 0x7e:
			if r > 0xffff {
				r -= 0x10000
				fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
