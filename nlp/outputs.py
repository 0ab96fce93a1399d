"""Output tables: the row builders and the column schemas every consumer can rely on.

Every table has ``report_id`` and ``source``. In Parquet ``cells`` is list<string> and ``span``
list<int64> or null; in CSV both are JSON text.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache

import pyarrow as pa

from .summary import summarise

SCHEMAS: dict[str, pa.Schema] = {
    "reports": pa.schema([
        ("report_id", pa.string()), ("source", pa.string()), ("title", pa.string()), ("body", pa.string()),
        ("body_key", pa.string()), ("year", pa.int64()), ("level", pa.string()), ("published", pa.string()),
        ("table_format", pa.string()), ("source_format", pa.string()), ("sections", pa.int64()),
        ("sections_missing", pa.string()), ("tables", pa.string()), ("ambiguous_cells", pa.int64()),
        ("numbers", pa.int64()), ("errors", pa.int64()), ("warnings", pa.int64()), ("infos", pa.int64()),
        ("items", pa.int64())]),
    "discrepancies": pa.schema([
        ("report_id", pa.string()), ("source", pa.string()), ("rule", pa.string()), ("severity", pa.string()),
        ("message", pa.string()), ("cells", pa.list_(pa.string())), ("span", pa.list_(pa.int64())),
        ("stated", pa.string()), ("expected", pa.string()), ("evidence", pa.string())]),
    "numbers": pa.schema([
        ("report_id", pa.string()), ("source", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("surface", pa.string()), ("value", pa.float64()), ("low", pa.float64()), ("high", pa.float64()),
        ("unit", pa.string()), ("kind", pa.string()), ("section", pa.string()), ("counted", pa.string()),
        ("concept", pa.string()), ("targets", pa.list_(pa.string())), ("status", pa.string()),
        ("matched", pa.string())]),
    "cells": pa.schema([
        ("report_id", pa.string()), ("source", pa.string()), ("table", pa.string()), ("key", pa.string()),
        ("value", pa.float64()), ("raw", pa.string()), ("status", pa.string()),
        ("candidates", pa.list_(pa.float64()))]),
    "items": pa.schema([
        ("report_id", pa.string()), ("source", pa.string()), ("index", pa.int64()), ("start", pa.int64()),
        ("end", pa.int64()), ("text", pa.string()), ("heading", pa.string()), ("heading_kind", pa.string()),
        ("polarity", pa.string()), ("topics", pa.list_(pa.string())), ("scores", pa.string())]),
}


def _s(x) -> str | None:
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def discrepancy_rows(report_id: str, source: str, findings) -> list[dict]:
    return [{"report_id": report_id, "source": source, "rule": f.rule, "severity": f.severity,
             "message": f.message, "cells": list(f.cells), "span": list(f.span) if f.span else None,
             "stated": _s(f.actual), "expected": _s(f.expected), "evidence": f.evidence} for f in findings]


def number_rows(report, claims) -> Columns:
    """One row per narrative number (its claim: concept, targets, status), as columns."""
    ms = [c.mention for c in claims]
    n = len(ms)
    return Columns(report_id=Repeat(report.report_id, n), source=Repeat(report.source, n),
                   start=[m.start for m in ms], end=[m.end for m in ms], surface=[m.surface for m in ms],
                   value=[_f(m.value) for m in ms], low=[_f(m.low) for m in ms], high=[_f(m.high) for m in ms],
                   unit=[m.unit for m in ms], kind=[m.kind for m in ms], section=[m.section for m in ms],
                   counted=[m.counted for m in ms], concept=[c.concept for c in claims],
                   targets=[list(c.targets) for c in claims], status=[c.status for c in claims],
                   matched=[c.matched for c in claims])


def _f(x) -> float | None:
    return None if x is None else float(x)


class Columns(dict):
    """Rows of one output table as columns (name → values, all the same length): what the per-report job returns
    for its large tables, built without a dict per row. A column is a list, or a :class:`Repeat` (one value on
    every row) or a :class:`Shared` (a sequence every report of a kind has): those become Arrow arrays without a
    Python object per row."""

    @property
    def num_rows(self) -> int:
        return len(next(iter(self.values()), ()))


class Repeat:
    """A column of one value on each of ``count`` rows (a report's id and source on its rows)."""
    __slots__ = ("value", "count")

    def __init__(self, value, count: int) -> None:
        self.value, self.count = value, count

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        return iter([self.value] * self.count)


class Shared(tuple):
    """A column of values that recur whole in report after report (the key order of a table format): its Arrow
    array is built once (:func:`_shared_array`)."""
    __slots__ = ()


def cell_rows(report) -> Columns:
    cells = report.cells
    n = len(cells)
    keys = tuple(cells)
    values, raws, statuses, candidates = [], [], [], []
    for c in cells.values():                    # (one pass over the cells for their four columns)
        v = c.value
        values.append(None if v is None else float(v))
        raws.append(c.raw)
        statuses.append(c.status)
        candidates.append([float(x) for x in c.candidates] if c.candidates else [])
    keys, tables = _keys_and_tables(keys)
    return Columns(report_id=Repeat(report.report_id, n), source=Repeat(report.source, n), table=tables, key=keys,
                   value=values, raw=raws, status=statuses, candidates=candidates)


@lru_cache(maxsize=64)
def _keys_and_tables(keys: tuple[str, ...]) -> tuple[Shared, Shared]:
    """A report's cell keys and each key's table (t3.new.total → t3), as shared columns: the same few key lists
    (one per combination of table formats) recur in every report."""
    return Shared(keys), Shared(k[:k.index(".")] for k in keys)


def report_row(report, n_numbers: int, findings, n_items: int) -> dict:
    s = summarise(report)
    sev = [f.severity for f in findings]
    m = report.meta
    return {"report_id": report.report_id, "source": report.source, "title": m.title, "body": m.body,
            "body_key": m.body_key, "year": m.year, "level": m.level, "published": m.published,
            "table_format": m.table_format, "source_format": m.source_format, "sections": s.sections,
            "sections_missing": s.sections_missing, "tables": s.tables, "ambiguous_cells": s.ambiguous,
            "numbers": n_numbers, "errors": sev.count("error"), "warnings": sev.count("warning"),
            "infos": sev.count("info"), "items": n_items}


def item_rows(report, tagged: list[dict]) -> Columns:
    """One row per section 五 item with its tags, as columns."""
    n = len(tagged)
    return Columns(report_id=Repeat(report.report_id, n), source=Repeat(report.source, n),
                   index=[t["index"] for t in tagged], start=[t["start"] for t in tagged],
                   end=[t["end"] for t in tagged], text=[t["text"] for t in tagged],
                   heading=[t.get("heading", "") for t in tagged],
                   heading_kind=[t.get("heading_kind", "") for t in tagged],
                   polarity=[t.get("polarity") for t in tagged],
                   topics=[list(t.get("topics") or []) for t in tagged],
                   scores=[_scores_json(t.get("scores") or {}) for t in tagged])


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_]+")
_SCORE_TEMPLATES: dict[tuple, str | None] = {}     # key tuple → "%r" template (None: a key needs escaping)


