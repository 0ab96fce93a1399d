"""Where each statutory table and row sits in a report's text: label patterns per row.

Labels are matched on a short core phrase, tolerant to spaces and line breaks inside it (PDF text
layers break labels across lines); the value region of a row runs from the end of its label to the
start of the next row's label.
"""
from __future__ import annotations

import re
from functools import lru_cache


def loose(phrase: str) -> str:
    """Regex for ``phrase`` allowing whitespace between its characters."""
    return r"\s*".join(re.escape(ch) for ch in phrase)


def _alt(*phrases: str) -> str:
    return "(?:" + "|".join(loose(p) for p in phrases) + ")"


# Each row is found by its label's core phrase or, where a narrow column wraps the label and a PDF's text layer puts
# the row's figures between its pieces (2.没有现成信息需要另行 / 0 0 0 0 0 0 0 / 制作), by the label's opening words.
# the years in 表三's labels, as reworded: 本年度新收, 上一年度结转, 结转下一年度
_THIS_YEAR = r"本\s*年\s*度?\s*"
_LAST_YEAR = r"上\s*一?\s*年\s*度?\s*"
_NEXT_YEAR = r"下\s*一?\s*年\s*度?"
# a column's name with its figure (其他：0, 总计：105), in a row written out one pair per line: not a row's label
_NOT_A_PAIR = r"(?![^\S\n]*[:：][^\S\n]*\d)"
_TOTAL = "(?:" + loose("总计") + "|" + loose("合计") + "|" + loose("小计") + ")"
# a group's subtotal (小计 under 3.其他) when the next line is the table's total
_NOT_A_SUBTOTAL = r"(?![^\n]*\n(?:[ \t\u3000|]*\n)*[ \t\u3000|]*(?:[（(]\s*七|总\s*计|合\s*计))"
T3_ROW_LABELS: dict[str, str] = {
    "new": _THIS_YEAR + _alt("新收政府信息公开申请数量", "新收政府信息公开申请", "新收"),
    "carried_over": _LAST_YEAR + _alt("结转政府信息公开申请数量", "结转"),
    "granted": _alt("予以公开"),
    "partial": _alt("部分公开"),
    "denied.state_secret": _alt("国家秘密", "属于国家"),
    "denied.law_prohibited": _alt("其他法律行政法规禁止公开", "其他法律行政", "禁止公开", "法律法规禁止", "法规禁止"),
    "denied.security_stability": _alt("三安全一稳定", "危及"),
    "denied.third_party": _alt("第三方合法权益", "保护第三方", "第三方权益"),
    "denied.internal_affairs": _alt("三类内部事务", "内部事务", "三类内部"),
    "denied.process_info": _alt("四类过程性信息", "过程性信息", "四类过程"),
    "denied.enforcement_file": r"(?:行\s*政\s*)?执\s*法\s*案\s*[卷件]|属\s*于\s*行\s*政\s*执\s*法",
    "denied.admin_query": _alt("行政查询事项", "行政查询"),
    "unable.not_held": _alt("本机关不掌握相关政府信息", "不掌握"),
    "unable.needs_creation": _alt("需要另行制作", "另行制作", "没有现成信息"),
    "unable.unclear_after_correction": _alt("补正后申请内容仍不明确", "仍不明确", "补正后申请"),
    "not_processed.petition": _alt("信访举报投诉类申请", "信访举报投诉"),
    "not_processed.duplicate": _alt("重复申请"),
    "not_processed.publication": _alt("要求提供公开出版物", "公开出版物", "要求提供公开"),
    "not_processed.mass_repeat": _alt("无正当理由大量反复申请", "大量反复", "无正当理由大量", "无正当理由大"),
    "not_processed.confirm_reissue": _alt("要求行政机关确认或重新出具已获取信息", "重新出具", "要求行政机关确认"),
    "other.no_correction": _alt("逾期不补正", "无正当理由逾期", "申请人无正当"),
    "other.unpaid_fee": _alt("缴纳费用", "逾期未按收费", "申请人逾期", "未缴费", "未缴纳"),
    # 3.其他, or 其他 alone as a label (not inside a word: 其他处理, 其他结果 are other labels; not a column's name in a row
    # written out: …，其他0，总计3 / 其他：0 on a line of its own)
    "other.other": r"[3３]\s*[.．、]?\s*其\s*[他它]|(?<![\u4e00-\u9fff，,、；;])其\s*[他它](?![\u4e00-\u9fff])" + _NOT_A_PAIR,
    "other": _alt("其他处理", "其它处理"),
    # (小计 where a table abbreviates its labels: searched only after 3.其他, so a 小计 column's header is not it)
    "total_processed": r"[（(]\s*七\s*[）)]\s*" + _TOTAL + r"|(?<![，,、；;])" + _TOTAL + _NOT_A_PAIR + _NOT_A_SUBTOTAL,
    "carried_forward": loose("结转") + _NEXT_YEAR + r"(?:\s*继\s*续\s*办\s*理)?",
}

