"""Keyword rules: the baseline the models must beat, and the cue tokens the models read.

Two lexicons:

* ``codebook``: the codebook's "typical cues" column and polarity cue words, transcribed as they stand
  (corpora/codebook.md 1.1). ``classify(text, kind)`` with it is **the keyword baseline** of the model card.
* ``extended``: the same cues widened by us with wordings of the train split (and our domain knowledge);
  the models see its hits as features (``topic_hits``, ``polarity_hits``, ``lead_in_kind``), and
  ``classify(..., lexicon="extended")`` is reported beside the baseline as the stronger rule set.

Nothing here was written from test-split reports.
"""
from __future__ import annotations

import re

from .labels import LABELS

def _alt(*cues: str) -> re.Pattern[str]:
    return re.compile("|".join(cues))


# the codebook's "typical cues", one alternation per topic ("/" and "、" in the codebook become "|")
CODEBOOK_TOPIC_CUES: dict[str, re.Pattern[str]] = {
    "awareness": _alt("思想认识", "重视不够", "主动公开意识", "公开为常态", "责任意识"),
    "staffing_training": _alt("人员", "队伍", "兼职", "流动", "业务能力", "专业素质", "培训", "业务指导"),
    "proactive_scope": _alt("公开内容", "公开范围", "深度", "广度", "更新不及时", "应公开尽公开", "重点领域信息公开",
                            "发布政务信息", "发布.{0,2}动态"),
    "content_quality": _alt("信息质量", "准确", "规范表述", "错别字", "审核", "保密审查", "个人隐私", "三审三校"),
    "policy_interpretation": _alt("政策解读", "图解", "视频解读", "解读形式", "解读质量"),
    "responsiveness": _alt("回应关切", "留言", "咨询", "热线", "舆情", "政民互动", "群众诉求"),
    "public_participation": _alt("公众参与", "征求意见", "决策预公开", "意见采纳", "采纳反馈", "开放日", "听证"),
    "request_handling": _alt("依申请公开", "答复", "告知书", "办理时限", "法律依据", "行政复议", "行政诉讼"),
    "platforms": _alt("网站", "栏目", "专栏", "政务新媒体", "公众号", "公开专区", "查阅点", "适老化", "无障碍"),
    "institutions": _alt("制度", "机制", "流程", "协调", "考核", "督查", "检查", "通报", "责任制", "监管", "指导"),
    "grassroots": _alt("基层", "标准化规范化", "标准目录", "事项清单", "村（居）务公开", "村务公开", "居务公开"),
    "digital_data": _alt("信息化", "系统", "平台技术", "智能检索", "数据开放", "数字化", "技术人才"),
    "outreach": _alt("宣传", "知晓度", "便民", "获取渠道", "群众了解"),
    "info_management": _alt("公开属性", "源头认定", "文件清理", "规范性文件管理", "目录更新", "指南更新", "历史信息",
                            "档案"),
}
CODEBOOK_PROBLEM = _alt("不够", "不足", "有待加强", "欠缺", "差距", "滞后", "不规范", "薄弱")
CODEBOOK_IMPROVEMENT = _alt("将", "进一步", "加强", "完善", "推进", "下一步", "计划")
CODEBOOK_RECTIFICATION = _alt("上年度问题整改", "针对(?:去年|上年度?|上一年度?).{0,12}问题")

