"""Measure the checker on synthetic reports (:mod:`nlp.synth`): injected discrepancies of every kind
found, and false alarms on fully consistent reports. Used by ``scripts/eval_synthetic.py`` and tests.

Kinds injected: a narrative figure that disagrees with its table target (``narrative``), a 表三
column that does not balance (``t3_column``). A report counts as a false alarm when a fully consistent
report gets any ``error`` or ``warning``.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import synth
from .analysis import analyse
from .report import read_report


@dataclass
class SynthResult:
    consistent: int = 0
    false_alarms: int = 0
    injected: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    alarms: list[tuple] = field(default_factory=list)
    misses: list[tuple] = field(default_factory=list)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / max(self.consistent, 1)

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(sum(self.injected.values()), 1)


def _analyse(data, layout):
    blob = data.encode("utf-8") if isinstance(data, str) else data
    report = read_report(blob, name=f"synthetic{synth.EXTENSIONS[layout]}")
    return analyse(report)


def evaluate(n: int = 200, seed: int = 0, layouts=synth.LAYOUTS) -> SynthResult:
    res = SynthResult()
    rng = random.Random(seed)
    for i in range(n):
        layout = layouts[i % len(layouts)]
        fmt = rng.choice(("2021", "2019"))
        r = random.Random(rng.random())
        # a consistent report
        values = synth.random_tables(r, fmt)
        body, _ = synth.invent_body(r)
        state = r.getstate()
        data, truth = synth.make_report(r, fmt=fmt, layout=layout, values=values, body=body, year=2023 if fmt == "2021" else 2020)
        a = _analyse(data, layout)
        serious = [f for f in a.discrepancies if f.severity in ("error", "warning")]
        res.consistent += 1
        if serious:
            res.false_alarms += 1
            res.alarms.append((i, layout, fmt, [(f.rule, f.message[:80]) for f in serious][:3]))
        # a narrative figure that disagrees with the table
        # figures the prose can restate as a number (a negated zero has no figure to change)
        claims = [c for c in truth["claims"] if c.get("key") and c.get("value")]
        if claims:
            c = r.choice(claims)
            wrong = int(c["value"]) + r.choice((1, 2, 3, 7, 10))
            r2 = random.Random()
            r2.setstate(state)                    # the same report, one figure changed
            data, truth2 = synth.make_report(r2, fmt=fmt, layout=layout, values=values, body=body,
                                             year=2023 if fmt == "2021" else 2020,
                                             narrative_overrides={c["key"]: wrong})
            _count(res, "narrative", _analyse(data, layout), ("NARRATIVE-MISMATCH",), (i, layout, c["key"], wrong))
        # a 表三 column that does not balance
        r3 = random.Random(10_000 + i)
        values = synth.random_tables(r3, fmt)
        synth.inject_t3_imbalance(values, r3, fmt)
        data, _ = synth.make_report(r3, fmt=fmt, layout=layout, values=values, blanks=[])
        _count(res, "t3_column", _analyse(data, layout), ("T3-COL-BALANCE",), (i, layout, fmt))
    return res


def _count(res: SynthResult, kind: str, a, rules: tuple[str, ...], info) -> None:
    res.injected[kind] = res.injected.get(kind, 0) + 1
    if any(f.rule in rules and f.severity in ("error", "warning") for f in a.discrepancies):
        res.found[kind] = res.found.get(kind, 0) + 1
    else:
        res.misses.append((kind, *info))
