package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"
)

// fieldSpecs turns index documents into bleve documents directly, by the
// mapping's own field definitions. bleve's generic path (Batch.Index) walks
// every value by reflection to find its mapping; that was a tenth of a
// build's time for documents whose shape is known.
type fieldSpecs map[string]fieldSpec

type fieldSpec struct {
	options  index.FieldIndexingOptions
	analyzer analysis.Analyzer
}

func newFieldSpecs(m *mapping.IndexMappingImpl) (fieldSpecs, error) {
	specs := fieldSpecs{}
	for name, dm := range m.DefaultMapping.Properties {
		if len(dm.Fields) != 1 {
			continue
		}
		fm := dm.Fields[0]
		an := m.AnalyzerNamed(fm.Analyzer)
		if an == nil {
			return nil, fmt.Errorf("field %s: no analyzer %q", name, fm.Analyzer)
		}
		specs[name] = fieldSpec{options: fm.Options(), analyzer: an}
	}
	return specs, nil
}

// document builds the bleve document of one index document. A field the
// mapping does not know is a programming error.
func (s fieldSpecs) document(id string, d indexDoc) (*document.Document, error) {
	doc := document.NewDocument(id)
	add := func(name, value string, pos []uint64) error {
		spec, ok := s[name]
		if !ok {
			return fmt.Errorf("index: field %q is not in the mapping", name)
		}
		doc.AddField(document.NewTextFieldCustom(name, pos, []byte(value), spec.options, spec.analyzer))
		return nil
	}
	for name, v := range d {
		switch x := v.(type) {
		case string:
			if err := add(name, x, nil); err != nil {
				return nil, err
			}
		case []string:
			for i, value := range x {
				if err := add(name, value, []uint64{uint64(i)}); err != nil {
					return nil, err
				}
			}
		default:
			return nil, fmt.Errorf("index: field %q has a %T", name, v)
		}
	}
	return doc, nil
}
