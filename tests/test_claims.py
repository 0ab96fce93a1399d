"""Claims: binding to the nearest keyword, plausible targets, statuses; parts lists and rates."""
from __future__ import annotations

import pytest
from population_common import report_with

from nlp.analysis import analyse


def _report(narrative: str, **cells):
    """A tab-layout report with invented tables (values given as key=value, "." written "__") and our narrative."""
    return report_with(narrative, {key.replace("__", "."): v for key, v in cells.items()})


def _claims(report):
    return {c.mention.surface: c for c in analyse(report).claims}


def test_received_matches_new_or_new_plus_carried():
    rep = _report("全年共收到政府信息公开申请5件，加上上年结转2件。", t3__new__natural=5, t3__new__total=5,
                  t3__carried_over__natural=2, t3__carried_over__total=2, t3__granted__natural=7,
                  t3__granted__total=7, t3__total_processed__natural=7, t3__total_processed__total=7)
    c = _claims(rep)
    assert c["5件"].status == "match" and c["5件"].matched == "t3.new.total"
    assert c["2件"].concept == "carried_over" and c["2件"].status == "match"


def test_nearest_keyword_in_clause():
    rep = _report("本年度行政复议2件，行政诉讼3件。", t4__review__upheld=2, t4__review__total=2,
                  t4__lit_direct__upheld=3, t4__lit_direct__total=3)
    c = _claims(rep)
    assert c["2件"].concept == "review" and c["2件"].status == "match"
    assert c["3件"].concept == "litigation" and c["3件"].status == "match"


def test_mismatch_is_an_error_with_evidence():
    rep = _report("全年共收到政府信息公开申请9件。", t3__new__natural=5, t3__new__total=5, t3__granted__natural=5,
                  t3__granted__total=5, t3__total_processed__natural=5, t3__total_processed__total=5)
    a = analyse(rep)
    errs = [f for f in a.findings if f.severity == "error"]
    assert [f.rule for f in errs] == ["NARRATIVE-MISMATCH"]
    assert errs[0].span == (rep.text.index("9件"), rep.text.index("9件") + 2)
    assert "t3.new.total" in errs[0].cells and "9件" in errs[0].evidence


def test_approximate_and_other_year_figures_are_not_errors():
    rep = _report("全年共收到政府信息公开申请约50件。上年共收到申请80件。", t3__new__natural=48, t3__new__total=48,
                  t3__granted__natural=48, t3__granted__total=48, t3__total_processed__natural=48,
                  t3__total_processed__total=48)
    c = _claims(rep)
    assert c["约50件"].status == "approx"
    assert c["80件"].status == "no_target"
    assert not [f for f in analyse(rep).findings if f.severity in ("error", "warning")]


def test_negated_zero_matches_empty_review_table():
    rep = _report("本年度未发生行政复议和行政诉讼。")
    c = _claims(rep)
    assert c["未发生行政复议和行政诉讼"].status == "match"


def test_a_rate_over_a_table_without_requests_contradicts_it():
    rep = _report("本年度政府信息公开申请办结率100%。")          # every 表三 cell 0: the rate has no denominator
    c = _claims(rep)["100%"]
    assert c.concept == "processing_rate" and c.status == "mismatch" and "分母为0" in c.note
    assert [f.rule for f in analyse(rep).findings if f.severity == "error"] == ["NARRATIVE-MISMATCH"]
    # with requests in the table the same sentence is checked as a rate, and agrees
    rep = _report("本年度政府信息公开申请办结率100%。", t3__new__natural=4, t3__new__total=4,
                  t3__granted__natural=4, t3__granted__total=4, t3__total_processed__natural=4,
                  t3__total_processed__total=4)
    assert _claims(rep)["100%"].status == "match"


def test_a_rate_over_no_requests_needs_printed_zeros_and_the_requests_as_its_subject():
    # the 办结率 of suggestions or hotline tickets is not the requests' rate: left unsure, never an error
    for other in ("办理人大代表建议15件，办结率100%。", "12345热线转办工单320件，办结率100%。"):
        rep = _report("本年度未收到政府信息公开申请。" + other)
        assert _claims(rep)["100%"].status != "mismatch"
    # a 表三 left blank says nothing about the denominator
    rep = _report("本年度政府信息公开申请办结率100%。")
    for key in ("t3.total_processed.total", "t3.new.total", "t3.carried_over.total"):
        rep = _with_cell(rep, key, "blank")
    assert _claims(rep)["100%"].status != "mismatch"


def test_answers_counted_in_tiao_are_unsure_not_a_contradiction():
    tables = {"t3__new__natural": 4, "t3__new__total": 4, "t3__granted__natural": 4, "t3__granted__total": 4,
              "t3__total_processed__natural": 4, "t3__total_processed__total": 4}
    c = _claims(_report("全年回应依申请公开信息5条。", **tables))["5条"]
    assert c.concept == "processed" and c.status == "ambiguous" and "未必等于申请件数" in c.note
    assert _claims(_report("全年回应依申请公开信息4条。", **tables))["4条"].status == "match"
    # published matters and combined counts in 条 bind to nothing in 表三/表四
    for text, fig in (("全年公开行政复议事项共12条。", "12条"), ("全年主动公开和答复依申请公开信息共计320条。", "320条")):
        assert _claims(_report(text, **tables))[fig].status == "no_target"


def test_info_fee_is_kept_apart_from_admin_fee():
    rep = _report("本年度收取信息处理费120元。", t2__admin_fee__amount_wan=5)
    c = _claims(rep)
    assert c["120元"].concept == "info_fee" and c["120元"].status == "no_target"


@pytest.mark.parametrize("narrative,rule,severity", [
    ("发布信息100条，其中政务动态40条、通知公告30条、其他信息20条。", "PARTS-SUM", "warning"),      # exhaustive
    ("发布信息100条，其中政务动态40条、通知公告30条。", "PARTS-PARTIAL", "info"),                # not shown exhaustive
    ("发布信息100条，其中政务动态70条、通知公告50条。", "PARTS-EXCEED", "warning"),
])
def test_parts_lists(narrative, rule, severity):
    found = [(f.rule, f.severity) for f in analyse(_report(narrative)).findings if f.rule.startswith("PARTS")]
    assert found == [(rule, severity)]


