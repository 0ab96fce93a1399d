"""Write the inventory of section 五 items of the real corpus (ids, offsets, hashes — no text).

Usage: python scripts/list_items.py [CORPUS_DIR] > corpora/annotations/items_index.jsonl
Annotators read each item's text from the corpus at these offsets and label it by the codebook.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import nlp
from nlp.items import report_items

corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/real")
with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
    manifest = list(csv.DictReader(fh, delimiter="\t"))
for row in manifest:
    report = nlp.read_report(corpus / row["file"])
    for it in report_items(report):
        print(json.dumps({"report_id": row["id"], "file": row["file"], "split": row["split"], "index": it.index,
                          "start": it.start, "end": it.end, "sha1": it.sha1, "heading_kind": it.heading_kind},
                         ensure_ascii=False))
