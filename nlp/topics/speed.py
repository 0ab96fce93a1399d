"""How fast the tagger tags: reports per second on one core, batched and one report at a time.

    python -m nlp.topics.speed                 # print the figures
    python -m nlp.topics.speed --record        # also store them in the shipped meta.json and re-render the card

The corpus is ``nlp.synth.generate_corpus(dir, 600, seed=1, layouts=("tsv", "flat"))`` (seed-sized reports),
each read once with ``nlp.read_report`` (reading is not timed). Timed: :func:`nlp.topics.tag_reports` over
the reports in batches of 64 (splitting section 五 into items, features, both models, the result dicts),
and :func:`nlp.topics.tag_report` one report at a time. The tagger is loaded and warmed up before timing
(start-up is not per report). Each figure is the best of ``repeats`` runs, measured with the process CPU
clock (``time.process_time``), which other processes on a shared machine disturb less than the wall clock;
the wall-clock figure of the same runs is reported beside it. Pin the process to one core
(``taskset -c 0``) for a per-core figure: numpy/scipy may otherwise use more threads.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

N_REPORTS = 600
BATCH = 64
SEED = 1


def synthetic_reports(n: int = N_REPORTS, seed: int = SEED) -> list:
    import nlp
    from nlp import synth
    with tempfile.TemporaryDirectory(prefix="nianbao-speed-") as d:
        synth.generate_corpus(d, n, seed=seed, layouts=("tsv", "flat"))
        files = sorted(p for p in Path(d).iterdir() if p.suffix in (".txt", ".md"))
        return [nlp.read_report(f) for f in files]


def _best(fn, repeats: int) -> tuple[float, float]:
    """(best CPU seconds, best wall seconds) of ``repeats`` calls."""
    cpu = wall = float("inf")
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    return cpu, wall


def measure(n: int = N_REPORTS, batch: int = BATCH, repeats: int = 5, reports=None) -> dict:
    from . import load_tagger, tag_report, tag_reports
    reports = reports if reports is not None else synthetic_reports(n)
    tagger = load_tagger()
    tag_reports(reports[:batch], tagger=tagger)                 # warm-up: segmenters, compiled models
    items = sum(len(t) for t in tag_reports(reports, tagger=tagger))

    def batched():
        for i in range(0, len(reports), batch):
            tag_reports(reports[i:i + batch], tagger=tagger)

    def single():
        for r in reports:
            tag_report(r, tagger=tagger)

    b_cpu, b_wall = _best(batched, repeats)
    s_cpu, s_wall = _best(single, max(1, repeats // 2))
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "reports": len(reports), "items": items, "items_per_report": round(items / len(reports), 2),
        "batch": batch, "repeats": repeats,
        "batched_reports_per_s": round(len(reports) / b_cpu), "batched_reports_per_s_wall": round(len(reports) / b_wall),
        "single_reports_per_s": round(len(reports) / s_cpu), "single_reports_per_s_wall": round(len(reports) / s_wall),
        "batched_ms_per_report": round(1000 * b_cpu / len(reports), 3),
        "cores_allowed": affinity, "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(), "compiled": tagger.compiled is not None,
        "command": (f"taskset -c {','.join(map(str, sorted(os.sched_getaffinity(0))))} " if affinity == 1 else "")
                   + "python -m nlp.topics.speed",
    }


def record(result: dict, model_dir=None, note: str | None = None) -> Path:
    """Store ``result`` (and ``note``, e.g. the spread of repeated runs) as meta.json["speed"] of the model
    directory and re-render its card."""
    if note:
        result = {**result, "note": note}
    from .card import write_card
    from .model import find_model_dir
    d = Path(model_dir) if model_dir else find_model_dir()
    path = d / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["speed"] = result
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_card(d)
    return d


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m nlp.topics.speed", description=__doc__.split("\n\n")[0])
    p.add_argument("-n", type=int, default=N_REPORTS, help=f"synthetic reports (default {N_REPORTS})")
    p.add_argument("--batch", type=int, default=BATCH, help=f"reports per tag_reports call (default {BATCH})")
    p.add_argument("--repeats", type=int, default=5, help="timed runs; the best counts (default 5)")
    p.add_argument("--record", action="store_true", help="store the figures in the shipped meta.json and card")
    p.add_argument("--note", help="a sentence stored with the figures (e.g. the spread of repeated runs)")
    args = p.parse_args(argv)
    result = measure(args.n, args.batch, args.repeats)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.record:
        print(f"recorded in {record(result, note=args.note)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
