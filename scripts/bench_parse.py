"""Parsing throughput: seed-sized text reports per second on one core (the issue's ≥ 300/s target).

Usage: python scripts/bench_parse.py [DIR_OR_FILES...] [--repeat N]
Default input: the real corpus's text reports when ../shared/corpora/real exists, else corpora/demo.
Reports reading + sections + tables + checks (everything `nianbao parse` does except printing).
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import nlp
from nlp.inputs import expand
from nlp.read import read_document
from nlp.report import build_report

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    default = REPO.parent / "shared" / "corpora" / "real"
    paths = args.paths or [str(default if default.is_dir() else REPO / "corpora" / "demo")]
    files = [f for f in expand(paths) if f.endswith((".txt", ".md"))]
    blobs = [(f, Path(f).read_bytes()) for f in files]
    chars = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for name, data in blobs:
            try:
                doc = read_document(data, name)
                rep = build_report(doc, name, report_id=name)
                chars += len(rep.text)
            except nlp.NianbaoError:
                pass
    dt = time.perf_counter() - t0
    n = len(blobs) * args.repeat
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"files: {len(blobs)} text reports x {args.repeat} = {n} parses, mean {chars / max(n, 1):.0f} chars")
    print(f"parse: {n / dt:.0f} reports/s on one core ({dt / n * 1000:.2f} ms/report), peak RSS {rss:.0f} MB, "
          f"cpu count {os.cpu_count()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
