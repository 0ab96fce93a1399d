"""Corpus runs: every input processed once, on every core the process may use (or a Dask cluster), resumable,
with flat memory and every input accounted for.

Layout of an output directory ``OUT``:

- ``OUT/_state/``: the run's own state — ``manifest.jsonl`` (one line per finished part naming its inputs,
  appended only after the part files holding their rows were atomically renamed into place), ``<table>/part-NNNNN.parquet``
  parts and ``records/part-NNNNN.jsonl`` (the figures the cross-year checks need);
- ``OUT/<table>.parquet/`` (a directory of part files that ``pandas.read_parquet`` reads as one table) for
  the large tables, ``OUT/reports.parquet``, ``OUT/errors.csv``, … written by :func:`finalize`.

A run killed at any moment (kill -9) and started again with the same command keeps what was
finished: parts not named in the manifest are discarded, finished inputs are skipped.
"""
from __future__ import annotations

import itertools
import json
import multiprocessing as mp
import os
import shutil
import sys
import threading
import time
import traceback
from collections import deque
from multiprocessing.connection import wait as mp_wait
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

import pyarrow as pa

from .crossyear import YearRecord
from .errors import Errors, NianbaoError
from .inputs import InputSpec
from .outputs import SCHEMAS, csv_rows, tables_of, to_table
from .pipeline import JobOptions, JobResult, error_row, run_one

ERROR_COLUMNS = ["source", "code", "message", "hint", "stage"]
ERROR_SCHEMA = pa.schema([(c, pa.string()) for c in ERROR_COLUMNS])


def run_spec(spec: InputSpec, opts: JobOptions) -> JobResult:
    """Read one input and process it (the function every engine runs)."""
    try:
        data = spec.read(opts.max_bytes)
    except NianbaoError as exc:
        return JobResult.failed(spec.source, exc, "read")
    try:
        return run_one(spec.source, data, opts, report_id=spec.report_id)
    except Exception as exc:  # noqa: BLE001 - a bug must not stop a corpus run; it is recorded
        err = NianbaoError(Errors.E015, spec.source, detail=f"{type(exc).__name__}: {exc}")
        return JobResult.failed(spec.source, err, opts.job, trace=traceback.format_exc(limit=5))


@dataclass
class ChunkResult:
    """What one chunk of inputs gives back: its sources, their rows as one Arrow table per output (built in
    the worker: compact to send and to buffer), error rows and cross-year records."""
    sources: list[str]
    tables: dict[str, pa.Table] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    records: list[YearRecord] = field(default_factory=list)

    @classmethod
    def pack(cls, results: list[JobResult]) -> ChunkResult:
        rows: dict[str, list] = {}
        out = cls([r.source for r in results])
        for r in results:
            if r.error:
                out.errors.append(r.error)
            for name, rs in r.rows.items():
                rows.setdefault(name, []).append(rs)
            if r.record is not None:
                out.records.append(r.record)
        tables = ((name, tables_of(name, batches)) for name, batches in rows.items() if name in SCHEMAS)
        out.tables = {name: t for name, t in tables if t.num_rows}
        return out

    @classmethod
    def failed(cls, source: str, error: NianbaoError, stage: str) -> ChunkResult:
        return cls([source], errors=[error_row(error, source, stage)])


def _no_tick(i: int | None) -> None:
    pass


# called as the work on each file of a chunk starts (its index in the chunk; None: the chunk's files together): a
# local pool's worker sets it to note the time and the file (its deadline runs per file, LocalPool)
_tick: Callable[[int | None], None] = _no_tick


def run_chunk(specs: list[InputSpec], opts: JobOptions) -> ChunkResult:
    """Several inputs at once (their section 五 items tagged in one model call)."""
    from .pipeline import run_many
    inputs, results, where = [], {}, []
    for k, spec in enumerate(specs):
        _tick(k)
        try:
            inputs.append((spec, spec.read(opts.max_bytes)))
            where.append(k)
        except NianbaoError as exc:
            results[spec.source] = JobResult.failed(spec.source, exc, "read")
    try:
        done = run_many([(s.source, d) for s, d in inputs], opts, [s.report_id for s, _ in inputs],
                        tick=lambda i: _tick(None if i is None else where[i]))
    except Exception:  # noqa: BLE001 - isolate the file that fails: run each on its own
        done = [run_spec(s, opts) for s, _ in inputs]
    for (spec, _), res in zip(inputs, done):
        results[spec.source] = res
    return ChunkResult.pack([results[s.source] for s in specs])


# ---------------------------------------------------------------- state on disk

