"""The nianbao command: parse (human, --json, --summary), coded errors, help text for every command."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nlp.cli import build_parser, main

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpora" / "demo"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nlp.cli", *args], capture_output=True, text=True, cwd=REPO)


def test_cli_parse_json_contract():
    res = run("parse", str(DEMO / "demo-03_flat_2021.txt"), "--json")
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    for key in ("meta", "text", "sections", "tables", "cells", "checks", "warnings"):
        assert key in doc
    sec = doc["sections"][0]
    assert {"key", "title", "start", "end"} <= set(sec)
    assert doc["text"][sec["start"]:sec["end"]].lstrip().startswith(sec["title"][:2])
    cell = doc["cells"]["t3.new.total"]
    assert {"value", "raw", "status", "candidates"} <= set(cell)
    assert doc["tables"]["t3.new.total"] == cell["value"]


def test_cli_parse_human_summary():
    res = run("parse", str(DEMO / "demo-01_tsv_2021.txt"))
    assert res.returncode == 0
    assert "sections:" in res.stdout and "problems" in res.stdout


@pytest.mark.parametrize("content,suffix,code", [
    (b"", ".txt", "E001"),
    (b"\x00\x01\x02binary\x00" * 10, ".txt", "E002"),
    (b"%PDF-1.4 truncated", ".pdf", "E008"),
    ("这是一段与年度报告无关的文字。".encode("utf-8") * 3, ".txt", "E005"),
    (b"PK\x03\x04 not really a zip", ".docx", "E006"),
])
def test_cli_bad_input_gets_coded_error(tmp_path, content, suffix, code):
    f = tmp_path / f"bad{suffix}"
    f.write_bytes(content)
    res = run("parse", str(f))
    assert res.returncode == 2
    assert res.stderr.startswith(f"[{code}]") and str(f) in res.stderr
    assert "Traceback" not in res.stderr


def test_cli_summary_accounts_for_every_file(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    (tmp_path / "in" / "ok.txt").write_bytes((DEMO / "demo-01_tsv_2021.txt").read_bytes())
    out = tmp_path / "out"
    assert main(["parse", "--summary", str(tmp_path / "in"), "-o", str(out)]) == 0
    import pandas as pd
    reports = pd.read_csv(out / "reports.csv")
    errors = pd.read_csv(out / "errors.csv")
    assert len(reports) + len(errors) == 2
    assert list(errors.code) == ["E001"]
    cells = pd.read_parquet(out / "cells.parquet")
    assert {"report_id", "source", "table", "key", "value", "raw", "status"} <= set(cells.columns)


def test_cli_reads_archive_members_and_names_what_it_skips(tmp_path, capsys):
    import zipfile
    (tmp_path / "in").mkdir()
    with zipfile.ZipFile(tmp_path / "in" / "crawl.zip", "w") as zf:
        zf.writestr("site/r.txt", (DEMO / "demo-01_tsv_2021.txt").read_bytes())
        zf.writestr("site/banner.png", b"\x89PNG")
    (tmp_path / "in" / "style.css").write_text("body{}", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", "--summary", str(tmp_path / "in"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "skipped 2 files that are not documents (" in err and "1 .png" in err and "1 .css" in err
    import pandas as pd
    reports = pd.read_csv(out / "reports.csv")
    assert list(reports.source) == [f"{tmp_path / 'in' / 'crawl.zip'}/site/r.txt"]


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        assert p.description, name
        for action in p._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest}"


def test_the_command_writes_all_its_output_before_ending_without_interpreter_teardown(tmp_path):
    """``nianbao`` ends with os._exit after flushing: a long JSON output arrives whole through a pipe, and the
    exit status is main()'s."""
    from nlp.paths import demo_corpus
    report = sorted(p for p in demo_corpus().iterdir() if p.suffix == ".txt")[0]
    res = run("parse", str(report), "--json")
    assert res.returncode == 0, res.stderr[-2000:]
    parsed = json.loads(res.stdout)
    assert len(res.stdout) > 20_000 and parsed["cells"]
    missing = run("parse", str(tmp_path / "nothing-here.txt"))
    assert missing.returncode == 2 and missing.stderr.strip()
