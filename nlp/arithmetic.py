"""Narrative-internal arithmetic beyond 其中 lists (:func:`nlp.claims.parts_lists`) and rates
(:func:`nlp.claims.rate_checks`):

* a sum stated after its parts — 被申请行政复议6件、被提起行政诉讼5件，合计11件 — whose parts are the figures of
  the same unit before it in its sentence (after a 其中 there, the list's items only);
* shares stated for a list's parts (收到申请699件，其中自然人531件、法人168件，分别占75.97%和24.03%): each part
  over the total before the list;
* a change stated with both figures — 新收申请460件，较上年的422件增加38件 (or 增长9.0%; 与上年的422件相比，增加了38件;
  办结率97.5%，较上年的95.5%提高2个百分点) — whose difference (or rate of change) the two figures give.

Neither needs the tables: they check the text against itself. Where it is not clear which figures a sum adds, or
which figure a change starts from (it follows a 其中 list), nothing is said.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import (CHANGE_VERBS, PartsList, RateCheck, _in_parentheses, agrees_at_precision, clause_before,
                     sentence_bounds, stated_decimals)
from .numbers import Mention

# the clause before a figure that sums what precedes it: …，合计13件 / 两项合计13件 / 以上共计13件 / …，共13件. The sum
# word opens its clause (after a subject of its own — 现行有效的规范性文件共计9件, 罚没款合计… — it is "in all") and
# the figure follows it (共计办结458件: "in all, 458 were handled", not the sum of what precedes; 共计需办理: the sum
# of new and carried-over requests)
_W = r"[^\s，,。；;、：:\d]"
RE_SUM_WORD = re.compile(rf"^[^\S\n]*(?:(?:以上|上述|前述)?(?P<count>[两二三四五六七八九])(?:者|项|类|种){_W}{{0,4}}?[共总]?"
                         rf"|(?:以上|上述|前述){_W}{{0,6}}?[共总]?)?(?:合计|共计|总计|总共|一共)(?:为|是|达到?|有|了|[需应](?:办理|处理))?$"
                         rf"|^[^\S\n]*(?:共[计为有]?|{_W}{{0,4}}?总(?:数|量)(?:为|是|达到?))$")
_SUM_WORDS = re.compile(r"合计|共计|总计|总共|一共")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# what opens a list whose items a sum after it may add up (the total before 其中 is not one of them)
RE_LIST_OPEN = re.compile(r"其中|分别为|分别是|包括")
RE_ITEMS_END = re.compile(r"[；;]")
# a figure that is no item of a sum: last year's (较上年的4件, 上年为4件, 去年同期3件) or a change (增加2件)
RE_OTHER_YEAR = re.compile(r"(?:较|比|与|同)[^\S\n]*(?:上一?年|去年|(?:19|20)\d\d年)|上一?年(?!度?结转)|去年|同期")
RE_CHANGE_BEFORE = re.compile(rf"(?:{CHANGE_VERBS}|多|少)了?[^\S\n]*$")


def _item(text: str, m: Mention) -> bool:
    before = clause_before(text, m)
    return not (_in_parentheses(text, m) or RE_CHANGE_BEFORE.search(before)
                or RE_OTHER_YEAR.search(before))


def sums_after_parts(text: str, mentions: list[Mention]) -> list[PartsList]:
    """Sums stated after their parts (合计/共计/总计/一共 N), each as an exhaustive :class:`PartsList` whose parts are
    the figures of the sum's unit before it in its sentence: after the last 其中 (or ；) there, outside parentheses,
    none last year's or a change; the last N of them where the sum says how many (两项合计). Two parts at least; a
    sentence where one of its figures states the sum already is left alone, and so is one where the parts do not
    make the sum but some other choice of its figures does (a breakdown among them: 复议6件，其中维持3件、纠正1件，诉讼
    5件，合计11件): only a sum that no choice of the sentence's figures gives is listed as not adding up."""
    out = []
    for i, total in enumerate(mentions):
        if total.value is None or total.kind not in ("count", "money"):
            continue
        word = RE_SUM_WORD.search(clause_before(text, total))
        if word is None:
            # or right after the last figure of its unit, with no comma between (…被提起行政诉讼5件两项合计12件)
            if not _SUM_WORDS.search(text, max(0, total.start - 12), total.start):
                continue
            last = next((m for m in reversed(mentions[:i]) if m.unit == total.unit and m.kind == total.kind), None)
            if last is None or sentence_bounds(text, last.start)[0] != sentence_bounds(text, total.start)[0]:
                continue
            word = RE_SUM_WORD.search(text[last.end:total.start])
            if word is None or not word["count"]:
                continue
        start, _ = sentence_bounds(text, total.start)
        lead = text[start:total.start]
        end = max((m.end() for m in RE_ITEMS_END.finditer(lead)), default=0)
        figures = [m for m in mentions[:i] if m.start >= start + end and m.unit == total.unit and m.kind == total.kind
                   and _item(text, m)]
        count = _COUNTS.get(word["count"] or "")
        if count and not figures and start > 0 and not text[start:total.start].strip().startswith(("其中", "分别")):
            figures = _previous_sentence_parts(text, mentions[:i], start, total, count)
            start = end = 0
            lead = ""
        if any(m.value is None for m in figures):
            continue
        # after a 其中 (not one in a parenthesis: a part's own), its list's items
        opened = max((m.end() for m in RE_LIST_OPEN.finditer(lead, end) if not _depth(lead, m.start())), default=0)
        parts = [m for m in figures if m.start >= start + opened]
        if count:
            parts = parts[-count:] if len(parts) >= count else []
        if len(parts) < 2 or any(abs(m.value - total.value) < 1e-9 for m in figures):
            continue
        if abs(sum(m.value for m in parts) - total.value) >= 1e-9 and _some_make(figures, total.value):
            continue            # some of the sentence's figures make it (复议6件，其中维持3件、纠正1件，诉讼5件，合计11件)
        out.append(PartsList(total, parts, exhaustive=True, trailing=True))
    return out


