// Command afmgen writes extract/pdftext/std14_widths.go, the advance widths
// of the PDF standard 14 fonts, from Adobe's Core 14 AFM files (Adobe Font
// Metrics, the files Adobe published for the fonts every PDF reader must
// know). A simple font that names one of these faces may leave out its
// /Widths; the walker then needs the real widths to place its glyphs.
//
// Run it through go generate in extract/pdftext (see std14.go), with -afm
// naming a directory that holds the 14 files (Courier.afm, Courier-Bold.afm,
// …, Symbol.afm, ZapfDingbats.afm):
//
//	go run ./internal/afmgen -afm DIR -o std14_widths.go
//
// Adobe lets the AFM files be used, copied and distributed provided their
// copyright notices are kept: the output keeps each file's Notice line and
// the paragraph of Adobe's ReadMe that grants this. Of each file it keeps
// only the character metrics' name (N) and advance width (WX), and for
// Symbol and ZapfDingbats, whose codes are their own built-in encoding, the
// code (C) too.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// faces are the standard 14, in the order of PDF 32000 §9.6.2.2.
var faces = []string{
	"Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic",
	"Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique",
	"Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique",
	"Symbol", "ZapfDingbats",
}

// builtin are the faces whose codes are their own encoding, not Standard.
var builtin = map[string]bool{"Symbol": true, "ZapfDingbats": true}

// licence is Adobe's grant, from the ReadMe (MustRead.html) that comes with
// the Core 14 AFM files; it must not be modified.
const licence = "This file and the 14 PostScript(R) AFM files it accompanies may be used, " +
	"copied, and distributed for any purpose and without charge, with or without " +
	"modification, provided that all copyright notices are retained; that the AFM " +
	"files are not distributed without this file; that all modifications to this " +
	"file or any of the AFM files are prominently noted in the modified file(s); and " +
	"that this paragraph is not modified. Adobe Systems has no responsibility or " +
	"obligation to support the use of the AFM files."

// An afm is what the output keeps of one AFM file.
type afm struct {
	name, notice, version string
	metrics               []metric
}

type metric struct {
	code  int // -1: not encoded
	name  string
	width int
}

func main() {
	dir := flag.String("afm", "", "directory holding the 14 Core AFM files (required)")
	out := flag.String("o", "std14_widths.go", "Go file to write")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "afmgen: -afm DIR is required")
		os.Exit(2)
	}
	var all []afm
	for _, f := range faces {
		a, err := readAFM(filepath.Join(*dir, f+".afm"))
		if err == nil && a.name != f {
			err = fmt.Errorf("FontName is %q, want %q", a.name, f)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "afmgen: %s.afm: %v\n", f, err)
			os.Exit(1)
		}
		all = append(all, a)
	}
	src, err := format.Source(render(all))
	if err != nil {
		fmt.Fprintln(os.Stderr, "afmgen: formatting the output:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "afmgen:", err)
		os.Exit(1)
	}
}

// readAFM reads the header lines and the character metrics of an AFM file
// (Adobe Technical Note #5004). The count on StartCharMetrics must match.
func readAFM(path string) (afm, error) {
	var a afm
	data, err := os.ReadFile(path)
	if err != nil {
		return a, err
	}
	want, inMetrics := -1, false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		key, rest, _ := strings.Cut(line, " ")
		switch {
		case key == "FontName":
			a.name = strings.TrimSpace(rest)
		case key == "Notice":
			a.notice = strings.TrimSpace(rest)
		case key == "Version":
			a.version = strings.TrimSpace(rest)
		case key == "StartCharMetrics":
			want, err = strconv.Atoi(strings.TrimSpace(rest))
			if err != nil {
				return a, fmt.Errorf("line %d: %v", ln, err)
			}
			inMetrics = true
		case key == "EndCharMetrics":
			inMetrics = false
		case inMetrics && line != "":
			m, err := parseMetric(line)
			if err != nil {
				return a, fmt.Errorf("line %d: %v", ln, err)
			}
			a.metrics = append(a.metrics, m)
		}
	}
	switch {
	case a.notice == "":
		return a, fmt.Errorf("no Notice line")
	case want < 0 || len(a.metrics) != want:
		return a, fmt.Errorf("%d character metrics, StartCharMetrics says %d", len(a.metrics), want)
	}
	return a, nil
}

// parseMetric reads "C 32 ; WX 278 ; N space ; B 0 0 0 0 ;".
func parseMetric(line string) (metric, error) {
	m := metric{code: -1, width: -1}
	for field := range strings.SplitSeq(line, ";") {
		f := strings.Fields(field)
		if len(f) < 2 {
			continue
		}
		var err error
		switch f[0] {
		case "C":
			m.code, err = strconv.Atoi(f[1])
		case "WX":
			m.width, err = strconv.Atoi(f[1])
		case "N":
			m.name = f[1]
		}
		if err != nil {
			return m, fmt.Errorf("%q: %v", field, err)
		}
	}
	if m.name == "" || m.width < 0 || strings.ContainsAny(m.name, ": ") {
		return m, fmt.Errorf("%q: want a name and a width", line)
	}
	return m, nil
}

// render writes the Go file: one std14Source per face, its metrics one
// string of "name:width" entries ("name:width:code" for the built-in
// faces), parsed once at first use.
func render(all []afm) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by afmgen from Adobe's Core 14 AFM files. DO NOT EDIT.\n\n")
	b.WriteString("// Source: Adobe's Core 14 AFM files (Adobe Font Metrics 4.1, 1997), of\n")
	b.WriteString("// which this file keeps only each character's name, advance width and,\n")
	b.WriteString("// for Symbol and ZapfDingbats, code; the Notice line of each file is kept\n")
	b.WriteString("// with its face below. Adobe's ReadMe accompanying the files says:\n//\n")
	for _, l := range wrap(licence, 74) {
		b.WriteString("//\t" + l + "\n")
	}
	b.WriteString("\npackage pdftext\n\n")
	b.WriteString("// std14Sources are the standard 14 fonts' metrics as the AFM files give\n")
	b.WriteString("// them; std14.go parses them once, when a font needs them.\n")
	b.WriteString("var std14Sources = [...]std14Source{\n")
	for _, a := range all {
		fmt.Fprintf(&b, "{\nname: %q,\nversion: %q,\nnotice: %q,\nbuiltin: %v,\nmetrics: \"\" +\n",
			a.name, a.version, a.notice, builtin[a.name])
		var entries []string
		for _, m := range a.metrics {
			e := m.name + ":" + strconv.Itoa(m.width)
			if builtin[a.name] && m.code >= 0 {
				e += ":" + strconv.Itoa(m.code)
			}
			entries = append(entries, e)
		}
		lines := wrap(strings.Join(entries, " "), 90)
		for i, l := range lines {
			sep := " +"
			if i == len(lines)-1 {
				sep = ","
			}
			if i < len(lines)-1 {
				l += " "
			}
			fmt.Fprintf(&b, "%q%s\n", l, sep)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// wrap cuts s at spaces into lines of about n bytes.
func wrap(s string, n int) []string {
	var lines []string
	var cur []string
	size := 0
	for _, w := range strings.Fields(s) {
		if size > 0 && size+1+len(w) > n {
			lines = append(lines, strings.Join(cur, " "))
			cur, size = nil, 0
		}
		if size > 0 {
			size++
		}
		cur = append(cur, w)
		size += len(w)
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}
