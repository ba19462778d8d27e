package main

import (
	"fmt"
	"io"
)

const version = "0.1.0"

func usage(w io.Writer) {
	fmt.Fprint(w, `clsx — the Contrats Locaux de Santé as structured data

Usage:
  clsx extract [--format json|table|csv] [--rules DIR] (PATH... | --corpus DIR)
        extract the contracts of each document (a file, or a directory's files: text,
        web pages, PDFs), or of a crawled corpus (records also written to DIR/records.jsonl)
  clsx show [--rules DIR] PATH
        print the text with every extracted value's evidence highlighted
  clsx eval [--format table|json|csv] [--per-doc] [--diff] [--rules DIR] DIR
        score extraction against DIR's NAME.gold.json files (precision, recall, F1);
        --per-doc: each document's fields with errors; --diff: each document's contracts
        and values missed (-), invented (+) or different (~)
  clsx rules check DIR      validate a directory of rule files
  clsx rules export DIR     write the bundled rule files into DIR, to edit
  clsx demo [--corpus DIR] [--format table|json|csv]
        serve the bundled sample site on 127.0.0.1, crawl, extract and index it; print its
        contracts and which territories target mental health
  clsx crawl [--seeds FILE] [URL...] --corpus DIR [--depth N] [--delay D] [--format table|json|csv]
        fetch CLS pages and documents into a corpus, politely (robots.txt, one request per
        host per second); resumes an interrupted crawl; no URL: the bundled ARS pages;
        clsx crawl -h lists every flag
  clsx corpus ls --corpus DIR [--format table|json|csv]   list a corpus's documents
  clsx corpus export --corpus DIR --warc FILE            write a corpus as a WARC 1.1 file
  clsx index [--index DIR] (--corpus DIR | --records FILE | PATH...)
        build the search index (./clsx-index, or $CLSX_INDEX) from a corpus's records,
        extraction records (JSON Lines or extract --format json) or documents
  clsx search [QUERY] [--theme T] [--region R] [--departement D] [--kind K] [--year Y]
        [--signatory-kind S] [--by territory|contract|axis|action] [--limit N] [--format table|json|csv]
        find territories, contracts, axes, actions; facet counts on stderr (table) or in the JSON
  clsx compare A [B] [--format table|json|csv]   two contracts (ids or territories) side by side
  clsx themes [--region R] [--format csv|table|json]   the territory × theme matrix
  clsx show [--index DIR] CONTRACT-ID            a contract of the index, each value with its sentence
  clsx version

Data goes to standard output, messages to standard error.
Exit codes: 0 done; 1 some inputs failed (the others were processed); 2 bad usage or rules.
`)
}
