"""Number forms and non-quantities added after the E/F annotation round (sentences are invented)."""
from __future__ import annotations

import pytest

from nlp.numbers import extract_numbers

CASES = [
    ("网站新增四大功能", [("四大", 4, "大")]),
    ("围绕两大主题开展解读", [("两大", 2, "大")]),
    ("接听咨询电话15通，回复留言8件", [("15通", 15, "通"), ("8件", 8, "件")]),
    ("热线电话23通", [("23通", 23, "通")]),
    ("重点抓好以下三个方面的工作", [("三个", 3, "个")]),
    ("全年共收到申请7件，另有3件在5个工\n作日内补正", [("7件", 7, "件"), ("3件", 3, "件")]),
    ("页面访问量5万，质量1、规范2、时效", [("5万", 50000, "")]),
]

NOT_QUANTITIES = [
    "构建自查、互查、社会监督三位一体的监督体系", "形成五位一体格局", "深入学习贯彻党的十九大精神", "增强四个意识",
    "坚决做到两个维护", "打赢三大攻坚战", "涌现出一大批典型", "坚持一个方面抓落实",
    "通报3通报", "道路四通八达",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_new_forms(text, expected):
    assert [(m.surface, m.value, m.unit) for m in extract_numbers(text)] == expected


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_new_non_quantities(text):
    assert [m.surface for m in extract_numbers(text) if m.kind == "count"] == []


def test_figures_left_over_from_a_table_are_not_narrative():
    text = "采购项目数量 采购总金额 政府集中采购 2个 150000元 三、收到和处理政府信息公开申请情况"
    start = text.index("个 150000元")
    frag = (start, text.index("三、"), "proactive")
    assert extract_numbers(text, [frag]) == []
    # a short piece of real prose still counts
    prose = "全年发布信息12条。"
    assert [m.surface for m in extract_numbers(prose, [(0, len(prose), None)])] == ["12条"]
