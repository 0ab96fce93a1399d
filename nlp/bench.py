"""``nianbao bench``: reports/s and peak memory per stage and end to end, against plain jieba.

Stages are timed in this process over the same files (read+parse, numbers and claims, tagging); the
end-to-end figure is a fresh ``nianbao check`` process (start-up, tagging and every output included),
compared with a fresh Python process that only runs ``jieba.lcut`` over the same full texts. Optional:
cost at two corpus sizes (linearity) and Dask with 1 vs 2 workers: runs that each start their LocalCluster, and
jobs on clusters already running (``dask scheduler`` + ``dask worker``, as a real cluster is deployed).
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

JIEBA_ONLY = r"""
import sys, time, jieba
files = [l.strip() for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
jieba.initialize()          # the dictionary load (in the wall-clock, not in the loop's seconds printed below)
t0 = time.time()
for f in files:
    jieba.lcut(open(f, encoding="utf-8", errors="replace").read())
print(time.time() - t0)
"""


def make_corpus(n: int, out: Path, seed: int = 11) -> list[str]:
    """``n`` seed-sized text reports (the sample report's length and layouts) for benchmarking."""
    from . import synth
    synth.generate_corpus(out, n, seed=seed, layouts=("tsv", "flat", "pipe"), formats=("2021", "2019"))
    return sorted(str(p) for p in out.iterdir() if p.suffix in (".txt", ".md"))


# a small process that runs the measured command and reports the peak RSS of its process tree (the largest
# process in it). Measured from this process instead, every child would report at least this process's own
# peak (the kernel records the peak of the memory a child starts with: a fork's or vfork's, this process's), and
# this process holds the stage measurements and the generated corpus
PEAK_RSS_LAUNCHER = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[2:]); "
                     "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); "
                     "sys.exit(rc)")


def _timed_process(cmd: list[str]) -> tuple[float, float, str]:
    """Wall-clock seconds, peak RSS (MB: the largest process of its tree) and stdout of a fresh process."""
    with tempfile.NamedTemporaryFile(suffix=".rss", delete=False) as fh:
        peak_file = fh.name
    try:
        t0 = time.time()
        res = subprocess.run([sys.executable, "-c", PEAK_RSS_LAUNCHER, peak_file, *cmd], capture_output=True, text=True)
        wall = time.time() - t0
        if res.returncode != 0:
            raise RuntimeError(f"{cmd[:3]} failed: {res.stderr[-1500:]}")
        return wall, int(Path(peak_file).read_text()) / 1024, res.stdout
    finally:
        os.unlink(peak_file)


def stage_rates(files: list[str], tag: bool = True) -> dict[str, tuple[float, float]]:
    """reports/s and peak RSS (MB) of each stage in this process."""
    from .analysis import analyse
    from .read import read_document
    from .report import build_report
    blobs = [(f, Path(f).read_bytes()) for f in files]
    out: dict[str, tuple[float, float]] = {}
    t0 = time.perf_counter()
    reports = [build_report(read_document(d, f), f, report_id=f) for f, d in blobs]
    out["read + sections + tables"] = (len(reports) / (time.perf_counter() - t0), _rss())
    t0 = time.perf_counter()
    for r in reports:
        analyse(r)
    out["numbers + claims + checks"] = (len(reports) / (time.perf_counter() - t0), _rss())
    if tag:
        from .topics import tag_report
        tag_report(reports[0])                            # model load is start-up, not per report
        t0 = time.perf_counter()
        for r in reports:
            tag_report(r)
        out["tag section 五"] = (len(reports) / (time.perf_counter() - t0), _rss())
    return out


