"""Claims for the forms added after the E/F annotation round: 表四 outcome cells, shares of 表三 outcomes,
结转下年度 phrasings, 规章 issued, 条/项-counted requests, category lists and catalogue items, and
targets of the 2019 procurement block. Every sentence is invented."""
from __future__ import annotations

import random

import pytest

import nlp
from nlp import synth
from nlp.analysis import analyse


def _report(narrative: str, fmt: str = "2021", **cells):
    """A tab-layout report with invented tables (all zero but the cells given) and our narrative."""
    rng = random.Random(0)
    values = synth.random_tables(rng, fmt)
    for k in values:
        values[k] = 0
    for key, v in cells.items():
        values[key.replace("__", ".")] = v
    text = synth.render_report(values, fmt=fmt, layout="tsv", rng=rng, body="云溪县测试局",
                               year=2023 if fmt == "2021" else 2020)
    _, _, rest = text.partition("## 二、")
    year = 2023 if fmt == "2021" else 2020
    text = f"# 云溪县测试局{year}年政府信息公开工作年度报告\n\n## 一、总体情况\n\n{narrative}\n\n## 二、" + rest
    return nlp.read_report(text.encode("utf-8"), name="r.md")


def _claims(report):
    return {c.mention.surface: c for c in analyse(report).claims}


def _t4(**kw):
    """表四 cells that keep the group identities."""
    cells = {}
    for group in ("review", "lit_direct", "lit_after_review"):
        total = 0
        for col in ("upheld", "corrected", "other", "pending"):
            v = kw.get(f"{group}_{col}", 0)
            cells[f"t4__{group}__{col}"] = v
            total += v
        cells[f"t4__{group}__total"] = total
    return cells


def _seq(report):
    return [(c.mention.surface, c.concept, c.status, c.matched) for c in analyse(report).claims]


def test_t4_outcomes_follow_the_group_named_before_them():
    rep = _report("本年度涉及信息公开的行政复议9件，其中结果维持4件，结果纠正2件，其他结果1件，尚未审结2件；"
                  "行政诉讼6件，其中维持3件，其他结果2件，尚未审结1件。",
                  **_t4(review_upheld=4, review_corrected=2, review_other=1, review_pending=2,
                        lit_direct_upheld=2, lit_after_review_upheld=1, lit_direct_other=2, lit_after_review_pending=1))
    lit = "t4.lit_direct.{0}+t4.lit_after_review.{0}"
    assert _seq(rep) == [
        ("9件", "review", "match", "t4.review.total"),
        ("4件", "t4_upheld", "match", "t4.review.upheld"),
        ("2件", "corrected", "match", "t4.review.corrected"),
        ("1件", "t4_other", "match", "t4.review.other"),
        ("2件", "t4_pending", "match", "t4.review.pending"),
        ("6件", "litigation", "match", "t4.lit_direct.total+t4.lit_after_review.total"),
        ("3件", "t4_upheld", "match", lit.format("upheld")),
        ("2件", "t4_other", "match", lit.format("other")),
        ("1件", "t4_pending", "match", lit.format("pending")),
    ]


def test_t4_outcome_of_a_named_litigation_kind():
    rep = _report("复议后起诉的行政诉讼2件，均为维持2件。", **_t4(lit_after_review_upheld=1, lit_direct_upheld=1))
    assert _seq(rep)[-1] == ("2件", "t4_upheld", "mismatch", None)   # 复议后起诉 holds 1, not 2


def test_t4_outcome_that_disagrees_is_an_error():
    rep = _report("被申请行政复议3件，其中维持原行政行为3件。", **_t4(review_upheld=2, review_corrected=1))
    assert _seq(rep)[1] == ("3件", "t4_upheld", "mismatch", None)
    errs = [f for f in analyse(rep).findings if f.severity == "error"]
    assert [f.rule for f in errs] == ["NARRATIVE-MISMATCH"] and "t4.review.upheld" in errs[0].cells


def test_review_total_also_compares_with_the_sum_of_its_outcomes():
    # the table's own 总计 cell is wrong (the table check reports it); the narrative agrees with the row
    cells = _t4(review_upheld=1)
    cells["t4__review__total"] = 0
    rep = _report("因政府信息公开引发行政复议1起，结果为维持。", **cells)
    c = _claims(rep)
    assert c["1起"].concept == "review" and c["1起"].status == "match"


def test_shares_of_outcomes():
    rep = _report("本年度办结政府信息公开申请20件，其中予以公开12件，占60%；不予公开5件，占比25.00%；"
                  "无法提供3件，占全部申请的15%。",
                  t3__new__natural=20, t3__new__total=20, t3__granted__natural=12, t3__granted__total=12,
                  t3__denied__third_party__natural=5, t3__denied__third_party__total=5,
                  t3__unable__not_held__natural=3, t3__unable__not_held__total=3,
                  t3__total_processed__natural=20, t3__total_processed__total=20)
    c = _claims(rep)
    for pct in ("60%", "25.00%", "15%"):
        assert c[pct].concept == "share" and c[pct].status == "match", pct
    assert c["60%"].matched == "(t3.granted.total)/t3.total_processed.total*100"


def test_wrong_share_is_an_error_and_unrelated_percent_is_not_a_share():
    rep = _report("共收到申请10件，其中予以公开4件，占50%。网站栏目更新及时率100%。",
                  t3__new__natural=10, t3__new__total=10, t3__granted__natural=4, t3__granted__total=4,
                  t3__other__other__natural=6, t3__other__other__total=6,
                  t3__total_processed__natural=10, t3__total_processed__total=10)
    c = _claims(rep)
    assert c["50%"].concept == "share" and c["50%"].status == "mismatch"
    errs = [f for f in analyse(rep).findings if f.severity == "error"]
    assert len(errs) == 1 and set(errs[0].cells) == {"t3.granted.total", "t3.total_processed.total", "t3.new.total",
                                                     "t3.carried_over.total"}
    assert c["100%"].concept is None and c["100%"].status == "no_target"


def test_carried_forward_phrasings():
    for sentence in ("另有2件顺延至下一年度答复。", "转下一年度继续办理的有2件。", "结转下年度办理申请2件。"):
        rep = _report(f"全年收到政府信息公开申请5件，{sentence}", t3__new__natural=5, t3__new__total=5,
                      t3__granted__natural=3, t3__granted__total=3, t3__total_processed__natural=3,
                      t3__total_processed__total=3, t3__carried_forward__natural=2, t3__carried_forward__total=2)
        c = _claims(rep)
        assert c["2件"].concept == "carried_forward" and c["2件"].status == "match", sentence


