"""The statutory table template, loaded once from ``data/schema.json`` (a copy of the
domain schema). Everything that needs a cell key, a row order or an identity asks here."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CellSpec:
    key: str
    label: str
    table: str      # 表二 / 表三 / 表四
    format: str     # 2021 / 2019 / 2019+2021
    row: int
    col: int
    unit: str
    type: str       # int / signed_int / decimal


@dataclass(frozen=True)
class Schema:
    version: str
    t3_columns: tuple[str, ...]          # natural … org_other, total
    t3_rows_2021: tuple[str, ...]
    t3_rows_2019: tuple[str, ...]
    cells: dict[str, CellSpec]

    def t3_rows(self, fmt: str) -> tuple[str, ...]:
        return self.t3_rows_2021 if fmt == "2021" else self.t3_rows_2019

    def keys(self, table: str, fmt: str) -> list[str]:
        """Keys of one table in one format, in reading order (row, then column). Worked out once per table and
        format (every report asks for each table's), a new list each call."""
        known = self.__dict__.setdefault("_key_orders", {})       # (a frozen dataclass: its own dict holds the cache)
        order = known.get((table, fmt))
        if order is None:
            order = known[table, fmt] = tuple(self._keys(table, fmt))
        return list(order)

    def _keys(self, table: str, fmt: str) -> list[str]:
        if table == "表三":
            return [f"t3.{r}.{c}" for r in self.t3_rows(fmt) for c in self.t3_columns]
        want = {"表二": fmt, "表四": "2019+2021"}[table]
        specs = [c for c in self.cells.values() if c.table == table and c.format == want]
        return [c.key for c in sorted(specs, key=lambda c: (c.row, c.col))]

    def spec(self, key: str) -> CellSpec:
        return self.cells[key]


T4_GROUPS = ("review", "lit_direct", "lit_after_review")
T4_OUTCOMES = ("upheld", "corrected", "other", "pending", "total")
T3_OUTCOME_ROWS_2021 = ("granted", "partial", "denied.", "unable.", "not_processed.", "other.")
T3_APPLICANT_COLS = ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other")


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    raw = json.loads(resources.files("nlp").joinpath("data/schema.json").read_text(encoding="utf-8"))
    cells: dict[str, CellSpec] = {}
    for c in raw["cells"]:
        key = c["key"]
        if key in cells:      # t3 keys are shared by both formats; keep the 2021 spec
            continue
        cells[key] = CellSpec(key, c["label_zh"], c["table"], c["format"], c["row"], c["col"],
                              c["unit"], c["type"])
    return Schema(
        version=str(raw["version"]),
        t3_columns=tuple(c["key"] for c in raw["columns_t3"]),
        t3_rows_2021=tuple(r["key"] for r in raw["rows_t3_2021"]),
        t3_rows_2019=tuple(r["key"] for r in raw["rows_t3_2019"]),
        cells=cells,
    )


def t3_outcome_rows(fmt: str) -> tuple[str, ...]:
    """表三 rows that add up to （七）总计 (every outcome row with its sub-items)."""
    rows = load_schema().t3_rows(fmt)
    return tuple(r for r in rows if r not in ("new", "carried_over", "total_processed", "carried_forward"))
