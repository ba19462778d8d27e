// Package htmltext reads a web page into a textdoc.Document: the page's own
// content, in reading order, with its structure.
//
// CLS are published on CMS pages full of menus, cookie banners, breadcrumbs and
// news sidebars, and that boilerplate carries dates and other contracts
// ("Signature du Contrat de Ville 2024-2030") that must never reach the
// extractors. So the reader
//
//   - decodes the bytes by the charset the HTTP header, a BOM or a <meta> tag
//     declares (Windows-1252 and ISO-8859-1 pages are common on French public
//     sites), checking that a page said to be UTF-8 really is (charset.go);
//   - drops what is never content: scripts, forms, hidden elements, navigation,
//     site headers and footers, asides, cookie banners, breadcrumbs, skip links,
//     "À lire aussi" and news blocks (boilerplate.go);
//   - picks the main container: <main>, [role=main], <article>, a common CMS
//     content class, else the element holding the most paragraph text
//     (container.go);
//   - walks it into blocks: headings with their level, list items with their
//     list's kind, number and depth, paragraphs, table rows with their cells; a
//     block element always ends a line, so "<div>Avril 2025</div><div>Signature…"
//     never glues (blocks.go);
//   - keeps the page title and the links to documents for the crawler (links.go).
package htmltext
