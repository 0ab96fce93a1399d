"""Per-report parse summary: sections found, tables found, identities holding, ambiguous cells.

Used by ``nianbao parse --summary`` and by the corpus measurement in the README."""
from __future__ import annotations

from dataclasses import dataclass

from .types import AMBIGUOUS, MISSING, SECTION_KEYS, Report

IDENTITY_RULES = ("T3-ROW-TOTAL", "T3-COL-BALANCE", "T3-COL-OUTCOMES", "T4-GROUP-TOTAL")


@dataclass(frozen=True)
class Summary:
    report_id: str
    source: str
    body: str | None
    year: int | None
    table_format: str | None
    sections: int
    sections_missing: str
    tables: str
    cells: int
    ambiguous: int
    missing: int
    broken_identities: int
    errors: int
    warnings: int
    infos: int


def summarise(report: Report) -> Summary:
    keys = {s.key for s in report.sections}
    sev = [f.severity for f in report.checks]
    statuses = [c.status for c in report.cells.values()]
    return Summary(
        report_id=report.report_id, source=report.source, body=report.meta.body, year=report.meta.year,
        table_format=report.meta.table_format, sections=len(keys),
        sections_missing=",".join(k for k in SECTION_KEYS if k not in keys),
        tables=",".join(f"{t}:{f}" for t, f in report.table_formats.items()),
        cells=len(report.cells),
        ambiguous=statuses.count(AMBIGUOUS), missing=statuses.count(MISSING),
        broken_identities=sum(f.rule in IDENTITY_RULES and f.severity == "error" for f in report.checks),
        errors=sev.count("error"), warnings=sev.count("warning"), infos=sev.count("info"))
