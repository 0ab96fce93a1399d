"""Table reading: tokens, digit-run splitting, and the identity-guided solver (cases are invented)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.schema import load_schema
from nlp.tables.extract import read_t2, read_t3, read_t4
from nlp.tables.tokens import readings, tokens
from nlp.types import AMBIGUOUS, BLANK, MISSING, NOT_APPLICABLE, VALUE

TOKEN_CASES = [
    ("0 0 0 0 0 003.其他", ["0", "0", "0", "0", "0", "00"]),          # enumerator 3. is not a value
    ("5\t0\t/\t—\t12", ["5", "0", "/", "—", "12"]),
    ("本年收费金额（单位：万元，保留4位小数）\t0.1234", ["0.1234"]),       # the 4 in the header is not a value
    ("本年增/减 3", ["3"]),
    ("|---|---|\n| 7 | 8 |", ["7", "8"]),
    ("１２　３４", ["12", "34"]),                                          # full-width digits
    ("- 3 -\n9 9", ["9", "9"]),                                            # a PDF page number
]


@pytest.mark.parametrize("text,expected", TOKEN_CASES)
def test_tokens_values_and_noise(text, expected):
    assert [t.text for t in tokens(text)] == expected


SPLIT_CASES = [
    ("808", 3, [(8, 0, 8)]),
    ("000", 3, [(0, 0, 0)]),
    ("1203", 2, [(1, 203), (120, 3)]),                                       # no leading zeros: 12|03 is out
    ("12.5", 2, [(1, 2.5)]),
]


@pytest.mark.parametrize("run,n,expected", SPLIT_CASES)
def test_readings_split_digit_runs(run, n, expected):
    got = [tuple(p.value for p in r) for r in readings(tokens(run), n)]
    assert sorted(got) == sorted(expected)


def test_readings_drop_extra_token_and_open_end():
    toks = tokens("1 0 0 0")
    assert [tuple(p.value for p in r) for r in readings(toks, 3, open_end=True)] == [(1, 0, 0)]
    assert len(list(readings(toks, 3))) == 4     # a merged-cell quirk: any one token may be surplus


def _t3_flat(rows: dict[str, list[int]], fmt: str = "2021", sep: str = "") -> str:
    labels = {
        "new": "一、本年新收政府信息公开申请数量", "carried_over": "二、上年结转政府信息公开申请数量",
        "granted": "三、本年度办理结果（一）予以公开", "partial": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "denied.state_secret": "（三）不予公开1.属于国家秘密", "denied.law_prohibited": "2.其他法律行政法规禁止公开",
        "denied.security_stability": "3.危及“三安全一稳定”", "denied.third_party": "4.保护第三方合法权益",
        "denied.internal_affairs": "5.属于三类内部事务信息", "denied.process_info": "6.属于四类过程性信息",
        "denied.enforcement_file": "7.属于行政执法案卷", "denied.admin_query": "8.属于行政查询事项",
        "unable.not_held": "（四）无法提供1.本机关不掌握相关政府信息", "unable.needs_creation": "2.没有现成信息需要另行制作",
        "unable.unclear_after_correction": "3.补正后申请内容仍不明确",
        "not_processed.petition": "（五）不予处理1.信访举报投诉类申请", "not_processed.duplicate": "2.重复申请",
        "not_processed.publication": "3.要求提供公开出版物", "not_processed.mass_repeat": "4.无正当理由大量反复申请",
        "not_processed.confirm_reissue": "5.要求行政机关确认或重新出具已获取信息",
        "other.no_correction": "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "other.unpaid_fee": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "other.other": "3.其他", "other": "（六）其他处理", "total_processed": "（七）总计",
        "carried_forward": "四、结转下年度继续办理",
    }
    out = "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"
    for row in load_schema().t3_rows(fmt):
        vals = rows.get(row, [0] * 6)
        out += labels[row] + sep.join(str(v) for v in vals + [sum(vals)])
    return out + "四、政府信息公开行政复议、行政诉讼情况"


def test_t3_flattened_splits_by_identities():
    # 本年新收 80 from natural persons and 1 from a company, all granted: the runs are glued together
    text = _t3_flat({"new": [80, 1, 0, 0, 0, 0], "granted": [80, 1, 0, 0, 0, 0],
                     "total_processed": [80, 1, 0, 0, 0, 0]})
    t3 = read_t3(text)
    assert t3.fmt == "2021"
    assert t3.cells["t3.new.natural"].value == 80
    assert t3.cells["t3.new.commercial"].value == 1
    assert t3.cells["t3.new.total"].value == 81
    assert t3.cells["t3.total_processed.total"].value == 81
    assert all(c.status == VALUE for c in t3.cells.values())
    assert t3.broken == []


def test_t3_2019_format_has_one_other_row():
    text = _t3_flat({"new": [3, 0, 0, 0, 0, 0], "other": [3, 0, 0, 0, 0, 0],
                     "total_processed": [3, 0, 0, 0, 0, 0]}, fmt="2019", sep=" ")
    t3 = read_t3(text)
    assert t3.fmt == "2019"
    assert t3.cells["t3.other.total"].value == 3
    assert len(t3.cells) == 23 * 7


def test_t3_broken_column_is_reported_not_fixed():
    # the printed table says 5 received and 4 processed, nothing carried forward
    text = _t3_flat({"new": [5, 0, 0, 0, 0, 0], "granted": [4, 0, 0, 0, 0, 0],
                     "total_processed": [4, 0, 0, 0, 0, 0]}, sep="\t")
    t3 = read_t3(text)
    assert t3.cells["t3.new.natural"].value == 5
    broken = {b.identity.name for b in t3.broken}
    assert broken == {"T3-COL-BALANCE:natural", "T3-COL-BALANCE:total"}


def test_t3_ambiguous_split_keeps_candidates():
    # "1010000011" is 10|1|0|0|0|0|11 or 1|0|10|0|0|0|11; every row glued the same way, so the
    # identities hold either way: the cells are ambiguous with both candidates, never a guess
    rows = {"new": [10, 1, 0, 0, 0, 0], "granted": [10, 1, 0, 0, 0, 0], "total_processed": [10, 1, 0, 0, 0, 0]}
    t3 = read_t3(_t3_flat(rows))
    cell = t3.cells["t3.new.natural"]
    assert cell.status == AMBIGUOUS and set(cell.candidates) == {1, 10}
    assert t3.cells["t3.new.total"].value == 11                       # agreed by every reading
    assert t3.broken == []


def test_t3_blank_row_and_tab_blanks():
    text = _t3_flat({}, sep="\t").replace("3.其他0\t0\t0\t0\t0\t0\t0", "3.其他\t\t\t")
    t3 = read_t3(text)
    assert t3.cells["t3.other.other.total"].status == BLANK
    text = _t3_flat({}, sep="\t").replace("2.重复申请0\t0\t0", "2.重复申请0\t/\t0")
    t3 = read_t3(text)
    assert t3.cells["t3.not_processed.duplicate.commercial"].status == NOT_APPLICABLE
    assert t3.cells["t3.not_processed.duplicate.commercial"].value is None


T2_2021 = ("第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件{normative}"
           "第二十条第（五）项信息内容本年处理决定数量行政许可{lic}第二十条第（六）项信息内容本年处理决定数量"
           "行政处罚{pen}行政强制0第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费{fee} (二)下一段")


def test_t2_2021_flattened():
    t2 = read_t2(T2_2021.format(normative="306", lic="45", pen="7", fee="12.5"))
    assert t2.fmt == "2021"
    assert [t2.cells[f"t2.normative_doc.{m}"].value for m in ("issued", "repealed", "in_force")] == [3, 0, 6]
    assert t2.cells["t2.licensing.decisions"].value == 45
    assert t2.cells["t2.admin_fee.amount_wan"].value == 12.5


def test_t2_undecidable_split_is_ambiguous():
    t2 = read_t2(T2_2021.format(normative="30 126", lic="0", pen="0", fee="0"))
    cell = t2.cells["t2.normative_doc.in_force"]
    assert cell.status == AMBIGUOUS and cell.value is None
    assert set(cell.candidates) >= {6, 26, 126}


def test_t2_2019_signed_delta():
    text = ("第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章 0 0 0 规范性文件 2 2 9 "
            "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可 12 -1 30 其他对外管理服务事项 0 0 0 "
            "第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚 5 +2 8 行政强制 0 0 0 "
            "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费 1 0 "
            "第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购 2 35.5 三、收到")
    t2 = read_t2(text)
    assert t2.fmt == "2019"
    assert t2.cells["t2v19.licensing.delta_items"].value == -1
    assert t2.cells["t2v19.penalty.delta_items"].value == 2
    assert t2.cells["t2v19.central_procurement.amount"].value == 35.5


def test_t4_flattened_and_group_identity():
    head = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉" \
           "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
    t4 = read_t4(head + "2 1 0 0 3 0 0 0 1 1 0 0 0 0 0五、存在的主要问题")
    assert t4.cells["t4.review.total"].value == 3
    assert t4.cells["t4.lit_direct.pending"].value == 1
    assert t4.broken == []
    t4 = read_t4(head + "21003 00011 00000五、")          # glued groups
    assert t4.cells["t4.review.upheld"].value == 2 and t4.cells["t4.review.total"].value == 3


def test_t4_with_its_empty_cells_left_out_is_not_read_by_cutting_figures():
    """Eleven figures for fifteen cells, separated (5 4 5 14 0 0 9 9 0 11 11): the empty cells were left out. Cutting
    14 into 1 and 4 to make fifteen keeps no group's total, so no reading is given and no total is reported
    wrong; with the separators lost instead (21003 00011 00000) the cuts that keep every total are read."""
    head = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉" \
           "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
    t4 = read_t4(head + "5 4 5 14 0 0 9 9 0 11 11五、存在的主要问题")
    assert t4.broken == []
    assert {c.status for c in t4.cells.values()} == {MISSING}
    assert any("无法逐一对应" in n for n in t4.notes)
    t4 = read_t4(head + "5 4 0 5 14 0 0 0 9 9 0 11 0 0 11五、")           # every cell printed: read as printed
    assert t4.cells["t4.review.total"].value == 14 and t4.cells["t4.lit_after_review.corrected"].value == 11


def test_missing_row_is_missing():
    text = _t3_flat({}).replace("8.属于行政查询事项0000000", "")
    t3 = read_t3(text)
    assert t3.cells["t3.denied.admin_query.total"].status == MISSING


@pytest.mark.parametrize("digits,n", [("15431340015234", 7), ("125293600152052", 7), ("306544200003507", 7),
                                      ("1 2000 12", 4), ("7000007", 7), ("12 0 0 12", 4), ("105014000001190", 7)])
def test_readings_accept_equals_filtering_afterwards(digits, n):
    """``accept`` keeps exactly the readings a filter applied afterwards keeps (all when none passes), in the
    same order, and never more than ``limit`` readings are considered — except where one run of digits has more
    ways to cut it than ``limit`` and none of those looked at passes: then the cuts whose last cell sums the others
    and that ``accept`` keeps are found directly (every one of them, as a set: the same as filtering every cut)."""
    toks = tokens(digits)

    def row_sum(values):                          # the 表三 row identity: the last cell totals the others
        return sum(v or 0 for v in values[:-1]) == (values[-1] or 0)

    def key(r):
        return tuple((p.raw, p.start) for p in r)

    all_good = {key(r) for r in readings(toks, n, limit=10**6) if row_sum(tuple(p.value for p in r))}
    for limit in (3, 50, 5000):
        every = list(readings(toks, n, limit=limit))
        good = [r for r in every if row_sum(tuple(p.value for p in r))]
        got = list(readings(toks, n, limit=limit, accept=row_sum))
        if good or len(toks) > 1 or len(every) < limit or not all_good:
            assert got == (good or every)
        else:
            assert {key(r) for r in got} == all_good
    assert list(readings(toks, n, accept=lambda v: False)) == list(readings(toks, n))


@pytest.mark.parametrize("row", ["\t0\t0\t3\t0\t0\t0\t3\n\t\t3.", " | 0 | — | 1 | 0 | 0 | 0 | 1 |\n|  |  | 2.",
                                 "\t\t0\t0\t0\t0\t0\t0\t0\t", "\t5\t\t0\t0\t0\t0\t5\n", "\t（注）\t1\t2\n"])
def test_remembered_row_readings_are_those_computed_afresh(row):
    """A row's readings are remembered relative to its start: the same row elsewhere (another report, another
    offset) gets exactly the readings computed afresh there, and a row cut differently is not mistaken for it."""
    from nlp.tables import extract as X

    def fresh(text, start, end):
        X._ROW_MEMO.clear()
        return X._cell_readings(text, start, end, 7, every_fit=True)

    for before, after in (("表三 label", "危及安全"), ("其他说明文字很长一些", "危险"), ("", "")):
        text = before + row + after
        start, end = len(before), len(before) + len(row)
        expected = fresh(text, start, end)
        again = X._cell_readings(text, start, end, 7, every_fit=True)          # from the memo
        other = "前言" + text
        moved = X._cell_readings(other, start + 2, end + 2, 7, every_fit=True)   # remembered, placed 2 further on
        assert again == expected
        assert moved == fresh(other, start + 2, end + 2)
        if expected:
            assert {p.start for r in moved for p in r} == {p.start + 2 for r in expected for p in r}


def test_a_2019_table_two_whose_headers_a_narrow_column_wrapped_is_still_the_2019_format():
    from nlp.tables.extract import read_t2
    text = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年新制作 本年新公开 对外公开总\n数量 数量 数量\n"
            "规章 0 0 5\n规范性文件 3 3 20\n第二十条第（五）项\n信息内容 上一年项目 本年增/减 处理决定数量\n数量\n"
            "行政许可 10 +1 100\n")
    t2 = read_t2(text)
    assert t2 is not None and t2.fmt == "2019"
    assert (t2.cells["t2v19.normative_doc.total_published"].value, t2.cells["t2v19.licensing.delta_items"].value) == (20, 1)


def _slice_by_walking(toks, start: int, end: int):
    """ZoneTokens.slice as a plain walk over the tokens (the reference its bisection must equal)."""
    inside = [t for t in toks if start <= t.start < end or start < t.end <= end or (t.start < start < t.end)]
    if any(t.start < start < t.end or t.start < end < t.end for t in toks):
        return None
    return [t for t in inside if start <= t.start and t.end <= end]


@given(st.text(alphabet="0123456789 \t\n|/—-无.,、件（）一二三", max_size=120), st.data())
@settings(max_examples=300, deadline=None)
def test_zone_token_slices_equal_a_walk_over_the_tokens(text, data):
    from nlp.tables.extract import ZoneTokens
    for sign in (False, True):
        zone = ZoneTokens(text, 0, len(text), allow_sign=sign)
        toks = zone.toks
        assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))        # in order, no overlap
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert zone.slice(start, end) == _slice_by_walking(toks, start, end)


@st.composite
def _solver_case(draw):
    """Rows of 2–4 cells with a few readings each (digits from a small set, whole numbers also read as decimals, blank
    and not-applicable cells: equal readings and ties are common), and identities over random cells, row and column
    kinds."""
    from nlp.tables.identities import Identity
    from nlp.tables.tokens import Part
    n_rows = draw(st.integers(1, 5))
    rows = []
    for r in range(n_rows):
        keys = [f"r{r}.c{c}" for c in range(draw(st.integers(2, 4)))]
        readings = []
        for _ in range(draw(st.integers(1, 4))):
            width = draw(st.sampled_from([len(keys), len(keys), len(keys) - 1]))      # a short reading: keys unset
            readings.append(tuple(draw(st.sampled_from([Part("", 0, 0, "blank"), Part("-", 0, 1, "blank")]))
                                  if draw(st.booleans()) and draw(st.booleans()) else
                                  Part(f"{draw(st.integers(0, 3))}.0", 0, 3, "decimal") if draw(st.booleans()) and
                                  draw(st.booleans()) else Part(str(draw(st.integers(0, 3))), 0, 1, "int")
                                  for _ in range(width)))
        rows.append((keys, readings))
    keys = [k for ks, _ in rows for k in ks] + ["elsewhere"]
    idents = []
    for j in range(draw(st.integers(1, 8))):
        lhs = tuple(draw(st.lists(st.sampled_from(keys), min_size=1, max_size=2, unique=True)))
        rhs = tuple(draw(st.lists(st.sampled_from(keys), min_size=1, max_size=3, unique=True)))
        idents.append(Identity("T", f"T{j}", lhs, rhs, draw(st.sampled_from(["row", "col"])), ""))
    return rows, idents


@settings(max_examples=300, deadline=None)
@given(_solver_case())
def test_joint_solver_gives_what_comparing_every_candidate_gives(case):
    from nlp.tables.extract import RowSlot, solve
    rows, idents = case

    def slots():
        return [RowSlot(list(keys), list(readings)) for keys, readings in rows]
    fast, fast_notes = solve(slots(), idents)
    plain, plain_notes = solve(slots(), idents, _joint=False)
    assert fast_notes == plain_notes
    assert [sorted((k, id(p)) for k, p in c.items()) for c in fast] == \
           [sorted((k, id(p)) for k, p in c.items()) for c in plain]


def _requests_cells(new: int, carried: int, granted: int, forward: int) -> dict:
    """表三 cells that keep the identities: every figure from natural persons."""
    cells = {}
    for row, v in (("new", new), ("carried_over", carried), ("granted", granted), ("total_processed", granted),
                   ("carried_forward", forward)):
        cells[f"t3.{row}.natural"] = cells[f"t3.{row}.total"] = v
    return cells


def test_a_sentence_naming_the_first_row_of_table_3_is_not_where_the_table_starts():
    """Section 一 says 新收政府信息公开申请数量为…件，上年结转…件 in the first row's own words: 表三 is still read from
    the table, and the sentence's figures stay narrative (a wrong one is an error)."""
    from population_common import report_with

    from nlp.analysis import analyse
    narrative = "本局全年新收政府信息公开申请数量为40件，上年结转3件，当年已办结45件，结转下年度继续办理2件。"
    rep = report_with(narrative, _requests_cells(40, 3, 41, 2))
    at = rep.text.index(narrative)
    assert rep.table_spans["表三"][0] > at + len(narrative)
    assert rep.cells["t3.total_processed.total"].value == 41
    errors = [f for f in analyse(rep).findings if f.severity == "error"]
    assert [(f.rule, f.actual) for f in errors] == [("NARRATIVE-MISMATCH", 45)]
    # the label's words with a figure inside are a sentence too, never the table's start
    rep = report_with("新收申请63件，申请数量有所增加，另有上年结转3件。", _requests_cells(63, 3, 64, 2))
    assert rep.meta.table_format == "2021" and rep.cells["t3.granted.total"].value == 64
    assert rep.table_spans["表三"][0] > rep.text.index("另有上年结转")


