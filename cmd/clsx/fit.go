package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// Highlights in a cell are written with two private-use characters, which
// no document escape turns into anything else and which count for no
// width; writeTable turns them into bold on a terminal at the very end,
// after the cell was made safe and cut to its width.
const (
	markOpen  = '\ue000'
	markClose = '\ue001'
)

// ansiMarks replaces the highlight characters by terminal bold.
var ansiMarks = strings.NewReplacer(string(markOpen), "\x1b[1m", string(markClose), "\x1b[0m")

// columnGap separates two columns of a table.
const columnGap = 2

// minColumn is the narrowest a column is cut to: narrower, a cell says
// nothing. Columns that do not fit at this width are left out, and a note
// says so.
const minColumn = 8

// fitting is how a table meets the terminal: its width (0: no limit) and
// where to say that columns were left out.
type fitting struct {
	width int
	notes io.Writer
}

// writeTable writes an aligned table. Fitted to a terminal's width, the
// widest columns are cut, each cut cell ending in "…", and the columns past
// the edge left out; --wide or a pipe (width 0) gives every cell in full.
func writeTable(w io.Writer, header []string, rows [][]string, fit fitting) error {
	all := append([][]string{header}, rows...)
	for _, r := range all {
		for i, c := range r {
			r[i] = termSafe(c)
		}
	}
	widths := columnWidths(all, fit.width)
	var b strings.Builder
	for _, r := range all {
		n := min(len(r), len(widths))
		for i, c := range r[:n] {
			c = cut(c, widths[i])
			b.WriteString(ansiMarks.Replace(c))
			if i < n-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-visibleWidth(c)+columnGap))
			}
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if left := len(header) - len(widths); left > 0 && fit.notes != nil {
		fmt.Fprintf(fit.notes, "clsx: %d columns (%s…) do not fit in %d columns: --wide or --format csv shows them\n",
			left, header[len(widths)], fit.width)
	}
	return nil
}

// columnWidths is the width of each column shown: its widest cell, the
// widest columns cut when the whole is wider than width (0: no limit).
// Narrow columns keep their width; the room left is shared among the wide
// ones. Columns that do not fit even at minColumn are left out (fewer
// widths than columns).
func columnWidths(rows [][]string, width int) []int {
	var ws []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(ws) {
				ws = append(ws, 0)
			}
			ws[i] = max(ws[i], visibleWidth(c))
		}
	}
	if width <= 0 || sumWidths(ws) <= width {
		return ws
	}
	keep, least := 0, -columnGap
	for keep < len(ws) && least+columnGap+min(ws[keep], minColumn) <= width {
		least += columnGap + min(ws[keep], minColumn)
		keep++
	}
	ws = ws[:max(keep, 1)]
	order := make([]int, len(ws))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return ws[a] - ws[b] })
	room := width - columnGap*(len(ws)-1)
	for k, i := range order {
		share := max(room/(len(ws)-k), min(ws[i], minColumn))
		ws[i] = min(ws[i], share)
		room -= ws[i]
	}
	return ws
}

// sumWidths is the width of a table of columns ws.
func sumWidths(ws []int) int {
	total := columnGap * (len(ws) - 1)
	for _, x := range ws {
		total += x
	}
	return total
}

// visibleWidth is how many columns s takes: its characters, highlights
// aside.
func visibleWidth(s string) int {
	n := 0
	for _, r := range s {
		if r != markOpen && r != markClose {
			n++
		}
	}
	return n
}

// cut shortens s to n columns, its last one "…"; a highlight left open is
// closed.
func cut(s string, n int) string {
	if visibleWidth(s) <= n {
		return s
	}
	var b strings.Builder
	seen, open := 0, false
	for _, r := range s {
		if r == markOpen || r == markClose {
			open = r == markOpen
		} else {
			if seen == n-1 {
				break
			}
			seen++
		}
		b.WriteRune(r)
	}
	if open {
		b.WriteRune(markClose)
	}
	b.WriteString("…")
	return b.String()
}