def _rss() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _check_process(files: list[str], workdir: Path, workers: int, engine: str = "local",
                   tag: bool = True, scheduler: str | None = None) -> tuple[float, float, str]:
    """Wall-clock seconds, peak RSS (MB) and stdout of a fresh ``nianbao check`` over ``files`` (``workers``:
    local worker processes, or LocalCluster workers with ``engine="dask"``; or the cluster at ``scheduler``)."""
    listing = workdir / "files.txt"
    listing.write_text("\n".join(files), encoding="utf-8")
    # a new OUT per run, all removed with the bench's folder at the end: deleting the last run's thousands of
    # pages just before this run creates its own would time the file system, not nianbao (ext4 without a
    # journal scans every recently freed inode on each create: up to ~0.7 ms a file, seen here)
    out = Path(tempfile.mkdtemp(prefix=f"out-{engine}-{workers}-{len(files)}-", dir=workdir))
    cmd = [sys.executable, "-m", "nlp.cli", "check", f"@{listing}", "-o", str(out), "--no-progress", "--engine", engine]
    cmd += (["--scheduler", scheduler] if scheduler else
            ["--dask-workers" if engine == "dask" else "-j", str(workers)]) + ([] if tag else ["--no-tag"])
    return _timed_process(cmd)


def end_to_end(files: list[str], workdir: Path, workers: int, tag: bool = True) -> tuple[float, float]:
    wall, rss, _ = _check_process(files, workdir, workers, tag=tag)
    return wall, rss


def _steady_rate(stdout: str) -> float | None:
    """The "after the first results N reports/s" figure ``nianbao check`` prints (None when absent)."""
    import re
    m = re.search(r"after the first results (\d+) reports/s", stdout)
    return float(m.group(1)) if m else None


def dask_run(files: list[str], workdir: Path, workers: int, tag: bool = True,
             scheduler: str | None = None) -> tuple[float, float | None]:
    """Wall-clock seconds of a fresh ``nianbao check --engine dask`` with ``workers`` LocalCluster workers (or a job
    on the running cluster at ``scheduler``), and its steady throughput (reports/s from the first chunk's result to
    the last: cluster start-up excluded)."""
    wall, _, stdout = _check_process(files, workdir, workers, engine="dask", tag=tag, scheduler=scheduler)
    return wall, _steady_rate(stdout)


def _speedup_text(r1: float | None, r2: float | None, runs: int) -> tuple[str, str]:
    """The steady-throughput comparison (when both runs printed one) and the "fastest of" words of a Dask row."""
    steady = f"; steady throughput {r1:.0f} vs {r2:.0f} reports/s: {r2 / r1:.2f}×" if r1 and r2 else ""
    return steady, (f"fastest of {runs}: " if runs > 1 else "")


@contextmanager
def running_cluster(workers: int, workdir: Path):
    """A Dask cluster started as the README says for a real one (``dask scheduler``, then ``dask worker`` with
    ``workers`` single-threaded worker processes), in processes of its own; yields the scheduler's address once
    every worker has joined, and stops them at the end."""
    from distributed import Client
    folder = Path(tempfile.mkdtemp(prefix=f"cluster-{workers}-", dir=workdir))
    info = folder / "scheduler.json"
    common = ["--scheduler-file", str(info), "--no-dashboard"]
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--port", "0", *common],
                              cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        deadline = time.time() + 120
        while not _readable_json(info) and time.time() < deadline:     # (written in place: wait until whole)
            time.sleep(0.1)
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", *common, "--nworkers",
                                       str(workers), "--nthreads", "1"], cwd=folder, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL))
        with Client(scheduler_file=str(info), timeout=120) as client:
            client.wait_for_workers(workers, timeout=120)
            address = client.scheduler.address
        yield address
    finally:
        for proc in reversed(procs):                 # the workers first: a scheduler gone first makes them retry
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _readable_json(path: Path) -> bool:
    import json
    try:
        json.loads(path.read_text(encoding="utf-8"))
        return True
    except (OSError, ValueError):
        return False


