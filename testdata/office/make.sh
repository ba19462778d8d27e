#!/bin/sh
# Rebuild the DOCX and ODT versions of the seed documents from the flat-ODT
# sources of testdata/pdf (the same sources the PDFs are printed from), so
# that each document exists as PDF, DOCX and ODT and the three readers can
# be scored against the same gold.
#
# Needs LibreOffice (apt-get install -y libreoffice-writer-nogui).
set -eu
cd "$(dirname "$0")"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# a private LibreOffice profile: no clash with a running LibreOffice, same settings everywhere
SOFFICE="soffice -env:UserInstallation=file://$TMP/profile --headless"

DOCS="agen-cls agglopolys-cls ars-paca-cls aunis-atlantique-cls terres-des-confluences-cls long-cls plan-actions-cls"
FODT=$(for d in $DOCS; do printf '../pdf/%s.fodt ' "$d"; done)
$SOFFICE --convert-to docx:"MS Word 2007 XML" --outdir . $FODT >/dev/null 2>&1
$SOFFICE --convert-to odt --outdir . $FODT >/dev/null 2>&1
for d in $DOCS; do
	test -s "$d.docx" && test -s "$d.odt"
done
