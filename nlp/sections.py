"""The six sections of a report, found by their headings (numbered, glued to text, with variants).

Headings are ``<numeral>、<title>`` (or markdown ``#``) with the primer's titles matched loosely;
the outline may number 问题 as 四 or 六. Pre-2019 outlines (概述 / 依申请公开 … / 存在的主要问题和
改进措施) map onto the same keys where they can. A missing 五 heading is recovered from
``（一）存在问题``-style sub-headings.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .types import Section


def _numeral(dun: str) -> str:
    """A part's numeral (一、 / 第一部分) with its 、 as ``dun`` requires ("" or "?"), bold words after it allowed. A
    numeral that opens a word is no heading's (一起因…, 二是…, 一些), nor one of a list of numerals (一、二季度)."""
    return (r"(?:第[一二三四五六七八九十]{1,2}部分\s*[、:：.．]?\s*|[一二三四五六七八九十]{1,2}(?![起是些])\s*"
            rf"(?:[、丶.．](?![一二三四五六七八九十])){dun}\s*)(?:\*\*)?")


_NUM = _numeral("?")
# after a comma or a colon a numeral needs its 、 (…，一起因政府信息公开引发的行政复议… is a sentence; after a sentence's
# end it may lack it: …）。一总体情况2020年，…)
_NUM_AFTER = _numeral("")


SECTION_TITLES: dict[str, str] = {
    "general": r"(?:(?:年度)?(?:政府信息公开|政务公开)?(?:工作)?(?:总体|基本)(?:工作)?情况|(?:工作)?概述|(?:工作|基本)?概况)",
    "proactive": r"(?:主动公开(?:的)?(?:政府)?信息(?:的)?(?:工作)?情况|主动公开(?:工作)?情况|政府信息主动公开(?:工作)?(?:的)?情况"
                 r"|主动公开政府信息)",
    "requests": r"(?:收到(?:和|及|与|、|并)?处理(?:政府)?信息公开申请(?:的)?情况|(?:政府信息)?依申请公开(?:政府信息)?(?:工作|办理)?(?:的)?情况"
                r"|依申请公开(?:政府信息)?(?:和|及|与|、|以及)不予公开(?:政府信息)?(?:的)?情况"
                r"|受理(?:和处理)?(?:政府)?信息公开申请(?:的)?情况"
                r"|政府信息公开申请(?:的)?(?:办理)?情况)",
    "review_litigation": r"(?:(?:因)?(?:政府信息公开)?[^。；;\n]{0,12}?(?:行政法?复议|复议)[^。；;\n]{0,10}?(?:行政)?诉讼(?:的)?(?:情况)?)",
    "problems": r"(?:(?:(?:政府信息公开|政务公开)(?:工作)?|(?:本|上)?年度(?:工作)?|工作)?(?:中|方面)?(?:当前|目前)?"
                r"(?:存在|面临|遇到)?的?(?:主要|突出)?(?:问题|不足|困难|短板)(?:[和与及、](?:不足|困难|问题|差距))?"
                r"(?:及|和|与|以及)?(?:改进|整改)?"
                r"(?:情况|措施|方向|计划|工作计划|明年工作计划|(?:下一?步)(?:工作)?(?:打算|计划)?|打算)?)",
    "other": r"(?:其[他它](?:需|应当|应)(?:要)?(?:报告|说明)的?(?:事项|内容|情况)|(?:需要|应当|应)?(?:报告|说明)的其[他它](?:事项|情况)"
             r"|其[他它](?:事项|情况说明)"
             r"|其[他它](?=[ \t\u3000]*(?:\n|$)))",
}
ORDER = ("general", "proactive", "requests", "review_litigation", "problems", "other")
# a heading may name the year first: 一、2023年度总体情况, 二、2023年主动公开政府信息情况
SECTION_TITLES = {k: r"(?:20\d\d\s*年度?)?" + t for k, t in SECTION_TITLES.items()}

