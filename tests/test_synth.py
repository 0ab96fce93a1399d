"""Tests of the synthetic report generator :mod:`nlp.synth` (tables, layouts, determinism, demo)."""
from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import synth
from nlp.schema import load_schema

APPLICANTS = ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other")
COLUMNS = (*APPLICANTS, "total")
# Outcome rows that add up to （七）总计, written out here so the test does not trust the generator.
OUTCOMES = {
    "2021": ("granted", "partial",
             "denied.state_secret", "denied.law_prohibited", "denied.security_stability", "denied.third_party",
             "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.admin_query",
             "unable.not_held", "unable.needs_creation", "unable.unclear_after_correction",
             "not_processed.petition", "not_processed.duplicate", "not_processed.publication",
             "not_processed.mass_repeat", "not_processed.confirm_reissue",
             "other.no_correction", "other.unpaid_fee", "other.other"),
}
OUTCOMES["2019"] = (*OUTCOMES["2021"][:-3], "other")
T3_ROWS = {f: ("new", "carried_over", *OUTCOMES[f], "total_processed", "carried_forward") for f in OUTCOMES}
T4_GROUPS = ("review", "lit_direct", "lit_after_review")
ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"

HEADINGS = ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项")
LABELS = {"2021": ("本年制发件数", "行政规范性文件", "本年新收政府信息公开申请数量", "结转下年度继续办理",
                   "属于四类过程性信息", "复议后起诉", "尚未审结"),
          "2019": ("本年新制作数量", "其他对外管理服务事项", "政府集中采购", "本年新收政府信息公开申请数量",
                   "（六）其他处理", "复议后起诉")}
CASES = [(layout, fmt) for layout in synth.LAYOUTS for fmt in synth.FORMATS]


def identity_violations(v: dict, fmt: str) -> list[str]:
    """Every hard identity of the primer, checked with plain arithmetic over keys."""
    bad = []
    for c in COLUMNS:
        if v[f"t3.new.{c}"] + v[f"t3.carried_over.{c}"] != v[f"t3.total_processed.{c}"] + v[f"t3.carried_forward.{c}"]:
            bad.append(f"column {c}: 一+二 != （七）+四")
        if v[f"t3.total_processed.{c}"] != sum(v[f"t3.{r}.{c}"] for r in OUTCOMES[fmt]):
            bad.append(f"column {c}: （七） != outcome rows")
    for r in T3_ROWS[fmt]:
        if v[f"t3.{r}.total"] != sum(v[f"t3.{r}.{c}"] for c in APPLICANTS):
            bad.append(f"row {r}: 总计 != applicants")
    for g in T4_GROUPS:
        if v[f"t4.{g}.total"] != v[f"t4.{g}.upheld"] + v[f"t4.{g}.corrected"] + v[f"t4.{g}.other"] + v[f"t4.{g}.pending"]:
            bad.append(f"t4 {g}")
    for k, x in v.items():
        if k.endswith(".delta_items"):
            assert isinstance(x, int)
        elif isinstance(x, float):
            assert k in ("t2.admin_fee.amount_wan", "t2v19.central_procurement.amount") and x >= 0
        elif not (isinstance(x, int) and x >= 0):
            bad.append(f"{k}: {x!r} is not a non-negative integer")
    return bad


def make(seed: int, fmt: str, scale: int = 50) -> dict:
    return synth.random_tables(random.Random(seed), fmt, scale)


def text_of(data: str | bytes, layout: str) -> str:
    """The visible text of a rendering, via the libraries a reader would use."""
    if layout == "docx":
        import docx
        d = docx.Document(io.BytesIO(data))
        cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if layout == "pdfgrid":                 # (a narrow ruled cell wraps its label: the reader joins a cell's lines)
        from nlp.read.pdf import read_pdf
        return read_pdf(data).text
    if layout == "pdf":
        import pdfplumber
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if layout == "html":
        charset = re.search(rb"charset=([\w-]+)", data).group(1).decode()
        return data.decode(charset)
    return data


# ---- tables ---------------------------------------------------------------------------------