def jieba_only(files: list[str], workdir: Path) -> tuple[float, float, float]:
    """Wall-clock seconds and peak RSS (MB) of a fresh process that only runs ``jieba.lcut`` over ``files``, and
    the seconds of its loop alone (the dictionary load, interpreter start-up and imports not)."""
    listing = workdir / "files.txt"
    listing.write_text("\n".join(files), encoding="utf-8")
    script = workdir / "jieba_only.py"
    script.write_text(JIEBA_ONLY, encoding="utf-8")
    wall, rss, out = _timed_process([sys.executable, str(script), str(listing)])
    return wall, rss, float(out.strip().splitlines()[-1])


# the primer's measurement (../shared/domain/README.md): jieba.lcut, HMM on, ~215 reports/s of its ≈3,200-character
# sample report on its 2-core machine: about 688,000 characters/s
PRIMER_JIEBA_CHARS_PER_S = 215 * 3200


def machine_note(check_rate: float, jieba_chars_per_s: float) -> str:
    """How this machine compares with the one the primer measured jieba on, and the end-to-end rate scaled by
    that ratio: context for the reports/s target (an estimate, not a measurement)."""
    ratio = PRIMER_JIEBA_CHARS_PER_S / jieba_chars_per_s
    return (f"this machine: jieba.lcut {jieba_chars_per_s / 1000:.0f}k characters/s (the primer's 2-core machine: "
            f"~{PRIMER_JIEBA_CHARS_PER_S / 1000:.0f}k, {ratio:.1f}× this); end to end scaled by that ratio: "
            f"~{check_rate * ratio:.0f} reports/s (an estimate for that machine, not a measurement)")