# the extended lexicon: one pattern per topic, in the label order; an item gets every topic whose pattern matches
TOPIC_CUES: dict[str, re.Pattern[str]] = {
    "awareness": re.compile(
        r"思想认识|认识不足|认识不到位|认识不够|认识还?有待|重视(?:程度|不够|不足)|不够重视|引起.{0,4}重视|高度重视"
        r"|公开意识|主动公开的?意识|责任意识|服务意识|意识不强|意识(?:还|有待|淡薄|薄弱)|主动性|积极性"
        r"|对.{0,10}(?:的)?认识|理解不深"),
    "staffing_training": re.compile(
        r"人员|队伍|兼职|专职|流动|业务能力|业务水平|业务素质|专业素质|能力素质|专业(?:人才|人员)|人才|培训|学习"
        r"|业务指导|骨干|力量(?:薄弱|不足)|人手|配备"),
    "proactive_scope": re.compile(
        r"公开内容|公开的?内容|公开范围|公开力度|广度|深度|全面性|及时性|时效|更新(?:不及时|滞后|频率|频次)|不够及时"
        r"|应公开尽公开|重点领域|主动公开(?!意识)|发布.{0,6}(?:动态|信息)|工作动态|政务信息|公开事项|五公开|公开质量"
        r"|决策公开|执行公开|管理公开|服务公开|结果公开|预决算|公开不全面|不够全面"
        # v4: any object's disclosure judged or acted on (食品抽检信息公开覆盖面不广, 及时公开执法结果)
        r"|信息公开(?:的)?(?:不够|不及时|不全面|不完整|不系统|较少|覆盖面|精准度|完整性|滞后)|公开(?:不够|较少|不完整|不系统|滞后)"
        r"|(?:及时|全面|主动|集中|按时|同步|逐项|定期)(?:向社会)?公开(?!属性|意识|申请)"),
    "content_quality": re.compile(
        r"信息质量|质量不高|准确(?:性|率)?|规范表述|表述|错别字|错漏|审核|审查|保密|隐私|三审三校|把关|差错"
        r"|(?:信息|公开|发布|内容)的?(?:质量|质效)|内容(?:规范|监管)|规范.{0,4}内容|噪音|量质"),
    "policy_interpretation": re.compile(r"解读"),
    "responsiveness": re.compile(
        r"回应|关切|留言|咨询|热线|舆情|政民互动|互动|群众诉求|诉求|答疑|问答"),
    "public_participation": re.compile(
        r"公众参与|群众参与|参与度|征求意见|征集|预公开|意见.{0,4}(?:采纳|反馈)|采纳|开放日|听证|问卷|民意|座谈"
        r"|社会评议|公众监督|网上调查"),
    "request_handling": re.compile(
        r"依申请|依法申请|申请公开|公开申请|答复|告知书|办理时限|受理|行政复议|行政诉讼|纠错|法律依据"),
    "platforms": re.compile(
        r"网站|栏目|专栏|新媒体|公众号|微信|微博|客户端|APP|公开专区|查阅点|查阅场所|查阅服务|公开栏|平台|渠道"
        r"|公开(?:方式|形式)|适老化|无障碍|线上线下"),
    "institutions": re.compile(
        r"制度|机制|流程|协调|联动|考核|督查|督促|督办|检查|巡查|通报|责任制|问责|监管|监督|指导各|统筹|规范化制度化"
        r"|工作规则|领导小组|责任分工"),
    "grassroots": re.compile(
        r"基层|标准化|规范化建设|两化|标准目录|村务|居务|村（居）|村\(居\)|乡镇|村一级|社区"),
    "digital_data": re.compile(
        r"信息化|数字化|智能|系统|技术|数据开放|数据|电子政务|电子公文|自动化|人工智能|检索|搜索"),
    "outreach": re.compile(
        r"宣传|知晓|便民|便利|获取|群众了解|受众|喜闻乐见|关注度|利用率|推送|查询窗口|惠及群众|进企业|进社区|进村"),
    "info_management": re.compile(
        r"公开属性|属性|源头认定|文件清理|清理|规范性文件管理|目录|指南|历史信息|历史文件|档案|归档|梳理|清单"),
}

# a body's own catalogue is info_management, not grassroots (codebook T11)
_GRASSROOTS_ONLY_CATALOGUE = re.compile(r"公开目录|事项清单")
_GRASSROOTS_SENSE = re.compile(r"基层|标准化|两化|村|乡镇|社区")
# what a lead-in announces (lead_in_kind)
_LEAD_IN_LIST = re.compile(r"以下|如下")
_LEAD_IN_PLAN = re.compile(r"将|改进|措施|举措|下一步|下阶段|今后|计划|打算|做好|抓好|整改")
_LEAD_IN_PROBLEMS = re.compile(r"问题|不足|差距|表现|主要有|薄弱|短板")
# a list lead-in that looks back at last year's problems, however many it names (v4); 将从以下方面抓好整改：
# looks forward (improvements)
_LEAD_IN_LOOKBACK = re.compile(r"(?:针对|对照|根据|对于)[^。；;]{0,12}(?:上一?年|去年|上年度|20\d\d年度?)[^。；;]{0,80}"
                               r"(?:问题|不足|短板|差距)")

