// Package dataset turns an index into the reference dataset of the Contrats
// Locaux de Santé, in the shapes researchers load into R, pandas or a
// spreadsheet, and answers the summary questions asked of it.
//
// The dataset is a set of long tables joined by contract id — contracts,
// sources, signatories, axes, objectives, actions, themes — described once,
// in schema.go, as a Frictionless Table Schema per table (French titles and
// descriptions, the format schema.data.gouv.fr publishes). Everything else
// is derived from that description, so the files, the data dictionary and
// the README cannot disagree:
//
//   - schema.go, schema_fields.go: the tables, their fields, keys and meanings;
//   - rows.go: one contract's rows for every table, in one pass;
//   - sources.go: where a contract was read (the one place to change when a
//     contract is merged from several documents);
//   - geography.go: populations and communes of a territory's official code;
//   - csv.go, xlsx.go, jsonl.go: the writers of each format;
//   - datapackage.go, readme.go: the data dictionary written beside them;
//   - output.go: the output folder, written atomically, never over a user's files;
//   - export.go: the whole export, streaming each contract once;
//   - stats.go, coverage.go: contracts per région, year, generation and kind,
//     and the share of the population a contract in force covers.
//
// It reads the index (package index); it neither extracts nor indexes.
package dataset
