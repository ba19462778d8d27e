package dataset

import "github.com/clsx/clsx/index"

// document is one published document a contract was read from.
type document struct {
	Source string
	URL    *string
	Title  *string
}

// sourceDocuments lists the documents a contract was read from, the
// primary one first (a record of an index that did not list them: its one
// document).
func sourceDocuments(r *index.Record) []document {
	if len(r.Documents) == 0 {
		return []document{{Source: r.Source, URL: r.URL, Title: r.DocumentTitle}}
	}
	out := make([]document, len(r.Documents))
	for i, d := range r.Documents {
		out[i] = document{Source: d.Source, URL: d.URL, Title: d.Title}
	}
	return out
}

// sourceURLs lists the web addresses of the documents a contract was read
// from, each once, in the order of its documents.
func sourceURLs(r *index.Record) []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range sourceDocuments(r) {
		if d.URL != nil && *d.URL != "" && !seen[*d.URL] {
			seen[*d.URL] = true
			out = append(out, *d.URL)
		}
	}
	return out
}