# polarity cues (codebook: polarity table and rules P1–P10)
RE_PROBLEM = re.compile(
    r"不够|不足|有待|欠缺|差距|滞后|不规范|薄弱|不高|不强|不到位|不及时|不全面|不完善|不深入|不明确|不平衡|不均衡"
    r"|较少|单一|缺乏|短板|亟待|亟需|仍需|还需|尚需|需进一步|需要进一步|待进一步|待提升|待加强|存在.{0,12}问题"
    r"|不精准|不准确|不充分|难以|较弱|偏少|不多|较低|较为简单|不便|少数|个别")
RE_IMPROVEMENT = re.compile(
    r"将|进一步|加强|完善|推进|下一步|计划|强化|提升|提高|优化|健全|加大|做好|建立|拓展|拓宽|丰富|深化|落实|确保|持续"
    r"|严格|规范|推动|创新|扩大|坚持|注重|积极|及时|今后|努力|着力")
# 针对/对照/根据 a past year's or a review's problems: looks back (RE_RECTIFICATION, _RECT_LOOKBACK)
_LOOKS_BACK = (r"(?:针对|对照|根据|对于).{0,12}(?:上一?年|去年|上年度|20\d\d年度?|第三方评估|检查|督查|考核).{0,20}"
               r"(?:问题|不足|意见|短板|差距|薄弱环节)")
RE_RECTIFICATION = re.compile(_LOOKS_BACK + r"|整改(?:情况|落实|到位|完成)|已(?:全面|基本)?(?:整改|完善|完成)|上年度问题")
# an earlier report's or an outside review's problem named as such (v5): 上年度报告中指出的…问题, 去年评估反映的
#不足 (codebook P5: rectification needs a past problem); a same-year self-check (年内自查发现…) is not one (P9)
RE_PAST_PROBLEM = re.compile(
    r"(?:上一?年度?|去年|往年|前一年|20\d\d年度?(?:政府信息公开(?:工作)?)?(?:年度)?(?:报告|年报)|第三方评估|督查|巡察)"
    r"[^。；;]{0,30}?(?:指出|提到|提出|反映|列出|所列|发现|通报|存在)的?[^。；;]{0,40}?(?:问题|不足|短板|差距)")
# a rectification cue that looks back (a past year, an earlier review, 上年度问题, 整改情况), as opposed to a completed
# fix alone (已整改到位 may be a same-year fix, P9): a short sentence needs one to announce rectification (v5)
_RECT_LOOKBACK = re.compile(_LOOKS_BACK + r"|上年度问题|整改情况")
RE_LEAD_IN = re.compile(r"(?:以下|如下|几个?方面|几点|主要(?:有|表现(?:在|为)?)|具体如下)[^。；]{0,16}[：:]\s*$|[：:]\s*$")
RE_BOILERPLATE = re.compile(r"统计表|附件下载|此件主动公开|^\S{0,30}\d{4}年\d{1,2}月\d{1,2}日\s*$|二[○〇零]")


# the item's shape (polarity cues of text that is not a statement: table rows, signatures, glued headings)
RE_TABLE_ROW = re.compile(r"\d+\s+\d+|[条件个次]\s*\d+")
RE_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、]"
                           r"|[一二三四五六七八九十]{1,2}、|[①-⑩])")
RE_OTHER_SECTION = re.compile(r"^[一二三四五六七八九十]{1,2}、\S{0,6}(?:其他|统计|收费|情况|概述|附)")
_DIGIT = re.compile(r"\d")
LENGTH_BUCKETS = ((20, "xs"), (40, "s"), (80, "m"), (160, "l"))


def shape_hits(text: str) -> list[str]:
    """Shape families of ``text``: its length bucket, then table (numbers in a row), enum (starts with an
    enumerator), section (a glued heading of another section), digits (over a fifth digits)."""
    n = len(text)
    out = ["xs" if n < 20 else "s" if n < 40 else "m" if n < 80 else "l" if n < 160 else "xl"]
    if RE_TABLE_ROW.search(text):
        out.append("table")
    if RE_ENUMERATED.match(text):
        out.append("enum")
    if RE_OTHER_SECTION.match(text):
        out.append("section")
    if n and len(_DIGIT.findall(text)) * 5 > n:
        out.append("digits")
    return out


