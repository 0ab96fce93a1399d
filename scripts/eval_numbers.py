"""Number extraction and linking against hand annotations (corpora/annotations/numbers.jsonl).

Usage: python scripts/eval_numbers.py [CORPUS_DIR] [--split train|test|all] [-v]
Extraction: a predicted mention is right when it overlaps a gold mention with the same value (or the
same interval). Linking: right target, or right "no target", on the mentions both sides found.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

import nlp
from nlp.analysis import analyse

REPO = Path(__file__).resolve().parents[1]


def _same_value(p, g) -> bool:
    def eq(a, b):
        return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6 * max(1, abs(b)))
    if g.get("value") is not None:
        return eq(p.value, g["value"]) or (p.value is None and eq(p.low, g["value"]) and eq(p.high, g["value"]))
    return eq(p.low, g.get("low")) and eq(p.high, g.get("high"))


def _keys(expr: str | None) -> frozenset[str]:
    return frozenset(re.findall(r"t[234][\w.]*\.\w+", expr or ""))


def evaluate(corpus: Path, split: str = "test", verbose: bool = False, annotations: Path | None = None) -> dict:
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
        files = {r["id"]: r["file"] for r in csv.DictReader(fh, delimiter="\t")}
    tp = fp = fn = 0
    link_right = link_total = 0
    errors = []
    for line in (annotations or REPO / "corpora" / "annotations" / "numbers.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if split != "all" and gold["split"] != split:
            continue
        report = nlp.read_report(corpus / files[gold["report_id"]])
        a = analyse(report)
        claims = {id(c.mention): c for c in a.claims}
        used = set()
        for g in gold["mentions"]:
            hit = None
            for p in a.numbers:
                if id(p) in used or p.end <= g["start"] or p.start >= g["end"]:
                    continue
                if _same_value(p, g):
                    hit = p
                    break
            if hit is None:
                fn += 1
                errors.append(("missed", gold["report_id"], report.text[g["start"]:g["end"]], g.get("value"),
                               g.get("low"), g.get("high")))
                continue
            used.add(id(hit))
            tp += 1
            claim = claims[id(hit)]
            link_total += 1
            gm = g.get("target_match")
            if not g.get("targets"):
                ok = claim.status == "no_target"
            elif gm == "none":
                ok = claim.status in ("mismatch", "unit")
            elif gm:
                # any plausible target that holds the stated figure is the right link (equal values)
                ok = claim.status in ("match", "approx")
            else:
                ok = claim.status in ("no_target", "ambiguous")
            link_right += ok
            if not ok:
                errors.append(("link", gold["report_id"], hit.surface, claim.concept, claim.status, claim.matched,
                               "gold:", g.get("targets"), gm))
        for p in a.numbers:
            if id(p) not in used:
                fp += 1
                errors.append(("spurious", gold["report_id"], p.surface, p.value, p.low, p.high,
                               report.text[max(0, p.start - 10):p.end + 4].replace("\n", " ")))
    res = {"split": split, "precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1), "tp": tp, "fp": fp,
           "fn": fn, "linking": link_right / max(link_total, 1), "linked": link_total}
    if verbose:
        for e in errors:
            print(*e)
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpora" / "real"))
    ap.add_argument("--split", default="test", choices=["train", "test", "all"])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--annotations", type=Path, help="another annotation file (default corpora/annotations/numbers.jsonl)")
    args = ap.parse_args()
    r = evaluate(Path(args.corpus), args.split, args.verbose, args.annotations)
    print(f"[{r['split']}] extraction precision {r['precision']:.3f} recall {r['recall']:.3f} "
          f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']}); linking {r['linking']:.3f} on {r['linked']} mentions")