def test_carried_over_with_the_request_noun_after_it():
    rep = _report("全年收到政府信息公开申请6件，上年结转政府信息公开申请1件。", t3__new__natural=6, t3__new__total=6,
                  t3__carried_over__natural=1, t3__carried_over__total=1, t3__granted__natural=7,
                  t3__granted__total=7, t3__total_processed__natural=7, t3__total_processed__total=7)
    c = _claims(rep)
    assert c["1件"].concept == "carried_over" and c["1件"].status == "match"


def test_requests_counted_in_tiao_or_xiang_only_right_after_the_keyword():
    rep = _report("本年度共收到政府信息公开申请4条。全年制发文件20条，其中依申请公开3条。",
                  t3__new__natural=4, t3__new__total=4, t3__granted__natural=4, t3__granted__total=4,
                  t3__total_processed__natural=4, t3__total_processed__total=4)
    c = _claims(rep)
    assert c["4条"].concept == "requests" and c["4条"].status == "match"
    assert c["3条"].status == "no_target"          # a disclosure attribute of documents, not requests
    rep = _report("本年度收到依申请公开事项0项。")
    assert _claims(rep)["0项"].concept == "requests"


def test_keyword_after_the_figure_through_a_de_phrase_and_not_through_a_parenthesis():
    rep = _report("本年度有2件涉及政府信息公开工作的行政复议。全年发布信息300条（含行政规范性文件4件）。",
                  t2__normative_doc__issued=4, **_t4(review_upheld=2))
    c = _claims(rep)
    assert c["2件"].concept == "review" and c["2件"].status == "match"
    assert c["300条"].concept is None and c["300条"].status == "no_target"
    assert c["4件"].concept == "normative_listed" and c["4件"].status == "match"


def test_listed_after_a_colon():
    rep = _report("本年度在网站发布政府信息120件，其中包括：行政规范性文件6件；工作动态80件。",
                  t2__normative_doc__issued=6)
    c = _claims(rep)
    assert c["6件"].status == "match"
    assert c["80件"].status == "no_target"


def test_regulation_issued_and_in_force_documents():
    rep = _report("全年新增公开政府规章2件、部门文件9件。清理并集中公开现行有效规范性文件40件，本年度制发规范性文件5件。",
                  t2__regulation__issued=2, t2__normative_doc__issued=5, t2__normative_doc__in_force=40)
    c = _claims(rep)
    assert c["2件"].concept == "regulation_issued" and c["2件"].status == "match"
    assert c["9件"].status == "no_target"         # an enumerated item after the 规章 figure
    assert c["40件"].concept == "normative_in_force" and c["40件"].status == "match"
    assert c["5件"].concept == "normative_issued" and c["5件"].status == "match"


def test_category_counts_and_catalogue_items_have_no_target():
    rep = _report("全年主动公开信息100条，其中行政许可类30条，行政处罚类20条。梳理政务服务事项50项，其中行政许可40项。",
                  t2__licensing__decisions=30, t2__penalty__decisions=7)
    c = _claims(rep)
    assert c["30条"].status == "no_target" and c["20条"].status == "no_target"
    assert c["40项"].status == "no_target"
    assert not [f for f in analyse(rep).findings if f.severity == "error"]


def test_enumerated_items_do_not_take_a_keyword_before_them():
    rep = _report("本报告包括总体情况、行政复议和行政诉讼情况、存在问题、其他事项四个部分。", **_t4(review_upheld=3))
    c = _claims(rep)
    assert c["四个"].status == "no_target"


def test_catalogue_items_in_the_2019_table():
    rep = _report("本局压减审批环节后，本级行政许可事项由12项减到9项。", fmt="2019",
                  t2v19__licensing__prev_items=12, t2v19__licensing__delta_items=-3)
    c = _claims(rep)
    assert c["12项"].status == "match" and c["12项"].matched == "t2v19.licensing.prev_items"
    assert c["9项"].status == "match"


def test_procurement_in_the_2019_table():
    rep = _report("全年政府集中采购项目5个，采购总金额120万元。", fmt="2019",
                  t2v19__central_procurement__projects=5, t2v19__central_procurement__amount=120)
    c = _claims(rep)
    assert c["5个"].concept == "procurement_projects" and c["5个"].status == "match"
    assert c["120万元"].concept == "procurement_amount" and c["120万元"].status == "match"
    rep = _report("发布采购公告15次。", fmt="2019", t2v19__central_procurement__projects=5)
    assert _claims(rep)["15次"].status == "no_target"     # announcements, not projects
    rep = _report("全年政府集中采购项目5个。")
    assert _claims(rep)["5个"].status == "no_target"      # the 2021 table has no procurement block


def test_share_of_a_t4_outcome_uses_its_group_total():
    rep = _report("本年度行政复议4件，其中维持3件，占75%。", **_t4(review_upheld=3, review_corrected=1))
    seq = _seq(rep)
    assert seq[-1] == ("75%", "share", "match", "(t4.review.upheld)/t4.review.total*100")


# False alarms found by helpers who wrote consistent whole reports (DOCX, HTML, PDF, markdown, text): each sentence
# below is true against its table, so none may be an error.

def _no_error(rep):
    return [f for f in analyse(rep).findings if f.severity in ("error", "warning")]


def test_documents_disclosure_attributes_are_no_requests():
    rep = _report("严格落实公文公开属性源头认定制度，全年在发文环节认定主动公开公文158件、依申请公开6件、不予公开14件。",
                  t3__new__total=108, t3__new__natural=108, t3__denied__state_secret__total=2,
                  t3__denied__state_secret__natural=2)
    c = _claims(rep)
    assert c["6件"].status == "no_target" and c["14件"].status == "no_target"
    assert not _no_error(rep)


def test_a_remainder_and_extended_replies_are_not_the_total_handled():
    rep = _report("已办结的申请中，同意公开53件，部分公开8件，其余11件按其他情形依法答复。已办结的申请均在法定期限内答复，"
                  "其中2件依法延长答复期限。", t3__new__total=72, t3__new__natural=72, t3__granted__total=53,
                  t3__granted__natural=53, t3__partial__total=8, t3__partial__natural=8,
                  t3__other__other__total=11, t3__other__other__natural=11, t3__total_processed__total=72,
                  t3__total_processed__natural=72)
    c = _claims(rep)
    assert c["11件"].status == "no_target" and c["2件"].status == "no_target"
    assert c["53件"].status == "match" and c["8件"].status == "match"
    assert not _no_error(rep)


