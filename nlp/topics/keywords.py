"""The keyword baseline: polarity and topic rules written from the codebook's cues.

Two uses: a baseline the trained models must beat (``classify``), and cue-hit tokens the models see as
features (``topic_hits``, ``polarity_hits``, ``lead_in_kind``). The cue lists are the codebook's "typical
cues" column and decision rules (corpora/codebook.md, version 1.1), widened with wordings seen in the
train split; nothing here was written from test-split reports.
"""
from __future__ import annotations

import re

from .labels import LABELS

# one pattern per topic, in the label order; an item gets every topic whose pattern matches
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
        r"|决策公开|执行公开|管理公开|服务公开|结果公开|预决算|公开不全面|不够全面"),
    "content_quality": re.compile(
        r"信息质量|质量不高|准确(?:性|率)?|规范表述|表述|错别字|错漏|审核|审查|保密|隐私|三审三校|把关|差错"),
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
        r"宣传|知晓|便民|便利|获取|群众了解|受众|喜闻乐见|关注度|利用率"),
    "info_management": re.compile(
        r"公开属性|属性|源头认定|文件清理|清理|规范性文件管理|目录|指南|历史信息|历史文件|档案|归档|梳理|清单"),
}

# a body's own catalogue is info_management, not grassroots (codebook T11)
_GRASSROOTS_ONLY_CATALOGUE = re.compile(r"公开目录|事项清单")

# polarity cues (codebook: polarity table and rules P1–P10)
RE_PROBLEM = re.compile(
    r"不够|不足|有待|欠缺|差距|滞后|不规范|薄弱|不高|不强|不到位|不及时|不全面|不完善|不深入|不明确|不平衡|不均衡"
    r"|较少|单一|缺乏|短板|亟待|亟需|仍需|还需|尚需|需进一步|需要进一步|待进一步|待提升|待加强|存在.{0,12}问题"
    r"|不精准|不准确|不充分|难以|较弱|偏少|不多|较低|较为简单|不便|少数|个别")
RE_IMPROVEMENT = re.compile(
    r"将|进一步|加强|完善|推进|下一步|计划|强化|提升|提高|优化|健全|加大|做好|建立|拓展|拓宽|丰富|深化|落实|确保|持续"
    r"|严格|规范|推动|创新|扩大|坚持|注重|积极|及时|今后|努力|着力")
RE_RECTIFICATION = re.compile(
    r"(?:针对|对照|根据).{0,12}(?:上一?年|去年|上年度|20\d\d年度?|第三方评估|检查|督查|考核).{0,20}(?:问题|不足|意见)"
    r"|整改(?:情况|落实|到位|完成)|已(?:全面|基本)?(?:整改|完善|完成)|上年度问题")
RE_LEAD_IN = re.compile(r"(?:以下|如下|几个?方面|几点|主要(?:有|表现(?:在|为)?)|具体如下)[^。；]{0,16}[：:]\s*$|[：:]\s*$")
RE_BOILERPLATE = re.compile(r"统计表|附件下载|此件主动公开|^\S{0,30}\d{4}年\d{1,2}月\d{1,2}日\s*$|二[○〇零]")


def topic_hits(text: str) -> list[str]:
    """Topics whose cue words occur in ``text`` (label order; may be empty)."""
    hits = [label for label, rx in TOPIC_CUES.items() if rx.search(text)]
    if "grassroots" in hits and _GRASSROOTS_ONLY_CATALOGUE.search(text) and not re.search(
            r"基层|标准化|两化|村|乡镇|社区", text):
        hits.remove("grassroots")
    return hits


def polarity_hits(text: str) -> list[str]:
    """Polarity cue families found in ``text``: problem / improvement / rectification / lead_in / boilerplate."""
    out = []
    if RE_PROBLEM.search(text):
        out.append("problem")
    if RE_IMPROVEMENT.search(text):
        out.append("improvement")
    if RE_RECTIFICATION.search(text):
        out.append("rectification")
    if RE_LEAD_IN.search(text.strip()):
        out.append("lead_in")
    if RE_BOILERPLATE.search(text):
        out.append("boilerplate")
    return out


def lead_in_kind(text: str) -> str | None:
    """What a lead-in sentence announces: ``problems``, ``improvements``, ``rectification`` or None.

    A lead-in is an item that introduces the items after it (存在以下不足： / 下一步将做好以下工作：
    / 针对上年度问题，我局采取措施，扎实改进。). Used as context for the items that follow.
    """
    t = text.strip()
    if RE_RECTIFICATION.search(t) and len(t) < 80:
        return "rectification"
    if not (RE_LEAD_IN.search(t) or re.search(r"以下|如下", t)):
        return None
    if re.search(r"将|改进|措施|举措|下一步|下阶段|今后|计划|打算|做好|抓好|整改", t):
        return "improvements"
    if re.search(r"问题|不足|差距|表现|主要有|薄弱|短板", t):
        return "problems"
    return None


def classify(text: str, heading_kind: str = "none") -> tuple[str, list[str]]:
    """The keyword baseline: (polarity, topics) from cue words alone, the heading breaking ties."""
    t = text.strip()
    pol_hits = polarity_hits(t)
    n_problem = len(RE_PROBLEM.findall(t))
    n_improve = len(RE_IMPROVEMENT.findall(t))
    if "rectification" in pol_hits or heading_kind == "rectification":
        polarity = "rectification"
    elif "boilerplate" in pol_hits or ("lead_in" in pol_hits and n_problem == 0 and len(t) < 80):
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
    topics = topic_hits(t) or ["generic"]
    if polarity == "other":
        topics = topic_hits(t) if len(t) > 40 else []
        topics = topics or ["generic"]
    return polarity, [lab for lab in LABELS if lab in topics]
