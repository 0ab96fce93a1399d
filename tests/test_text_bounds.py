"""Sentence bounds found from where a sentence end may begin agree with scanning the whole window.

``sentence_bounds`` tries its pattern only where a sentence end can begin, from the figure backwards and forwards;
the reference here is the plain definition: the last match of ``finditer`` over the window before the figure, and
the first ``search`` match from it on."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import claims
from nlp.claims import RE_SENTENCE_END, SENTENCE_LOOKBACK, sentence_bounds

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"


def reference_sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    floor = max(0, pos - SENTENCE_LOOKBACK)
    lo = max((m.end() for m in RE_SENTENCE_END.finditer(text, floor, pos)), default=floor)
    m = RE_SENTENCE_END.search(text, pos)
    return lo, m.end() if m else len(text)


# what sentence ends are made of: marks, line breaks and blank lines (with spaces in them), headings' openings (#,
# 一、, （二）), and other text between them
PIECES = ["。", "！", "？", "!", "?", "\n", "\n\n", " ", "\t", "\u3000", "#", "一、", "十二、", "（二）", "(三)", "（",
          "，", "；", ":", "：", "其中：", "包括:", "申请", "收到", "12件", "abc", "、"]
texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@pytest.fixture(params=[4096, 7], ids=["blocks of 4096", "blocks of 7"], autouse=True)
def end_block(request, monkeypatch):
    """The text is scanned in blocks: as shipped, and so small that the window and the search cross them."""
    monkeypatch.setattr(claims, "_END_BLOCK", request.param)
    claims._end_starts.cache_clear()
    yield
    claims._end_starts.cache_clear()


def _check(text: str) -> None:
    for pos in range(len(text) + 1):
        assert sentence_bounds.__wrapped__(text, pos) == reference_sentence_bounds(text, pos), (text, pos)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_sentence_bounds_agree_with_the_whole_window_scan(text):
    _check(text)


def test_sentence_bounds_agree_on_long_runs_of_blank_lines_and_the_lookback_edge():
    # a blank-line run that straddles the window's edge, a heading right after the figure, no end at all
    _check("甲" * (SENTENCE_LOOKBACK - 3) + "\n \n\n  \n一、乙" + "丙。" * 5)
    _check("收到申请\n\n\n（一）12件\n#二")
    _check("无标点的一段文字" * 80)


def test_sentence_bounds_agree_on_every_position_of_the_demo_reports():
    files = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".md"))
    assert files
    for path in files[:4]:
        text = path.read_text(encoding="utf-8", errors="replace")
        _check(text)