def test_rates_and_applications_of_other_business_have_no_target():
    rep = _report("全年办理人大代表建议66件、政协委员提案7件，办复率100%。全年受理户口迁移申请3,215件，办结率100%。"
                  "全年受理市场主体登记申请4,310件，受理企业登记申请2.3万件。",
                  t3__new__total=110, t3__new__natural=110, t3__total_processed__total=107,
                  t3__total_processed__natural=107, t3__carried_forward__total=3, t3__carried_forward__natural=3)
    claims = analyse(rep).claims
    assert all(c.status == "no_target" for c in claims if c.mention.surface.startswith(("100%", "3,215", "4,310", "2.3万")))
    assert not _no_error(rep)


def test_decisions_after_a_service_matters_item_are_decisions_and_a_half_rounds_either_way():
    rep = _report("全年作出行政许可处理决定1184件，其他对外管理服务事项处理决定2471件，行政处罚处理决定1618件。",
                  fmt="2019", t2v19__licensing__prev_items=39, t2v19__licensing__decisions=1184,
                  t2v19__penalty__prev_items=33, t2v19__penalty__decisions=1618)
    c = _claims(rep)
    assert c["1618件"].status == "match" and c["1618件"].matched == "t2v19.penalty.decisions"
    rep = _report("自然人申请5件，占63%。", t3__new__total=8, t3__new__natural=5, t3__new__commercial=3)
    assert _claims(rep)["63%"].status == "match"                                   # 62.5 printed as 63


def test_a_2019_table_gives_no_in_force_base_for_the_next_year():
    from nlp.crossyear import year_record
    rep = _report("本年新制作规范性文件2件。", fmt="2019", t2v19__normative_doc__total_published=85)
    assert year_record(rep).in_force is None


def test_an_outcome_answered_is_that_outcome_and_a_named_cause_may_name_its_row():
    """作出不予处理答复4件 is 不予处理, not every reply; 因本机关不掌握…而答复无法提供的18件 may be the 不掌握 row alone."""
    rep = _report("全年新收申请715件，已办结700件。其中作出不予处理答复4件，因本机关不掌握相关政府信息而答复无法提供的18件。",
                  t3__new__total=715, t3__new__natural=715, t3__not_processed__duplicate__total=4,
                  t3__not_processed__duplicate__natural=4, t3__unable__not_held__total=18,
                  t3__unable__not_held__natural=18, t3__unable__needs_creation__total=3,
                  t3__unable__needs_creation__natural=3, t3__total_processed__total=700,
                  t3__total_processed__natural=700, t3__carried_forward__total=15, t3__carried_forward__natural=15)
    c = _claims(rep)
    assert c["4件"].concept == "not_processed" and c["4件"].status == "match"
    assert c["18件"].status == "match" and c["18件"].matched == "t3.unable.not_held.total"
    assert not _no_error(rep)


def test_requests_to_handle_and_the_2019_total_published():
    rep = _report("全年新收申请690件，上年结转62件，需办理的申请共计752件。", t3__new__total=690, t3__new__natural=690,
                  t3__carried_over__total=62, t3__carried_over__natural=62)
    assert _claims(rep)["752件"].matched == "t3.new.total+t3.carried_over.total"
    rep = _report("对外公开的规范性文件总数达到139件。", fmt="2019", t2v19__normative_doc__total_published=139)
    assert _claims(rep)["达到139件"].matched == "t2v19.normative_doc.total_published"


def test_outcomes_among_the_processed_and_a_column_of_the_organisations_are_wholes_not_parts():
    """在已办结的67件申请中，… lists the outcomes of every processed request (a wrong one is an error, and the list is
    summed); 法人或其他组织提出的申请中，商业企业N件 is the whole commercial column. 自然人提出的申请中 stays a part."""
    cells = dict(t3__new__total=67, t3__new__natural=60, t3__new__commercial=3, t3__new__legal_service=4,
                 t3__granted__total=50, t3__granted__natural=50, t3__denied__state_secret__total=9,
                 t3__denied__state_secret__natural=9, t3__unable__not_held__total=8,
                 t3__unable__not_held__natural=1, t3__unable__not_held__commercial=3,
                 t3__unable__not_held__legal_service=4, t3__total_processed__total=67,
                 t3__total_processed__natural=60, t3__total_processed__commercial=3,
                 t3__total_processed__legal_service=4)
    rep = _report("在已办结的67件申请中，予以公开50件，不予公开20件，无法提供8件。法人或其他组织提出的申请中，商业企业14件。", **cells)
    c = _claims(rep)
    assert c["50件"].status == "match" and c["20件"].status == "mismatch" and c["14件"].status == "mismatch"
    rep = _report("自然人提出的申请中，予以公开30件。", **cells)
    assert _claims(rep)["30件"].status == "ambiguous"


def test_petitions_not_taken_as_requests_pending_reviews_personal_applicants_and_combined_outcomes():
    cells = dict(t3__new__total=40, t3__new__natural=40, t3__not_processed__petition__total=3,
                 t3__not_processed__petition__natural=3, t3__total_processed__total=40,
                 t3__total_processed__natural=40, **_t4(review_upheld=3, review_pending=2))
    rep = _report("全年收到政府信息公开申请40件，以个人名义提出的申请40件。属于信访、举报、投诉性质而不作为政府信息公开申请处理的3件。"
                  "全年收到涉及政府信息公开的行政复议申请5件。截至年底，尚有2件行政复议案件未审结。"
                  "其余19件作出不予公开、不予处理或其他处理。", **cells)
    c = _claims(rep)
    assert c["3件"].status == "no_target"                       # not a count of requests received
    assert c["5件"].status == "match" and c["2件"].matched == "t4.review.pending"
    assert c["19件"].status == "no_target"                      # several outcomes together
    assert [x.status for x in analyse(rep).claims if x.mention.surface == "40件"] == ["match", "match"]
    assert not _no_error(rep)


def test_other_processing_rows_of_the_2021_table_by_name():
    """（六）其他处理's rows 1 and 2 named in the narrative: the figure before or after the phrase is compared with its
    row (2021); in the 2019 table, which has no such rows, it has no target."""
    cells = {"t3__other__no_correction__total": 3, "t3__other__unpaid_fee__total": 1}
    rep = _report("另有3件因申请人逾期未补正，依规终止办理；申请人逾期未缴纳信息处理费的1件，不再处理。", **cells)
    seq = {s: (concept, status, matched) for s, concept, status, matched in _seq(rep)}
    assert seq["3件"] == ("no_correction", "match", "t3.other.no_correction.total")
    assert seq["1件"] == ("unpaid_fee", "match", "t3.other.unpaid_fee.total")
    wrong = _report("另有4件因申请人逾期不补正，依规终止办理。", **cells)
    assert [(s, st) for s, _, st, _ in _seq(wrong) if s == "4件"] == [("4件", "mismatch")]
    old = _report("另有3件因申请人逾期不补正，依规终止办理。", fmt="2019")
    assert [st for s, _, st, _ in _seq(old) if s == "3件"] == ["no_target"]


