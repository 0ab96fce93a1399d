"""No false alarm on a consistent report: invented narratives in many issuers' voices (tests/consistent_narratives.py and
consistent_narratives2.py, written by helpers who read neither the extractor nor the binder), each with the table cells that make every
figure it states true. The narrative checks (figures against cells, 其中 lists, rates, fee units) must raise no
error and no warning; what they cannot resolve may only be `info`."""
from __future__ import annotations

import pytest
from consistent_narratives import NARRATIVES as FIRST
from consistent_narratives2 import NARRATIVES as SECOND
from population_common import report_with

from nlp.analysis import analyse

NARRATIVE_RULES = ("NARRATIVE-", "PARTS-", "RATE-", "FEE-")
NARRATIVES = FIRST + SECOND       # the second set: 表二 restatements, cleanups, rates and shares, PDF and web text


@pytest.mark.parametrize("entry", NARRATIVES, ids=[f"n{i}" for i in range(len(NARRATIVES))])
def test_a_consistent_narrative_raises_no_error_or_warning(entry):
    report = report_with(entry["text"], entry["cells"])
    alarms = [(f.rule, f.message) for f in analyse(report).findings
              if f.severity in ("error", "warning") and f.rule.startswith(NARRATIVE_RULES)]
    assert not alarms, entry["voice"]


def test_the_narratives_are_many_and_state_table_figures():
    assert len(FIRST) >= 35 and len(SECOND) >= 40
    assert sum(bool(e["cells"]) for e in NARRATIVES) >= 75
