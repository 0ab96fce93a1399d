"""Table reading accuracy against hand-read gold (corpora/annotations/tables.jsonl).

Usage: python scripts/eval_tables.py [CORPUS_DIR]
Scores every gold cell the parser reports as a unique value (status `value`); cells the parser leaves
ambiguous are counted separately (with whether the gold value is among the candidates).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import nlp
from nlp.types import AMBIGUOUS, VALUE

REPO = Path(__file__).resolve().parents[1]


def evaluate(corpus: Path) -> dict:
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
        files = {r["id"]: r["file"] for r in csv.DictReader(fh, delimiter="\t")}
    scored = right = ours_ambiguous = ours_ambiguous_covered = gold_ambiguous = 0
    wrong = []
    for line in (REPO / "corpora" / "annotations" / "tables.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        report = nlp.read_report(corpus / files[gold["report_id"]])
        for key, value in gold["cells"].items():
            cell = report.cells.get(key)
            if key in gold.get("ambiguous", {}):
                gold_ambiguous += 1
                continue
            if cell is None or cell.status != VALUE:
                if cell is not None and cell.status == AMBIGUOUS:
                    ours_ambiguous += 1
                    ours_ambiguous_covered += value in cell.candidates
                continue
            scored += 1
            ok = (value is None and cell.value is None) or (
                value is not None and cell.value is not None and abs(cell.value - value) < 1e-9)
            right += ok
            if not ok:
                wrong.append((gold["report_id"], key, value, cell.value))
    return {"scored": scored, "right": right, "accuracy": right / max(scored, 1), "wrong": wrong,
            "ours_ambiguous": ours_ambiguous, "ours_ambiguous_gold_in_candidates": ours_ambiguous_covered,
            "gold_ambiguous": gold_ambiguous}


if __name__ == "__main__":
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else REPO.parent / "shared" / "corpora" / "real")
    res = evaluate(corpus)
    print(f"cells read as unique values: {res['scored']}, right: {res['right']} ({res['accuracy']:.2%})")
    print(f"cells we leave ambiguous: {res['ours_ambiguous']} (gold among candidates: "
          f"{res['ours_ambiguous_gold_in_candidates']}); cells gold itself marks ambiguous: {res['gold_ambiguous']}")
    for w in res["wrong"]:
        print("wrong:", *w)
