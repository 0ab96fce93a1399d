"""Shared parts of the number-extraction population tables (tests/test_numbers_population.py and the
batches tests/population_batch*.py): the target expressions the claim tables name, and the helpers that
run the extractor and the binder on one invented sentence."""
from __future__ import annotations

from types import SimpleNamespace

from nlp.claims import make_claims
from nlp.numbers import extract_numbers

_T4_ALL = "t4.review.total+t4.lit_direct.total+t4.lit_after_review.total"
_LIT = "t4.lit_direct.total+t4.lit_after_review.total"
_ORG = "t3.new.commercial+t3.new.research+t3.new.social_welfare+t3.new.legal_service+t3.new.org_other"
_DENIED = "+".join(f"t3.denied.{k}.total" for k in ("state_secret", "law_prohibited", "security_stability",
                                                     "third_party", "internal_affairs", "process_info",
                                                     "enforcement_file", "admin_query"))
_UNABLE = "t3.unable.not_held.total+t3.unable.needs_creation.total+t3.unable.unclear_after_correction.total"
_NOTPROC = "+".join(f"t3.not_processed.{k}.total" for k in ("petition", "duplicate", "publication", "mass_repeat",
                                                             "confirm_reissue"))
_OTHER = "t3.other.no_correction.total+t3.other.unpaid_fee.total+t3.other.other.total"
_RATE = "t3.total_processed.total/(t3.new.total+t3.carried_over.total)*100"
_ALL_UPHELD = "t4.review.upheld+t4.lit_direct.upheld+t4.lit_after_review.upheld"
_ALL_CORRECTED = "t4.review.corrected+t4.lit_direct.corrected+t4.lit_after_review.corrected"
_ALL_OTHER = "t4.review.other+t4.lit_direct.other+t4.lit_after_review.other"
_ALL_PENDING = "t4.review.pending+t4.lit_direct.pending+t4.lit_after_review.pending"


def _got(text):
    out = []
    for m in extract_numbers(text):
        if m.value is not None:
            out.append((m.surface, m.value))
        else:
            out.append((m.surface, (m.low, m.high)))
    return out


def _same(got, expected) -> bool:
    if len(got) != len(expected):
        return False
    for (gs, gv), (es, ev) in zip(got, expected):
        if gs != es:
            return False
        if isinstance(ev, tuple) != isinstance(gv, tuple):
            return False
        pairs = zip(gv, ev) if isinstance(ev, tuple) else [(gv, ev)]
        for a, b in pairs:
            if (a is None) != (b is None) or (a is not None and abs(a - b) > 1e-9 * max(1, abs(b))):
                return False
    return True


def _report(text: str):
    meta = SimpleNamespace(year=2023, table_format="2021")
    return SimpleNamespace(text=text, table_formats={}, meta=meta, cells={"t3.new.total": None})


def claim_of(text: str, surface: str):
    rep = _report(text)
    claims = make_claims(rep, extract_numbers(text))
    return next((c for c in claims if c.mention.surface == surface), None)


def claim_of_2019(text: str, surface: str):
    meta = SimpleNamespace(year=2023, table_format="2019")
    rep = SimpleNamespace(text=text, table_formats={}, meta=meta, cells={"t3.new.total": None})
    return next((c for c in make_claims(rep, extract_numbers(text)) if c.mention.surface == surface), None)


def report_with(narrative: str, cells: dict | None = None, body: str = "云溪县测试局", year: int = 2023):
    """A tab-layout 2021-format report with invented tables — every cell 0 except ``cells`` (schema key →
    value; the caller keeps the identities) — and ``narrative`` as its section 一."""
    import random

    import nlp
    from nlp import synth
    rng = random.Random(0)
    values = synth.random_tables(rng, "2021")
    for k in values:
        values[k] = 0
    values.update(cells or {})
    text = synth.render_report(values, fmt="2021", layout="tsv", rng=rng, body=body, year=year)
    _, _, rest = text.partition("## 二、")
    text = f"# {body}{year}年政府信息公开工作年度报告\n\n## 一、总体情况\n\n{narrative}\n\n## 二、" + rest
    return nlp.read_report(text.encode("utf-8"), name="r.md")


NARRATIVE_RULES = ("NARRATIVE-", "PARTS-", "RATE-", "FEE-")


def narrative_alarms(entry: dict) -> tuple:
    """The report built around a narrative test entry ({"text", "cells"}) and its narrative findings that are
    errors or warnings (figures against cells, 其中 lists, rates, fee units)."""
    from nlp.analysis import analyse
    report = report_with(entry["text"], entry["cells"])
    return report, [f for f in analyse(report).findings
                    if f.severity in ("error", "warning") and f.rule.startswith(NARRATIVE_RULES)]
