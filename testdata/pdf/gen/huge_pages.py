#!/usr/bin/env python3
"""Write broken-huge-page-count.pdf: a small, well-formed PDF whose page tree claims 2,000,000,000 pages.

The root /Pages node has /Count 2000000000 but one kid: a single real page with one line of
text. Objects, xref offsets, trailer and startxref are all correct; only the count lies. A
reader that trusts /Count to size an array or loop over pages must cap it.
usage: python3 testdata/pdf/gen/huge_pages.py
"""
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

content = (b"BT /F1 12 Tf 72 770 Td (Contrat Local de Sante - fichier de test.) Tj "
           b"0 -18 Td (L'arbre des pages annonce 2000000000 pages; il n'en contient qu'une.) Tj ET")
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    b"<< /Title (Page tree with a false page count) /Producer (clsx testdata/pdf/gen/huge_pages.py) >>",
]
out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for i, body in enumerate(objects, start=1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n" % (len(objects) + 1)
out += b"0000000000 65535 f \n"
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
    len(objects) + 1, len(objects), xref)
with open(os.path.join(OUT, "broken-huge-page-count.pdf"), "wb") as f:
    f.write(out)
print("wrote broken-huge-page-count.pdf (%d bytes)" % len(out))
