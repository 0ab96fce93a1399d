"""Plain frozen data for one report. Offsets are always character offsets into ``Report.text``."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SECTION_KEYS = ("general", "proactive", "requests", "review_litigation", "problems", "other")

# Cell status values
VALUE, BLANK, NOT_APPLICABLE, AMBIGUOUS, MISSING = "value", "blank", "not_applicable", "ambiguous", "missing"


@dataclass(frozen=True)
class Document:
    """What a reader produces: decoded text (tables rendered as tab-separated lines) and hints."""
    text: str
    source_format: str                    # text / markdown / html / docx / pdf
    encoding: str | None = None
    hints: dict[str, str] = field(default_factory=dict)   # e.g. title from <title> or crawl header
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    key: str
    title: str          # the heading as printed ("" when the heading was missing)
    start: int          # start of the heading (or of the text when inferred)
    end: int            # end of the section's text
    body_start: int     # first character after the heading
    inferred: bool = False


@dataclass(frozen=True)
class Cell:
    key: str
    value: float | int | None
    raw: str
    status: str
    candidates: tuple[float | int, ...] = ()
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "raw": self.raw, "status": self.status,
                "candidates": list(self.candidates), "span": list(self.span) if self.span else None}


_new = object.__new__


def make_cell(key: str, value: float | int | None, raw: str, status: str,
              candidates: tuple[float | int, ...] = (), span: tuple[int, int] | None = None) -> Cell:
    """``Cell(...)`` at a third of the cost (the table reader builds hundreds per report): the frozen
    dataclass's generated ``__init__`` sets each field through ``object.__setattr__``; this fills the
    instance dict directly. Same object, same equality and hash."""
    c = _new(Cell)
    d = c.__dict__
    d["key"] = key
    d["value"] = value
    d["raw"] = raw
    d["status"] = status
    d["candidates"] = candidates
    d["span"] = span
    return c


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str                 # error / warning / info
    message: str
    cells: tuple[str, ...] = ()
    expected: float | int | str | None = None
    actual: float | int | str | None = None
    span: tuple[int, int] | None = None
    evidence: str = ""            # the sentence a narrative finding is about

    @property
    def stated(self) -> float | int | str | None:
        """What the report states (the printed total, or the narrative figure)."""
        return self.actual

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["cells"] = list(self.cells)
        d["span"] = list(self.span) if self.span else None
        d["stated"] = self.actual
        return d


@dataclass(frozen=True)
class Meta:
    title: str | None
    body: str | None
    body_key: str | None          # normalised issuing body for matching across years
    year: int | None
    published: str | None         # ISO date
    level: str | None             # province / city / county / district / township / department
    table_format: str | None      # 2021 / 2019 / pre-2019 / None
    source_format: str
    encoding: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    report_id: str
    source: str
    text: str
    meta: Meta
    sections: tuple[Section, ...]
    cells: dict[str, Cell]
    checks: tuple[Finding, ...]
    warnings: tuple[str, ...] = ()
    table_formats: dict[str, str] = field(default_factory=dict)   # 表二/表三/表四 → 2021/2019
    table_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    body_start: int = 0                    # where the report text starts (after a crawl header)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def section_text(self, key: str) -> str:
        s = self.section(key)
        return self.text[s.body_start:s.end] if s else ""

    @property
    def tables(self) -> dict[str, float | int | None]:
        return {k: (c.value if c.status == VALUE else None) for k, c in self.cells.items()}

    def to_dict(self) -> dict[str, Any]:
        return {
            "report_id": self.report_id,
            "source": self.source,
            "meta": self.meta.to_dict(),
            "text": self.text,
            "sections": [{"key": s.key, "title": s.title, "start": s.start, "end": s.end,
                          "body_start": s.body_start, "inferred": s.inferred} for s in self.sections],
            "table_formats": dict(self.table_formats),
            "table_spans": {k: list(v) for k, v in self.table_spans.items()},
            "tables": self.tables,
            "cells": {k: c.to_dict() for k, c in self.cells.items()},
            "checks": [f.to_dict() for f in self.checks],
            "warnings": list(self.warnings),
        }

    def cells_frame(self):
        """Cells as a long DataFrame: report_id, source, table, key, value, raw, status, candidates."""
        import pandas as pd
        rows = [{"report_id": self.report_id, "source": self.source, "table": k.split(".")[0],
                 "key": k, "value": None if c.value is None else float(c.value), "raw": c.raw,
                 "status": c.status, "candidates": [float(x) for x in c.candidates]}
                for k, c in self.cells.items()]
        return pd.DataFrame(rows, columns=["report_id", "source", "table", "key", "value", "raw",
                                           "status", "candidates"])
