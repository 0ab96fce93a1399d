"""Output columns that need no Python object per row: a report's id and source on each of its rows (Repeat) and
the key order its tables share with other reports (Shared) become the same Arrow columns as plain lists would."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nlp.outputs import SCHEMAS, Columns, Repeat, Shared, tables_of, to_table
from nlp.pipeline import JobOptions, run_many

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"


def _plain(c: Columns) -> Columns:
    return Columns({name: list(v) for name, v in c.items()})


def _cells(rid: str, source: str, keys: tuple[str, ...], raw: str = "1") -> Columns:
    n = len(keys)
    return Columns(report_id=Repeat(rid, n), source=Repeat(source, n), table=Shared(k.split(".")[0] for k in keys),
                   key=Shared(keys), value=[1.0] * n, raw=[raw] * n, status=["value"] * n, candidates=[[]] * n)


def test_repeat_and_shared_columns_read_as_lists():
    r = Repeat("某局-2023", 3)
    assert len(r) == 3 and list(r) == ["某局-2023"] * 3 and list(Repeat("x", 0)) == []
    assert Shared(("a", "b")) == ("a", "b") and len(Columns(key=Shared(("a", "b")))["key"]) == 2


@pytest.mark.parametrize("parts", [
    # two reports with other ids, keys and non-ASCII sources; an empty one in between is skipped by tables_of
    [("r1", "甲/报告一.txt", ("t2.a.b", "t3.new.total")), ("r2", "乙/报告二.md", ("t4.review.total",))],
    [("r1", "a.txt", ("t3.new.total",)), ("r2", "b.txt", ()), ("r3", "c.txt", ("t3.new.total", "t3.new.natural"))],
    [("同一个", "同.txt", ("t2.x.y",))] * 5,
])
def test_tables_of_with_repeat_and_shared_equals_plain_lists(parts):
    batches = [_cells(rid, src, keys) for rid, src, keys in parts]
    new = tables_of("cells", batches)
    old = tables_of("cells", [_plain(b) for b in batches])
    assert new.equals(old) and new.schema == SCHEMAS["cells"]
    assert new.num_rows == sum(len(k) for _, _, k in parts)
    for b in batches:
        assert to_table("cells", b).equals(to_table("cells", _plain(b)))


def test_a_mix_of_repeat_and_list_columns_is_joined_as_lists():
    a = _cells("r1", "a.txt", ("t3.new.total",))
    b = _plain(_cells("r2", "b.txt", ("t3.new.natural", "t3.new.total")))
    assert tables_of("cells", [a, b]).equals(tables_of("cells", [_plain(a), b]))


def test_the_rows_of_real_runs_are_unchanged():
    """The demo reports' cells, numbers and items tables as built by a worker equal those of plain lists."""
    files = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".md"))[:6]
    results = run_many([(str(p), p.read_bytes()) for p in files], JobOptions(tag=True))
    for name in ("cells", "numbers", "items"):
        batches = [r.rows[name] for r in results if name in r.rows]
        assert any(isinstance(b, Columns) and b.num_rows for b in batches)
        assert tables_of(name, batches).equals(tables_of(name, [_plain(b) for b in batches]))
    assert isinstance(results[0].rows["cells"]["report_id"], Repeat)
    assert isinstance(results[0].rows["cells"]["key"], Shared)


def test_building_the_columns_does_not_import_pyarrow_compute():
    """A worker (set up as one: pyarrow without pandas) never imports pyarrow.compute, whose import is slow: the
    repeated strings are built from buffers."""
    code = ("import sys; from nlp.batch import _arrow_without_pandas; _arrow_without_pandas(); "   # (as a worker)
            "from nlp.outputs import Columns, Repeat, Shared, tables_of; "
            "t = tables_of('numbers', [Columns(report_id=Repeat('r', 2), source=Repeat('s', 2), start=[1, 2], "
            "end=[2, 3], surface=['1件', '2件'], value=[1.0, 2.0], low=[1.0, 2.0], high=[1.0, 2.0], unit=['件'] * 2, "
            "kind=['count'] * 2, section=[None] * 2, counted=[None] * 2, concept=[None] * 2, targets=[[], []], "
            "status=['no_target'] * 2, matched=[None] * 2)]); "
            "assert t.column('report_id').to_pylist() == ['r', 'r']; print('pyarrow.compute' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