# tense and modality of the item (section5-features-v3): markers that carry across issuing bodies, unlike their
# wording — a plan (将, 下一步, 拟), a need (需/有待 + verb: codebook P10), a standing state (存在, 仍, 尚未), a completed
# fix (已, 完成, …了); which polarity family its first clause and its last clause hit; which family has more hits;
# an open end (a fragment cut at a comma) or a colon end (a lead-in)
RE_FUTURE = re.compile(r"将|拟|计划|下一步|下阶段|下一阶段|今后|接下来|明年|新的一年|\d{4}年[，,]?(?:我|本|全)")
RE_NEED = re.compile(r"需(?:要)?(?:进一步|一步|再|更加|继续)?(?:加强|强化|提升|提高|改进|完善|规范|加大|拓展|丰富|深化|优化|充实)"
                     r"|有待|亟待|亟需|还有.{0,10}(?:需要|不足|差距|改进)|仍有.{0,6}(?:空间|差距|不足)")
RE_STATE = re.compile(r"存在|仍然|仍|尚未|尚不|尚有|还不|还没|还未|个别|部分(?:单位|科室|部门|工作人员)")
RE_DONE = re.compile(r"已(?:经|全面|基本|逐步|按|于|对|将|完成|建立|整改|实现|开设|调整|补充|更新|完善|落实)|完成了|实现了|建立了"
                     r"|整改到位|整改完毕|销号|得到(?:了)?(?:有效|明显|较大)?(?:改善|解决|提升)")
_CLAUSE = re.compile(r"[，,。；;：:！？]")


# codebook P2/P6: an item that states a gap and then, in a later sentence, the remedy (下一步…将…, 对此…,
# 改进措施：…) is an improvement when the remedy is the bulk of it; a short trailing plan does not count
RE_REMEDY_START = re.compile(
    r"(?<=[。；;！？!?])\s*(?:下一步|下阶段|下一阶段|今后|接下来|对此|为此|针对(?:上述|以上|此|这些|这一|该|存在的)"
    r"|(?:改进|整改)措施[：:]|\d{4}年[，,]?\s*(?:我|本|全)|(?:我|本)[^\s，,。；;：:]{0,5}(?:将|拟|要)|将)")
REMEDY_TAIL = 40      # a remedy of fewer characters is a trailing line (P6)
# codebook `other`: praise and achievements, thanks, statements of principle, with no contrast and no gap (v4)
RE_PRAISE = re.compile(r"感谢|谢意|取得(?:了)?(?:一定|新的|显著|明显|积极|良好)?的?(?:成效|成绩|进展|成果)|有序推进|平稳有序|稳步推进"
                       r"|不断(?:提高|提升|增强|完善)|是(?:推进|保障|建设|实现|促进|密切)[^。；;]{0,30}(?:重要|关键|必然)")
RE_CONTRAST = re.compile(r"但|然而|不过|仍|还存在|尚|差距")


def remedy_share(text: str) -> str | None:
    """``remedy_major`` / ``remedy_minor``: a remedy sentence after a stated gap takes more / not more than half
    of ``text``; ``remedy_tail``: it is a short trailing line; None: no gap followed by a remedy."""
    for m in RE_REMEDY_START.finditer(text):
        head = text[:m.start()]
        if not (RE_PROBLEM.search(head) or RE_NEED.search(head) or RE_STATE.search(head)):
            return None
        tail = len(text) - m.start()
        if tail < REMEDY_TAIL:
            return "remedy_tail"
        return "remedy_major" if 2 * tail > len(text) else "remedy_minor"
    return None


_FAMILY_NAMES = {"p": "problem", "i": "improvement"}


def _families(text: str, counts: tuple[int, int] | None = None) -> list[str]:
    """"p" when ``text`` has a problem cue, "i" when it has an improvement cue (in that order); ``counts``:
    :func:`cue_counts` of ``text`` when the caller has them (a count is not 0 exactly when a search finds one)."""
    has_p, has_i = counts if counts is not None else (RE_PROBLEM.search(text), RE_IMPROVEMENT.search(text))
    return (["p"] if has_p else []) + (["i"] if has_i else [])


def cue_counts(text: str) -> tuple[int, int]:
    """How many problem and how many improvement cue words ``text`` holds (non-overlapping, as ``findall``
    counts them): computed once for :func:`polarity_hits` and :func:`modal_hits` of the same item."""
    return len(RE_PROBLEM.findall(text)), len(RE_IMPROVEMENT.findall(text))