# a numeral glued to the text before it needs its 、 (…情况。四、政府…; not 未发生一起因…行政复议和行政诉讼)
_NUM_GLUED = r"[一二三四五六七八九十]{1,2}\s*[、丶.．]\s*"
RE_HEADING = {k: re.compile(r"(?:(?:^|(?<=[#*\s\u200b\ufeff。！？；;!?）)】」』”]))(?:#{1,6}\s*)?" + _NUM + r"|(?:(?<=[^（(\w\s#])|(?<=\d))"
                            + _NUM_AFTER + r"|(?<=[\u4e00-\u9fff])" + _NUM_GLUED + ")" + t, re.M)
              for k, t in SECTION_TITLES.items()}
RE_MD_HEADING = {k: re.compile(r"^#{1,6}\s*" + t, re.M) for k, t in SECTION_TITLES.items()}
# headings that start their line numbered 1. / 1、 (or 一， with a comma typed for 、) or not numbered at all (a title
# alone on its line, bold or not): outlines of bodies that number their parts so, HTML headings without a numeral. The title is at least
# four characters long (3.其他 or 其他 alone on a line is a table's row label, not a heading). All of a text's
# line headings are found in one pass, each key's title a named group; the end of the line is checked only where
# no 1. / 1、 opens it
_LINE_START = r"^[ \t\u3000]*(?:#{1,6}\s*)?(?:\*\*)?【?"
_BARE_END = r"(?=】?(?:\*\*)?[ \t\u3000]*[:：]?[ \t\u3000]*$)"
RE_LINE_HEADINGS = re.compile(
    _LINE_START + r"(?P<arabic>[1-9１-９]\s*[、.．]\s*|[一二三四五六七八九十]{1,2}\s*[，,]\s*)?(?=[^\n]{4})(?:"
    + "|".join(f"(?P<{k}>{t})" for k, t in SECTION_TITLES.items()) + r")(?(arabic)|" + _BARE_END + ")", re.M)
# Prefilters: a superset of each heading pattern that begins with a character class (or a literal), so the
# regex engine scans for its first character in C instead of trying the lookbehinds at every position; a
# candidate is then confirmed by the exact pattern at that position (same leftmost match as its search)
_PRE_HEADING = {k: re.compile(r"[#第一二三四五六七八九十][#\s第部分一二三四五六七八九十、丶.．:：*]*?" + t) for k, t in SECTION_TITLES.items()}
_PRE_MD_HEADING = {k: re.compile(r"##{0,5}\s*" + t) for k, t in SECTION_TITLES.items()}      # (# first: a literal prefix)
RE_FEE_HEADING = re.compile(r"(?:^|(?<=[^（(\w])|(?<=[\u4e00-\u9fff\d]))(?:#{1,6}\s*)?[四五六七]\s*、\s*(?:政府信息公开)?信息(?:公开)?处理费"
                            r"(?:收取|收费)?(?:情况)?")
RE_FIRST_HEADING = re.compile(r"(?:^|(?<=[\s。]))(?:#{1,6}\s*)?一\s*[、丶]\s*[^\s。，；]{2,16}?(?=[（(\s]|\d{4}年|[，。]|$)")
# a line that opens with what the year's work fell short in, its own heading missing (本年度工作中存在的不足：一是…)
RE_PROBLEMS_LINE = re.compile(r"^[ \t\u3000]*[^\n。；;，,：:\t]{0,16}?存在(?:的)?(?:主要)?(?:问题|不足|困难)(?:和|与|及)?(?:问题|不足)?[:：]",
                              re.M)
RE_PROBLEMS_SUB = re.compile(r"[（(]\s*一\s*[）)][^。\n（(]{0,24}?(?:存在|问题|不足)|存在(?:的)?(?:主要)?问题[:：]")


# CJK characters spaced out (PDF headings justified to a width: 总 体 情 况, 二、主 动 公 开…)
_SPACED = re.compile(r"[\u4e00-\u9fff][ \u3000\xa0][\u4e00-\u9fff][ \u3000\xa0][\u4e00-\u9fff]")
# a numbered line with a space between two characters (二、主动公开　政府信息情况): a heading that may need its spaces out
_SPACED_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,2}\s*[、.．][^\n。]{0,30}?[\u4e00-\u9fff][ \u3000\xa0]+"
                             r"[\u4e00-\u9fff]", re.M)
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff、])[ \u3000\xa0](?=[\u4e00-\u9fff])")


