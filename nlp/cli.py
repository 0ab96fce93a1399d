"""The ``nianbao`` command: a thin face on the library (every command calls library functions).

Expected failures print one coded line (``[E00x] file: what. what to do``) and exit 2; batch
commands record them per file and go on.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from . import __version__
from .errors import Errors, NianbaoError
from .inputs import expand
from .read import DEFAULT_MAX_BYTES
from .report import read_report
from .summary import summarise
from .types import SECTION_KEYS


def _human(report) -> str:
    m = report.meta
    lines = [f"{report.source}",
             f"  title:   {m.title}", f"  body:    {m.body}  (level: {m.level}; key: {m.body_key})",
             f"  year:    {m.year}   published: {m.published}   format: {m.table_format}   "
             f"read as: {m.source_format}/{m.encoding}"]
    found = {s.key: s for s in report.sections}
    lines.append("  sections:")
    for key in SECTION_KEYS:
        s = found.get(key)
        lines.append(f"    {key:18s} " + (f"{s.start}-{s.end}  {s.title[:30]}{' (inferred)' if s.inferred else ''}"
                                          if s else "-- not found"))
    lines.append("  tables:  " + (", ".join(f"{t} ({f})" for t, f in report.table_formats.items()) or "none"))
    s = summarise(report)
    lines.append(f"  cells:   {s.cells} read, {s.ambiguous} ambiguous, {s.missing} missing")
    for f in report.checks:
        if f.severity in ("error", "warning"):
            lines.append(f"  {f.severity.upper():7s} {f.rule}: {f.message}")
    infos = sum(f.severity == "info" for f in report.checks)
    if infos:
        lines.append(f"  ({infos} info findings; --json lists them)")
    for w in report.warnings:
        lines.append(f"  note: {w}")
    return "\n".join(lines)


def cmd_parse(args: argparse.Namespace) -> int:
    if args.summary:
        return _parse_summary(args)
    if len(args.paths) != 1:
        print("nianbao parse: give one FILE (or --summary for several files/directories)", file=sys.stderr)
        return 2
    report = read_report(args.paths[0], max_bytes=args.max_bytes, encoding=args.encoding)
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=None if args.compact else 1)
        sys.stdout.write("\n")
    else:
        print(_human(report))
    return 0


def _parse_summary(args: argparse.Namespace) -> int:
    import pandas as pd
    files = expand(args.paths)
    rows, errors, cells = [], [], []
    for f in files:
        try:
            rep = read_report(f, max_bytes=args.max_bytes)
        except NianbaoError as exc:
            errors.append({**exc.to_dict(), "source": f, "stage": "read"})
            continue
        rows.append(asdict(summarise(rep)))
        if args.out:
            cells.append(rep.cells_frame())
    df = pd.DataFrame(rows)
    if args.json:
        print(json.dumps({"reports": rows, "errors": errors}, ensure_ascii=False, indent=1))
    else:
        cols = ["report_id", "year", "table_format", "sections", "tables", "ambiguous", "broken_identities",
                "errors", "warnings"]
        with pd.option_context("display.width", 200, "display.max_rows", 10000, "display.max_colwidth", 40):
            print(df[cols].to_string(index=False) if len(df) else "(no reports)")
        fmt_ok = df[df.table_format.isin(["2019", "2021"])] if len(df) else df
        if len(fmt_ok):
            complete = ((fmt_ok.sections == 6) & (fmt_ok.tables.str.count(":") == 3)).sum()
            print(f"\n{len(df)} reports read, {len(errors)} errors; 2019/2021-format reports: {len(fmt_ok)}, "
                  f"all six sections and three tables found in {complete} ({complete / len(fmt_ok):.1%}); "
                  f"broken identities reported: {int(fmt_ok.broken_identities.sum())} in "
                  f"{int((fmt_ok.broken_identities > 0).sum())} reports; ambiguous cells: {int(df.ambiguous.sum())}")
        for e in errors:
            print(f"error: {e['source']}: [{e['code']}] {e['message']}")
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        df.to_csv(out / "reports.csv", index=False)
        pd.DataFrame(errors, columns=["source", "code", "message", "hint", "stage"]).to_csv(
            out / "errors.csv", index=False)
        if cells:
            pd.concat(cells, ignore_index=True).to_parquet(out / "cells.parquet", index=False)
        print(f"\nwrote {out}/reports.csv, {out}/cells.parquet, {out}/errors.csv")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nianbao", description="Read, check and tag 政府信息公开工作年度报告.")
    p.add_argument("--version", action="version", version=f"nianbao {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("parse", help="read reports into sections, table cells and table checks",
                        description="Read one report (human summary or --json), or summarise many with --summary.")
    pp.add_argument("paths", nargs="+", metavar="PATH", help="a report file; with --summary also directories or @LIST")
    pp.add_argument("--json", action="store_true", help="machine-readable output")
    pp.add_argument("--compact", action="store_true", help="with --json: one line")
    pp.add_argument("--summary", action="store_true", help="one line per report: sections, tables, identities")
    pp.add_argument("-o", "--out", help="with --summary: write reports.csv, cells.parquet, errors.csv here")
    pp.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 50 MB)")
    pp.add_argument("--encoding", help="force a text encoding (default: detect)")
    pp.set_defaults(func=cmd_parse)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except NianbaoError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