class RunState:
    def __init__(self, out: Path, tables: Iterable[str]):
        self.out = out
        self.state = out / "_state"
        self.tables = list(tables)
        self.manifest = self.state / "manifest.jsonl"
        self.done: dict[str, int] = {}
        self.next_part = 0

    def open(self) -> None:
        self.state.mkdir(parents=True, exist_ok=True)
        parts_in_use: set[int] = set()
        if self.manifest.exists():
            with open(self.manifest, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError:
                        continue                  # a line cut by kill -9: its part is discarded below
                    for src in rec["sources"]:
                        self.done[src] = rec["part"]
                    parts_in_use.add(rec["part"])
        kept = self.tables + ["errors", "records"] + ([CSV_PARTS] if "discrepancies" in self.tables else [])
        for d in [self.state / t for t in kept]:
            d.mkdir(parents=True, exist_ok=True)
            for f in d.iterdir():
                pid = _part_id(f.name)
                if pid is None or pid not in parts_in_use:
                    f.unlink()                    # unfinished writes and parts of unrecorded inputs
        self.next_part = max(parts_in_use, default=-1) + 1

    def write_part(self, tables: dict[str, list[pa.Table]], errors: list[dict], records: list[YearRecord],
                   sources: list[str]) -> None:
        pid = self.next_part
        self.next_part += 1
        for name in self.tables:
            parts = [t for t in tables.get(name, ()) if t.num_rows]
            if parts:
                table = pa.concat_tables(parts)
                _atomic_parquet(table, self.state / name / f"part-{pid:05d}.parquet")
                if name == "discrepancies":         # its CSV rows too: finalize then only joins the parts' texts
                    _atomic_bytes(_csv_text(csv_rows(table)).encode("utf-8"),
                                  self.state / CSV_PARTS / f"part-{pid:05d}.csv")
        if errors:
            table = pa.Table.from_pylist([{c: (None if e.get(c) is None else str(e.get(c))) for c in ERROR_COLUMNS}
                                          for e in errors], schema=ERROR_SCHEMA)
            _atomic_parquet(table, self.state / "errors" / f"part-{pid:05d}.parquet")
        if records:
            # the record's fields are plain values: its __dict__ is what asdict() would copy (deeply, slowly)
            _atomic_text("\n".join(json.dumps(vars(r), ensure_ascii=False) for r in records) + "\n",
                         self.state / "records" / f"part-{pid:05d}.jsonl")
        # one line per part, written at once: a part is finished exactly when its line is complete
        with open(self.manifest, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"part": pid, "sources": sources}, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        for s in sources:
            self.done[s] = pid


def _part_id(name: str) -> int | None:
    if not name.startswith("part-") or name.endswith(".tmp"):
        return None
    try:
        return int(name[5:10])
    except ValueError:
        return None


def _atomic_parquet(table: pa.Table, path: Path) -> None:
    import pyarrow.parquet as pq        # (the main process's alone: imported after the workers fork, see prefetch)
    tmp = path.with_name("." + path.name + ".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _atomic_text(text: str, path: Path) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _atomic_bytes(data: bytes, path: Path) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# the state folder that holds, for each part with discrepancies, their rows as discrepancies.csv will have them
CSV_PARTS = "discrepancies.csv"


def _csv_text(rows: Iterable[Iterable]) -> str:
    """Rows as :func:`_write_csv` writes them (no header)."""
    import csv
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


# ---------------------------------------------------------------- engines

@dataclass
class RunSummary:
    total: int
    skipped: int
    processed: int
    errors: int
    seconds: float
    # the steady part of the run: from the first chunk's result to the last (start-up excluded) and the inputs
    # that came back after the first chunk (the throughput the workers sustain: ``steady_inputs / steady_seconds``)
    steady_seconds: float = 0.0
    steady_inputs: int = 0


class _NoPandas:
    """An import hook that refuses ``pandas`` (see :func:`_arrow_without_pandas`)."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas":
            raise ImportError("pandas is not needed to build Arrow tables")
        return None


def _arrow_without_pandas() -> None:
    """Let pyarrow build tables from Python lists without importing pandas (≈0.5 s per worker process):
    pyarrow imports pandas on its first ``pa.array(list)`` only to ask whether the list is a pandas object.
    Its first look is answered "no pandas"; a later ``to_pandas()`` still imports pandas then."""
    if "pandas" in sys.modules:
        return
    hook = _NoPandas()
    sys.meta_path.insert(0, hook)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(hook)


# the cyclic garbage collector in a worker process: the per-report work allocates many short-lived objects
# (cells, readings, mentions) and almost no reference cycles, so the default gen-0 threshold (700) runs a
# collection every few hundred microseconds and full collections walk every imported module's objects —
# about 8% of a worker's time. Workers freeze what they inherited or imported (never collected) and collect
# young objects after 50,000 allocations instead of 700 (cycles are still found; memory stays flat).
WORKER_GC_THRESHOLD = (50_000, 20, 20)


def usable_cpus() -> int:
    """How many CPUs this process may use, the default number of workers, counted as joblib (loky) counts them:
    the least of the machine's CPUs, the process's CPU affinity (``taskset``, a cpuset), a container's CPU quota
    (cgroups v2 ``cpu.max``, else v1 ``cpu.cfs_quota_us``, as ``docker --cpus`` and Kubernetes limits set it) and
    ``LOKY_MAX_CPU_COUNT``. ``os.cpu_count()`` alone gives the machine's cores: a run in a 4-CPU container on a
    64-core host would start 64 workers, each loading the tagger. (Not through joblib: importing it takes ~0.05 s
    of the main process's start, before the workers fork.)"""
    machine = os.cpu_count() or 1
    counts = [machine, cgroup_cpus(machine)]
    if hasattr(os, "sched_getaffinity"):
        counts.append(len(os.sched_getaffinity(0)))
    try:
        counts.append(int(os.environ.get("LOKY_MAX_CPU_COUNT", machine)))
    except ValueError:
        pass
    return max(1, min(counts))


def cgroup_cpus(machine: int, root: str = "/sys/fs/cgroup") -> int:
    """The CPUs a container's quota allows (its quota over its period, rounded up); ``machine`` without one."""
    quota = period = None
    try:
        with open(os.path.join(root, "cpu.max")) as fh:                    # cgroups v2: "max 100000", "150000 100000"
            parts = fh.read().split()
        if len(parts) == 2:
            quota, period = parts
    except OSError:
        pass
    if quota is None:
        try:
            with open(os.path.join(root, "cpu", "cpu.cfs_quota_us")) as fh:      # cgroups v1: -1 without a quota
                quota = fh.read().strip()
            with open(os.path.join(root, "cpu", "cpu.cfs_period_us")) as fh:
                period = fh.read().strip()
        except OSError:
            return machine
    try:
        q, p = int(quota), int(period)
    except (TypeError, ValueError):
        return machine                                                        # "max": no quota
    return -(-q // p) if q > 0 and p > 0 else machine


def tune_worker_gc() -> None:
    """Set the worker's collector as described at :data:`WORKER_GC_THRESHOLD` (:func:`tune_worker`: once, in a
    process this run started — a local pool's worker, a LocalCluster's worker —, never on a shared cluster's)."""
    import gc
    gc.freeze()
    gc.set_threshold(*WORKER_GC_THRESHOLD)


_GC_LOCK = threading.Lock()
_GC_TASKS = [0, None]              # this run's tasks running in the process, and the thresholds they found


@contextmanager
def spaced_collections():
    """:data:`WORKER_GC_THRESHOLD` for as long as one of this run's tasks runs in the process, then the thresholds
    found before: for a shared cluster's worker, which this run does not tune (:func:`tune_worker`) and whose
    collector is its owner's. With its default (700) a chunk took a quarter to two fifths longer there, where
    Dask's own objects are walked too (measured: 145–170 against 205–223 reports/s per worker). Nested and
    concurrent tasks (a worker with several threads) share it: the first sets it, the last restores it (a task
    stuck in C code, left running on a shared worker, keeps it set). A worker this run tuned keeps its own."""
    import gc
    with _GC_LOCK:
        if _GC_TASKS[0] == 0:
            _GC_TASKS[1] = gc.get_threshold()
            gc.set_threshold(*WORKER_GC_THRESHOLD)
        _GC_TASKS[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_TASKS[0] -= 1
            if _GC_TASKS[0] == 0:
                gc.set_threshold(*_GC_TASKS[1])


def one_blas_thread() -> None:
    """One BLAS thread in a worker: the pool already runs a worker per core, and an idle BLAS thread pool
    spins after each call, taking CPU from the other workers (about 1% of a run's CPU, measured with perf)."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:                     # scikit-learn brings it; without it, BLAS keeps its default
        return
    threadpool_limits(1, user_api="blas")


def tune_worker() -> None:
    """What a worker process this run started is set to: the garbage collector and one BLAS thread."""
    tune_worker_gc()
    one_blas_thread()


def _worker(tasks, results, current, slot: int, opts: JobOptions, fn: Callable) -> None:
    """A local pool's worker: chunks from its own pipe ``tasks``, results into its own pipe ``results`` (no lock
    shared with another process: one killed while sending or waiting leaves no other stuck). In ``current`` it
    notes the chunk it runs, and when and on which of its files the latest work started (:data:`_tick`)."""
    global _tick
    _arrow_without_pandas()
    _die_with_parent()
    _warm_up(opts)
    tune_worker()                   # after the model load: its objects are frozen too, every BLAS it loaded limited
    parent = os.getppid()
    base = STATE_WIDTH * slot

    def tick(i: int | None) -> None:
        current[base + 1] = time.time()
        current[base + 2] = -1 if i is None else i
    _tick = tick
    while True:
        try:
            if not tasks.poll(1.0):
                if os.getppid() != parent:      # the main process is gone (kill -9): do not outlive it
                    return
                continue
            item = tasks.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        task_id, specs = item
        current[base + 1], current[base + 2] = time.time(), NO_TICK
        current[base] = task_id
        res = fn(specs, opts)
        current[base] = -1
        try:
            results.send((task_id, res))
        except (BrokenPipeError, OSError):
            return


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker when the main process dies (kill -9 of the main process
    alone); elsewhere the worker notices between tasks."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _warm_up(opts: JobOptions) -> None:
    """Load the tagger before taking a file, so that a worker's start-up (a replacement's too) is not counted
    against the first file's --timeout; a model that cannot load is reported per file when tagging (a worker that
    died here would be replaced by one that dies)."""
    if opts.tags:
        from .preload import load_tagger_quietly
        load_tagger_quietly(opts.model_dir)


_PREFETCH = None                 # the background import thread of the latest run (prefetch)


def _join_prefetch() -> None:
    """No fork while a background thread of this process may hold a lock: the finalize imports'
    (:func:`prefetch`) and the tagger's (:mod:`nlp.preload`)."""
    from . import preload
    preload.join()
    if _PREFETCH is not None:
        _PREFETCH.join()


def prefetch(modules: tuple[str, ...]) -> None:
    """Import ``modules`` in a background thread while the workers run (the main process only waits for
    results then), so that finishing the run does not wait for them. No process is forked while such a
    thread runs (a fork could copy an import lock it holds): a local pool's replacement worker, a later pool
    and its ``close`` wait for it first (a Dask worker is not forked from this process)."""
    global _PREFETCH
    _join_prefetch()
    _PREFETCH = threading.Thread(target=_import_quietly, args=(modules,), name="nianbao-prefetch", daemon=True)
    _PREFETCH.start()


def _import_quietly(modules: tuple[str, ...]) -> None:
    """Import what finishing a run needs; a module that fails is imported (and reported) where it is used."""
    import importlib
    for m in modules:
        try:
            importlib.import_module(m)
        except ImportError:
            pass


IDLE_DEATHS = 3    # per worker: a local pool that keeps losing workers before they take a file ends the run (E026)


# a worker's entries in the pool's shared array: its chunk (-1: none), when the latest work began, on which file
STATE_WIDTH = 3
NO_TICK = -2.0          # the file entry of a chunk whose function notes no file: its deadline is per chunk
DEPTH = 2               # chunks sent to a worker ahead of its results (the next one waits in its pipe)


class LocalPool:
    """Worker processes fed chunks of inputs (a chunk's section 五 items are tagged together), each through pipes
    of its own.

    A file that runs past ``timeout`` seconds (from when the work on it started) is recorded as hung (E013) and
    the rest of its chunk is run again; a chunk whose function notes no file has ``timeout`` per file for the
    whole chunk. A chunk that kills its worker is split into single files and retried, so only the file at fault
    ends up as an error row (E014). The worker is replaced and the run goes on."""

    def __init__(self, workers: int, opts: JobOptions, timeout: float, fn: Callable = run_chunk):
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        self.ctx, self.opts, self.timeout, self.n, self.fn = ctx, opts, timeout, workers, fn
        self.current = ctx.Array("d", [-1.0, 0.0, NO_TICK] * workers, lock=False)
        self.procs: list = [None] * workers
        self.senders: list = [None] * workers
        self.receivers: list = [None] * workers
        self.sent: list[deque[int]] = [deque() for _ in range(workers)]     # chunks each worker holds, in order
        for slot in range(workers):
            self._start(slot)

    def _start(self, slot: int) -> None:
        _join_prefetch()
        task_out, task_in = self.ctx.Pipe(duplex=False)
        result_out, result_in = self.ctx.Pipe(duplex=False)
        base = STATE_WIDTH * slot
        self.current[base], self.current[base + 2] = -1, NO_TICK
        p = self.ctx.Process(target=_worker, args=(task_out, result_in, self.current, slot, self.opts, self.fn),
                             daemon=True)
        p.start()
        task_out.close()            # (the worker's ends: its death then closes the pipes for good)
        result_in.close()
        self.procs[slot], self.senders[slot], self.receivers[slot] = p, task_in, result_out
        self.sent[slot].clear()

    def map(self, specs: list[InputSpec], chunk: int = 1):
        """Yield one ChunkResult per chunk (or per file of a chunk that hung or crashed) in completion order."""
        tasks: dict[int, list[int]] = {}
        waiting: deque[int] = deque()
        next_id = 0

        def submit(idxs: list[int], first: bool = False) -> None:
            nonlocal next_id
            tasks[next_id] = idxs
            (waiting.appendleft if first else waiting.append)(next_id)
            next_id += 1

        def send() -> None:
            for slot in range(self.n):
                while waiting and len(self.sent[slot]) < DEPTH and self.procs[slot].is_alive():
                    task_id = waiting[0]
                    try:
                        self.senders[slot].send((task_id, [specs[i] for i in tasks[task_id]]))
                    except (BrokenPipeError, OSError):
                        break                   # (it died: found below)
                    waiting.popleft()
                    self.sent[slot].append(task_id)

        def received(slot: int):
            """The results a worker has sent (all of them, before its death is looked at)."""
            conn = self.receivers[slot]
            try:
                while conn.poll(0):
                    task_id, res = conn.recv()
                    if task_id in self.sent[slot]:
                        self.sent[slot].remove(task_id)
                    if tasks.pop(task_id, None) is not None:
                        yield res
            except (EOFError, OSError):
                pass                            # cut short by its death

        for lo, hi in chunk_bounds(len(specs), chunk, self.n):
            submit(list(range(lo, hi)))
        idle_deaths = 0                 # workers that died holding no file since the last result
        while tasks:
            send()
            ready = mp_wait([c for c in self.receivers] + [p.sentinel for p in self.procs], timeout=0.2)
            for slot in range(self.n):
                if self.receivers[slot] in ready:
                    for res in received(slot):
                        idle_deaths = 0
                        yield res
            now = time.time()
            for slot, p in enumerate(self.procs):
                base = STATE_WIDTH * slot
                task_id = int(self.current[base])
                running = task_id >= 0 and task_id in tasks and self.sent[slot] and self.sent[slot][0] == task_id
                idxs = tasks[task_id] if running else []
                started, at = self.current[base + 1], int(self.current[base + 2])
                budget = self.timeout * (len(idxs) if at == NO_TICK else 1)
                hung = bool(idxs) and now - started > budget
                dead = not p.is_alive()
                if not (dead or hung):
                    continue
                if hung:
                    p.kill()
                p.join()
                for res in received(slot):      # what it sent before it died
                    yield res
                held = [t for t in self.sent[slot] if t in tasks]
                running = bool(idxs) and task_id in held
                for t in reversed(held[1:] if running else held):
                    waiting.appendleft(t)       # sent, not begun: to the next worker
                if not running:
                    if not held or int(self.current[base]) < 0:
                        idle_deaths += 1
                        if idle_deaths > IDLE_DEATHS * self.n:     # they die as they start: no file is at fault
                            raise NianbaoError(Errors.E026, None, detail=f"exit code {p.exitcode}, {idle_deaths} times")
                else:
                    tasks.pop(task_id)
                    if hung and 0 <= at < len(idxs):
                        # the file it was on: recorded; the chunk's other files run again
                        spec = specs[idxs[at]]
                        yield ChunkResult.failed(spec.source, NianbaoError(Errors.E013, spec.source,
                                                 detail=f"more than {self.timeout:g} s"), "worker")
                        rest = [i for k, i in enumerate(idxs) if k != at]
                        if rest:
                            submit(rest, first=True)
                    elif len(idxs) > 1:
                        for i in reversed(idxs):        # isolate the file at fault
                            submit([i], first=True)
                    else:
                        spec = specs[idxs[0]]
                        err = (NianbaoError(Errors.E013, spec.source, detail=f"more than {self.timeout:g} s")
                               if hung else NianbaoError(Errors.E014, spec.source, detail=f"exit code {p.exitcode}"))
                        yield ChunkResult.failed(spec.source, err, "worker")
                self._start(slot)

    def close(self) -> None:
        _join_prefetch()
        for slot, p in enumerate(self.procs):
            try:
                self.senders[slot].send(None)
            except (BrokenPipeError, OSError):
                pass
        for p in self.procs:
            p.join(timeout=2)
            if p.is_alive():
                p.kill()
        for conn in self.senders + self.receivers:
            conn.close()


def chunk_bounds(n: int, chunk: int, workers: int) -> list[tuple[int, int]]:
    """[lo, hi) of each chunk: ``chunk`` inputs each, except the last ``2 × workers`` chunks' worth, cut four
    times finer, so that the workers finish together (a run's tail is not one worker alone on a big chunk)."""
    chunk = max(1, chunk)
    small = max(1, chunk // 4)
    tail_start = max(0, n - 2 * workers * chunk)
    bounds = [(i, min(tail_start, i + chunk)) for i in range(0, tail_start, chunk)]
    bounds += [(i, min(n, i + small)) for i in range(tail_start, n, small)]
    return bounds


class _Hung(BaseException):
    """Raised in a Dask task's thread when its files ran past their deadline. Not an Exception: the handlers that
    turn a bug in one file into its error row must let it through."""


@dataclass
class HungChunk:
    """What a Dask task gives back when its files ran past their deadline (which file hung is found by running
    them one by one)."""
    sources: list[str]


DASK_CHUNK = 32
DASK_ATTEMPTS = 3      # runs of a single file whose worker died before it is taken as the file at fault
DASK_GRACE = 5.0       # seconds a task's thread gets to stop after _Hung before its worker is stopped (own cluster)
# the run's own LocalCluster, which has no dashboard: its workers' event loops do not sample the task thread's
# stack every 10 ms for it (the statistical profiler), and its servers check their event loops' latency every
# second instead of every 20 ms and record CPU and memory every 2 s instead of every 0.5 s (both only
# monitoring: a loop blocked over `distributed.admin.tick.limit` is still logged). Each wake-up takes the GIL
# from the thread running the reports; measured on 1,500 reports, a worker's event loop used 0.35 instead of
# 0.6 s of CPU, and the main process's (scheduler, nannies, client) 0.4 instead of 0.65 s
DASK_OWN_SETTINGS = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                     "distributed.admin.system-monitor.interval": "2s"}


def run_chunk_with_deadline(specs: list[InputSpec], opts: JobOptions, timeout: float, stop_mark: str | None = None,
                            fn: Callable = run_chunk) -> ChunkResult | HungChunk:
    """``fn`` over one chunk on a Dask worker, under a deadline of ``timeout`` seconds per file. Past it the task's
    thread gets :class:`_Hung` (a hang in Python code stops there) and the chunk comes back as a
    :class:`HungChunk`; a thread that does not stop (stuck inside C code) within :data:`DASK_GRACE` seconds takes
    its worker process down with it when the run started that worker (``stop_mark``: a file created first, so that
    the run knows why the worker died; its nanny starts a fresh one), so the run goes on. On a shared cluster
    (no ``stop_mark``) such a worker is left alone. The collector runs as in this run's own workers for the
    task's duration (:func:`spaced_collections`)."""
    with spaced_collections():
        if timeout <= 0:
            return fn(specs, opts)
        return _run_with_deadline(specs, opts, timeout, stop_mark, fn)


def _run_with_deadline(specs: list[InputSpec], opts: JobOptions, timeout: float, stop_mark: str | None,
                       fn: Callable) -> ChunkResult | HungChunk:
    import ctypes
    thread, lock, running, stopped = threading.get_ident(), threading.Lock(), [True], threading.Event()

    def expire() -> None:
        with lock:                    # never once the task is over: _Hung must not land in the worker's own code
            if not running[0]:
                return
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), ctypes.py_object(_Hung))
        if stop_mark and not stopped.wait(DASK_GRACE):
            Path(stop_mark).touch()
            os._exit(70)

    timer = threading.Timer(timeout * len(specs), expire)
    timer.daemon = True
    timer.start()
    try:
        try:
            return fn(specs, opts)
        finally:
            with lock:
                running[0] = False
    except _Hung:
        return HungChunk([s.source for s in specs])
    finally:
        stopped.set()
        timer.cancel()


