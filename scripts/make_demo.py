"""Write the bundled demo corpus ``corpora/demo/`` from :mod:`nlp.synth` (deterministic).

Usage (from the repository root)::

    .venv/bin/python scripts/make_demo.py [--out corpora/demo]

The corpus has every layout (tsv, pipe, flat, html in UTF-8 and GBK, docx, pdf, pdf with ruled tables) in both
table formats, one pre-2019 report, one attachment-only page, a body reported in two consecutive years
(2022's 结转下年度 = 2023's 上年结转), one report whose 表三 does not balance, one whose narrative
states a figure the table contradicts, and a GB18030-encoded .txt. Everything is invented.
Outputs: the reports, ``MANIFEST.tsv`` (id, file, format, body, year, table_format, notes) and
``truth.jsonl`` (one record per report: values, blanks, claims, section 五 items, injected errors).
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from nlp import synth
from nlp.schema import T3_APPLICANT_COLS, load_schema

SEED = 20240601
ROOT = Path(__file__).resolve().parent.parent

# id, layout, table format, body, level, year, encoding, notes
SPECS = (
    ("demo-01", "tsv", "2021", "云溪县人民政府办公室", "department", 2022, "utf-8",
     "markdown headings, tab-separated tables with export quirks; chained with demo-02"),
    ("demo-02", "pipe", "2021", "云溪县人民政府办公室", "department", 2023, "utf-8",
     "markdown pipe tables; same body as demo-01, next year (上年结转 = demo-01 结转下年度)"),
    ("demo-03", "flat", "2021", "青禾市生态环境局", "department", 2023, "gb18030",
     "crawled page, whole page on one line, cells run together; GB18030-encoded .txt"),
    ("demo-04", "html", "2021", "松岚区财政局", "department", 2021, "utf-8",
     "site page with chrome; <table> with rowspan/colspan; UTF-8; a blank applicant column"),
    ("demo-05", "docx", "2021", "汀澜县教育局", "department", 2022, None,
     "Word tables with merged cells; INJECTED ERROR: a 表三 column does not balance"),
    ("demo-06", "pdf", "2021", "枫屿市市场监督管理局", "department", 2024, None,
     "reportlab, STSong-Light; INJECTED ERROR: narrative 申请 count disagrees with 表三"),
    ("demo-07", "tsv", "2019", "岚川县卫生健康委员会", "department", 2019, "utf-8",
     "2019 table format (表二 v19, 表三 with one （六）其他处理 row)"),
    ("demo-08", "pipe", "2019", "鹭沙区司法局", "department", 2020, "utf-8", "2019 table format, pipe tables"),
    ("demo-09", "flat", "2019", "白榆县萤桥镇人民政府", "township", 2020, "utf-8",
     "2019 table format, crawled page; some cells printed as /"),
    ("demo-10", "html", "2019", "霁川市交通运输局", "department", 2020, "gbk", "2019 table format; GBK-encoded page"),
    ("demo-11", "docx", "2019", "杉湖县水利局", "department", 2019, None, "2019 table format, Word"),
    ("demo-12", "pdf", "2019", "苇塘区民政局", "department", 2020, None, "2019 table format, PDF text layer"),
)
# after the pre-2019 report and the attachment page (demo-13, demo-14), which came first
LATER_SPECS = (
    ("demo-15", "pdfgrid", "2021", "棠溪县自然资源局", "department", 2023, None,
     "PDF with ruled tables (cells read from their rules); eight zero cells of 表三 and 表四 printed as /"),
    ("demo-16", "pdfgrid", "2019", "柘浦镇人民政府", "township", 2020, None,
     "2019 table format, PDF with ruled tables; eight zero cells printed as — or left empty"),
)
FORMAT_NAMES = {"tsv": "text (markdown, tab tables)", "pipe": "markdown (pipe tables)", "flat": "text (crawled page)",
                "html": "html", "docx": "docx", "pdf": "pdf", "pdfgrid": "pdf (ruled tables)"}


def _chained_pair(rng: random.Random) -> tuple[dict, dict]:
    """2022 and 2023 tables of one body, the first with something carried forward."""
    first = synth.random_tables(rng, "2021", 30)
    while first["t3.carried_forward.total"] == 0:
        first = synth.random_tables(rng, "2021", 30)
    second = synth.random_tables(rng, "2021", 30, carried_over=synth.carried_forward_of(first))
    return first, second


def build(out: Path) -> list[dict]:
    """Write the demo corpus into ``out`` and return its truth records."""
    out.mkdir(parents=True, exist_ok=True)
    chained = _chained_pair(random.Random(f"{SEED}:chain"))
    records, manifest = [], []
    for rid, layout, fmt, body, level, year, encoding, notes in SPECS + LATER_SPECS:
        if rid == LATER_SPECS[0][0]:
            _pre2019_and_attachment(out, records, manifest)
        rng = random.Random(f"{SEED}:{rid}")
        values = blanks = overrides = injected = None
        if rid == "demo-01":
            values = chained[0]
        elif rid == "demo-02":
            values = chained[1]
        elif rid == "demo-04":
            values = synth.random_tables(rng, fmt, 50)
            rows = load_schema().t3_rows(fmt)
            empty = [c for c in T3_APPLICANT_COLS[1:] if all(values[f"t3.{r}.{c}"] == 0 for r in rows)]
            blanks = {f"t3.{r}.{empty[-1]}" for r in rows} if empty else set()
        elif rid == "demo-05":
            values = synth.random_tables(rng, fmt, 50)
            while values["t3.new.total"] < 5:
                values = synth.random_tables(rng, fmt, 50)
            injected = synth.inject_t3_imbalance(values, rng, fmt)
        elif rid == "demo-06":
            values = synth.random_tables(rng, fmt, 50)
            while values["t3.new.total"] < 3:
                values = synth.random_tables(rng, fmt, 50)
            stated = values["t3.new.total"] + rng.randint(2, 9)
            overrides = {"t3.new.total": stated}
            injected = {"kind": "narrative_mismatch", "key": "t3.new.total",
                        "table": values["t3.new.total"], "narrative": stated}
        elif rid in ("demo-09", "demo-15", "demo-16"):
            values = synth.random_tables(rng, fmt, 20)
            zeros = sorted(k for k, x in values.items() if x == 0 and k.startswith(("t3.", "t4."))
                           and not k.endswith(".total") and (rid != "demo-09" or k.startswith("t3.")))
            blanks = set(rng.sample(zeros, min(4 if rid == "demo-09" else 8, len(zeros))))
        data, truth = synth.make_report(rng, fmt=fmt, layout=layout, body=body, level=level, year=year,
                                        values=values, blanks=blanks if blanks is not None else set(),
                                        encoding=encoding, narrative_overrides=overrides)
        name = f"{rid}_{layout}_{fmt}{synth.EXTENSIONS[layout]}"
        _write(out / name, data, truth["encoding"] or "utf-8")
        records.append({"id": rid, "file": name, **truth, "injected": injected, "notes": notes})
        fmt_name = FORMAT_NAMES[layout] + (f", {truth['encoding']}" if truth["encoding"] else "")
        manifest.append((rid, name, fmt_name, body, year, fmt, notes))
    with open(out / "MANIFEST.tsv", "w", encoding="utf-8") as fh:
        fh.write("id\tfile\tformat\tbody\tyear\ttable_format\tnotes\n")
        for row in manifest:
            fh.write("\t".join(str(x) for x in row) + "\n")
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def _pre2019_and_attachment(out: Path, records: list[dict], manifest: list[tuple]) -> None:
    rng = random.Random(f"{SEED}:demo-13")
    pre_values = synth.random_pre2019_values(rng)
    text = synth.render_pre2019(rng, body="蓼洲县人民政府", year=2017, layout="tsv", values=pre_values)
    name = "demo-13_pre2019.txt"
    _write(out / name, text, "utf-8")
    notes = "pre-2019 outline (概述 … 七、其他需要报告的事项) with a small statistics table; no statutory tables"
    records.append({"id": "demo-13", "file": name, "fmt": "pre-2019", "layout": "pre2019", "body": "蓼洲县人民政府",
                    "level": "county", "year": 2017, "encoding": "utf-8", "values": pre_values, "blanks": [],
                    "injected": None, "notes": notes})
    manifest.append(("demo-13", name, "text (pre-2019 report)", "蓼洲县人民政府", 2017, "pre-2019", notes))

    rng = random.Random(f"{SEED}:demo-14")
    page = synth.render_attachment_only(rng, body="芸岭市统计局", year=2022, layout="html", encoding="utf-8")
    name = "demo-14_attachment.html"
    _write(out / name, page, "utf-8")
    notes = "attachment-only page: title and a link to the report file, no report text"
    records.append({"id": "demo-14", "file": name, "fmt": None, "layout": "attachment", "body": "芸岭市统计局",
                    "level": "department", "year": 2022, "encoding": "utf-8", "values": {}, "blanks": [],
                    "injected": None, "notes": notes})
    manifest.append(("demo-14", name, "html (attachment only)", "芸岭市统计局", 2022, "", notes))


def _write(path: Path, data: str | bytes, encoding: str) -> None:
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpora" / "demo", help="output folder")
    args = parser.parse_args()
    records = build(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir())
    print(f"wrote {len(records)} reports to {args.out} ({size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
