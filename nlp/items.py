"""Section 五 split into items: the unit the tagger labels.

An item is an enumerated point (一是…, （一）…, 1.…, （1）…) or, where a block has no enumeration, a
sentence (。！？ or ；). Every item keeps its offsets into the report text and its context: the
sub-heading it sits under (存在问题 / 改进情况 / 下一步 / 上年问题整改 …) and that heading's kind.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .meta import BODY_NAME_END

_CN = "一二三四五六七八九十"

# sub-headings inside 五: （一）存在问题 / 二、改进措施 / 存在的主要问题： / 下一步工作打算
RE_SUBHEADING = re.compile(
    r"(?:^|(?<=[\s。；;：:！!？?]))(?:#{1,6}\s*)?(?:\*\*)?"
    r"(?P<enum>[（(][" + _CN + r"]{1,2}[）)]|[" + _CN + r"]{1,2}[、.．]|\d{1,2}[、.．](?!\d))?\s*"
    r"(?P<title>[^。；;！？，,\n]{0,24}?(?:存在的?(?:主要|突出)?(?:问题|不足|短板)|(?:主要|突出)问题|问题[和与及、](?:不足|短板|差距)"
    r"|存在不足|不足之处|(?:面临|遇到)的?(?:主要)?(?:问题|困难)"
    r"|改进(?:情况|措施|举措|方向|计划|打算|思路)|(?:解决|应对)(?:措施|办法|对策)|对策(?:建议|措施)?"
    r"|整改(?:情况|措施|落实(?:情况)?|进展|成效|完成情况)|(?:上一?年度?|去年|20\d\d年度?)[^。；;，,\n]{0,12}?问题的?整改"
    r"|下一?步(?:工作)?(?:打算|计划|安排|措施|工作|思路|方向)?|下一阶段(?:工作)?(?:打算|计划|安排|措施|重点|方向)?"
    r"|今后(?:工作)?(?:打算|计划|安排|措施|举措|方向|重点)|(?:工作|努力)方向|工作(?:计划|打算|安排|思路)"
    r"|(?:20\d\d|明|今)年(?:工作)?(?:计划|打算|重点|安排|要点|思路))"
    r"[^。；;！？，,\n（(]{0,10}?)(?:\*\*)?\s*(?:[。：:.]|\n|(?=[一二三四五六七八九十]是)|(?=[（(]?[1１一][）)．.、]))",
    re.M)

RE_ENUM = re.compile(
    r"(?:(?<=^)|(?<=[\s。；;：:，,！!？?）)”\*]))(?<!第\n)(?<!第\r\n)"      # (第\n（一）项: a wrapped article number)
    r"(?P<m>(?:\*\*)?[" + _CN + r"]{1,2}\n?是(?:\*\*)?|[（(][" + _CN + r"]{1,2}[）)]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)"
    r"|[" + _CN + r"]{1,2}、(?![" + _CN + r"][、季])|[①②③④⑤⑥⑦⑧⑨⑩]|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽]|\d{1,2}[）)](?=\s*[\u4e00-\u9fff“\"《])|第[" + _CN + r"]{1,2}[，,、：:]|其[" + _CN + r"][，,、：:]"
    r"|(?<![^\n])[ \t\u3000]*(?:[-•·][ \t](?!\s*\d+\s*[-—]\s*$)|[●■◆▪•](?=[ \t\u3000]*[\u4e00-\u9fff“《])))", re.M)
_CLOSERS = "[”’」』）)]*"          # quotes and brackets that close a sentence after its punctuation (…不公开。”)
RE_SENT = re.compile(r"(?:[^。！？!?；;\n]|\n(?!\s*\n))+(?:[。！？!?；;]" + _CLOSERS + ")?")

HEADING_KINDS = (
    ("rectification", re.compile(r"整改|上年|上一年|去年|(?:20\d\d)年.{0,6}问题.{0,4}改进")),
    ("problems", re.compile(r"问题|不足|短板|困难|薄弱|差距")),
    ("next_steps", re.compile(r"下一?步|下一阶段|今后|计划|打算|明年|今年|安排|要点|思路")),
    ("improvements", re.compile(r"改进|措施|举措|方向|对策|办法")),
)


@dataclass(frozen=True)
class Item:
    index: int
    start: int
    end: int
    text: str
    heading: str          # the sub-heading text it sits under ("" when none)
    heading_kind: str     # problems / improvements / rectification / next_steps / none
    marker: str           # the enumerator that opened it ("" for sentences)

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def heading_kind(title: str) -> str:
    for kind, rx in HEADING_KINDS:
        if rx.search(title):
            return kind
    return "none"


# a signature closing the part when it is the report's last (the bodies' names on their lines, then the date)
RE_SIGNATURE_TAIL = re.compile(
    r"(?:\n[ \t\u3000]*[\u4e00-\u9fff（）()]{2,30}(?:" + BODY_NAME_END + r"|公司)"
    r"[ \t\u3000]*)+\n[ \t\u3000]*(?:(?:19|20)\d{2}|二[〇○零][一二三四五六七八九〇○零]{2})\s*年[^\n]{1,8}日[ \t\u3000]*\s*$")


def split_items(text: str, start: int, end: int) -> list[Item]:
    """Items of ``text[start:end]`` (the body of section 五), offsets into ``text``."""
    tail = RE_SIGNATURE_TAIL.search(text, max(start, end - 200), end)
    end = tail.start() if tail else end
    chrome = _CHROME_TAIL.search(text, max(start, end - 200), end)
    end = chrome.start() if chrome else end
    body = text[start:end]
    blocks: list[tuple[int, int, str]] = []          # (start, end, heading) relative to body
    cursor, heading = 0, ""
    for m in RE_SUBHEADING.finditer(body):
        if not _stands_as_heading(body, m):
            continue
        if m.start() > cursor:
            blocks.append((cursor, m.start(), heading))
        heading = m.group("title").strip().strip("*").strip()
        cursor = m.end()
    blocks.append((cursor, len(body), heading))
    items: list[Item] = []
    for b_start, b_end, head in blocks:
        for s, e, marker in _block_items(body, b_start, b_end):
            s, e = _trim(body, s, e)
            if e - s < 2 or _PAGE_CHROME.fullmatch(body, s, e):
                continue
            items.append(Item(len(items), start + s, start + e, body[s:e], head,
                              heading_kind(head) if head else "none", marker))
    return items


# a web page's controls left in a crawled text (打印本页 关闭窗口, 扫一扫在手机打开当前页, 第3页 共4页): no item
_PAGE_NUMBER = r"[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
_CHROME = (r"(?:[ \t\u3000【】\[\]|｜]|打印本页|打印|关闭窗口|关闭|扫一扫在手机(?:上)?打开当前页|扫一扫|分享到[：:]?"
           r"|" + _PAGE_NUMBER + r"|字号[：:]?\s*(?:大|中|小|\s)*)")
_PAGE_CHROME = re.compile(r"(?:\s|" + _CHROME + r")+")
_PAGE_FOOTER_END = re.compile(r"\n[ \t\u3000]*(?:" + _PAGE_NUMBER + r")[ \t\u3000]*$")      # an item's last line
_CHROME_TAIL = re.compile(r"(?:\n" + _CHROME + r"+)+\s*$")      # (lines of them ending the part)


RE_HEADING_ENUM = re.compile(r"\s*(?:[（(][" + _CN + r"]{1,2}[）)]|[" + _CN + r"]{1,2}[、.．]|\d{1,2}[、.．](?!\d))")
RE_POINT_TITLE = re.compile(r"\s*(?:\*\*)?[" + _CN + r"]{1,2}是")
RE_LIST_AHEAD = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*(?:[" + _CN + r"]是|[（(]?[1１一][）)．.、]|[①⑴]|其一[，,、])")
RE_LINE_END = re.compile(r"[ \t\u3000]*(?:\n|$)")


# what a sentence has and a sub-heading without an enumerator that a full stop ends has not (存在的主要问题。, 关于上年度
# 问题的整改。): a verb that acts or states (我局将…改进措施。 各科室要抓好整改落实。 存在的主要问题是人手不足。), or length
RE_SENTENCE_VERB = re.compile(r"将|(?<![主重纲])要(?![点求])|是|应(?!对)|需(?!求)|把|抓好|制定|研究|纳入|开展|加强|落实好")
LONGEST_BARE_HEADING = 16


# a statement that there is no problem (未发现存在问题, 暂无存在的主要问题): no heading
RE_NONE_FOUND = re.compile(r"未发现|未发生|没有|暂无|不存在|尚无|并无|无明显")
# what states a shortfall (整改不够彻底, 措施落实不到位, 有待加强): a sentence, never a heading's words
RE_SHORTFALL = re.compile(r"不够|不到位|不彻底|不充分|不及时|不健全|不完善|有待|仍需|较少|滞后|欠缺|薄弱")
_CN_ENUM = re.compile(r"[（(]?[" + _CN + r"]")                  # a heading's enumerator: （一）, 一、


def _a_sentence(title: str) -> bool:
    return len(title) > LONGEST_BARE_HEADING or RE_SENTENCE_VERB.search(title) is not None


def _stands_as_heading(body: str, m: re.Match[str]) -> bool:
    """A sub-heading match that is a heading (never a 一是/二是 point): one with its own enumerator
    (（二）改进措施), one that starts a line, one that the first point of a list follows (…。存在的主要问题：一是…),
    or a label ending in a colon at the end of its line. A sentence inside a paragraph that merely begins like a heading
    (…。下一步将加强督促检查。, 改进措施：将…纳入考核) is part of its item."""
    if RE_POINT_TITLE.match(m.group("title")):
        return False            # 一是整改情况的公开还不够全面。 is a point that mentions a heading word
    if RE_NONE_FOUND.search(m.group("title")):
        return False            # 本年度未发现存在问题。 says there is none: the part's own statement, an item
    if m.group().rstrip().rstrip("*").endswith("。") and RE_SHORTFALL.search(m.group("title")) and \
            not _CN_ENUM.match(m.group("enum") or ""):
        # 1.上年度问题整改不够彻底。 states a shortfall: a point of a list numbered 1. 2. 3., not a heading (a heading
        # numbered （一） may run into its first sentence: （一）存在的主要问题栏目更新不够及时。)
        return False
    if not m.group("enum") and not RE_HEADING_ENUM.match(m.group("title")) and \
            m.group().rstrip().rstrip("*").endswith("。") and _a_sentence(m.group("title").strip(" \t\u3000*")):
        return False            # a sentence ending in a heading's words (我局将认真研究制定改进措施。) is an item
    if m.group("enum") or m.group().endswith("\n") or RE_HEADING_ENUM.match(m.group("title")):
        return True
    begin = m.start() + len(m.group()) - len(m.group().lstrip())    # the match may begin with the line break before it
    line_start = body.rfind("\n", 0, begin) + 1
    if not body[line_start:begin].strip(" \t\u3000*#"):
        return True
    if RE_LIST_AHEAD.match(body, m.end()):
        return True
    return m.group().rstrip("*").endswith(("：", ":")) and RE_LINE_END.match(body, m.end()) is not None


_BULLETS = ("-", "•", "·", "●", "■", "◆", "▪")
_CN_NUM = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"
BULLET = 0          # a markdown bullet's number as _style_num gives it (its run numbers it: the next in the run)


def _style_num(marker: str) -> tuple[str, int]:
    t = marker.strip("*").strip().replace("\n", "")
    if t in _BULLETS:
        return "bullet", BULLET
    if t.endswith("是"):
        return "shi", _cn_value(t[:-1])
    if t[0] in "（(":
        inner = t[1:-1]
        return ("paren-num", int(inner)) if inner.isdigit() else ("paren-cn", _cn_value(inner))
    if t[0] in _CIRCLED:                        # (before isdigit: ① is a digit to str.isdigit, not to int())
        return "circled", _CIRCLED.index(t[0]) + 1
    if t[0] in _PAREN_DIGITS:
        return "paren-digit", _PAREN_DIGITS.index(t[0]) + 1
    if t[0] == "第":
        return "di", _cn_value(t[1:-1])
    if t[0] == "其":
        return "qi", _cn_value(t[1:-1])
    if t[-1] in "）)":
        return "num-paren", int(t[:-1])
    if t[0].isdigit():
        return "num", int(t.rstrip(".．、"))
    return "cn-dun", _cn_value(t.rstrip("、"))


def _cn_value(s: str) -> int:
    if len(s) == 1:
        return _CN_NUM.get(s, 0)
    if s[0] == "十":
        return 10 + _CN_NUM.get(s[1], 0)
    return _CN_NUM.get(s[0], 0) * 10 + (_CN_NUM.get(s[1], 0) if len(s) > 1 and s[1] != "十" else 0)


def _series(enums: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Runs of one enumeration style numbered 1, 2, 3 …; a run nested inside another run's item
    (the outer run continues after it) is part of that item, a run after another is a new block."""
    runs: list[list[re.Match[str]]] = []
    open_runs: dict[str, list[re.Match[str]]] = {}
    for m in enums:
        style, num = _style_num(m.group("m"))
        run = open_runs.get(style)
        if style == "bullet":
            num = len(run) + 1 if run is not None else 1
            prev = len(run) if run is not None else None
        else:
            prev = _style_num(run[-1].group("m"))[1] if run is not None else None
        if run is not None and prev is not None and prev + 1 == num:
            run.append(m)
        elif num == 1:
            open_runs[style] = [m]
            runs.append(open_runs[style])
    runs = [r for r in runs if len(r) >= 2 or _style_num(r[0].group("m"))[0] == "shi"]
    kept: list[list[re.Match[str]]] = []
    for r in sorted(runs, key=lambda r: r[0].start()):
        nested = any(o[0].start() < r[0].start() and o[-1].start() > r[-1].start() for o in runs if o is not r)
        if not nested:
            kept.append(r)
    # an earlier run whose span is covered by a later, longer one of another style is dropped
    return [r for r in kept if not any(o is not r and o[0].start() < r[0].start() < o[-1].start() for o in kept)]


