"""Narrative figures bound to what they state, compared with the tables and with each other.

Each :class:`~nlp.numbers.Mention` is bound to the concept whose keyword stands nearest before it in
the same clause ("行政复议134件，行政诉讼57件"), and through the concept to **every plausible table
target** (expressions over schema keys, e.g. ``t3.new.total+t3.carried_over.total``). A claim's status
is one of ``match`` (with the target that matched), ``mismatch``, ``approx`` (an approximate figure
consistent with a target), ``ambiguous`` (a target cell unresolved, or the figure approximate and
outside every target) and ``no_target``. Narrative-internal checks: 其中/分别为 parts against their total,
and rates against their own numerator and denominator at the stated precision.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from dataclasses import dataclass, field
from typing import Callable

from .numbers import Mention, implied
from .types import AMBIGUOUS, MISSING, VALUE, Report

ORG_COLS = ("commercial", "research", "social_welfare", "legal_service", "org_other")
_T3_GROUPS_2021 = {
    "denied": ("state_secret", "law_prohibited", "security_stability", "third_party", "internal_affairs",
               "process_info", "enforcement_file", "admin_query"),
    "unable": ("not_held", "needs_creation", "unclear_after_correction"),
    "not_processed": ("petition", "duplicate", "publication", "mass_repeat", "confirm_reissue"),
    "other": ("no_correction", "unpaid_fee", "other"),
}


def _group(name: str, fmt: str) -> str:
    if name == "other" and fmt == "2019":
        return "t3.other.total"
    return "+".join(f"t3.{name}.{sub}.total" for sub in _T3_GROUPS_2021[name])


T4_GROUPS = {"review": ("review",), "lit": ("lit_direct", "lit_after_review"), "direct": ("lit_direct",),
             "after_review": ("lit_after_review",), "all": ("review", "lit_direct", "lit_after_review")}
T4_PARTS = ("upheld", "corrected", "other", "pending")


def _t4_sum(groups: tuple[str, ...], col: str) -> str:
    return "+".join(f"t4.{g}.{col}" for g in groups)


def _t4_group_total(group: str) -> list[str]:
    """A 表四 group's total, and the sum of its four outcome cells (the same figure when the table's
    own identity holds; the table check reports it when it does not)."""
    groups = T4_GROUPS[group]
    return [_t4_sum(groups, "total"), "+".join(_t4_sum(groups, c) for c in T4_PARTS)]


def t4_outcome_targets(outcome: str, group: str | None) -> list[str]:
    """Targets of a 表四 outcome figure (维持/纠正/其他结果/尚未审结) stated under ``group`` (None: unknown)."""
    if group in ("direct", "after_review"):
        return [_t4_sum(T4_GROUPS[group], outcome)]
    if group == "review":
        return [f"t4.review.{outcome}"]
    if group == "lit":
        return [_t4_sum(T4_GROUPS["lit"], outcome), f"t4.lit_direct.{outcome}", f"t4.lit_after_review.{outcome}"]
    if group == "all":                  # 行政复议和行政诉讼…, 复议、诉讼…均未被纠错: every group, summed
        return [_t4_sum(T4_GROUPS["all"], outcome)]
    return [_t4_sum(T4_GROUPS["all"], outcome), f"t4.review.{outcome}", _t4_sum(T4_GROUPS["lit"], outcome)]


def _t2(measure_2021: str, measure_2019: str | None, row: str) -> Callable[[str], list[str]]:
    def targets(fmt: str) -> list[str]:
        if fmt == "2019":
            return [f"t2v19.{row}.{m}" for m in (measure_2019 or "").split("|") if m]
        return [f"t2.{row}.{measure_2021}"]
    return targets


@dataclass(frozen=True)
class Concept:
    key: str
    pattern: re.Pattern[str]
    targets: Callable[[str], list[str]]
    kinds: tuple[str, ...] = ("count",)
    zh: str = ""
    context: re.Pattern[str] | None = None     # must appear in the sentence before the figure
    units: tuple[str, ...] = ()                # units a figure of this concept can have (empty: any)


_REQ = r"申请|依申请"
# a rate stated over this year's new requests alone (120 of 125 new, 5 carried over: 办结率96%); never for a rate of
# 100%, which says that every request was handled (one carried over and still open contradicts it)
RATE_OVER_NEW = "t3.total_processed.total/t3.new.total*100"
PARTIAL_BASES = frozenset({RATE_OVER_NEW})


# requests and cases are counted in 件 (or 个/次/起/宗); 条/份/篇 count published information instead
CASE_UNITS = ("件", "个", "次", "起", "宗", "人次", "件次", "例")


def _c(key: str, rx: str, targets, kinds=("count",), zh="", context: str | None = None,
       units: tuple[str, ...] = CASE_UNITS) -> Concept:
    return Concept(key, re.compile(rx), targets if callable(targets) else (lambda fmt, t=targets: list(t)), kinds, zh,
                   re.compile(context) if context else None, units if kinds == ("count",) else ())


# Order matters only for equal end positions: longer, more specific phrases first.
_T4_CONTEXT = r"复议|诉讼|起诉"
_ITEM_UNITS = ("件", "份", "个", "项", "部", "条")
_DECISION_UNITS = ("件", "份", "个", "项", "起", "宗", "次", "部", "条")
# what a carried-over / carried-forward keyword may carry after it: "上年结转政府信息公开申请 2 件",
# "转下一年度办理答复的有 1 件"
_REQ_NOUN = r"(?:的)?(?:政府信息公开|依申请公开|信息公开)?(?:申请)?"
_NEXT_YEAR = r"(?:至|到|入)?(?:下(?:一)?(?:个)?(?:年度|年)|次年(?:度)?)"

# applications of other kinds: "受理行政许可申请N件" counts no 表三 request
_OTHER_APPLICATIONS = (r"许可|审批|复议|诉讼|补助|补贴|救助|低保|赔偿|听证|专利|商标|备案|注册|认定|资格|资质|执照|证照|项目|资金|办件"
                       r"|档案|查询|咨询"
                       r"|政务服务|服务事项|户口|户籍|迁移|落户|主体|企业登记|设立|设置|入学|招生|报名|执业|营业|用地|施工|出入境"
                       r"|签证|护照|身份证|驾驶|机动车|社保|医保|公积金|养老|退休|抚恤|优抚|职称")
# a reason named as what requests were about, not as the answer's reason (涉及第三方合法权益的申请5件)
_NOT_REQUESTS = r"(?!(?:信息)?的?(?:政府信息公开|信息公开|依申请公开)?申请)"
# Order matters only for equal end positions: longer, more specific phrases first.
CONCEPTS: tuple[Concept, ...] = (
    _c("review_and_litigation", r"行政复议(?:和|、|及|与|或)(?:提起)?(?:行政)?诉讼|(?<!行政)复议(?:和|、|及|与)?诉讼",
       ["t4.review.total+t4.lit_direct.total+t4.lit_after_review.total",
        "+".join(_t4_sum(T4_GROUPS["all"], c) for c in T4_PARTS)], zh="行政复议和行政诉讼"),
    _c("corrected", r"纠错|被纠正|结果纠正|败诉",
       ["t4.review.corrected+t4.lit_direct.corrected+t4.lit_after_review.corrected", "t4.review.corrected",
        "t4.lit_direct.corrected+t4.lit_after_review.corrected"], zh="被纠错"),
    # 表四 outcome cells; the group (复议 / 诉讼 / 直接起诉 / 复议后起诉) is the last one named before the
    # figure in its sentence (see make_claims)
    # 纠正 (or 撤销 / 确认违法 / 责令履行, which 表四 counts as 纠正) in a sentence about 复议/诉讼
    _c("t4_corrected", r"(?:结果|决定|判决)?(?:予以|被)?(?:纠正|撤销|确认违法|责令(?:重新)?(?:答复|履行|作出))"
                       r"(?:(?<=撤销)(?:原)?(?:行政行为|决定|答复))?",
       lambda fmt: t4_outcome_targets("corrected", None), zh="复议诉讼结果纠正", context=_T4_CONTEXT),
    # 驳回(原告)诉讼请求 and 胜诉: the court upheld the body's reply
    _c("t4_upheld", r"(?:结果|决定|判决|裁定)?(?:予以|被|均为|均|为)?维持(?:原)?(?:行政行为|决定|答复|判决)?"
                    r"|(?:判决|裁定)?驳回(?:原告)?(?:的)?诉讼请求|胜诉",
       lambda fmt: t4_outcome_targets("upheld", None), zh="复议诉讼结果维持", context=_T4_CONTEXT),
    # 撤诉, 撤回复议申请, 终止审理 and 裁定驳回起诉 (not 驳回诉讼请求: upheld) end a case with neither outcome
    _c("t4_other", r"其他结果|其它结果|撤诉|撤回(?:了)?(?:行政)?(?:复议|起诉|诉讼)(?:申请)?|终止(?:审理|复议|审查)"
                   r"|(?:裁定)?驳回(?:原告)?(?:的)?起诉",
       lambda fmt: t4_outcome_targets("other", None), zh="复议诉讼其他结果",
       context=_T4_CONTEXT),
    _c("t4_pending", r"(?:尚|仍)?未审结|尚未结案|(?:尚|仍|正)在审理(?:中)?|(?:尚|仍)?在审理中",
       lambda fmt: t4_outcome_targets("pending", None), zh="复议诉讼尚未审结", context=_T4_CONTEXT),
    _c("review", r"行政复议|被(?:申请|提起)复议|复议案件", lambda fmt: _t4_group_total("review"), zh="行政复议"),
    _c("litigation", r"行政诉讼|提起诉讼|起诉",
       lambda fmt: _t4_group_total("lit") + ["t4.lit_direct.total", "t4.lit_after_review.total"],
       zh="行政诉讼"),
    # a timeliness rate (按时办结率, 答复及时率): the tables do not say which replies were on time
    _c("ontime_rate", r"(?:按时|按期|及时|限时|如期|法定期限内|法定时限内)(?:办结|答复|办复|办理|回复)率"
                      r"|(?:办结|答复|办复|办理|回复)(?:及时|按时|按期)率",
       [], kinds=("percent",), zh="按时办结率", context=_REQ),
    _c("processing_rate", r"办结率|答复率|办复率",
       ["t3.total_processed.total/(t3.new.total+t3.carried_over.total)*100", RATE_OVER_NEW],
       kinds=("percent",), zh="办结率", context=_REQ),
    # (信息处理费收费金额为0元: the amount of the information-processing fee, not 表二's 收费金额)
    _c("info_fee", r"信息处理费(?:的)?(?:收费|收取)?(?:金额|总额|总金额)?", [], kinds=("money",), zh="信息处理费"),
    _c("admin_fee", r"行政事业性收费|收费金额", ["t2.admin_fee.amount_wan"], kinds=("money",), zh="行政事业性收费"),
    _c("carried_forward", rf"(?:结转|转入|转|顺延|延至|延期|留待){_NEXT_YEAR}(?:继续)?(?:办理|答复|处理)*{_REQ_NOUN}"
                          rf"|结转(?:政府信息公开)?申请(?:至|到)下(?:一)?(?:个)?(?:年度|年)"
                          rf"|(?:结转|顺延|延至|延期|推迟)(?:至|到)?20\d\d年{_REQ_NOUN}|(?:尚|仍|正)在(?:办理|处理|答复)(?:中|过程中|期限内)?(?:的)?{_REQ_NOUN}"
                          r"|(?:尚|仍)(?:在|处于)(?:法定)?(?:答复|办理)(?:期限|时限|期)内",
       ["t3.carried_forward.total"], zh="结转下年度", context=_REQ),
    _c("carried_over", rf"(?:上年(?:度)?|上一年度|往年|20\d\d年)结转{_REQ_NOUN}|结转上(?:一)?年(?:度)?{_REQ_NOUN}",
       ["t3.carried_over.total"], zh="上年结转", context=_REQ),
    # the five 法人或其他组织 columns, named one by one (before "org": 商业企业 ends where 企业 does)
    *(_c(col, rx, [f"t3.new.{col}", f"t3.new.{col}+t3.carried_over.{col}"], zh=zh + "申请", context=_REQ)
      for col, rx, zh in (("commercial", r"商业企业|企业法人", "商业企业"), ("research", r"科研机构", "科研机构"),
                          ("social_welfare", r"社会公益组织", "社会公益组织"),
                          ("legal_service", r"法律服务机构", "法律服务机构"))),
    _c("natural", r"自然人|公民(?:个人)?(?!、|和|或|及|信息|隐私|个人|身份)|以个人(?:名义|身份)|(?<![法公])个人(?=(?:提出|提交)?(?:的)?申请)", ["t3.new.natural", "t3.new.natural+t3.carried_over.natural"], zh="自然人申请", context=_REQ),
    _c("org", r"法人(?:或|和)?(?:其他)?组织|法人",
       ["+".join(f"t3.new.{c}" for c in ORG_COLS),
        "+".join(f"t3.new.{c}+t3.carried_over.{c}" for c in ORG_COLS)], zh="法人或其他组织申请", context=_REQ),
    # the fifth column, 其他组织 named as one of the five (…法律服务机构和其他组织依次为…): not 法人或其他组织, the group
    _c("org_other", r"(?<!法人)(?<!法人或)(?<!法人和)(?<!法人及)(?<!法人与)(?<!法人、)(?<!法人或者)(?<!法人以及)其他组织",
       ["t3.new.org_other", "t3.new.org_other+t3.carried_over.org_other"], zh="其他组织申请", context=_REQ),
    # 企业 alone: the 商业企业 column as often as all 法人或其他组织 (either agreeing is agreement)
    _c("enterprise", r"企业",
       ["t3.new.commercial", "t3.new.commercial+t3.carried_over.commercial",
        "+".join(f"t3.new.{c}" for c in ORG_COLS),
        "+".join(f"t3.new.{c}+t3.carried_over.{c}" for c in ORG_COLS)], zh="企业申请", context=_REQ),
    _c("granted_partial", r"(?:予以)?公开(?:和|及|、|或)部分公开|(?:予以|同意|准予)?公开[（(](?:含|包括)部分公开[)）]",
       ["t3.granted.total+t3.partial.total"], zh="予以公开和部分公开", context=_REQ),
    _c("partial", r"部分公开|区分处理", ["t3.partial.total"], zh="部分公开", context=_REQ),
    _c("granted", r"予以公开|(?<!不)同意公开|(?<!不)准予公开|全部公开|(?<!不予)(?<!部分)公开答复", ["t3.granted.total"], zh="予以公开",
       context=_REQ),
    _c("denied", r"不予公开|不同意公开", lambda fmt: [_group("denied", fmt)], zh="不予公开", context=_REQ),
    _c("not_held", r"不掌握|信息不存在", ["t3.unable.not_held.total", ], zh="本机关不掌握", context=_REQ),
    _c("unable", r"无法提供", lambda fmt: [_group("unable", fmt)], zh="无法提供", context=_REQ),
    # rows of 无法提供 and 不予处理 named by their reason alone (没有现成信息、需要另行制作的3件, 重复申请2件)
    _c("needs_creation", r"另行制作|没有现成(?:的)?(?:政府)?信息", ["t3.unable.needs_creation.total"],
       zh="需另行制作", context=_REQ),
    _c("unclear_after_correction", r"补正后(?:申请内容)?仍(?:然)?(?:不明确|不清楚|不清晰)",
       ["t3.unable.unclear_after_correction.total"], zh="补正后申请内容仍不明确", context=_REQ),
    _c("duplicate", r"重复(?:提出(?:的)?)?申请", ["t3.not_processed.duplicate.total"], zh="重复申请", context=_REQ),
    _c("petition", r"信访(?:、)?举报(?:、)?投诉(?:类)?(?:申请)?|信访类申请", ["t3.not_processed.petition.total"],
       zh="信访举报投诉类申请", context=_REQ),
    _c("publication", r"公开出版物", ["t3.not_processed.publication.total"], zh="要求提供公开出版物", context=_REQ),
    _c("mass_repeat", r"大量(?:、)?反复(?:申请)?", ["t3.not_processed.mass_repeat.total"], zh="无正当理由大量反复申请",
       context=_REQ),
    _c("confirm_reissue", r"确认或重新出具|重新出具", ["t3.not_processed.confirm_reissue.total"],
       zh="要求确认或重新出具已获取信息", context=_REQ),
    # rows of 不予公开 named by their reason (其中涉及保护第三方合法权益3件、属于过程性信息2件); not the requests that
    # touch on it (涉及第三方合法权益的申请5件，其中不予公开3件: what the table counts is the 3)
    _c("state_secret", r"国家秘密" + _NOT_REQUESTS, ["t3.denied.state_secret.total"], zh="属于国家秘密", context=_REQ),
    _c("law_prohibited", r"法律(?:、)?(?:行政)?法规(?:禁止|规定不予)公开" + _NOT_REQUESTS,
       ["t3.denied.law_prohibited.total"], zh="其他法律行政法规禁止公开", context=_REQ),
    _c("security_stability", r"三安全一稳定" + _NOT_REQUESTS, ["t3.denied.security_stability.total"],
       zh="危及“三安全一稳定”", context=_REQ),
    _c("third_party", r"第三方(?:的)?(?:合法)?权益" + _NOT_REQUESTS, ["t3.denied.third_party.total"],
       zh="保护第三方合法权益", context=_REQ),
    _c("internal_affairs", r"内部事务(?:信息)?" + _NOT_REQUESTS, ["t3.denied.internal_affairs.total"],
       zh="属于三类内部事务信息", context=_REQ),
    _c("process_info", r"过程性信息" + _NOT_REQUESTS, ["t3.denied.process_info.total"], zh="属于四类过程性信息",
       context=_REQ),
    _c("enforcement_file", r"行政执法案卷" + _NOT_REQUESTS, ["t3.denied.enforcement_file.total"], zh="属于行政执法案卷",
       context=_REQ),
    _c("admin_query", r"行政查询事项" + _NOT_REQUESTS, ["t3.denied.admin_query.total"], zh="属于行政查询事项",
       context=_REQ),
    _c("not_processed", r"不予处理", lambda fmt: [_group("not_processed", fmt)], zh="不予处理", context=_REQ),
    # the 2021 table's （六）其他处理 rows 1 and 2 (2019's 其他处理 is one row)
    _c("no_correction", r"逾期(?:不|未|没有)补正|(?:不|未)(?:按要求)?补正(?:材料)?"
                        r"|(?:未|没有)(?:在|于)?(?:规定|法定|告知|要求)?的?(?:期限|时限)内?补正",
       lambda fmt: ["t3.other.no_correction.total"] if fmt == "2021" else [], zh="逾期不补正", context=_REQ),
    _c("unpaid_fee", r"(?:逾期)?未(?:按(?:收费通知)?(?:要求)?)?缴纳(?:信息处理)?费",
       lambda fmt: ["t3.other.unpaid_fee.total"] if fmt == "2021" else [], zh="逾期未缴费", context=_REQ),
    _c("other_processing", r"其他处理", lambda fmt: [_group("other", fmt)], zh="其他处理", context=_REQ),
    _c("processed", r"(?:回应|答复|回复)(?:了)?依申请公开(?:的)?(?:政府)?信息|"
                    rf"(?<!未)办结(?:了)?{_REQ_NOUN}|(?<!公开)(?<!处理)(?<!提供)(?<!处理的)(?<!提供的)(?<!原)(?<!延期)(?<!逾期)(?<!超期)答复(?!率){_REQ_NOUN}|办理完毕|已办理|(?<!不予)处理(?:完毕|完成)?(?:政府信息公开|依申请公开)?申请",
       ["t3.total_processed.total", "t3.new.total", "t3.new.total+t3.carried_over.total"], zh="办结申请", context=_REQ),
    # what there was to handle: this year's requests and those carried over (全年共需办理申请130件，其中本年新收124件、…)
    _c("to_handle", r"(?:需|需要|应|共需|共应)办理(?:的)?(?:政府信息公开|依申请公开)?申请",
       ["t3.new.total+t3.carried_over.total"], zh="需办理的申请", context=_REQ),
    # this year's new requests named without 申请 (其中本年新收124件), where the context is the requests
    _c("new_requests", r"(?:本年度?|当年|全年|今年)新(?:收|受理)(?:的)?", ["t3.new.total"], zh="本年新收申请", context=_REQ),
    # (the lookbehinds that keep 主体登记, 企业登记… out follow 登记: the engine tries them only where 登记 stands)
    _c("requests", rf"(?:收到|受理|新收|接收|接到|共有|登记(?<!主体登记)(?<!企业登记)(?<!户口登记)(?<!户籍登记)(?<!婚姻登记)(?<!不动产登记))(?:(?!{_OTHER_APPLICATIONS}|法人|自然人)[^，。；、]){{0,12}}?(?:申请(?!人)|依申请公开)"
                   r"|依申请公开|公开申请|公民、法人(?:或者|或|和)其他组织(?:提出|提交)?(?:的)?(?:政府信息公开|信息公开)?申请"
                   r"|(?:本年度?|全年|今年|年度)(?:的)?申请(?:总?数量|总?量|总数)",     # 本年度申请数量较上年有所上升，全年达到37件
       ["t3.new.total", "t3.new.total+t3.carried_over.total"], zh="收到政府信息公开申请"),
    _c("normative_repealed", r"废止", _t2("repealed", None, "normative_doc"), zh="废止规范性文件",
       context=r"规范性文件", units=_ITEM_UNITS),
    _c("normative_in_force", r"现行有效|对外公开(?:的)?(?:(?:行政)?规范性文件)?总数", _t2("in_force", "total_published", "normative_doc"),
       zh="现行有效规范性文件", context=r"规范性文件", units=_ITEM_UNITS),
    _c("normative_issued", r"(?:制发|制定|出台|印发|发布|新增|新制作|新公开)(?:(?!现行有效|有效的)[^，。；\d（(]){0,10}?规范性文件"
                           r"|规范性文件[^，。；]{0,4}?(?:制发|出台|制定|印发|新制作|新公开)",
       _t2("issued", "new_made|new_published", "normative_doc"), zh="制发规范性文件", units=_ITEM_UNITS),
    # "发布信息N条（含行政规范性文件M件）", "其中包括：行政规范性文件M件" in a sentence about publishing
    _c("normative_listed", r"(?:含|包括|包含)[：:]?(?:行政)?规范性文件",
       _t2("issued", "new_made|new_published", "normative_doc"), zh="制发规范性文件", units=_ITEM_UNITS),
    _c("regulation_issued", r"(?:制发|制定|出台|印发|发布|新增|新制作|新公开)(?:(?!现行有效|有效的)[^，。；\d（(]){0,6}?规章",
       _t2("issued", "new_made", "regulation"), zh="制发规章", units=_DECISION_UNITS),
    _c("regulation_repealed", r"废止(?:(?!规范性文件)[^，。；\d（(]){0,6}?规章|规章[^，。；\d]{0,4}?废止",
       _t2("repealed", None, "regulation"), zh="废止规章", units=_ITEM_UNITS),
    _c("regulation_in_force", r"现行有效(?:的)?(?:地方)?(?:政府|部门)?规章|规章[^，。；\d]{0,4}?现行有效",
       _t2("in_force", "total_published", "regulation"), zh="现行有效规章", units=_ITEM_UNITS),
    _c("licensing", r"行政许可(?:决定|事项)?", _t2("decisions", "decisions", "licensing"), zh="行政许可", units=_DECISION_UNITS),
    _c("penalty", r"行政处罚(?:决定)?", _t2("decisions", "decisions", "penalty"), zh="行政处罚", units=_DECISION_UNITS),
    _c("coercion", r"行政强制(?:决定|措施)?", _t2("decisions", "decisions", "coercion"), zh="行政强制", units=_DECISION_UNITS),
    # 表二 (2019)'s row of other management and service matters (no such row in 2021)
    _c("other_mgmt_service", r"其他对外管理服务事项",
       lambda fmt: ["t2v19.other_mgmt_service.decisions"] if fmt == "2019" else [], zh="其他对外管理服务事项",
       units=_DECISION_UNITS),
    # 表二 (2019) 政府集中采购: the amount's unit is not fixed (元 or 万元), both are tried
    _c("procurement_projects", r"(?:政府)?(?:集中)?采购(?:项目|信息)?(?:数量)?(?:共计|共|合计)?(?:有|为|达)?$",
       lambda fmt: ["t2v19.central_procurement.projects"] if fmt == "2019" else [], zh="政府集中采购项目",
       units=("个", "项", "批", "批次", "次", "宗", "件")),
    _c("procurement_amount", r"采购(?:总)?金额|(?:涉及|合同|成交|中标)(?:总)?金额",
       lambda fmt: ["t2v19.central_procurement.amount"] if fmt == "2019" else [], kinds=("money",),
       zh="政府集中采购金额", context=r"采购"),
)
# a share of the figure stated just before it ("…5件，占6.17%"): its targets are built from that figure's
SHARE = _c("share", r"(?!)", [], kinds=("percent",), zh="占比")
T4_OUTCOME_CONCEPTS = {"t4_corrected": "corrected", "t4_upheld": "upheld", "t4_other": "other", "t4_pending": "pending", "corrected": "corrected"}
CONCEPT_BY_KEY = {c.key: c for c in CONCEPTS + (SHARE,)}


def _required_chars(pattern: str) -> frozenset[str] | None:
    """Characters of which every match of ``pattern`` contains at least one (None: not known). A concept
    whose keyword cannot be in a clause is skipped without running its pattern."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse  # type: ignore[no-redef]
    c = sre_parse

    def seq(items) -> frozenset[str] | None:
        best = None
        for op, av in items:
            got = one(op, av)
            if got is not None and (best is None or len(got) < len(best)):
                best = got
        return best

    def one(op, av) -> frozenset[str] | None:
        if op is c.LITERAL:
            return frozenset(chr(av))
        if op is c.SUBPATTERN:
            return seq(av[-1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return seq(av[2]) if av[0] >= 1 else None
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                got = seq(branch)
                if got is None:
                    return None
                out |= got
            return frozenset(out)
        return None

    try:
        return seq(c.parse(pattern))
    except (re.error, ValueError, TypeError, AttributeError, IndexError):   # pragma: no cover - always try it
        return None


CONCEPT_HINTS = {c.key: _required_chars(c.pattern.pattern) for c in CONCEPTS}


def _hint_bits() -> tuple[dict[str, int], int]:
    """Per character, the concepts whose keyword may contain it (a bit per index in CONCEPTS), and the concepts
    with no known required character (always tried): the concepts a clause can name, from its characters, in one
    pass over them."""
    bits: dict[str, int] = {}
    always = 0
    for i, c in enumerate(CONCEPTS):
        hint = CONCEPT_HINTS[c.key]
        if hint is None:
            always |= 1 << i
            continue
        for ch in hint:
            bits[ch] = bits.get(ch, 0) | 1 << i
    return bits, always


HINT_BITS, HINT_ALWAYS = _hint_bits()


def _concepts_named_in(s: str) -> int:
    """The concepts (a bit per index in CONCEPTS) whose keyword may stand in ``s``: one of its required characters is
    there, or none is known."""
    named = HINT_ALWAYS
    for ch in set(s):
        named |= HINT_BITS.get(ch, 0)
    return named

RE_CLAUSE = re.compile(r"[，,；;。！？!?：:\n]")
_CLAUSE_HARD_CHARS = "，,；;。！？!?：:"             # the characters that end a clause (a blank line does too)
RE_CLAUSE_HARD = re.compile("[" + _CLAUSE_HARD_CHARS + r"]|\n\s*\n")
# a sentence's end: 。！？, a blank line, or a line break before a heading or a numbered part. (Written to open with one
# character class, of the characters a sentence end begins with: the regex engine then scans for that class in C
# instead of trying the pattern at every position; sentence_bounds finds them with str.find.)
_END_CHARS = "。！？!?\n"
RE_SENTENCE_END = re.compile("[" + _END_CHARS + "]"
                             r"(?:(?<=\n)(?:\s*\n|(?=\s*(?:#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])))"
                             r"|(?<!\n))")
# another year's figure, or one summed over years (累计, 多年累计; not 全年累计, 本年度累计, 2023年累计: this year's)
RE_OTHER_YEAR = re.compile(r"上(?:一)?年(?!度?结转|项目数量)|去年|同比|前年|历年|近三年|近五年|以来"
                           r"|(?<!全年)(?<!本年)(?<!今年)(?<!年度)(?<!年内)(?<!\d\d\d\d年)累计")
# a part of the year: a half, a quarter, a month (11月份) or months (1至6月; not 1至12月, the whole year)
RE_PART_OF_YEAR = re.compile(r"[上下]半年|第?[一二三四1-4１-４]\s*季度|(?<![\d年])(?:[1-9]|1[012])\s*月份"
                             r"|(?:1|一)\s*月?\s*(?:至|到|-|—|~|～)\s*(?:[1-9]|1[01]|[二三四五六七八九]|十一?)\s*月(?!\s*\d|份?\s*底)")

RE_YEAR = re.compile(r"(20\d\d)\s*年")
RE_LEAD_DATE = re.compile(r"\s*(?:截至|截止|至|到)?\s*(20\d\d)\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
                          r"(?:份|[以之]?[前后初底末中])?\s*[，,]"
                          # a year that opens the sentence without a comma (2022年被申请行政复议4件，被提起…3件) scopes
                          # it too, unless this year is named after it (2022年结转的2件已办结，本年新收…)
                          r"|\s*(20\d\d)\s*年度?(?![\d\s]*月|底|末|初|中|以来|至|起|结转|度报告|报告|年报)")
RE_THIS_YEAR = re.compile(r"本年|今年|本年度")
# a total broken down after 其中 into both ways of disclosing (one list: no 。 or ； between them)
RE_BY_MODE = re.compile(r"其中[^。；;]*?(?:依申请公开[^。；;]*主动公开|主动公开[^。；;]*依申请公开)")
RE_PUBLISH_LIST = re.compile(r"类信息|类政府信息|栏目|专栏|动态|公示|公告")     # 行政许可类信息N条 counts items


@dataclass
class Claim:
    mention: Mention
    concept: str | None
    targets: list[str] = field(default_factory=list)
    values: dict[str, float | None] = field(default_factory=dict)
    status: str = "no_target"
    matched: str | None = None
    note: str = ""
    # targets whose cells read ambiguously: every value their readings allow (set when all could be listed)
    possible: dict[str, list[float]] = field(default_factory=dict)
    # the targets are one applicant column's cells of a 表三 row the sentence names (予以公开的申请中，自然人…;
    # 科研机构申请82件，其中已办结73件): a part of the requests the table does give
    scoped: bool = False

    def to_dict(self) -> dict:
        m = self.mention
        return {**m.to_dict(), "concept": self.concept, "targets": list(self.targets), "status": self.status,
                "matched": self.matched, "target_values": dict(self.values), "note": self.note}


SENTENCE_LOOKBACK = 400       # how far back a sentence's start is looked for


@lru_cache(maxsize=256)
def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the sentence around ``pos``: from the end of the last sentence end (RE_SENTENCE_END, seen
    only up to ``pos``) in the :data:`SENTENCE_LOOKBACK` characters before it, to the end of the first one from
    ``pos`` on. Cached: the binder, the lists and the checks ask again about the same figures; a str caches its
    hash, so the key is cheap; a small cache, as each entry keeps its text.

    Only where a sentence end can begin (its first character, found once per block of the text) is the pattern
    tried: from ``pos`` backwards, the first that matches is the last end, as ``finditer`` over the window would
    find it (a match that begins inside an earlier one, at a line break in its blank lines, ends where that one
    does); from ``pos`` forwards, the first that matches is what ``search`` finds."""
    return _last_end(text, max(0, pos - SENTENCE_LOOKBACK), pos), _next_end(text, pos)


def _last_end(text: str, floor: int, pos: int) -> int:
    """The end of the last sentence end in [floor, pos), the text seen only up to ``pos``; ``floor`` if none."""
    match = RE_SENTENCE_END.match
    for block in range(pos // _END_BLOCK, floor // _END_BLOCK - 1, -1):
        starts = _end_starts(text, block)
        for j in range(bisect_left(starts, pos) - 1, -1, -1):
            if starts[j] < floor:
                return floor
            m = match(text, starts[j], pos)
            if m is not None:
                return m.end()
    return floor


def _next_end(text: str, pos: int) -> int:
    """The end of the first sentence end from ``pos`` on; the text's end if none."""
    match = RE_SENTENCE_END.match
    for block in range(pos // _END_BLOCK, (len(text) - 1) // _END_BLOCK + 1):
        starts = _end_starts(text, block)
        for j in range(bisect_left(starts, pos), len(starts)):
            m = match(text, starts[j])
            if m is not None:
                return m.end()
    return len(text)


_END_BLOCK = 4096             # the text is scanned for them a block at a time (a huge text only where asked)


@lru_cache(maxsize=32)
def _end_starts(text: str, block: int) -> list[int]:
    """The offsets in block ``block`` of ``text`` (:data:`_END_BLOCK` characters) where a sentence end may begin
    (one of :data:`_END_CHARS`), in order: found once per block for the sentences of all its figures, with
    ``str.find`` (a match object per offset from ``finditer`` cost about four times as much)."""
    lo = block * _END_BLOCK
    hi = lo + _END_BLOCK
    find = text.find
    out = []
    for ch in _END_CHARS:
        i = find(ch, lo, hi)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1, hi)
    out.sort()
    return out


RE_LIST_COLON = re.compile(r"(?:包括|包含|其中|含)\s*$")


# everything up to the last clause-ending character: matched from a window's start, its end is that character's
_UP_TO_LAST_HARD = re.compile("(?s:.*)[" + _CLAUSE_HARD_CHARS + "]")


def _last_hard(text: str, lo: int, hi: int) -> int:
    """The offset of the last clause-ending character (:data:`_CLAUSE_HARD_CHARS`) in [lo, hi), -1 if none (one
    match that runs to ``hi`` and steps back to it: cheaper than a match object for every one in the window)."""
    m = _UP_TO_LAST_HARD.match(text, lo, hi)
    return -1 if m is None else m.end() - 1


def clause_before(text: str, mention: Mention) -> str:
    """The clause before the figure: back to the last hard break, at most 60 characters."""
    return text[_clause_start(text, mention.start):mention.start]


@lru_cache(maxsize=256)
def _clause_start(text: str, start: int) -> int:
    window = max(0, start - 60)
    para = text.rfind("\n\n", window, start)          # a paragraph's start (a heading above it is not the clause)
    window = max(window, para + 2) if para >= 0 else window
    p = _last_hard(text, window, start)
    while p >= 0:
        # "其中包括：行政规范性文件13件": a colon that opens a list does not end the clause; nor does one that opens
        # the figure itself ("收到政府信息公开申请：68件")
        if text[p] not in "：:" or not (RE_LIST_COLON.search(_compact(text[max(0, p - 9):p]))
                                        or not text[p + 1:start].strip()):
            return p + 1
        p = _last_hard(text, window, p)
    return window


MAX_KEYWORD_GAP = 18
CONTEXT_WINDOW = 120          # a t3 concept needs 申请 within this many characters before the figure
# spaces between CJK characters, a run of spaces with a line break, trailing spaces (opening with \s, as every match
# does: the engine scans for it in C)
_WS_IN_CJK = re.compile(r"\s(?:(?<=[\u4e00-\u9fff]\s)\s*(?=[\u4e00-\u9fff])|\s*(?<=\n)\s*|\s*$)")


def _compact(s: str) -> str:
    return _WS_IN_CJK.sub("", s)


RE_NOUN_AFTER = re.compile(r"\s*(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请(?!人)")


def _context_window(text: str, mention: Mention) -> str:
    """The text before a figure in which a concept's context word must stand (PDF wraps removed: 申\n请),
    and the noun right after it (上年结转的5件申请: the figure names its own context). Every part listed after
    其中 (…已办结76件，其中予以公开30件、…、不予处理9件) has the context of the list's first part: the window is
    then measured from the list's head."""
    after = RE_NOUN_AFTER.match(text, mention.end)
    end = after.end() if after else mention.end
    head = text.rfind("其中", sentence_bounds(text, mention.start)[0], mention.start)
    if head >= 0 and not _is_list(text[head + 2:mention.start]):
        head = -1
    base = max(0, (mention.start if head < 0 else head) - CONTEXT_WINDOW)
    window = text[base:end]
    if "\n" not in window:
        return window
    lo = base
    for _ in range(3):                     # line breaks do not count towards the distance
        lo2 = max(0, base - text.count("\n", lo, mention.start))
        if lo2 == lo:
            break
        lo = lo2
    return _compact(text[lo:end])


def _is_list(between: str) -> bool:
    """Whether the text from 其中 to a figure is a list that the figure goes on: parts of a few words, each with its
    figure (…予以公开30件、部分公开8件、…、), and the figure's own words."""
    parts = re.split(r"[、，,；;]", between)
    return all(len(p) <= 30 and RE_DIGITS.search(p) for p in parts[:-1]) and len(parts[-1]) <= 30


def clause_after(text: str, mention: Mention) -> str:
    hi = mention.end
    m = RE_CLAUSE_HARD.search(text, hi, hi + 30)      # a single line break is a PDF wrap, not a break
    hi = m.start() if m else min(len(text), hi + 30)
    return text[mention.end:hi]


# between a keyword and its figure: only filler words ("收到政府信息公开申请共计0条")
RE_PARENTHESIS = re.compile(r"（[^（）]*）|\([^()]*\)")
RE_PARTIAL_INCLUDED = re.compile(r"[（(](?:含|包括)部分公开[)）]")        # 同意公开（含部分公开）: part of the keyword
RE_FILLER_GAP = re.compile(r"(?:公开)?(?:事项)?(?:的)?(?:共|共计|总计|合计|计)?(?:有|为|达)?")
# cases and answers counted in 条 (行政复议1条): only with the keyword right before the figure, nothing but a
# total word between (行政复议事项3条 counts published matters; 主动公开和答复…信息共计320条 a combined count)
RE_TIGHT_GAP = re.compile(r"(?:共|共计|合计)?(?:有|为)?")
TIGHT_LOOSE = frozenset({"processed", "review", "litigation"})
RE_COMBINED_BEFORE = re.compile(r"(?:公开|办理|处理)(?:和|及|与|、)$")
# a figure of another keyword already stands between (or the keyword is one item of an enumeration):
# "规章1件、政策性文件11件", "…、行政复议与行政诉讼情况、存在问题…六个部分"
RE_GAP_BREAK = re.compile(r"、|\d\s*[件条个项次份人家篇起]")
# "由原来的29项精简合并为22项": a change, both figures count what the keyword names
RE_CHANGE_GAP = re.compile(r"(?:由|从)[^、，。；]*?\d[^、，。；]*?(?:为|至|到)$")
# between a keyword and its figure: a change, not a level ("依申请公开数量增加5件")
# a plan for the future (计划明年制定规范性文件5件; not 立法计划, 计划生育, 年度目标)
RE_MIDYEAR = re.compile(r"截至\s*(?:20\d\d年)?\s*(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月")   # 截至6月底
RE_CHANGE_TO = re.compile(r"\s*(?:增加|减少|提高|下降|上升|降低|增长)(?:到|至|为)|\s*(?:增至|减至|降至|升至)")
RE_DIGITS = re.compile(r"[\d零一二两三四五六七八九十百千]+\s*(?:件|人次|人|个|条)")
def _several_kinds(text: str, mention: Mention, kinds: re.Pattern[str]) -> bool:
    """科研机构、社会公益组织和其他组织申请合计7件, 不予公开、不予处理及其他处理的共5件, 予以公开（含部分公开）15件:
    several kinds since the previous figure (not a 分别/依次 list, which gives each kind its own figure)."""
    raw = _compact(clause_before(text, mention))
    return "分别" not in raw and "依次" not in raw and len(set(kinds.findall(RE_DIGITS.split(raw)[-1]))) > 1



RE_OUTCOME = re.compile(r"(?<!不予)(?<!部分)予以公开|部分公开|不予公开|无法提供|不予处理|其他处理")
RE_APPLICANT = re.compile(r"自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织")
APPLICANT_CONCEPTS = frozenset({"natural", "commercial", "research", "social_welfare", "legal_service", "org_other",
                                "org", "enterprise"})
# the concepts of 表三's results (a group or one of its rows)
RESULT_CONCEPTS = frozenset({"granted", "partial", "granted_partial", "denied", "not_held", "unable", "not_processed",
                             "other_processing", "no_correction", "unpaid_fee", "needs_creation",
                             "unclear_after_correction", "duplicate", "petition"})
# counts of all the requests (received, new, to handle, handled): a topic, a channel or a remainder is a part of them
WHOLE_REQUEST_CONCEPTS = frozenset({"requests", "processed", "to_handle", "new_requests"})
REQUEST_SIDE_CONCEPTS = APPLICANT_CONCEPTS | RESULT_CONCEPTS | WHOLE_REQUEST_CONCEPTS
RE_OVERDUE = re.compile(r"(?:超期|逾期|超时|延期)(?:答复|办结|办理|回复)[^，。；\d]{0,4}$|延长(?:答复|办理)?(?:期限|时限)[^，。；\d]{0,4}$")
# …，其中2件依法延长答复期限: the figure counts replies whose deadline was extended (the tables do not say which)
RE_PENDING_AFTER = re.compile(r"未审结|尚未结案|(?:尚|仍|正)在审理")
RE_EXTENDED_AFTER = re.compile(r"\s*(?:件|个)?(?:申请)?(?:依法|经批准|经审批)?(?:延长|延期)")
# …，其余11件按其他情形依法答复: the rest of a list, not the whole it is part of
RE_REMAINDER = re.compile(r"(?:其余|剩余|余下|另有|其他)(?:的)?$")
# 在发文环节认定主动公开公文158件、依申请公开6件、不予公开14件: documents' disclosure attributes, not requests
RE_ATTRIBUTE = re.compile(r"公开属性|属性认定|(?:认定|确定|标注|明确)[^，。；]{0,6}(?:为)?(?:主动公开|依申请公开|不予公开)"
                          r"|(?:主动公开|依申请公开|不予公开)(?:的)?(?:公文|文件|发文)")
# an application of another kind: 户口迁移申请, 企业登记申请, 行政许可申请
_OTHER_APPLICATION = rf"(?:{_OTHER_APPLICATIONS}|登记)(?:(?!公开)[\u4e00-\u9fff]){{0,4}}申请"
# 受理企业登记申请2.3万件: one right before the figure
RE_OTHER_APPLICATION_END = re.compile(_OTHER_APPLICATION + r"(?:共|共计|合计)?(?:有|为|达)?$")
# 表二's counts of documents, and two of the actions on them joined in one figure (制定和修订规范性文件15件)
# (制定并印发 is one action: issuing)
DOCUMENT_CONCEPTS = frozenset({"normative_issued", "normative_repealed", "normative_in_force", "regulation_issued",
                               "regulation_repealed", "regulation_in_force"})
_DOC_ACTIONS = (r"制定|制发|出台|印发|发布", r"修订|修改|修正", r"废止|清理|宣布失效")
_JOINED = r"(?:了)?(?:和|及|与|、|或|并|以及)"
RE_SEVERAL_ACTIONS = re.compile("|".join(f"(?:{a}){_JOINED}(?:{b})" for a in _DOC_ACTIONS for b in _DOC_ACTIONS
                                         if a != b))
# a topic that makes requests or cases a part of the table's (涉及征收补偿的, 关于公积金提取的, 因土地征收引起的): its words
# never disclosure itself (有关政府信息公开的, 因不服政府信息公开答复提起的: every request or case is), nor who passed the
# request on or who it is to (有关单位转办的, 关于本机关的)
_TOPIC = (r"(?:关于|涉及|有关|因)(?!部门|单位|本机关|本单位|本局|本级)(?:(?!信息公开|依申请|公开申请|政府信息)[^，。；、]){1,14}?"
          r"(?:的|引起的|引发的)")
_REQUEST_NOUN = r"(?:(?:政府)?信息公开|依申请公开)?申请"
# requests on one topic (收到关于公积金提取的政府信息公开申请28件) or of one kind (教育类申请, 敏感件, 复杂件): a part of the
# requests (not 政府信息公开类申请, 各类申请: every request)
RE_TOPIC_PART = re.compile(_TOPIC + _REQUEST_NOUN +
                           r"|[^，。；、\d的]{2,6}(?<![各该此这本])(?<!信息公开)(?<!依申请)(?:类|方面)(?:的)?" + _REQUEST_NOUN)
RE_QUALIFIED_KIND = re.compile(r"敏感|复杂|疑难")          # …inside the keyword too: 收到敏感复杂申请12件
RE_QUALIFIED_PART = re.compile(RE_QUALIFIED_KIND.pattern + r"|重大|重点")
# how a request came or was answered: one channel before the keyword is a part (邮寄答复38件); a list of them, or one
# with 等 or 各 (通过网上、信函等方式共收到申请50件), names every way of the whole. Not 书面: the 条例 asks for requests in
# writing, and replies are written (收到书面申请120件 is every request)
RE_CHANNEL = re.compile(r"电子邮件|邮件|邮寄|当面|网上|在线|网络|现场|口头|电话|信函|传真|窗口")
RE_CHANNELS_LISTED = re.compile(f"(?:{RE_CHANNEL.pattern})[^，。；]{{0,4}}?[、和及与或]|等|各")


def _one_channel(before: str) -> bool:
    clause = RE_CLAUSE.split(before)[-1]
    return bool(RE_CHANNEL.search(clause)) and not RE_CHANNELS_LISTED.search(clause)


# a court's instances (一审判决驳回4件、二审维持1件), two named in a sentence: the same case may be counted at both
RE_COURT_INSTANCE = re.compile(r"一审|二审|再审|终审")
# review or litigation cases of every kind, where 表四 counts the disclosure cases only: 各类行政复议案件共47件 (then,
# often, 其中涉及政府信息公开的6件), 涉及土地征收的行政复议申请19件, 司法局全年共受理行政复议案件236件 (as the reviewer)
RE_EVERY_KIND = re.compile(r"各类|全部|所有|各种")
RE_CASE_TOPIC = re.compile(_TOPIC + r"(?:行政)?(?:复议|诉讼)")
RE_AS_REVIEWER = re.compile(r"(?:受理|审结|审理)(?:了)?[^，。；]{0,6}?(?:行政)?复议(?:案件|申请)")
RE_DISCLOSURE_WORD = re.compile(r"(?:政府)?信息公开|依申请公开|被申请|被告|应诉")
RE_DISCLOSURE_NAMED = re.compile(r"信息公开|依申请公开|公开申请")

def _cases_of_every_kind(text: str, mention: Mention, scope: str, keyword_end: int) -> bool:
    lo, hi = sentence_bounds(text, mention.start)
    if RE_DISCLOSURE_NAMED.search(scope, 0, keyword_end):
        return False                      # 各类政府信息公开行政复议案件5件: the disclosure cases, said so
    after = text[mention.end:hi]
    if re.match(r"[^。；;]*?其中[^。；;]{0,12}?(?:政府)?信息公开", after):
        return True
    near = scope[max(0, keyword_end - 16):keyword_end]
    if RE_EVERY_KIND.search(near) or RE_CASE_TOPIC.search(scope):
        return True
    return bool(RE_AS_REVIEWER.search(scope)) and not RE_DISCLOSURE_WORD.search(_compact(text[lo:hi]))


# the requests counted without saying which (本年度申请数量): disclosure requests only in 三 or shortly after their words
RE_BARE_REQUEST_COUNT = re.compile(r"(?:本年度?|全年|今年|年度)(?:的)?申请(?:总?数量|总?量|总数)$")
# what else a body receives or answers (答复群众政策咨询530件): the object between the verb and the figure
RE_OTHER_OBJECT = re.compile(r"咨询|留言|来信|来电|诉求|工单|查询|建议|提案")
# 属于信访、举报、投诉性质而不作为政府信息公开申请处理的X件
RE_NOT_A_REQUEST = re.compile(r"不(?:作为|按|视为|属于)[^，。；]{0,8}申请(?:处理|办理)?(?:的)?$")
ATTRIBUTE_CONCEPTS = frozenset({"requests", "granted", "partial", "granted_partial", "denied", "processed"})
RE_PLAN = re.compile(r"拟(?:于|在)?(?:明年|下一?年|今后)|拟(?=废止|修改|修订|制定|制发|出台|印发)|预计|明年|下一年度?|力争"
                     r"|计划(?:于|在)?(?:明年|下一?年|今后)|将(?=制发|制定|出台|印发|废止|修订|修改)")
RE_RELIEF = re.compile(r"(?:减免|免征|免收|减收|退还|退费)了?(?:各类|相关|涉企)?(?:行政事业性)?收费")   # 减免行政事业性收费3.2万元
RE_DELTA = re.compile(r"增加|减少|增长|下降|上升|提高|降低|增幅|降幅|减幅|增多|回落|翻番")
# a figure per unit: a rate, a price or a standard ("每件10元", "人均3件", "0.1元/页")
RE_PER_UNIT = re.compile(r"(?:每|人均|平均|均价|单价)[^\d，。；、]{0,3}$")
# the concepts whose figures may also be counted in 条/项 when the keyword stands right before the figure
LOOSE_UNITS = {"requests": ("条", "项", "份"), "carried_over": ("条", "项"), "carried_forward": ("条", "项"),
               "processed": ("条",), "review": ("条",), "litigation": ("条",)}   # 行政复议1条, 回应依申请公开信息3条


# between a keyword and its figure: an activity about the keyword is what is counted
# ("依申请公开业务培训2次", "政府信息公开申请办理工作会议3次")
RE_ACTIVITY_GAP = re.compile(r"培训|会议|讲座|座谈|研讨|调研|演练|督查|宣传|活动|例会|听证会?$")
RE_RESPECTIVE = re.compile(r"(?:的)?(?:分别|依次)(?:为|是|有|达|[^\d、和及与，,。；;：:（(]{0,4}?(?:为|是|有|达)?(?=\s*[\d零〇一二两三四五六七八九十]|$))")
RE_LIST_SEP = re.compile(r"[、和及与]")
RE_LIST_FIGURE = re.compile(r"^\s*[\d零〇○一二两三四五六七八九十百千万]")


def _respective_item(text: str, mention: Mention, scope: str) -> str | None:
    """"A、B、C分别为x、y、z": the item of the list before 分别 that this figure stands for (None when
    the two lists do not line up one to one)."""
    k = max(scope.rfind("分别"), scope.rfind("依次"))
    r = RE_RESPECTIVE.match(scope, max(0, k - 1) if scope[k - 1:k] == "的" else k)
    if r is None:
        return None
    before = RE_LIST_SEP.split(scope[r.end():])             # the figures of the list before this one
    if before[-1].strip() or any(not RE_LIST_FIGURE.match(p) for p in before[:-1]):
        return None
    idx = len(before) - 1
    after = _compact(clause_after(text, mention))
    later = RE_LIST_SEP.split(after)[1:] if after[:1] and RE_LIST_SEP.match(after) else []
    if any(not RE_LIST_FIGURE.match(p) for p in later):
        return None
    n = idx + 1 + len(later)
    head = scope[:r.start()]
    if n < 2:
        return None
    for sep in (r"、", r"[、和及与]"):
        items = re.split(sep, head)
        if len(items) == n:
            return items[idx]
    return None


@cache
def _candidates(kind: str, unit: str, zero: bool) -> tuple[tuple[int, Concept, bool], ...]:
    """(index, concept, loose) for the concepts a figure of this kind and unit can state; ``loose``: only
    through :data:`LOOSE_UNITS` (the keyword right before the figure)."""
    out = []
    for i, c in enumerate(CONCEPTS):
        if kind not in c.kinds:
            continue
        ok = not c.units or unit in c.units or (zero and unit in ("件", ""))      # "数量均为0": a zero needs no unit
        if ok or unit in LOOSE_UNITS.get(c.key, ()):
            out.append((i, c, not ok))
    return tuple(out)


def bind(text: str, mention: Mention, year: int | None) -> tuple[Concept | None, str]:
    """The concept whose keyword ends nearest before the mention in its clause (or in a negation); a bracket right
    after the figure that only names a kind (无法提供12件（本机关不掌握）和3件（需另行制作）) names what it counts."""
    negation = mention.value == 0 and mention.low == 0 and mention.high == 0 and (
        "未" in mention.surface[:2] or mention.surface[:1] in "无没")
    if implied(mention):
        # 均维持原答复 after a count of cases (nlp.numbers: a figure implied): the outcome its words name
        return _bind_in(text, mention, year, _compact(mention.surface), False)
    before = "" if negation else clause_before(text, mention)
    if RE_BACK_REFERENCE.search(before):
        return None, "指代前文所述的一类情形（此类、上述），无法确定对应的表格单元格"
    label = None if negation else RE_LABEL_BRACKET.match(text, mention.end)
    if label is not None:
        got = _bind_in(text, mention, year, _compact(label.group(1)), negation)
        if got[0] is not None:
            return got
    scope = mention.surface if negation else before
    scope = _compact(scope)                       # PDF text breaks words across lines: 行政复\n议
    if not negation and ("分别" in scope or "依次" in scope):
        scope = _respective_item(text, mention, scope) or scope
    if not negation and ("（" in scope or "(" in scope):
        # 无法提供（本机关不掌握或需另行制作）——27件: a parenthesis explains the keyword before it; only when
        # nothing outside it binds does a keyword inside count (行政争议案件（含行政复议和行政诉讼）共5件)
        # (one holding a figure is that figure's: the keyword before it is not this one's — 未补正（82件）及其他情形（36件）)
        stripped = RE_PARENTHESIS.sub(lambda b: b.group() if RE_PARTIAL_INCLUDED.fullmatch(b.group()) else
                                      "、" if RE_FIGURE_PARENTHESIS.fullmatch(b.group()) else "", scope)
        if stripped != scope:
            got = _bind_in(text, mention, year, stripped, negation)
            if got[0] is not None or got[1]:
                return got
    got = _bind_in(text, mention, year, scope, negation)
    if got[0] is not None and not negation and got[0].key in REASON_GROUP:
        # 对信访举报投诉类申请和重复申请共8件不予处理: two rows of one outcome named together, one figure for them: the
        # outcome's rows that are named (their sum: _row_targets), not the last one's
        group = REASON_GROUP[got[0].key]
        own = RE_PREVIOUS_FIGURE.split(scope)[-1]
        if sum(1 for _, rx in GROUP_REASONS[group] if rx.search(own)) > 1:
            return CONCEPT_BY_KEY[group], ""
    if got == (None, "") and not negation:
        clause_start = mention.start - len(before)
        if RE_LEVEL_ONLY.fullmatch(scope):
            subject = _subject_before(text, clause_start)
            if subject:
                return _bind_in(text, mention, year, subject, negation)
        elif mention.unit and mention.unit in REQUEST_UNITS and \
                (group := _reason_then_outcome(text, mention, scope)) is not None:
            return CONCEPT_BY_KEY[group], ""
        elif RE_DISCLOSURE_PART.fullmatch(scope) and clause_start > 0 and text[clause_start - 1] in "，,":
            # 行政复议案件共47件，其中涉及政府信息公开的6件: the cases the table counts, of the kind(s) just named
            prev = _compact(text[_clause_start(text, clause_start - 1):clause_start - 1])
            review, litigation = "复议" in prev, bool(RE_LITIGATION_WORD.search(prev))
            kind = "review_and_litigation" if review and litigation else "litigation" if litigation else \
                "review" if review else None
            if kind:
                return CONCEPT_BY_KEY[kind], ""
    return got


# what each outcome group of 表三 is called when a sentence gives the reason first and the outcome after the figure
# (属于过程性信息的3件，依法不予公开)
RE_GROUP_OUTCOME = {"denied": re.compile(r"不予公开"), "unable": re.compile(r"无法提供"),
                    "not_processed": re.compile(r"不予处理")}


def _reason_then_outcome(text: str, mention: Mention, scope: str) -> str | None:
    """The 表三 group whose reason the figure's clause names (…第三方合法权益的4件申请) when the sentence goes on
    with that group's outcome in its next clause (，经征求意见后依法不予公开), else None."""
    if not _ANY_REASON.search(scope):               # (most clauses name no reason: one search rules them out)
        return None
    groups = [g for g, rows in GROUP_REASONS.items() if any(rx.search(scope) for _, rx in rows)]
    if len(groups) != 1:
        return None
    _, hi = sentence_bounds(text, mention.start)
    rest = re.split(r"[，,]", _compact(text[mention.end:hi]), 1)
    nxt = RE_CLAUSE.split(rest[1])[0] if len(rest) > 1 else ""
    # (…的申请5件，其中不予公开3件: the next clause counts a part of them, with its own figure)
    if nxt.startswith("其中") or RE_ANY_FIGURE.search(nxt):
        return None
    return groups[0] if RE_GROUP_OUTCOME[groups[0]].search(nxt) else None


# the disclosure cases among all the review or litigation cases named before (其中涉及政府信息公开的, 其中因政府信息公开引起的)
RE_DISCLOSURE_PART = re.compile(r"其中(?:涉及|有关|关于|属于|因)?(?:政府)?信息公开(?:类|方面)?(?:的|引起的|引发的)?(?:案件)?(?:有|为|共)?")
RE_LITIGATION_WORD = re.compile(r"诉讼|被告|起诉|应诉")


# requests named by what they are about, as the sentence's topic (对涉及征收补偿的申请，…)
RE_TOPIC_OF_REQUESTS = re.compile(r"对[^，。；]{1,16}?的(?:(?:政府)?信息公开)?申请")
# a clause that only gives a level (…，全年达到37件; …，共计124件; …，仅有3件): its figure is of what the clause before
# it in the sentence talks about
RE_LEVEL_ONLY = re.compile(r"(?:全年|本年度?|今年|年内)?(?:总量|数量|总数)?(?:共|总共|共计|合计|累计)?"
                           r"(?:达到|达|为|是|有|仅有|仅为|仅|只有)?(?:了)?")
# where that clause turns from its subject to how it changed (申请量较上年有所上升, 与往年基本持平)
RE_TURN_TO_CHANGE = re.compile(r"与[^，。；]{0,8}?(?:相比|持平|相当|基本|一致)|较|比|同比|相比|有所|明显|大幅|略有|基本|持平|继续|仍")
RE_ANY_FIGURE = re.compile(r"\d|[一二两三四五六七八九十百千]+\s*[件个项条份]")


def _subject_before(text: str, clause_start: int) -> str:
    """The subject of the clause before ``clause_start`` in the same sentence (a comma between them), up to where it
    turns to a change, when that clause states no figure of its own and the sentence names no topic before it (对涉及
    征收补偿的申请，均依法予以公开，共12件: the figure is of that topic's requests); else ""."""
    if clause_start < 1 or text[clause_start - 1] not in "，,":
        return ""
    prev_start = _clause_start(text, clause_start - 1)
    lead = _compact(text[sentence_bounds(text, prev_start)[0]:prev_start])
    if RE_TOPIC_PART.search(lead) or RE_TOPIC_OF_REQUESTS.search(lead):
        return ""
    prev = text[prev_start:clause_start - 1]
    if RE_ANY_FIGURE.search(prev):
        return ""
    return _compact(RE_TURN_TO_CHANGE.split(prev, 1)[0])


def _bind_in(text: str, mention: Mention, year: int | None, scope: str, negation: bool) -> tuple[Concept | None, str]:
    best: tuple[int, int, Concept] | None = None
    cands = _candidates(mention.kind, mention.unit, mention.value == 0)
    window = None
    in_window: dict[re.Pattern[str], bool] = {}      # each context pattern looked for once (most concepts share one)
    # (each candidate is tested by its own pattern; a combined pattern as a quick first test cost more than it saved)
    named = _concepts_named_in(scope)
    for i, c, loose in cands:
        if not named >> i & 1:
            continue
        if c.context is not None:
            # a keyword whose context is missing ("答复" with no 申请 around) leaves the figure to the
            # next keyword back ("复议机关决定撤销本机关答复1件")
            found = in_window.get(c.context)
            if found is None:
                if window is None:
                    window = _context_window(text, mention)
                found = in_window[c.context] = c.context.search(window) is not None
            if not found:
                continue
        if loose:
            if negation:
                continue
            m = None                                # 条/项: only with the keyword right before the figure
            for m in c.pattern.finditer(scope):
                pass
            gap_rx = RE_TIGHT_GAP if c.key in TIGHT_LOOSE else RE_FILLER_GAP
            if m is None or m.group() == "依申请公开" or not gap_rx.fullmatch(scope[m.end():]) or \
                    c.key in TIGHT_LOOSE and RE_COMBINED_BEFORE.search(scope, 0, m.start()):
                continue                            # (依申请公开N条 is a disclosure attribute, not requests)
        for m in c.pattern.finditer(scope):
            cand = (m.end(), -i, c)
            if best is None or cand[:2] > best[:2]:
                best = cand
    if best is not None and not negation:
        gap = scope[best[0]:]
        if len(gap) > MAX_KEYWORD_GAP or (RE_GAP_BREAK.search(gap) and not RE_CHANGE_GAP.match(gap)):
            best = None                           # the keyword is too far back to be what is counted
        elif best[2].key in WHOLE_REQUEST_CONCEPTS and RE_AMONG_GAP.fullmatch(gap):
            best = None                           # 14件申请中有8件予以公开: what follows the figure says what it is
        elif gap.startswith("类"):
            return None, "统计的是公开信息的类别条数，不是表格中的统计项"
        elif gap.startswith("申请") and best[2].key in ("licensing", "penalty", "coercion"):
            return None, "统计的是申请数，不是表二的处理决定数"
        elif RE_DELTA.search(gap):
            return None, "所述为增减变化量，不是表格中的数量"
        elif RE_OVERDUE.search(scope):
            return None, "超期或延期办理的件数：表格不反映办理是否按时"
        elif RE_ACTIVITY_GAP.search(gap):
            return None, "统计的是培训、会议等工作活动，不是表格中的数量"
        elif RE_CHANGE_TO.match(text, mention.end):
            return None, "变化前的数值（由…增加到…），不是本年度的统计"
        elif best[2].key in APPLICANT_CONCEPTS and _several_kinds(text, mention, RE_APPLICANT):
            return None, "几类申请人的合计，表格中没有单独的对应项"
        elif best[2].key in OUTCOME_CONCEPTS and best[2].key != "granted_partial" and _several_kinds(text, mention, RE_OUTCOME):
            return None, "几类办理结果的合计，表格中没有单独的对应项"
        elif best[2].key in DOCUMENT_CONCEPTS and RE_SEVERAL_ACTIONS.search(scope):
            return None, "几类文件处理（制定、修订、废止等）的合计，表格中没有单独的对应项"
        elif best[2].key != "carried_forward" and RE_PLAN.search(scope):
            return None, "计划或预期的数字，不是本年度的统计"
        elif best[2].key == "admin_fee" and RE_RELIEF.search(scope, 0, best[0] + 2):
            return None, "减免或退还的金额，不是收取的金额"
        elif best[2].key == "requests" and scope.endswith("依申请公开", 0, best[0]) and \
                RE_BY_MODE.search(text, *sentence_bounds(text, mention.start)):
            # 公开政府信息418件，其中依申请公开68件、主动公开350件: the parts of what was disclosed, by how
            return None, "按公开方式（主动公开、依申请公开）统计的公开信息数，不是收到的申请数"
        elif best[2].key in REQUEST_SIDE_CONCEPTS and RE_OTHER_APPLICATION_END.search(scope):
            return None, "其他类别的申请（登记、许可、户口等），不是政府信息公开申请"
        elif best[2].key in T4_OUTCOME_CONCEPTS and RE_COURT_INSTANCE.search(scope) and \
                len(set(RE_COURT_INSTANCE.findall(text, *sentence_bounds(text, mention.start)))) > 1:
            return None, "按审级（一审、二审）统计的件数：同一案件可经两审，表四按案件统计"
        elif best[2].key in ("review", "litigation", "review_and_litigation") and \
                _cases_of_every_kind(text, mention, scope, best[0]):
            return None, "所述为各类行政复议或诉讼案件（不限于政府信息公开），表四只统计政府信息公开案件"
        elif best[2].key == "requests" and RE_BARE_REQUEST_COUNT.search(scope, 0, best[0]) and \
                mention.section != "requests" and \
                not RE_DISCLOSURE_REQUEST.search(text, max(0, mention.start - CONTEXT_WINDOW), mention.start):
            return None, ""               # 本年度申请数量 outside 三 with no disclosure request named shortly before
        elif best[2].key in WHOLE_REQUEST_CONCEPTS and RE_OTHER_OBJECT.search(gap):
            return None, "受理或答复的是咨询、留言、查询等其他事项，不是政府信息公开申请"
        elif best[2].key in WHOLE_REQUEST_CONCEPTS and (RE_TOPIC_PART.search(scope, max(0, best[0] - 28), best[0])
                                                          or RE_QUALIFIED_PART.search(gap)
                                                          or RE_QUALIFIED_KIND.search(scope, max(0, best[0] - 14))):
            return None, "某一主题或某类（如涉及征收、敏感件）的申请，是部分件数，不是总数"
        elif best[2].key in APPLICANT_CONCEPTS and RE_TOPIC_PART.search(scope, max(0, best[0] - 24)):
            return None, "某一主题的申请（如涉及企业商业秘密），是部分件数，不是该类申请人的申请数"
        elif best[2].key in WHOLE_REQUEST_CONCEPTS and _one_channel(scope[:best[0]]):
            return None, "按一种申请或答复方式（网上、信函、当面等）统计的部分件数，不是总数"
        elif best[2].key == "requests" and RE_NOT_A_REQUEST.search(scope):
            return None, "不作为政府信息公开申请处理的件数（信访、举报、投诉等），不是收到的申请数"
        elif best[2].key in ATTRIBUTE_CONCEPTS and RE_ATTRIBUTE.search(_sentence_before(text, mention)):
            return None, "公文公开属性的认定数，不是政府信息公开申请的办理数"
        elif best[2].key == "processing_rate" and _other_business_rate(text, mention):
            return None, "所述比率是建议提案、热线等其他事务的办结率，不是政府信息公开申请的"
    if not negation and (RE_PER_UNIT.search(scope[-8:]) or text[mention.end:mention.end + 1] in ("/", "／")):
        return None, "按单位计的标准、单价或频次，不是表格中的总数"
    if not negation and mention.kind != "percent" and RE_PER_PERIOD.search(scope):
        return None, "平均数或每月（季、日）的数量，不是表格中的全年数量"
    named_after = ""                      # the text after the figure, when its keyword stands there
    if best is None:
        # "1件公开申请已办结", "收到70件申请": the keyword follows the figure (or straddles it); a
        # parenthesis after the figure says what it includes, not what it counts
        lead = RE_ITEM_BREAK.split(scope[-6:])[-1]         # (…4件全部公开、|1件部分公开: not across the list's 、)
        after_raw = clause_after(text, mention)
        if RE_EXTENDED_AFTER.match(after_raw):
            return None, "延期答复的件数：表格不反映办理是否延期"
        after = lead + _compact(re.split(r"[（(]", after_raw, 1)[0])
        named_in_after = _concepts_named_in(after)
        if RE_CAUSE_AFTER.match(after_raw):
            # 9件因涉及第三方合法权益、内部事务…依法不予公开, 64件因本机关不掌握…或需另行制作而无法提供: the
            # verb that ends the cause clause says what the figure counts; a cause that ends in no such verb (9件因涉及
            # 第三方权益需征求意见，顺延至2023年答复) names a reason, and the next clause what became of them
            cause = _compact(re.split(r"[，,；;。]", after_raw, 1)[0])
            ends = [(m.end(), -i, c) for i, c, loose in cands if not loose for m in c.pattern.finditer(cause)
                    if m.end() >= len(cause) - 2]
            if ends:
                best = max(ends, key=lambda e: e[:2])
                best = (len(lead) + best[0], best[1], best[2])
            else:
                _, hi = sentence_bounds(text, mention.start)
                rest = re.split(r"[，,；;]", _compact(text[mention.end:hi]), 1)
                nxt = rest[1] if len(rest) > 1 else ""
                starts = [(m.start(), -i, c) for i, c, loose in cands if not loose for m in c.pattern.finditer(nxt)]
                if not starts:
                    return None, ""
                best = min(starts, key=lambda e: e[0])
                after = after + nxt
                best = (len(after), best[1], best[2])
        if best is None and RE_TO_REQUESTS.fullmatch(after_raw) and scope.endswith("对"):
            # 对22件申请，经检索确认本机关不掌握相关政府信息: what was done with them, later in the sentence (one kind)
            _, hi = sentence_bounds(text, mention.start)
            rest = _compact(text[mention.end:hi])
            ends = [(m.end(), -i, c) for i, c, loose in cands if not loose and c.key in OUTCOME_CONCEPTS
                    for m in c.pattern.finditer(rest)]
            if ends and len({c.key for _, _, c in ends}) == 1 and len(set(RE_OUTCOME.findall(rest))) <= 1:
                best = min(ends, key=lambda e: e[0])
                best = (len(lead) + best[0], best[1], best[2])
        for i, c, loose in (cands if best is None else ()):
            if not loose and named_in_after >> i & 1:
                m = c.pattern.search(after)
                if not m or m.end() <= len(lead) or (best is not None and m.start() >= best[0]):
                    continue
                if RE_GAP_BREAK.search(after, len(lead), max(len(lead), m.start())) or \
                        after[len(lead):len(lead) + 1] in ("、", "（", "("):
                    continue                            # "规划计划类3条、行政许可类2条": the next item's keyword
                if c.key in REQUEST_SIDE_CONCEPTS and mention.unit not in REQUEST_UNITS and \
                        "申请" not in after[len(lead):max(len(lead), m.start())]:
                    continue                            # 15个乡镇卫生院全部公开了…: the figure counts something else
                # "1 件涉及政府信息公开工作的行政复议": a 的-phrase may stand between
                if m.start() <= len(lead) + 8 or (after[m.start() - 1] == "的" and m.start() <= len(lead) + 24
                                                  and not RE_GAP_BREAK.search(after[len(lead):m.start()])):
                    best = (m.start(), -i, c)
        if best is not None and best[2].key in WHOLE_REQUEST_CONCEPTS and RE_REMAINDER.search(lead):
            return None, "其余部分的件数，不是全部申请或办结的总数"
        if best is not None and best[2].key in ("review", "litigation") and RE_PENDING_AFTER.search(after):
            best = (best[0], best[1], CONCEPT_BY_KEY["t4_pending"])      # 尚有2件行政复议案件未审结
        if best is not None and best[2].key in OUTCOME_CONCEPTS and len(set(RE_OUTCOME.findall(after))) > 1:
            return None, "几类办理结果的合计，表格中没有单独的对应项"          # 其余98件作出不予公开、不予处理或其他处理
        if best is not None and best[2].key in APPLICANT_CONCEPTS and len(set(RE_APPLICANT.findall(after))) > 1:
            return None, "几类申请人的合计，表格中没有单独的对应项"          # 其余12件来自科研机构、社会公益组织等
        if best is None:
            if mention.kind in ("percent", "points"):
                return None, "比率或百分点：与本文自身的分子分母核对"
            return None, ""
        named_after = after
    if not negation and RE_MIDYEAR.search(scope):
        return None, "截至年中某日的数字，不是表格的年末数"
    concept = best[2]
    if concept.context is not None and not concept.context.search(_context_window(text, mention)) and \
            not concept.context.search(named_after):         # (3件因申请人逾期未补正: its context after it too)
        return None, ""
    clause = scope
    if concept.key in ("carried_over", "carried_forward"):
        # 结转至2026年 names next year by design; 2022年度报告中结转下年度的 is an earlier report's figure
        past = concept.key == "carried_forward" and year and any(int(y) < year for y in RE_YEAR.findall(clause))
        clause = RE_YEAR.sub("", RE_OTHER_YEAR.sub("", clause))
        if past:
            return None, "所述为其他年度或累计数字，不与本年表格比较"
    if RE_OTHER_YEAR.search(clause) or any(int(y) != year for y in RE_YEAR.findall(clause) if year):
        return None, "所述为其他年度或累计数字，不与本年表格比较"
    if RE_PART_OF_YEAR.search(clause):
        return None, "所述为年内部分时段（半年、季度、月份）的数字，不与全年表格比较"
    lead = RE_LEAD_DATE.match(text, sentence_bounds(text, mention.start)[0], mention.start) if year else None
    if lead and int(lead.group(1) or lead.group(2)) != year and f"{year}年" not in _compact(text[lead.end():mention.start]) \
            and not (lead.group(2) and RE_THIS_YEAR.search(text, lead.end(), mention.start)):
        # (2024年1月，经统计，本机关2023年共收到…: the sentence names the report's year for its figure)
        # 2024年1月，上述2件结转申请已答复完毕: a date that opens the sentence sets the time of all of it
        return None, "所述为其他年度或累计数字，不与本年表格比较"
    if concept.key in ("licensing", "penalty", "coercion", "normative_issued") and RE_PUBLISH_LIST.search(
            text[best[0] + mention.start - len(scope): mention.start]):
        return None, "统计的是公开的信息条数，不是表二的决定或文件数"
    if concept.key == "processed" and (RE_PROCESS_DETAIL.search(scope[-24:] + named_after[:24])
                                       or RE_IN_YEAR_AFTER.match(text, mention.end)):
        return None, "按办理方式或环节（当场答复、经审核、重新出具、年内办结等）统计的部分件数，不是办结总数"
    if concept.key == "normative_listed":
        s0, _ = sentence_bounds(text, mention.start)
        before = text[s0:mention.start]
        if not RE_PUBLISHING.search(before) or RE_NOT_ISSUING.search(before):
            return None, ""
    return concept, ""


# how a reply was made or what became of it: 当场答复申请12件, 经法律顾问审核的申请20件, 2件答复文书经复核后重新出具,
# 受理的申请中有57件在年内办结 (a part of the replies, not the year's total)
RE_PROCESS_DETAIL = re.compile(r"当场|经[^，。；]{0,12}?(?:审核|审查|复核|会商)(?:后)?的|重新(?:出具|作出|答复)|答复文书"
                               r"|申请中(?:有)?$")
# …after the figure only: 当年办结申请11件 before it is the year's total
RE_IN_YEAR_AFTER = re.compile(r"[^，。；]{0,4}?(?:在)?(?:年内|当年|本年度?内)(?:办结|答复)")
RE_PUBLISHING = re.compile(r"发布|制发|印发|公开|出台")
RE_NOT_ISSUING = re.compile(r"废止|清理|失效|现行有效|修订|修改|备案|审查|解读")


# the last 表四 group named before a figure: 复议后起诉 / 直接起诉 / 复议和诉讼 / 诉讼 / 复议
_LIT_TAIL = r"(?:的)?(?:行政)?(?:诉讼|起诉)(?:的)?(?:行政诉讼)?"
RE_T4_GROUP = re.compile(rf"(?P<after_review>复议后(?:再)?(?:提起)?{_LIT_TAIL})"
                         rf"|(?P<direct>(?:未经(?:行政)?复议|直接)(?:向(?:人民)?法院)?(?:提起)?{_LIT_TAIL})"
                         r"|(?P<all>(?:行政)?复议(?:和|、|及|与|或)(?:提起)?(?:行政)?诉讼)"
                         r"|(?P<lit>诉讼|起诉|应诉)|(?P<review>复议)")
# 行政许可事项N项, 行政处罚上一年项目数量N项: items of a catalogue, not decisions
RE_ITEMS = re.compile(r"事项|项目")
RE_HANDLED = re.compile(r"办理|受理|办结|作出|审批|批准|核发|颁发|实施")
RE_SHARE_GAP = re.compile(r"[\s，,（(]*(?:约)?(?:占(?:[^，。；;、\d]{0,12}?的)?(?:比例|比重)?|占比|比例|比重)(?:为|达|是)?\s*")
# 予以公开和部分公开合计423件，公开率为61.3%: the rate of disclosure right after the count of both is its share (after
# 予以公开 alone, or a list's last part, a 公开率 may be both's: no share of the figure before it)
RE_DISCLOSURE_RATE_GAP = re.compile(r"\s*[，,]\s*(?:综合)?公开率(?:为|达|是)?\s*")
SHARE_DENOMINATORS = {
    **{k: ("t3.total_processed.total", "t3.new.total", "t3.new.total+t3.carried_over.total")
       for k in ("granted", "partial", "granted_partial", "denied", "not_held", "unable", "not_processed",
                 "other_processing")},
    "natural": ("t3.new.total",), "org": ("t3.new.total",), "enterprise": ("t3.new.total",),
}


# a share whose part is named just before it, its count unstated (予以公开的占比为52.1%, 自然人申请占新收申请的比重超过八成,
# 不予处理类申请占比约5%): the part's concept, and the whole when the sentence names it (占新收申请的 / 占办结量的)
RE_SHARE_NAMED = re.compile(
    r"(?<![和及与、加或])(?P<what>予以公开(?:和|及|与|、|加|或|或者|以及)部分公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|自然人"
    r"|法人或其他组织|法人)(?:的|类)?(?:申请)?"
    r"(?:件数|数量|数)?(?:的)?(?:约)?(?:占(?P<whole>[^，。；;、\d]{0,12}?)的?(?:比例|比重)?|占比|比例|比重)"
    r"(?:为|达|是|约)*\s*$")
RE_OTHER_MATTER = re.compile(r"决策|文件|政策|建议|提案|事项|目录")   # what else is disclosed, or not, in a share
RE_FIGURE_LEAD = re.compile(r"[^\d一二三四五六七八九十百千两零〇]*")
_SHARE_PART = {**{f"予以公开{w}部分公开": "granted_partial" for w in ("和", "及", "与", "、", "加", "或", "或者", "以及")},
               "予以公开": "granted", "部分公开": "partial", "不予公开": "denied", "无法提供": "unable",
               "不予处理": "not_processed", "其他处理": "other_processing", "自然人": "natural",
               "法人或其他组织": "org", "法人": "org"}
_SHARE_WHOLE = (("新收", ("t3.new.total",)), ("办结", ("t3.total_processed.total",)),
                ("办理", ("t3.total_processed.total",)))


def _share_named_before(text: str, m: Mention, report: Report, fmt: str) -> Claim | None:
    # (an approximation's word takes the share's words into the figure: 约占办结总数的三分之一)
    before = clause_before(text, m)[-40:] + RE_FIGURE_LEAD.match(m.surface).group()
    named = RE_SHARE_NAMED.search(before)
    if named is None or RE_OTHER_MATTER.search(before, 0, named.start()):
        return None
    part = CONCEPT_BY_KEY[_SHARE_PART[named["what"]]]
    if part.context is not None and not part.context.search(_context_window(text, m)):
        return None                       # (重大行政决策予以公开比例: not the requests' outcomes)
    whole = named["whole"] or ""
    dens = next((d for word, d in _SHARE_WHOLE if word in whole), SHARE_DENOMINATORS.get(part.key))
    tops = _row_targets(part, report, m, fmt)
    return _share_claim(m, tops[0], dens) if dens and tops else None


# "…分别占（新收申请的）70.2%和29.8%": the shares of the figures listed before, in their order
RE_RESPECTIVE_SHARE = re.compile(r"分别(?:约)?占(?P<whole>[^，。；;\d%]{0,12}?的)?(?:比例|比重)?(?:为|达|是)?")
RE_PERCENT_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[%％]")


def _respective_share(text: str, m: Mention, earlier: list[Claim]) -> Claim | None:
    """The share claim of a percentage in a 分别占 list after as many figures of its sentence (each bound to a part
    with plausible wholes): the figure in its place; None where the counts differ or a part has no whole."""
    s0, s1 = sentence_bounds(text, m.start)
    k = None
    for k in RE_RESPECTIVE_SHARE.finditer(text, s0, m.start):
        pass
    if k is None or RE_GAP_BREAK.search(text, k.end(), m.start):
        return None
    parts = [c for c in earlier if s0 <= c.mention.start and c.mention.end <= k.start() and c.mention.kind == "count"]
    shares = RE_PERCENT_FIGURE.findall(text, k.end(), s1)
    before = [c for c in earlier if c.mention.start >= k.end() and c.mention.kind == "percent"]
    if not parts or len(parts) != len(shares) or len(before) >= len(parts):
        return None
    part = parts[len(before)]
    whole = k["whole"] or ""
    dens = next((d for word, d in _SHARE_WHOLE if word in whole), SHARE_DENOMINATORS.get(part.concept or ""))
    if not dens or not part.targets or any(c.concept not in SHARE_DENOMINATORS for c in parts):
        return None
    return _share_claim(m, part.targets[0], dens)


def _share_claim(m: Mention, numerator: str, dens: tuple[str, ...]) -> Claim:
    """A percentage's claim: ``numerator`` (a target) over each plausible whole, as percent targets."""
    claim = Claim(m, SHARE.key, note="")
    claim.targets = [f"({numerator})/({d})*100" if "+" in d else f"({numerator})/{d}*100" for d in dens]
    return claim


# "行政复议7起、行政诉讼3起，其中维持6件…": a 其中 list after the figures of two groups breaks down both
RE_GROUP_FIGURE_GAP = re.compile(r"[^；;其]*?\d[^；;其]*")
RE_GROUP_QIZHONG_TAIL = re.compile(r"[^；;其]*?\d[^；;]*?其中[^；;]*")
BOTH_GROUPS = {frozenset(("review", "lit")): "all", frozenset(("direct", "after_review")): "lit"}


# a closed parenthesis that states a figure (（其中复议后起诉4件）) names a part of the figure before it: the group it
# names is not the group of what follows the parenthesis (…，审理结果分别为：维持8件 are the whole count's outcomes)
RE_FIGURE_PARENTHESIS = re.compile(r"（[^（）]*(?:\d|[一二三四五六七八九十两]+[件起宗个])[^（）]*）"
                                   r"|\([^()]*(?:\d|[一二三四五六七八九十两]+[件起宗个])[^()]*\)")


def _t4_group(text: str, mention: Mention) -> str | None:
    own = _t4_group_said(_compact(mention.surface))
    if own is not None:
        return own                      # a negation that names its group: 未发生行政复议案件被纠错
    s = RE_FIGURE_PARENTHESIS.sub("", _sentence_before(text, mention))
    prev = last = None
    for g in RE_T4_GROUP.finditer(s):
        prev, last = last, g
    if last is None:
        # 尚有4件行政复议案件未审结: the group named right after the figure, in its clause
        after = RE_T4_GROUP.search(_compact(clause_after(text, mention))[:10])
        return after.lastgroup if after else None
    if prev is not None and "其中" in s:
        both = BOTH_GROUPS.get(frozenset((prev.lastgroup, last.lastgroup)))
        if both and RE_GROUP_FIGURE_GAP.fullmatch(s, prev.end(), last.start()) and \
                RE_GROUP_QIZHONG_TAIL.fullmatch(s, last.end()):
            return both
    if prev is not None and RE_ALL_OF.search(s):
        # 被申请行政复议2件，被提起行政诉讼1件，均未被纠错: what 均 sums is every group named in its part of the
        # sentence (not before a ；: …撤销原答复；行政诉讼2件，均未被纠错 is about litigation)
        part = max(s.rfind("；"), s.rfind(";")) + 1
        if prev.start() >= part:
            both = BOTH_GROUPS.get(frozenset((prev.lastgroup, last.lastgroup)))
            if both:
                return both
    return last.lastgroup


RE_ALL_OF = re.compile(r"(?:均|都|全部|皆)(?:已|为)?$")


def _t4_group_said(words: str) -> str | None:
    """The 表四 group ``words`` name (both of two named: their sum), None when they name none."""
    found = [g.lastgroup for g in RE_T4_GROUP.finditer(words)]
    if len(found) == 2:
        return BOTH_GROUPS.get(frozenset(found), found[-1])
    return found[-1] if found else None


def _own_t4_group(text: str, m: Mention, group: str | None) -> bool:
    """Whether ``group`` is the only 表四 group the figure's own clause names, or its negation's words (行政复议案件均
    未被纠错, 未发生行政诉讼败诉案件): then the figure is that group's alone, not the sum over groups."""
    if group is None or group == "all":
        return False
    return _t4_group_said(_compact(m.surface)) == group or \
        {g.lastgroup for g in RE_T4_GROUP.finditer(_compact(clause_before(text, m)))} == {group}


RE_CONCLUDED = re.compile(r"办结|办理完毕")


def _targets(concept: Concept, report: Report, m: Mention, fmt: str) -> tuple[list[str], bool]:
    """The figure's targets, and whether they are one applicant column of a 表三 row (:func:`_column_targets`)."""
    scoped = _column_targets(report.text, concept, m, fmt)
    if scoped:
        return scoped, True
    return [t for t in _row_targets(concept, report, m, fmt) if _base_allowed(t, m)], False


# the applicant columns each applicant concept names (企业: the 商业企业 column or all five 法人或其他组织)
APPLICANT_COLUMNS: dict[str, tuple[tuple[str, ...], ...]] = {
    **{c: ((c,),) for c in ("natural", *ORG_COLS)}, "org": (ORG_COLS,), "enterprise": (("commercial",), ORG_COLS)}
# the 表三 rows (results, 办结, 结转下年度) whose cells a column can be named of
ROW_CONCEPTS = RESULT_CONCEPTS | {"processed", "carried_forward"}
_T3_TOTAL_TERM = re.compile(r"(t3\.[\w.]+?)\.total\b")


def _in_columns(expr: str, cols: tuple[str, ...]) -> str:
    """A target over 表三's 总计 column (t3.granted.total+t3.partial.total) over the columns ``cols`` instead."""
    return _T3_TOTAL_TERM.sub(lambda t: "+".join(f"{t[1]}.{c}" for c in cols), expr)


def _column_targets(text: str, concept: Concept, m: Mention, fmt: str) -> list[str]:
    """Targets in one applicant column of a 表三 row, where the sentence names both: applicants' figures after a
    result that frames them (予以公开的申请中，自然人261件、商业企业37件: the 予以公开 row's columns), or a result's
    figures right after an applicant's own count, the sentence's first figure (科研机构申请82件，其中已办结73件，
    结转下年度9件: the 科研机构 column's 办结 and 结转). Empty where the sentence does not."""
    if concept.key not in APPLICANT_COLUMNS and concept.key not in ROW_CONCEPTS:
        return []
    lo, _ = sentence_bounds(text, m.start)
    if concept.key in APPLICANT_COLUMNS:
        frame = None
        for frame in RE_RESULT_FRAME.finditer(text, lo, m.start):
            pass
        if frame is None or RE_RECEIVED.search(text, frame.end(), m.start):
            return []                              # (…，全年共收到自然人申请531件: the year's own count again)
        row = CONCEPT_BY_KEY[frame.lastgroup]
        return [_in_columns(t, cols) for t in row.targets(fmt) if t.startswith("t3.")
                for cols in APPLICANT_COLUMNS[concept.key]]
    among = None
    for among in RE_AMONG_AFTER_FIGURE.finditer(text, lo, m.start):
        pass
    if among is None or RE_ANY_FIGURE.search(text, lo, among.start()):
        return []                                  # (not the sentence's first figure: whose 其中 it is is unclear)
    targets = (["t3.total_processed.total"] if concept.key == "processed" else concept.targets(fmt))
    return [_in_columns(t, cols) for t in targets if t.startswith("t3.") and ".total" in t
            for cols in APPLICANT_COLUMNS[among.lastgroup]]


def _named(keys) -> str:
    """One alternation of the concepts ``keys``' patterns, each in a group named by its key."""
    return "|".join(f"(?P<{k}>{CONCEPT_BY_KEY[k].pattern.pattern})" for k in sorted(keys))


# a result that frames the applicants' figures after it: 予以公开的申请中, 在不予公开的14件中, 办结的申请当中：
RE_RESULT_FRAME = re.compile(rf"(?:{_named(ROW_CONCEPTS - {'processed'})}|(?P<processed>(?<!未)办结))"
                             r"(?:的)?(?:\d+件)?(?:政府信息公开|依申请公开|信息公开)?(?:申请|答复)?(?:中|里|当中|之中)")
# an applicant's count, then 其中 (科研机构申请82件，其中…): its own requests broken down
RE_AMONG_AFTER_FIGURE = re.compile(rf"(?:{_named(APPLICANT_COLUMNS)})(?:提出|提交)?(?:的)?(?:政府信息公开|依申请公开|信息公开)?"
                                   r"(?:申请)?(?:共|共计|合计)?(?:有|为|达)?\d+件[，,]\s*其中")
RE_ANY_FIGURE = re.compile(r"\d")


def _row_targets(concept: Concept, report: Report, m: Mention, fmt: str) -> list[str]:
    text = report.text
    if concept.key in T4_OUTCOME_CONCEPTS:
        group = _t4_group(text, m)
        targets = t4_outcome_targets(T4_OUTCOME_CONCEPTS[concept.key], group)
        if concept.key == "corrected" and group != "all" and not _own_t4_group(text, m, group):
            # 被纠错 after groups named earlier in the sentence: per group or summed, the last named group first
            targets += [t for t in concept.targets(fmt) if t not in targets]
        return targets
    if concept.key.startswith(("normative", "regulation", "licensing", "penalty", "coercion", "procurement",
                               "other_mgmt")):
        fmt2 = report.table_formats.get("表二") or fmt
        if concept.key in ("licensing", "penalty", "coercion", "other_mgmt_service"):
            s0, _ = sentence_bounds(text, m.start)
            named = None                           # the concept's own keyword: 决定 after it says decisions (…服务
            for named in concept.pattern.finditer(text, s0, m.start):     # 事项处理决定N件，行政处罚处理决定M件)
                pass
            # (其他对外管理服务事项 names items in its own name: only words after it say items)
            items_from = named.end() if named is not None and concept.key == "other_mgmt_service" else s0
            if RE_ITEMS.search(text, items_from, m.start) and not (named and "决定" in text[named.start():m.start]) \
                    and not (m.unit == "件" and RE_HANDLED.search(text, s0, m.start)):
                # (办理…行政许可事项386件: matters handled, counted in 件, are its decisions)
                # items of a catalogue: only the 2019 table counts them (上一年项目数量 / 本年增减)
                row = concept.key
                return [f"t2v19.{row}.prev_items", f"t2v19.{row}.prev_items+t2v19.{row}.delta_items"] \
                    if fmt2 == "2019" else []
        return concept.targets(fmt2)
    if concept.key == "processed" and RE_CONCLUDED.search(clause_before(text, m)):
        return ["t3.total_processed.total"]     # 办结N件 is the table's 办理结果总计, not what was received
    if concept.key in GROUP_REASONS:
        # 三件因涉及第三方合法权益不予公开, 因本机关不掌握相关政府信息而答复无法提供的18件: the reasons named in the
        # figure's clause may name its rows (their sum), or only explain the group: either agreeing is agreement
        # this item's own words: before the figure back to the previous figure, else after it to the next 、
        before = RE_PREVIOUS_FIGURE.split(_compact(clause_before(text, m)))[-1]
        rows = [row for row, rx in GROUP_REASONS[concept.key] if rx.search(before)]
        if rows and not concept.pattern.search(before):
            # the reason is the figure's own subject, the outcome said after it (属于过程性信息的3件，依法不予公开):
            # the figure is its rows' (…、重复申请等93件: those named and others, the outcome's whole too)
            summed = ["+".join(f"t3.{concept.key}.{row}.total" for row in rows)]
            return summed + concept.targets(fmt) if RE_AND_OTHERS.search(before) else summed
        if not rows:
            after = RE_ITEM_BREAK.split(_compact(clause_after(text, m)))[0]
            rows = [row for row, rx in GROUP_REASONS[concept.key] if rx.search(after)]
        if rows:
            return concept.targets(fmt) + ["+".join(f"t3.{concept.key}.{row}.total" for row in rows)]
    return concept.targets(fmt)


# the rows of 表三's outcome groups, by the reason each names (both formats have them)
GROUP_REASONS = {group: [(row, re.compile(rx)) for row, rx in rows] for group, rows in {
    "denied": [("state_secret", r"国家秘密"), ("law_prohibited", r"法律(?:、)?(?:行政)?法规(?:禁止|规定不予公开)"),
               ("security_stability", r"三安全一稳定|危及(?:国家|公共|经济)?安全|社会稳定"),
               ("third_party", r"第三方(?:的)?(?:合法)?权益"), ("internal_affairs", r"内部事务"),
               ("process_info", r"过程性信息"), ("enforcement_file", r"(?:行政)?执法案卷"),
               ("admin_query", r"(?:行政)?查询事项")],
    "unable": [("not_held", r"不掌握|信息不存在"), ("needs_creation", r"另行制作|没有现成(?:的)?信息"),
               ("unclear_after_correction", r"补正后(?:申请内容)?仍(?:不明确|不清楚)|申请内容不明确")],
    "not_processed": [("petition", r"信访|举报|投诉"), ("duplicate", r"重复(?:提出(?:的)?)?申请"), ("publication", r"公开出版物"),
                      ("mass_repeat", r"大量(?:、)?反复"), ("confirm_reissue", r"确认或重新出具|重新出具")],
}.items()}
# each reason row's outcome group (duplicate → not_processed)
REASON_GROUP = {row: group for group, rows in GROUP_REASONS.items() for row, _ in rows}
# 信访举报投诉、重复申请等 (93件): the rows named are examples of more
RE_AND_OTHERS = re.compile(r"等(?:类|方面|情形|情况|原因)?(?:的)?(?:申请)?(?:共|共计|合计)?$")
# the concepts of 表三's reason rows (本机关不掌握, 重复申请…, and 逾期不补正, 未缴费 under 其他处理): one row's cell each, so
# that a figure for them in a parenthesis (无法提供120件（其中本机关不掌握107件）) is that row's, not a part of it
REASON_CONCEPTS = frozenset(row for rows in GROUP_REASONS.values() for row, _ in rows) | {"no_correction", "unpaid_fee"}


# every reason of GROUP_REASONS in one pattern
_ANY_REASON = re.compile("|".join(f"(?:{rx.pattern})" for rows in GROUP_REASONS.values() for _, rx in rows))


def _tables_closed(text: str, spans) -> str:
    """``text`` with each table ending a sentence (the same length): a figure right after a table does not reach back
    into its last row for a keyword (…结转下年度继续办理 0 3 4 / 322件新收申请中…)."""
    for s, e in spans:
        if 0 <= s < e <= len(text):
            text = text[:e - 1] + "。" + text[e:] if text[e - 1] != "。" else text
    return text


def make_claims(report: Report, mentions: list[Mention]) -> list[Claim]:
    fmt = report.table_formats.get("表三") or report.meta.table_format or "2021"
    text = report.text
    prose = _tables_closed(text, getattr(report, "table_spans", {}).values())
    out: list[Claim] = []
    for m in mentions:
        concept, note = bind(prose, m, report.meta.year)
        if concept is None and not note and m.kind == "count" and RE_SUM_BEFORE.search(clause_before(text, m)):
            concept = _summed_concept(text, m, out)    # …分别为9件、17件，合计26件: the sum of what precedes
        prev = out[-1] if out else None
        if concept is None and m.kind == "percent" and prev is not None and prev.concept and prev.targets and (
                RE_SHARE_GAP.fullmatch(text, prev.mention.end, m.start) or prev.concept == "granted_partial"
                and RE_DISCLOSURE_RATE_GAP.fullmatch(text, prev.mention.end, m.start)):
            # "不予公开5件，占6.17%": the share of the figure just before it
            dens = SHARE_DENOMINATORS.get(prev.concept)
            if dens is None and prev.concept in T4_OUTCOME_CONCEPTS:
                group = _t4_group(text, prev.mention) or "all"
                dens = (_t4_sum(T4_GROUPS[group], "total"),)
            if dens:
                claim = _share_claim(m, prev.targets[0], dens)
                _resolve(claim, report)
                out.append(claim)
                continue
        if concept is None and m.kind == "percent":
            share = _respective_share(text, m, out)
            if share is not None:                    # "自然人86件、法人34件，分别占70.2%和29.8%": each part's share
                _resolve(share, report)
                out.append(share)
                continue
            share = _share_named_before(text, m, report, fmt)
            if share is not None:                    # "予以公开的占比为52.1%": the outcome's share, its count unstated
                _resolve(share, report)
                out.append(share)
                continue
        claim = Claim(m, concept.key if concept else None, note=note)
        if concept is not None:
            claim.targets, claim.scoped = _targets(concept, report, m, fmt)
            if concept.key == "litigation":
                claim.targets = _litigation_groups(text, m, claim.targets)
            elif concept.key == "requests" and RE_NEW_ONLY.search(clause_before(text, m)[-16:] + _words_after(text, m)):
                claim.targets = [t for t in claim.targets if "carried_over" not in t] or claim.targets
            if not report.cells:
                claim.targets = []
                claim.note = "报告中没有可比的表格"
        _resolve(claim, report)
        out.append(claim)
    _unsure_breakdowns(text, out, _read_values(("t3.carried_over.total",), report) == [0.0])
    return out


RE_ITEM_BREAK = re.compile(r"[、，,；;]")
RE_PREVIOUS_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:件|个|份|项|起|宗)?")
RE_AMONG_GAP = re.compile(r"(?:的)?(?:中|当中|之中)(?:有|共有)?")
REQUEST_UNITS = ("件", "份", "项", "")       # what requests are counted in (个, 家, 所… count other things)
RE_CAUSE_AFTER = re.compile(r"\s*(?:(?:政府信息公开|信息公开)?申请)?(?:因|由于)")    # (2件)申请因属于过程性信息…
RE_NEW_ONLY = re.compile(r"新收|新受理|不含上年结转|不包括上年结转")     # 本年新收: the new requests alone


def _words_after(text: str, m: Mention) -> str:
    """The dozen characters after a figure, unless a bracket opens there (19件（其中本年新收17件…）: its parts), and
    not its parts in the next clause (130件，其中本年新收124件、…)."""
    after = text[m.end:m.end + 12]
    return "" if after.lstrip()[:1] in ("（", "(") or RE_PARTS_NEXT.match(after) else after


RE_PARTS_NEXT = re.compile(r"\s*[，,；;]\s*(?:其中|包括|含)")
RE_RESPECTIVELY = re.compile(r"分别|依次")
RE_CLAUSE_END = re.compile(r"[，,；;。、]")
RE_LIT_DIRECT = re.compile(r"直接(?:向(?:人民)?法院)?(?:提起)?(?:行政)?(?:诉讼|起诉)|未经(?:行政)?复议")
RE_LIT_AFTER = re.compile(r"复议后起诉|经复议后|复议后")


def _litigation_groups(text: str, m: Mention, targets: list[str]) -> list[str]:
    """A lawsuit count is the two litigation groups together; one group alone only where the text names it
    (未经复议直接起诉3件, 复议后起诉2件): 被提起行政诉讼0件 over a pending direct suit is no match."""
    before = clause_before(text, m)
    # (the words after it in its own clause; a list's labels all stand before its figures: 分别为6件、4件、1件)
    near = (before if RE_RESPECTIVELY.search(before) else before[-16:]) + RE_CLAUSE_END.split(text[m.end:m.end + 8], 1)[0]
    named = [t for t, rx in (("t4.lit_direct.total", RE_LIT_DIRECT), ("t4.lit_after_review.total", RE_LIT_AFTER))
             if rx.search(near)]
    # a group named alone is that group (本年度直接向法院提起行政诉讼的4件 is not the two groups' sum)
    return named if len(named) == 1 else \
        [t for t in targets if t not in ("t4.lit_direct.total", "t4.lit_after_review.total")] + named


RE_SUM_BEFORE = re.compile(r"(?:合计|共计|总计)(?:为|达)?\s*$")


def _summed_concept(text: str, m: Mention, earlier: list[Claim]) -> Concept | None:
    """The one concept of the figures a 合计 sums: the earlier claims of its sentence, in its unit."""
    lo, _ = sentence_bounds(text, m.start)
    keys = {c.concept for c in earlier if c.mention.start >= lo and c.mention.unit == m.unit and c.concept}
    return CONCEPT_BY_KEY[keys.pop()] if len(keys) == 1 else None


# a figure about a part of the requests or of the body: 自然人的17件申请中, 上年结转的5件申请, 其余不予处理的9件中,
# 局机关收到的, 县本级, 全省系统, 作为复议机关, 12月下旬收到的
_N = r"(?:\d+|[一二三四五六七八九十两百]+)"
RE_SUBSET_FRAME = re.compile(
    rf"(?<!办结)(?<!办理完毕)的{_N}件(?:申请)?(?:中|里|，|,)|(?:自然人|商业企业|科研机构|社会公益组织|法律服务机构|其他组织|其余申请人|法人或其他组织)"
    rf"(?:提出)?的(?:{_N}件)?申请|其余[^，。；]{{0,10}}的{_N}件|全(?:国|省|市|县|区)[^，。；]{{0,10}}系统|作为[^，。；]{{0,10}}?复议(?:机关|机构)"
    rf"|(?:月|旬|日)(?:以后|以来|之后)?收到|新收申请的办理结果|新收申请{_N}件[，,](?:年内|当年|其中)?办结"
    # a body's own offices set apart from its system (局机关收到的申请中: not 本机关收到的, the whole)
    rf"|(?:局|委|厅|署)机关(?:本级)?(?:共)?(?:收到|受理)")
RE_LEVEL_FRAME = re.compile(r"本级|机关(?:本级)?收到")
# a figure of a whole area's bodies or of subordinate units (全区各级行政机关共收到…, 下属单位直接受理的…): not this body's table
RE_SCOPE_FRAME = re.compile(r"全(?:省|市|县|区|旗|州)(?:各级|范围内|系统|政府系统|共有)|各级(?:行政)?机关|各(?:乡镇|街道|部门)(?:共|合计)"
                            r"|(?:所属|下属|区属|县属|市属|直属)(?:的)?(?:各)?(?:单位|部门|机构|学校|中小学|医院|企业)")
ORG_COLUMN_CONCEPTS = frozenset({"commercial", "research", "social_welfare", "legal_service", "org_other"})
RE_WHOLE = re.compile(r"全(?:省|市|县|区|旗|州)|所属|下属|系统")
RE_CLEANUP = re.compile(r"清理")
RE_CLEANUP_OUTCOME = re.compile(r"继续有效|继续保留|予以保留|宣布失效|需修改|拟修改")   # a cleanup's own outcome list
CLEANUP_CONCEPTS = frozenset({"normative_repealed", "normative_in_force", "normative_issued", "regulation_repealed",
                              "regulation_in_force", "regulation_issued"})


def _about_a_part(text: str, lo: int, c: Claim, new_are_all: bool = False) -> bool:
    """Whether the sentence frames the figure as about a part of the requests (自然人的17件申请中…); 法人或其他组织提出的
    申请中，商业企业14件 is one of that group's own columns, whole, and so are the applicants of the year's requests
    (本年新收的39件申请中，商业企业25件)."""
    frame = RE_SUBSET_FRAME.search(text, lo, c.mention.end)
    if frame is None or c.concept in ORG_COLUMN_CONCEPTS and frame.group().startswith("法人或其他组织"):
        return False
    if frame.group()[-1] in "，," and text[c.mention.start - 1:c.mention.start] == "的":
        return False        # 直接起诉的4件，经复议后起诉的3件: a list of kinds, each its own, not 3 of the 4
    if new_are_all and frame.group().startswith("新收申请"):
        return False        # 新收申请699件，办结690件…: with nothing carried over, the new requests are all of them
    # 本年新收的39件申请中，自然人22件: who filed the year's new requests is the new row's own columns, whole
    return not (c.concept in APPLICANT_CONCEPTS and frame.group().startswith("的")
                and RE_RECEIVED.search(text, lo, frame.start()))


RE_RECEIVED = re.compile(r"新收|收到|受理|接收|接到")
RE_TO_REQUESTS = re.compile(r"\s*(?:件|份|个)?(?:政府信息公开|依申请公开|信息公开)?申请\s*")      # 对22件|申请|，…


# an average or a count per period (月均受理申请10.4件, 平均每个工作日受理0.5件, 每月收到5至15件): no table cell
RE_PER_PERIOD = re.compile(r"平均|[日周月季年]均|每(?:个)?(?:工作日|日|天|周|星期|月|季度|季|年度?)(?!度报告)")
# 此类答复全年共计十九件: a kind described earlier in the text, which no keyword here names
RE_BACK_REFERENCE = re.compile(r"(?:此类|该类|这类|上述|前述|以上)(?:情形|情况|答复|申请|事项)")
# a bracket after a figure that names a kind: no figure in it, not what it includes (含…, 其中…) or compares (同比…)
RE_LABEL_BRACKET = re.compile(r"[ \t]*[（(](?!\s*(?:含|包括|包含|不含|其中|即|均|以|占|同比|较|比|下同|详见|见|主要|大多|多为|多数|大部分"
                              r"|全部|基本|一般|通常|绝大))([^（）()\d０-９一二三四五六七八九十两百千万]{2,12})[)）]")
RE_CARRIED_LATER = re.compile(r"(?<!上年)(?<!上一年)(?<!上年度)结转(?:至|到|入)?(?:下|20\d\d)|转入下(?:一)?年|下一?年度(?:继续)?办理")
RE_SUM_WORD = re.compile(r"合计|共计|总计|累计|合并|共|总数|总量")


def _sum_of_figures_before(text: str, c: Claim, claims: list[Claim], lo: int) -> bool:
    """Whether the figure adds up the last two or more figures of its sentence before it, a word of summing between
    (予以公开41件、部分公开9件，公开类答复合计50件)."""
    m = c.mention
    if m.value is None:
        return False
    before = [o.mention for o in claims if o is not c and lo <= o.mention.start < m.start and o.mention.unit == m.unit]
    if len(before) < 2 or not RE_SUM_WORD.search(text, before[-1].end, m.start):
        return False
    total = 0.0
    for k, o in enumerate(reversed(before)):
        if o.value is None:
            return False
        total += o.value
        if k >= 1 and abs(total - m.value) < 1e-9:
            return True
    return False


def _unsure_breakdowns(text: str, claims: list[Claim], new_are_all: bool = False) -> None:
    """A figure that disagrees with its cell is reported as a contradiction only when its sentence does not
    state that cell rightly elsewhere (制发规范性文件分别为9件、17件，合计26件: 9 and 17 are parts; 由47件增加到58件)
    and is not the result of a cleanup (清理: another set of documents or another date): those stay unsure.
    ``new_are_all``: the table carries nothing over from last year (its new requests are all of them)."""
    whole = None
    for c in claims:
        if c.status != "mismatch" or not c.concept:
            continue
        if whole is None:                               # a report for a whole county or a system: 本级 is a part
            whole = bool(RE_WHOLE.search(text))
        lo, hi = sentence_bounds(text, c.mention.start)
        if any(o is not c and o.concept == c.concept and o.status in ("match", "approx") and lo <= o.mention.start < hi
               and not set(o.targets).isdisjoint(c.targets) for o in claims):
            c.status = "ambiguous"
            c.note = "同句中另有数字与该表格单元格相符：此数字可能是分项、另一口径或变化量"
        elif c.concept in APPLICANT_CONCEPTS and RE_CARRIED_LATER.search(text, c.mention.end, hi):
            c.status = "ambiguous"          # 另有1件企业申请因…，结转至2021年办理: that applicant's carried-forward requests
            c.note = "所述为部分申请（结转下年度的某类申请人的申请）的数字，表格只给出总数"
        elif _sum_of_figures_before(text, c, claims, lo):
            c.status = "ambiguous"
            c.note = "此数字是同句前列数字之和，其口径（哪几项相加）未必与该表格单元格相同"
        elif c.concept in CLEANUP_CONCEPTS and RE_CLEANUP.search(text, lo, hi) and RE_CLEANUP_OUTCOME.search(text, lo, hi):
            c.status = "ambiguous"
            c.note = "清理结果的口径（清理的文件范围、时点）可能不同于表格"
        elif not c.scoped and _about_a_part(text, lo, c, new_are_all) or \
                _in_parentheses(text, c.mention) and c.concept not in REASON_CONCEPTS or \
                whole and RE_LEVEL_FRAME.search(text, lo, c.mention.end) or RE_SCOPE_FRAME.search(text, lo, c.mention.end):
            c.status = "ambiguous"
            c.note = "所述为部分申请或下属单位（某类申请人、结转或新收申请、本级或系统）的数字，表格只给出总数"


_EXPR_TOKEN = re.compile(r"t[234][\w.]*\.\w+|\d+(?:\.\d+)?|[-+*/()]")


def _read_values(keys, report: Report, printed: bool = False) -> list[float] | None:
    """The cells' values (blank counts as 0); None when a cell is unresolved (ambiguous, missing), or with
    ``printed``, when a cell holds no printed number (blank, n.a.)."""
    values = []
    for key in keys:
        cell = report.cells.get(key)
        if cell is None or cell.status in (AMBIGUOUS, MISSING) or printed and cell.status != VALUE:
            return None
        values.append(float(cell.value or 0))
    return values


def evaluate(expr: str, report: Report) -> float | None:
    """Value of a target expression over cells (+ − × ÷ and parentheses; blank counts as 0).
    None when a cell is unresolved (ambiguous, missing) or a division by zero."""
    keys, fn = _compiled_target(expr)
    values = _read_values(keys, report)
    if values is None:
        return None
    try:
        return float(fn(values))
    except ZeroDivisionError:
        return None


def divides_by_zero(expr: str, report: Report) -> bool:
    """Whether a ratio target has a printed number in every cell and a denominator of zero (a rate over no
    requests; a table left blank says nothing)."""
    if "/" not in expr:
        return False
    keys, fn = _compiled_target(expr)
    values = _read_values(keys, report, printed=True)
    if values is None:
        return False
    try:
        fn(values)
    except ZeroDivisionError:
        return True
    return False


@lru_cache(maxsize=None)
def _compiled_target(expr: str):
    """(keys, function of their values) for a target expression; checked to hold only arithmetic."""
    import ast
    keys: list[str] = []
    parts = []
    for tok in _EXPR_TOKEN.findall(expr):
        if tok[0] == "t":
            keys.append(tok)
            parts.append(f"v[{len(keys) - 1}]")
        else:
            parts.append(tok)
    src = " ".join(parts)
    tree = ast.parse(src, mode="eval")
    allowed = (ast.Expression, ast.BinOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Constant, ast.UnaryOp, ast.USub,
               ast.Subscript, ast.Name, ast.Load, ast.Index if hasattr(ast, "Index") else ast.Constant)
    if not all(isinstance(n, allowed) for n in ast.walk(tree)) or \
            any(isinstance(n, ast.Name) and n.id != "v" for n in ast.walk(tree)):
        raise ValueError(f"not an arithmetic target: {expr}")
    code = compile(tree, "<target>", "eval")
    return tuple(keys), lambda v: eval(code, {"__builtins__": {}}, {"v": v})


POSSIBLE_CAP = 2000          # readings of a target's ambiguous cells enumerated at most
_NUMBER_RAW = re.compile(r"[+-]?\d+(?:\.\d+)?")


def possible_values(expr: str, report: Report) -> list[float] | None:
    """Every value a target expression can take over the candidate readings of its ambiguous cells; None when
    a cell is missing, an ambiguous cell lists no candidates, the readings exceed ``POSSIBLE_CAP`` or every
    one divides by zero."""
    from itertools import product
    keys, fn = _compiled_target(expr)
    options: list[tuple[float, ...]] = []
    size = 1
    for key in keys:
        cell = report.cells.get(key)
        if cell is None or cell.status == MISSING:
            return None
        if cell.status == AMBIGUOUS:
            # the candidates list the numbers the tied readings give; a tied reading that leaves the cell blank
            # (counted as 0) shows only in its raw text ("|89"), one that lacks the cell not at all: with fewer
            # than two numbers the ambiguity may be such a reading, so the cell stays unresolved
            if len(cell.candidates) < 2:
                return None
            cands = tuple(float(c) for c in cell.candidates)
            if any(not _NUMBER_RAW.fullmatch(r) for r in cell.raw.split("|")):
                cands += (0.0,)
            options.append(cands)
            size *= len(cands)
            if size > POSSIBLE_CAP:
                return None
        else:
            options.append((float(cell.value or 0),))
    out = []
    for values in product(*options):
        try:
            out.append(float(fn(list(values))))
        except ZeroDivisionError:
            continue
    return out or None


def _agrees(m: Mention, v: float, scales: tuple[float, ...], decimals: int) -> bool:
    """Whether an exact figure states the table value ``v`` (a percent at its printed precision)."""
    if m.kind == "percent":
        # 62.5 printed as 63 (四舍五入) or 62: either rounding of a value half-way between
        return round(v, decimals) == round(m.value, decimals) or abs(v - m.value) <= 0.5 * 10 ** -decimals + 1e-9
    return any(abs(m.value * scale - v) < 1e-6 * max(1, abs(v)) for scale in scales)


# a figure in Arabic digits right before 万/亿 is printed to its last digit of 万 (1.23万元, 1.3万件), not to the unit
_PRINTED_IN_WAN = re.compile(r"(\d+)(?:[.．](\d+))?\s*(万|亿)")
_WAN_UNIT = {"万": 10_000, "亿": 100_000_000}


def _half_step_in_wan(surface: str) -> float | None:
    """Half the last printed digit of a figure printed in 万 or 亿 (1.3万 → 500, 48万 → 5,000), else None."""
    printed = _PRINTED_IN_WAN.search(surface)
    return 0.5 * 10 ** -len(printed.group(2) or "") * _WAN_UNIT[printed.group(3)] if printed else None


def _count_rounds_to(m: Mention, v: float) -> bool:
    """Whether a count printed in 万 or 亿 (全年办理许可1.3万件) is the table's ``v`` rounded to the digits printed."""
    step = _half_step_in_wan(m.surface) if m.kind == "count" else None
    return step is not None and abs(m.value - v) <= step + 1e-9


def _printed_decimals(text: str) -> int:
    m = re.search(r"\d[.．](\d+)", text)
    return len(m.group(1)) if m else 0


def _money_rounds_to(m: Mention, v: float, raw: str, scale: float) -> bool:
    """Whether an amount (in 元) and the table's ``v`` as printed (``raw``; its unit ``scale`` 元 each) differ by less
    than the rounding of the coarser of the two: 12,345.6元 and 1.2346万元, 1.23万元 and 1.2346万元. A table 0 is
    exact (no fee taken), and so is an amount in Chinese numerals (一万二千元 is 12,000元)."""
    if v == 0 or not _NUMBER_RAW.fullmatch(raw.strip()):
        return False
    step = _half_step_in_wan(m.surface)
    said = (step if step is not None
            else 0.5 * 10 ** -_printed_decimals(m.surface) if re.search(r"\d", m.surface) else 0.5) * scale
    table = 0.5 * 10 ** -_printed_decimals(raw)
    return abs(m.value * scale - v) <= max(said, table) + 1e-9


def candidates_of(expr: str, report: Report) -> tuple[float, ...]:
    """Candidates of a single ambiguous cell target ("t2.normative_doc.issued"), else ()."""
    if not re.fullmatch(r"t[234][\w.]*\.\w+", expr):
        return ()
    cell = report.cells.get(expr)
    return tuple(cell.candidates) if cell is not None and cell.status == AMBIGUOUS else ()


SCALES = {"admin_fee": (1 / 10_000,), "procurement_amount": (1, 1 / 10_000)}


def _base_allowed(target: str, m: Mention) -> bool:
    return target not in PARTIAL_BASES or m.value is None or m.value < 100


# targets that only back up another (a 表四 group's outcome sum beside its total): an unresolved one does
# not make the claim unresolved
FALLBACK_TARGETS = frozenset(_t4_group_total(g)[1] for g in T4_GROUPS) | {
    "+".join(_t4_sum(T4_GROUPS["all"], c) for c in T4_PARTS)}


# what else a 办结率 may be the rate of: suggestions and proposals, the hotline, complaints, service matters
RE_OTHER_RATE_DOMAIN = re.compile(r"建议|提案|热线|工单|诉求|信访|投诉|举报|咨询|政务服务|办件|事项|留言")


# a sentence about other business: suggestions, hotline tickets, … or applications of another kind (户口迁移申请)
RE_OTHER_BUSINESS = re.compile(RE_OTHER_RATE_DOMAIN.pattern + "|" + _OTHER_APPLICATION)
RE_OTHER_APPLICATION_AT_END = re.compile(_OTHER_APPLICATION + "$")
RE_DISCLOSURE_REQUEST = re.compile(r"信息公开申请|依申请公开|公开申请")


def _sentence_before(text: str, m: Mention) -> str:
    """The figure's sentence up to the figure, PDF wraps removed."""
    return _compact(text[sentence_bounds(text, m.start)[0]:m.start])


def _other_business_rate(text: str, m: Mention) -> bool:
    """A 办结率 whose sentence is about other business (建议提案, 户口迁移申请…) and names no disclosure request."""
    before = _sentence_before(text, m)
    return not RE_DISCLOSURE_REQUEST.search(before) and bool(RE_OTHER_BUSINESS.search(before))


def _rate_of_requests(text: str, m: Mention) -> bool:
    """Whether a rate's own sentence says it is the rate of disclosure requests: 申请 before it, not an application
    of another kind (户口迁移申请), and no other business (suggestions, hotline tickets, …) between that 申请 and the
    rate."""
    before = _sentence_before(text, m)
    i = before.rfind("申请")
    return i >= 0 and not RE_OTHER_RATE_DOMAIN.search(before, i) and \
        not RE_OTHER_APPLICATION_AT_END.search(before, 0, i + 2)


COUNTED_IN_TIAO = {
    "processed": "以“条”计的答复信息数未必等于申请件数（一件申请可涉及多条信息），无法确定是否矛盾",
    **{k: "以“条”计的公开信息数未必等于表二的处理决定数（一项决定可公开为多条信息），无法确定是否矛盾"
       for k in ("licensing", "penalty", "coercion")},
}


def _resolve(claim: Claim, report: Report) -> None:
    _resolve_status(claim, report)
    if claim.status == "mismatch" and claim.mention.unit == "条" and claim.concept in COUNTED_IN_TIAO:
        # answers counted in 条 (回应依申请公开信息N条) count items of information, one request may ask for several;
        # decisions published as information (公开行政处罚信息700条) may be one item or several a decision
        claim.status = "ambiguous"
        claim.note = COUNTED_IN_TIAO[claim.concept]


def _resolve_status(claim: Claim, report: Report) -> None:
    m = claim.mention
    if not claim.targets:
        claim.status = "no_target"
        return
    # the table fee is in 万元 (mentions in 元); the 2019 procurement amount is in 元 or 万元
    scales = SCALES.get(claim.concept, (1,))
    claim.values = {t: evaluate(t, report) for t in claim.targets}
    known = {t: v for t, v in claim.values.items() if v is not None}
    exact = m.value is not None
    decimals = stated_decimals(m) if m.kind == "percent" else 0
    for t, v in known.items():
        if exact:
            if _agrees(m, v, scales, decimals):
                claim.status, claim.matched = "match", t
                return
            continue
        for scale in scales:
            if (m.low is None or m.low * scale <= v + 1e-9) and (m.high is None or v - 1e-9 <= m.high * scale):
                claim.status, claim.matched = "approx", t
                return
    if exact and m.kind == "money":
        for t, v in known.items():
            cell = report.cells.get(t)
            if cell is not None and any(_money_rounds_to(m, v, cell.raw, scale) for scale in scales):
                claim.status, claim.matched = "approx", t
                claim.note = "正文金额与表格数字在两者所印精度内相符（四舍五入）"
                return
    if exact:
        for t, v in known.items():
            if _count_rounds_to(m, v):
                claim.status, claim.matched = "approx", t
                claim.note = "正文数字以万（亿）为单位取整，与表格数字在其所印精度内相符"
                return
    for t in claim.targets:
        cands = candidates_of(t, report)
        if exact and any(abs(m.value * scale - c) < 1e-6 * max(1, abs(c)) for c in cands for scale in scales):
            claim.status, claim.matched = "match", t
            claim.note = "表格该单元格数字粘连、读数不唯一；正文数字是候选值之一"
            return
    if claim.concept == "admin_fee" and exact:
        for t, v in known.items():
            if abs(m.value - v) < 1e-6 * max(1, abs(v)):
                claim.status, claim.matched = "unit", t
                claim.note = "正文数字与表二收费金额相同，但正文单位为元、表格单位为万元"
                return
    unresolved = [t for t, v in claim.values.items() if v is None and t not in FALLBACK_TARGETS]
    if exact and unresolved and all(divides_by_zero(t, report) for t in unresolved) and \
            _rate_of_requests(report.text, m):
        # "办结率100%" over a table that shows no request at all: the rate the text states has nothing to
        # stand on (every cell read; the denominator is 0)
        claim.status = "mismatch"
        claim.note = "表格中该比率的分母为0（表三显示没有需要办理的申请），正文所述比率无从得出"
        return
    if unresolved and exact:
        # cells read ambiguously (digits run together): every candidate reading gives a possible value; when
        # every possible value of every target disagrees with the figure, the figure contradicts the table
        # whichever candidate is right (a missing cell, or readings too many to list, leave it unresolved)
        possible = {t: possible_values(t, report) for t in unresolved}
        if all(p is not None for p in possible.values()):
            claim.possible = {t: sorted(set(ps)) for t, ps in possible.items()}
            backups = {t: possible_values(t, report) for t, v in claim.values.items()
                       if v is None and t in FALLBACK_TARGETS}
            every = {**{t: ps for t, ps in backups.items() if ps}, **possible}
            hit = next((t for t, ps in every.items() if any(_agrees(m, p, scales, decimals) for p in ps)), None)
            if hit is not None:
                claim.status, claim.matched = "match", hit
                claim.note = "表格相关单元格数字粘连、读数不唯一；正文数字与其中一种候选读数相符"
            elif claim.concept == "admin_fee" and any(abs(m.value - p) < 1e-6 * max(1, abs(p))
                                                      for ps in possible.values() for p in ps):
                claim.status, claim.matched = "unit", unresolved[0]
                claim.note = "正文数字与表二收费金额的一种候选读数相同，但正文单位为元、表格单位为万元"
            else:
                claim.status = "mismatch"
                claim.note = "表格相关单元格数字粘连、读数不唯一，但每一种候选读数都与正文数字不符"
            return
    if unresolved:
        claim.status = "ambiguous"
        claim.note = claim.note or "比较所需的表格单元格读数不唯一或缺失"
    elif not exact:
        # an approximation (超过500件, 400余件, 近400件, 百余件) whose range holds no target's value: the words say the
        # figure is elsewhere, though not exactly where (a warning, not an error: approximations are loosely written)
        claim.status = "outside"
    else:
        claim.status = "mismatch"


# ---------------------------------------------------------------- narrative-internal

@dataclass
class PartsList:
    total: Mention
    parts: list[Mention]
    exhaustive: bool
    certain: bool = True        # False when the total the list breaks down is not unambiguous
    trailing: bool = False      # the total stated after its parts (…6件、…5件，合计11件: nlp.arithmetic)


RE_QIZHONG = re.compile(r"其中|分别为|分别是|包括|具体为")
# a list opened without 其中: the whole's noun then 中 right after the figure (收到的125件申请中，网上申请80件、…), or a
# bracket of labelled figures (发布解读60篇（图文解读30篇、视频解读18篇）; not 含…, 上年…, 同比…, 占…)
RE_AMONG_OPEN = re.compile(r"[\u4e00-\u9fff]{0,8}?之?中[，,：:]")
RE_PAREN_LIST_OPEN = re.compile(r"\s*[（(](?![含包上去同较比占约近为即])(?=[\u4e00-\u9fff]{1,8}$)")
# …重复申请4件，其他情形1件: the list goes on (其他处理 is 表三's outcome of that name, the next of the outcomes: 不予处理
# 31件，其中信访类20件、重复申请11件，其他处理40件)
RE_OTHER_PART = re.compile(r"(?:其他|其它|其余)(?!处理)")
CHANGE_VERBS = "增加|减少|增长|下降|上升|提高|降低"             # what a change is stated with (and 多/少 after 较/比)
RE_CHANGED_BY = re.compile(rf"(?:{CHANGE_VERBS})了?$")     # …较上年的650件增加|49件
RE_DELTA_BEFORE = re.compile(rf"(?:较|比|同比|环比)(?:上年|去年|上一年度?)?(?:同期)?(?:{CHANGE_VERBS}|多|少)了?$")


def _in_parentheses(text: str, m: Mention, since: int | None = None) -> bool:
    """Whether ``m`` stands inside a parenthesis opened after ``since`` (default: in its sentence)."""
    lo = since if since is not None else sentence_bounds(text, m.start)[0]
    seg = text[lo:m.start]
    return seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")


def _whole(total: Mention) -> float | None:
    """What a list's parts are held to: the total's value, or an approximate total's upper bound (近两千条: 2,000)."""
    return total.value if total.value is not None else total.high if total.low else None


def _earlier_total(text: str, mentions: list[Mention], total: Mention, value: float) -> bool:
    """Whether a figure of the same unit earlier in the sentence states ``value`` (the total a list adds up to)."""
    s0, _ = sentence_bounds(text, total.start)
    return any(s0 <= x.start < total.start and x.unit == total.unit and x.value is not None
               and abs(x.value - value) < 1e-9 for x in mentions)
RE_ADDITION = re.compile(r"另有|另外|此外|以及上年|加上|还有")
RE_NOT_A_PART = re.compile(RE_ADDITION.pattern + r"|共计|合计|总计|总数|总量")
_PEER_TOTALS = {"review", "litigation"}
# a comparison with another year after a list's item (…，其中自然人380件，较上年的350件增加30件): the list is over
RE_COMPARISON = re.compile(r"(?:较|比|与|同)(?:上一?年度?|去年|(?:19|20)\d\d年度?)|同比|环比")


OUTCOME_CONCEPTS = RESULT_CONCEPTS | {"carried_forward"}


# after a parenthesis, a few words may lead the list of the total's parts (…15件（…），审理结果分别为：维持8件…；
# …（…），按栏目分别为：…)
RE_LIST_LEAD = re.compile(r"[\u4e00-\u9fff]{1,6}")
RE_CLOSED_AFTER = re.compile(r"\s*(?:（[^（）]{0,60}）|\([^()]{0,60}\))")


def parts_lists(text: str, mentions: list[Mention], claims: list[Claim] = ()) -> list[PartsList]:
    """Totals followed by 其中/分别为 lists of parts in the same unit. With the claims, outcome lists
    under a "received" total are not taken as its parts (last year's carried-over requests are
    processed too): the total they break down is then uncertain.

    A list opened inside a parenthesis after the total (15件（其中复议后起诉4件、直接起诉11件）) ends with it; a
    list after such a parenthesis (…），审理结果分别为：维持8件…) breaks down the same total."""
    concept_of = {id(c.mention): c.concept for c in claims}
    out = []
    for i, total in enumerate(mentions):
        if not _whole(total) or total.kind not in ("count", "money"):
            continue                                    # (0件: nothing to break down; a 其中 after it is another's)
        before = clause_before(text, total)
        if _in_parentheses(text, total) or RE_DELTA_BEFORE.search(before) or RE_CHANGED_BY.search(before):
            continue                                    # （含上年结转1件）, 较上年(的650件)减少5件: not what a list breaks down
        starts = [(total.end, False)]                   # where a list may open; whether it opens in a parenthesis
        paren = RE_CLOSED_AFTER.match(text, total.end)
        if paren:
            starts = [(total.end, True), (paren.end(), False)]
        for list_from, inside in starts:
            found = _parts_after(text, mentions, i, total, list_from, inside, concept_of)
            if found is not None:
                out.append(found)
    return out


def _parts_after(text: str, mentions: list[Mention], i: int, total: Mention, list_from: int, inside: bool,
                 concept_of: dict) -> PartsList | None:
    """The list of ``total``'s parts that opens at ``list_from`` (inside a parenthesis that closes the list when
    ``inside``), or None."""
    j = next((k for k in range(i + 1, len(mentions)) if mentions[k].start >= list_from), None)
    if j is None:
        return None
    nxt = mentions[j]
    between = text[list_from:nxt.start]
    q = RE_QIZHONG.search(between) or RE_AMONG_OPEN.match(between) or (RE_PAREN_LIST_OPEN.match(between) if inside else None)
    if not q or len(between) > 40:
        return None
    lead = between[:q.start()].strip(" 。，,：:\n（(")
    if len(lead) > 2 and not (list_from > total.end and RE_LIST_LEAD.fullmatch(lead)):
        return None
    _, s_end = sentence_bounds(text, nxt.start)
    whole = _whole(total)
    parts = []
    prev_end = total.end
    running = 0.0
    list_start = list_from + q.end()
    nested = None                                       # a part's own 其中 list: how much of the part it has given
    for m in mentions[j:]:
        if m.start >= s_end or m.unit != total.unit or m.kind != total.kind:
            break
        if inside and not _in_parentheses(text, m, since=total.end):
            break                                       # the parenthesis closed: its list ends with it
        gap = text[prev_end:m.start]
        if parts and (RE_NOT_A_PART.search(gap) or "；" in gap or ";" in gap or RE_COMPARISON.search(gap)):
            break                                       # 另有上年结转…: an addition; 较上年的350件: a comparison; a
                                                        # semicolon ends the list
        if _in_parentheses(text, m, since=list_start):
            continue                                    # 法人8件（科研机构5件、律所3件）: a part's own breakdown
        if parts and {concept_of.get(id(total)), concept_of.get(id(m))} == _PEER_TOTALS:
            break                                       # 行政复议6件，其中维持3件、纠正1件，被提起行政诉讼5件: a peer
        if parts and "其中" in gap:
            nested = 0.0                                # 无法提供120件，其中本机关不掌握107件、…: the part's breakdown
        if nested is not None:
            # its items: joined by 、, or by commas until they make the part; then the list of parts goes on
            if ("，" not in gap and "," not in gap) or nested + (m.value or 0) <= (parts[-1].value or 0) + 1e-9:
                nested += m.value or 0
                prev_end = m.end
                if nested >= (parts[-1].value or 0) - 1e-9:
                    nested = None
                continue
            nested = None
        if parts and m.value is not None and abs(running - whole) < 1e-9 and \
                not RE_OTHER_PART.search(clause_before(text, m)[-8:]):
            break                                       # the parts so far make the total: what follows is no part
        parts.append(m)
        running += m.value or 0
        prev_end = m.end
    if len(parts) < 2:
        return None
    last_ctx = clause_before(text, parts[-1])[-10:]
    exhaustive = bool(re.search(r"(?:其他|其它|其余)(?!处理)", last_ctx)) or q.group() in ("分别为", "分别是")
    if re.search(r"等", text[parts[-1].end:parts[-1].end + 2]):
        exhaustive = False
    # "…N件。其中，…" starts a new sentence: the total may be the sentence's sum, not the last figure
    new_sentence = "。" in between[:q.start()] or "\n\n" in between[:q.start()]
    addition = bool(RE_ADDITION.search(clause_before(text, total)))
    certain = not addition
    if new_sentence:
        # "…共计N条。其中，…": clear only when N is the previous sentence's one figure of that unit
        s0, _ = sentence_bounds(text, total.start)
        same = [m for m in mentions if s0 <= m.start <= total.start and m.unit == total.unit]
        certain = certain and len(same) == 1
    if concept_of.get(id(total)) == "requests" and any(concept_of.get(id(x)) in OUTCOME_CONCEPTS for x in parts):
        certain = False
    if running > whole + 1e-9 and _earlier_total(text, mentions, total, running):
        certain = False                                 # 收到13件，上年结转1件，其中…: the parts add up to the 13
    return PartsList(total, parts, exhaustive, certain=certain)


@dataclass
class RateCheck:
    rate: Mention
    numerator: Mention
    denominator: Mention
    consistent: bool
    computed: float


# what names a rate's base by its verb: the requests due to be handled (应办结130件, 共需办理130件)
RE_DUE = re.compile(r"[应需]办|需要办|应当办|应予办|待办")
# the words a rate's numerator may be stated with (纠错率 over 结果纠正N件)
RATE_STEMS = {"纠错": ("纠错", "纠正"), "维持": ("维持",), "办结": ("办结", "办复", "答复"), "答复": ("答复", "办复", "办结"),
              "办复": ("办复", "答复", "办结")}


def stated_decimals(m: Mention) -> int:
    """The decimal places a figure is stated to (97.45% → 2, 98% → 0)."""
    return len(m.surface.split(".")[1].rstrip("%％")) if "." in m.surface else 0


def agrees_at_precision(computed: float, stated: float, decimals: int) -> bool:
    """Whether ``computed``, given to ``decimals`` places, is ``stated`` (a half rounds up: 8.5% said 9%)."""
    return abs(computed - stated) <= 0.5 * 10 ** -decimals + 1e-9


def rate_checks(text: str, mentions: list[Mention]) -> list[RateCheck]:
    """A stated rate (…率 N%) against the counts stated before it in its sentence: its numerator is the count
    whose verb the rate names (办结率: 办结N件, the verb just before the figure), its denominator one earlier count
    or the sum of earlier counts (收到406件，上年结转12件，办结409件，办结率97.8%: 409/(406+12)). Consistent when
    any such denominator gives the rate at its stated precision; a disagreement is reported only when the
    numerator has a single possible denominator (anything else leaves the rate's base unclear)."""
    out = []
    for i, m in enumerate(mentions):
        if m.kind != "percent" or m.value is None or "率" not in clause_before(text, m)[-8:]:
            continue
        s_start, _ = sentence_bounds(text, m.start)
        counts = [x for x in mentions[:i] if x.start >= s_start and x.kind == "count" and x.value]
        stem = clause_before(text, m)[-8:].split("率")[0][-2:]
        stems = RATE_STEMS.get(stem, (stem,))
        numerators = [j for j, x in enumerate(counts) if stem and any(w in clause_before(text, x)[-6:] for w in stems)]
        if not numerators or numerators[-1] == 0:
            continue                                  # the rate's own counts are not both stated
        k = numerators[-1]
        num, earlier = counts[k], counts[:k]
        decimals = stated_decimals(m)
        dens = [(x.value, x) for x in earlier]
        dens += [(a.value + b.value, b) for j, a in enumerate(earlier) for b in earlier[j + 1:]]
        if len(earlier) > 2:
            dens.append((sum(x.value for x in earlier), earlier[-1]))
        checks = []
        for value, den in dens:
            ratio = 100 * num.value / value
            if ratio > 100 + 1e-9:
                continue
            ok = agrees_at_precision(ratio, m.value, decimals)
            checks.append(RateCheck(m, num, den, ok, ratio))
        good = next((c for c in checks if c.consistent), None)
        if good is not None:
            out.append(good)
        elif len(earlier) == 1 and checks and (stem not in (lead := clause_before(text, earlier[0])[-6:])
                                                or RE_DUE.search(lead)):
            # (予以公开27件、部分公开8件，公开率…: siblings, no base; 应办结130件，实际办结120件，办结率…: the base)
            out.append(checks[0])
    return out
