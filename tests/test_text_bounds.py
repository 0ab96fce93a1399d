"""Sentence bounds found from where a sentence end may begin agree with scanning the whole window.

``sentence_bounds`` tries its pattern only where a sentence end can begin, from the figure backwards and forwards;
the reference here is the plain definition: the last match of ``finditer`` over the window before the figure, and
the first ``search`` match from it on."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import claims
from nlp.claims import RE_SENTENCE_END, SENTENCE_LOOKBACK, sentence_bounds

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"
# the sentence-end pattern's opening character class alone: where a sentence end may begin
END_START = re.compile(RE_SENTENCE_END.pattern[:RE_SENTENCE_END.pattern.index("]") + 1])


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


def test_the_end_characters_are_those_the_pattern_can_begin_with():
    """_end_starts looks for _END_CHARS with str.find: they must be exactly the characters a sentence end begins
    with (every character of the Basic Multilingual Plane tried)."""
    starting = {chr(c) for c in range(0x10000) if END_START.match(chr(c))}
    assert starting == set(claims._END_CHARS)
    assert all(END_START.match(c) for c in claims._END_CHARS)


def test_end_starts_are_every_offset_of_an_end_character_in_the_block_in_order():
    text = "甲。乙\n\n丙？!?丁！" * 50
    for block in range(len(text) // claims._END_BLOCK + 2):
        lo = block * claims._END_BLOCK
        want = [m.start() for m in END_START.finditer(text, lo, lo + claims._END_BLOCK)]
        assert claims._end_starts(text, block) == want


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


# ---- the clause before a figure: found with str.rfind per clause-ending character

_HARD_CHAR = re.compile(r"[，,；;。！？!?：:]")      # the one-character part of RE_CLAUSE_HARD


def reference_clause_start(text: str, start: int) -> int:
    """The plain definition: the clause-ending characters of the window from the last back, the first that ends the
    clause (a colon that opens a list or the figure itself does not)."""
    window = max(0, start - 60)
    para = text.rfind("\n\n", window, start)
    window = max(window, para + 2) if para >= 0 else window
    for m in reversed(list(_HARD_CHAR.finditer(text, window, start))):
        p = m.start()
        if text[p] not in "：:" or not (claims.RE_LIST_COLON.search(claims._compact(text[max(0, p - 9):p]))
                                        or not text[p + 1:start].strip()):
            return p + 1
    return window


def test_the_clause_ending_characters_are_those_of_the_clause_pattern():
    """_last_hard looks for _CLAUSE_HARD_CHARS with str.rfind: exactly the single characters RE_CLAUSE_HARD matches
    (every character of the Basic Multilingual Plane tried)."""
    single = {chr(c) for c in range(0x10000) if claims.RE_CLAUSE_HARD.fullmatch(chr(c))}
    assert single == set(claims._CLAUSE_HARD_CHARS) == {chr(c) for c in range(0x10000) if _HARD_CHAR.fullmatch(chr(c))}


def _check_clauses(text: str) -> None:
    for pos in range(len(text) + 1):
        assert claims._clause_start.__wrapped__(text, pos) == reference_clause_start(text, pos), (text, pos)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_clause_start_agrees_with_the_whole_window_scan(text):
    _check_clauses(text)


def test_clause_start_agrees_on_lists_colons_and_paragraphs():
    _check_clauses("其中包括：行政规范性文件13件，收到政府信息公开申请：68件；\n\n办结：12件。含：3件")
    _check_clauses("无标点的一段文字" * 20 + "：5件")


def test_clause_start_agrees_on_every_position_of_the_demo_reports():
    files = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".md"))
    for path in files[:4]:
        _check_clauses(path.read_text(encoding="utf-8", errors="replace"))