def test_a_change_is_not_the_total_a_list_after_it_breaks_down():
    """…较上年的90条增加10条。其中，…: the list is not of the 10 the change adds (a probe's PARTS-UNCLEAR named it)."""
    narrative = "发布信息100条，较上年的90条增加10条。其中，政务动态40条、通知公告30条。"
    found = [f.message for f in analyse(_report(narrative)).findings if f.rule.startswith("PARTS")]
    assert not any("“10条”" in m for m in found), found


@pytest.mark.parametrize("nested", ["其中不掌握相关信息9件、需另行制作2件",          # joined by 、
                                    "其中不掌握相关信息9件，需另行制作2件"])         # by commas, until they make it
def test_a_parts_own_qizhong_list_is_not_more_parts_of_the_total(nested):
    """办结40件，其中予以公开20件，无法提供11件，其中…9件、…2件，不予处理5件，其他处理4件: the list under 无法提供 breaks
    down that part, and the parts after it (其他处理 too: an outcome, not 'the other parts') still belong to the 40."""
    text = f"全年办结申请40件，其中予以公开20件，无法提供11件，{nested}，不予处理5件，其他处理4件。"
    parts = analyse(_report(text)).parts
    assert [(p.total.surface, [x.surface for x in p.parts]) for p in parts] == [
        ("40件", ["20件", "11件", "5件", "4件"]), ("11件", ["9件", "2件"])]
    assert not [f for f in analyse(_report(text)).findings if f.rule.startswith("PARTS") and f.severity != "info"]
    # a part's list that does not make the part: the parts after it are still the total's, and too many is a warning
    text = "全年办结申请40件，其中予以公开20件，不予处理5件，其中重复申请4件、信访类3件，其他处理15件。"
    parts = analyse(_report(text)).parts
    assert [(p.total.surface, [x.surface for x in p.parts]) for p in parts][0] == ("40件", ["20件", "5件", "15件"])
    assert [f.rule for f in analyse(_report(text)).findings if f.rule.startswith("PARTS")] == ["PARTS-EXCEED"]


def test_a_list_in_a_parenthesis_ends_with_it_and_the_list_after_it_breaks_down_the_total():
    parts = analyse(_report("发布信息90条（其中图片新闻20条、视频10条），按栏目分别为：政务动态50条、通知公告30条、"
                            "其他信息10条。")).parts
    assert [(p.total.surface, [x.surface for x in p.parts], p.exhaustive) for p in parts] == [
        ("90条", ["20条", "10条"], False), ("90条", ["50条", "30条", "10条"], True)]
    found = [(f.rule, f.severity) for f in analyse(_report("发布信息90条（其中图片新闻20条、视频10条），按栏目分别为："
                                                           "政务动态50条、通知公告30条、其他信息5条。")).findings
             if f.rule.startswith("PARTS")]
    assert found == [("PARTS-PARTIAL", "info"), ("PARTS-SUM", "warning")]


def test_a_group_named_in_a_parenthesised_part_is_not_the_group_of_the_outcomes_after_it():
    cells = dict(t4__lit_direct__upheld=2, t4__lit_direct__corrected=1, t4__lit_direct__total=3,
                 t4__lit_after_review__upheld=1, t4__lit_after_review__total=1)
    c = _claims(_report("本年度被提起行政诉讼4件（其中复议后起诉1件），审理结果分别为：维持3件、纠正1件。", **cells))
    assert c["3件"].targets[0] == "t4.lit_direct.upheld+t4.lit_after_review.upheld" and c["3件"].status == "match"
    assert c["1件"].status == "match"
    # named outside a parenthesis, the group still decides: 复议后起诉的案件维持1件
    c = _claims(_report("本年度被提起行政诉讼4件，其中复议后起诉的案件结果维持1件。", **cells))
    assert c["1件"].targets == ["t4.lit_after_review.upheld"] and c["1件"].status == "match"


def test_rates_checked_at_stated_precision():
    ok = analyse(_report("报送信息587条，采用信息520条，采用率89%。"))
    assert [r.consistent for r in ok.rates] == [True]
    bad = analyse(_report("报送信息587条，采用信息520条，采用率95%。"))
    assert [f.rule for f in bad.findings if f.severity == "warning"] == ["RATE-MISMATCH"]