def _scores_json(scores: dict) -> str:
    """``json.dumps(scores, ensure_ascii=False)`` for a flat dict of label → finite number, without the
    encoder (one call per item: the label set is fixed, so each key tuple gets one format template);
    anything else goes through json.dumps."""
    keys = tuple(scores)
    template = _SCORE_TEMPLATES.get(keys, "")
    if template == "":
        ok = all(type(k) is str and _PLAIN_KEY.fullmatch(k) for k in keys)
        template = _SCORE_TEMPLATES[keys] = ("{" + ", ".join(f'"{k}": %r' for k in keys) + "}") if ok else None
    values = tuple(scores.values())
    # a NaN or an infinity makes the sum non-finite (so may an overflow: the encoder then gives the same text)
    if template is None or not all(type(v) is float or type(v) is int for v in values) \
            or not math.isfinite(sum(values)):
        return json.dumps(scores, ensure_ascii=False)
    return template % values


def to_table(name: str, rows: list[dict] | Columns) -> pa.Table:
    schema = SCHEMAS[name]
    if isinstance(rows, Columns):
        return pa.Table.from_pydict({c: v if type(v) is list or isinstance(v, pa.Array)
                                     else _merged_column([v], schema.field(c).type) for c, v in rows.items()},
                                    schema=schema)
    return pa.Table.from_pylist(rows, schema=schema)