def find_sections(text: str, start: int = 0) -> list[Section]:
    """Sections in outline order; each ends where the next found section starts. Where some are missing and the
    text spaces out its characters, the headings are looked for again with those spaces taken out (offsets stay
    the text's own)."""
    found = _outline(text, start)
    if len(found) < len(ORDER) and (_SPACED.search(text, start) or _SPACED_HEADING.search(text, start)):
        removed = [m.start() for m in _INNER_SPACE.finditer(text)]
        squeezed = _INNER_SPACE.sub("", text)
        shift = [r - i for i, r in enumerate(removed)]          # where each removal sits in the squeezed text

        def back(q: int) -> int:
            return q + bisect_right(shift, q)
        first = start - bisect_left(removed, start)
        again = _outline(squeezed, first)
        if len(again) > len(found):
            return [Section(s.key, s.title, back(s.start), back(s.end) if s.end < len(squeezed) else len(text),
                            back(s.body_start), s.inferred) for s in again]
    return found


def _outline(text: str, start: int) -> list[Section]:
    """The numbered outline; where it is incomplete, the outline with parts numbered 1. / 1、 or not numbered at all
    too (one regex pass over the lines, about as long as the numbered search: only done when needed); where it
    is little more than a table of contents, the outline after it; where it is incomplete, an outline numbered
    （一）…（六） when that finds more."""
    found = _numbered_outline(text, start)
    after = _contents_end(text, found)
    if after is not None:
        again = _numbered_outline(text, after)
        if {s.key for s in again} >= {s.key for s in found if s.end <= after}:
            found = again
    if len(found) < len(ORDER) and _PAREN_PART.search(text, start):
        view = _PAREN_PART.sub(_paren_part_as_numbered, text)       # same offsets
        again = _numbered_outline(view, start)
        if len(again) > len(found):
            def opening(q: int) -> int:               # the （ of a heading (the view matched its numeral)
                return q - 1 if q > 0 and text[q - 1] in "（(" and view[q - 1] == " " else q
            found = [Section(s.key, text[opening(s.start):s.body_start].strip(), opening(s.start), opening(s.end),
                             s.body_start, s.inferred) for s in again]
    return found


def _numbered_outline(text: str, start: int) -> list[Section]:
    found = _find_sections(text, start)
    if len(found) < len(ORDER):
        again = _find_sections(text, start, _line_headings(text, start))
        if len(again) > len(found):
            return again
    return found


# a part numbered （一）…（七） at the start of its line (after a markdown # or ** too): the top of the outline only
# where 一、…六、 are not there (elsewhere it is a sub-heading)
_PAREN_PART = re.compile(r"^([ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?)[（(]([一二三四五六七])[）)]", re.M)
# the parts a numeral can open in such an outline (a sub-heading （一）主动公开情况 under （一）总体情况 cannot be 二)
_PAREN_KEYS = {"一": ("general",), "二": ("proactive",), "三": ("requests",), "四": ("review_litigation", "problems"),
               "五": ("problems", "other"), "六": ("problems", "other"), "七": ("other",)}
_TITLE_AT = {k: re.compile(r"[ \t\u3000]*" + t) for k, t in SECTION_TITLES.items()}


def _paren_part_as_numbered(m: re.Match[str]) -> str:
    """（二）主动公开… as  二、主动公开… (the same length), where the numeral can open the part its title names."""
    text, numeral = m.string, m.group(2)
    if any(_TITLE_AT[k].match(text, m.end()) for k in _PAREN_KEYS[numeral]):
        return m.group(1) + " " + numeral + "、"
    return m.group()


# the line of a table of contents: short, no sentence punctuation (dot leaders and page numbers allowed)
_CONTENTS_LINE = re.compile(r"[ \t\u3000]*(?:[^\n。；;，,：:]{0,40}?)[ \t\u3000]*")
# what separates the parts an introduction lists in one sentence (本报告由一、总体情况；二、主动公开…；…组成)
_LIST_SEPARATOR = re.compile(r"[\s；;，,、.…·\-—_\d]*")