# 表二 row labels (2021 and 2019 share most)
T2_ROW_LABELS: dict[str, str] = {
    "regulation": loose("规章"),
    "normative_doc": r"(?:行\s*政\s*)?" + loose("规范性文件") + "|" + loose("行政规范性"),
    "licensing": loose("行政许可"),
    "other_mgmt_service": _alt("其他对外管理服务事项", "其他对外管理服务", "其他对外"),
    "penalty": loose("行政处罚"),
    "coercion": loose("行政强制"),
    "admin_fee": _alt("行政事业性收费", "行政事业性"),
    "central_procurement": _alt("政府集中采购", "政府集中"),
}

T2_ROWS = {
    "2021": [("regulation", ["issued", "repealed", "in_force"]),
             ("normative_doc", ["issued", "repealed", "in_force"]),
             ("licensing", ["decisions"]),
             ("penalty", ["decisions"]),
             ("coercion", ["decisions"]),
             ("admin_fee", ["amount_wan"])],
    "2019": [("regulation", ["new_made", "new_published", "total_published"]),
             ("normative_doc", ["new_made", "new_published", "total_published"]),
             ("licensing", ["prev_items", "delta_items", "decisions"]),
             ("other_mgmt_service", ["prev_items", "delta_items", "decisions"]),
             ("penalty", ["prev_items", "delta_items", "decisions"]),
             ("coercion", ["prev_items", "delta_items", "decisions"]),
             ("admin_fee", ["prev_items", "delta_items"]),
             ("central_procurement", ["projects", "amount"])],
}

RE_T2_2021 = re.compile(_alt("本年制发件数", "本年废止件数", "现行有效件数", "先行有效件数", "本年收费金额"))
RE_T2_2019 = re.compile(_alt("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
                             "采购项目数量",
                             # the same headers wrapped by a narrow column (本年新制作 / 数量)
                             "本年新制作", "本年新公开", "上一年项目"))
RE_T2_ANCHOR = re.compile(r"第\s*二\s*十\s*条\s*第\s*[（(]\s*一\s*[）)]\s*项|"
                          + loose("信息内容") + r"[\s|*]*" + _alt("本年制发", "本年新制作"))
# 表三's first row label (no figure or punctuation inside: 新收申请63件，申请数量有所增加 is a sentence); 本年新收 alone (a
# label cut short) not where a sentence goes on with a figure (本年新收的39件申请中, 本年度新收申请十五件, a PDF line wrapping
# its words: narrative before the table)
# a count of requests as a sentence states it: in digits (grouped too, 1.2万) or Chinese numerals, then 件; approximate
# too (约460件, 超过450件, 400余件, 四百多件: a sentence all the same)
FIGURE_JIAN = (r"(?:约|近|将近|接近|超过|逾|多达|达到?|不到|不足|不少于|共计?|累计|合计)?\s*"
               r"(?:\d[\d,，]*(?:\.\d+)?\s*万?|[零〇一二两三四五六七八九十百千万]+)\s*(?:多|余|来)?\s*件")
RE_T3_NEW = re.compile(r"新\s*收[^，,。；、\d]{0,16}?申\s*请\s*数\s*量|" + _THIS_YEAR + loose("新收")
                       + r"(?!\s*[的到]|(?:[^\n\d]|\n(?=[\u4e00-\u9fff])){0,9}?" + FIGURE_JIAN + ")", re.S)
# 表三's second row label (上年结转): what tells its first label from a sentence's words
RE_T3_CARRIED = re.compile(_LAST_YEAR + loose("结转"))
RE_T3_2021_ONLY = re.compile(_alt("逾期不补正", "缴纳费用"))
RE_T4_ANCHOR = re.compile(loose("行政复议"))
RE_T4_HEADER_WORD = re.compile(
    r"(?:" + "|".join(loose(w) for w in (
        "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果",
        "尚未审结", "总计", "合计", "结果", "维持", "纠正", "其他", "尚未", "审结", "总", "合", "计")) + r")")


@lru_cache(maxsize=None)
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.S)

# between 表二's anchor and the rest of its header, what only a sentence has: the end of a sentence, or a figure with
# its unit that the sentence goes on from (依据第二十条第（一）项，及时公开…。 is the narrative citing the article; 表三's
# anchor has its own test, nlp.tables.extract.locate_t3, as its key-value rows end with 。)
RE_PROSE = re.compile(r"[。；！？]|\d\s*件\s*[，,、]")