def _previous_sentence_parts(text: str, before: list[Mention], start: int, total: Mention, count: int) -> list[Mention]:
    """The parts of a sum that opens its sentence with their count (。两类案件合计12件): the figures of the sentence
    before, when it states exactly ``count`` of the sum's unit and lists nothing (no 其中: its figures are the
    kinds counted); else none."""
    prev_start, _ = sentence_bounds(text, start - 1)
    if RE_LIST_OPEN.search(text, prev_start, start):
        return []
    figures = [m for m in before if prev_start <= m.start < start and m.unit == total.unit and m.kind == total.kind]
    return figures if len(figures) == count and all(_item(text, m) for m in figures) else []


def _some_make(parts: list[Mention], total: float) -> bool:
    """Whether two or more of ``parts`` (the first 12) add up to ``total``."""
    values = [m.value for m in parts[:12]]
    sums = {0.0: 0}                                   # sum → the fewest parts that make it
    for v in values:
        for t, k in list(sums.items()):
            if sums.get(t + v, 99) > k + 1:
                sums[t + v] = k + 1
    return any(abs(t - total) < 1e-9 and k >= 2 for t, k in sums.items())


def _depth(s: str, pos: int) -> int:
    """How many parentheses are open at ``pos`` in ``s``."""
    head = s[:pos]
    return head.count("（") + head.count("(") - head.count("）") - head.count(")")


@dataclass
class StatedChange:
    """A figure, the earlier figure it is compared with, and the change stated between them."""
    current: Mention
    previous: Mention
    change: Mention
    sign: int               # +1: 增加/增长/上升/多…; -1: 减少/下降/少…; 0: 持平
    computed: float         # what the two figures give: their difference, or (a percent change) its rate
    consistent: bool


_YEAR = r"(?:上一?年度?|去年|(?:19|20)\d\d年度?)(?:同期|末|底)?"
# between the current figure and the earlier one: ，较上年的 / 比2022年的 / ，与上年的 (…相比)
RE_COMPARED_WITH = re.compile(rf"^[^\S\n]*[，,]?[^\S\n]*(?:(?:较|比|与|同)[^\S\n]*{_YEAR}[^\S\n]*(?:的|之|[（(])?"
                              rf"|{_YEAR}[^\S\n]*(?:为|是))[^\S\n]*$")       # (or: ，上年为422件，增加38件)