def test_applicants_of_the_years_new_requests_are_the_new_rows_columns():
    cells = {"t3__new__natural": 22, "t3__new__commercial": 5, "t3__new__research": 7, "t3__new__social_welfare": 5,
             "t3__new__total": 39}
    right = _report("本年新收的39件申请中，自然人22件，商业企业5件，其余12件来自科研机构、社会公益组织等其他主体。", **cells)
    seq = {s: (concept, status) for s, concept, status, _ in _seq(right)}
    assert seq["22件"] == ("natural", "match") and seq["5件"] == ("commercial", "match")
    assert seq["12件"][1] == "no_target"                     # several kinds of applicant together: no single cell
    wrong = _report("本年新收的39件申请中，自然人22件，商业企业25件。", **cells)
    assert {s: st for s, _, st, _ in _seq(wrong)}["25件"] == "mismatch"
    # whose requests were processed how is still a part: unsure, not an error
    part = _report("自然人的22件申请中，予以公开9件。", **cells)
    assert {s: st for s, _, st, _ in _seq(part)}["9件"] != "mismatch"


def test_what_was_done_with_n_requests_later_in_the_sentence():
    cells = {"t3__unable__not_held__total": 16}
    seq = _seq(_report("对16件申请，经检索确认本机关不掌握相关政府信息，已依法告知申请人。", **cells))
    assert seq[0] == ("16件", "not_held", "match", "t3.unable.not_held.total")
    assert _seq(_report("对22件申请，经检索确认本机关不掌握相关政府信息。", **cells))[0][2] == "mismatch"
    # two outcomes, or none: no single cell
    assert _seq(_report("对5件申请，依法作出不予公开和不予处理答复。", **cells))[0][2] == "no_target"
    assert _seq(_report("对16件申请，均在法定期限内答复。", **cells))[0][2] == "no_target"


def _status(report, surface):
    return {s: st for s, _, st, _ in _seq(report)}[surface]


def test_true_sentences_of_the_third_false_alarm_hunt_raise_no_error():
    """Each sentence is true against its table; each once raised an error."""
    cells = {"t3__new__natural": 402, "t3__new__commercial": 57, "t3__new__research": 20, "t3__new__social_welfare": 6,
             "t3__new__total": 485}
    rep = _report("本年新收政府信息公开申请485件，其中自然人提出402件，占82.9%；企业提出57件，占11.8%。", **cells)
    assert _status(rep, "57件") == "match" and _status(rep, "11.8%") == "match"
    out = {"t3__granted__total": 41, "t3__partial__total": 9, "t3__total_processed__total": 93}
    rep = _report("本年度办结政府信息公开申请93件。予以公开41件、部分公开9件，公开类答复合计50件。", **out)
    assert _status(rep, "50件") == "ambiguous"
    assert _status(_report("本年度办结政府信息公开申请93件，同意公开（含部分公开）的共50件。", **out), "50件") == "match"
    assert _status(_report("全区各级行政机关共收到政府信息公开申请312件。", t3__new__total=45), "312件") == "ambiguous"
    assert _status(_report("区属中小学等下属单位直接受理的申请26件，不计入本报告。", t3__new__total=12), "26件") == "ambiguous"
    unable = {"t3__unable__not_held__total": 12, "t3__unable__needs_creation__total": 3}
    rep = _report("对办结的政府信息公开申请，无法提供12件（本机关不掌握）和3件（需另行制作）。", **unable)
    assert _status(rep, "12件") == "match" and _status(rep, "3件") == "match"
    # a bracket that says what the figure mostly is does not name it
    rep = _report("对办结的政府信息公开申请，无法提供的申请15件（主要为本机关不掌握相关政府信息）。", **unable)
    assert _status(rep, "15件") == "match"
    t4 = _t4(lit_direct_upheld=7, lit_direct_corrected=2)
    rep = _report("行政诉讼9件：一审判决驳回诉讼请求7件，判决撤销原答复2件（败诉）。", t3__total_processed__total=160, **t4)
    assert [(s, c, st) for s, c, st, _ in _seq(rep)][1:3] == [("7件", "t4_upheld", "match"), ("2件", "corrected", "match")]
    denied = {"t3__denied__process_info__total": 2, "t3__denied__third_party__total": 3}
    rep = _report("办结的政府信息公开申请中，两件申请因属于过程性信息不予公开，三件因涉及第三方合法权益不予公开。", **denied)
    assert _status(rep, "两件") == "match" and _status(rep, "三件") == "match"
    rep = _report("其中个人申请6件，企业和科研机构分别申请2件、1件。", t3__new__natural=6, t3__new__commercial=2,
                  t3__new__research=1, t3__new__total=9)
    assert [st for _, _, st, _ in _seq(rep)][:3] == ["match"] * 3
    rep = _report("对申请人所需信息本机关不掌握的，我局均依法告知申请人，此类答复全年共计十九件。",
                  t3__total_processed__total=44, t3__unable__not_held__total=19)
    assert _status(rep, "十九件") == "no_target"
    rep = _report("全年共受理政府信息公开申请19件（其中本年新收17件、上年结转2件）。", t3__new__total=17,
                  t3__carried_over__total=2)
    assert _status(rep, "19件") == "match"


def test_missed_figures_of_the_third_miss_hunt_are_compared():
    lead = "本年度办结政府信息公开申请30件，"
    rep = _report(lead + "属于没有现成信息、需要另行制作的3件。", t3__unable__needs_creation__total=2)
    assert _seq(rep)[1][:3] == ("3件", "needs_creation", "mismatch")
    rep = _report(lead + "经审查，准予公开的有二十一件。", t3__granted__total=23)
    assert _seq(rep)[1][:3] == ("二十一件", "granted", "mismatch")
    rep = _report(lead + "对重复申请不予处理的5件。", t3__not_processed__duplicate__total=3)
    assert _seq(rep)[1][2] == "mismatch"
    assert _seq(_report(lead + "对重复申请不予处理的3件。", t3__not_processed__duplicate__total=3))[1][2] == "match"
    # a paragraph's first clause does not reach into the heading above it
    rep = _report("行政许可、行政处罚分别为5件、3件。", t2__licensing__decisions=5, t2__penalty__decisions=3)
    assert [(s, c, st) for s, c, st, _ in _seq(rep)][:2] == [("5件", "licensing", "match"), ("3件", "penalty", "match")]