def run_bench(n: int = 1500, corpus: str | None = None, workers: int | None = None, scale: int = 0,
              dask: bool = False, tag: bool = True, print_=print, repeat: int = 1) -> dict:
    from .batch import usable_cpus
    usable = usable_cpus()
    workers = workers or usable
    tmp = Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    try:
        if corpus:
            from .inputs import expand
            files = [f for f in expand([corpus]) if f.endswith((".txt", ".md"))][:n]
        else:
            files = make_corpus(n, tmp / "corpus")
        mean = sum(len(Path(f).read_text(encoding="utf-8", errors="replace")) for f in files) / len(files)
        print_(f"corpus: {len(files)} text reports, mean {mean:.0f} characters; {workers} workers, "
               f"{os.cpu_count()} cores ({usable} usable here)")
        from . import _compiled, _recache
        print_(_compiled.summary())
        print_(_recache.summary())
        results: dict = {"files": len(files), "mean_chars": mean}
        print_(f"{'stage':34s} {'reports/s':>10s} {'peak MB':>8s}")
        for name, (rate, rss) in stage_rates(files[:min(len(files), 600)], tag=tag).items():
            print_(f"{name:34s} {rate:10.0f} {rss:8.0f}")
            results[name] = rate
        checks, jiebas = [], []
        for _ in range(max(1, repeat)):          # alternately, so that a drift in machine speed hits both
            checks.append(end_to_end(files, tmp, workers, tag=tag))
            jiebas.append(jieba_only(files, tmp))
        wall, rss = min(checks)
        jw, jrss, jloop = min(jiebas)
        jieba_cps = mean * len(files) / jloop
        results.update(check_seconds=wall, check_rate=len(files) / wall, check_peak_mb=rss, jieba_seconds=jw,
                       check_runs=[w for w, _ in checks], jieba_runs=[w for w, _, _ in jiebas],
                       jieba_chars_per_s=jieba_cps)
        best = f"fastest of {len(checks)}, " if len(checks) > 1 else ""
        print_(f"{'nianbao check, end to end':34s} {len(files) / wall:10.0f} {rss:8.0f}   ({best}{wall:.2f} s wall, "
               f"start-up and every output included)")
        print_(f"{'jieba.lcut only (fresh process)':34s} {len(files) / jw:10.0f} {jrss:8.0f}   ({best}{jw:.2f} s wall)")
        if len(checks) > 1:
            pairs = ", ".join(f"{c:.2f}/{j:.2f}" for (c, _), (j, _, _) in zip(checks, jiebas))
            print_(f"runs (check/jieba seconds, in order): {pairs}")
        print_(f"check / jieba wall-clock: {wall / jw:.2f} (target ≤ 0.5)")
        print_(machine_note(len(files) / wall, jieba_cps))
        if scale:
            big = make_corpus(scale, tmp / "corpus-big", seed=12) if not corpus else files
            w_big, rss_big = end_to_end(big, tmp, workers, tag=tag)
            per_small, per_big = wall / len(files), w_big / len(big)
            results.update(scale_n=len(big), scale_seconds=w_big, scale_peak_mb=rss_big)
            print_(f"{len(big)} reports: {w_big:.1f} s, {len(big) / w_big:.0f} reports/s, peak {rss_big:.0f} MB; "
                   f"cost per report {per_big * 1000:.2f} ms vs {per_small * 1000:.2f} ms at {len(files)} "
                   f"(ratio {per_big / per_small:.2f}: 1.0 is linear)")
        if dask:
            # the same comparison on the corpus as given and, with --scale, on the larger one (where the cluster's
            # fixed start-up — imports, worker processes, model load — weighs less)
            for label, fs in (("", files),) + (((f" ({len(big)} reports)", big),) if scale else ()):
                ones, twos = [], []
                for _ in range(max(1, repeat)):      # alternately, fastest of each (as check and jieba above)
                    ones.append(dask_run(fs, tmp, 1, tag=tag))
                    twos.append(dask_run(fs, tmp, 2, tag=tag))
                (w1, r1), (w2, r2) = min(ones, key=lambda x: x[0]), min(twos, key=lambda x: x[0])
                key = "" if not label else f"_{len(fs)}"
                results.update({f"dask1{key}": w1, f"dask2{key}": w2, f"dask_rate1{key}": r1, f"dask_rate2{key}": r2,
                                f"dask_runs{key}": [(a, b) for (a, _), (b, _) in zip(ones, twos)]})
                steady, best = _speedup_text(r1, r2, len(ones))
                print_(f"dask{label}, each run starting its LocalCluster: {best}1 worker {w1:.1f} s, 2 workers "
                       f"{w2:.1f} s: speed-up {w1 / w2:.2f}× end to end{steady} (target ≥ 1.7×)")
                if len(ones) > 1:
                    print_("  runs (1 worker/2 workers seconds, in order): "
                           + ", ".join(f"{a:.1f}/{b:.1f}" for (a, _), (b, _) in zip(ones, twos)))
            _running_cluster_speedup(files, tmp, max(1, repeat), tag, results, print_)
        return results
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _running_cluster_speedup(files: list[str], tmp: Path, repeat: int, tag: bool, results: dict, print_) -> None:
    """1 vs 2 workers on clusters that are already running (the README's ``dask scheduler`` and ``dask worker``):
    the first job, whose workers load this package and the tagger on their first task, then ``repeat`` later jobs
    (fastest of them), the two clusters' jobs alternately."""
    with running_cluster(1, tmp) as one, running_cluster(2, tmp) as two:
        jobs = [(dask_run(files, tmp, 0, tag, scheduler=one), dask_run(files, tmp, 0, tag, scheduler=two))
                for _ in range(1 + repeat)]
    (f1, _), (f2, _) = jobs[0]
    (w1, r1) = min((one for one, _ in jobs[1:]), key=lambda job: job[0])
    (w2, r2) = min((two for _, two in jobs[1:]), key=lambda job: job[0])
    results.update(cluster_first1=f1, cluster_first2=f2, cluster1=w1, cluster2=w2,
                   cluster_runs=[(a, b) for (a, _), (b, _) in jobs])
    steady, best = _speedup_text(r1, r2, repeat)
    print_(f"dask, a job on a running cluster (dask scheduler + dask worker): first job 1 worker {f1:.1f} s, "
           f"2 workers {f2:.1f} s: {f1 / f2:.2f}×; later jobs, {best}1 worker {w1:.1f} s, 2 workers {w2:.1f} s: "
           f"speed-up {w1 / w2:.2f}×{steady} (target ≥ 1.7×)")