# between the earlier figure and the change: 增加 / 相比，增加了 / 相比增长 / 增幅为 / 下降幅度为
RE_CHANGE_WORD = re.compile(r"^[^\S\n]*[）)]?[^\S\n]*(?:相比|相较|比较)?[^\S\n]*[，,]?[^\S\n]*(?:同比|环比)?"
                            r"(?P<word>增加|增长|上升|提高|多|减少|下降|降低|少|增幅|涨幅|降幅)(?:了|幅为|幅度为|幅度|率为|幅|为)?"
                            r"[^\S\n]*$")
# the same change again in percent after it: 增加38件，增长9.0% / （增长9.0%）
RE_PERCENT_AGAIN = re.compile(r"^[^\S\n]*[，,（(]?[^\S\n]*(?:同比|环比)?(?P<word>增加|增长|上升|提高|减少|下降|降低|增幅|涨幅|降幅)"
                              r"(?:了|幅为|幅度为|率为|为)?[^\S\n]*$")
# the same figure: 与上年的450件持平
RE_LEVEL = re.compile(r"[^\S\n]*[）)]?[^\S\n]*(?:相比|相较)?[^\S\n]*[，,]?[^\S\n]*(?:持平|相同|一致)")     # (基本持平: roughly)
_DOWN = ("减少", "下降", "降低", "少", "降幅")
# the change first and the earlier figure after it in brackets: 699件，同比增加49件（上年为650件） / ，较上年增加49件（2021年：650件）
RE_CHANGE_FIRST = re.compile(rf"^[^\S\n]*[，,]?[^\S\n]*(?:(?:较|比|与)[^\S\n]*{_YEAR}(?:相比)?[^\S\n]*[，,]?[^\S\n]*)?"
                             rf"(?:同比|环比)?(?P<word>{CHANGE_VERBS}|多|少)(?:了)?[^\S\n]*$")
RE_BASE_IN_BRACKETS = re.compile(rf"^[^\S\n]*[（(][^\S\n]*{_YEAR}[^\S\n]*(?:为|是|[：:])?[^\S\n]*$")
RE_BRACKET_CLOSE = re.compile(r"[^\S\n]*[）)]")


def stated_changes(text: str, mentions: list[Mention]) -> list[StatedChange]:
    """Changes stated with both figures (460件，较上年的422件增加38件 / 增长9.0% / 持平): the difference (or the rate of
    change, at the precision it is given to) the two figures give, against the change stated. A comparison chained
    on (…增加38件，较2021年的400件增加60件) compares the same current figure; a current figure that ends a 其中 list
    (…，其中法人80件，较上年的…) is not clearly the one compared, and nothing is checked (a rate there is: 其中，…，
    公开率为61.3%，较上年的58.1%提高3.2个百分点)."""
    out: list[StatedChange] = []
    for i in range(len(mentions) - 1):
        cur, prev = mentions[i], mentions[i + 1]
        if not RE_COMPARED_WITH.match(text[cur.end:prev.start]):
            found = _base_in_brackets(text, mentions, i) or _base_first(text, mentions, i)
            if found is not None:
                out.append(found)
            continue
        chained = next((c for c in reversed(out) if c.change is cur or c.current is cur), None)
        if chained is not None:
            cur = chained.current
        elif not _compared(text, cur):
            continue
        if not _same_measure(cur, prev, ("count", "money", "percent")):
            continue
        if RE_LEVEL.match(text, prev.end):
            out.append(StatedChange(cur, prev, prev, 0, cur.value - prev.value, abs(cur.value - prev.value) < 1e-9))
            continue
        if i + 2 >= len(mentions):
            continue
        change = mentions[i + 2]
        word = RE_CHANGE_WORD.match(text[prev.end:change.start])
        if word is None or change.value is None:
            continue
        found = _change(cur, prev, change, word["word"])
        if found is None:
            continue
        out.append(found)
        if change.kind != "percent" and i + 3 < len(mentions):
            again = mentions[i + 3]
            word = RE_PERCENT_AGAIN.match(text[change.end:again.start])
            if word is not None and again.kind == "percent" and again.value is not None:
                found = _change(cur, prev, again, word["word"])
                if found is not None:
                    out.append(found)
    return out


