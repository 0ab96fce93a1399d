"""The ``nianbao`` command: a thin face on the library (every command calls library functions).

Expected failures print one coded line (``[E00x] file: what. what to do``) and exit 2; batch
commands record them per file and go on.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from . import __version__
from .errors import Errors, NianbaoError
from .inputs import expand_inputs
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
        _dump(report_json(report), args.compact)
    else:
        print(_human(report))
    return 0


def report_json(report) -> dict:
    """``parse --json``: the Report plus its numbers and the complete list of its findings."""
    from .analysis import analyse
    a = analyse(report)
    d = report.to_dict()
    d["numbers"] = [{k: c.to_dict()[k] for k in ("start", "end", "surface", "value", "low", "high", "unit", "kind",
                                                 "section", "counted", "concept", "targets", "status", "matched")}
                    for c in a.claims]
    d["discrepancies"] = [f.to_dict() for f in a.discrepancies]
    return d


def _dump(obj, compact: bool) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=None if compact else 1)
    sys.stdout.write("\n")


def cmd_numbers(args: argparse.Namespace) -> int:
    report = read_report(args.path, max_bytes=args.max_bytes)
    d = report_json(report)
    if args.json:
        _dump({"report_id": d["report_id"], "source": d["source"], "numbers": d["numbers"],
               "discrepancies": [x for x in d["discrepancies"] if x["rule"].startswith(("NARRATIVE", "PARTS",
                                                                                        "RATE", "FEE"))]},
              args.compact)
    else:
        for n in d["numbers"]:
            shown = n["value"] if n["value"] is not None else f"[{n['low']}, {n['high']}]"
            print(f"{n['start']:>6}-{n['end']:<6} {n['surface']:<14} {shown!s:<14} {n['kind']:<8} "
                  f"{n['status']:<10} {n['matched'] or ', '.join(n['targets'][:1])}")
    return 0


def _parse_summary(args: argparse.Namespace) -> int:
    import pandas as pd

    from .pipeline import error_row
    rows, errors, cells = [], [], []
    for spec in _inputs(args.paths):
        try:
            rep = read_report(spec.read(args.max_bytes), name=spec.source, max_bytes=args.max_bytes)
        except NianbaoError as exc:
            errors.append(error_row(exc, spec.source, "read"))
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


def _add_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="report files, directories (walked recursively), globs, @LIST files or zip archives")
    p.add_argument("-o", "--out", required=True, help="output directory (resumed when it holds an unfinished run)")
    p.add_argument("-j", "--workers", type=_positive(int), default=None,
                   help="worker processes (default: the CPUs this process may use)")
    p.add_argument("--timeout", type=_positive(float), default=120.0,
                   help="seconds allowed per file before it is recorded as hung")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="local processes or a Dask cluster")
    p.add_argument("--scheduler", help="with --engine dask: the scheduler address (tcp://host:8786); "
                                       "without it a LocalCluster on this machine")
    p.add_argument("--dask-workers", type=int, default=None,
                   help="with --engine dask and no --scheduler: LocalCluster workers "
                        "(default: the CPUs this process may use)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 50 MB)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--force", action="store_true", help="start afresh, discarding an earlier run in OUT")
    p.add_argument("--batch-size", type=int, default=500, help="inputs per part file written (memory stays flat)")


def _positive(kind):
    """An argparse type: a number above zero (-j 0, --timeout -1 are usage errors, not runs that fail)."""
    def parse(text: str):
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
        return value
    parse.__name__ = kind.__name__
    return parse


# BLAS libraries size their thread pools from these when they load (each set to 1 unless the user set any that
# library reads: OpenBLAS reads its own, GOTO_NUM_THREADS and OMP_NUM_THREADS; MKL its own and OMP_NUM_THREADS)
BLAS_THREADS_ENV = {"OPENBLAS_NUM_THREADS": ("GOTO_NUM_THREADS", "OMP_NUM_THREADS"),
                    "MKL_NUM_THREADS": ("OMP_NUM_THREADS",)}


def one_blas_thread_env() -> None:
    """Before numpy loads: every process of a corpus run computes with one BLAS thread, unless the user set
    otherwise. The run already has a worker per core; an OpenBLAS pool's threads spin after each call, and
    limiting a worker later (:func:`nlp.batch.one_blas_thread`) starts one such thread first: together about
    1.5% of a run's CPU, measured with perf. Through the environment, a LocalCluster's workers and the process
    they fork from start this way too."""
    if "numpy" in sys.modules:                 # too late to have any effect (a library caller's process)
        return
    for name, also in BLAS_THREADS_ENV.items():
        if not any(v in os.environ for v in (name, *also)):
            os.environ[name] = "1"


def _run(args: argparse.Namespace, job: str, tag: bool) -> int:
    """A corpus run of ``nianbao check`` or ``nianbao tag`` (the options of :func:`_add_run_options`)."""
    one_blas_thread_env()
    model_dir = getattr(args, "model", None)
    if tag and args.engine == "local":
        from . import preload
        preload.start(model_dir)                    # while the rest is imported and the inputs listed
    elif args.engine == "dask" and not args.scheduler:
        from . import forkserver
        forkserver.start(tag, model_dir)            # the workers' process, loading while this one imports
    from .corpus import run_corpus
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:                          # a file, a broken link, no permission
        raise NianbaoError(Errors.E017, args.out, detail=f"{args.out}: {exc.strerror or exc}") from None
    # OUT inside an input folder: its own pages and tables are no inputs (a rerun would read them as reports)
    inside = _inside(out)
    specs = [s for s in _inputs(args.paths) if not inside(s.path)]
    if not specs:
        print("nianbao: no input files found", file=sys.stderr)
        return 2
    res = run_corpus(specs, args.out, job=job, tag=tag, workers=args.workers, timeout=args.timeout,
                     engine=args.engine, scheduler=args.scheduler, dask_workers=args.dask_workers,
                     batch_size=args.batch_size, max_bytes=args.max_bytes, force=args.force,
                     progress=not args.no_progress and sys.stderr.isatty(), model_dir=model_dir)
    totals, summary = res.totals(), res.summary
    steady = (f"; after the first results {summary.steady_inputs / summary.steady_seconds:.0f} reports/s"
              if summary.steady_seconds > 0 and summary.steady_inputs else "")
    print(f"{summary.total} inputs: {totals['reports']} reports, {totals['error_rows']} in errors.csv "
          f"({summary.processed} processed in {summary.seconds:.1f} s{steady}"
          f"{f', {summary.skipped} already done' if summary.skipped else ''})")
    if job == "check":
        print(f"findings: {totals['errors']} errors, {totals['warnings']} warnings, "
              f"{totals['infos']} info; reports with errors: {totals['reports_with_errors']}")
    for name, path in res.written.items():
        print(f"  {name:18s} {path}")
    return 0


def _inside(folder: Path) -> Callable[[str], bool]:
    """A test of whether a file is inside ``folder`` (links followed), resolving each directory once."""
    root = os.path.realpath(folder)
    dirs: dict[str, bool] = {}

    def test(path: str) -> bool:
        d = os.path.dirname(os.path.abspath(path))
        known = dirs.get(d)
        if known is None:
            real = os.path.realpath(d)
            known = dirs[d] = real == root or real.startswith(root.rstrip(os.sep) + os.sep)
        return known
    return test


def _inputs(paths: list[str]) -> list:
    """The inputs under ``paths`` (:func:`nlp.inputs.expand_inputs`); the files met there that are not documents
    are named on stderr (count by suffix and one example), not dropped in silence."""
    skipped: list[str] = []
    specs = expand_inputs(paths, skipped)
    if skipped:
        print(f"skipped {len(skipped)} file{'s' if len(skipped) != 1 else ''} that are not documents "
              f"({_suffix_counts(skipped)}), e.g. {skipped[0]}", file=sys.stderr)
    return specs


def _suffix_counts(names: list[str]) -> str:
    """"12 .jpg, 3 .css, 1 without a suffix": what was skipped, commonest first."""
    from collections import Counter
    counts = Counter(Path(n).suffix.lower() or "without a suffix" for n in names)
    return ", ".join(f"{k} {s}" for s, k in counts.most_common())


def cmd_check(args: argparse.Namespace) -> int:
    return _run(args, "check", tag=not args.no_tag)


def cmd_demo(args: argparse.Namespace) -> int:
    from .paths import demo_corpus
    args.paths = [str(demo_corpus())]
    args.force = True
    return _run(args, "check", tag=not args.no_tag)


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run_bench
    run_bench(n=args.n, corpus=args.corpus, workers=args.workers, scale=args.scale, dask=args.dask, tag=not args.no_tag,
              repeat=args.repeat)
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
    pn = sub.add_parser("numbers", help="every quantity in a report's narrative, bound to its table targets",
                        description="List the narrative's numbers with value or interval, unit, kind, concept, "
                                    "plausible table targets and the status of the comparison.")
    pn.add_argument("path", metavar="FILE", help="one report file")
    pn.add_argument("--json", action="store_true", help="machine-readable output")
    pn.add_argument("--compact", action="store_true", help="with --json: one line")
    pn.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="refuse larger files (default 50 MB)")
    pn.set_defaults(func=cmd_numbers)
    pc = sub.add_parser("check", help="check a corpus: tables, narrative vs tables, cross-year; HTML and Parquet",
                        description="Read, check (and tag) every report; write OUT/discrepancies.parquet and .csv, "
                                    "numbers.parquet, reports.parquet, cells.parquet, items.parquet, coverage.csv, "
                                    "errors.csv and OUT/index.html.")
    _add_run_options(pc)
    pc.add_argument("--no-tag", action="store_true", help="skip tagging section 五")
    pc.set_defaults(func=cmd_check)
    pd_ = sub.add_parser("demo", help="check the bundled demo corpus (wherever nianbao is installed)",
                         description="Run `nianbao check` on the invented demo reports shipped with the package.")
    pd_.add_argument("-o", "--out", default="nianbao-demo", help="output directory (default ./nianbao-demo)")
    pd_.add_argument("--no-tag", action="store_true", help="skip tagging section 五")
    pd_.set_defaults(func=cmd_demo, workers=None, timeout=120.0, engine="local", scheduler=None, dask_workers=None,
                     max_bytes=DEFAULT_MAX_BYTES, no_progress=False, batch_size=500)
    pb = sub.add_parser("bench", help="reports/s and peak memory per stage and end to end, against plain jieba",
                        description="Generate (or take) a corpus of seed-sized text reports and time every stage, "
                                    "a whole `nianbao check` run and a process that only runs jieba.lcut.")
    pb.add_argument("-n", type=int, default=1500, help="number of reports (default 1500)")
    pb.add_argument("--corpus", help="benchmark these files instead of generated ones")
    pb.add_argument("-j", "--workers", type=int, default=None, help="worker processes for the check run")
    pb.add_argument("--scale", type=int, default=0, help="also run this many reports to show linear cost (e.g. 10000)")
    pb.add_argument("--dask", action="store_true", help="also compare Dask with 1 and 2 workers")
    pb.add_argument("--no-tag", action="store_true", help="leave tagging out of every stage")
    pb.add_argument("--repeat", type=int, default=1,
                    help="run the check and the jieba-only process (and, with --dask, the 1- and 2-worker runs) "
                         "this many times, alternately, and compare the fastest of each (a machine whose speed "
                         "drifts between runs; default 1)")
    pb.set_defaults(func=cmd_bench)
    try:
        from .topics.cli import register
    except ImportError:
        register = None
    if register is not None:
        register(sub)
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


def entry() -> None:
    """The ``nianbao`` command: :func:`main`, then the process ends without tearing the interpreter down
    (freeing a corpus run's objects one by one takes ~0.06 s and writes nothing: every output file is closed
    and every worker joined by then)."""
    code = main()
    from . import _recache
    _recache.save()                             # what atexit would have done
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):          # a closed pipe: nothing more to say
            pass
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)     # as sys.exit would


if __name__ == "__main__":
    entry()
