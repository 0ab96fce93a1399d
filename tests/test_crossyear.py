"""One body across a corpus's years: its name written in other forms from year to year (short forms, with and
without the places above it), the coverage view and the cross-year checks that depend on matching it."""
from __future__ import annotations

import random
from dataclasses import replace

import pandas as pd
import pytest

from nlp import synth
from nlp.crossyear import YearRecord, cross_year_findings, pair_previous
from nlp.meta import body_key, resolve_body_keys


@pytest.mark.parametrize("short,full", [
    ("青禾县政府", "青禾县人民政府"), ("松岚区政府办", "松岚区人民政府办公室"), ("松岚区政府办公室", "松岚区人民政府办公室"),
    ("青禾县人力资源社会保障局", "青禾县人力资源和社会保障局"), ("临川市住房城乡建设局", "临川市住房和城乡建设局"),
    ("临川市卫生健康委", "临川市卫生健康委员会"), ("临川市发展改革委", "临川市发展和改革委员会"),
])
def test_a_bodys_short_forms_give_its_key(short, full):
    assert body_key(short) == body_key(full)


@pytest.mark.parametrize("a,b", [("青禾县政府采购中心", "青禾县人民政府采购中心"), ("和平区人民政府", "平区人民政府"),
                                 ("临川市自然资源局", "临川市自然资源和规划局")])
def test_other_names_keep_their_own_keys(a, b):
    """政府采购 is no government; a place named 和平 keeps its 和; a body renamed in a reform is another name."""
    assert body_key(a) != body_key(b)


def test_a_name_without_the_places_above_it_is_the_one_body_that_adds_them():
    keys = [body_key(n) for n in ("临川市松岚区教育局", "松岚区教育局", "青禾县桃源镇人民政府", "桃源镇人民政府",
                                  "临川市松岚区南湖街道办事处", "松岚区南湖街道办事处", "南湖街道办事处",
                                  "甲市东湖区财政局", "乙市东湖区财政局", "东湖区财政局", "教育局", "临川市教育局")]
    got = resolve_body_keys(keys)
    assert got["松岚区教育局"] == got["临川市松岚区教育局"] == "临川市松岚区教育局"
    assert got["桃源镇人民政府"] == "青禾县桃源镇人民政府"
    # a chain of names is one body, the longest its key
    assert got["南湖街道办事处"] == got["松岚区南湖街道办事处"] == "临川市松岚区南湖街道办事处"
    # two places hold a 东湖区: the short name stays apart; a name without a place of its own is never matched
    assert got["东湖区财政局"] == "东湖区财政局"
    assert got["教育局"] == "教育局" and got["临川市教育局"] == "临川市教育局"


def _record(rid: str, key: str, year: int, carried_forward: float = 3, carried_over: float = 1,
            section5: str = "") -> YearRecord:
    return YearRecord(rid, f"{rid}.txt", key, year, carried_over, carried_forward, None, None, None, section5, False)


def test_a_previous_year_filed_twice_with_the_same_figures_is_compared_and_with_others_is_not():
    """An original and its revision with the same tables: this year's report is compared with them (before: with
    neither, silently); two filings whose compared figures differ leave no single base."""
    same = [_record("a22", "k", 2022), _record("a22r", "k", 2022), _record("a23", "k", 2023, carried_over=5)]
    assert pair_previous(same)["a23"].report_id == "a22"
    found = cross_year_findings(same)
    assert [f.rule for f in found["a23"]] == ["CROSS-YEAR-CARRIED"]
    differ = [_record("a22", "k", 2022), replace(_record("a22r", "k", 2022), carried_forward=5),
              _record("a23", "k", 2023, carried_over=5)]
    assert "a23" not in pair_previous(differ)


def test_a_website_tidied_is_no_clean_up_of_documents():
    from nlp.crossyear import _DOCUMENT_CLEANUP
    assert not _DOCUMENT_CLEANUP.search("下一步将对栏目中的过期内容逐项清理，保持页面整洁。")
    assert _DOCUMENT_CLEANUP.search("年内开展规范性文件清理，废止文件12件。")
    assert _DOCUMENT_CLEANUP.search("集中清理了一批不再适用的文件。")


def test_a_corpus_matches_one_body_written_two_ways_for_coverage_and_the_cross_year_checks(tmp_path):
    """临川市松岚区教育局 (2022) and 松岚区教育局 (2023): one body that filed both years (coverage flags no year missing,
    the reports table gives both one key) and whose 2023 上年结转 is checked against 2022's 结转下年度."""
    from nlp.corpus import run_corpus
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in range(50):
        a, ta = synth.make_report(random.Random(seed), fmt="2021", layout="tsv", body="临川市松岚区教育局", year=2022)
        b, tb = synth.make_report(random.Random(seed + 100), fmt="2021", layout="tsv", body="松岚区教育局", year=2023)
        if ta["values"]["t3.carried_forward.total"] != tb["values"]["t3.carried_over.total"]:
            break
    (corpus / "a2022.txt").write_text(a, encoding="utf-8")
    (corpus / "b2023.txt").write_text(b, encoding="utf-8")
    res = run_corpus([str(corpus)], tmp_path / "out", workers=1, timeout=0)
    reports = res["reports"].set_index("report_id")
    assert reports.loc["a2022", "body_key"] == reports.loc["b2023", "body_key"] == "临川市松岚区教育局"
    cov = pd.read_csv(res.written["coverage"])
    assert not cov["missing"].any() and cov["filed"].all() and len(cov) == 2
    disc = res["discrepancies"]
    carried = disc[(disc.rule == "CROSS-YEAR-CARRIED")]
    assert list(carried.report_id) == ["b2023"]