def _base_in_brackets(text: str, mentions: list[Mention], i: int) -> StatedChange | None:
    """A change stated before the earlier figure, which a bracket after it gives (699件，同比增加49件（上年为650件）),
    as :func:`stated_changes` checks it; None for any other form."""
    if i + 2 >= len(mentions):
        return None
    cur, change, prev = mentions[i], mentions[i + 1], mentions[i + 2]
    word = RE_CHANGE_FIRST.match(text[cur.end:change.start])
    if word is None or not RE_BASE_IN_BRACKETS.match(text[change.end:prev.start]) or \
            not RE_BRACKET_CLOSE.match(text, prev.end):
        return None
    if not _compared(text, cur) or change.value is None or not _same_measure(cur, prev, ("count", "money")):
        return None
    return _change(cur, prev, change, word["word"])


# last year's figure first, in a clause of its own (上年收到申请100件，本年收到125件，增长25%)
RE_LAST_YEAR_CLAUSE = re.compile(rf"^[^\S\n]*{_YEAR}")
RE_THIS_YEAR_NEXT = re.compile(r"^[^\S\n]*[，,；;][^\S\n]*(?:本年度?|今年|当年|全年)[^，,。；;！？!?\d\n]{0,12}$")


def _base_first(text: str, mentions: list[Mention], i: int) -> StatedChange | None:
    """A change stated after the earlier figure and then the current one, each in its clause (上年收到申请100件，
    本年收到125件，增长25%), as :func:`stated_changes` checks it; None for any other form."""
    if i + 2 >= len(mentions):
        return None
    prev, cur, change = mentions[i], mentions[i + 1], mentions[i + 2]
    if not RE_LAST_YEAR_CLAUSE.match(clause_before(text, prev)) or not RE_THIS_YEAR_NEXT.match(text[prev.end:cur.start]):
        return None
    word = RE_CHANGE_WORD.match(text[cur.end:change.start])
    if word is None or change.value is None or not _same_measure(cur, prev, ("count", "money")):
        return None
    return _change(cur, prev, change, word["word"])


def _compared(text: str, cur: Mention) -> bool:
    """Whether ``cur`` may be the figure a comparison after it starts from: not itself a change (增加38件), and
    not the last item of a 其中 list (a rate there is: 其中，…，公开率为61.3%，较上年的…)."""
    return not (RE_CHANGE_BEFORE.search(clause_before(text, cur)) or cur.kind != "percent" and _ends_a_list(text, cur))


def _same_measure(cur: Mention, prev: Mention, kinds: tuple[str, ...]) -> bool:
    """Whether two figures, both with a value, measure the same thing in the same unit (one of ``kinds``)."""
    return cur.value is not None and prev.value is not None and cur.kind in kinds and \
        (prev.unit, prev.kind) == (cur.unit, cur.kind)


def _ends_a_list(text: str, m: Mention) -> bool:
    """Whether ``m`` stands after a 其中 (分别为…) in its sentence: an item of a list, not what the list breaks down."""
    start, _ = sentence_bounds(text, m.start)
    return RE_LIST_OPEN.search(text, start, m.start) is not None


def _change(cur: Mention, prev: Mention, change: Mention, word: str) -> StatedChange | None:
    sign = -1 if word in _DOWN else 1
    diff = cur.value - prev.value
    if cur.kind == "percent":
        # two rates: only a change in percentage points (提高2.1个百分点) is clear; 提高2% may be either
        if change.kind != "points":
            return None
        return StatedChange(cur, prev, change, sign, diff,
                            agrees_at_precision(diff, sign * change.value, stated_decimals(change)))
    if change.kind == "percent":
        if prev.value == 0:
            return None
        computed = 100 * diff / prev.value
        ok = agrees_at_precision(computed, sign * change.value, stated_decimals(change))
        return StatedChange(cur, prev, change, sign, computed, ok)
    if change.unit != cur.unit or change.kind != cur.kind:
        return None
    return StatedChange(cur, prev, change, sign, diff, abs(diff - sign * change.value) < 1e-9)


# between a list's last part and the shares of its parts: ，分别占75.97%和24.03% / ，占比分别为… / ，所占比例分别为…
RE_SHARES_OPEN = re.compile(r"^[^\S\n]*[，,]?[^\S\n]*(?:分别占(?:比)?(?:总数|全部|申请总数)?(?:的)?(?:比例)?(?:为)?|占比分别为|所占比例分别为"
                            r"|分别占(?:总数|全部)?的)[^\S\n]*$")
