// Package officetext reads word-processor documents — Office Open XML
// (.docx) and OpenDocument text (.odt) — into a textdoc.Document, the
// structure the PDF and HTML readers produce: headings with their level,
// list items with their number and depth, table rows with their cells,
// and paragraphs, in document order.
//
// Both formats are zip archives of XML, read with the standard library
// alone. DOCX: word/document.xml, with word/styles.xml for the outline
// level of heading styles and word/numbering.xml for list numbers (the
// counters are kept here, as Word keeps them, per list instance and
// level). ODT: content.xml (text:h with its outline level, text:list with
// the list styles of content.xml and styles.xml, table:table, text:p).
// The title comes from the document's properties (docProps/core.xml,
// meta.xml), as a PDF's comes from its /Info.
//
// What is not body text is left out, as the PDF reader leaves out running
// headers and footers: headers, footers, footnotes, comments, deleted
// text of tracked changes, field instructions.
//
// An archive is untrusted input: the number of entries and the bytes
// inflated are bounded (a zip bomb is an error, not an exhausted
// machine), XML nesting is bounded, and garbage gives an error, never a
// panic. The old binary .doc format (an OLE compound file) is refused
// with ErrUnsupported, as is a password-protected document.
package officetext