@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32), fmt=st.sampled_from(synth.FORMATS), scale=st.sampled_from((1, 10, 50, 500)))
def test_synth_tables_satisfy_every_identity(seed, fmt, scale):
    assert identity_violations(make(seed, fmt, scale), fmt) == []


@pytest.mark.parametrize("fmt", synth.FORMATS)
def test_synth_tables_have_exactly_the_schema_keys(fmt):
    schema = load_schema()
    want = {k for table in ("表二", "表三", "表四") for k in schema.keys(table, fmt)}
    assert set(make(1, fmt)) == want
    assert len([k for k in want if k.startswith("t3.")]) == len(T3_ROWS[fmt]) * 7
    assert len([k for k in want if k.startswith("t4.")]) == 15


def test_synth_tables_vary_like_real_reports():
    v21 = [make(s, "2021") for s in range(300)]
    v19 = [make(s, "2019") for s in range(300)]
    assert any(v["t3.new.total"] == 0 for v in v21)
    assert any(v["t3.new.total"] >= 100 for v in v21)
    assert any(v["t4.review.total"] > 0 for v in v21) and any(v["t4.review.total"] == 0 for v in v21)
    fees = [v["t2.admin_fee.amount_wan"] for v in v21]
    assert 0 in fees and any(isinstance(f, float) for f in fees)
    assert all(len(repr(f).partition(".")[2]) <= 4 for f in fees if isinstance(f, float))
    assert any(v[k] < 0 for v in v19 for k in v if k.endswith(".delta_items"))
    zero_share = sum(1 for v in v21 for k in v if k.startswith("t3.") and v[k] == 0) / sum(
        1 for v in v21 for k in v if k.startswith("t3."))
    assert zero_share > 0.6          # mostly zeros, like real 表三


def test_synth_carried_over_chains_years():
    first = make(3, "2021")
    second = synth.random_tables(random.Random(4), "2021", carried_over=synth.carried_forward_of(first))
    assert all(second[f"t3.carried_over.{c}"] == first[f"t3.carried_forward.{c}"] for c in COLUMNS)
    assert identity_violations(second, "2021") == []


@pytest.mark.parametrize("fmt", synth.FORMATS)
def test_synth_inject_imbalance_breaks_only_the_column_balance(fmt):
    v = make(11, fmt)
    info = synth.inject_t3_imbalance(v, random.Random(0), fmt)
    bad = identity_violations(v, fmt)
    assert bad and all("一+二" in b for b in bad)
    assert {b.split(":")[0] for b in bad} == {f"column {c}" for c in info["columns"]}


# ---- layouts --------------------------------------------------------------------------------

@pytest.mark.parametrize("layout,fmt", CASES)
def test_synth_every_layout_renders_both_formats(layout, fmt):
    v = make(21, fmt)
    year = 2022 if fmt == "2021" else 2020
    data = synth.render_report(v, fmt=fmt, layout=layout, rng=random.Random(5), body="云溪县人民政府办公室", year=year)
    assert isinstance(data, bytes if layout in ("html", "docx", "pdf", "pdfgrid") else str)
    text = text_of(data, layout)
    for needle in (*HEADINGS, *LABELS[fmt], "云溪县人民政府办公室", str(year)):
        assert needle in text, needle
    if layout == "flat":
        header, _, body = text.partition("==================== 正文 ====================\n")
        assert header.startswith("标题: ") and "原文链接: " in header
        assert body.count("\n") == 1 and "一、总体情况" in body


@pytest.mark.parametrize("layout", ["tsv", "pipe", "pdf"])
def test_synth_table_rows_print_the_values(layout):
    """The last seven numbers on each 表三 row are that row's cells (no blanks here)."""
    fmt = "2021"
    v = make(8, fmt, 200)
    data = synth.render_report(v, fmt=fmt, layout=layout, rng=random.Random(2), body="青禾市生态环境局", year=2023)
    lines = text_of(data, layout).splitlines()
    for row, label in (("new", "本年新收政府信息公开申请数量"), ("carried_forward", "结转下年度继续办理")):
        line = next(x for x in lines if label in x and re.search(r"\d\s*\|?\s*$", x.strip("\t |")))
        nums = [int(x) for x in re.split(r"[\s|]+", line) if x.isdigit()]
        assert nums[-7:] == [v[f"t3.{row}.{c}"] for c in COLUMNS]


