"""Instructions per report of the per-report job of ``nianbao check`` (read, tables, numbers, claims, checks,
tagging, the report page, the Arrow tables a worker sends back), counted by valgrind's callgrind.

Wall-clock on a shared machine drifts by ±15% from one minute to the next, which hides a 2% change; the
instruction count of the same work repeats within about ±1%. Two runs under callgrind: one that only starts up
(imports, model and segmenter loaded, two reports processed to warm up), one that also processes the reports;
the difference divided by their number is the figure. Needs valgrind; takes a few minutes.

    python scripts/instructions_per_report.py            # 60 generated seed-sized reports
    python scripts/instructions_per_report.py -n 120 --corpus DIR
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _work(files: list[str], mode: str, html_dir: str) -> None:
    from nlp.batch import ChunkResult, _arrow_without_pandas, tune_worker
    from nlp.pipeline import JobOptions, run_many
    _arrow_without_pandas()                            # set up as a worker is (else pyarrow's first table
    tune_worker()                                      # imports pandas: ~12M instructions per report of 60)
    inputs = [(f, Path(f).read_bytes()) for f in files]
    opts = JobOptions(job="check", html_dir=html_dir)
    ChunkResult.pack(run_many(inputs[:2], opts))       # warm: tagger, segmenter, caches, the first Arrow tables
    if mode == "full":
        for i in range(0, len(inputs), 30):            # chunks as a worker gets them
            ChunkResult.pack(run_many(inputs[i:i + 30], opts))


def _instructions(mode: str, html_dir: str, list_file: Path) -> int:
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
           "--inner", mode, "--files", str(list_file), "--html", html_dir]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    m = re.search(r"Collected\s*:\s*(\d+)", res.stderr)
    if res.returncode != 0 or not m:
        raise SystemExit(f"callgrind run failed ({mode}): {res.stderr[-800:]}")
    return int(m.group(1))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", type=int, default=60, help="reports (default 60)")
    p.add_argument("--corpus", help="take the first N text reports of this directory instead of generated ones")
    p.add_argument("--inner", choices=("base", "full"), help=argparse.SUPPRESS)
    p.add_argument("--files", help=argparse.SUPPRESS)
    p.add_argument("--html", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.inner:
        _work(Path(a.files).read_text(encoding="utf-8").split("\n"), a.inner, a.html)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    # one BLAS thread, as in a corpus run (the runs below inherit the setting): an idle pool's spinning threads
    # would be counted too, and by a different number from one run to the next
    from nlp.cli import one_blas_thread_env
    one_blas_thread_env()
    with tempfile.TemporaryDirectory(prefix="nianbao-ir-") as tmp:
        tmp = Path(tmp)
        if a.corpus:
            files = sorted(str(f) for f in Path(a.corpus).iterdir() if f.suffix in (".txt", ".md"))[:a.n]
        else:
            from nlp.bench import make_corpus
            (tmp / "corpus").mkdir()
            files = make_corpus(a.n, tmp / "corpus")
        list_file = tmp / "files.txt"
        list_file.write_text("\n".join(files), encoding="utf-8")
        base = _instructions("base", str(tmp / "html"), list_file)
        full = _instructions("full", str(tmp / "html"), list_file)
    print(f"{len(files)} reports: {(full - base) / len(files) / 1e6:.2f}M instructions per report "
          f"(start-up and warm-up {base / 1e6:.0f}M, excluded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
