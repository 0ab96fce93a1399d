"""Fuzzing the whole reading pipeline (text and markdown readers, sections, tables, checks, numbers):
generated and mutated inputs give a Report or a coded error, never anything else.

``NIANBAO_FUZZ_EXAMPLES`` sets the examples per test (CI runs 1,500 per test, so the suite generates
tens of thousands of inputs over its lifetime; the format readers are fuzzed in test_read_formats.py)."""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import nlp
from nlp.analysis import analyse
from nlp.schema import load_schema

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"
SEEDS = [p.read_bytes() for p in sorted(DEMO.glob("*.txt")) + sorted(DEMO.glob("*.md"))]
N = int(os.environ.get("NIANBAO_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck))
KEYS = set(load_schema().cells)
PIECES = ["0", "00", "1", "12", "\t", " ", "|", "\n", "/", "—", "一、", "五、存在的主要问题及改进情况", "（七）总计",
          "行政复议", "本年新收政府信息公开申请数量", "其中", "约", "余", "%", "件", "万元", "未收到申请", "\x00", "\ufeff"]


def _check(data: bytes, name: str) -> None:
    try:
        rep = nlp.read_report(data, name=name)
    except nlp.NianbaoError as exc:
        assert exc.code.startswith("E") and exc.message
        return
    n = len(rep.text)
    assert all(0 <= s.start <= s.body_start <= s.end <= n for s in rep.sections)
    assert set(rep.cells) <= KEYS
    a = analyse(rep)
    assert all(0 <= m.start < m.end <= n and rep.text[m.start:m.end] == m.surface for m in a.numbers)
    assert all(f.severity in ("error", "warning", "info") for f in a.discrepancies)


@FUZZ
@given(seed=st.sampled_from(SEEDS), cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 40),
                                                           st.sampled_from(PIECES)), max_size=12))
def test_fuzz_mutated_reports(seed, cuts):
    text = seed.decode("utf-8", errors="replace")
    for pos, length, piece in cuts:
        pos %= max(len(text), 1)
        text = text[:pos] + piece + text[pos + length:]
    _check(text.encode("utf-8"), "mutated.md")


@FUZZ
@given(data=st.binary(max_size=4000), name=st.sampled_from(["x.txt", "x.md", "x", "x.html", "x.pdf", "x.docx"]))
def test_fuzz_random_bytes(data, name):
    _check(data, name)


@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("0123456789 \t|/一二三四五六七八九十、（）年件条万元%约余其中申请复议诉讼")),
                    max_size=600))
def test_fuzz_table_like_text(text):
    _check(("三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + text).encode("utf-8"), "t.txt")
