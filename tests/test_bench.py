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
                  "this machine: jieba.lcut"):
        assert stage in text, stage
