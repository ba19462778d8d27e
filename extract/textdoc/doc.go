// Package textdoc is the structured text that the document readers produce
// and the extractors consume: blocks in reading order (headings with their
// level, list items with their list's kind and number, paragraphs, table
// rows with their cells), each with the page it was read from, plus what a
// crawler wants from a document (title, links to other documents).
//
// It is the contract between the readers (HTML, PDF, DOCX and ODT) and
// package extract, so it depends on nothing but the standard library.
package textdoc
