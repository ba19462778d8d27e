package corpus

import (
	"net/url"
	"sort"
	"strings"
)

// CoverageRow counts what a corpus holds from one host by one route: how a
// crawl reached it, and how much of it is about a CLS.
type CoverageRow struct {
	Host      string   `json:"host"`
	Route     string   `json:"route"` // RouteSeed, RouteLink, RouteSitemap, RouteListing, RouteOutward
	Pages     int      `json:"pages"`
	Documents int      `json:"documents"`
	AboutCLS  int      `json:"about_cls"` // pages about a CLS, documents reached from one
	URLs      []string `json:"-"`         // the URLs counted, for joining other counts on
}

// Coverage counts the latest stored version of each URL by host and route,
// sorted by host then route. Records made before routes were recorded count
// as seeds or links by depth, and as not about a CLS.
func (s *Store) Coverage() ([]CoverageRow, error) {
	latest, err := s.Latest()
	if err != nil {
		return nil, err
	}
	rows := map[[2]string]*CoverageRow{}
	for _, e := range latest {
		host := e.URL
		if u, err := url.Parse(e.URL); err == nil {
			host = strings.ToLower(u.Hostname())
		}
		key := [2]string{host, RouteOf(e)}
		r := rows[key]
		if r == nil {
			r = &CoverageRow{Host: key[0], Route: key[1]}
			rows[key] = r
		}
		if kindOf(e.ContentType) == "html" {
			r.Pages++
		} else {
			r.Documents++
		}
		if e.AboutCLS {
			r.AboutCLS++
		}
		r.URLs = append(r.URLs, e.URL)
	}
	out := make([]CoverageRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Host != out[j].Host {
			return out[i].Host < out[j].Host
		}
		return out[i].Route < out[j].Route
	})
	return out, nil
}