def modal_hits(text: str, counts: tuple[int, int] | None = None) -> list[str]:
    """Tense/modality families of ``text``: future, need, state, done; first_p/first_i and last_p/last_i (the
    polarity families of its first and last clause); bal_p / bal_i / bal_eq (which of the problem and
    improvement cue words occur more often); remedy_major / remedy_minor / remedy_tail (:func:`remedy_share`, v4);
    praise (achievements, thanks, a statement of principle with no contrast and no gap: codebook `other`, v4);
    open (ends with a comma: a fragment), colon (ends with a colon). ``counts``: :func:`cue_counts` of
    ``text`` when the caller has them."""
    out = []
    if RE_FUTURE.search(text):
        out.append("future")
    if RE_NEED.search(text):
        out.append("need")
    if RE_STATE.search(text):
        out.append("state")
    if RE_DONE.search(text):
        out.append("done")
    t = text.strip()
    clauses = [c for c in _CLAUSE.split(t) if c.strip()]
    if clauses:
        out += ["first_" + f for f in _families(clauses[0])]
        if len(clauses) > 1:
            out += ["last_" + f for f in _families(clauses[-1])]
    # (the counts of ``text`` are those of ``t`` when stripping removed nothing)
    n_p, n_i = counts if counts is not None and len(t) == len(text) else cue_counts(t)
    out.append("bal_p" if n_p > n_i else "bal_i" if n_i > n_p else "bal_eq")
    remedy = remedy_share(t)
    if remedy is not None:
        out.append(remedy)
    elif RE_PRAISE.search(t) and not (RE_CONTRAST.search(t) or n_p or RE_NEED.search(t)):
        out.append("praise")
    if t[-1:] in ("，", ",", "、"):
        out.append("open")
    elif t[-1:] in ("：", ":"):
        out.append("colon")
    return out


def past_hits(text: str) -> list[str]:
    """``ref``: the item names a problem of an earlier report or outside review (:data:`RE_PAST_PROBLEM`);
    ``fix``: and reports it fixed (a completed-fix marker, :data:`RE_DONE`). Codebook P5, P16 (v5)."""
    if not RE_PAST_PROBLEM.search(text):
        return []
    return ["ref", "fix"] if RE_DONE.search(text) else ["ref"]


LEXICONS = ("codebook", "extended")


_TOPIC_SEARCH = tuple((label, rx.search) for label, rx in TOPIC_CUES.items())


def raw_topic_hits(text: str, among=None) -> list[str]:
    """Topics whose extended pattern occurs in ``text``, before the grassroots rule (``among``: test only these
    labels, in their order)."""
    if among is None:
        return [label for label, search in _TOPIC_SEARCH if search(text)]
    return [label for label in among if TOPIC_CUES[label].search(text)]


def _grassroots_rule(text: str, hits: list[str]) -> list[str]:
    if "grassroots" in hits and _GRASSROOTS_ONLY_CATALOGUE.search(text) and not _GRASSROOTS_SENSE.search(text):
        hits.remove("grassroots")
    return hits


def topic_hits(text: str, lexicon: str = "extended") -> list[str]:
    """Topics whose cue words occur in ``text`` (label order; may be empty)."""
    if lexicon == "codebook":
        return [label for label, rx in CODEBOOK_TOPIC_CUES.items() if rx.search(text)]
    return _grassroots_rule(text, raw_topic_hits(text))


# the title of an enumerated item: its first clause when more follows (（二）拓展公开形式。充分发挥…)
RE_TITLE = re.compile(r"[^。；;]{2,40}[。；;]")


def title_topic_hits(text: str, raw_hits: list[str] | None = None) -> list[str]:
    """Topics whose cue words occur in the item's title (``RE_TITLE`` at the start, shorter than the text);
    ``raw_hits``: :func:`raw_topic_hits` of the whole text when known (a title's hits are among them: the
    patterns have no anchors and the title ends with its punctuation)."""
    m = RE_TITLE.match(text)
    if m is None or m.end() == len(text):
        return []
    title = m.group()
    return _grassroots_rule(title, raw_topic_hits(title, raw_hits))