@pytest.mark.parametrize("layout", synth.LAYOUTS)
def test_synth_blank_cells_print_as_blank_marks(layout):
    fmt = "2021"
    v = make(8, fmt, 200)
    blanks = {f"t4.{g}.{o}" for g in T4_GROUPS for o in ("upheld", "corrected", "other", "pending", "total")
              if v[f"t4.{g}.{o}"] == 0}
    assert blanks, "seed 8 has zero cells in 表四"
    data = synth.render_report(v, fmt=fmt, layout=layout, rng=random.Random(3), body="青禾市生态环境局",
                               year=2023, blanks=blanks)
    text = text_of(data, layout)
    if layout in ("flat", "pdf"):
        assert "/" in text or "—" in text
    with pytest.raises(ValueError):
        synth.render_report(v, fmt=fmt, layout=layout, rng=random.Random(3), body="x", year=2023,
                            blanks={"t9.nope"})


def test_synth_html_charsets():
    v = make(2, "2021")
    for charset in ("utf-8", "gbk"):
        data = synth.render_report(v, fmt="2021", layout="html", rng=random.Random(1), body="松岚区财政局",
                                   year=2022, encoding=charset)
        assert f"charset={charset}".encode() in data
        page = data.decode(charset)
        assert page.count("<table") == 3 and 'rowspan="' in page and 'colspan="' in page
        assert "<nav" in page and "<footer" in page


def test_synth_ruled_pdf_has_three_ruled_tables():
    """``pdfgrid`` draws 表二, 表三 and 表四 as ruled grids (merged cells spanned): pdfplumber finds their cells."""
    import pdfplumber
    data = synth.render_report(make(2, "2021"), fmt="2021", layout="pdfgrid", rng=random.Random(1),
                               body="松岚区财政局", year=2022)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        shapes = [(len(t.rows), len(t.rows[0].cells)) for page in pdf.pages for t in page.find_tables()]
    assert sum(rows for rows, _ in shapes) == 14 + 28 + 4 and {cols for _, cols in shapes} == {4, 10, 15}


def test_synth_docx_has_three_merged_tables():
    import docx
    data = synth.render_report(make(2, "2021"), fmt="2021", layout="docx", rng=random.Random(1),
                               body="松岚区财政局", year=2022)
    d = docx.Document(io.BytesIO(data))
    assert [(len(t.rows), len(t.columns)) for t in d.tables] == [(14, 4), (28, 10), (4, 15)]


def test_synth_narrative_override_is_recorded_and_printed():
    v = make(8, "2021", 200)
    stated = v["t3.new.total"] + 7
    doc = synth.compose_report(v, fmt="2021", rng=random.Random(1), body="枫屿市统计局", year=2023,
                               narrative_overrides={"t3.new.total": stated})
    claim = next(c for c in doc.claims if c["key"] == "t3.new.total")
    assert claim == {**claim, "value": stated, "agrees": False}
    assert all(c["agrees"] for c in doc.claims if c["key"] != "t3.new.total")
    forms = {str(stated), f"{stated:,}", synth.cn_numeral(stated), str(stated).translate(
        {ord(d): ord(d) + 0xFEE0 for d in "0123456789"})}
    assert any(f"{form}件" in claim["text"] for form in forms)
    assert all(c["text"] for c in doc.claims)


def test_synth_section_five_items_are_labelled():
    doc = synth.compose_report(make(1, "2021"), fmt="2021", rng=random.Random(9), body="枫屿市统计局", year=2023)
    pols = {i["polarity"] for i in doc.items}
    assert {"problem", "improvement"} <= pols
    for item in doc.items:
        assert item["topics"] and "{" not in item["text"]