def tables_of(name: str, batches: list[list[dict] | Columns]) -> pa.Table:
    """One table from the rows of several reports (lists of row dicts and/or Columns)."""
    dicts = [r for b in batches if not isinstance(b, Columns) for r in b]
    cols = [b for b in batches if isinstance(b, Columns) and b.num_rows]
    if cols:
        schema = SCHEMAS[name]
        merged = Columns()
        for c in cols[0]:
            merged[c] = _merged_column([b[c] for b in cols], schema.field(c).type)
        parts = [to_table(name, merged)] + ([to_table(name, dicts)] if dicts else [])
        return pa.concat_tables(parts) if len(parts) > 1 else parts[0]
    return to_table(name, dicts)


def _merged_column(parts: list, type_: pa.DataType) -> list | pa.Array:
    """One column of several reports' :class:`Columns`: their lists joined (list.extend: a C loop), their
    :class:`Repeat` values run-length decoded, their :class:`Shared` arrays (built once each) concatenated; any
    other mix as one list."""
    if type_ == pa.string() and all(type(p) is Repeat and type(p.value) is str for p in parts):
        return _repeated_strings(parts)
    if all(type(p) is Shared for p in parts):
        return pa.concat_arrays([_shared_array(p, type_) for p in parts])
    column: list = []
    for p in parts:
        column.extend(p)
    return column


def _repeated_strings(parts: list[Repeat]) -> pa.Array:
    """The string array of :class:`Repeat` columns end to end, built from its buffers: each value's bytes repeated
    (bytes * count) and the offsets of their lengths (no Python object per row, and nothing of pyarrow.compute,
    which a worker does not import)."""
    import numpy as np
    encoded = [p.value.encode("utf-8") for p in parts]
    counts = [p.count for p in parts]
    n = sum(counts)
    lengths = np.repeat(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), counts)
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    if offsets[-1] >= 2 ** 31:                  # (more than a string array's 32-bit offsets hold: never in a chunk)
        return pa.array([p.value for p in parts for _ in range(p.count)], pa.string())
    data = b"".join(e * c for e, c in zip(encoded, counts))
    return pa.Array.from_buffers(pa.string(), n, [None, pa.py_buffer(offsets.astype(np.int32)), pa.py_buffer(data)])


@lru_cache(maxsize=64)
def _shared_array(values: Shared, type_: pa.DataType) -> pa.Array:
    return pa.array(values, type_)


LIST_COLUMNS = ("cells", "span", "targets", "topics", "candidates")
_PLAIN = re.compile(r'[^"\\\x00-\x1f\x7f\u2028\u2029]*')


def _json_list(v: list) -> str:
    """``json.dumps(v, ensure_ascii=False)`` for a list, without the encoder for the common cases (strings
    that need no escaping, ints)."""
    if all(type(x) is str and _PLAIN.fullmatch(x) for x in v):
        return "[" + ", ".join(['"' + x + '"' for x in v]) + "]"
    if all(type(x) is int for x in v):
        return "[" + ", ".join(map(str, v)) + "]"
    return json.dumps(v, ensure_ascii=False)


def read_parquet(path, columns: list[str] | None = None) -> pa.Table:
    """A Parquet file, or a directory of part files (``OUT/<name>.parquet/``) as one table, read with
    ``ParquetFile`` (``pyarrow.parquet.read_table`` goes through ``pyarrow.dataset``, which imports pandas:
    ≈0.5 s a corpus run does not need)."""
    import pyarrow.parquet as pq
    from pathlib import Path
    path = Path(path)
    files = sorted(p for p in path.iterdir() if p.suffix == ".parquet" and not p.name.startswith((".", "_"))) \
        if path.is_dir() else [path]
    tables = [pq.ParquetFile(f).read(columns=columns) for f in files]
    if not tables:
        raise FileNotFoundError(f"no Parquet part files in {path}")
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def csv_rows(table: pa.Table) -> Iterable[list]:
    """The rows of an Arrow table as CSV values: list columns as JSON text (:func:`_json_list`)."""
    cols = []
    for name in table.column_names:
        values = table.column(name).to_pylist()
        if name in LIST_COLUMNS:
            values = [None if v is None else _json_list(v) for v in values]
        cols.append(values)
    return zip(*cols)