# the same tests as RE_LEAD_IN / RE_BOILERPLATE / RE_RECTIFICATION, cheaper (the cue tokens run them on every
# item): a lead-in match ends the (stripped) text with a colon; the boilerplate date must start the text
_BOILERPLATE_WORDS = re.compile(r"统计表|附件下载|此件主动公开|二[○〇零]")
_BOILERPLATE_DATE = re.compile(r"\S{0,30}\d{4}年\d{1,2}月\d{1,2}日\s*$")
_RECTIFICATION_ANCHORS = re.compile(r"针对|对照|根据|对于|整改|已|上年度问题")


def _lead_in(stripped: str) -> bool:
    """``RE_LEAD_IN.search(stripped)`` for a stripped text: every match ends at a final colon."""
    return stripped[-1:] in ("：", ":") and RE_LEAD_IN.search(stripped) is not None


def _boilerplate(text: str) -> bool:
    """``RE_BOILERPLATE.search(text)``: the words anywhere, or the date line from the start."""
    return _BOILERPLATE_WORDS.search(text) is not None or ("日" in text and _BOILERPLATE_DATE.match(text) is not None)


def _rectification(text: str) -> bool:
    """``RE_RECTIFICATION.search(text)``: each of its alternatives begins with one of the anchors."""
    return _RECTIFICATION_ANCHORS.search(text) is not None and RE_RECTIFICATION.search(text) is not None


def polarity_hits(text: str, counts: tuple[int, int] | None = None) -> list[str]:
    """Polarity cue families found in ``text``: problem / improvement / rectification / lead_in / boilerplate.
    ``counts``: :func:`cue_counts` of ``text`` when the caller has them."""
    out = [_FAMILY_NAMES[f] for f in _families(text, counts)]
    if _rectification(text):
        out.append("rectification")
    if _lead_in(text.strip()):
        out.append("lead_in")
    if _boilerplate(text):
        out.append("boilerplate")
    return out


def lead_in_kind(text: str) -> str | None:
    """What a lead-in sentence announces: ``problems``, ``improvements``, ``rectification`` or None.

    A lead-in is an item that introduces the items after it (存在以下不足： / 下一步将做好以下工作：
    / 针对上年度问题，我局采取措施，扎实改进。). Used as context for the items that follow.
    """
    t = text.strip()
    if len(t) < 80 and _rectification(t) and (_RECT_LOOKBACK.search(t) or RE_PAST_PROBLEM.search(t)):
        return "rectification"
    if not (_LEAD_IN_LIST.search(t) or _lead_in(t)):
        return None
    if _rectification(t) or _LEAD_IN_LOOKBACK.search(t):
        return "rectification"
    if _LEAD_IN_PLAN.search(t):
        return "improvements"
    if _LEAD_IN_PROBLEMS.search(t):
        return "problems"
    return None


def classify(text: str, heading_kind: str = "none", lexicon: str = "codebook") -> tuple[str, list[str]]:
    """Rules alone: (polarity, topics) from cue words, the heading breaking ties (codebook P4).

    ``lexicon="codebook"`` is the keyword baseline; ``"extended"`` the widened rule set.
    """
    if lexicon not in LEXICONS:
        raise ValueError(f"The 'lexicon' parameter of classify must be one of {LEXICONS}. Got {lexicon!r} instead.")
    t = text.strip()
    problem, improve, rectif = ((CODEBOOK_PROBLEM, CODEBOOK_IMPROVEMENT, CODEBOOK_RECTIFICATION)
                                if lexicon == "codebook" else (RE_PROBLEM, RE_IMPROVEMENT, RE_RECTIFICATION))
    n_problem = len(problem.findall(t))
    n_improve = len(improve.findall(t))
    lead_in = bool(RE_LEAD_IN.search(t))
    if rectif.search(t) or heading_kind == "rectification":
        polarity = "rectification"
    elif (lexicon == "extended" and RE_BOILERPLATE.search(t)) or (lead_in and n_problem == 0 and len(t) < 80):
        polarity = "other"
    elif n_problem > n_improve:
        polarity = "problem"
    elif n_improve > n_problem:
        polarity = "improvement"
    elif heading_kind == "problems":
        polarity = "problem"
    elif heading_kind in ("improvements", "next_steps"):
        polarity = "improvement"
    else:
        polarity = "problem" if n_problem else "other"
    hits = topic_hits(t, lexicon)
    if polarity == "other" and len(t) < 40:
        hits = []                       # a short preamble names no object (codebook T8)
    return polarity, [lab for lab in LABELS if lab in hits] or ["generic"]
