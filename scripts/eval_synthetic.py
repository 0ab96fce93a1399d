"""Injected discrepancies found and false alarms on fully consistent synthetic reports.

Usage: python scripts/eval_synthetic.py [N] [SEED]
"""
from __future__ import annotations

import sys

from nlp.synth_eval import evaluate

n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
r = evaluate(n, seed=seed)
print(f"consistent reports: {r.consistent}, with a false alarm (error or warning): {r.false_alarms} "
      f"({r.false_alarm_rate:.1%})")
for kind, total in r.injected.items():
    print(f"injected {kind}: {total}, found {r.found.get(kind, 0)} ({r.found.get(kind, 0) / total:.1%})")
print(f"all injected discrepancies found: {r.recall:.1%}")
