"""Agreement between two annotators of narrative numbers on the reports both annotated.

Usage: python scripts/numbers_agreement.py
Mentions agree when their spans overlap and their values (or intervals) are equal; reported as the
F1 between the two annotators (precision of one against the other), per report and overall.
"""
from __future__ import annotations

import json
from pathlib import Path

ANN = Path(__file__).resolve().parents[1] / "corpora" / "annotations"


def _same(a: dict, b: dict) -> bool:
    if a["end"] <= b["start"] or b["end"] <= a["start"]:
        return False
    va, vb = (a.get("value"), a.get("low"), a.get("high")), (b.get("value"), b.get("low"), b.get("high"))
    if a.get("value") is not None and b.get("value") is not None:
        return abs(a["value"] - b["value"]) < 1e-6
    return va[1:] == vb[1:]


def main() -> None:
    first = {json.loads(l)["report_id"]: json.loads(l) for l in (ANN / "numbers.jsonl").read_text().splitlines()}
    second = [json.loads(l) for l in (ANN / "numbers_second.jsonl").read_text().splitlines()]
    tot_a = tot_b = agree = 0
    for rec in second:
        rid = rec["report_id"]
        a = first[rid]["mentions"]
        b = rec["mentions"]
        used = set()
        n = 0
        for m in a:
            hit = next((i for i, x in enumerate(b) if i not in used and _same(m, x)), None)
            if hit is not None:
                used.add(hit)
                n += 1
        tot_a, tot_b, agree = tot_a + len(a), tot_b + len(b), agree + n
        print(f"{rid}: first {len(a)}, second {len(b)}, agreeing {n}")
    p, r = agree / max(tot_b, 1), agree / max(tot_a, 1)
    print(f"overall: {agree} agreeing of {tot_a} / {tot_b}; F1 {2 * p * r / max(p + r, 1e-9):.3f}")


if __name__ == "__main__":
    main()