def test_true_sentences_of_the_fourth_false_alarm_hunt_raise_no_error():
    lead = "本年度办结政府信息公开申请10件，"
    rep = _report(lead + "有4件全部公开、1件部分公开。", t3__granted__total=4, t3__partial__total=1)
    assert _status(rep, "4件") == "match" and _status(rep, "1件") == "match"
    rep = _report(lead + "作为信访举报投诉类申请不予处理2件、重复申请不予处理7件。",
                  t3__not_processed__petition__total=2, t3__not_processed__duplicate__total=7)
    assert _status(rep, "2件") == "match" and _status(rep, "7件") == "match"
    rep = _report("14件信息公开申请中有8件予以公开。", t3__new__total=14, t3__granted__total=8)
    assert _status(rep, "8件") == "match"
    rep = _report(lead + "全县15个乡镇卫生院全部公开了服务项目和收费标准。", t3__granted__total=6)
    assert _status(rep, "15个") == "no_target"
    # the cases a reviewing body decided are not the cases against it that 表四 counts: not compared at all
    rep = _report("县司法局作为县政府行政复议机构，全年受理行政复议案件89件。", **_t4(review_upheld=1))
    assert _status(rep, "89件") == "no_target"
    rep = _report("本年度收到政府信息公开申请3件，另有1件企业申请因需调取资料，结转至2024年办理。",
                  t3__new__commercial=2, t3__new__total=3)
    assert _status(rep, "1件") == "ambiguous"
    a = analyse(_report("本年共新制作规范性文件13件，其中本年新制作并公开4件，对外公开规范性文件总数38件。"))
    assert not [f for f in a.discrepancies if f.rule.startswith("PARTS")]


def test_a_figure_right_after_a_table_does_not_take_a_keyword_from_its_last_row():
    rep = _report("正文。", t3__carried_forward__total=4, t3__new__total=322, t3__granted__total=124)
    text = rep.text
    row = text.index("四、结转下年度继续办理")
    end = text.index("\n", row)
    text = text[:end + 1] + "322件新收申请中，有124件被予以公开。\n" + text[end + 1:]
    rep = nlp.read_report(text.encode("utf-8"), name="r.md")
    statuses = {c.mention.surface: (c.concept, c.status) for c in analyse(rep).claims}
    assert statuses["322件"][0] != "carried_forward" and statuses["124件"] == ("granted", "match")


def test_a_share_whose_part_is_named_before_it_is_checked_against_the_table():
    """予以公开的占比为X%: no count stated; the share of the named outcome over the wholes a report may mean (办结, 新收,
    新收 plus 结转), or over the whole the sentence names."""
    cells = {"t3__granted__total": 24, "t3__partial__total": 6, "t3__total_processed__total": 60, "t3__new__total": 50,
             "t3__new__natural": 41}
    rep = _report("本年度办结政府信息公开申请60件。从结果看，予以公开的占比为40%。予以公开和部分公开的比例为50.0%。"
                  "自然人申请占新收申请的比重超过八成。", **cells)
    assert _status(rep, "40%") == "match" and _status(rep, "50.0%") == "match"     # 24/60; (24+6)/60
    assert _status(rep, "超过八成") == "approx"                                      # 41/50, not 41/60
    rep = _report("本年度办结政府信息公开申请60件。从结果看，予以公开的占比为52.1%。", **cells)
    assert _status(rep, "52.1%") == "mismatch"                                      # 40%, 48%, 48%: none
    # not a part named alone: the second of two joined outcomes; nor another matter's share (no request in sight)
    rep = _report("本年度办结政府信息公开申请60件。不予公开和部分公开的占比为50.0%。", **cells)
    assert _status(rep, "50.0%") == "no_target"
    rep = _report("本年度重大行政决策予以公开比例为100%。", **cells)
    assert _status(rep, "100%") == "no_target"


def test_a_request_not_corrected_in_time_is_the_no_correction_row_however_worded():
    cells = {"t3__other__no_correction__total": 3, "t3__total_processed__total": 3}
    for sentence in ("因申请人未在规定期限内补正而终止处理的3件。", "申请人没有在告知的期限内补正的3件，不再处理。"):
        assert _seq(_report(sentence, **cells))[0][1:3] == ("no_correction", "match"), sentence


def test_published_items_counted_in_tiao_may_be_decisions_but_differ_unsure():
    rep = _report("全年在门户网站公开行政处罚信息700条。公开行政许可信息120条。全年作出行政处罚决定356件。",
                  t2__penalty__decisions=356, t2__licensing__decisions=120)
    assert _status(rep, "700条") == "ambiguous" and _status(rep, "120条") == "match" and _status(rep, "356件") == "match"


def test_a_litigation_group_named_alone_or_in_a_list_is_that_group():
    cells = _t4(review_upheld=6, lit_direct_upheld=4, lit_after_review_corrected=1)
    assert _seq(_report("本年度直接向法院提起行政诉讼的4件。", **cells))[0][2:] == ("match", "t4.lit_direct.total")
    rep = _report("行政复议、直接起诉、复议后起诉的案件分别为6件、4件、1件。", **cells)
    assert [s for _, _, s, _ in _seq(rep)] == ["match", "match", "match"]
    assert _status(_report("未经复议直接起诉3件，复议后起诉1件。", **cells), "3件") == "mismatch"


def test_a_total_to_handle_and_its_parts():
    cells = {"t3__new__total": 124, "t3__carried_over__total": 6}
    rep = _report("全年共需办理政府信息公开申请130件，其中本年新收124件、上年结转6件。", **cells)
    assert [(c, s) for _, c, s, _ in _seq(rep)][:3] == [("to_handle", "match"), ("new_requests", "match"),
                                                        ("carried_over", "match")]
    rep = _report("全年共收到政府信息公开申请130件，其中本年新收124件、上年结转6件。", **cells)
    assert _status(rep, "130件") == "match"          # (not narrowed to 新收 by its parts in the next clause)


def test_replies_counted_by_how_or_when_they_were_made_are_a_part():
    cells = {"t3__total_processed__total": 60, "t3__new__total": 60}
    for sentence in ("当场答复申请12件。", "答复前经法律顾问审核的申请20件。", "本年度有2件答复文书经复核后重新出具。",
                     "本年度受理的申请中有57件在年内办结。"):
        assert _seq(_report(sentence, **cells))[0][2] == "no_target", sentence
    assert _seq(_report("本年度办结政府信息公开申请59件。", **cells))[0][2] == "mismatch"