@pytest.mark.parametrize("narrative,found", [
    # a sum stated after its parts
    ("全年被申请行政复议6件、被提起行政诉讼5件，合计13件。", ["PARTS-SUM"]),
    ("全年被申请行政复议六件、被提起行政诉讼五件，合计十一件。", []),
    ("新收申请20件，上年结转3件，共计需办理25件。", ["PARTS-SUM"]),
    ("新收申请20件，上年结转3件，共计需办理23件。", []),
    # after a 其中 the list's items are the parts, not the total before them; a change is no part
    ("本年度新收申请45件，其中网上申请30件、信函申请15件，合计45件。", []),
    ("本年度发布政策解读30篇，较上年增加5篇，图解10篇，合计40篇。", []),
    # the sum restated among what precedes it: which figures it sums is not clear, nothing is said
    ("本年度新收申请45件，网上申请30件、信函申请15件，合计45件。", []),
    # a change stated with both figures
    ("本年度新收政府信息公开申请460件，较2022年的422件增加48件。", ["CHANGE-MISMATCH"]),
    ("本年度新收政府信息公开申请460件，较2022年的422件增加38件。", []),
    ("本年度新收政府信息公开申请380件，比上年的400件减少20件。", []),
    ("本年度新收政府信息公开申请380件，比上年的400件增加20件。", ["CHANGE-MISMATCH"]),
    ("本年度新收政府信息公开申请460件，比上年的400件增长15%。", []),
    ("本年度新收政府信息公开申请460件，比上年的400件增长20%。", ["CHANGE-MISMATCH"]),
    # a change without the earlier figure is not checked here
    ("本年度新收政府信息公开申请460件，较上年增加48件。", []),
    # (a probe's false alarms) a sum word before a verb is "in all"; 两项 counts the parts; last year's figure and a
    # change are no parts; a breakdown among the figures that makes the sum another way; a chained comparison; a
    # current figure that ends a 其中 list
    ("全年新收申请460件、上年结转10件，共计办结458件，结转下年度12件。", []),
    ("全年新收申请460件，被申请行政复议6件、被提起行政诉讼5件，两项合计11件。", []),
    ("全年被申请行政复议6件，较上年的4件增加2件，被提起行政诉讼5件，合计11件。", []),
    ("全年收到行政复议申请6件，已审结5件，尚未审结1件，被提起行政诉讼5件，合计11件。", []),
    ("全年被申请行政复议6件，其中维持3件、纠正1件，被提起行政诉讼5件，合计11件。", []),
    ("本年度新收政府信息公开申请460件，较2022年的422件增加38件，较2021年的400件增加60件。", []),
    ("全年新收申请460件，其中自然人380件、法人或其他组织80件，较上年的422件增加38件。", []),
    # (its misses) parts in clauses of their own; 总数为; 上述…共计; 上年为; 持平; a percent after the change; 增幅
    ("本年度发生行政复议案件6件，行政诉讼案件5件，共计12件。", ["PARTS-SUM"]),
    ("全年被申请行政复议6件、被提起行政诉讼5件，案件总数为12件。", ["PARTS-SUM"]),
    ("全年被申请行政复议6件、被提起行政诉讼5件，上述案件共计14件。", ["PARTS-SUM"]),
    ("上年结转申请10件、本年新收申请460件，总共480件。", ["PARTS-SUM"]),
    ("本年度新收申请460件，上年为422件，增加48件。", ["CHANGE-MISMATCH"]),
    ("本年度新收申请460件，较上年的450件持平。", ["CHANGE-MISMATCH"]),
    ("本年度新收申请460件，较上年的422件增加38件，增长19.0%。", ["CHANGE-MISMATCH"]),
    ("本年度新收申请460件，较上年的400件增加60件，增幅为12%。", ["CHANGE-MISMATCH"]),
    ("本年度新收申请460件，与上年度的422件相比，增加了38件。", []),
    # (a review's finds) 基本持平 is roughly, 相当于 is no 相当; a half rounds up; 较为 is no comparison
    ("本年收到咨询101件，与上年的100件基本持平。", []),
    ("本年收到咨询200件，与上年的100件相比，相当于增长了一倍。", []),
    ("本年收到咨询217件，较上年的200件增长9%。", []),
    ("本年度受理咨询中，电话咨询10件、现场咨询4件、较为复杂的书面咨询5件，合计19件。", []),
    # 两项合计 straight after the last part (no comma)
    ("全年被申请行政复议6件和被提起行政诉讼5件两项合计12件。", ["PARTS-SUM"]),
    ("全年被申请行政复议6件和被提起行政诉讼5件两项合计11件。", []),
    # a sum opening the next sentence with its count (两类案件合计): the sentence before states exactly that many
    ("全年被申请行政复议6件，被提起行政诉讼5件。两类案件合计12件。", ["PARTS-SUM"]),
    ("全年被申请行政复议6件，被提起行政诉讼5件。两类案件合计11件。", []),
    ("全年被申请行政复议6件，其中维持3件、纠正1件，被提起行政诉讼5件。两类案件合计12件。", []),
    ("本年度受理申请6件，答复5件，转办3件。两类合计12件。", []),
    # the earlier figure of a year's end (较上年末的), or in brackets after the change (同比增加49件（上年为650件）)
    ("截至年底现行有效规范性文件98件，较上年末的78件增加22件。", ["CHANGE-MISMATCH"]),
    ("截至年底现行有效规范性文件98件，较上年末的78件增加20件。", []),
    ("全年共收到政府信息公开申请699件，同比增加59件（上年为650件）。", ["CHANGE-MISMATCH"]),
    ("全年共收到政府信息公开申请699件，同比增加49件（上年为650件）。", []),
    ("全年共收到政府信息公开申请699件，较上年增加49件（2022年：650件）。", []),
    ("全年共收到政府信息公开申请699件，同比增加59件（其中自然人申请50件）。", []),
    # last year's figure first, each figure in its clause
    ("上年收到申请100件，本年收到125件，增长20%。", ["CHANGE-MISMATCH"]),
    ("上年收到申请100件，本年收到125件，增长25%。", []),
    ("上年收到申请100件，本年收到125件，增加20件。", ["CHANGE-MISMATCH"]),
    ("2022年收到申请100件，今年收到申请125件，同比增长25%。", []),
    # parts without 其中: the whole's noun then 中 (…125件申请中，…), or a bracket of labelled figures after the whole
    ("全年收到的125件申请中，网上申请80件、信函申请30件、当面申请25件。", ["PARTS-EXCEED"]),
    ("全年收到的125件申请中，网上申请80件、信函申请30件、当面申请15件。", []),
    ("全年发布政策解读60篇（图文解读30篇、视频解读18篇、新闻发布会解读22篇）。", ["PARTS-EXCEED"]),
    ("全年发布政策解读60篇（图文解读30篇、视频解读18篇、新闻发布会解读12篇）。", []),
    ("全年收到申请699件（上年为650件、前年为600件）。", []),
    ("共收到申请12件，在办理过程中，予以公开8件，部分公开4件。", []),
    # an approximate total: only parts beyond its upper bound are wrong (近两千条: 2,000; 300余件: 400)
    ("全年发布信息近两千条，其中政策文件345条、工作动态1500条、通知公告500条。", ["PARTS-EXCEED"]),
    ("全年发布信息近两千条，其中政策文件345条、工作动态1000条、通知公告500条。", []),
    ("全年办理群众来信来访300余件，其中来信220件、来访190件。", ["PARTS-EXCEED"]),
    ("全年办理群众来信来访300余件，其中来信220件、来访180件。", []),
    ("全年收到申请超过100件，其中自然人80件、法人40件。", []),
    # shares stated for a list's parts (分别占): each part over the total the list breaks down
    ("全年新收申请699件，自然人申请531件、法人或其他组织申请168件，分别占75.97%和25.03%。", ["RATE-MISMATCH"]),
    ("全年新收申请699件，自然人申请531件、法人或其他组织申请168件，分别占75.97%和24.03%。", []),
    ("全年收到申请120件，其中网上申请60件、信函申请40件，分别占50%和33.3%。", []),
    ("全年收到申请120件，其中网上申请60件、信函申请40件，分别占50%和30%。", ["RATE-MISMATCH"]),
    ("全年新收申请699件，予以公开327件、部分公开96件，分别占47.4%和13.9%。", []),
    ("办结申请450件，公开300件，办结率和公开率分别为98%和60%。", []),
    # the share of the one part after 其中 (…，占X%): over the whole before it, at the share's precision
    ("组织开展业务培训3次，其中线上培训1次，占34%。", ["RATE-MISMATCH"]),
    ("组织开展业务培训3次，其中线上培训1次，占33.3%。", []),
    ("政务微博全年发布信息860条，其中原创信息516条，占比70%。", ["RATE-MISMATCH"]),
    ("政务微博全年发布信息860条，其中原创信息516条，占比60%。", []),
    ("政务微博全年发布信息860条，其中原创信息516条（占总数的60%）。", []),
    ("政务微博全年发布信息860条，转发其他账号300条，其中原创信息516条，占70%。", []),     # (two figures before)
    # two rates: a change in percentage points is checked; one in percent may be relative, nothing is said
    ("本年度申请办结率为96.40%，较上年的93.40%提高3个百分点。", []),
    ("本年度申请办结率为96.40%，较上年的93.40%提高2个百分点。", ["CHANGE-MISMATCH"]),
    ("本年度公开率为61.5%，比2022年的64.0%下降2.5个百分点。", []),
    ("本年度公开率为61.5%，比2022年的64.0%下降3.5个百分点。", ["CHANGE-MISMATCH"]),
    ("本年度公开率为61.5%，比2022年的64.0%下降3.9%。", []),
    # a rate after a 其中 list is still the rate compared
    ("全年办结申请690件，其中，予以公开和部分公开423件，公开率为61.3%，较上年的58.1%提高2.3个百分点。", ["CHANGE-MISMATCH"]),
    ("全年办结申请690件，其中，予以公开和部分公开423件，公开率为61.3%，较上年的58.1%提高3.2个百分点。", []),
])
def test_narrative_arithmetic_sums_and_changes(narrative, found):
    """Arithmetic the narrative states with all its figures: a sum after its parts (合计/共计), and a change with both
    figures (460件，较2022年的422件增加48件): a warning when the figures do not give it."""
    findings = [f for f in analyse(_report(narrative)).findings
                if f.rule in ("PARTS-SUM", "PARTS-EXCEED", "CHANGE-MISMATCH", "RATE-MISMATCH")]
    assert [f.rule for f in findings] == found
    assert all(f.severity == "warning" and f.span and f.evidence for f in findings)


