#!/usr/bin/env python3
"""Regenerate the .fodt sources of testdata/pdf from the seed texts and the long document's content.

Run from anywhere: python3 testdata/pdf/gen/build.py [NAME ...]
The .fodt files are committed; make.sh turns them into PDFs and truth texts.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from seeddocs import DOCS  # noqa: E402
import longdoc  # noqa: E402
import planactions  # noqa: E402

DOCS = dict(DOCS)
DOCS["long-cls"] = longdoc.build
DOCS["plan-actions-cls"] = planactions.build

if __name__ == "__main__":
    names = sys.argv[1:] or sorted(DOCS)
    for name in names:
        path = os.path.join(OUT, name + ".fodt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(DOCS[name]().render())
        if name == "long-cls":
            # second pass: render once to learn the pages of the table of contents
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run(["soffice", "-env:UserInstallation=file://%s/profile" % tmp, "--headless",
                                "--convert-to", "pdf", "--outdir", tmp, path],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                longdoc.TOC_PAGES.update(longdoc.toc_pages(os.path.join(tmp, name + ".pdf")))
            missing = [t for t in longdoc.TOC if t not in longdoc.TOC_PAGES]
            if missing:
                sys.exit("build.py: contents entries not found in the PDF: %r" % missing)
            with open(path, "w", encoding="utf-8") as f:
                f.write(DOCS[name]().render())
        print("wrote", os.path.relpath(path))
