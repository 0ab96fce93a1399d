"""Tables in the layouts that text copied out of PDFs and web pages takes, beyond the generator's own: the tab-
separated tables of generated reports rewritten with spaces between cells (an empty cell is then only a wider
gap), with every cell on its own line (an empty cell is an empty line), with full-width digits (in the cells and in
the row labels' enumerators: ３.其他) and with thousands separators (1,655).

Every cell must read as generated or be reported ambiguous (never a wrong value), and a consistent table must give
no error or warning."""
from __future__ import annotations

import random
import re

import pytest

from nlp import synth
from nlp.report import read_report
from nlp.tables.tokens import tokens

def _in_tables(f):
    """``f`` applied to the tables' part of a generated report (from 二、主动公开… to 五、存在…)."""
    def apply(t: str) -> str:
        a, b = t.find("二、主动公开"), t.find("五、存在")
        return t[:a] + f(t[a:b]) + t[b:]
    return apply


LAYOUTS = {
    "spaces": lambda t: t.replace("\t", "  "),
    "fullwidth": _in_tables(lambda z: z.translate(str.maketrans("0123456789", "０１２３４５６７８９"))),
    "cell-per-line": lambda t: t.replace("\t", "\n"),
    "thousands": lambda t: re.sub(r"(?<=\t)(\d)(\d{3})(?=\t|\n)", r"\1,\2", t),
}
SEEDS = range(24)


def _read(layout: str, seed: int):
    rng = random.Random(seed)
    fmt = ("2021", "2019")[seed % 2]
    data, truth = synth.make_report(rng, fmt=fmt, layout="tsv", scale=3000 if layout == "thousands" else None)
    text = data if isinstance(data, str) else data.decode("utf-8")
    return read_report(LAYOUTS[layout](text).encode("utf-8"), name=f"r{seed}.txt"), truth["values"]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_cells_read_right_or_ambiguous_and_no_false_alarm(layout):
    wrong, ambiguous, cells, alarms = [], 0, 0, []
    for seed in SEEDS:
        report, values = _read(layout, seed)
        for key, value in values.items():
            if not key.startswith(("t2", "t3", "t4")):
                continue
            cells += 1
            cell = report.cells.get(key)
            if cell is not None and cell.status == "ambiguous":
                ambiguous += 1
            elif cell is None or cell.status == "missing" or (cell.value or 0) != (value or 0):
                wrong.append((seed, key, value, None if cell is None else (cell.value, cell.status)))
        alarms += [(seed, f.rule) for f in report.checks if f.severity in ("error", "warning")]
    assert not wrong, wrong[:5]
    assert not alarms, alarms[:5]
    assert ambiguous < 0.01 * cells, (ambiguous, cells)      # where the spacing shows the empty cells


def test_a_lost_empty_cell_goes_where_the_wider_gap_is():
    """"14  1    0  3  0  18": six numbers for seven cells; the row total holds only with an empty cell (not with
    14 split into 1|4), and the wider gap says it is the third."""
    from nlp.tables.extract import _row_readings, _t3_row_test
    for sep, wide in (("  ", "    "), ("\n", "\n\n")):
        row = sep + sep.join(["14", "1"]) + wide + sep.join(["0", "3", "0", "18"]) + "\n"
        text = "一、本年新收政府信息公开申请数量" + row
        start = text.index(row)
        found, _ = _row_readings(text, start, len(text), 7, accept=_t3_row_test("2021", "new"))
        assert [[p.raw for p in r] for r in found] == [["14", "1", "", "0", "3", "0", "18"]]


def test_thousands_separators_make_one_cell_and_a_dash_line_between_cells_is_not_a_page_number():
    assert [(t.text, t.start, t.end) for t in tokens("1,655\t12,345.5\t3")] == [
        ("1655", 0, 5), ("12345.5", 6, 14), ("3", 15, 16)]
    assert [t.text for t in tokens("1,2 1,0000")] == ["1", "2", "1", "0000"]     # not thousands groups
    assert [t.text for t in tokens("0\n—\n3\n—\n3")] == ["0", "—", "3", "—", "3"]
    assert [t.text for t in tokens("5\n- 3 -\n7")] == ["5", "7"]                  # a page number on its own line