def test_a_rate_the_table_confirms_is_no_rate_mismatch_and_a_year_opening_a_sentence_scopes_it():
    """办结率97.4% after 新收460件，办结458件: the sentence's own figures give 99.6%, but the table's 458/(460+10) is the
    rate stated (its base includes the 上年结转 the sentence leaves out): no RATE-MISMATCH. And 2022年被申请行政复议4件，
    被提起行政诉讼3件: last year's figures, both clauses (not only the one the year opens)."""
    cells = dict(t3__new__total=460, t3__carried_over__total=10, t3__total_processed__total=458,
                 t3__carried_forward__total=12, t4__review__upheld=6, t4__review__total=6,
                 t4__lit_direct__upheld=5, t4__lit_direct__total=5)
    found = [f.rule for f in analyse(_report("全年新收申请460件，办结458件，办结率97.4%。", **cells)).findings
             if f.severity != "info"]
    assert found == []
    found = [f.rule for f in analyse(_report("全年新收申请460件，办结458件，办结率95.0%。", **cells)).findings
             if f.severity != "info"]
    assert "RATE-MISMATCH" in found
    found = [f.rule for f in analyse(_report("2022年被申请行政复议4件，被提起行政诉讼3件。", **cells)).findings
             if f.severity != "info"]
    assert found == []


def test_a_sum_after_its_parts_names_what_they_make():
    f = next(f for f in analyse(_report("全年被申请行政复议6件、被提起行政诉讼5件，合计13件。")).findings
             if f.rule == "PARTS-SUM")
    assert (f.expected, f.stated) == (11, 13) and "11" in f.message and "13" in f.message


def test_synthetic_injected_discrepancies_found_and_no_false_alarms():
    from nlp.synth_eval import evaluate
    res = evaluate(36, seed=5)
    assert res.false_alarms == 0
    assert res.recall >= 0.95


def _with_cell(report, key, status, candidates=()):
    from dataclasses import replace

    from nlp.types import Cell
    cells = dict(report.cells)
    cells[key] = Cell(key, None, "".join(str(int(c)) for c in candidates[-1:]), status, tuple(candidates))
    return replace(report, cells=cells)


def test_ambiguous_cells_whose_every_reading_disagrees_contradict_the_figure():
    """A cell read ambiguously (digits run together): a figure equal to none of its readings is a mismatch
    (an error naming the readings); equal to one of them, a match; a missing cell leaves it unresolved."""
    from nlp.narrative_checks import narrative_findings
    from nlp.types import AMBIGUOUS, MISSING
    key = "t2.normative_doc.in_force"
    rep = _with_cell(_report("本机关现行有效规范性文件424件。"), key, AMBIGUOUS, (9, 89))
    c = _claims(rep)["424件"]
    assert c.concept == "normative_in_force" and c.status == "mismatch"
    assert c.possible == {key: [9.0, 89.0]}
    finding = next(f for f in narrative_findings(analyse(rep)) if f.rule == "NARRATIVE-MISMATCH")
    assert finding.severity == "error" and "9或89" in finding.message
    rep = _with_cell(_report("本机关现行有效规范性文件89件。"), key, AMBIGUOUS, (9, 89))
    assert _claims(rep)["89件"].status == "match"
    rep = _with_cell(_report("本机关现行有效规范性文件424件。"), key, MISSING)
    assert _claims(rep)["424件"].status == "ambiguous"
    rep = _with_cell(_report("本机关现行有效规范性文件约400件。"), key, AMBIGUOUS, (9, 89))
    assert _claims(rep)["约400件"].status == "ambiguous"               # an approximate figure stays unsure