RE_SHARES_JOIN = re.compile(r"^[^\S\n]*(?:和|与|及|、|，|,)[^\S\n]*$")
RE_PARTS_JOIN = re.compile(r"^[^。；;！？!?\n]*$")
# between the one part after 其中 and its share, the whole not named otherwise: ，占34% / ，占比为70% / （占总数的80%）
RE_SHARE_OPEN_ONE = re.compile(r"[^\S\n]*[，,（(]?[^\S\n]*(?:约)?(?:占(?:比|总数的?|全部的?|总量的?)?|所占比例)(?:为|达|是)?[^\S\n]*$")
# between a whole and its one part: …共3次，其中线上培训1次 (nothing that ends the sentence or the clause's list)
RE_WHOLE_THEN_PART = re.compile(r"[^。；;！？!?\n]*?其中[^。；;！？!?\n、]*$")


def _share_of_one_part(text: str, total: Mention, part: Mention, share: Mention) -> RateCheck | None:
    """The share of the one part named after 其中 (组织培训3次，其中线上培训1次，占34%): over the whole just before
    it in the sentence, at the share's precision. Nothing where the figures are not two counts of one unit, a part
    no greater than its whole, or where another figure or clause stands between them."""
    if not total.value or part.value is None or share.value is None:
        return None
    if total.kind != "count" or part.kind != "count" or part.unit != total.unit or part.value > total.value:
        return None
    if sentence_bounds(text, total.start) != sentence_bounds(text, share.start) or \
            not RE_WHOLE_THEN_PART.fullmatch(text, total.end, part.start):
        return None
    ratio = 100 * part.value / total.value
    return RateCheck(share, part, total, agrees_at_precision(ratio, share.value, stated_decimals(share)), ratio)


def respective_shares(text: str, mentions: list[Mention]) -> list[RateCheck]:
    """Shares stated for the parts of a list (…，其中自然人531件、法人或其他组织168件，分别占75.97%和24.03%): each part
    over the total stated before the list in the sentence (that the list breaks down: after 其中, or the parts make
    it), at the share's precision. The shares are consistent when the total gives them all, or the parts' own sum
    does; else each share the total does not give is listed as inconsistent. Nothing is said without such a total."""
    out: list[RateCheck] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if m.kind == "percent" and i >= 2 and RE_SHARE_OPEN_ONE.match(text, mentions[i - 1].end, m.start):
            one = _share_of_one_part(text, mentions[i - 2], mentions[i - 1], m)
            if one is not None:
                out.append(one)
            i += 1
            continue
        if m.kind != "percent" or i < 2 or not RE_SHARES_OPEN.match(text[mentions[i - 1].end:m.start]):
            i += 1
            continue
        shares = [m]
        while i + len(shares) < len(mentions):
            nxt = mentions[i + len(shares)]
            if nxt.kind != "percent" or not RE_SHARES_JOIN.match(text[shares[-1].end:nxt.start]):
                break
            shares.append(nxt)
        i += len(shares)
        k = len(shares)
        start, _ = sentence_bounds(text, m.start)
        before = [x for x in mentions[:i - k] if x.start >= start]
        if len(before) < k + 1 or any(x.value is None for x in before[-k - 1:] + shares):
            continue
        parts, total = before[-k:], before[-k - 1]
        whole = sum(x.value for x in parts)
        if any(x.kind != "count" or x.unit != total.unit for x in parts + [total]) or \
                not RE_PARTS_JOIN.match(text[total.end:parts[-1].start]) or whole > total.value or not total.value:
            continue
        if abs(whole - total.value) > 1e-9 and not RE_LIST_OPEN.search(text, total.end, parts[0].start):
            continue            # (新收699件，予以公开327件、部分公开96件，分别占…: of 699, or of what was answered?)
        pairs = list(zip(parts, shares))
        by_parts = whole > 0 and all(agrees_at_precision(100 * p.value / whole, s.value, stated_decimals(s))
                                     for p, s in pairs)
        for p, s in pairs:
            ratio = 100 * p.value / total.value
            out.append(RateCheck(s, p, total, by_parts or agrees_at_precision(ratio, s.value, stated_decimals(s)), ratio))
    return out