def dask_map(specs: list[InputSpec], opts: JobOptions, scheduler: str | None, n_workers: int | None = None,
             timeout: float = 0.0, chunk: int = DASK_CHUNK, fn: Callable = run_chunk):
    """Yield one ChunkResult per chunk (or per file of a chunk that hung or failed) in completion order, from a Dask
    cluster: the one at ``scheduler``, else a LocalCluster of ``n_workers`` started here. As on the local engine,
    a chunk that runs past ``timeout`` seconds per file, kills its worker or fails is run again file by file (one
    such file at a time), so that only the file at fault ends up as an error row (E013 hung, E014 its worker
    died)."""
    try:
        import dask
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise NianbaoError(Errors.E023, None, package="distributed", detail=str(exc)) from None
    import contextlib
    import tempfile
    specs, opts = _as_seen_from_anywhere(specs, opts, shared=bool(scheduler))
    own = not scheduler
    # closed in reverse order however the run ends (a failed start included): the client, the cluster this run
    # started, its settings, the folder of stop marks
    with contextlib.ExitStack() as stack:
        marks = None
        if own and timeout > 0:
            marks = Path(tempfile.mkdtemp(prefix="nianbao-dask-"))
            stack.callback(shutil.rmtree, marks, ignore_errors=True)
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler))
            except (OSError, ValueError, TypeError) as exc:     # refused, timed out, no such host, bad address
                raise NianbaoError(Errors.E027, None, detail=f"{scheduler} ({exc})") from None
        else:
            from . import forkserver
            # a task whose worker dies fails at once (not after three workers more): it is run file by file then
            settings: dict = {"distributed.scheduler.allowed-failures": 0, **DASK_OWN_SETTINGS}
            method = forkserver.worker_method(opts.tags, opts.model_dir)
            if method:                               # workers forked with this package and the tagger loaded
                settings["distributed.worker.multiprocessing-method"] = method
            # for the cluster's life (a replacement worker is started alike): process-wide, as Dask's config is
            stack.enter_context(dask.config.set(settings))
            n_workers = n_workers or usable_cpus()
            cluster = stack.enter_context(LocalCluster(n_workers=n_workers,
                                                       threads_per_worker=1, processes=True, dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        if own:                                  # the workers this run started (not a shared cluster's)
            client.run(tune_worker)
        pending = as_completed()
        submitted: dict[str, tuple[list[InputSpec], str | None, int]] = {}
        numbers = itertools.count()

        def submit(part: list[InputSpec], attempt: int = 1) -> str:
            mark = str(marks / str(next(numbers))) if marks else None
            fut = client.submit(run_chunk_with_deadline, part, opts, timeout, mark, fn, pure=False)
            submitted[fut.key] = (part, mark, attempt)
            pending.add(fut)
            return fut.key

        # the files of a chunk that failed are suspects: run one at a time, so that a file that kills its worker
        # takes no other suspect with it (a task queued on a worker that dies fails too)
        suspects: deque[tuple[list[InputSpec], int]] = deque()
        suspect_key: list[str | None] = [None]

        def next_suspect() -> None:
            if suspect_key[0] is None and suspects:
                suspect_key[0] = submit(*suspects.popleft())

        workers = n_workers if own else max(1, sum(client.nthreads().values()))
        for lo, hi in chunk_bounds(len(specs), chunk, workers):
            submit(specs[lo:hi])
        for fut in pending:
            part, mark, attempt = submitted.pop(fut.key)
            if fut.key == suspect_key[0]:
                suspect_key[0] = None
            try:
                res = fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker (KilledWorker) or a failed task: isolate it
                res = exc
            fut.release()
            hung = isinstance(res, HungChunk) or bool(mark and Path(mark).exists())
            if isinstance(res, ChunkResult):
                yield res
            elif len(part) > 1:
                suspects.extend(([spec], 1) for spec in part)
            elif not hung and attempt < DASK_ATTEMPTS:
                suspects.append((part, attempt + 1))     # (a worker that another file killed may have held it)
            else:
                spec = part[0]
                err = (NianbaoError(Errors.E013, spec.source, detail=f"more than {timeout:g} s") if hung else
                       NianbaoError(Errors.E014, spec.source, detail=f"{type(res).__name__}: {res}"))
                yield ChunkResult.failed(spec.source, err, "worker")
            next_suspect()


def _as_seen_from_anywhere(specs: list[InputSpec], opts: JobOptions,
                           shared: bool) -> tuple[list[InputSpec], JobOptions]:
    """The inputs and options of a Dask run with every path absolute: a shared cluster's workers run in a directory
    of their own, where a path relative to this one (the inputs, OUT for the report pages, a model directory) names
    nothing or another file. Absolute paths name the same files there, on the shared filesystem the README asks
    for. The inputs keep their ``source`` as given (the results' names). Nor do a shared cluster's workers have
    this process's environment: the model that ``$NIANBAO_MODELS`` selects here is named explicitly (a run's own
    LocalCluster inherits the environment)."""
    def absolute(path: str | None) -> str | None:
        return path if path is None or os.path.isabs(path) else os.path.abspath(path)

    model_dir = opts.model_dir
    if model_dir is None and shared and opts.tags:
        from .topics.files import env_model_dir
        model_dir = env_model_dir()
    specs = [s if os.path.isabs(s.path) else replace(s, path=os.path.abspath(s.path)) for s in specs]
    return specs, replace(opts, html_dir=absolute(opts.html_dir), model_dir=absolute(model_dir))


def _check_same_run(state: RunState, out: Path, opts: JobOptions, specs: list[InputSpec]) -> None:
    """OUT may be resumed only by the run that started it: the same job with the same tagging (recorded in
    _state/run.json), and inputs that include every input already done (a grown corpus resumes; another corpus, or
    ``nianbao tag`` then ``nianbao check`` into one OUT, would mix two runs' rows). Else a coded error (E012)."""
    path = state.state / "run.json"
    mine = {"job": opts.job, "tag": bool(opts.tag)}
    if path.exists():
        try:
            theirs = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            theirs = None
        if theirs != mine:
            raise NianbaoError(Errors.E012, str(out), detail=f"{out} (it holds another run: {theirs}, not {mine})")
    elif state.done:
        raise NianbaoError(Errors.E012, str(out), detail=f"{out} (it holds a run of an earlier version)")
    if state.done:
        sources = {s.source for s in specs}
        foreign = [src for src in state.done if src not in sources]
        if foreign:
            raise NianbaoError(Errors.E012, str(out), detail=f"{out} (it holds the results of {len(foreign)} other "
                                                            f"input(s), e.g. {foreign[0]})")
    _atomic_text(json.dumps(mine), path)


# ---------------------------------------------------------------- the run

def run(specs: list[InputSpec], out: Path, opts: JobOptions, *, tables: list[str], workers: int | None = None,
        timeout: float = 120.0, engine: str = "local", scheduler: str | None = None,
        dask_workers: int | None = None, flush_every: int = 500,
        progress: bool = True, log: Callable[[str], None] = lambda s: print(s, file=sys.stderr)) -> RunSummary:
    state = RunState(out, tables)
    state.open()
    _check_same_run(state, out, opts, specs)
    todo = [s for s in specs if s.source not in state.done]
    skipped = len(specs) - len(todo)
    if skipped:
        log(f"resuming: {skipped} of {len(specs)} already done")
    t0 = time.time()
    buf_tables: dict[str, list[pa.Table]] = {t: [] for t in tables}
    buf_err: list[dict] = []
    buf_rec: list[YearRecord] = []
    buf_src: list[str] = []
    n_err = 0

    def flush() -> None:
        if buf_src:
            state.write_part(buf_tables, buf_err, buf_rec, buf_src)
            for v in buf_tables.values():
                v.clear()
            buf_err.clear()
            buf_rec.clear()
            buf_src.clear()

    bar = _Progress(len(todo), enabled=progress and bool(todo))
    if engine == "dask":
        if todo and not scheduler:
            from . import forkserver            # (started before the import thread below: it sets the environment)
            forkserver.start(opts.tags, opts.model_dir)
        results = dask_map(todo, opts, scheduler, dask_workers, timeout=timeout)
        pool = None
        if todo:
            prefetch(_FINALIZE_IMPORTS)
    elif (workers := workers or usable_cpus()) <= 1 and timeout <= 0:
        results = (run_chunk(todo[i:i + 32], opts) for i in range(0, len(todo), 32))
        pool = None
    else:
        if todo:
            _import_quietly(_WORKER_IMPORTS)         # once, before the fork (the tagger may still be loading)
        pool = LocalPool(min(workers, max(1, len(todo))), opts, timeout) if todo else None
        from . import preload
        preload.release()                            # (the workers have forked with the tagger and segmenter)
        chunk = max(1, min(32, len(todo) // (4 * workers) or 1))
        results = pool.map(todo, chunk=chunk) if pool else iter(())
        if pool is not None:
            prefetch(_FINALIZE_IMPORTS)
    first_at = last_at = None
    after_first = received = 0
    try:
        for res in results:
            last_at = time.time()
            if first_at is None:
                first_at = last_at
            else:
                after_first += len(res.sources)
            n_err += len(res.errors)
            buf_err.extend(res.errors)
            for name, table in res.tables.items():
                if name in buf_tables:
                    buf_tables[name].append(table)
            buf_rec.extend(res.records)
            buf_src.extend(res.sources)
            received += len(res.sources)
            bar.advance(len(res.sources))
            if _flush_now(len(buf_src), len(todo) - received, flush_every):
                flush()
        flush()
    finally:
        bar.close()
        if pool is not None:
            pool.close()
    steady = (last_at - first_at) if first_at is not None else 0.0
    return RunSummary(len(specs), skipped, len(todo), n_err, time.time() - t0, steady, after_first)


def _flush_now(buffered: int, remaining: int, flush_every: int) -> bool:
    """Whether the run writes its buffered results as a part now: every ``flush_every`` inputs, and once more
    when only the last few inputs are still out (fewer than an eighth of ``flush_every``, and at most half of
    what is buffered), so that the part written after the last result — while every worker is idle — is small
    and the rest is written while they still work."""
    if buffered >= flush_every:
        return True
    return 0 < remaining <= flush_every // 8 and buffered >= max(2 * remaining, flush_every // 4)


class _Progress:
    """A progress bar with rate and ETA on stderr (rich), or nothing when output is not a terminal."""

    def __init__(self, total: int, enabled: bool):
        self.p = None
        if enabled:
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                                       TimeRemainingColumn)
            self.p = Progress(TextColumn("[bold]nianbao"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                              TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                              transient=False, console=None)
            self.p.start()
            self.task = self.p.add_task("run", total=total, rate="")
            self.t0, self.n = time.time(), 0

    def advance(self, k: int = 1) -> None:
        if self.p:
            self.n += k
            rate = self.n / max(time.time() - self.t0, 1e-6)
            self.p.update(self.task, advance=k, rate=f"{rate:.0f} reports/s")

    def close(self) -> None:
        if self.p:
            self.p.stop()


# ---------------------------------------------------------------- finishing a run

def _state_parts(out: Path, name: str) -> list[Path]:
    d = out / "_state" / name
    return sorted(p for p in d.glob("part-*") if _part_id(p.name) is not None) if d.exists() else []


def _link_dataset(out: Path, name: str, extra: pa.Table | None = None) -> Path:
    """OUT/<name>.parquet/ holds the run's parts (hard links, no copy) plus an optional extra part."""
    target = out / f"{name}.parquet"
    if target.is_file():
        target.unlink()
    target.mkdir(parents=True, exist_ok=True)
    for f in target.iterdir():
        f.unlink()
    for p in _state_parts(out, name):
        try:
            os.link(p, target / p.name)
        except OSError:
            shutil.copyfile(p, target / p.name)
    if extra is not None and extra.num_rows:
        _atomic_parquet(extra, target / "part-extra.parquet")
    if not any(target.iterdir()):
        _atomic_parquet(SCHEMAS[name].empty_table(), target / "part-empty.parquet")
    return target


def read_records(out: Path) -> list[YearRecord]:
    recs = []
    for p in _state_parts(out, "records"):
        for line in p.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            if d.get("carried_over_span") is not None:
                d["carried_over_span"] = tuple(d["carried_over_span"])
            recs.append(YearRecord(**d))
    return recs


# what every worker imports for its first text report and page: imported by the main process before it forks them
# (the section 五 segmenter is not built there: rjieba holds the GIL while it builds, which delays the tagger's load
# in the background thread more than the workers gain)
_WORKER_IMPORTS = ("nlp.read.text", "nlp.html_report", "threadpoolctl")

# what the main process writes parts and ``finalize``s with besides those (the workers need none of it): loaded in
# the background while the workers run (prefetch); pandas
# is not among them: a run's outputs are written with pyarrow and the csv module (pandas costs ≈0.6 s of CPU to import)
_FINALIZE_IMPORTS = ("pyarrow.parquet", "nlp.crossyear", "nlp.topics.indicators", "pyarrow.compute", "csv")


def _report_order(row: dict) -> tuple:
    """The reports table's order: body, year, source, a missing value last in each (pandas' na_position)."""
    b, y, s = row.get("body_key"), row.get("year"), row.get("source")
    return (b is None, b or "", y is None, y or 0, s is None, s or "")


def _write_csv(path: Path, columns: list[str], rows: Iterable[Iterable] = (), texts: Iterable[str] = ()) -> None:
    """CSV as pandas would write it for these values (minimal quoting, ``\n`` line ends, empty for None),
    written to a temporary name and renamed into place; ``texts``: rows already formatted so
    (:func:`_csv_text`), after ``rows``."""
    import csv
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)
        for text in texts:
            f.write(text)
    os.replace(tmp, path)


def _part_csv(out: Path, part: Path, columns: list[str]) -> str:
    """The CSV rows of one part of OUT/discrepancies.parquet/: as written with the run's part, or (the cross-year
    part, a part an earlier version wrote) formatted from the Parquet file."""
    from .outputs import read_parquet
    pid = _part_id(part.name)
    if pid is not None:
        try:
            return (out / "_state" / CSV_PARTS / f"part-{pid:05d}.csv").read_bytes().decode("utf-8")
        except FileNotFoundError:
            pass
    return _csv_text(csv_rows(read_parquet(part).select(columns)))


def finalize(out: Path, tables: list[str], *, html: bool = True, job: str = "check") -> dict[str, Path]:
    """Materialise the output tables, cross-year findings, errors, coverage and the HTML summary (pyarrow
    and plain Python: a run never imports pandas)."""
    from .crossyear import cross_year_findings, section5_similarities
    from .meta import resolve_body_keys
    from .outputs import discrepancy_rows, read_parquet

    _arrow_without_pandas()
    written: dict[str, Path] = {}
    # one body's names across the corpus (松岚区教育局 and 临川市松岚区教育局): one key, for the cross-year checks, the
    # coverage view and the reports table alike
    records = read_records(out)
    keys = resolve_body_keys(r.body_key for r in records)
    records = [replace(r, body_key=keys.get(r.body_key, r.body_key)) for r in records]
    extra_rows: list[dict] = []
    sims = section5_similarities(records)           # for the cross-year findings and report_topics
    cross = cross_year_findings(records, sims) if job == "check" else {}
    by_id = {r.report_id: r for r in records}
    for rid, findings in cross.items():
        extra_rows.extend(discrepancy_rows(rid, by_id[rid].source, findings))
    for name in tables:
        if name == "reports":
            continue
        extra = to_table(name, extra_rows) if name == "discrepancies" and extra_rows else None
        written[name] = _link_dataset(out, name, extra)
    # reports: one small table, counts include the cross-year findings
    parts = [read_parquet(p) for p in _state_parts(out, "reports")]
    table = pa.concat_tables(parts) if parts else SCHEMAS["reports"].empty_table()
    reports = table.to_pylist()
    for r in reports:
        r["body_key"] = keys.get(r["body_key"], r["body_key"])
    if cross:
        add = {rid: sum(f.severity == "warning" for f in fs) for rid, fs in cross.items()}
        for r in reports:
            r["warnings"] = (r["warnings"] or 0) + add.get(r["report_id"], 0)
    reports.sort(key=_report_order)
    _atomic_parquet(pa.Table.from_pylist(reports, schema=table.schema), out / "reports.parquet")
    written["reports"] = out / "reports.parquet"
    # errors.csv
    eparts = [read_parquet(p) for p in _state_parts(out, "errors")]
    errors = pa.concat_tables(eparts).select(ERROR_COLUMNS).to_pylist() if eparts else []
    _write_csv(out / "errors.csv", ERROR_COLUMNS, ([e[c] for c in ERROR_COLUMNS] for e in errors))
    written["errors"] = out / "errors.csv"
    if "discrepancies" in tables:
        csv_path = out / "discrepancies.csv"
        columns = SCHEMAS["discrepancies"].empty_table().column_names
        parts = sorted((out / "discrepancies.parquet").glob("part-*.parquet"))       # one part at a time
        _write_csv(csv_path, columns, texts=(_part_csv(out, p, columns) for p in parts))
        written["discrepancies.csv"] = csv_path
    cov = coverage_rows(reports)
    _write_csv(out / "coverage.csv", COVERAGE_COLUMNS, ([c[k] for k in COVERAGE_COLUMNS] for c in cov))
    written["coverage"] = out / "coverage.csv"
    if job == "tag" or "items" in tables:
        from .topics.indicators import write_report_topics
        written["report_topics"] = write_report_topics(out, reports, records, sims)
    if html and job == "check":
        from .html_report import write_index
        written["index"] = write_index(out, reports, errors, cov)
    return written


COVERAGE_COLUMNS = ["body_key", "body", "year", "filed", "filed_previous_year", "missing"]


def coverage_rows(reports: Iterable[dict]) -> list[dict]:
    """Per body and year (rows of the reports table): filed or not; bodies that filed last year but have no
    report this year. From each body's first year to the last year of the corpus, ordered by year and body."""
    rows = [r for r in reports if r.get("body_key") is not None and r.get("year") is not None]
    if not rows:
        return []
    years = sorted({int(r["year"]) for r in rows})            # the years the corpus covers
    first: dict[str, int] = {}
    body: dict[str, str] = {}
    for r in rows:
        k, y = r["body_key"], int(r["year"])
        first[k] = min(first.get(k, y), y)
        if r.get("body") is not None:
            body[k] = r["body"]                               # the body's name as its last report spells it
    filed = {(r["body_key"], int(r["year"])) for r in rows}
    grid = sorted(((y, k) for k, y0 in first.items() for y in years if y >= y0))
    return [{"body_key": k, "body": body.get(k), "year": y, "filed": (k, y) in filed,
             "filed_previous_year": (k, y - 1) in filed,
             "missing": (k, y) not in filed and (k, y - 1) in filed} for y, k in grid]


def coverage(reports):
    """:func:`coverage_rows` of a reports DataFrame, as a DataFrame (notebooks)."""
    import pandas as pd
    records = [{k: (None if v is None or (isinstance(v, float) and pd.isna(v)) else v) for k, v in r.items()}
               for r in reports.to_dict("records")]
    return pd.DataFrame(coverage_rows(records), columns=COVERAGE_COLUMNS)