def test_a_topic_that_names_enterprises_is_not_the_enterprise_column():
    rep = _report("办理中涉及企业商业秘密的申请5件。", t3__new__commercial=9, t3__new__total=9)
    assert _seq(rep)[0][2] == "no_target"


def test_an_approximate_share_keeps_its_word_across_zhan_de():
    cells = {"t3__unable__not_held__total": 19, "t3__total_processed__total": 59, "t3__new__total": 59}
    rep = _report("本年度办结申请59件，无法提供的申请约占办结总数的三分之一。", **cells)
    assert _status(rep, "约占办结总数的三分之一") == "approx"


def test_other_organisations_named_as_the_fifth_column_keep_a_list_of_the_five_bound():
    cells = {"t3__new__commercial": 9, "t3__new__research": 1, "t3__new__social_welfare": 2, "t3__new__legal_service": 3,
             "t3__new__org_other": 1, "t3__new__total": 16}
    rep = _report("本年共收到政府信息公开申请16件。法人或其他组织中，商业企业、科研机构、社会公益组织、法律服务机构和其他组织"
                  "依次为9件、1件、2件、3件、1件。", **cells)
    assert [(c, s) for _, c, s, _ in _seq(rep)][1:6] == [
        ("commercial", "match"), ("research", "match"), ("social_welfare", "match"), ("legal_service", "match"),
        ("org_other", "match")]
    rep = _report("本年共收到政府信息公开申请16件，其中法人或其他组织提出15件。", **cells)
    assert _seq(rep)[1][1] == "org"                        # (the group, not its fifth column)


# review: 4 cases, 1 corrected; litigation: 3 direct, none corrected (every sentence invented)
_ONE_REVIEW_CORRECTED = _t4(review_upheld=3, review_corrected=1, lit_direct_upheld=2, lit_direct_other=1)


@pytest.mark.parametrize("sentence, status, matched", [
    # the group a negated outcome names is that group's corrected cases, not its whole count
    ("本年度未发生行政诉讼败诉案件。", "match", "t4.lit_direct.corrected+t4.lit_after_review.corrected"),
    ("全年未发生行政诉讼案件被纠错的情况。", "match", "t4.lit_direct.corrected+t4.lit_after_review.corrected"),
    ("全年未发生行政复议案件被纠错的情况。", "mismatch", None),
    # a group named in the figure's own clause is the figure's only group: no sum over the others agrees for it
    ("行政复议案件均未被纠错。", "mismatch", None),
    ("行政复议案件无一被纠错。", "mismatch", None),
    ("行政诉讼案件均未被纠错。", "match", "t4.lit_direct.corrected+t4.lit_after_review.corrected"),
])
def test_a_negated_correction_is_the_named_groups_alone(sentence, status, matched):
    rep = _report("本年度被申请行政复议4件，被提起行政诉讼3件。" + sentence, **_ONE_REVIEW_CORRECTED)
    negated = [c for c in analyse(rep).claims if c.mention.value == 0]
    assert [(c.concept, c.status, c.matched) for c in negated] == [("corrected", status, matched)]
    group = "review" if "复议" in sentence else "lit"
    assert all(("t4.review." in t) == (group == "review") for t in negated[0].targets)


@pytest.mark.parametrize("stated, status", [(1, "match"), (3, "mismatch")])
def test_litigation_groups_listed_one_after_the_other_are_each_their_own(stated, status):
    """直接向法院提起行政诉讼的4件，经复议后提起诉讼的N件: a list of the two groups, not N of the 4: N is the
    after-review group's, a wrong N a contradiction."""
    rep = _report(f"全年被申请行政复议2件；直接向法院提起行政诉讼的4件，经复议后提起诉讼的{stated}件。",
                  **_t4(review_upheld=2, lit_direct_upheld=4, lit_after_review_upheld=1))
    claim = next(c for c in analyse(rep).claims if c.mention.surface == f"{stated}件" and c.concept == "litigation")
    assert (claim.status, claim.targets[0]) == (status, "t4.lit_after_review.total")


@pytest.mark.parametrize("stated, status", [(7, "match"), (9, "mismatch")])
def test_a_reason_rows_figure_in_a_parenthesis_is_that_rows(stated, status):
    """无法提供10件（其中本机关不掌握N件）: N is the 本机关不掌握 row's cell; a wrong N contradicts it (a parenthesis does
    not make it a part of the row)."""
    cells = {"t3__new__natural": 10, "t3__new__total": 10, "t3__total_processed__natural": 10,
             "t3__total_processed__total": 10, "t3__unable__not_held__natural": 7, "t3__unable__not_held__total": 7,
             "t3__unable__needs_creation__natural": 3, "t3__unable__needs_creation__total": 3}
    rep = _report(f"全年办结申请10件，均为无法提供10件（其中本机关不掌握相关政府信息{stated}件）。", **cells)
    claim = next(c for c in analyse(rep).claims if c.mention.surface == f"{stated}件")
    assert (claim.concept, claim.status) == ("not_held", status)


@pytest.mark.parametrize("reason, row", [("涉及保护第三方合法权益", "third_party"), ("属于过程性信息", "process_info"),
                                         ("属于行政查询事项", "admin_query"), ("属于国家秘密", "state_secret"),
                                         ("属于三类内部事务信息", "internal_affairs")])
@pytest.mark.parametrize("stated, status", [(4, "match"), (6, "mismatch")])
def test_a_denial_reasons_figure_is_its_rows(reason, row, stated, status):
    """不予公开5件，其中<reason>N件、…: each reason's figure is its 不予公开 row's cell (a wrong one contradicts it), as
    the rows of 无法提供 and 不予处理 are."""
    cells = {"t3__new__natural": 5, "t3__new__total": 5, "t3__total_processed__natural": 5,
             "t3__total_processed__total": 5, f"t3__denied__{row}__natural": 4, f"t3__denied__{row}__total": 4,
             "t3__denied__enforcement_file__natural": 1, "t3__denied__enforcement_file__total": 1}
    rep = _report(f"全年办结申请5件，均不予公开，其中{reason}{stated}件、属于行政执法案卷1件。", **cells)
    claim = next(c for c in analyse(rep).claims if c.mention.surface == f"{stated}件")
    assert (claim.concept, claim.status, claim.targets) == (row, status, [f"t3.denied.{row}.total"])


