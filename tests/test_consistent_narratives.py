"""No false alarm on a consistent report: invented narratives in many issuers' voices (tests/consistent_narratives.py,
consistent_narratives2–4.py, written by helpers who read neither the extractor nor the binder), each with the table cells that make every
figure it states true. The narrative checks (figures against cells, 其中 lists, rates, fee units) must raise no
error and no warning; what they cannot resolve may only be `info`."""
from __future__ import annotations

import pytest
from consistent_narratives import NARRATIVES as FIRST
from consistent_narratives2 import NARRATIVES as SECOND
from consistent_narratives3 import NARRATIVES as THIRD
from consistent_narratives4 import NARRATIVES as FOURTH
from population_common import narrative_alarms

# the second set: 表二 restatements, cleanups, rates and shares, PDF and web text; the third: figures about a part
# of the requests or of the body (per applicant type, carried-over only, sub-units, a system, a review authority)
# the fourth: how small bodies write (townships, schools, clinics, farms; plain and colloquial, numbered lists)
NARRATIVES = FIRST + SECOND + THIRD + FOURTH


@pytest.mark.parametrize("entry", NARRATIVES, ids=[f"n{i}" for i in range(len(NARRATIVES))])
def test_a_consistent_narrative_raises_no_error_or_warning(entry):
    _, alarms = narrative_alarms(entry)
    assert not [(f.rule, f.message) for f in alarms], entry["voice"]


def test_the_narratives_are_many_and_state_table_figures():
    assert len(FIRST) >= 35 and len(SECOND) >= 40 and len(THIRD) >= 40 and len(FOURTH) >= 40
    assert sum(bool(e["cells"]) for e in NARRATIVES) >= 170