def test_synth_pre2019_and_attachment_pages():
    text = synth.render_pre2019(random.Random(1), body="蓼洲县人民政府", year=2016)
    for heading in ("一、概述", "三、依申请公开政府信息情况", "六、存在的主要问题和改进措施", "七、其他需要报告的事项"):
        assert heading in text
    assert "表三" not in text and "本年新收政府信息公开申请数量" not in text
    page = synth.render_attachment_only(random.Random(1), body="芸岭市统计局", year=2022, encoding="utf-8")
    html = page.decode("utf-8")
    assert "芸岭市统计局2022年政府信息公开工作年度报告" in html and re.search(r'href="[^"]+\.(pdf|docx?)"', html)
    assert "一、总体情况" not in html
    flat = synth.render_attachment_only(random.Random(1), body="芸岭市统计局", year=2022, layout="flat")
    assert "附件" in flat and "一、总体情况" not in flat


# ---- determinism and corpus -----------------------------------------------------------------

@pytest.mark.parametrize("layout,fmt", CASES)
def test_synth_same_seed_same_bytes(layout, fmt):
    def once() -> str | bytes:
        rng = random.Random(42)
        v = synth.random_tables(rng, fmt)
        return synth.render_report(v, fmt=fmt, layout=layout, rng=rng, body="汀澜县教育局", year=2022)
    assert once() == once()


def test_synth_generate_corpus_is_deterministic(tmp_path):
    a = synth.generate_corpus(tmp_path / "a", 14, seed=7)
    b = synth.generate_corpus(tmp_path / "b", 14, seed=7)
    assert a == b
    for rec in a:
        assert (tmp_path / "a" / rec["file"]).read_bytes() == (tmp_path / "b" / rec["file"]).read_bytes()
        assert rec["identity_violations"] == [] == identity_violations(rec["values"], rec["fmt"])
        assert all(rec["values"][k] == 0 for k in rec["blanks"])
    truth = [json.loads(x) for x in (tmp_path / "a" / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [t["file"] for t in truth] == [r["file"] for r in a]
    assert {t["layout"] for t in truth} == set(synth.LAYOUTS) and {t["fmt"] for t in truth} == set(synth.FORMATS)
    c = synth.generate_corpus(tmp_path / "c", 3, seed=8)
    assert [r["values"] for r in c] != [r["values"] for r in a[:3]]


def test_synth_demo_corpus_is_bundled_and_consistent():
    manifest = (DEMO / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    assert manifest[0].split("\t") == ["id", "file", "format", "body", "year", "table_format", "notes"]
    truth = {t["id"]: t for t in map(json.loads, (DEMO / "truth.jsonl").read_text(encoding="utf-8").splitlines())}
    rows = [line.split("\t") for line in manifest[1:]]
    assert [r[0] for r in rows] == list(truth)
    for rid, file, *_ in rows:
        assert (DEMO / file).is_file()
    assert {t["layout"] for t in truth.values()} >= {*synth.LAYOUTS, "pre2019", "attachment"}
    assert {(t["layout"], t["fmt"]) for t in truth.values()} >= set(CASES)
    assert {t["encoding"] for t in truth.values() if t["layout"] == "html"} == {"utf-8", "gbk"}
    assert any(t["encoding"] == "gb18030" and t["file"].endswith(".txt") for t in truth.values())
    assert sum(p.stat().st_size for p in DEMO.iterdir()) < 1_000_000
    by_body: dict[str, list] = {}
    for t in truth.values():
        by_body.setdefault(t["body"], []).append(t)
    pair = next(sorted(ts, key=lambda t: t["year"]) for ts in by_body.values() if len(ts) == 2)
    assert pair[1]["year"] == pair[0]["year"] + 1
    assert all(pair[1]["values"][f"t3.carried_over.{c}"] == pair[0]["values"][f"t3.carried_forward.{c}"]
               for c in COLUMNS)
    assert sum(bool(t.get("identity_violations")) for t in truth.values()) == 1
    assert sum(any(not c["agrees"] for c in t.get("claims", [])) for t in truth.values()) == 1


def test_synth_demo_script_reproduces_the_bundle(tmp_path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("make_demo", ROOT / "scripts" / "make_demo.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.build(tmp_path)
    for path in DEMO.iterdir():
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name
