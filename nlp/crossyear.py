"""Cross-year checks between one body's consecutive reports (needs both in the corpus).

One body's reports are matched by the normalised issuing body (:func:`nlp.meta.body_key`). Findings
(all ``warning``: soft checks that need an explanation rather than an error):

- ``CROSS-YEAR-CARRIED``: this year's 上年结转 ≠ last year's 结转下年度;
- ``CROSS-YEAR-IN-FORCE``: 现行有效规范性文件 ≠ last year's + 制发 − 废止 (mentions 清理 when the text does);
- ``SECTION5-COPIED``: section 五 nearly identical to last year's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .types import VALUE, Finding, Report

COPY_THRESHOLD = 0.85


@dataclass(frozen=True)
class YearRecord:
    """The few figures of one report that the cross-year checks need (small, picklable)."""
    report_id: str
    source: str
    body_key: str | None
    year: int | None
    carried_over: float | None
    carried_forward: float | None
    in_force: float | None
    issued: float | None
    repealed: float | None
    section5: str
    mentions_cleanup: bool
    carried_over_span: tuple[int, int] | None = None


def _value(report: Report, key: str) -> float | None:
    c = report.cells.get(key)
    return float(c.value or 0) if c is not None and c.status in (VALUE, "blank", "not_applicable") else None


def year_record(report: Report) -> YearRecord:
    fmt = report.table_formats.get("表二")
    t2 = "t2.normative_doc" if fmt == "2021" else "t2v19.normative_doc"
    # the 2019 table's 对外公开总数量 counts every document ever published, not those in force: no base for the check
    in_force = _value(report, f"{t2}.in_force") if fmt == "2021" else None
    issued = _value(report, f"{t2}.issued" if fmt == "2021" else f"{t2}.new_made")
    repealed = _value(report, f"{t2}.repealed") if fmt == "2021" else None
    cell = report.cells.get("t3.carried_over.total")
    return YearRecord(report.report_id, report.source, report.meta.body_key, report.meta.year,
                      _value(report, "t3.carried_over.total"), _value(report, "t3.carried_forward.total"),
                      in_force, issued, repealed, report.section_text("problems"),
                      bool(_DOCUMENT_CLEANUP.search(report.text)), cell.span if cell is not None else None)


# a clean-up of documents in force (规范性文件清理, 清理了一批文件), not of a website's old pages (对过期内容逐项清理)
_DOCUMENT_CLEANUP = re.compile(r"(?:文件|规章)[^。；;\n]{0,20}清理|清理[^。；;\n]{0,20}(?:文件|规章)")


def pair_previous(records: list[YearRecord]) -> dict[str, YearRecord]:
    """report_id → the same body's report of the year before: the one the corpus holds, or the first of several
    whose figures these checks compare all agree (a report filed again, revised elsewhere); none where they differ."""
    by_key: dict[tuple[str, int], list[YearRecord]] = {}
    for r in records:
        if r.body_key and r.year:
            by_key.setdefault((r.body_key, r.year), []).append(r)
    out = {}
    for r in records:
        if not (r.body_key and r.year):
            continue
        prev = by_key.get((r.body_key, r.year - 1), [])
        prev = sorted((p for p in prev if p.source != r.source), key=lambda p: p.source)
        if prev and len({(p.carried_forward, p.in_force) for p in prev}) == 1:
            out[r.report_id] = prev[0]
    return out


def _fmt(x: float | None) -> str:
    return "?" if x is None else (str(int(x)) if float(x).is_integer() else f"{x:g}")


def section5_similarities(records: list[YearRecord]) -> dict[str, float]:
    """report_id → :func:`~nlp.topics.similarity.section5_similarity` of its section 五 with that of the same
    body's report of the year before (:func:`pair_previous`), where both have one; each text's n-grams are
    built once (a report is the previous year of the next)."""
    from .topics.similarity import char_ngrams, jaccard
    grams: dict[str, set[str]] = {}

    def of(r: YearRecord) -> set[str]:
        g = grams.get(r.report_id)
        if g is None:
            g = grams[r.report_id] = char_ngrams(r.section5)
        return g

    by_id = {r.report_id: r for r in records}
    return {rid: jaccard(of(by_id[rid]), of(p)) for rid, p in pair_previous(records).items()
            if by_id[rid].section5.strip() and p.section5.strip()}


def cross_year_findings(records: list[YearRecord],
                        similarities: dict[str, float] | None = None) -> dict[str, list[Finding]]:
    """Findings against the same body's report of the year before; ``similarities``: those of
    :func:`section5_similarities`, when the caller has them already."""
    prev_of = pair_previous(records)
    sims = section5_similarities(records) if similarities is None else similarities
    out: dict[str, list[Finding]] = {}
    for r in records:
        p = prev_of.get(r.report_id)
        if p is None:
            continue
        found: list[Finding] = []
        if r.carried_over is not None and p.carried_forward is not None and r.carried_over != p.carried_forward:
            found.append(Finding("CROSS-YEAR-CARRIED", "warning",
                                 f"本年“上年结转”{_fmt(r.carried_over)}件，与{p.year}年报告“结转下年度”"
                                 f"{_fmt(p.carried_forward)}件不一致（{p.source}）",
                                 ("t3.carried_over.total",), p.carried_forward, r.carried_over, r.carried_over_span))
        if None not in (r.in_force, p.in_force, r.issued) and r.repealed is not None:
            expected = p.in_force + r.issued - r.repealed
            if abs(expected - r.in_force) > 1e-9:
                note = "；正文提到文件清理，可能是清理所致" if r.mentions_cleanup else ""
                found.append(Finding("CROSS-YEAR-IN-FORCE", "warning",
                                     f"现行有效规范性文件{_fmt(r.in_force)}件，按上年{_fmt(p.in_force)}＋制发"
                                     f"{_fmt(r.issued)}－废止{_fmt(r.repealed)}应为{_fmt(expected)}件{note}",
                                     ("t2.normative_doc.in_force", "t2.normative_doc.issued",
                                      "t2.normative_doc.repealed"), expected, r.in_force))
        sim = sims.get(r.report_id)
        if sim is not None:
            if sim >= COPY_THRESHOLD:
                found.append(Finding("SECTION5-COPIED", "warning",
                                     f"“存在的主要问题及改进情况”与{p.year}年报告高度相似（相似度{sim:.2f}），疑似照搬往年",
                                     (), COPY_THRESHOLD, round(sim, 3)))
        if found:
            out[r.report_id] = found
    return out
