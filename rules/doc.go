// Package rules holds the data that drives clsx's French extractors — organisation
// kinds, themes, heading and list cues, month and number words, départements and
// régions — and compiles it into matchers.
//
// The data lives in plain text files under data/, embedded in the binary. A user
// can replace any of them, or add rules in front of them, with files of their own
// (see Load). Every file is read the same way: one rule per line, fields separated
// by "|", "#" starts a comment. A malformed rule is reported as FILE:LINE.
//
// Patterns are matched against folded text (see Fold): lower case, no accents,
// "œ" as "oe", typographic apostrophes as "'", hyphens as spaces. A pattern is a
// regular expression (RE2 syntax) with two conveniences: a space matches any run
// of white space, and a word ending in "*" matches any word with that prefix.
// Patterns match whole words.
package rules
