"""Print section 五 items of real reports for annotators: index, offsets, heading, text.

Usage: python scripts/show_items.py REPORT_ID... [--corpus DIR]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

import nlp
from nlp.items import report_items

ap = argparse.ArgumentParser()
ap.add_argument("ids", nargs="+")
ap.add_argument("--corpus", default="../shared/corpora/real")
args = ap.parse_args()
corpus = Path(args.corpus)
with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
    files = {r["id"]: r["file"] for r in csv.DictReader(fh, delimiter="\t")}
for rid in args.ids:
    report = nlp.read_report(corpus / files[rid])
    print(f"=== {rid}")
    for it in report_items(report):
        print(f"[{it.index}] {it.start}-{it.end} sha1={it.sha1[:10]} heading={it.heading!r} ({it.heading_kind})")
        print("    " + it.text.replace("\n", " "))
