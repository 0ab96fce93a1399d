"""``clean_region`` blanks header noise with a faster pattern where the two line-anchored alternatives of
``_NOISE`` cannot match: it must blank exactly what ``_NOISE`` alone does, on any text."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.tables import tokens
from nlp.tables.tokens import _NOISE, _blank, clean_region

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"


def reference(text: str) -> str:
    """clean_region as defined: full-width forms, OCR letters, then every _NOISE match blanked in one pass."""
    if tokens._FULLWIDTH_CHARS.search(text):
        text = text.translate(tokens.FULLWIDTH)
    if "l" in text or "O" in text or "I" in text or "o" in text:
        text = tokens._OCR_LETTER.sub(lambda m: tokens._OCR_DIGIT[m.group()], text)
    return _NOISE.sub(_blank, text)


# the pieces every alternative of _NOISE is made of, and the cells and separators around them
PIECES = ["（", "(", "）", ")", "四", "无", "单位", "万元", "2021", "1998", "19", "20", "年", "度", "本年增", "增", "减",
          "/", "／", "第", "三", "条", "项", "页", "共", "-", "---", "—", "–", "3", "12", "0", " ", "\t", "|", ":", "\n",
          "\n\n", "自然人", "总计", "注", "，"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_clean_region_blanks_what_the_whole_pattern_blanks(text):
    assert clean_region(text) == reference(text)


def test_clean_region_on_hand_made_regions():
    cases = [
        "（四）无法提供 0 0 1\n| --- | --- |\n（单位：件）12 3",     # a grid separator: the whole pattern
        "- 3 -\n行政许可 5 0 （注：含转办）",                     # a page number's line
        "2021年 本年增/减 3 -2 第 2 页/共 5 页",                   # neither: the faster pattern
        "第十二条第（三）项 1 0 -",
        "（一）12 3 —— 4 –5–",
    ]
    for text in cases:
        assert clean_region(text) == reference(text), text


def test_clean_region_on_every_line_run_of_the_demo_reports():
    files = sorted(p for p in DEMO.iterdir() if p.suffix in (".txt", ".md", ".html"))
    assert files
    for path in files:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        for i in range(0, len(lines), 5):
            text = "\n".join(lines[i:i + 12])
            assert clean_region(text) == reference(text), (path.name, i)