def test_ambiguous_cells_with_a_blank_reading_or_one_number_stay_unsure_or_allow_zero():
    """A tied reading that leaves the cell blank counts as 0 (its raw text shows it); an ambiguous cell with a
    single number may hide such a reading and is not called a contradiction."""
    from nlp.types import AMBIGUOUS
    key = "t2.normative_doc.in_force"
    rep = _with_cell(_report("本机关现行有效规范性文件0件。"), key, AMBIGUOUS, (89,))
    assert _claims(rep)["0件"].status == "ambiguous"
    rep = _with_cell(_report("本机关现行有效规范性文件0件。"), key, AMBIGUOUS, (9, 89))
    cells = dict(rep.cells)
    cells[key] = cells[key].__class__(key, None, "|9|89", AMBIGUOUS, (9, 89))      # one reading is blank
    from dataclasses import replace
    c = _claims(replace(rep, cells=cells))["0件"]
    assert c.status == "match" and 0.0 in c.possible[key]


def test_fee_in_yuan_equal_to_an_ambiguous_wan_cell_is_a_unit_question():
    from nlp.types import AMBIGUOUS
    rep = _with_cell(_report("本年度收取行政事业性收费12.5元。"), "t2.admin_fee.amount_wan", AMBIGUOUS, (2.5, 12.5))
    c = next(c for c in analyse(rep).claims if c.concept == "admin_fee")
    assert c.status == "unit"


def test_a_figure_about_a_part_is_unsure_but_a_plain_one_still_contradicts():
    tables = {"t3__new__natural": 9, "t3__new__total": 9, "t3__granted__natural": 9, "t3__granted__total": 9,
              "t3__total_processed__natural": 9, "t3__total_processed__total": 9}
    plain = _claims(_report("通过依申请公开系统收到政府信息公开申请12件。", **tables))["12件"]
    assert plain.status == "mismatch"
    whole = _claims(_report("全省邮政管理系统共收到政府信息公开申请137件。", **tables))["137件"]
    assert whole.status == "ambiguous" and "下属单位" in whole.note
    part = _claims(_report("自然人的12件申请中，予以公开5件。", **tables))["5件"]
    assert part.status == "ambiguous"


def _requests(new: int, carried: int, processed: int, forward: int, **more) -> dict:
    """表三 cells that keep the identities (every figure from natural persons; ``processed`` all granted)."""
    cells = {}
    for row, v in (("new", new), ("carried_over", carried), ("granted", processed), ("total_processed", processed),
                   ("carried_forward", forward)):
        cells[f"t3__{row}__natural"] = cells[f"t3__{row}__total"] = v
    return {**cells, **more}


def test_the_information_processing_fee_is_never_table_2s_fee():
    """信息处理费 (section 六's fee) is not 表二's 行政事业性收费, also when its sentence says 收费金额."""
    rep = _report("本年度未收取信息处理费，信息处理费收费金额为0元。", t2__admin_fee__amount_wan=3.6)
    c = _claims(rep)
    assert c["0元"].concept == "info_fee" and c["0元"].status == "no_target"
    assert not [f for f in analyse(rep).findings if f.severity == "error"]
    rep = _report("本年度行政事业性收费金额为0元。", t2__admin_fee__amount_wan=3.6)
    assert _claims(rep)["0元"].status == "mismatch"


def test_disclosures_split_by_mode_are_not_requests():
    """A total of disclosed information broken down into 依申请公开 and 主动公开 counts information, not requests;
    依申请公开 on its own beside 主动公开 figures still counts requests."""
    cells = _requests(12, 0, 12, 0)
    c = _claims(_report("全年公开政府信息共118件，其中依申请公开12件、主动公开106件。", **cells))
    assert c["12件"].status == "no_target" and "公开方式" in c["12件"].note
    c = _claims(_report("全年主动公开政府信息106条；办理依申请公开12件。", **cells))
    assert c["12件"].status == "match" and c["12件"].matched == "t3.new.total"


def test_a_date_of_another_year_opening_the_sentence_sets_its_time():
    cells = _requests(10, 0, 8, 2)
    c = _claims(_report("2024年1月，上述2件结转申请已全部答复完毕。", **cells))
    assert c["2件"].status == "no_target" and "其他年度" in c["2件"].note
    c = _claims(_report("2023年，本局共办结政府信息公开申请8件。", **cells))
    assert c["8件"].status == "match"


def test_concluded_is_the_tables_processed_total_only():
    """办结N件 is 办理结果总计: a figure equal to what was received, but not to what was concluded, is wrong."""
    cells = _requests(40, 3, 42, 1)
    rep = _report("本年度新收申请40件，已办结40件。", **cells)
    c = [cl for cl in analyse(rep).claims if cl.concept == "processed"]
    assert len(c) == 1 and c[0].status == "mismatch" and list(c[0].targets) == ["t3.total_processed.total"]
    c = [cl for cl in analyse(_report("本年度新收申请40件，已办结42件。", **cells)).claims if cl.concept == "processed"]
    assert c[0].status == "match"


def test_all_of_them_not_corrected_covers_every_group_named():
    """被申请行政复议2件，被提起行政诉讼1件，均未被纠错: 均 covers review and litigation, summed."""
    t4 = dict(t4__review__corrected=1, t4__review__upheld=1, t4__review__total=2, t4__lit_direct__upheld=1,
              t4__lit_direct__total=1)
    rep = _report("被申请行政复议2件，被提起行政诉讼1件，均未被纠错。", **t4)
    c = _claims(rep)["未被纠错"]
    assert c.status == "mismatch" and list(c.targets) == ["t4.review.corrected+t4.lit_direct.corrected+"
                                                          "t4.lit_after_review.corrected"]
    t4.update(t4__review__corrected=0, t4__review__upheld=2)
    assert _claims(_report("被申请行政复议2件，被提起行政诉讼1件，均未被纠错。", **t4))["未被纠错"].status == "match"


