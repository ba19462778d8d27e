package pdftext

import (
	"fmt"
	"strconv"
	"strings"
)

// readScanned reads by OCR the pages of images without text (scanned, by
// index into refs) and puts their lines in place. Without the programs, or
// with NoOCR, the pages stay empty and p.noOCR says why; a page whose OCR
// fails stays empty with a warning. data is the plain document (decrypted,
// repaired), so the renderer needs no password.
func (p *parsed) readScanned(data []byte, refs []pageRef, scanned []int, opt Options) {
	if len(scanned) == 0 {
		return
	}
	if opt.NoOCR {
		p.noOCR = fmt.Errorf("it needs OCR, which was turned off")
		return
	}
	tools, err := findOCR()
	if err != nil {
		p.noOCR = err
		if len(scanned) < len(refs) {
			p.warnings = append(p.warnings, fmt.Sprintf("%s: images without text, not read: %v", pageList(refs, scanned), err))
		}
		return
	}
	timeout := opt.OCRPageTimeout
	if timeout <= 0 {
		timeout = defaultOCRPageTimeout
	}
	var read []int
	for _, i := range scanned {
		ref := refs[i]
		if opt.beforeOCRPage != nil {
			opt.beforeOCRPage()
		}
		gl, w, h, err := ocrPage(tools, data, ref.leaf, timeout)
		if err != nil {
			p.warnings = append(p.warnings, fmt.Sprintf("page %d: OCR failed: %v", ref.leaf, err))
			p.noOCR = fmt.Errorf("OCR failed: %v", err)
			continue
		}
		// The rendered page, rotation applied, is the OCR'd page's frame.
		r := ref
		r.box, r.rot = [4]float64{0, 0, w, h}, 0
		if pl := layoutPage(r, gl, nil); len(pl.units) > 0 {
			p.pages[i] = pl
			read = append(read, i)
		}
	}
	if len(read) > 0 {
		p.noOCR = nil
		p.warnings = append(p.warnings, fmt.Sprintf("%s read by OCR (Tesseract): the text may hold recognition errors", pageList(refs, read)))
	}
}

// pageList names pages: "page 3", "pages 1–4, 7".
func pageList(refs []pageRef, idx []int) string {
	var parts []string
	for k := 0; k < len(idx); {
		j := k
		for j+1 < len(idx) && refs[idx[j+1]].leaf == refs[idx[j]].leaf+1 {
			j++
		}
		a, b := refs[idx[k]].leaf, refs[idx[j]].leaf
		if a == b {
			parts = append(parts, strconv.Itoa(a))
		} else {
			parts = append(parts, fmt.Sprintf("%d–%d", a, b))
		}
		k = j + 1
	}
	if len(idx) == 1 {
		return "page " + parts[0]
	}
	return "pages " + strings.Join(parts, ", ")
}
