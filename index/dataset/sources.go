package dataset

import "github.com/clsx/clsx/index"

// document is one published document a contract was read from.
type document struct {
	Source string
	URL    *string
	Title  *string
}

// sourceDocuments lists the documents a contract was read from. Today an
// index record comes from one document; this is the one place that changes
// when a record lists every document of a merged contract.
func sourceDocuments(r *index.Record) []document {
	return []document{{Source: r.Source, URL: r.URL, Title: r.DocumentTitle}}
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
