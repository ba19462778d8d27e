package pdftext

import (
	"image"
	"image/color"
	"testing"
)

// A bullet Tesseract read as a stray mark becomes "•"; one it dropped is
// found in the image when it is a small solid blob left of the line; a
// letter, a dash or an empty margin is no bullet.
func TestMarkBullets(t *testing.T) {
	page := func(blob image.Rectangle) image.Image {
		img := image.NewGray(image.Rect(0, 0, 400, 100))
		for i := range img.Pix {
			img.Pix[i] = 255
		}
		for y := blob.Min.Y; y < blob.Max.Y; y++ {
			for x := blob.Min.X; x < blob.Max.X; x++ {
				img.SetGray(x, y, color.Gray{0})
			}
		}
		return img
	}
	line := func(words ...string) []hocrLine {
		l := hocrLine{x0: 100, y1: 60, xSize: 40}
		x := 100.0
		for _, w := range words {
			l.words = append(l.words, hocrWord{text: w, x0: x, x1: x + 50})
			x += 60
		}
		return []hocrLine{l}
	}
	for _, c := range []struct {
		name  string
		words []string
		blob  image.Rectangle
		want  string
	}{
		{"stray mark", []string{"#", "Le", "Conseil"}, image.Rectangle{}, "• Le Conseil"},
		{"a quote alone is a mark too", []string{"“", "La", "CAF"}, image.Rectangle{}, "• La CAF"},
		{"dash kept", []string{"-", "La", "CAF"}, image.Rectangle{}, "- La CAF"},
		{"dropped square", []string{"Le", "Conseil"}, image.Rect(50, 35, 62, 47), "• Le Conseil"},
		{"blank margin", []string{"Le", "Conseil"}, image.Rectangle{}, "Le Conseil"},
		{"a long rule is no bullet", []string{"Le", "Conseil"}, image.Rect(10, 40, 90, 44), "Le Conseil"},
		{"a blob touching the word is part of it", []string{"Le", "Conseil"}, image.Rect(90, 35, 100, 47), "Le Conseil"},
	} {
		lines := line(c.words...)
		markBullets(lines, page(c.blob))
		got := ""
		for i, w := range lines[0].words {
			if i > 0 {
				got += " "
			}
			got += w.text
		}
		if got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
