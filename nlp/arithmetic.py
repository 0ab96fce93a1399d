"""Narrative-internal arithmetic beyond 其中 lists (:func:`nlp.claims.parts_lists`) and rates
(:func:`nlp.claims.rate_checks`):

* a sum stated after its parts — 被申请行政复议6件、被提起行政诉讼5件，合计11件 — whose parts are the figures of
  the same unit before it in its sentence (after a 其中 there, the list's items only);
* a change stated with both figures — 新收申请460件，较上年的422件增加38件 (or 增长9.0%) — whose difference (or
  rate of change) the two figures give.

Neither needs the tables: they check the text against itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import RE_DELTA_BEFORE, PartsList, _in_parentheses, clause_before, sentence_bounds
from .numbers import Mention

# the clause before a figure that sums what precedes it: …，合计13件 / 两类案件共计13件 / 共计需办理23件 / …，共13件. The
# sum word opens its clause: after a subject of its own (现行有效的规范性文件共计9件, 罚没款合计…) it is "in all", not
# the sum of the figures before it
_W = r"[^\s，,。；;、：:\d]"
RE_SUM_WORD = re.compile(rf"^[^\S\n]*(?:(?:以上|上述|前述|[两二三四五六七八九](?:者|项|类|种){_W}{{0,4}}?)[共总]?)?"
                         rf"(?:合计|共计|总计|总共|一共){_W}{{0,6}}$|^[^\S\n]*共[计为]?$")
# what opens a list whose items a sum after it may add up (the total before 其中 is not one of them)
RE_LIST_OPEN = re.compile(r"其中|分别为|分别是|包括")
# a figure that is not an item of a list but its change, or an item of another (；ends a list)
RE_ITEMS_END = re.compile(r"[；;]")


def sums_after_parts(text: str, mentions: list[Mention]) -> list[PartsList]:
    """Sums stated after their parts (合计/共计/总计/一共 N), each as an exhaustive :class:`PartsList` whose parts are
    the figures of the sum's unit before it in its sentence: after the last 其中 (or ；) there, outside parentheses,
    none a change (较上年增加5件). Two parts at least; a sentence where one of them states the sum already (a total,
    then its parts, then 合计 again) is left alone."""
    out = []
    for i, total in enumerate(mentions):
        if total.value is None or total.kind not in ("count", "money") or not RE_SUM_WORD.search(clause_before(text, total)):
            continue
        start, _ = sentence_bounds(text, total.start)
        lead = text[start:total.start]
        cut = max((m.end() for rx in (RE_LIST_OPEN, RE_ITEMS_END) for m in rx.finditer(lead)), default=0)
        parts = [m for m in mentions[:i] if m.start >= start + cut and m.unit == total.unit and m.kind == total.kind
                 and not _in_parentheses(text, m) and not RE_DELTA_BEFORE.search(clause_before(text, m))]
        if len(parts) < 2 or any(m.value is None or abs(m.value - total.value) < 1e-9 for m in parts):
            continue
        out.append(PartsList(total, parts, exhaustive=True, trailing=True))
    return out


@dataclass
class StatedChange:
    """A figure, the earlier figure it is compared with, and the change stated between them."""
    current: Mention
    previous: Mention
    change: Mention
    sign: int               # +1: 增加/增长/上升/多…; -1: 减少/下降/少…
    computed: float         # what the two figures give: their difference, or (a percent change) its rate
    consistent: bool


# between the current figure and the earlier one: 较上年的 / 比2022年的 / ，较去年同期
RE_COMPARED_WITH = re.compile(r"^[，,]?[^\S\n]*(?:较|比|相比|对比)[^\S\n]*(?:上年|去年|上一年度?|(?:19|20)\d\d年度?)"
                              r"(?:同期)?[^\S\n]*(?:的|之)?[^\S\n]*$")
# between the earlier figure and the change
RE_CHANGE_WORD = re.compile(r"^[^\S\n]*(?:相比|而言)?[，,]?[^\S\n]*(?P<word>增加|增长|上升|提高|多|减少|下降|降低|少)了?"
                            r"[^\S\n]*$")
_DOWN = ("减少", "下降", "降低", "少")


def stated_changes(text: str, mentions: list[Mention]) -> list[StatedChange]:
    """Changes stated with both figures (460件，较上年的422件增加38件 / 增长9.0%): the difference (or the rate of change,
    at the precision it is given to) the two figures give, against the change stated."""
    out = []
    for i in range(len(mentions) - 2):
        cur, prev, change = mentions[i], mentions[i + 1], mentions[i + 2]
        if cur.value is None or prev.value is None or change.value is None or cur.kind != "count" \
                or prev.unit != cur.unit or prev.kind != cur.kind:
            continue
        if not RE_COMPARED_WITH.match(text[cur.end:prev.start]):
            continue
        word = RE_CHANGE_WORD.match(text[prev.end:change.start])
        if word is None:
            continue
        sign = -1 if word["word"] in _DOWN else 1
        diff = cur.value - prev.value
        if change.kind == "percent":
            if prev.value == 0:
                continue
            computed = 100 * diff / prev.value
            decimals = len(change.surface.split(".")[1].rstrip("%％")) if "." in change.surface else 0
            ok = round(computed, decimals) == round(sign * change.value, decimals) or \
                abs(computed - sign * change.value) < 0.5 * 10 ** -decimals
        elif change.unit == cur.unit and change.kind == cur.kind:
            computed = diff
            ok = abs(diff - sign * change.value) < 1e-9
        else:
            continue
        out.append(StatedChange(cur, prev, change, sign, computed, ok))
    return out
