#!/usr/bin/env python3
"""Write broken-image-only.fodt: one page whose only content is a picture of a page of text.

The picture is page 1 of ars-paca-cls.pdf rendered by pdftoppm at 110 dpi in black and white,
stored as a 1-bit PNG inside the .fodt (so the .fodt alone rebuilds the PDF). The document
has no text, no running header or footer: the PDF LibreOffice exports has no text layer.

usage: python3 testdata/pdf/gen/image_only.py   (needs pdftoppm and ars-paca-cls.pdf)
"""
import os
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from fodt import Doc, IMAGE, BREAK  # noqa: E402


def pbm_to_png(data):
    """P4 (binary PBM, 1 = black) to a 1-bit greyscale PNG (0 = black)."""
    parts, pos = [], 0
    while len(parts) < 3:  # magic, width, height (comments not produced by pdftoppm)
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        parts.append(data[start:pos])
    pos += 1
    assert parts[0] == b"P4", parts[0]
    w, h = int(parts[1]), int(parts[2])
    stride = (w + 7) // 8
    raw = b"".join(b"\x00" + bytes(255 - b for b in data[pos + y * stride:pos + (y + 1) * stride]) for y in range(h))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")), w, h


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-mono",
                        os.path.join(OUT, "ars-paca-cls.pdf"), os.path.join(tmp, "p")], check=True)
        name = [f for f in os.listdir(tmp) if f.endswith(".pbm")][0]
        with open(os.path.join(tmp, name), "rb") as f:
            png, w, h = pbm_to_png(f.read())
    d = Doc("Image d’une page de texte", margins=("1cm", "1cm", "1cm", "1cm"), masters=[("Standard", None, None)])
    width = 19.0
    d.add(IMAGE(png, width, width * h / w))
    path = os.path.join(OUT, "broken-image-only.fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(d.render())
    print("wrote", os.path.relpath(path), "(%d x %d, %d bytes of PNG)" % (w, h, len(png)))


if __name__ == "__main__":
    main()
