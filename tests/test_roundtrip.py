"""Round trip: random consistent tables rendered in every layout parse back to the same cells.

Layouts that keep cell boundaries (tab, pipe, HTML, DOCX, PDF) must give every cell exactly. Flattened
crawls lose the boundaries: there a cell is either exact or `ambiguous` with the true value among its
candidates, 表三 and 表四 (which have identities) are exact, and nothing is ever a wrong `value`.
"""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import nlp
from nlp import synth
from nlp.types import AMBIGUOUS, BLANK, NOT_APPLICABLE, VALUE

EXACT_LAYOUTS = ("tsv", "pipe", "html", "docx", "pdf", "pdfgrid")


def _parse(values, fmt, layout, seed, blanks=frozenset()):
    rng = random.Random(seed)
    body, _ = synth.invent_body(rng)
    out = synth.render_report(values, fmt=fmt, layout=layout, rng=rng, body=body, year=2022 if fmt == "2021" else 2020,
                              blanks=blanks)
    data = out.encode("utf-8") if isinstance(out, str) else out
    return nlp.read_report(data, name=f"synthetic{synth.EXTENSIONS[layout]}")


def _check(report, values, blanks, exact: bool):
    wrong = []
    for key, true in values.items():
        cell = report.cells.get(key)
        assert cell is not None, key
        if key in blanks:
            # where the row's cell boundaries are lost and its figures are all 0, the blank reads 0: it is 0 or empty
            # in every placement, and counts 0 either way
            ok = cell.status in (BLANK, NOT_APPLICABLE) or (cell.status == AMBIGUOUS and 0 in cell.candidates) or (
                not exact and cell.status == VALUE and cell.value == 0)
        elif cell.status == VALUE:
            ok = abs(cell.value - true) < 1e-9
        else:
            ok = not exact and cell.status == AMBIGUOUS and any(abs(c - true) < 1e-9 for c in cell.candidates)
        if not ok:
            wrong.append((key, true, cell.status, cell.value, cell.candidates[:5]))
    assert not wrong, wrong[:5]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**9), fmt=st.sampled_from(["2021", "2019"]), layout=st.sampled_from(EXACT_LAYOUTS))
def test_roundtrip_exact_layouts(seed, fmt, layout):
    values = synth.random_tables(random.Random(seed), fmt)
    report = _parse(values, fmt, layout, seed)
    _check(report, values, frozenset(), exact=True)
    assert not [f for f in report.checks if f.severity == "error"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**9), fmt=st.sampled_from(["2021", "2019"]))
@example(seed=2632, fmt="2021")
def test_roundtrip_flattened(seed, fmt):
    values = synth.random_tables(random.Random(seed), fmt)
    report = _parse(values, fmt, "flat", seed)
    _check(report, values, frozenset(), exact=False)
    t34 = [k for k in values if k.startswith(("t3.", "t4."))]
    ambiguous = [k for k in t34 if report.cells[k].status == AMBIGUOUS]
    # a flattened table can be honestly ambiguous (several readings satisfy every identity; seed 2632: 15 of
    # 190 cells, each with the truth among its candidates); the corpus-wide rate is tested below
    assert len(ambiguous) <= len(t34) * 0.10
    assert not [f for f in report.checks if f.severity == "error"]


def test_roundtrip_flattened_ambiguity_is_rare():
    """Over 100 fixed seeds × both formats, almost every flattened 表三/表四 cell is read as one value."""
    total = ambiguous = 0
    for seed in range(100):
        for fmt in ("2021", "2019"):
            values = synth.random_tables(random.Random(seed), fmt)
            report = _parse(values, fmt, "flat", seed)
            t34 = [k for k in values if k.startswith(("t3.", "t4."))]
            total += len(t34)
            ambiguous += sum(report.cells[k].status == AMBIGUOUS for k in t34)
    assert ambiguous <= total * 0.005


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**9), layout=st.sampled_from(("tsv", "html", "flat")))
def test_roundtrip_blank_cells(seed, layout):
    rng = random.Random(seed)
    values = synth.random_tables(rng, "2021")
    zeros = [k for k, v in values.items() if v == 0 and k.startswith("t3.") and not k.endswith(".total")]
    blanks = frozenset(rng.sample(zeros, min(3, len(zeros))))
    report = _parse(values, "2021", layout, seed, blanks)
    _check(report, values, blanks, exact=False)


@pytest.mark.parametrize("seed", [47, 71, 102, 167, 200, 202, 203, 239, 298, 310, 324, 350, 367, 482])
def test_roundtrip_blank_cell_at_a_row_edge(seed):
    """Tab rows whose blank cell sits next to the label separator or the trailing separator ("label<TAB><TAB>0…0
    <TAB>"): these seeds were once read shifted by one cell (a wrong value); now every fitting alignment is a
    reading and the identities choose, ambiguous when they cannot."""
    test_roundtrip_blank_cells.hypothesis.inner_test(seed=seed, layout="tsv")


def _ruled_pdf_with_blanks(seed: int) -> tuple[nlp.Report, dict, frozenset]:
    """A ruled-table PDF (``pdfgrid``) of 2021 tables whose six zero cells of 表二, 表三 and 表四 print blank."""
    rng = random.Random(seed)
    values = synth.random_tables(rng, "2021")
    zeros = [k for k, v in values.items() if v == 0 and k.startswith(("t2.", "t3.", "t4.")) and not k.endswith(".total")]
    blanks = frozenset(rng.sample(zeros, min(6, len(zeros))))
    return _parse(values, "2021", "pdfgrid", seed, blanks), values, blanks


@pytest.mark.parametrize("seed", [1, 4, 7])
def test_ruled_pdf_empty_cells_keep_their_columns(seed):
    """A PDF's ruled table whose cells are left empty (seeds whose blank cells print empty, not / or —): the text
    layer alone drops an empty cell and moves the figures after it a column left; read by the table's ruling,
    every empty cell is blank and every other cell its own figure."""
    report, values, blanks = _ruled_pdf_with_blanks(seed)
    assert any(report.cells[k].status == BLANK for k in blanks)
    _check(report, values, blanks, exact=True)
    assert all(report.cells[k].status in (BLANK, NOT_APPLICABLE) for k in blanks)
    assert not [f for f in report.checks if f.severity == "error"]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**9))
@example(seed=11308)            # (表三's last row alone on the next page: a ruled table of one row)
def test_ruled_pdf_blank_cells_exact(seed):
    report, values, blanks = _ruled_pdf_with_blanks(seed)
    _check(report, values, blanks, exact=True)


@pytest.mark.parametrize("layout", ["tsv", "flat", "html", "docx", "pdf", "pdfgrid"])
def test_injected_imbalance_is_an_error_finding(layout):
    rng = random.Random(5)
    values = synth.random_tables(rng, "2021")
    synth.inject_t3_imbalance(values, rng, "2021")          # in place
    report = _parse(values, "2021", layout, 5)
    rules = {f.rule for f in report.checks if f.severity == "error"}
    assert "T3-COL-BALANCE" in rules