@pytest.mark.parametrize("sentence", ["本年度新收政府信息公开申请十五件，另有上年结转申请2件。",
                                      "本年度新收政府信息公开申请1,046件，上年度结转38件。",
                                      "本年度新收政府信\n息公开申请8件，上年结转2件。",     # a PDF's line wrapped
                                      "本年度新收政府信息公开申请数量为15件，上年结转2件。",
                                      "本年度新收申请数量较上年增长20%，上年结转申请2件。",
                                      # approximate figures, the columns' names in sentences of their own
                                      "本年度新收政府信息公开申请10多件。其中自然人13件。上年结转的申请2件。",
                                      "本年度新收政府信息公开申请超过十件，自然人申请居多。上年结转2件。",
                                      "本年新收政府信息公开申请数量为十余件，全部来自自然人，上年结转2件。",
                                      "本年度新收政府信息公开申请约1.5万件，上年结转2件。"])
def test_a_sentence_with_the_first_labels_words_and_its_year_is_not_where_table_3_starts(sentence):
    """本年度新收… with its figure in Chinese numerals, grouped (1,046), approximate (10多件, 超过十件, 约1.5万件) or after a
    line break is a sentence, as 本年新收…12件 is."""
    from population_common import report_with
    rep = report_with(sentence, _requests_cells(15, 2, 17, 0))
    assert rep.table_spans["表三"][0] > rep.text.index(sentence) + len(sentence)
    assert rep.meta.table_format == "2021" and rep.cells["t3.granted.total"].value == 17


