package htmltext

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// One byte that is not UTF-8 in a UTF-8 page is read as Windows-1252 where
// it stands, the rest of the page kept, with a warning that counts it; a
// page mostly not UTF-8 is read whole as Windows-1252.
func TestStrayBytesRepairedLocally(t *testing.T) {
	body := "<p>Le contrat local de santé de l’Agglomération d’Agen</p><p>Signé le 3 décembre 2019 \xff par l’ARS Nouvelle-Aquitaine</p>"
	latin, _ := charmap.Windows1252.NewEncoder().String("<p>Le contrat local de santé de l’Agglomération d’Agen</p><p>Signé le 3 décembre 2019 par l’ARS</p>")
	for _, c := range []struct {
		name, page, contentType string
		want, warning           []string
	}{
		{"declared UTF-8", page(body), "", []string{"santé de l’Agglomération d’Agen", "2019 ÿ par l’ARS"}, []string{"1 byte"}},
		{"served as UTF-8", "<html><body>" + body + "</body></html>", "text/html; charset=utf-8", []string{"santé de l’Agglomération d’Agen", "2019 ÿ par"}, []string{"1 byte"}},
		{"undeclared", "<html><body>" + body + "</body></html>", "", []string{"santé de l’Agglomération d’Agen", "2019 ÿ par"}, []string{"1 byte"}},
		{"served as Latin-1", "<html><body>" + body + "</body></html>", "text/html; charset=iso-8859-1", []string{"santé de l’Agglomération d’Agen", "2019 ÿ par"}, []string{"1 byte"}},
		{"a Latin-1 page", "<html><body>" + latin + "</body></html>", "", []string{"santé de l’Agglomération d’Agen", "Signé le 3 décembre"}, nil},
		{"a Latin-1 page declared UTF-8", "<html><head><meta charset=utf-8></head><body>" + latin + "</body></html>", "", []string{"santé de l’Agglomération d’Agen"}, []string{"Windows-1252"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read([]byte(c.page), c.contentType, "https://www.example.fr/")
			if err != nil {
				t.Fatal(err)
			}
			text := render(d)
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("%q missing from\n%s", w, text)
				}
			}
			if strings.Contains(text, "Ã") {
				t.Errorf("accents garbled:\n%s", text)
			}
			all := strings.Join(d.Warnings, "; ")
			for _, w := range c.warning {
				if !strings.Contains(all, w) {
					t.Errorf("warning %q missing from %q", w, all)
				}
			}
		})
	}
}
