// Package index is the search index over extracted contracts: it answers the
// questions that span territories — which territories target mental health,
// what Occitanie's contracts say of access to care, how a territory's second
// contract differs from its first.
//
// An index is a directory of bleve (github.com/blevesearch/bleve/v2)
// generations (see layout.go). Each contract is indexed as one document, and
// each of its axes and actions as one more, so that a hit names the exact
// axis or action that matched; every document carries its contract's facets
// (région, département, territory kind, kind, themes, signatory kinds, years,
// generation) as exact-match keyword terms, and contract documents carry them
// again with doc values for facets (mapping.go). French text is analysed
// with elision, full accent folding, stop words and light stemming
// (analysis.go), so "sante mentale" finds "santé mentale". Each contract's
// full record, with the sentences its values were read from, is kept beside
// bleve in records.bin (recordstore.go), for `clsx show` and `clsx compare`.
//
// Builder writes a new generation beside the current one and switches to it
// by an atomic rename, so a build that fails or is killed leaves the previous
// index answering. Open checks a generation against its manifest's checksums
// and reports a damaged one as a CorruptError that says how to rebuild it.
//
// The package reads and writes extract's records; it does not extract (the
// command line does) nor know the corpus store (it reads the records file the
// store's extraction writes).
package index
