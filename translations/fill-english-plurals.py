#!/usr/bin/env python3
"""Fills the English plural forms of vpc-designer_en.ts.

Source strings say "%n route(s)"; English needs "%n route" and "%n routes". Refresh with
  lupdate -pluralonly -no-obsolete -locations none ../model ../views ../app -ts vpc-designer_en.ts
  python3 fill-english-plurals.py
"""
import re
import sys
from pathlib import Path

IRREGULAR = {"entries": "entry"}


def forms(source):
    singular = source.replace("(es)", "").replace("(s)", "")
    plural = source.replace("(es)", "es").replace("(s)", "s")
    for many, one in IRREGULAR.items():
        singular = re.sub(r"\b%s\b" % many, one, singular)
    return singular, plural


def fill(text):
    def message(match):
        block = match.group(0)
        source = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
        one, many = forms(source)
        translation = (
            "<translation>\n"
            f"            <numerusform>{one}</numerusform>\n"
            f"            <numerusform>{many}</numerusform>\n"
            "        </translation>"
        )
        return re.sub(r"<translation.*?</translation>", translation, block, flags=re.S)

    return re.sub(r'<message numerus="yes">.*?</message>', message, text, flags=re.S)


path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("vpc-designer_en.ts"))
path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