def test_every_part_listed_after_qizhong_has_the_lists_context():
    """A long list after 其中 whose head names 申请 further back than the context window: its last parts are
    checked like its first."""
    cells = {f"t3__{k}__{c}": v for k, v in (("new", 75), ("carried_over", 2), ("granted", 60), ("partial", 3),
                                              ("denied__state_secret", 2), ("unable__not_held", 1),
                                              ("not_processed__duplicate", 5), ("other__other", 2),
                                              ("total_processed", 73), ("carried_forward", 4))
             for c in ("natural", "total")}
    narrative = ("本年度共收到政府信息公开申请75件，另有上年结转2件。经过各科室的共同努力，我们全部按照法定的时限和程序，"
                 "认真细致地做好了审核、答复和送达的各个环节，确保每一件都依法依规、及时准确、规范有序地办理到位，"
                 "全年共办结73件，其中予以公开60件、部分公开3件、不予公开2件、无法提供1件、不予处理9件、其他处理2件。")
    claims = analyse(_report(narrative, **cells)).claims
    by = {c.mention.surface: c for c in claims if c.mention.start > _report(narrative, **cells).text.index("其中")}
    assert by["60件"].status == "match" and by["1件"].status == "match"
    assert by["9件"].concept == "not_processed" and by["9件"].status == "mismatch"


@pytest.mark.parametrize("said, fee, status", [
    ("12,345.6元", 1.2346, "approx"), ("1.23万元", 1.2346, "approx"), ("12346元", 1.2346, "match"),
    ("1.2346万元", 1.2346, "match"), ("2万元", 1.2346, "mismatch"), ("12,000元", 1.2346, "mismatch"),
    ("一万二千元", 1.2346, "mismatch"),          # Chinese numerals state an amount exactly
    ("300元", 0, "mismatch"),                   # a table 0 is exact: no fee taken
    ("1.2万元", 1.2346, "approx")])             # tenths of 万
def test_a_fee_agrees_at_the_precision_either_side_prints(said, fee, status):
    """表二 prints 万元 to its own decimals (1.2346); the narrative in 元 or rounded 万元 agrees within the rounding
    of the coarser of the two, and says so (approx, not a plain match)."""
    rep = _report(f"本年度收取行政事业性收费{said}。", t2__admin_fee__amount_wan=fee)
    c = [cl for cl in analyse(rep).claims if cl.concept == "admin_fee"]
    assert len(c) == 1 and c[0].status == status


def test_a_colon_that_opens_the_figure_keeps_its_keyword():
    cells = _requests(68, 0, 68, 0)
    c = _claims(_report("全年共计收到政府信息公开申请：68件。", **cells))
    assert c["68件"].status == "match" and c["68件"].matched == "t3.new.total"


def test_review_named_without_xingzheng():
    """被申请复议 / 复议案件 are 行政复议 (表四's review group); 复议后起诉 stays litigation."""
    rep = _report("本年度被申请复议2件，被起诉1件。", t4__review__upheld=2, t4__review__total=2,
                  t4__lit_direct__upheld=1, t4__lit_direct__total=1)
    c = _claims(rep)
    assert (c["2件"].concept, c["2件"].status) == ("review", "match")
    assert (c["1件"].concept, c["1件"].status) == ("litigation", "match")


def test_all_of_them_covers_only_its_part_of_the_sentence():
    """…撤销原答复；行政诉讼1件，均未被纠错: after the ；, 均 is about litigation alone."""
    rep = _report("本年度行政复议案件被依法撤销原答复；行政诉讼1件，均未被纠错。", t4__review__corrected=1,
                  t4__review__total=1, t4__lit_direct__upheld=1, t4__lit_direct__total=1)
    assert _claims(rep)["未被纠错"].status == "match"


def test_a_leading_date_does_not_hide_a_figure_of_the_report_year():
    cells = _requests(10, 0, 10, 0)
    c = _claims(_report("2024年1月，经统计，本机关2023年共收到政府信息公开申请10件。", **cells))
    assert c["10件"].status == "match"


def test_the_context_of_a_list_after_qizhong_reaches_only_as_far_as_the_list():
    """Prose after a 其中 list is no part of it: a figure far from any 申请 there has no request target."""
    filler = "我局还认真办理了人大代表建议和政协委员提案，积极回应社会关切，" * 4
    rep = _report(f"收到政府信息公开申请10件，其中自然人10件，{filler}全年共办结35件。", **_requests(10, 0, 10, 0))
    assert _claims(rep)["35件"].status == "no_target"


_T4 = dict(t4__review__upheld=1, t4__review__other=1, t4__review__total=2, t4__lit_direct__upheld=1,
           t4__lit_direct__total=1)
_DOCS = dict(t2__normative_doc__issued=5, t2__normative_doc__repealed=4, t2__licensing__decisions=12987)


