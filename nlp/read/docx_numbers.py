"""Word's automatic list numbers, as Word prints them before a paragraph.

A heading or a point numbered by a list (``w:numPr`` on the paragraph or on its style: Word's 编号, headings in
a multilevel list) has no number in its text: 一、 （一） 1. are in ``word/numbering.xml``. Without them the
section finder cannot tell a part (一、总体情况) from a sub-heading with the same words ((一）主动公开政府信息情况 under
一 and 二、主动公开政府信息情况), nor the item splitter a point from its text. :class:`ListNumbers` keeps Word's
counters in document order and gives each numbered paragraph its label: the level's text (``%1、``, ``（%2）``,
``%1是``) with each ``%n`` in its level's format (decimal, Chinese counting, letters, Roman, circled digits).

Simplifications of Word's rules: a list's counters are kept per abstract list (per list instance where one
restarts with its own start), a level's counter restarts whenever a higher level counts; bullets and ``none``
print nothing (as before: the text alone).
"""
from __future__ import annotations

from ..cnnum import cn_numeral

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_CHINESE = frozenset({"chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
                      "japaneseCounting", "ideographDigital", "chineseLegalSimplified", "koreanCounting"})
# a label that ends so needs no space before its text (一、 （一） 一是 1.)
_CLOSES = tuple("、.．)）:：是")


def _val(el, tag: str) -> str | None:
    child = el.find(_W + tag) if el is not None else None
    return None if child is None else child.get(_W + "val")


def _int(s: str | None, default: int) -> int:
    try:
        return int(s) if s is not None else default
    except ValueError:
        return default


def format_number(n: int, fmt: str) -> str:
    """``n`` in a ``w:numFmt``; an unknown format as decimal."""
    if fmt in _CHINESE:
        return "〇" if n == 0 else cn_numeral(n) if 0 < n < 10000 else str(n)
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""
        return s if fmt == "upperLetter" else s.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        out, rest = [], max(0, n)
        for v, sym in _ROMAN:
            while rest >= v:
                out.append(sym)
                rest -= v
        return "".join(out) if fmt == "upperRoman" else "".join(out).lower()
    if fmt.startswith("decimalEnclosedCircle") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class ListNumbers:
    """The labels Word prints before numbered paragraphs (see the module docstring); one per document, asked in
    document order (the counters advance with each numbered paragraph)."""

    def __init__(self, numbering=None, styles=None) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}    # abstract id → level → (format, text, start)
        self.level_style: dict[str, dict[str, int]] = {}                # abstract id → style id → its level
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}           # num id → (abstract id, level → start)
        self.style_num: dict[str, tuple[str | None, int | None]] = {}   # style id → (num id, level)
        self.based_on: dict[str, str] = {}
        self.counts: dict[str, list[int | None]] = {}
        if numbering is not None:
            for a in numbering.iter(_W + "abstractNum"):
                aid = a.get(_W + "abstractNumId")
                lvls = self.levels.setdefault(aid, {})
                for lvl in a.iter(_W + "lvl"):
                    i = _int(lvl.get(_W + "ilvl"), 0)
                    lvls[i] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", _int(_val(lvl, "start"), 1))
                    style = _val(lvl, "pStyle")
                    if style:
                        self.level_style.setdefault(aid, {})[style] = i
            for num in numbering.iter(_W + "num"):
                starts = {_int(o.get(_W + "ilvl"), 0): _int(_val(o, "startOverride"), 1)
                          for o in num.iter(_W + "lvlOverride") if o.find(_W + "startOverride") is not None}
                self.nums[num.get(_W + "numId")] = (_val(num, "abstractNumId"), starts)
        if styles is not None:
            for st in styles.iter(_W + "style"):
                sid = st.get(_W + "styleId")
                based = _val(st, "basedOn")
                if based:
                    self.based_on[sid] = based
                ppr = st.find(_W + "pPr")
                numpr = ppr.find(_W + "numPr") if ppr is not None else None
                if numpr is not None:
                    ilvl = _val(numpr, "ilvl")
                    self.style_num[sid] = (_val(numpr, "numId"), None if ilvl is None else _int(ilvl, 0))

    def _style_numbering(self, style: str | None) -> tuple[str | None, int | None]:
        seen = 0
        while style and seen < 16:                  # (a style's numbering may be its base style's)
            if style in self.style_num:
                return self.style_num[style]
            style, seen = self.based_on.get(style), seen + 1
        return None, None

    def label(self, p) -> str:
        """The label Word prints before the paragraph ``p`` ("" when it is not numbered), counting it."""
        if not self.nums:
            return ""
        ppr = p.find(_W + "pPr")
        style = _val(ppr, "pStyle")
        num_id, ilvl = self._style_numbering(style)
        own = ppr.find(_W + "numPr") if ppr is not None else None
        if own is not None:
            num_id = _val(own, "numId") or num_id
            own_lvl = _val(own, "ilvl")
            ilvl = _int(own_lvl, 0) if own_lvl is not None else ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid, starts = self.nums[num_id]
        levels = self.levels.get(aid)
        if not levels:
            return ""
        if ilvl is None:
            ilvl = self.level_style.get(aid, {}).get(style, 0)
        if ilvl not in levels:
            return ""
        key = f"num{num_id}" if starts else f"abs{aid}"
        counts = self.counts.setdefault(key, [None] * 10)
        if ilvl >= len(counts):
            return ""
        start = starts.get(ilvl, levels[ilvl][2])
        counts[ilvl] = start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = None
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""
        out = text
        for k in range(9, 0, -1):                     # (%10 cannot occur: nine levels)
            if f"%{k}" in out:
                lf, _, ls = levels.get(k - 1, ("decimal", "", 1))
                n = counts[k - 1] if counts[k - 1] is not None else starts.get(k - 1, ls)
                out = out.replace(f"%{k}", format_number(n, lf))
        return out if out.endswith(_CLOSES) else out + " "
