package pdftext

import (
	"image"
	"image/color"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bullets of a scanned page. Tesseract drops the small squares and discs
// that mark list items, or reads them as a stray mark (", #, «, ©…); the
// items then run together as one paragraph, and the lists a contract is
// read from (its axes, its partners) are lost. So a line's first word that
// is a single mark becomes "•", and where there is no such word, the
// image left of the line is looked at: a small, solid, isolated blob there
// is a bullet.

// markBullets puts a "•" word in front of each line that starts with a
// bullet, recognised or only drawn.
func markBullets(lines []hocrLine, img image.Image) {
	for i := range lines {
		l := &lines[i]
		if len(l.words) == 0 {
			continue
		}
		if len(l.words) > 1 && strayMark(l.words[0].text) {
			l.words[0].text = "•"
			continue
		}
		if img != nil {
			if x0, x1, ok := bulletLeftOf(img, l); ok {
				l.words = append([]hocrWord{{text: "•", x0: x0, x1: x1}}, l.words...)
				l.x0 = min(l.x0, x0)
			}
		}
	}
}

// strayMark tells a word that can only be a misread bullet: one character,
// neither a letter, a digit nor a dash or bracket that a line may start
// with.
func strayMark(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return !strings.ContainsRune("-–—([{'’.,;:!?", r)
}

// bulletLeftOf looks for a bullet in the image left of line l's first word:
// within 2.5 line heights, dark pixels forming one compact blob, about as
// wide as high and a fifth to two thirds of the line's size, with blank
// space between it and the word. It returns the blob's horizontal extent.
func bulletLeftOf(img image.Image, l *hocrLine) (x0, x1 float64, ok bool) {
	xs := l.xSize
	if xs < 8 {
		return 0, 0, false
	}
	b := img.Bounds()
	word := int(l.words[0].x0)
	left := max(b.Min.X, word-int(2.5*xs))
	top := max(b.Min.Y, int(l.y1-1.1*xs))
	bottom := min(b.Max.Y, int(l.y1))
	minX, minY, maxX, maxY, dark := 1<<30, 1<<30, -1, -1, 0
	for y := top; y < bottom; y++ {
		for x := left; x < word-1; x++ {
			if isDark(img.At(x, y)) {
				dark++
				minX, maxX = min(minX, x), max(maxX, x)
				minY, maxY = min(minY, y), max(maxY, y)
			}
		}
	}
	if dark == 0 {
		return 0, 0, false
	}
	w, h := float64(maxX-minX+1), float64(maxY-minY+1)
	fill := float64(dark) / (w * h)
	gap := float64(word - maxX)
	if w < 0.15*xs || h < 0.15*xs || w > 0.7*xs || h > 0.7*xs || w > 2*h || h > 2*w || fill < 0.5 || gap < 0.2*xs {
		return 0, 0, false
	}
	return float64(minX), float64(maxX + 1), true
}

func isDark(c color.Color) bool {
	g := color.GrayModel.Convert(c).(color.Gray)
	return g.Y < 128
}