@pytest.mark.parametrize("narrative, figure, status, target", [
    # a count printed in 万 is the table's figure rounded to the digits printed
    ("全年作出行政许可决定1.3万件。", "1.3万件", "approx", "t2.licensing.decisions"),
    ("全年作出行政许可决定1.5万件。", "1.5万件", "mismatch", None),
    # a part of the year is no year's total
    ("第三季度收到政府信息公开申请30件。", "30件", "no_target", None),
    ("上半年共办结申请50件。", "50件", "no_target", None),
    ("1至6月受理申请40件。", "40件", "no_target", None),
    ("1至12月共收到政府信息公开申请124件。", "124件", "match", "t3.new.total"),
    # 全年累计 sums this year; several years' 累计 does not
    ("全年累计收到政府信息公开申请124件。", "124件", "match", "t3.new.total"),
    ("全年累计收到政府信息公开申请150件。", "150件", "mismatch", None),
    ("近三年累计收到申请300件。", "300件", "no_target", None),
    # what else is received or answered
    ("答复群众电话咨询260件。", "260件", "no_target", None),
    ("受理不动产档案查询申请900件。", "900件", "no_target", None),
    # outcomes of 表四 that end a case without upholding or correcting
    ("行政复议申请人撤回复议申请1件。", "1件", "match", "t4.review.other"),
    # two different actions on documents in one figure; one action in two verbs
    ("制定和废止规范性文件9件。", "9件", "no_target", None),
    ("制定并印发行政规范性文件5件。", "5件", "match", "t2.normative_doc.issued"),
    # requests on one topic or of one kind are a part; 有关政府信息公开的 and 各类 are every request
    ("收到涉及房屋征收的政府信息公开申请40件。", "40件", "no_target", None),
    ("收到关于惠企政策方面的信息公开申请9件。", "9件", "no_target", None),
    ("收到的疑难复杂件7件均经集体会商。", "7件", "no_target", None),
    ("收到有关政府信息公开的申请124件。", "124件", "match", "t3.new.total"),
    ("收到各类政府信息公开申请124件。", "124件", "match", "t3.new.total"),
    # one way of asking or answering is a part; several named, or one with 等, are the whole
    ("通过信函答复申请20件，当面答复申请15件。", "20件", "no_target", None),
    ("通过信函答复申请20件，当面答复申请15件。", "15件", "no_target", None),
    ("通过网上、信函等方式共收到申请124件。", "124件", "match", "t3.new.total"),
    # a level stated after the clause that names it
    ("本年度政府信息公开申请量较上年有所增加，共计124件。", "124件", "match", "t3.new.total"),
    ("本年度政府信息公开申请量较上年有所增加，共计150件。", "150件", "mismatch", None),
    # review cases of every kind (表四 counts the disclosure cases only), and the disclosure cases among them
    ("本局作为被申请人的各类行政复议案件共30件，其中涉及政府信息公开的2件。", "30件", "no_target", None),
    ("本局作为被申请人的各类行政复议案件共30件，其中涉及政府信息公开的2件。", "2件", "match", "t4.review.total"),
    ("全市共受理行政复议案件150件，审结140件。", "150件", "no_target", None),
    ("涉及征地补偿的行政复议申请12件。", "12件", "no_target", None),
    # a court's instance: one case may be counted at first and second instance
    ("行政诉讼经一审判决驳回原告诉讼请求2件，二审维持原判3件。", "2件", "no_target", None),
    ("行政诉讼1件，一审判决驳回原告诉讼请求1件。", "1件", "match", "t4.lit_direct.upheld+t4.lit_after_review.upheld"),
    # (a review of the rules above with fresh eyes) the disclosure cases, named so, stay compared
    ("因申请公开政府信息引起的行政复议案件3件。", "3件", "mismatch", None),
    ("全年共发生各类政府信息公开行政复议案件2件。", "2件", "match", "t4.review.total"),
    ("行政复议和行政诉讼案件共20件，其中涉及政府信息公开的3件。", "20件", "no_target", None),
    ("行政复议和行政诉讼案件共20件，其中涉及政府信息公开的3件。", "3件", "match",
     "t4.review.total+t4.lit_direct.total+t4.lit_after_review.total"),
    # a reason's figure whose next clause counts a part of it with a figure of its own is not the row's
    ("涉及第三方合法权益的申请5件，其中不予公开3件。", "5件", "no_target", None),
    # every request, however worded
    ("全年共收到政府信息公开类申请124件。", "124件", "match", "t3.new.total"),
    ("收到有关单位转办的政府信息公开申请150件。", "150件", "mismatch", None),
    ("全年共收到书面政府信息公开申请124件。", "124件", "match", "t3.new.total"),
    ("截至2023年12月份本机关共收到政府信息公开申请124件。", "124件", "match", "t3.new.total"),
    ("本年度政府信息公开申请数量与上年基本持平，共计124件。", "124件", "match", "t3.new.total"),
    # parts, still
    ("多年累计收到政府信息公开申请300件。", "300件", "no_target", None),
    ("对涉及征收补偿的申请，均依法予以公开，共12件。", "12件", "no_target", None),
    ("收到敏感复杂申请12件。", "12件", "no_target", None),
    ("12月份单月新收申请11件。", "11件", "no_target", None),
    ("1月至6月受理申请40件。", "40件", "no_target", None),
    # a body's own offices set apart from its system: a part, unsure (本机关 is the whole)
    ("局机关收到的申请中，自然人申请29件。", "29件", "ambiguous", None),
    ("本机关收到的申请中，自然人申请29件。", "29件", "mismatch", None),
])
def test_what_a_figure_is_of(narrative, figure, status, target):
    """Forms a probe with invented reports found bound to the wrong cell or to none (class in the comment)."""
    c = _claims(_report(narrative, **_requests(124, 6, 124, 6), **_T4, **_DOCS))[figure]
    assert c.status == status, (c.concept, c.targets, c.note)
    if target:
        assert c.matched == target


@pytest.mark.parametrize("sentence, status, target", [
    # a cause that ends in no outcome names a reason: the next clause says what became of them
    ("其中6件因需征求第三方意见延期答复，结转至2024年办理。", "match", "t3.carried_forward.total"),
    ("其中6件因涉及第三方权益需书面征求意见，顺延至2024年答复。", "match", "t3.carried_forward.total"),
    ("其中7件因涉及第三方权益需书面征求意见，顺延至2024年答复。", "mismatch", None),
    # 未办结 is not 办结; a parenthesised figure is its own label's (其他情形（2件）: not 逾期未补正's)
    ("对6件未办结申请，已告知申请人延期答复。", "no_target", None),
    ("其他处理2件，主要为申请人逾期未补正（4件）及其他情形（2件）。", "no_target", None),
])
def test_the_carried_forward_requests_explained_after_the_figure(sentence, status, target):
    """(a probe's false alarms) Requests carried forward explained in prose after their figure: 其中N件因…，结转至…
    is carried forward, not 办结 nor the refusal row its reason names."""
    narrative = "全年新收政府信息公开申请124件，结转下年度继续办理6件。" + sentence
    report = _report(narrative, **_requests(124, 6, 124, 6))
    at = report.text.index(narrative) + len(narrative) - len(sentence)
    c = [c for c in analyse(report).claims if at <= c.mention.start < at + len(sentence)][-1]
    assert c.status == status, (c.concept, c.targets, c.note)
    if target:
        assert c.matched == target


