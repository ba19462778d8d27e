#!/bin/sh
# Rebuild every PDF and truth text of testdata/pdf from the committed sources (*.fodt, gen/*.py).
#
# Needs LibreOffice (>= 7.4, for the JSON export options), python3, and for the checks at the end
# poppler-utils. On Debian:
#   apt-get install -y libreoffice-writer-nogui hyphen-fr poppler-utils fonts-liberation fonts-dejavu-core
# hyphen-fr gives LibreOffice its French hyphenation patterns: without it the PDFs still build,
# but no word is hyphenated at a line end.
#
# The .fodt files themselves are generated from testdata/seeds by gen/build.py (and
# gen/image_only.py); run those only to change the documents, then this script.
set -eu
cd "$(dirname "$0")"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# a private LibreOffice profile: no clash with a running LibreOffice, same settings everywhere
SOFFICE="soffice -env:UserInstallation=file://$TMP/profile --headless"

DOCS="agen-cls agglopolys-cls ars-paca-cls aunis-atlantique-cls terres-des-confluences-cls long-cls plan-actions-cls"

# 1. the documents, and their text as LibreOffice exports it (body only: no header, footer or page number)
FODT=$(for d in $DOCS; do printf '%s.fodt ' "$d"; done)
$SOFFICE --convert-to pdf --outdir . $FODT >/dev/null 2>&1
$SOFFICE --convert-to 'txt:Text (encoded):UTF8' --outdir "$TMP" $FODT >/dev/null 2>&1
for d in $DOCS; do
	test -s "$d.pdf" && test -s "$TMP/$d.txt"
	python3 gen/truth.py "$d.fodt" "$TMP/$d.txt" >"$d.truth.txt"
done

# 2. an owner password, an empty user password: opens without a password, same text as its source
mkdir "$TMP/prot"
$SOFFICE --convert-to 'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"},"Printing":{"type":"long","value":"0"},"Changes":{"type":"long","value":"0"},"EnableCopyingOfContent":{"type":"boolean","value":"false"}}' \
	--outdir "$TMP/prot" terres-des-confluences-cls.fodt >/dev/null 2>&1
mv "$TMP/prot/terres-des-confluences-cls.pdf" protected-empty-password.pdf
cp terres-des-confluences-cls.truth.txt protected-empty-password.truth.txt

# 3. broken files
# a document-open password ("secret"): unreadable without it
mkdir "$TMP/enc"
$SOFFICE --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
	--outdir "$TMP/enc" agen-cls.fodt >/dev/null 2>&1
mv "$TMP/enc/agen-cls.pdf" broken-encrypted.pdf
# a page that is only a picture of text (no text layer); lossless so the picture stays sharp
$SOFFICE --convert-to 'pdf:writer_pdf_Export:{"UseLosslessCompression":{"type":"boolean","value":"true"}}' \
	--outdir . broken-image-only.fodt >/dev/null 2>&1
# zero bytes
: >broken-empty.pdf
# the first half of a good PDF: no xref, no trailer, streams cut
size=$(wc -c <agen-cls.pdf)
head -c $((size / 2)) agen-cls.pdf >broken-truncated.pdf
# an HTML page (what a server sends for a missing file) under a .pdf name
cat >broken-not-a-pdf.pdf <<'EOF'
<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Page introuvable</title></head>
<body>
<h1>Erreur 404 : page introuvable</h1>
<p>Le document « Contrat local de santé 2025-2029 » que vous cherchez n’existe plus ou a été déplacé.</p>
<p><a href="/vivre-ici/sante/contrat-local-de-sante/">Retour à la page Contrat Local de Santé</a></p>
</body>
</html>
EOF
# a hand-written PDF whose page tree claims 2,000,000,000 pages
python3 gen/huge_pages.py >/dev/null

# 4. a look at what was made (needs poppler-utils)
if command -v pdfinfo >/dev/null; then
	for f in *.pdf; do
		printf '%-32s %s\n' "$f" "$(pdfinfo "$f" 2>&1 | sed -n 's/^Producer: *//p; s/^Pages: *\(.*\)/\1 pages/p; /rror/p' | head -2 | tr '\n' ' ')"
	done
fi
