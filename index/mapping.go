package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// The index holds three types of documents: one per contract, one per axis
// and one per action, so that a hit names the exact axis or action that
// matched. Every document carries its contract's facets (région,
// département, kinds, years…) so that filters and facets apply alike
// whatever matched.
const (
	typeContract = "contract"
	typeAxis     = "axis"
	typeAction   = "action"
)

// Fields. A document's filter values (its type, its contract's région,
// kinds, years…) are all in one field, fFilter, one "name=value" term each:
// every axis and action carries its contract's filters, and as one field they
// cost one analysis per document instead of twenty. Contract documents also
// carry doc-valued fields for facets (the same terms, in fFacet) and sorting.
// What results display is stored: titles and bodies on every document, a
// few values (fMeta) on axes and actions, a summary on contracts.
const (
	fFilter  = "f"
	fFacet   = "c_facet"
	fMeta    = "meta"   // type, territory key, number, axis number (stored only)
	fTitle   = "title"  // axis or action title; a contract's territory
	fBody    = "body"   // an axis's objectives, an action's steps and leads, a contract's parties
	fAll     = "all"    // a contract's every text, for counting matching contracts
	fTitle2  = "title2" // title, body and all as word pairs, for phrases (bigramAnalyzer)
	fBody2   = "body2"
	fAll2    = "all2"
	fRecord  = "record"  // where a contract's Record is in records.bin (stored only)
	fSummary = "summary" // a contract's summary as JSON (stored only)

	sortPrefix = "c_" // doc-valued copies on contract documents, for sorting
	filterSep  = "="
	// maxFacetValues bounds the facet values counted: every région,
	// département, kind, theme, year… of a corpus fits.
	maxFacetValues = 1000
)

// The names of filter values (fFilter terms are name=value).
const (
	fType          = "type"
	fContract      = "contract" // contract id
	fTerritory     = "territory"
	fTerritoryKey  = "territory_key" // what groups contracts by territory
	fNames         = "name"          // keys a user may name the territory by (see territoryNames)
	fRegion        = "region"
	fDepartement   = "departement"
	fTerritoryKind = "territory_kind"
	fKind          = "kind"
	fTheme         = "theme"
	fSignatoryKind = "signatory_kind"
	fStartYear     = "start_year" // four digits, so that they sort as numbers
	fEndYear       = "end_year"
	fInForce       = "in_force" // every year from start to end, so that --year is one term
	fGeneration    = "generation"
)

// FacetFields are the fields search counts contracts by.
var FacetFields = []string{fRegion, fDepartement, fTerritoryKind, fKind, fTheme, fSignatoryKind, fInForce, fStartYear, fEndYear, fGeneration}

// sortFields are the contract fields results without a query are sorted by.
var sortFields = []string{fTerritory, fTerritoryKey, fStartYear, fContract}

func newMapping() *mapping.IndexMappingImpl {
	keywords := func(analyzer string, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = false // exact values: nothing to highlight
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = frenchAnalyzer
		f.Store = store
		// no term vectors: phrases are matched as word pairs (fTitle2…) and
		// highlights found by analysing the shown texts again
		// (highlight.go), so no query reads a word's positions
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false // never sorted or faceted on
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = keyword.Name
		f.Index = false
		f.Store = true
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fFilter, keywords(linesAnalyzer, false))
	doc.AddFieldMappingsAt(fFacet, keywords(linesAnalyzer, true))
	for _, f := range sortFields {
		doc.AddFieldMappingsAt(sortPrefix+f, keywords(keyword.Name, true))
	}
	for _, f := range []string{fMeta, fRecord, fSummary} {
		doc.AddFieldMappingsAt(f, storedOnly())
	}
	doc.AddFieldMappingsAt(fTitle, text(true))
	doc.AddFieldMappingsAt(fBody, text(true))
	doc.AddFieldMappingsAt(fAll, text(false))
	for _, f := range []string{fTitle2, fBody2, fAll2} {
		pairs := text(false)
		pairs.Analyzer = bigramAnalyzer
		doc.AddFieldMappingsAt(f, pairs)
	}
	// no composite "_all" field: every query names its fields, and bleve
	// would otherwise index every text a second time
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = frenchAnalyzer
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m
}
