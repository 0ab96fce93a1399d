"""``nianbao bench`` end to end on a tiny generated corpus: every figure it promises is printed and returned
(how fast is not asserted: speed is the benchmark's business, not the tests')."""
from __future__ import annotations

from nlp.bench import PRIMER_JIEBA_CHARS_PER_S, machine_note, run_bench


def test_machine_note_scales_by_the_jieba_ratio():
    # a machine half as fast as the primer's at jieba: the end-to-end rate doubles on the primer's
    note = machine_note(100.0, PRIMER_JIEBA_CHARS_PER_S / 2)
    assert "2.0× this" in note and "~200 reports/s" in note and "not a measurement" in note


def test_bench_prints_every_figure_on_a_small_corpus():
    lines: list[str] = []
    res = run_bench(n=6, workers=1, print_=lines.append)
    text = "\n".join(lines)
    assert res["files"] == 6 and res["check_rate"] > 0 and res["jieba_chars_per_s"] > 0
    assert len(res["check_runs"]) == len(res["jieba_runs"]) == 1
    for stage in ("read + sections + tables", "numbers + claims + checks", "tag section 五",
                  "nianbao check, end to end", "jieba.lcut only (fresh process)", "check / jieba wall-clock",
                  "this machine: jieba.lcut", "compiled modules:", "regular-expression cache:"):
        assert stage in text, stage


def test_peak_rss_is_the_measured_process_trees_not_this_processs():
    """A child's peak RSS is its own, however large the measuring process is (a fork or vfork starts a child
    with the parent's memory; the kernel records that peak for the child)."""
    import sys

    from nlp.bench import _timed_process
    ballast = bytearray(400 * 1024 * 1024)            # this process: over 400 MB resident
    ballast[::4096] = b"x" * len(ballast[::4096])
    _, small, _ = _timed_process([sys.executable, "-c", "pass"])
    _, large, _ = _timed_process([sys.executable, "-c", "b = bytearray(300 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"])
    del ballast
    assert small < 100
    assert 300 <= large < 400


def test_bench_compares_dask_runs_alternately_and_keeps_the_fastest_of_each():
    import pytest
    pytest.importorskip("distributed")
    lines: list[str] = []
    res = run_bench(n=4, workers=1, dask=True, repeat=2, tag=False, print_=lines.append)
    runs = res["dask_runs"]
    assert len(runs) == 2 and all(a > 0 and b > 0 for a, b in runs)
    assert res["dask1"] == min(a for a, _ in runs) and res["dask2"] == min(b for _, b in runs)
    text = "\n".join(lines)
    assert "dask, each run starting its LocalCluster: fastest of 2: 1 worker" in text
    assert "runs (1 worker/2 workers seconds, in order)" in text
    # then jobs on clusters already running: the first (cold workers) and the fastest of the later ones
    cluster = res["cluster_runs"]
    assert len(cluster) == 3 and all(a > 0 and b > 0 for a, b in cluster)
    assert (res["cluster_first1"], res["cluster_first2"]) == cluster[0]
    assert res["cluster1"] == min(a for a, _ in cluster[1:]) and res["cluster2"] == min(b for _, b in cluster[1:])
    assert "a job on a running cluster (dask scheduler + dask worker): first job 1 worker" in text