def _contents_end(text: str, found: list[Section]) -> int | None:
    """Where a table of contents ends, when the outline's first three parts or more have nothing but contents
    lines under their headings (一、总体情况……1 / 二、主动公开…), or only what separates the parts an introduction
    lists (本报告由一、总体情况；二、…组成): the end of the line of the last heading it lists. None when the outline
    does not open so."""
    empty = 0
    for s in found:
        body = text[s.body_start:s.end]
        if len(body) > 400 or not (_LIST_SEPARATOR.fullmatch(body)
                                   or all(_CONTENTS_LINE.fullmatch(line) for line in body.split("\n"))):
            break
        empty += 1
    if empty < 3:
        return None
    last = found[empty] if empty < len(found) else found[empty - 1]
    line_end = text.find("\n", last.body_start)
    return len(text) if line_end < 0 else line_end


def _find_sections(text: str, start: int, lines: dict[str, list[re.Match[str]]] | None = None) -> list[Section]:
    """The sections found by numbered headings and, with ``lines`` (:func:`_line_headings`), by line headings too."""
    found: list[tuple[str, re.Match[str]]] = []
    cursor = start
    lines = lines if lines is not None else {}
    style = None                    # how the outline's first part is headed, when its parts say so (第一部分, ## )
    for key in ORDER:
        m = _first(text, key, cursor, lines)
        if m and style and _heading_style(text, m) != style:
            # 第一部分 总体情况 / 一、主动公开情况 (a sub-heading of part one) / 第二部分 主动公开…: a heading headed as the
            # outline's parts are comes before one that is not
            alt = m
            while alt is not None and _heading_style(text, alt) != style:
                alt = _first(text, key, alt.start() + 1, lines)
            m = alt or m
        if m:
            found.append((key, m))
            cursor = m.end()
            if key == "general":
                style = _heading_style(text, m)
    if len(found) >= 3 and len(found) < len(ORDER):
        _out_of_order(text, found, lines)
    if not any(k == "general" for k, _ in found):
        first = found[0][1].start() if found else len(text)
        m = next((m for m in RE_FIRST_HEADING.finditer(text, start, first) if not _in_table_row(text, m)), None)
        if m is not None:                              # 一、年度工作核心成效: the outline's first part
            found.insert(0, ("general", m))
    problems = next((m for k, m in found if k == "problems"), None)
    if problems is not None and not any(k == "other" for k, _ in found):
        # 五、其他需要报告的事项 before 六、存在的主要问题…
        after = next((m.end() for k, m in reversed(found) if k in ("review_litigation", "requests")), start)
        m = _first(text, "other", after, lines)
        if m is not None and m.start() < problems.start():
            found.append(("other", m))
            found.sort(key=lambda km: km[1].start())
    if not any(k == "other" for k, _ in found):
        # newer outlines report 信息处理费 (the usual content of 六) in a numbered part of its own, e.g.
        # 五、信息处理费收取情况 before 六、存在的主要问题…: that part is the report's "other matters"
        after = next((m.end() for k, m in found if k == "requests"), start)
        m = RE_FEE_HEADING.search(text, after)
        if m is not None:
            found.append(("other", m))
            found.sort(key=lambda km: km[1].start())
    if not any(k == "problems" for k, _ in found):
        m = _inferred_problems(text, found)
        if m is not None:
            found.append(("problems", m))
            found.sort(key=lambda km: km[1].start())
    out: list[Section] = []
    for i, (key, m) in enumerate(found):
        end = found[i + 1][1].start() if i + 1 < len(found) else _text_end(text, m.end())
        inferred = m.re in (RE_PROBLEMS_SUB, RE_PROBLEMS_LINE, RE_FIRST_HEADING, RE_FEE_HEADING)   # by a fallback
        body = _heading_line_end(text, m, end)
        out.append(Section(key, text[m.start():body].strip().lstrip("#").strip().rstrip("*").strip(), m.start(), end,
                           body, inferred))
    return out


_PART_NUMERAL = re.compile(r"[ \t\u3000#*]*(?:第)?([一二三四五六七八九十])(?:部分)?")


