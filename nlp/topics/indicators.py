"""Per-report indicators from the tagged items of section 五 (one row per report in report_topics).

- ``topics_covered``: every topic tagged on a problem, improvement or rectification item (``generic`` excluded);
- ``problems_without_improvement``: topics named as problems that no improvement/rectification item addresses
  (问题查摆了却没有对应的改进措施);
- ``improvements_without_problem``: the reverse (measures on topics no problem was stated for);
- ``generic_share``: share of the substantive items (problem, improvement, rectification) tagged only
  ``generic`` (改进措施空泛); None when there are none;
- ``similarity_prev``: :func:`nlp.topics.similarity.section5_similarity` with the same body's report of the
  year before, when it is known; None otherwise.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .labels import GENERIC, LABELS
from .similarity import section5_similarity

SUBSTANTIVE = ("problem", "improvement", "rectification")
REPORT_TOPICS_COLUMNS = ("report_id", "source", "body", "year", "topics_covered", "problems_without_improvement",
                         "improvements_without_problem", "generic_share", "similarity_prev")


def report_topics_schema():
    import pyarrow as pa
    return pa.schema([
        ("report_id", pa.string()), ("source", pa.string()), ("body", pa.string()), ("year", pa.int64()),
        ("topics_covered", pa.list_(pa.string())), ("problems_without_improvement", pa.list_(pa.string())),
        ("improvements_without_problem", pa.list_(pa.string())), ("generic_share", pa.float64()),
        ("similarity_prev", pa.float64())])


def _ordered(topics: set[str]) -> list[str]:
    return [lab for lab in LABELS if lab in topics]


def item_indicators(tagged: Sequence[dict]) -> dict:
    """The four indicators that need only the tagged items (dicts with polarity and topics)."""
    return _indicators([(t.get("polarity"), t.get("topics")) for t in tagged])


def _indicators(items: Sequence[tuple]) -> dict:
    """:func:`item_indicators` of (polarity, topics) pairs."""
    problems: set[str] = set()
    remedies: set[str] = set()
    substantive = generic = 0
    for pol, topics in items:
        if pol not in SUBSTANTIVE:
            continue
        topics = set(topics or ())
        substantive += 1
        if topics == {GENERIC}:
            generic += 1
        (problems if pol == "problem" else remedies).update(topics - {GENERIC})
    return {
        "topics_covered": _ordered(problems | remedies),
        "problems_without_improvement": _ordered(problems - remedies),
        "improvements_without_problem": _ordered(remedies - problems),
        "generic_share": round(generic / substantive, 4) if substantive else None,
    }


def report_indicators(report, tagged: Sequence[dict], previous_report=None) -> dict:
    """Indicators of one report from its tagged items; ``previous_report``: the same body's report of the
    year before (a Report), for ``similarity_prev``."""
    out = item_indicators(tagged)
    sim = None
    if previous_report is not None:
        a, b = report.section_text("problems"), previous_report.section_text("problems")
        sim = round(section5_similarity(a, b), 4) if a.strip() and b.strip() else None
    out["similarity_prev"] = sim
    return out


def report_topics_row(report_id: str, source: str, body: str | None, year: int | None, indicators: dict,
                      similarity_prev: float | None) -> dict:
    return {"report_id": report_id, "source": source, "body": body, "year": year, **indicators,
            "similarity_prev": similarity_prev}


def write_table(rows: list[dict], path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq
    pq.write_table(pa.Table.from_pylist(rows, schema=report_topics_schema()), path)
    return path


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def write_report_topics(out: Path, reports: Sequence[dict], records, similarities: dict[str, float] | None = None
                        ) -> Path:
    """OUT/report_topics.parquet for a batch run: ``reports`` (rows of the reports table), ``records``
    (YearRecords, for the previous-year similarity; ``similarities``: :func:`nlp.crossyear.section5_similarities`
    of them, when the caller has it) and OUT/items.parquet (file or directory of parts)."""
    from ..crossyear import section5_similarities
    from ..outputs import read_parquet
    out = Path(out)
    items_path = out / "items.parquet"
    by_report: dict[str, list[tuple]] = {}
    if items_path.exists():
        # three columns, not the text: memory stays small on big runs
        items = read_parquet(items_path, columns=["report_id", "polarity", "topics"])
        for rid, pol, topics in zip(*(items.column(c).to_pylist() for c in ("report_id", "polarity", "topics"))):
            if pol in SUBSTANTIVE:                  # the others count for nothing
                by_report.setdefault(rid, []).append((pol, topics))
    sims = section5_similarities(list(records)) if similarities is None else similarities
    rows = [report_topics_row(r["report_id"], r["source"], r.get("body"), r.get("year"),
                              _indicators(by_report.get(r["report_id"], ())), _rounded(sims.get(r["report_id"])))
            for r in reports]
    return write_table(rows, out / "report_topics.parquet")
