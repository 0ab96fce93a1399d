"""Number mentions: forms, intervals, negated zeros and non-quantities (sentences are invented)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.cnnum import cn_to_int
from nlp.numbers import extract_numbers

# (text, [(surface, value, low, high, unit, kind)])
CASES = [
    ("全年共收到政府信息公开申请16件。", [("16件", 16, 16, 16, "件", "count")]),
    ("网站发布信息1,234条", [("1,234条", 1234, 1234, 1234, "条", "count")]),
    ("受理申请１６件，办结率８９％", [("１６件", 16, 16, 16, "件", "count"), ("８９％", 89, 89, 89, "%", "percent")]),
    ("共收到申请十六件，编发简报一百零七期，答复两件", [("十六件", 16, 16, 16, "件", "count"),
                                          ("一百零七期", 107, 107, 107, "期", "count"), ("两件", 2, 2, 2, "件", "count")]),
    ("收取费用1.25万元", [("1.25万元", 12500, 12500, 12500, "元", "money")]),
    ("推送文章200余篇，转发1600多条", [("200余篇", None, 200, 300, "篇", "count"), ("1600多条", None, 1600, 1700, "条", "count")]),
    ("约230件，近200人，超过50家，30至40件", [("约230件", None, 225, 235, "件", "count"), ("近200人", None, 100, 200, "人", "count"),
                                     ("超过50家", None, 50, None, "家", "count"), ("30至40件", None, 30, 40, "件", "count")]),
    ("公开率百分之八十九，答复率百分之百，三成以上", [("百分之八十九", 89, 89, 89, "%", "percent"),
                                       ("百分之百", 100, 100, 100, "%", "percent"), ("三成以上", None, 30, None, "%", "percent")]),
    ("较上年提高3.5个百分点", [("3.5个百分点", 3.5, 3.5, 3.5, "个百分点", "points")]),
    ("本年度未收到政府信息公开申请。", [("未收到政府信息公开申请", 0, 0, 0, "件", "count")]),
    ("未发生行政复议和行政诉讼", [("未发生行政复议和行政诉讼", 0, 0, 0, "件", "count")]),
    ("全年未收取信息处理费", [("未收取信息处理费", 0, 0, 0, "元", "money")]),
]

NOT_QUANTITIES = [
    "依照《条例》第二十条第（一）项的规定", "按照国办公开办函〔2021〕30号文件", "联系电话：0591-12345678，邮编350400",
    "通过12345热线受理", "在20个工作日内答复", "24小时值守", "五年来持续推进", "一是加强培训，二是完善制度",
    "落实三审三校制度", "推进一网通办", "做好两会建议办理", "建设统一平台", "进一步加强", "存在一些问题",
    "推进一体化建设", "2023年12月31日", "执行二十条措施", "对每一件申请认真答复", "统筹两个大局",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_extract_numbers_forms(text, expected):
    got = [(m.surface, m.value, m.low, m.high, m.unit, m.kind) for m in extract_numbers(text)]
    assert got == expected
    for m in extract_numbers(text):
        assert text[m.start:m.end] == m.surface


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_non_quantities_never_become_numbers(text):
    assert extract_numbers(text) == []


@pytest.mark.parametrize("s,n", [("十六", 16), ("一百零七", 107), ("两千三百", 2300), ("二〇二一", 2021), ("一万二千", 12000),
                                 ("十", 10), ("零", 0)])
def test_cn_to_int(s, n):
    assert cn_to_int(s) == n


def test_counted_is_the_clause_subject():
    m = extract_numbers("本年度网站发布政务动态信息199条。")[0]
    assert "政务动态" in m.counted


def test_a_hotline_number_is_no_quantity_but_the_same_digits_with_a_unit_are():
    from nlp.numbers import extract_numbers
    assert [m.value for m in extract_numbers("群众通过12345热线反映问题。")] == []
    assert [(m.value, m.kind) for m in extract_numbers("全年收取费用12345元。")] == [(12345, "money")]
    assert [m.value for m in extract_numbers("通过12345处理群众诉求，设12345座席。")] == []


def test_every_negation_opens_with_one_of_its_openers():
    """extract_numbers looks for negated zeros only in a span that holds 未, 没 or 无 (NEG_OPENERS): no other first
    character lets RE_NEG match (every character of the Basic Multilingual Plane tried before a tail that completes
    each kind of negation)."""
    from nlp.numbers import NEG_OPENERS, RE_NEG
    tails = ["被申请人", "向申请人收取费用", "收到申请", "曾收到申请", "有申请", "有收到申请", "申请", "收取费用",
             "发生行政复议", "因依申请公开引发行政复议", "行政复议和行政诉讼", "规范性文件", "收费"]
    first = {chr(c) for c in range(0x10000) for t in tails if RE_NEG.match(chr(c) + t)}
    assert first == set(NEG_OPENERS)


DEMO_TEXTS = [
    "全年网站访问量达到139.7万，粉丝数54373，数量为12，共计3个百分点。本年度未收到申请，没有发生行政复议。",
    "收到申请12件，办结10件；访问量：1203，其中数据开放 45，总量 88,000 万。无。",
    "质量 5，数 6，量 7；第3条，8万，9亿，十万余件，约占三成。",
]


def test_unitless_figures_are_skipped_only_where_none_can_count(monkeypatch):
    """A span whose text (and the four characters before it) holds none of 万, 亿, 数, 量 gives no unit-less figure:
    skipping RE_UNITLESS there changes nothing (the same mentions as when it always runs), on the demo reports and
    texts with unit-less figures at a span's edges."""
    from pathlib import Path

    import nlp.numbers as N
    demo = Path(__file__).resolve().parents[1] / "corpora" / "demo"
    texts = DEMO_TEXTS + [p.read_text(encoding="utf-8", errors="replace") for p in sorted(demo.glob("*.txt"))[:6]]
    cases = []
    for t in texts:
        step = max(7, len(t) // 40)                  # spans that start and end anywhere, 数/量 just before one too
        cases.append((t, [(a, min(len(t), a + step), None) for a in range(0, len(t), step)]))
        cases.append((t, None))
    guarded = [N.extract_numbers(t, sp) for t, sp in cases]
    monkeypatch.setattr(N, "_unitless_possible", lambda norm, start, end: True)
    assert [N.extract_numbers(t, sp) for t, sp in cases] == guarded
    assert any(m.unit == "" for ms in guarded for m in ms)      # (unit-less counts were found at all)


FIGURE_PIECES = ["12", "3", "0", "1,234", "5.5", "一", "二十", "十几", "三百", "万", "千", "亿", "件", "个百分点", "人次", "元",
                 "万元", "%", "余", "多", " ", "\n", "\u3000", "至", "到", "~", "—", "-", "进", "步", "统", "是", "。", "，",
                 "左右", "以上", "年", "第", "条", "次"]


def _same_mentions_without_the_look_ahead(texts):
    import re

    import nlp.numbers as N
    plain = re.compile(N.RE_MENTION.pattern.replace(N.FIGURE_CONTINUES, "", 1))
    assert plain.pattern != N.RE_MENTION.pattern
    for t in texts:
        got = [(m.span(), m.groupdict()) for m in N.RE_MENTION.finditer(t)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(t)], t
        assert N.RE_MENTION.sub("", t) == plain.sub("", t)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FIGURE_PIECES), max_size=30).map("".join))
def test_the_figure_look_ahead_changes_no_match(text):
    """RE_MENTION looks ahead right after a figure for what can follow it on the way to a unit (FIGURE_CONTINUES):
    implied by the rest of the pattern, it makes no match differ from the pattern without it."""
    _same_mentions_without_the_look_ahead([text])


def test_the_figure_look_ahead_changes_no_match_in_the_demo_reports():
    from pathlib import Path
    demo = Path(__file__).resolve().parents[1] / "corpora" / "demo"
    _same_mentions_without_the_look_ahead([p.read_text(encoding="utf-8", errors="replace")
                                           for p in sorted(demo.glob("*.txt"))] + DEMO_TEXTS)
