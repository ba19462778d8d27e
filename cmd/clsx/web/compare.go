package web

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/clsx/clsx/index"
)

// comparison answers the references of a request (?a=…&b=…, or
// ?territoire=… for a territory's last two contracts); refs is nil when
// the request names none.
func (s *Server) comparison(ix *index.Index, q url.Values) (refs []string, c *index.Comparison, err error) {
	for _, p := range []string{"territoire", "a", "b"} {
		if x := strings.TrimSpace(q.Get(p)); x != "" {
			if len([]rune(x)) > 200 || strings.IndexFunc(x, unsafeRune) >= 0 {
				return []string{x}, nil, &index.UsageError{Msg: fmt.Sprintf("%s : une référence de contrat ou de territoire de 200 caractères au plus est attendue", p)}
			}
			refs = append(refs, x)
		}
	}
	if q.Get("territoire") != "" && len(refs) > 1 {
		return refs, nil, &index.UsageError{Msg: "territoire, ou a et b : pas les deux"}
	}
	if len(refs) == 0 {
		return nil, nil, nil
	}
	if s.opts.Compare != nil {
		c, err = s.opts.Compare(ix, refs)
		return refs, c, err
	}
	// contract ids only
	var recs []*index.Record
	for _, id := range refs {
		rec, err := ix.Contract(id)
		if err != nil {
			return refs, nil, err
		}
		if rec == nil {
			return refs, nil, &index.UsageError{Msg: fmt.Sprintf("aucun contrat %q dans l'index", id)}
		}
		recs = append(recs, rec)
	}
	if len(recs) != 2 {
		return refs, nil, &index.UsageError{Msg: "deux contrats sont attendus"}
	}
	return refs, index.Compare(recs[0], recs[1]), nil
}

// compareView is the Comparer page.
type compareView struct {
	frame
	A, B, Territoire string // the form's values
	Error            string
	C                *index.Comparison
	Facts            []compareRow
	Signatories      []compareList
	Themes           []compareList
	OnlyA, OnlyB     string // the headings of what only one has
	API              string
}

type compareRow struct{ Label, A, B string }

type compareList struct {
	Label string
	A, B  []string
}

func (s *Server) comparePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := compareView{frame: frame{Title: "Comparer", Nav: "compare"}, A: q.Get("a"), B: q.Get("b"), Territoire: q.Get("territoire")}
	ix := s.index(w, r)
	if ix == nil {
		return
	}
	refs, c, err := s.comparison(ix, q)
	if err != nil {
		var ce *index.CorruptError
		if errors.As(err, &ce) {
			s.failIndex(w, r, err)
			return
		}
		v.Error = inert(err.Error())
		s.render(w, "compare", http.StatusBadRequest, v)
		return
	}
	if refs == nil {
		s.render(w, "compare", http.StatusOK, v)
		return
	}
	v.C = c
	v.Title = "Comparer " + c.A.ID + " et " + c.B.ID
	api := url.Values{}
	api.Set("a", c.A.ID)
	api.Set("b", c.B.ID)
	v.API = "/api/compare?" + api.Encode()
	fact := func(label string, f func(r *index.Record) string) {
		v.Facts = append(v.Facts, compareRow{label, f(c.A), f(c.B)})
	}
	fact("Territoire", func(r *index.Record) string { return deref(r.Territory) })
	fact("Département / région", func(r *index.Record) string { return deref(r.Departement) + " / " + deref(r.Region) })
	fact("Population", func(r *index.Record) string { return number(r.Population) })
	fact("Type", func(r *index.Record) string { return labelOr(kindLabels, r.Kind) })
	fact("Génération", func(r *index.Record) string { return number(r.Generation) })
	fact("Période", func(r *index.Record) string { return period(number(r.StartYear), number(r.EndYear)) })
	fact("Axes / actions", func(r *index.Record) string { return fmt.Sprintf("%d / %d", len(r.Axes), r.ActionCount()) })
	for _, k := range c.Signatories {
		v.Signatories = append(v.Signatories, compareList{labelOr(kindLabels, k.Kind), k.A, k.B})
	}
	for _, t := range c.Themes {
		v.Themes = append(v.Themes, compareList{labelOr(themeLabels, t.Theme), t.A, t.B})
	}
	v.OnlyA, v.OnlyB = "Seulement dans A", "Seulement dans B"
	if c.Generations {
		v.OnlyA, v.OnlyB = "Abandonné par B", "Ajouté par B"
	}
	s.render(w, "compare", http.StatusOK, v)
}
