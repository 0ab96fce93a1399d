"""Real contradictions on the held-out (test) split: reported as error or warning? And no error in a
report that has none. Truth comes from the hand annotations: broken identities recorded in
corpora/annotations/tables.jsonl (source_errors) and narrative figures matching no table target
(target_match "none" in numbers.jsonl).

Usage: python scripts/eval_contradictions.py [CORPUS_DIR] [--split test|train] [-v]
(the train split is for development: ``-v`` lists what was missed there; the test split is only measured)
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import nlp
from nlp.analysis import analyse

REPO = Path(__file__).resolve().parents[1]


def main(corpus: Path, split: str = "test", verbose: bool = False) -> dict:
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
        man = {r["id"]: r for r in csv.DictReader(fh, delimiter="\t")}
    ann = REPO / "corpora" / "annotations"
    tables = {json.loads(l)["report_id"]: json.loads(l) for l in (ann / "tables.jsonl").read_text().splitlines()}
    numbers = {json.loads(l)["report_id"]: json.loads(l) for l in (ann / "numbers.jsonl").read_text().splitlines()}
    ids = sorted(i for i in set(tables) | set(numbers) if man[i]["split"] == split)
    found = total = clean = clean_ok = 0
    for rid in ids:
        a = analyse(nlp.read_report(corpus / man[rid]["file"]))
        serious = [f for f in a.discrepancies if f.severity in ("error", "warning")]
        truth = 0
        if rid in tables and tables[rid].get("source_errors"):
            truth += 1
            total += 1
            hit = any(f.rule.startswith(("T3-", "T4-")) for f in serious)
            found += hit
            if verbose and not hit:
                print("missed broken identity:", rid, tables[rid]["source_errors"])
        for m in numbers.get(rid, {}).get("mentions", []):
            if m.get("target_match") == "none":
                truth += 1
                total += 1
                hit = any(f.span and f.span[0] <= m["start"] < f.span[1] or
                          f.span and m["start"] <= f.span[0] < m["end"] for f in serious)
                found += hit
                if verbose and not hit:
                    near = [(f.rule, f.severity, f.message) for f in a.discrepancies
                            if f.span and abs(f.span[0] - m["start"]) < 40]
                    print("missed narrative figure:", rid, m["start"], m.get("value"), m.get("targets"), near)
        if truth == 0 and rid in tables:                 # table truth known: a clean report is really clean
            clean += 1
            clean_ok += not any(f.severity == "error" for f in a.discrepancies)
            if any(f.severity == "error" for f in a.discrepancies):
                print("error in a report without contradictions:", rid)
    res = {"contradictions": total, "reported": found, "clean_reports": clean, "clean_without_error": clean_ok}
    print(f"{split} split: {found} of {total} real contradictions reported as error/warning; "
          f"{clean_ok} of {clean} reports without contradictions have no error")
    return res


if __name__ == "__main__":
    import argparse
    p = argparse.ArgumentParser()
    p.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpora" / "real"))
    p.add_argument("--split", choices=("test", "train"), default="test")
    p.add_argument("-v", "--verbose", action="store_true", help="list the misses (train split only)")
    args = p.parse_args()
    if args.verbose and args.split == "test":
        p.error("-v lists misses for development: use it on the train split only")
    main(Path(args.corpus), args.split, args.verbose)