def _out_of_order(text: str, found: list[tuple[str, re.Match[str]]], lines: dict[str, list[re.Match[str]]]) -> None:
    """The parts the in-order search passed over, printed in another order (二、收到和处理…申请情况 before 三、主动公开…):
    a missing part's numbered heading earlier in the outline, whose numeral no part found has, is added (in place,
    ``found`` then in text order)."""
    used = {n.group(1) for _, m in found if (n := _PART_NUMERAL.match(text, m.start()))}
    first = found[0][1].start()
    spans = [(m.start(), m.end()) for _, m in found]
    for key in ORDER:
        if any(k == key for k, _ in found):
            continue
        m = _first(text, key, first, lines)
        n = _PART_NUMERAL.match(text, m.start()) if m is not None else None
        if n is None or n.group(1) in used or any(a <= m.start() < b for a, b in spans):
            continue
        found.append((key, m))
        used.add(n.group(1))
    found.sort(key=lambda km: km[1].start())


# the rest of a heading's line that is still its words (五、2023年度存在的主要问题及2024年改进措施, 六、其他事项说明):
# glued to the words matched, short, no sentence's punctuation, and ending as a heading does (说明, 措施, 事项…): after a
# space, or not so ended, it is the part's text (…改进情况　无, 六、其他需要报告的事项本年度未收取信息处理费)
_HEADING_REST = re.compile(r"(?![ \t\u3000])[^\n。，,；;：:！!？?（(]{0,18}?(?:说明|情况|措施|举措|事项|计划|打算|方向|问题|不足|工作)"
                           r"(?:\*\*)?[ \t\u3000]*(?=\n|$)")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t\u3000#*]*$")


def _heading_line_end(text: str, m: re.Match[str], end: int) -> int:
    """Where a heading ends: the end of its match, or of its line when it starts the line and the rest is its words."""
    if text[m.end() - 1:m.end()] in (":", "：") or not _LINE_OPENING.search(text, max(0, m.start() - 12), m.start()):
        return m.end()                             # (after a colon the line goes on with the part's text)
    rest = _HEADING_REST.match(text, m.end(), end)
    return rest.end() if rest else m.end()


def _line_headings(text: str, start: int) -> dict[str, list[re.Match[str]]]:
    """Every line heading (RE_LINE_HEADINGS) from ``start`` on, by key, in text order."""
    out: dict[str, list[re.Match[str]]] = {}
    for m in RE_LINE_HEADINGS.finditer(text, start):
        out.setdefault(m.lastgroup, []).append(m)
    return out


def _in_table_row(text: str, m: re.Match[str]) -> bool:
    """Whether ``m`` lies on a line that holds a TAB between its words: a table's row (一、本年新收政府信息公开申请数量
    <TAB>3…, 表四's header 行政复议<TAB>…行政诉讼), never a part's heading (a heading indented or followed by TABs is
    one: <TAB>一、总体情况)."""
    end = text.find("\n", m.end())
    line_start = text.rfind("\n", 0, m.start()) + 1
    line = text[line_start:end if end >= 0 else len(text)].strip()
    # (a page flattened with TABs between its blocks is one line of sentences: no table row; nor is a heading glued
    # after a table's last row, its label and figures before it on the line: 行政事业性收费<TAB>0<TAB><TAB>三、收到…)
    return "\t" in line and "。" not in line and not _AFTER_A_ROW.search(text, line_start, m.start()) \
        and not _GLUED_TO_A_HEADER.match(text, m.end())


# a heading glued to the header of the table under it, in its cell (三、收到和处理…情况（本列数据的勾稽关系为…）<TAB>申请人
# 情况…, 四、…诉讼情况行政复议<TAB>…): a table row's label is its cell whole
_GLUED_TO_A_HEADER = re.compile(r"[ \u3000]*[（(]?[\u4e00-\u9fff][^\t\n]{3,}")


_AFTER_A_ROW = re.compile(r"[\u4e00-\u9fff][^\n]*\t[^\n]*\d[^\n\u4e00-\u9fff]*$")


_PART_STYLE = re.compile(r"[ \t\u3000]*(?:(?P<md>#{1,6})[ \t]*)?(?:\*\*)?(?P<part>第[一二三四五六七八九十]{1,2}部分)?")


