// Package cjk holds the predefined CMaps a PDF may name without embedding
// them (PDF 32000-1 9.7.5.2: EUC-H, 90ms-RKSJ-H, GBK-EUC-H, B5pc-H,
// KSCms-UHC-H, UniJIS-UCS2-H…) and the CID → Unicode maps of Adobe's
// character collections (Adobe-Japan1, -GB1, -CNS1, -Korea1, -KR). With them
// a reader turns the codes of a CJK font that has no /ToUnicode into text:
// code → CID by the CMap, CID → Unicode by the collection; for the Unicode
// CMaps (Uni…) the code is the text.
//
// The tables in data/ are generated from Adobe's CMap resources
// (github.com/adobe-type-tools/cmap-resources, Copyright 1990-2023 Adobe,
// BSD 3-clause licence, kept in data/LICENSE) by internal/cjkgen; they are
// read once, on the first use of a CMap or a collection.
package cjk

//go:generate go run ./internal/cjkgen -src $CMAP_RESOURCES -out data