# 表三 of a report where every column differs, so that a figure compared with the wrong column or row disagrees:
# 自然人 and 科研机构 requests, part granted, part unable, part carried forward
_COLUMNS = dict(t3__new__natural=50, t3__new__research=12, t3__new__total=62,
                t3__granted__natural=30, t3__granted__research=7, t3__granted__total=37,
                t3__unable__not_held__natural=18, t3__unable__not_held__research=3, t3__unable__not_held__total=21,
                t3__total_processed__natural=48, t3__total_processed__research=10, t3__total_processed__total=58,
                t3__carried_forward__natural=2, t3__carried_forward__research=2, t3__carried_forward__total=4)


@pytest.mark.parametrize("sentence, figure, status, target", [
    # the applicants of one result: that row's columns
    ("予以公开的申请中，自然人30件、科研机构7件。", "30件", "match", "t3.granted.natural"),
    ("予以公开的申请中，自然人30件、科研机构7件。", "7件", "match", "t3.granted.research"),
    ("在无法提供的21件申请中，自然人18件。", "18件", "match",
     "t3.unable.not_held.natural+t3.unable.needs_creation.natural+t3.unable.unclear_after_correction.natural"),
    ("予以公开的申请中，自然人35件。", "35件", "mismatch", None),
    # one applicant's requests broken down after its count: that column's results
    ("科研机构申请12件，其中已办结10件，结转下年度2件。", "10件", "match", "t3.total_processed.research"),
    ("科研机构申请12件，其中已办结10件，结转下年度2件。", "2件", "match", "t3.carried_forward.research"),
    ("科研机构申请12件，其中予以公开7件。", "7件", "match", "t3.granted.research"),
    ("科研机构申请12件，其中予以公开9件。", "9件", "mismatch", None),
    # a 其中 after a later figure of the sentence: whose breakdown it is stays the whole table's
    ("共收到申请62件，自然人50件，其中予以公开37件。", "37件", "match", "t3.granted.total"),
    # the year's own count after the frame, received again: no part of it
    ("予以公开的申请中，多数来自自然人，全年共收到自然人申请50件。", "50件", "match", "t3.new.natural"),
])
def test_figures_of_one_applicant_column_of_a_result_row(sentence, figure, status, target):
    """(a narrative probe's false alarms) 予以公开的申请中，自然人261件… was compared with the year's new requests of
    natural persons (531); 科研机构申请82件，其中已办结73件 with the whole table's 办结 (690). The sentence names a row
    and a column: the figure is that cell."""
    c = _claims(_report(sentence, **_COLUMNS))[figure]
    assert c.status == status, (c.concept, c.targets, c.note)
    if target:
        assert c.matched == target


def test_a_zero_said_of_two_rows_is_neither_processed_nor_a_list_total():
    """(a probe's false alarm) 上年结转及不予处理申请均为0件: 不予处理申请 is no 处理申请 (办结), and a 0 breaks down
    into nothing, so the 其中 list of the next sentence is not its parts."""
    rep = _report("上年结转及不予处理申请均为0件。其中，予以公开37件。", **_COLUMNS)
    c = _claims(rep)["0件"]
    assert c.concept == "not_processed" and c.status == "match"
    assert not [f for f in analyse(rep).findings if f.severity in ("error", "warning")]


@pytest.mark.parametrize("sentence, status", [("法人或其他组织申请占两成多。", "approx"), ("法人或其他组织申请占两成。", "approx"),
                                              ("法人或其他组织申请占三成多。", "outside"), ("法人或其他组织申请占一成。", "outside")])
def test_a_share_in_tenths_is_rounded(sentence, status):
    """(a probe's false alarm) 两成多 is 20% to 30% (多 was dropped: exactly 20%), and 两成 alone a share rounded to
    tenths (24% is 两成), as 两成左右 says."""
    rep = _report(sentence, t3__new__natural=76, t3__new__commercial=24, t3__new__total=100,
                  t3__granted__natural=76, t3__granted__commercial=24, t3__granted__total=100,
                  t3__total_processed__natural=76, t3__total_processed__commercial=24, t3__total_processed__total=100)
    c = [c for c in analyse(rep).claims if "成" in c.mention.surface][0]
    assert c.status == status, (c.mention, c.targets)


def test_last_years_catalogue_items_in_the_2019_table():
    """(a probe's false alarm) 行政处罚上一年项目数量54项 is 表二 (2019)'s 上一年项目数量, not its decisions."""
    rep = _report("行政处罚上一年项目数量54项，本年增加3项。", fmt="2019", t2v19__penalty__prev_items=54,
                  t2v19__penalty__delta_items=3, t2v19__penalty__decisions=4)
    c = _claims(rep)["54项"]
    assert c.status == "match" and c.matched == "t2v19.penalty.prev_items"


@pytest.mark.parametrize("sentence, status", [
    ("全年未出现无法提供的情形。", "mismatch"), ("全年无不予公开情况。", "match"), ("全年未结转申请至下年度。", "mismatch"),
    ("本年度无结转下年度办理的申请。", "mismatch"), ("全年没有不予处理的申请。", "match"),
    # qualified (not every 不予公开), or of complaints: no count of the row
    ("没有应公开而不予公开的情况。", None), ("未接到关于不予公开答复的投诉。", None), ("没有不予公开的理由。", None)])
def test_an_outcome_said_not_to_have_occurred(sentence, status):
    """(a narrative probe's misses) 全年未出现无法提供的情形 over a table of 21 无法提供, 全年未结转申请至下年度 over 4
    carried forward: a negated outcome is its row's 0. Only right after the negation: a qualified one (应公开而不予
    公开) is no count."""
    claims = [c for c in analyse(_report("全年共收到政府信息公开申请62件。" + sentence, **_COLUMNS)).claims
              if c.mention.value == 0 and c.mention.surface in sentence]
    assert [c.status for c in claims] == ([status] if status else [])


def test_the_disclosure_rate_after_the_count_of_both_kinds():
    """(a narrative probe's miss) 予以公开和部分公开合计37件，公开率为65.3% over 37 of 58 concluded (63.8%): the rate
    right after the count of both is its share; after one kind's count, or a list's last part, it is not checked
    (a 公开率 there may be both's)."""
    said = "全年共收到政府信息公开申请62件，办结58件。"
    assert _claims(_report(said + "予以公开和部分公开合计37件，公开率为65.3%。", **_COLUMNS))["65.3%"].status == "mismatch"
    assert _claims(_report(said + "予以公开和部分公开合计37件，公开率为63.8%。", **_COLUMNS))["63.8%"].status == "match"
    assert _claims(_report(said + "予以公开37件，公开率为63.8%。", **_COLUMNS))["63.8%"].status == "no_target"