def _heading_style(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """How the heading ``m`` is marked, where that tells an outline's parts from their sub-headings: 第…部分, or a
    markdown level (## against ###); None for a plain numbered heading."""
    line = text.rfind("\n", 0, m.start()) + 1
    s = _PART_STYLE.match(text, line)
    if s["part"]:
        return ("part", 0)
    return ("md", len(s["md"])) if s["md"] else None


def _first(text: str, key: str, cursor: int,
           lines: dict[str, list[re.Match[str]]] | None = None) -> re.Match[str] | None:
    a = _confirmed(_PRE_HEADING[key], RE_HEADING[key], text, cursor)
    while a is not None and _in_table_row(text, a):
        a = _confirmed(_PRE_HEADING[key], RE_HEADING[key], text, a.start() + 1)
    b = _confirmed(_PRE_MD_HEADING[key], RE_MD_HEADING[key], text, cursor)
    lines = _line_headings(text, cursor) if lines is None else lines
    c = next((m for m in lines.get(key, ()) if m.start() >= cursor and not _in_table_row(text, m)), None)
    cands = [m for m in (a, b, c) if m]
    return min(cands, key=lambda m: m.start()) if cands else None


def _confirmed(pre: re.Pattern[str], exact: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``exact.search(text, pos)``, faster: only where the prefilter ``pre`` (a superset) matches."""
    while True:
        cand = pre.search(text, pos)
        if cand is None:
            return None
        m = exact.match(text, cand.start())
        if m is not None:
            return m
        pos = cand.start() + 1


def _inferred_problems(text: str, found: list[tuple[str, re.Match[str]]]) -> re.Match[str] | None:
    after = max((m.end() for k, m in found if k in ("review_litigation", "requests")), default=0)
    before = next((m.start() for k, m in found if k == "other"), len(text))
    return RE_PROBLEMS_SUB.search(text, after, before) or RE_PROBLEMS_LINE.search(text, after, before)


RE_TAIL = re.compile(r"(?:^|(?<=[\s。]))附\s*[件表]?\s*\d{0,2}\s*[:：]"
                     # 附件 (附件1, 附表) alone on its line
                     r"|^[ \t\u3000]*附\s*[件表]\s*\d{0,2}[ \t\u3000]*$"
                     # a portal's links after the article: 上一篇：… 下一篇：…, 【打印】【关闭】
                     r"|^[ \t\u3000]*(?:上一篇|下一篇)\s*[:：]|【\s*(?:打印|关闭)(?:本页|窗口)?\s*】"
                     # …a share bar (分享到：微信 微博), a QR code's line (扫一扫在手机打开当前页), lists of other articles
                     # under their heading alone on its line (相关链接, 相关文章, 热点信息)
                     r"|^[ \t\u3000]*(?:分享到\s*[:：]|扫一扫(?:在手机|用手机|分享))"
                     r"|^[ \t\u3000]*(?:【\s*)?(?:相关(?:链接|文章|阅读|信息|新闻|推荐)|热点信息|推荐阅读|延伸阅读)(?:\s*】)?[ \t\u3000]*[:：]?[ \t\u3000]*$"
                     # pre-2019 outlines end with a numbered part that is only the table: 六、…政府信息公开情况统计表
                     r"|(?:^|(?<=[^（(\w])|(?<=[\u4e00-\u9fff\d]))[五六七八九十]\s*、[^。；;，,\n]{0,24}?统计(?:报)?表"
                     # …or a part 第八部分 that is only the table, or the table's title alone on its line
                     r"|第[五六七八九十]部分[ \t\u3000]*[^。；;，,\n]{0,24}?统计(?:报)?表"
                     r"|^[ \t\u3000#*]*(?:[（(]?附[）)]?)?[^。；;，,\n]{0,16}?(?:政府信息公开|政务公开)[^。；;，,\n]{0,10}?统计(?:报)?表"
                     r"[ \t\u3000*]*$"
                     # …or the old statistics table's header row without a title (统计指标 单位 统计数)
                     r"|^[ \t\u3000|]*统计指标[ \t\u3000|]+(?:计量)?单位[ \t\u3000|]+统计数", re.M)


def _text_end(text: str, start: int) -> int:
    """The last section ends before an appended attachment (附件：…统计表), a closing part that is only the
    statistics table (六、政府信息公开情况统计表) or a portal's links after the article (上一篇：…)."""
    m = RE_TAIL.search(text, start)
    return m.start() if m else len(text)
