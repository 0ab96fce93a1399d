"""nianbao check end to end: output tables and their contracts, resumability, every input accounted
for, and the HTML report rendered in a real headless browser."""
from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest

from nlp.cli import main

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpora" / "demo"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")

HOSTILE = """# 示范县测试局2023年政府信息公开工作年度报告

## 一、总体情况

本年度共收到政府信息公开申请3件。<script>alert("x")</script>本局网站发布信息20条。

## 五、存在的主要问题及改进情况

一是培训不足<b>粗体</b>。二是栏目更新不及时。下一步将加强培训，完善栏目。
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    root = tmp_path_factory.mktemp("check")
    inputs = root / "in"
    shutil.copytree(DEMO, inputs)
    (inputs / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "notes.txt").write_text("这是一份会议纪要，与年度报告无关。" * 5, encoding="utf-8")
    with zipfile.ZipFile(inputs / "bundle.zip", "w") as zf:
        zf.writestr("inner/demo-01.txt", (DEMO / "demo-01_tsv_2021.txt").read_bytes())
    out = root / "out"
    rc = main(["check", str(inputs), "-o", str(out), "--no-progress", "-j", "2", "--no-tag", "--batch-size", "4"])
    assert rc == 0
    return inputs, out


def test_check_accounts_for_every_input(checked):
    inputs, out = checked
    n_inputs = sum(1 for p in inputs.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".docx", ".pdf"}
                   and p.name not in {"MANIFEST.tsv", "truth.jsonl"}) + 1      # + the zip member
    reports = pd.read_parquet(out / "reports.parquet")
    errors = pd.read_csv(out / "errors.csv")
    assert len(reports) + len(errors) == n_inputs
    assert set(errors.code) == {"E001", "E005"}
    assert list(errors.columns) == ["source", "code", "message", "hint", "stage"]
    assert any(s.endswith("bundle.zip/inner/demo-01.txt") for s in reports.source)


def test_check_tables_have_contract_columns(checked):
    _, out = checked
    disc = pd.read_parquet(out / "discrepancies.parquet")
    for col in ("report_id", "source", "rule", "severity", "cells", "span", "stated", "expected", "message"):
        assert col in disc.columns
    nums = pd.read_parquet(out / "numbers.parquet")
    for col in ("report_id", "source", "start", "end", "surface", "value", "low", "high", "unit", "kind", "section",
                "targets", "status"):
        assert col in nums.columns
    cells = pd.read_parquet(out / "cells.parquet")
    assert {"report_id", "source", "key", "value", "raw", "status", "candidates"} <= set(cells.columns)
    csv = pd.read_csv(out / "discrepancies.csv")
    assert len(csv) == len(disc)
    first = csv.dropna(subset=["cells"]).iloc[0]
    assert isinstance(json.loads(first["cells"]), list)


def test_check_finds_the_injected_errors(checked):
    _, out = checked
    disc = pd.read_parquet(out / "discrepancies.parquet")
    serious = disc[disc.severity.isin(["error", "warning"])]
    assert set(serious[serious.report_id == "demo-05_docx_2021"].rule) == {"T3-COL-BALANCE"}
    assert "NARRATIVE-MISMATCH" in set(serious[serious.report_id == "demo-06_pdf_2021"].rule)
    clean = {"demo-01_tsv_2021", "demo-03_flat_2021", "demo-04_html_2021", "demo-07_tsv_2019", "demo-12_pdf_2019"}
    assert serious[serious.report_id.isin(clean)].empty


def test_check_resumes_without_duplicates(checked, tmp_path):
    inputs, out = checked
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    # as if killed while recording the last part: its manifest line is cut, its part files remain
    manifest = copy / "_state" / "manifest.jsonl"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 3
    manifest.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2], encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "nlp.cli", "check", str(inputs), "-o", str(copy), "--no-progress",
                          "--no-tag"],
                         capture_output=True, text=True, cwd=REPO)
    assert res.returncode == 0, res.stderr
    assert "resuming:" in res.stderr
    a = pd.read_parquet(out / "reports.parquet").sort_values("source").reset_index(drop=True)
    b = pd.read_parquet(copy / "reports.parquet").sort_values("source").reset_index(drop=True)
    assert list(a.source) == list(b.source)          # nothing lost, nothing duplicated
    da = pd.read_parquet(out / "discrepancies.parquet")
    db = pd.read_parquet(copy / "discrepancies.parquet")
    assert len(da) == len(db)


def test_html_escapes_report_text(checked):
    _, out = checked
    page = next((out / "reports").glob("hostile-*.html")).read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>粗体</b>" not in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script" not in index
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", index)        # no external resources


def test_html_table_cells_need_no_escaping_of_keys():
    """The report page writes cell keys into attributes unescaped: every schema key is [a-z0-9_.]."""
    from nlp.schema import load_schema
    keys = list(load_schema().cells)
    assert len(keys) > 200 and all(re.fullmatch(r"[a-z0-9_.]+", k) for k in keys)


@pytest.mark.skipif(CHROMIUM is None, reason="no headless browser (chromium) installed; .ci/run installs it")
def test_html_report_renders_in_a_browser(checked, tmp_path):
    _, out = checked
    for page in [out / "index.html", next((out / "reports").glob("demo-05*.html"))]:
        res = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                              "--disable-background-networking", "--disable-component-update", "--disable-sync",
                              f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
                              "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr[-2000:]
        dom = res.stdout
        assert "T3-COL-BALANCE" in dom                       # the findings are visible
        console = [ln for ln in res.stderr.splitlines() if "CONSOLE" in ln or "Failed to load resource" in ln]
        assert console == []


@given(st.lists(st.one_of(st.text(max_size=12), st.integers(), st.floats(allow_nan=False))) | st.lists(st.text()))
@settings(max_examples=300, deadline=None)
def test_csv_list_cells_are_exactly_json(values):
    import json

    from nlp.outputs import _json_list
    assert _json_list(values) == json.dumps(values, ensure_ascii=False)


@given(st.dictionaries(st.one_of(st.text(max_size=10), st.from_regex(r"[A-Za-z0-9_]{1,12}", fullmatch=True)),
                       st.one_of(st.floats(), st.integers(), st.booleans(), st.none()), max_size=20))
@settings(max_examples=300, deadline=None)
def test_item_scores_are_exactly_json(scores):
    import json

    from nlp.outputs import _scores_json
    assert _scores_json(scores) == json.dumps(scores, ensure_ascii=False)


def test_report_page_is_written_whole_over_an_older_page(tmp_path):
    """The page file holds exactly the page's UTF-8 bytes: a longer page left by an earlier run is cut to the new
    one, and a folder removed since the first page is made again."""
    from nlp import html_report
    from nlp.analysis import analyse
    from nlp.report import read_report
    from nlp.topics import tag_report
    report = read_report(DEMO / "demo-01_tsv_2021.txt")
    a = analyse(report)
    tagged = tag_report(report)
    page = html_report.report_page(a, a.discrepancies, tagged).encode("utf-8")
    path = html_report.write_report_page(a, a.discrepancies, tagged, str(tmp_path))
    assert path.read_bytes() == page and "报告".encode("utf-8") in page
    path.write_bytes(page + b"<!-- an older, longer page -->" * 1000)
    assert html_report.write_report_page(a, a.discrepancies, tagged, str(tmp_path)).read_bytes() == page
    shutil.rmtree(tmp_path / "reports")
    assert html_report.write_report_page(a, a.discrepancies, tagged, str(tmp_path)).read_bytes() == page


def test_report_page_table_cells_show_each_kind_of_value():
    """A table cell on the report page: counts as printed (small ones from a prepared table, large and negative ones
    too), decimals without a trailing .0, candidates of an ambiguous cell, a blank's raw text escaped."""
    from types import SimpleNamespace

    from nlp import html_report
    from nlp.schema import load_schema
    from nlp.types import make_cell
    keys = load_schema().keys("表四", "2019+2021")
    values = [(7, "7"), (999, "999"), (1000, "1000"), (123456, "123456"), (-3, "-3"), (0, "0"), (12.0, "12"),
              (0.25, "0.25")]
    cells = {k: make_cell(k, v, str(v), "value", (), None) for k, (v, _) in zip(keys, values)}
    rest = keys[len(values):]
    cells[rest[0]] = make_cell(rest[0], None, "<无>", "not_applicable")
    cells[rest[1]] = make_cell(rest[1], None, "", "blank")
    cells[rest[2]] = make_cell(rest[2], None, "12", "ambiguous", (1, 2))
    report = SimpleNamespace(table_formats={"表四": "2019+2021"}, cells=cells)
    html = html_report._table_html(report, "表四", {keys[0]})
    for k, (_, shown) in zip(keys, values):
        cls = "bad" if k == keys[0] else ""
        assert f'<td class="{cls}" title="{k}">{shown}</td>' in html
    assert f'<td class="blank" title="{rest[0]}">&lt;无&gt;</td>' in html
    assert f'<td class="blank" title="{rest[1]}"></td>' in html
    assert f'<td class="amb" title="{rest[2]}">1/2?</td>' in html
