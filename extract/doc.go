// Package extract turns the text of a published Contrat Local de Santé into
// structured records: the contracts a document describes, with their territory,
// parties, dates, period, axes, objectives, actions and themes.
//
// The pipeline is: Normalize (stable text, offsets in runes) → blocks and
// sentences (the text's structure) → rule-based extractors, one concern per
// file, each driven by the data of package rules → contracts assembled from
// "events" (sentences that sign, date or bound a contract) → records in which
// every value carries the span of text it was read from.
//
// Unknown is null, never a guess: an extractor that is not sure says nothing.
package extract
