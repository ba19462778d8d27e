#!/usr/bin/env python3
"""Writes plain.pdf: one page of text whose literal strings hold the bytes
RC4 rewriting finds hardest (parentheses, a backslash, accented Latin-1),
an /Info Title with parentheses, and an XMP metadata stream, so that each
encryption of it exercises strings, streams and /EncryptMetadata."""
import zlib

content = (b"BT /F1 14 Tf 72 720 Td (Contrat local de sant\xe9 \\(CLS\\) 2025-2029) Tj "
           b"0 -20 Td (Axe 1 : pr\xe9vention \\\\ promotion de la sant\xe9) Tj "
           b"0 -20 Td <4163636573206175782064726F697473> Tj ET")
xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
       b'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>CLS</dc:title></rdf:Description>'
       b'</rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
z = zlib.compress(content)
objs = [
    b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream",
    b"<< /Title (Contrat local de sant\xe9 \\(CLS\\) du Pays test) /Producer (plain.py) >>",
]
out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
offs = []
for i, o in enumerate(objs):
    offs.append(len(out))
    out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    out += b"%010d 00000 n \n" % o
out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>] >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, x))
open("plain.pdf", "wb").write(out)