def _block_items(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    enums = list(RE_ENUM.finditer(text, start, end))
    runs = _series(enums)
    if not runs:
        return _sentences(text, start, end)
    out: list[tuple[int, int, str]] = []
    cursor = start
    for ri, run in enumerate(runs):
        if run[0].start() > cursor:
            out.extend(_sentences(text, cursor, run[0].start()))
        block_end = runs[ri + 1][0].start() if ri + 1 < len(runs) else end
        for i, m in enumerate(run):
            stop = run[i + 1].start() if i + 1 < len(run) else block_end
            if i + 1 == len(run):
                stop = _last_item_end(text, run, stop, ri + 1 < len(runs))
            lines = _topic_lines(text, m.end(), stop)
            if lines:
                out.extend(lines)
            else:
                out.append((m.start(), stop, m.group("m").strip("*")))
        cursor = stop
    if cursor < end:
        out.extend(_sentences(text, cursor, end))
    return out


_NOT_BULLET_LINE = re.compile(r"\n(?=[^\s\-•·●■◆▪])")


def _bullet_end(text: str, start: int, stop: int) -> int:
    """A list's last bullet ends at its line's end when a line of prose (not indented, not a bullet) follows."""
    m = _NOT_BULLET_LINE.search(text, start, stop)
    return m.start() if m else stop


def _last_item_end(text: str, run: list[re.Match[str]], stop: int, run_follows: bool) -> int:
    """Where a run's last item ends: nothing bounds it but the block's end (``stop``) or the next run, so it
    ends before what is no longer its point (the other items are bounded by the enumerator after them):

    - a bullet list's last bullet at its line's end, when a line of prose follows;
    - before the sentence that introduces the next run (…以下…：, 下一步，我局将从三个方面加以改进。, 在改进方面，);
    - at its paragraph's end, when every item of the run opens a line and none of the others runs over more
      than one paragraph (the paragraphs after it are the part's own: 针对上述问题，我局将…), or when the items run
      on within one paragraph (…不足：一是…；二是…。三是…。 then a paragraph of its own);
    - before a sentence that turns from the list to what will be done (。今后，…, 。下一步，…, 。我局将…), when
      none of the other items has such a sentence (where they do, a point holds its gap and its remedy)."""
    last = run[-1]
    if _style_num(last.group("m"))[0] == "bullet":
        return _bullet_end(text, last.end(), stop)
    if run_follows:
        stop = _split_preamble(text, last.end(), stop)
    others = [(m.end(), n.start()) for m, n in zip(run, run[1:])]
    titled = any(_title_line(text, s, e) for s, e in others)      # (the points open with a title line)
    if all(_opens_line(text, m.start()) for m in run) and \
            not any(_paragraph_end(text, s, e, titled) is not None for s, e in others):
        brk = _paragraph_end(text, last.end(), stop, titled)
        if brk is not None:
            stop = brk
    elif len(run) > 1 and not any(_opens_line(text, m.start()) for m in run[1:]) and \
            not any(_first_break(text, s, e)[0] is not None for s, e in others):
        # the points run on within one paragraph (…：一是…；二是…。三是…。): the last ends with it
        brk, _ = _first_break(text, last.end(), stop)
        if brk is not None:
            stop = brk.start() + len(brk.group().rstrip())
    if not any(_TURN.search(text, s, e) for s, e in others):
        turn = _TURN.search(text, last.end(), stop)
        if turn is not None:
            stop = turn.end()
    return stop


def _paragraph_end(text: str, start: int, end: int, titled: bool) -> int | None:
    """Where the first paragraph of the point ``text[start:end]`` ends (just after its last sentence's
    punctuation) when another paragraph follows it. A short first line (:func:`_title_line`) is the point's title
    (2．加强学习培训。\n组织…), not its paragraph, where the points are ``titled`` or what follows it is no closing
    (二是数据共享不足。\n总的来看…: the point, then the part's closing paragraph)."""
    brk, end = _first_break(text, start, end)
    if brk is not None and _is_title(text, start, brk) and (titled or not _CLOSING.match(text, brk.end())):
        brk = _PARAGRAPH_BREAK.search(text, brk.end(), end)
    return None if brk is None else brk.start() + len(brk.group().rstrip())


def _first_break(text: str, start: int, end: int) -> tuple[re.Match[str] | None, int]:
    """The first paragraph break in the point ``text[start:end]``, and where the point's text ends."""
    end = _trim(text, start, end)[1]
    return _PARAGRAPH_BREAK.search(text, start, end), end


def _is_title(text: str, start: int, brk: re.Match[str]) -> bool:
    """Whether the line from ``start`` to the break ``brk`` is a title: a phrase shorter than :data:`SHORTEST_POINT`,
    no punctuation inside."""
    return len(text[start:brk.start()].strip()) < SHORTEST_POINT and \
        _TITLE.fullmatch(text, start, brk.start() + 1) is not None


# what opens the part's closing paragraph after a list (总的来看…, 感谢…, 2024年，我县将…, 下一步…)
_CLOSING = re.compile(r"\s*(?:总体(?:来看|而言|上看)|总的来[看说]|总之|综上|感谢|衷心感谢|欢迎|最后|今后|下一步|下一阶段|针对|对此|为此"
                      r"|(?:19|20)\d\d年|明年|新的一年|我(?:们|局|办|委|厅|县|区|市|镇|乡)将)")


def _title_line(text: str, start: int, end: int) -> bool:
    """Whether the point ``text[start:end]`` opens with a title (:func:`_is_title`) on a line of its own, with more
    text after it."""
    brk, _ = _first_break(text, start, end)
    return brk is not None and _is_title(text, start, brk)


# a point's topic on a line of its own (1.关于政策解读, （一）主动公开方面): no punctuation at all, short
_TOPIC_LINE = re.compile(r"[ \t\u3000*]*[^\n。！？!?；;，,：:]{2,20}?[ \t\u3000*]*\n")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_SENTENCE_END = re.compile(r"[。！？!?；;]" + _CLOSERS + r"\s*$")
# a line that opens with a remedy or a plan (措施：…, 今后将…, 我局将…, 将组织…)
_PLAN_OPENING = re.compile(r"[ \t\u3000]*(?:(?:改进|整改|解决|应对)?措施[：:]|下一步|下一阶段|今后|对此|为此"
                           r"|(?:我|本)[\u4e00-\u9fff]{1,3}(?:将|拟|计划)|将(?!近))")


def _topic_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A point made of its topic on a line of its own and two lines or more under it, each a sentence ending in
    its punctuation (1.关于政策解读 / 问题：…。 / 措施：…。): its lines, each an item (the topic names what they are
    about, the lines say what is wrong and what is done); [] for any other point."""
    title = _TOPIC_LINE.match(text, start, end)
    if title is None:
        return []
    lines = [(m.start(), m.end(), "") for m in _LINE.finditer(text, title.end(), end)]
    if len(lines) < 2 or not all(_SENTENCE_END.search(text, s, e) for s, e, _ in lines) or \
            any(RE_ENUM.match(text, _trim(text, s, e)[0]) for s, e, _ in lines):
        return []
    plans = [_PLAN_OPENING.match(text, s) is not None for s, _, _ in lines]
    return lines if not plans[0] and any(plans) else []       # a gap, then its remedy


def _opens_line(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return not text[line:at].strip(" \t\u3000*#")


SHORTEST_POINT = 16      # characters: a point's first line shorter than this is its title; its text follows
_TITLE = re.compile(r"[^，,；;。！？!?“”\"‘’：:\n]*[。！？!?；;]?")       # (a phrase: no punctuation inside)

# a paragraph's end inside an item: a line break after the end of a sentence (a line a PDF wrapped mid-sentence
# does not end so), or an empty line
_PARAGRAPH_BREAK = re.compile(r"[。！？!?；;]" + _CLOSERS + r"[ \t\u3000]*\n|\n[ \t\u3000]*\n")
# a sentence that turns from the points before it to the part's remedies or plans (…不统一。今后，我局将…)
_TURN = re.compile(r"[。！？!?]" + _CLOSERS + r"(?=[ \t\u3000\n]*(?:下一步|下一阶段|今后|针对(?:上述|以上|这些|前述|存在的|此)|对此|为此"
                   r"|对(?:上述|以上|这些)问题|在改进方面|整改措施|改进措施|我(?:们|局|办|委|厅|院|部|署|中心|单位|市|县|区|镇|乡|街道)"
                   r"(?:将|要|会|拟|计划)|在?今后的?工作中|(?:(?:19|20)\d\d年度?|明年|新的一年|下一年度?)[，,]?[^。；;！？\n]{0,8}?"
                   r"(?:将|要|拟|计划)))")
# a sentence that introduces a list (下一步，我局将从三个方面加以改进。 针对以上问题，我办将采取以下措施 在改进方面，)
_LEAD_IN = re.compile(r"以下|如下|(?:几|[两二三四五六七八九十])个方面|(?:改进|整改)方面|(?:采取|落实)[^。；;，,]{0,6}措施")


def _split_preamble(text: str, item_start: int, next_run: int) -> int:
    """The last item of a run ends before the sentence that introduces the next run: one ending in a colon
    (…以下…：), or one that says it introduces a list (:data:`_LEAD_IN`) after the item's own sentence."""
    tail = text[item_start:next_run]
    colon = max(tail.rfind("："), tail.rfind(":"))
    if colon >= 0 and tail[colon + 1:].strip() == "":
        stop = tail.rfind("。", 0, colon)
        return item_start + stop + 1 if stop >= 0 else next_run
    body = tail.rstrip(" \t\u3000\n*#")
    ends = [m.end() for m in re.finditer(r"[。！？!?]", body)]
    while ends and ends[-1] == len(body):
        ends.pop()                                  # (the lead-in's own full stop)
    if ends and _LEAD_IN.search(body, ends[-1]):
        return item_start + ends[-1]
    return next_run


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), "") for m in RE_SENT.finditer(text[start:end])
            if m.group().strip()]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "*#●■◆▪•" or text[s] in "-·" and text[s + 1:s + 2] in (" ", "\t")):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "*#"):
        e -= 1
    footer = _PAGE_FOOTER_END.search(text, s, e)
    if footer is not None:                   # (a page's number that a text made from a PDF kept: — 6 —)
        return _trim(text, s, footer.start())
    return s, e


def report_items(report) -> list[Item]:
    """Items of a report's section 五 (an inferred section starts at its sub-heading)."""
    sec = report.section("problems")
    if sec is None:
        return []
    return split_items(report.text, sec.start if sec.inferred else sec.body_start, sec.end)
