"""Metadata guesses: title, body and its cross-year key, year, published date, level."""
from __future__ import annotations

import pytest

from nlp.meta import body_key, crawl_header, guess_body, guess_level, guess_published, guess_year

CRAWLED = ("标题: 云溪县农业农村局2023年度政府信息公开工作年度报告\n发布时间: 2024-01-20 09:30\n文号: \n"
           "发布机构: 县农业农村局\n栏目: 年报\n==================== 正文 ====================\n根据条例，现公布本报告。")


def test_crawl_header_fields_and_start():
    fields, start = crawl_header(CRAWLED)
    assert fields["标题"].startswith("云溪县农业农村局")
    assert CRAWLED[start:].strip().startswith("根据条例")
    assert guess_published("", fields) == "2024-01-20"


@pytest.mark.parametrize("title,body", [
    ("云溪县农业农村局2023年度政府信息公开工作年度报告", "云溪县农业农村局"),
    ("青禾市人民政府办公室 2022年政府信息公开工作年度报告", "青禾市人民政府办公室"),
    ("关于报送青禾市生态环境局二〇二一年度政府信息公开工作年度报告的函", "青禾市生态环境局"),
])
def test_guess_body_strips_year_and_report_words(title, body):
    assert guess_body(title, {}) == body


@pytest.mark.parametrize("title,year", [
    ("云溪县2023年度政府信息公开工作年度报告", 2023),
    ("云溪县二〇二一年政府信息公开工作年度报告", 2021),
    ("云溪县二○一九年政府信息公开工作年度报告", 2019),
])
def test_guess_year(title, year):
    assert guess_year(title, "", 0) == year


@pytest.mark.parametrize("body,level", [
    ("云溪县人民政府", "county"), ("青禾市人民政府", "city"), ("青禾市东城区人民政府", "district"),
    ("南江省人民政府办公厅", "province"), ("上海市人民政府办公厅", "province"), ("云溪县柳林镇人民政府", "township"),
    ("云溪县农业农村局", "department"), ("青禾市东城区人民政府办公室", "district"),
])
def test_guess_level(body, level):
    assert guess_level(body) == level


def test_body_key_ignores_spacing_and_punctuation():
    assert body_key("青禾市 生态环境局") == body_key("青禾市生态环境局")