def test_a_reason_stated_before_the_figure_and_the_outcome_after_it_names_the_row():
    """属于…的N件，依法不予公开: the reason names the row, the next clause the group (both agree, or it contradicts)."""
    cells = _requests(10, 0, 10, 0, t3__denied__internal_affairs__natural=2, t3__denied__internal_affairs__total=2,
                      t3__granted__natural=8, t3__granted__total=8)
    c = _claims(_report("属于三类内部事务信息的2件，经审查依法不予公开。", **cells))["2件"]
    assert c.concept == "denied" and c.status == "match" and "t3.denied.internal_affairs.total" in c.targets
    c = _claims(_report("属于三类内部事务信息的3件，经审查依法不予公开。", **cells))["3件"]
    assert c.status == "mismatch"
    # the figure is the row's, not the group's: 3 is every request not disclosed, not those about internal affairs
    more = {**cells, "t3__denied__process_info__natural": 1, "t3__denied__process_info__total": 1,
            "t3__granted__natural": 7, "t3__granted__total": 7}
    c = _claims(_report("属于三类内部事务信息的3件，经审查依法不予公开。", **more))["3件"]
    assert c.status == "mismatch" and c.targets == ["t3.denied.internal_affairs.total"]
    # the next clause saying another outcome: not this group's figure
    c = _claims(_report("属于三类内部事务信息的2件，已告知申请人。", **cells))["2件"]
    assert c.status == "no_target"


def test_the_concepts_a_clause_may_name_are_read_from_its_characters():
    """HINT_BITS / HINT_ALWAYS give, for a clause, exactly the concepts whose required characters it holds."""
    from nlp.claims import CONCEPT_HINTS, CONCEPTS, HINT_ALWAYS, HINT_BITS
    clauses = ["本年度收到政府信息公开申请", "上年结转", "行政复议和行政诉讼", "规范性文件", "", "abc 12",
               "其中予以公开", "不予公开的", "自然人申请", "因信息不存在无法提供", "行政处罚决定"]
    assert any(h is None for h in CONCEPT_HINTS.values()) == bool(HINT_ALWAYS)
    for clause in clauses:
        named = HINT_ALWAYS
        for ch in set(clause):
            named |= HINT_BITS.get(ch, 0)
        expected = {c.key for c in CONCEPTS
                    if CONCEPT_HINTS[c.key] is None or not CONCEPT_HINTS[c.key].isdisjoint(clause)}
        assert {c.key for i, c in enumerate(CONCEPTS) if named >> i & 1} == expected, clause


@pytest.mark.parametrize("sentence, status", [
    ("全年新收政府信息公开申请超过50件。", "outside"),       # the table has 46
    ("全年新收政府信息公开申请近40件。", "outside"),
    ("全年新收政府信息公开申请60余件。", "outside"),
    ("全年新收政府信息公开申请40余件。", "approx"),
    ("全年新收政府信息公开申请近50件。", "approx"),
    ("全年新收政府信息公开申请约50件。", "approx"),          # 约50: 45 to 55
    ("全年新收政府信息公开申请约60件。", "outside"),
])
def test_an_approximation_whose_range_leaves_out_the_table_is_a_warning(sentence, status):
    """超过50件, 近40件, 60余件 for a table's 46 say the figure is elsewhere: a warning (approximations are loosely
    written: not an error), stating the range the words give; inside its range an approximation agrees."""
    rep = _report(sentence, t3__new__natural=46, t3__new__total=46, t3__granted__natural=46, t3__granted__total=46,
                  t3__total_processed__natural=46, t3__total_processed__total=46)
    claim = next(c for c in analyse(rep).claims if c.concept == "requests")
    assert claim.status == status
    found = [(f.rule, f.severity) for f in analyse(rep).findings if f.severity != "info"]
    assert found == ([("NARRATIVE-APPROX-OUTSIDE", "warning")] if status == "outside" else [])


def _rate_cells(**more):
    return dict(t3__new__natural=125, t3__new__total=125, t3__carried_over__natural=5, t3__carried_over__total=5,
                t3__granted__natural=120, t3__granted__total=120, t3__total_processed__natural=120,
                t3__total_processed__total=120, t3__carried_forward__natural=10, t3__carried_forward__total=10, **more)


@pytest.mark.parametrize("narrative, status", [
    ("全年申请办结率为96%。", "match"),                # 120 of the 125 new requests (5 more carried over)
    ("全年申请办结率为92.3%。", "match"),              # 120 of 125 + 5
    ("全年申请办结率为94%。", "mismatch"),
    ("全年申请办结率为100%。", "mismatch"),            # 10 carried forward, still open: not every request was handled
])
def test_a_processing_rate_may_be_over_this_years_new_requests(narrative, status):
    rep = _report(narrative, **_rate_cells())
    claim = next(c for c in analyse(rep).claims if c.mention.kind == "percent")
    assert claim.status == status


def test_a_rate_over_its_stated_base_is_checked_though_new_requests_alone_give_it():
    """应办结130件，实际办结120件，办结率96%: 96% is 120 of the 125 new requests, but the sentence says what it is over."""
    findings = [f for f in analyse(_report("全年应办结申请130件，实际办结120件，办结率96%。", **_rate_cells())).findings
                if f.rule == "RATE-MISMATCH"]
    assert [(f.stated, f.expected) for f in findings] == [(96, 92.31)]


@pytest.mark.parametrize("narrative, figure", [
    ("月均受理申请10.4件。", "10.4件"),
    ("平均每个工作日受理申请0.5件。", "0.5件"),
    ("每季度平均发生行政复议1.5件。", "1.5件"),
    ("每月收到申请5至15件不等。", "5至15件"),
])
def test_averages_and_counts_per_period_are_no_table_figures(narrative, figure):
    """A count per month (quarter, working day) or an average is no annual cell: no target, no finding."""
    a = analyse(_report(narrative, **_rate_cells(t4__review__upheld=6, t4__review__total=6)))
    claim = next(c for c in a.claims if c.mention.surface == figure)
    assert claim.status == "no_target" and claim.note
    assert not [f for f in a.findings if f.severity in ("error", "warning")]