def test_new_requests_are_all_of_them_when_nothing_was_carried_over():
    """(a narrative probe's miss) 全年新收申请62件，办结58件，结转下年度5件 over 4 carried forward was unsure (figures of
    the new requests, a part); with nothing carried over from last year the new requests are all of them."""
    c = _claims(_report("全年新收申请62件，办结58件，结转下年度5件。", **_COLUMNS))["5件"]
    assert c.status == "mismatch"
    cells = dict(_COLUMNS, t3__carried_over__natural=3, t3__carried_over__total=3, t3__new__natural=47,
                 t3__new__total=59)
    assert _claims(_report("全年新收申请59件，办结58件，结转下年度5件。", **cells))["5件"].status == "ambiguous"


def test_other_management_and_service_matters_in_the_2019_table():
    """(a narrative probe's miss) 表二 (2019)'s row 其他对外管理服务事项 was no concept: its decisions were not compared."""
    rep = _report("其他对外管理服务事项处理决定116件。", fmt="2019", t2v19__other_mgmt_service__decisions=161)
    assert _claims(rep)["116件"].status == "mismatch"
    rep = _report("其他对外管理服务事项处理决定161件。", fmt="2019", t2v19__other_mgmt_service__decisions=161)
    assert _claims(rep)["161件"].status == "match"


def _not_processed(**rows):
    """表三's 不予处理 rows (all in the 自然人 column) and the totals that keep 表三's identities."""
    cells = {}
    for row, v in rows.items():
        cells[f"t3__not_processed__{row}__total"] = cells[f"t3__not_processed__{row}__natural"] = v
    n = sum(rows.values())
    cells.update(t3__new__total=n, t3__new__natural=n, t3__total_processed__total=n, t3__total_processed__natural=n)
    return cells


def test_two_rows_of_one_outcome_named_together_are_summed_and_with_deng_may_be_the_outcomes_whole():
    """对信访举报投诉类和重复申请共N件不予处理: one figure for two rows (their sum, not the last row's: a false error
    before); …、重复申请等N件: the rows named are examples, the outcome's whole agrees too."""
    rep = _report("对信访举报投诉类申请和重复提出的申请共8件作不予处理。", **_not_processed(petition=6, duplicate=2))
    assert _claims(rep)["8件"].status == "match" and not _no_error(rep)
    rep = _report("对信访举报投诉、重复申请等九十三件申请依法不予处理。",
                  **_not_processed(petition=60, duplicate=29, publication=4))
    assert _claims(rep)["九十三件"].status == "match" and not _no_error(rep)
    wrong = _report("对信访举报投诉类申请和重复提出的申请共9件作不予处理。", **_not_processed(petition=6, duplicate=2))
    assert _claims(wrong)["9件"].status == "mismatch"


@pytest.mark.parametrize("when", ["次年", "2024年"])
def test_requests_whose_reply_was_put_off_to_next_year_are_the_carried_forward(when):
    """9件申请因需征求第三方意见，延期至2024年答复 (a 2023 report): the requests carried forward (before: compared with
    办结 as an error)."""
    cells = dict(t3__new__total=40, t3__new__natural=40, t3__total_processed__total=35,
                 t3__total_processed__natural=35, t3__carried_forward__total=5, t3__carried_forward__natural=5)
    rep = _report(f"5件申请因需征求第三方意见，延期至{when}答复。", **cells)
    assert _claims(rep)["5件"].matched == "t3.carried_forward.total" and not _no_error(rep)


def test_licensing_matters_handled_in_jian_are_the_2019_tables_decisions():
    """办理…行政许可事项386件 counts decisions (件, a handling verb), not the catalogue's items (上一年项目数量)."""
    rep = _report("全年办理资格认定等行政许可事项386件。", fmt="2019", t2v19__licensing__prev_items=12,
                  t2v19__licensing__decisions=386)
    assert _claims(rep)["386件"].matched == "t2v19.licensing.decisions" and not _no_error(rep)


def test_no_regulation_issued_is_a_zero_for_the_table():
    assert _claims(_report("本年未制发规章。", t2__regulation__issued=2))["未制发规章"].status == "mismatch"
    assert _claims(_report("本年未制发规章。"))["未制发规章"].status == "match"
    assert "未出台规章制度" not in _claims(_report("本年未出台规章制度以外的文件。"))


def test_shares_listed_after_their_parts_without_the_total_are_checked_against_the_tables_whole():
    """自然人86件、法人或其他组织34件，分别占70.2%和29.8%: each share is its part over the year's new requests (before:
    no target, never checked); a right pair passes, and the form that states the total is left to the text's own
    arithmetic (no second finding)."""
    cells = dict(t3__new__total=120, t3__new__natural=86, t3__new__commercial=34)
    c = _claims(_report("其中自然人申请86件、法人或其他组织申请34件，分别占70.2%和29.8%。", **cells))
    assert c["70.2%"].status == c["29.8%"].status == "mismatch"
    c = _claims(_report("其中自然人申请86件、法人或其他组织申请34件，分别占71.7%和28.3%。", **cells))
    assert c["71.7%"].status == c["28.3%"].status == "match"
    c = _claims(_report("全年新收申请120件，其中自然人申请86件、法人或其他组织申请34件，分别占71.7%和28.3%。", **cells))
    assert c["71.7%"].status == "no_target"


def test_all_cases_upheld_after_their_count_is_that_count_of_upheld_cases():
    """被申请行政复议2件，均维持原答复 says two upheld (before: no figure, nothing checked); a count of two kinds of cases
    before 均被纠正 states no single figure and is left alone."""
    wrong = _report("全年被申请行政复议2件，均维持原答复。", **_t4(review_upheld=1, review_corrected=1))
    assert [(s, c, st) for s, c, st, _ in _seq(wrong)][-1] == ("均维持", "t4_upheld", "mismatch")
    right = _report("全年被申请行政复议2件，均维持原答复。", **_t4(review_upheld=2))
    assert _seq(right)[-1][1:] == ("t4_upheld", "match", "t4.review.upheld") and not _no_error(right)
    court = _report("被提起行政诉讼3件，全部被法院判决维持。", **_t4(lit_direct_upheld=3))
    assert _seq(court)[-1][2] == "match"
    both = _report("被申请行政复议1件、被提起行政诉讼2件，均被纠正。", **_t4(review_corrected=1, lit_direct_corrected=2))
    assert [s for s, *_ in _seq(both)] == ["1件", "2件"]
