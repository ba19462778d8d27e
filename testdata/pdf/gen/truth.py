#!/usr/bin/env python3
"""Make NAME.truth.txt from LibreOffice's own text export of NAME.fodt.

usage: truth.py NAME.fodt NAME.txt > NAME.truth.txt

NAME.txt is `soffice --headless --convert-to "txt:Text (encoded):UTF8" NAME.fodt`: the body
text (no running header or footer), one line per paragraph, list labels included, each
table cell's paragraphs on lines of their own. This script only regroups those lines: it
reads the .fodt to know which lines are table cells and joins a table row's cells with a
tab (a cell of several paragraphs joined by a space); other lines are kept as they are,
without the indentation LibreOffice gives list items. LibreOffice's text export writes every
bullet as U+2022 whatever the list style draws; a list item's leading "• " is put back to the
bullet the PDF shows (the list style's text:bullet-char).
"""
import sys
import xml.etree.ElementTree as ET

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
PARA = {"{%s}p" % TEXT, "{%s}h" % TEXT}


def bullets(root):
    """List style name -> its level-1 bullet character (bullet lists only)."""
    out = {}
    for ls in root.iter("{%s}list-style" % TEXT):
        name = ls.get("{urn:oasis:names:tc:opendocument:xmlns:style:1.0}name")
        for lvl in ls:
            if lvl.tag == "{%s}list-level-style-bullet" % TEXT and lvl.get("{%s}level" % TEXT) == "1":
                out[name] = lvl.get("{%s}bullet-char" % TEXT)
    return out


def units(elem, out, bullet=None):
    """Document-order units: ("p", bullet) for a paragraph, ("row", [n paragraphs per cell]) for a table row."""
    for child in elem:
        if child.tag in PARA:
            out.append(("p", bullet))
        elif child.tag == "{%s}list" % TEXT:
            style = child.get("{%s}style-name" % TEXT)
            units(child, out, BULLETS.get(style) if style else bullet)
        elif child.tag == "{%s}table-row" % TABLE:
            cells = []
            for cell in child:
                if cell.tag in ("{%s}table-cell" % TABLE, "{%s}covered-table-cell" % TABLE):
                    cells.append(sum(1 for x in cell.iter() if x.tag in PARA))
            out.append(("row", cells))
        else:
            units(child, out, bullet)
    return out


BULLETS = {}


def main(fodt, txt):
    root = ET.parse(fodt).getroot()
    BULLETS.update(bullets(root))
    body = root.find("{%s}body/{%s}text" % (OFFICE, OFFICE))
    us = units(body, [])
    with open(txt, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    need = sum(1 if u[0] == "p" else sum(u[1]) for u in us)
    if need != len(lines):
        sys.exit("truth.py: %s has %d paragraphs but %s has %d lines" % (fodt, need, txt, len(lines)))
    out, i = [], 0
    for u in us:
        if u[0] == "p":
            line = lines[i].strip()
            if u[1] and line.startswith("\u2022 "):
                line = u[1] + line[1:]
            out.append(line)
            i += 1
        else:
            cells = []
            for n in u[1]:
                cells.append(" ".join(l.strip() for l in lines[i:i + n]))
                i += n
            out.append("\t".join(cells))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