@pytest.mark.parametrize("filler", [0, 500])
def test_a_sentence_citing_article_20_is_not_table_2(filler):
    """The narrative cites 第二十条第（一）项 before 表二 (within the 400 characters the header is looked for in, or
    further): 表二 is the table's, found either way, and the narrative's figures after the citation stay its own."""
    from population_common import report_with
    narrative = ("依据《条例》第二十条第（一）项的规定，我局及时公开本部门制发的规范性文件。"
                 + "我局持续做好主动公开工作，" * (filler // 13) + "全年共收到政府信息公开申请20件。")
    cells = {"t2.normative_doc.issued": 3, "t2.normative_doc.in_force": 17, **_requests_cells(20, 0, 20, 0)}
    rep = report_with(narrative, cells)
    assert rep.table_spans["表二"][0] > rep.text.index("全年共收到")
    assert rep.cells["t2.normative_doc.in_force"].value == 17
    from nlp.analysis import analyse
    claims = {c.mention.surface: c for c in analyse(rep).claims}
    assert claims["20件"].status == "match" and claims["20件"].matched == "t3.new.total"


def _t2_rows(row: str, fee_row: str) -> str:
    """表二 (2021) with the 规章 row and the fee row as given; the other rows plain TAB-separated zeros."""
    return ("第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n" + row + "\n"
            "行政规范性文件\t2\t0\t14\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t0\n"
            "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t0\n行政强制\t0\n第二十条第（八）项\n"
            "信息内容\t本年收费金额（单位：万元）\n" + fee_row + "\n\n三、收到和处理政府信息公开申请情况\n")


@pytest.mark.parametrize("row, cells", [
    ("规章\t\t1\t21", (None, 1, 21)),                 # a blank first cell (HTML and DOCX tables are written so)
    ("规章\t3\t1\t", (3, 1, None)),                   # a blank last cell
    ("| 规章 | | 1 | 21 |", (None, 1, 21)),           # markdown: the closing pipe ends the row, it is no cell
    ("| 规章 | 3 | 1 | |", (3, 1, None)),
    ("规章\t3\t1\t21", (3, 1, 21)),
])
def test_a_blank_cell_at_a_rows_edge_is_read_where_it_is(row, cells):
    """The separator right after a row's label ends the label: an empty piece before it is no cell, so a blank first
    (or last) cell is placed, not guessed; a markdown row's closing pipe leaves no cell either."""
    t2 = read_t2(_t2_rows(row, "行政事业性收费\t0"))
    got = tuple(t2.cells[f"t2.regulation.{m}"] for m in ("issued", "repealed", "in_force"))
    assert tuple(c.value for c in got) == cells
    assert [c.status for c in got] == [BLANK if v is None else VALUE for v in cells]


def test_a_row_with_a_cell_too_few_is_ambiguous_not_guessed():
    """| 规章 | 22 | 235 | under three columns: which cell is missing the row cannot say."""
    t2 = read_t2(_t2_rows("| 规章 | 22 | 235 |", "行政事业性收费\t0"))
    assert all(t2.cells[f"t2.regulation.{m}"].status == AMBIGUOUS for m in ("issued", "repealed", "in_force"))


def test_a_table_drawn_with_box_characters_reads_like_a_pipe_table():
    """│ separators and ├──┼──┤ rules: every row read, the last one (the fee) too."""
    box = lambda cells: "│" + "│".join(cells) + "│"            # noqa: E731
    rule = "├" + "┼".join("──" for _ in range(4)) + "┤"
    text = _t2_rows(box(["规章", "0", "1", "5"]) + "\n" + rule, box(["行政事业性收费", "443.72"]) + "\n└──┴──┘")
    from nlp.tables.extract import table_view
    view = table_view(text)
    assert len(view) == len(text)                              # offsets stay the report's
    t2 = read_t2(view)
    assert [t2.cells[f"t2.regulation.{m}"].value for m in ("issued", "repealed", "in_force")] == [0, 1, 5]
    assert t2.cells["t2.admin_fee.amount_wan"].value == 443.72


def test_an_html_table_with_a_blank_first_cell_reads_exactly():
    """An HTML 表二 whose 规章 row has an empty first figure cell (the reader writes its cells TAB-separated)."""
    from nlp.report import read_report

    def tr(*cells):
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    table = ("<table>" + tr("第二十条第（一）项") + tr("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
             + tr("规章", "", "1", "21") + tr("行政规范性文件", "2", "", "14") + tr("第二十条第（五）项")
             + tr("信息内容", "本年处理决定数量") + tr("行政许可", "0") + tr("第二十条第（六）项")
             + tr("信息内容", "本年处理决定数量") + tr("行政处罚", "0") + tr("行政强制", "0") + tr("第二十条第（八）项")
             + tr("信息内容", "本年收费金额（单位：万元）") + tr("行政事业性收费", "0") + "</table>")
    page = ("<html><head><meta charset='utf-8'><title>示例局2023年政府信息公开工作年度报告</title></head><body>"
            "<h1>示例局2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本局依法做好政府信息公开工作。</p>"
            "<p>二、主动公开政府信息情况</p>" + table + "<p>三、收到和处理政府信息公开申请情况</p><p>无。</p>"
            "</body></html>")
    rep = read_report(page.encode("utf-8"), name="page.html")
    got = {k: (c.status, c.value) for k, c in rep.cells.items() if k.startswith("t2.regulation")
           or k.startswith("t2.normative_doc")}
    assert got == {"t2.regulation.issued": (BLANK, None), "t2.regulation.repealed": (VALUE, 1),
                   "t2.regulation.in_force": (VALUE, 21), "t2.normative_doc.issued": (VALUE, 2),
                   "t2.normative_doc.repealed": (BLANK, None), "t2.normative_doc.in_force": (VALUE, 14)}


def test_table_3_as_key_value_rows_is_still_table_3():
    """一、本年新收…：自然人 5，…，总计 5。 (each figure after its column's name) is the table, not a sentence."""
    from nlp.tables.extract import table_view
    rows = [("一、本年新收政府信息公开申请数量", 5), ("二、上年结转政府信息公开申请数量", 0)]
    text = "".join(f"{label}：自然人 {v}，商业企业 0，科研机构 0，社会公益组织 0，法律服务机构 0，其他 0，总计 {v}。\n"
                   for label, v in rows)
    t3 = read_t3(table_view(text))
    assert t3 is not None and t3.cells["t3.new.natural"].value == 5 and t3.cells["t3.new.total"].value == 5


def test_a_table_printed_one_cell_per_line_with_empty_lines_for_blanks():
    """表四 rendered cell by cell, an empty line for each blank cell (three of them first): all fifteen placed."""
    from nlp.tables.extract import table_view
    head = "四、政府信息公开行政复议、行政诉讼情况\n" + "\n".join(
        ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
        + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + "\n"
    cells = ["", "", "", "4", "4", "4", "", "4", "", "8", "", "", "3", "4", "7"]
    text = head + "\n".join(cells) + "\n五、存在的主要问题及改进情况\n正文。\n"
    t4 = read_t4(table_view(text))
    assert t4 is not None
    keys = load_schema().keys("表四", "2019+2021")
    assert [t4.cells[k].value for k in keys] == [None if c == "" else int(c) for c in cells]
    assert [t4.cells[k].status for k in keys] == [BLANK if c == "" else VALUE for c in cells]


@pytest.mark.parametrize("header", ["本年收费金额（单位：元）", "本年收费金额(元)"])
def test_a_fee_column_headed_in_yuan_is_read_in_wan(header):
    """The template prints 表二's fee in 万元; a table whose header says 元 has its figure converted (34,562元 is
    3.4562万元, at the same precision), with a note, so the narrative's 元 and the checks agree."""
    import random

    from nlp import synth
    from nlp.analysis import analyse
    from nlp.report import read_report
    data, truth = synth.make_report(random.Random(5), fmt="2021", layout="tsv")
    text = data if isinstance(data, str) else data.decode("utf-8")
    fee = truth["values"]["t2.admin_fee.amount_wan"]
    row = re.search(r"行政事业性收费\t+([\d.]+)", text)
    assert row and float(row[1]) == fee
    yuan = "34562.5"
    text = re.sub(r"本年收费金额（[^）]*）", header, text).replace(row[0], row[0][:row.start(1) - row.start()] + yuan)
    text = text.replace("一、总体情况\n", "一、总体情况\n本年度收取行政事业性收费34562.5元。\n", 1)
    rep = read_report(text.encode("utf-8"), name="fee.txt")
    cell = rep.cells["t2.admin_fee.amount_wan"]
    assert cell.status == "value" and cell.value == pytest.approx(3.45625) and cell.raw == "3.45625"
    assert any("元" in w and "换算" in w for w in rep.warnings)
    claim = next(c for c in analyse(rep).claims if c.mention.surface == "34562.5元")
    assert claim.status == "match"


def test_cells_apart_by_commas_a_quoted_grouped_figure_and_a_figure_ending_a_sentence():
    from nlp.tables.tokens import tokens
    assert [t.text for t in tokens('行政规范性文件,17,2,169')] == ["17", "2", "169"]       # a CSV export's cells
    assert [t.text for t in tokens('行政规范性文件,12,4,"1,087"')] == ["12", "4", "1087"]   # its quoted grouped figure
    assert [t.text for t in tokens("规章\t1,655\t2,000")] == ["1655", "2000"]               # thousands groups
    assert [t.text for t in tokens("\t\t8. 属于行政查询事项\t0")] == ["0"]                  # an enumerator, spaced
    assert [t.text for t in tokens("合计 118. 四、政府")] == ["118"]                          # a sentence's figure


def test_a_cell_of_decimal_digits_is_what_the_simple_cell_pattern_matches():
    """_cell_readings_of takes str.isdecimal() for _SIMPLE_CELL's \\d+ (no regex call per cell): both agree on every
    character, and a string is decimal exactly when it is \\d+."""
    import re

    from nlp.tables.extract import _SIMPLE_CELL
    digits = re.compile(r"\d+")
    assert all(chr(c).isdecimal() == bool(digits.fullmatch(chr(c))) for c in range(0x110000))
    for s in ("", "0", "12", "١٢", "1.5", "12a", "²", "一", "/", "——"):
        assert s.isdecimal() == bool(digits.fullmatch(s))
        if s.isdecimal():
            assert _SIMPLE_CELL.fullmatch(s)


@pytest.mark.parametrize("table,fmt", [("表二", "2021"), ("表二", "2019"), ("表三", "2021"), ("表三", "2019"),
                                       ("表四", "2019+2021")])
def test_schema_keys_are_worked_out_once_and_handed_out_as_new_lists(table, fmt):
    """Schema.keys keeps each table's key order after the first call: the same keys in the same order as
    computed from the cells, and a new list each time (a caller that changes its list changes no other's)."""
    schema = load_schema()
    first = schema.keys(table, fmt)
    assert first == schema._keys(table, fmt) and len(first) == len(set(first))
    first.append("changed")
    again = schema.keys(table, fmt)
    assert again == schema._keys(table, fmt) and again is not schema.keys(table, fmt)
    assert all(schema.spec(k).table == table for k in again)


def test_a_row_of_zeros_that_lost_an_empty_cell_reads_zero():
    """A crawl that drops empty cells leaves "（一）予以公开 0 0 0 0 0 0" for seven cells (one was empty): the zeros'
    places are lost, but every cell is 0 or empty in every placement, and counts 0 either way. Each was ambiguous
    between 0 and empty (candidates (0,), a CELL-AMBIGUOUS note); now each reads 0. A row whose figures are not all 0
    keeps the cells a nonzero figure may fall in unknown."""
    text = _t3_flat({"new": [3, 0, 0, 0, 0, 0], "granted": [3, 0, 0, 0, 0, 0]}, sep=" ")
    text = text.replace("（一）予以公开3 0 0 0 0 0 3", "（一）予以公开 0 0 0 0 0 0")   # granted lost: zeros only
    text = text.replace("3.补正后申请内容仍不明确0 0 0 0 0 0 0", "3.补正后申请内容仍不明确3 0 0 0 0 0 3")
    t3 = read_t3(text)
    granted = [t3.cells[f"t3.granted.{c}"] for c in ("natural", "commercial", "research", "social_welfare",
                                                       "legal_service", "org_other", "total")]
    assert [(c.status, c.value) for c in granted] == [(VALUE, 0)] * 7
    head = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉" \
           "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
    t4 = read_t4(head + "\n0\n五、存在的主要问题")        # one 0 merged across the fifteen cells
    assert {(c.status, c.value) for c in t4.cells.values()} == {(VALUE, 0)} and len(t4.cells) == 15
    t4 = read_t4(head + "\n2 2\n五、存在的主要问题")       # two figures: where the 2s fall is not known
    assert any(c.status in (AMBIGUOUS, MISSING) for c in t4.cells.values())


def test_a_glued_row_of_figures_grouped_in_thousands():
    """(a crawled-text probe: 14 wrong cells, 15 false errors) A crawl that glues a row's cells, its figures printed
    with thousands separators: 1,6851,2262,… is 1,685 | 1,226 | 2,146 | …; read at the commas as 1 | 6851 | 2262 |
    … (seven runs for seven cells) it broke the row's identity. Where the runs break it, the commas are read as
    thousands marks too, those first: every cell right, no identity broken."""
    vals = [1685, 1226, 2146, 1744, 1487, 0]
    rows = {"new": vals, "granted": vals, "total_processed": vals}
    text = _t3_flat(rows)
    glued = "".join(f"{v:,}" for v in vals + [sum(vals)])
    text = text.replace("".join(str(v) for v in vals + [sum(vals)]), glued)
    assert glued == "1,6851,2262,1461,7441,48708,288" and text.count(glued) == 3
    t3 = read_t3(text)
    cols = ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other", "total")
    for row in rows:
        assert [t3.cells[f"t3.{row}.{c}"].value for c in cols] == vals + [sum(vals)], row
    assert t3.broken == []


def test_dashes_glued_to_a_rows_label_are_its_empty_cells():
    """(a crawled-text probe: 5 wrong cells, 2 false errors) A glued row whose first cells print "-": …予以公开--4170324
    is - | - | 4 | 17 | 0 | 3 | 24. A mark glued to the label was not taken for a cell (as inside 增/减), so the seven
    digits filled the seven cells one each. Glued to the label before the figures, it is a cell."""
    vals = [0, 0, 4, 17, 0, 3]
    text = _t3_flat({"new": vals, "granted": vals, "total_processed": vals})
    text = text.replace("（一）予以公开004170324", "（一）予以公开--4170324")
    assert "予以公开--4170324" in text
    t3 = read_t3(text)
    cols = ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other", "total")
    got = [(t3.cells[f"t3.granted.{c}"].status, t3.cells[f"t3.granted.{c}"].value) for c in cols]
    assert [v for _, v in got[2:]] == [4, 17, 0, 3, 24] and all(s != VALUE for s, _ in got[:2])
    assert t3.broken == []


def test_a_long_glued_row_is_cut_where_its_total_sums_the_rest():
    """(a crawled-text probe: a wrong cell, 2 false errors, the truth not among the candidates) 表三 run together
    with figures in the thousands: 1770011731747105205742 has some 54,000 ways into seven cells, of which the first
    5,000 were looked at and none sums; the first was taken. The cuts whose 总计 sums the rest are now looked for
    directly: 1770 | 0 | 1173 | 1747 | 1052 | 0 | 5742."""
    vals = [1770, 0, 1173, 1747, 1052, 0]
    text = _t3_flat({"new": vals, "granted": vals, "total_processed": vals})
    assert "1770011731747105205742" in text
    t3 = read_t3(text)
    cols = ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other", "total")
    assert [t3.cells[f"t3.new.{c}"].value for c in cols] == vals + [5742]
    assert t3.broken == []


def test_a_long_glued_review_row_is_cut_where_each_group_sums():
    """(a crawled-text probe: a wrong cell, 2 false errors) 表四 run together in 23 digits: some 320,000 ways into
    fifteen cells, the first 5,000 looked at. The ways in which each group's 总计 sums its four results are found
    directly: 行政复议 and 直接起诉 have one; 复议后起诉's 11 | 0 or 1 | 10 stays ambiguous."""
    head = "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉" \
           "结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计"
    t4 = read_t4(head + "93012244001705711003546五、存在的主要问题")
    assert [t4.cells[f"t4.review.{c}"].value for c in ("upheld", "corrected", "other", "pending", "total")] == \
        [9, 3, 0, 12, 24]
    assert [t4.cells[f"t4.lit_direct.{c}"].value for c in ("upheld", "corrected", "other", "pending", "total")] == \
        [40, 0, 17, 0, 57]
    assert t4.cells["t4.lit_after_review.upheld"].status == AMBIGUOUS
    assert set(t4.cells["t4.lit_after_review.upheld"].candidates) == {1, 11}
    assert t4.cells["t4.lit_after_review.total"].value == 46
    assert t4.broken == []


def test_a_glued_table_whose_cells_print_their_unit_is_a_table():
    """(a crawled-text probe: 未找到表三, no cell read) 表三 run together with 件 after every figure: 一、本年新收政府信息
    公开申请数量615件0件0件… was taken for a sentence that states the figure (…申请数量为40件，上年结转…); a figure
    right after the 件 makes it a row."""
    vals = [615, 0, 0, 0, 93, 0]
    text = re.sub(r"(件\d+)(?=[^\d件.])", r"\1件", _t3_flat({"new": vals, "granted": vals, "total_processed": vals},
                                                          sep="件"))
    assert "申请数量615件0件0件0件93件0件708件二、" in text
    t3 = read_t3(text)
    assert t3 is not None
    cols = ("natural", "commercial", "research", "social_welfare", "legal_service", "org_other", "total")
    assert [t3.cells[f"t3.new.{c}"].value for c in cols] == vals + [708]
    assert t3.broken == []
    assert read_t3("三、收到和处理政府信息公开申请情况本年新收政府信息公开申请数量为40件，上年结转3件。") is None


def test_a_glued_row_that_dropped_its_empty_cells_breaks_no_identity():
    """(a crawled-text probe: 2 false errors) 一、本年新收…241236: three figures of a row glued, its four empty cells
    dropped (24 | | 12 | | | | 36). Blank cells were put back two at most, one digit a cell, and every such reading
    broke the row's identity: a false error. The fewest lost cells that some reading keeps the identity with are put
    back now: the cells stay ambiguous, no error. Where the digits fill the row (1 0 0 0 0 0 0 under 自然人 … 总计), a
    broken identity is still the report's."""
    text = _t3_flat({"new": [24, 0, 12, 0, 0, 0], "granted": [24, 0, 12, 0, 0, 0],
                     "total_processed": [24, 0, 12, 0, 0, 0]})
    text = text.replace("2401200036", "241236")
    assert text.count("241236") == 3
    t3 = read_t3(text)
    assert t3.broken == []
    assert 24 in t3.cells["t3.new.natural"].candidates and t3.cells["t3.new.total"].value == 36
    wrong = _t3_flat({"new": [1, 0, 0, 0, 0, 0], "granted": [1, 0, 0, 0, 0, 0], "total_processed": [1, 0, 0, 0, 0, 0]})
    wrong = wrong.replace("一、本年新收政府信息公开申请数量1000001", "一、本年新收政府信息公开申请数量10 0 0 0 00")
    assert "T3-ROW-TOTAL" in [b.identity.rule for b in read_t3(wrong).broken]
