package pdftext

import (
	"strconv"
	"strings"
	"sync"
)

// The standard 14 fonts (PDF 32000 §9.6.2.2) may be used without /Widths:
// every reader knows their metrics. std14_widths.go holds them, generated
// from Adobe's Core 14 AFM files; set CORE14_AFM to a directory of the 14
// .afm files to regenerate it.
//go:generate go run ./internal/afmgen -afm $CORE14_AFM -o std14_widths.go

// A std14Source is one face as std14_widths.go gives it: its metrics are
// "name:width" entries separated by spaces, "name:width:code" for the
// faces with a built-in encoding (Symbol, ZapfDingbats).
type std14Source struct {
	name, version, notice string
	builtin               bool
	metrics               string
}

// A std14Face is one face's advance widths, in glyph units.
type std14Face struct {
	byName map[string]float64
	// byText is by the text of each glyph (glyphText of its name): a base
	// encoding gives a code's text, not its glyph name.
	byText map[string]float64
	// byCode is by built-in code, for the builtin faces; 0 is no glyph.
	byCode  [256]float64
	builtin bool
	avg     float64 // mean advance, for codes with no glyph in the face
}

var (
	std14Once  sync.Once
	std14Faces map[string]*std14Face
)

// std14 is the parsed face of that name (as FontName in its AFM), nil if
// there is none.
func std14(name string) *std14Face {
	std14Once.Do(func() {
		std14Faces = make(map[string]*std14Face, len(std14Sources))
		for _, s := range std14Sources {
			std14Faces[s.name] = parseStd14(s)
		}
	})
	return std14Faces[name]
}

func parseStd14(s std14Source) *std14Face {
	f := &std14Face{byName: map[string]float64{}, byText: map[string]float64{}, builtin: s.builtin}
	var sum float64
	for entry := range strings.FieldsSeq(s.metrics) {
		parts := strings.Split(entry, ":")
		w, _ := strconv.ParseFloat(parts[1], 64)
		f.byName[parts[0]] = w
		if t := glyphText(parts[0]); t != "" {
			if _, dup := f.byText[t]; !dup {
				f.byText[t] = w
			}
		}
		if len(parts) == 3 {
			if c, err := strconv.Atoi(parts[2]); err == nil && c >= 0 && c < 256 {
				f.byCode[c] = w
			}
		}
		sum += w
	}
	if len(f.byName) > 0 {
		f.avg = sum / float64(len(f.byName))
	}
	return f
}

// std14FaceOf names the standard 14 face a /BaseFont stands for, with the
// horizontal scale of its glyphs, or "" if it stands for none. Besides
// the 14 names it takes those PDF readers take for them: Arial (ArialMT,
// Arial,Bold, Arial-BoldItalicMT…) for Helvetica, Times New Roman
// (TimesNewRoman, TimesNewRomanPSMT, Times New Roman,Bold…) and Times for
// Times, Courier New for Courier, a ",Bold"/"-Italic" style in any of
// these spellings. Helvetica-Narrow and Arial Narrow are Helvetica drawn
// at 82% of its width (so are the metrics of the Narrow face of the
// PostScript 35 fonts): scale 0.82. Any other style (Light, Black,
// Condensed) is another design, with other widths: "".
func std14FaceOf(base string) (face string, scale float64) {
	s := strings.ToLower(strings.ReplaceAll(base, " ", ""))
	family, style, _ := strings.Cut(s, ",")
	if i := strings.IndexByte(family, '-'); i >= 0 {
		family, style = family[:i], family[i+1:]+style
	}
	family = strings.TrimSuffix(strings.TrimSuffix(family, "mt"), "ps")
	style = strings.TrimSuffix(style, "mt")
	scale = 1
	if strings.HasSuffix(family, "narrow") {
		family, scale = strings.TrimSuffix(family, "narrow"), 0.82
	} else if strings.HasPrefix(style, "narrow") {
		style, scale = strings.TrimLeft(strings.TrimPrefix(style, "narrow"), "-,"), 0.82
	}
	bold, italic, ok := std14Style(style)
	if !ok {
		return "", 0
	}
	switch family {
	case "symbol":
		return "Symbol", scale
	case "zapfdingbats":
		return "ZapfDingbats", scale
	case "helvetica", "arial":
		return "Helvetica" + []string{"", "-Oblique", "-Bold", "-BoldOblique"}[b2i(bold)*2+b2i(italic)], scale
	case "courier", "couriernew":
		return "Courier" + []string{"", "-Oblique", "-Bold", "-BoldOblique"}[b2i(bold)*2+b2i(italic)], scale
	case "times", "timesroman", "timesnewroman":
		if scale != 1 {
			return "", 0
		}
		return "Times-" + []string{"Roman", "Italic", "Bold", "BoldItalic"}[b2i(bold)*2+b2i(italic)], scale
	}
	return "", 0
}

// std14Style reads a style suffix ("bolditalic", "oblique", "roman"):
// ok is false for a word it does not know, a design of its own.
func std14Style(style string) (bold, italic, ok bool) {
	rest := style
	for _, w := range []string{"bold", "italic", "oblique", "roman", "regular", "normal", "-", ","} {
		if strings.Contains(rest, w) {
			switch w {
			case "bold":
				bold = true
			case "italic", "oblique":
				italic = true
			}
			rest = strings.ReplaceAll(rest, w, "")
		}
	}
	return bold, italic, rest == ""
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// std14Widths are the advances of codes 0…255 of a simple font without
// /Widths whose /BaseFont names a standard 14 face, "" for any other
// font: nil. Each code's glyph is its /Differences name (names) if it has
// one, else its built-in code in Symbol and ZapfDingbats, else the glyph
// of the face that shows its text (enc). A code whose glyph the face lacks
// gets missing, or the face's mean advance if missing is 0.
func std14Widths(base string, enc, names *[256]string, missing float64) []float64 {
	name, scale := std14FaceOf(base)
	face := std14(name)
	if face == nil {
		return nil
	}
	if missing == 0 {
		missing = face.avg * scale
	}
	w := make([]float64, 256)
	for c := range w {
		v, ok := face.byName[names[c]]
		switch {
		case ok:
		case face.builtin && names[c] == "":
			v = face.byCode[c]
			ok = v > 0
		case !face.builtin && enc[c] != "":
			v, ok = face.byText[enc[c]]
		}
		w[c] = missing
		if ok {
			w[c] = v * scale
		}
	}
	return w
}

// standardWidth guesses an advance for fonts without /Widths that are not
// of the standard 14: Courier is fixed at 600; others average about 500.
func standardWidth(lowerName string) float64 {
	if strings.Contains(lowerName, "courier") {
		return 600
	}
	return 500
}
