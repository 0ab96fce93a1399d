"""Numeric tokens of a table region and the ways a run of digits can be split into cells.

Crawled pages glue cells together (``行政规范性文件808`` is 8 | 0 | 8), PDFs and markdown keep
them apart, and merged cells add or drop a column. A region becomes a list of :class:`Token`;
:func:`readings` enumerates every way the tokens can fill ``n`` cells (splitting digit runs, or
dropping surplus tokens), and the identity solver chooses among them.
"""
from __future__ import annotations

import re
from functools import lru_cache
import math
from itertools import combinations, islice, product
from typing import Callable, Iterator

# full-width digits and marks, and the minus signs of typesetting (U+2212 −, U+FE63 ﹣), as their ASCII forms
FULLWIDTH = str.maketrans("０１２３４５６７８９．／－−﹣", "0123456789./---")
_FULLWIDTH_CHARS = re.compile("[０１２３４５６７８９．／－−﹣]")

BLANK_MARKS = frozenset({"/", "-", "—", "——", "–", "无", "\\", "－", "／", "－－", "--"})

# header phrases that contain digits or slashes and must not become values, (pattern, line-anchored). Every
# alternative but the line-anchored ones opens with a literal character (（…|(… for [（(]…, 19…|20… for (?:19|20)…:
# the same matches): without the anchored ones the regex engine skips to where a match can begin instead of trying
# every alternative at every offset (_NOISE_UNANCHORED, used where neither anchored one can match)
_NOISE_PARTS = (
    (r"（\s*四\s*[）)]\s*无|\(\s*四\s*[）)]\s*无", False),           # （四）无 / 法提供: a wrapped label, not a blank mark
    (r"（[^（）()\n]{0,40}?[\u4e00-\u9fff][^（）()\n]{0,40}?[）)]"
     r"|\([^（）()\n]{0,40}?[\u4e00-\u9fff][^（）()\n]{0,40}?[）)]", False),   # parenthesised notes: （单位：万元，保留4位小数）
    (r"19\d\d\s*年|20\d\d\s*年", False),                              # a year (a page's running header): never a cell
    (r"本年增\s*[/／]\s*减|增\s*[/／]\s*减", False),
    (r"第[一二三四五六七八九十]+条第[（(][一二三四五六七八九十]+[）)]项", False),
    (r"^\s*\|?\s*:?-{3,}.*$", True),                                # markdown grid separator lines
    (r"^[^\S\n]*[-—–][^\S\n]*\d{1,3}[^\S\n]*[-—–][^\S\n]*$", True),   # PDF page numbers: - 3 - (one line: "—\n3\n—" are cells)
    (r"第\s*\d+\s*页(?:\s*/?\s*共\s*\d+\s*页)?", False),
)
_NOISE = re.compile("|".join(p for p, _ in _NOISE_PARTS), re.M)
_NOISE_UNANCHORED = re.compile("|".join(p for p, anchored in _NOISE_PARTS if not anchored), re.M)
# what the anchored alternatives need: a grid's "---", a page number's dash, figure, dash
_PAGE_NUMBER_HINT = re.compile(r"[-—–][^\S\n]*\d{1,3}[^\S\n]*[-—–]")
# a number with thousands separators (1,655, 12,345.6; a full-width comma too: 1，218) is one cell: tried first,
# its commas dropped from the token
_GROUPED = r"\d{1,3}(?:[,，]\d{3})+(?![\d,，])(?:\.\d+)?|"
_TOKEN = re.compile(_GROUPED + r"\d+(?:\.\d+)?|——|--|[/\\—–\-无]")
# a sign may also be an en dash (–3) or a word (减3, 增2: 本年增/减 written out)
_SIGNED = re.compile(r"(?:[+\-–]|减少?|增加?)?(?:" + _GROUPED + r"\d+(?:\.\d+)?)|——|--|[/\\—–\-无]")
# a region whose commas part cells, as a CSV export's (规范性文件,17,2,169; 14,-3,+5,111): a comma between figures
# with other than three digits after it. There no figure is grouped (2,169 is two cells)
_COMMA_CELLS = re.compile(r"\d[,，][+\-–]?(?:\d{1,2}|\d{4,})(?![\d\"“”])")
# …except a figure in quotes, as a CSV writer quotes a grouped one (规范性文件,12,4,"1,087")
_QUOTED_GROUPED = r'(?<=["“”])' + _GROUPED[:-1] + r'(?=["“”])|'
_TOKEN_UNGROUPED = re.compile(_TOKEN.pattern.replace(_GROUPED, _QUOTED_GROUPED))
_SIGNED_UNGROUPED = re.compile(_SIGNED.pattern.replace(_GROUPED, _QUOTED_GROUPED))
_SIGN_WORDS = {"–": "-", "减": "-", "增": "+"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_AFTER_MARK = re.compile(r".[ \u3000]*(.)")        # an enumerator's mark (. 、) and the character after it


class Token:
    """A numeric or blank-marker token: ``text`` normalised (half-width digits), offsets into the document
    text, ``kind`` "int" / "decimal" / "blank". Immutable by convention (a plain slotted class: a frozen
    dataclass costs twice as much to build, and a report has hundreds)."""
    __slots__ = ("text", "start", "end", "kind")

    def __init__(self, text: str, start: int, end: int, kind: str) -> None:
        self.text, self.start, self.end, self.kind = text, start, end, kind

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end, self.kind) == \
            (other.text, other.start, other.end, other.kind)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.kind))

    @property
    def grouped(self) -> bool:
        """Printed with thousands separators (its text has them dropped): one number, never split."""
        return self.end - self.start != len(self.text)


_new = object.__new__


class Part:
    """One cell's share of a token: the raw digits, where they sit in the text, the parsed value."""
    __slots__ = ("raw", "start", "end", "kind", "value")

    def __init__(self, raw: str, start: int, end: int, kind: str) -> None:
        self.raw, self.start, self.end, self.kind = raw, start, end, kind
        self.value: float | int | None = (None if kind == "blank" else
                                          float(raw) if "." in raw else int(raw))

    def moved(self, delta: int) -> Part:
        """The same cell ``delta`` characters further on (its value is not parsed again)."""
        p = _new(Part)
        p.raw, p.start, p.end, p.kind, p.value = self.raw, self.start + delta, self.end + delta, self.kind, self.value
        return p

    def __repr__(self) -> str:
        return f"Part({self.raw!r}, {self.start}, {self.end}, {self.kind!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Part) and (self.raw, self.start, self.end, self.kind) == \
            (other.raw, other.start, other.end, other.kind)

    def __hash__(self) -> int:
        return hash((self.raw, self.start, self.end, self.kind))


# every alternative of _NOISE needs one of these characters: without any, there is nothing to blank
_NOISE_CHARS = re.compile(r"[（(增第年\-—–]")


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


# a text layer's OCR reading a digit as a letter beside other digits (l2 for 12, 1O for 10), or an O alone between a
# row's cells (3  0 | O  6); not inside a word, and not a lone I or l (as often a column's rule read as a letter)
_OCR_LETTER = re.compile(r"(?<![A-Za-z])[lIOo](?=\d)|(?<=\d)[lIOo](?![A-Za-z])|(?<=[ \t|\u3000])O(?=[ \t|\u3000]|$)",
                         re.M)
_OCR_DIGIT = {"l": "1", "I": "1", "O": "0", "o": "0"}
# an l or I alone in a separated cell (| l |, <TAB>I<TAB>, | **l** |): a converter's OCR of a 1 (a cell's own
# separators are drawn, so it is no rule read as a letter)
_OCR_CELL_LETTER = re.compile(r"((?:\||\t)[ \t\u3000]*(?:\*\*)?)[lI](?=(?:\*\*)?[ \t\u3000]*(?:\||\t|$))", re.M)
_INLINE_MATH = re.compile(r"\$(?=[\d.,]+\$)|(?<=[\d.])\$")


def clean_region(text: str) -> str:
    """Same length as ``text`` with header noise replaced by spaces (offsets stay valid), and a letter an OCR text
    layer read for a digit beside other digits (l2, 1O), or an O alone, read as that digit (the table's identities
    then check it)."""
    if _FULLWIDTH_CHARS.search(text):           # str.translate costs ~0.1 µs a character: only when needed
        text = text.translate(FULLWIDTH)
    if "l" in text or "O" in text or "I" in text or "o" in text:
        text = _OCR_LETTER.sub(lambda m: _OCR_DIGIT[m.group()], text)
        if "|" in text or "\t" in text:
            text = _OCR_CELL_LETTER.sub(lambda m: m[1] + "1", text)
    if "$" in text:
        text = _INLINE_MATH.sub(" ", text)          # a converter's inline math around a figure ($46$)
    if not _NOISE_CHARS.search(text):
        return text
    if "---" in text or _PAGE_NUMBER_HINT.search(text):        # an anchored alternative may match
        return _NOISE.sub(_blank, text)
    return _NOISE_UNANCHORED.sub(_blank, text)


def tokens(text: str, start: int = 0, end: int | None = None, *, allow_sign: bool = False) -> list[Token]:
    """Numeric and blank-marker tokens of ``text[start:end]`` in order.

    A digit run directly followed by ``.``/``、`` and a CJK character (after spaces or none) is an enumerator
    (``2.重复申请``, ``8. 属于行政查询事项``) and is skipped. With ``allow_sign`` a ``+``/``-`` glued to digits is kept
    (表二 2019 本年增/减), and so are an en dash and 减/增 (–3 and 减3 are -3, 增2 is +2).
    """
    end = len(text) if end is None else end
    region = clean_region(text[start:end])
    out: list[Token] = []
    if ("," in region or "，" in region) and _COMMA_CELLS.search(region):
        pattern = _SIGNED_UNGROUPED if allow_sign else _TOKEN_UNGROUPED
    else:
        pattern = _SIGNED if allow_sign else _TOKEN
    n_region = len(region)
    for m in pattern.finditer(region):
        s, e = m.span()
        t = m.group()
        if "," in t or "，" in t:
            t = t.replace(",", "").replace("，", "")
        if allow_sign and t[0] in _SIGN_WORDS and t[-1].isdigit():
            t = _SIGN_WORDS[t[0]] + t.lstrip("–减少增加")
        if t[-1].isdigit():
            first = region[e] if e < n_region else text[end:end + 1].translate(FULLWIDTH)
            if first in (".", "、") and "." not in t:
                # the mark, then (after spaces a PDF's text layer or a converter put there) the label's first character
                nxt = (region[e:e + 8] + text[end:end + 8].translate(FULLWIDTH))[:8]
                label = _AFTER_MARK.match(nxt)
                # with spaces after the mark, only a whole enumerator (one or two digits apart from what precedes:
                # "\t8. 属于…"); a figure ending a sentence (合计 118. 四、…) keeps its digits
                if label and _CJK.match(label[1]) and \
                        (label.end(1) == 2 or (len(t) <= 2 and (s == 0 or region[s - 1] in " \t\u3000\n"))):
                    # the last digit enumerates the next label ("002.重复申请" is 00 then "2.")
                    t, e = t[:-1], e - 1
                    if not t:
                        continue
            out.append(Token(t, start + s, start + e, "decimal" if "." in t else "int"))
        elif _standalone(region, s, e):
            out.append(Token(t, start + s, start + e, "blank"))
    return out


GROUPINGS_CAP = 256       # ways to read a flattened row's joining commas kept


def comma_groupings(text: str, toks: list[Token]) -> list[list[Token]]:
    """Other tokens for a flattened row whose digit runs are joined by single commas (11,9473,118…, read as the
    cells 11 | 9473 | 118…): each such comma may be a thousands mark instead (the number it is in has one to three
    digits before it and exactly three after: 11,947 | 3,118 | …), and such a number is one cell. Every way of
    reading the row's joining commas so, as a token list (up to :data:`GROUPINGS_CAP`); [] when none is joined."""
    chains, i = [], 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and _joined(text, toks[j], toks[j + 1]):
            j += 1
        if j > i:
            chains.append((i, j))
        i = j + 1
    if not chains:
        return []
    ways = [list(islice(_chain_groupings(toks[a:b + 1]), GROUPINGS_CAP)) for a, b in chains]
    out = []
    for combo in islice(product(*ways), GROUPINGS_CAP):
        new: list[Token] = []
        last = 0
        for (a, b), seq in zip(chains, combo):
            new += toks[last:a] + seq
            last = b + 1
        out.append(new + toks[last:])
    return out


def _joined(text: str, a: Token, b: Token) -> bool:
    return (a.kind == b.kind == "int" and a.text.isdigit() and b.text.isdigit() and not a.grouped and not b.grouped
            and b.start == a.end + 1 and text[a.end] in ",，")


def _chain_groupings(chain: list[Token]) -> Iterator[list[Token]]:
    """The readings of one chain of digit runs joined by commas, other than every comma a separator."""
    digits = "".join(t.text for t in chain)
    at = [t.start + k for t in chain for k in range(len(t.text))]           # digit index → text offset
    commas, n = [], 0
    for t in chain[:-1]:
        n += len(t.text)
        commas.append(n)

    def run(a: int, b: int, grouped: bool = False) -> list[Token]:
        if b <= a or (grouped and digits[a] == "0" and b - a > 1):
            return []
        return [Token(digits[a:b], at[a], at[b - 1] + 1, "int")]

    def rec(ci: int, done: int, acc: list[Token], marks: int) -> Iterator[list[Token]]:
        if ci == len(commas):
            if marks:
                yield acc + run(done, len(digits))
            return
        c = commas[ci]
        # a thousands mark (1,234,567 too) first: a row of figures grouped in thousands and run together
        # (1,6851,2262,…: every comma a mark) is then among the first readings, before any cap
        k, end = ci, c + 3
        while k + 1 < len(commas) and commas[k + 1] == end:
            k, end = k + 1, end + 3
        if not (end > len(digits) or (k + 1 < len(commas) and commas[k + 1] < end)):
            for s in range(max(done, c - 3), c):
                if digits[s] == "0":
                    continue
                yield from rec(k + 1, end, acc + run(done, s) + [Token(digits[s:end], at[s], at[end - 1] + 1, "int")],
                               marks + 1)
        yield from rec(ci + 1, c, acc + run(done, c), marks)                  # a separator

    yield from rec(0, 0, [], 0)


def _standalone(region: str, s: int, e: int) -> bool:
    """A blank marker counts only as a whole cell: not inside CJK words such as 增/减 or 公开—依申请, nor glued to a
    word before the words go on; glued to a row's label, before its figures (…公开申请--4170324: the label, two
    cells printed -, then the figures, a crawl that dropped the separators), it is one."""
    left = region[s - 1] if s > 0 else " "
    right = region[e] if e < len(region) else " "
    if _CJK.match(left) and not _CJK.match(right):
        return bool(_AFTER_LABEL.match(region, e))
    return not (_CJK.match(left) or _CJK.match(right))


_AFTER_LABEL = re.compile(r"[-—–/\d０-９]")


MAX_SPLIT_DIGITS = 28    # the longest digit run split into cells (7 cells of 4 digits); longer is not a table row
CUT_CAP = 20000           # ways to cut one digit run kept (a 40-digit run into 7 cells has 3.3 million)
_CACHED_CUTS = 2000       # results up to this size are remembered (rows of zeros repeat across reports)


def _cuts(text: str, k: int) -> tuple[tuple[int, ...], ...]:
    """Bounds of every way to cut ``text`` into ``k`` numbers (no leading zeros; decimal last): the first
    ``CUT_CAP`` of them, so that a hostile run of digits costs bounded time and memory."""
    intpart = text.split(".")[0]
    sign = 1 if intpart[:1] in "+-" else 0
    n_int = len(intpart)
    if n_int - sign < k:
        return ()
    if math.comb(n_int - sign - 1, k - 1) <= _CACHED_CUTS:
        return _cuts_cached(text, k)
    return tuple(islice(_cut_bounds(text, k), CUT_CAP))


@lru_cache(maxsize=4096)
def _cuts_cached(text: str, k: int) -> tuple[tuple[int, ...], ...]:
    return tuple(_cut_bounds(text, k))


def _cut_bounds(text: str, k: int) -> Iterator[tuple[int, ...]]:
    intpart = text.split(".")[0]
    sign = 1 if intpart[:1] in "+-" else 0
    n_int = len(intpart)
    end = len(text)
    # a piece whose integer digits [start, stop) number more than one may not start with 0
    zeros = frozenset(i for i in range(sign, n_int) if intpart[i] == "0")
    for cuts in combinations(range(1 + sign, n_int), k - 1):
        if zeros and any(a in zeros and b - a > 1 for a, b in zip((sign, *cuts), (*cuts, n_int))):
            continue
        yield (0, *cuts, end)


def readings(toks: list[Token], n: int, *, open_end: bool = False, limit: int = 20000,
             accept: Callable[[tuple], bool] | None = None) -> Iterator[tuple[Part, ...]]:
    """Ways ``toks`` fill exactly ``n`` cells.

    Equal count: the tokens as they are. Fewer tokens: digit runs split (flattened cells). More
    tokens: surplus dropped (a merged-cell quirk adds a column); an open-ended region (the last row
    of a table) drops its tail first and only.

    ``accept`` (for split digit runs): a test of a reading's cell values (None for a blank), e.g. the
    row's own identities. Of the first ``limit`` readings only those it accepts are given — all of them
    when it accepts none — which is what filtering the first ``limit`` readings afterwards gives, without
    building the cells of the readings it rejects. Where one run of digits has more ways to cut than ``limit``
    and it accepts none of those, the ways whose last cell sums the others are looked for directly
    (:func:`sum_cuts`: a 表三 row run together), and those it accepts are given.
    """
    m = len(toks)
    if m == 0 or n == 0:
        return
    if m == n:
        yield tuple(Part(t.text, t.start, t.end, t.kind) for t in toks)
        return
    if m > n:
        if open_end:
            yield from readings(toks[:n], n)
            return
        if m - n > 2:
            return
        for drop in combinations(range(m), m - n):
            kept = [t for i, t in enumerate(toks) if i not in drop]
            yield tuple(Part(t.text, t.start, t.end, t.kind) for t in kept)
        return
    # m < n: distribute n cells over the tokens, each at least one
    if all(t.kind == "int" and t.text.isdigit() and not t.grouped for t in toks) and sum(len(t.text) for t in toks) == n:
        # one digit per cell is the only way ("0000000", "0 0 0 0 0 00"): no search needed
        yield tuple(Part(t.text[i], t.start + i, t.start + i + 1, "int") for t in toks for i in range(len(t.text)))
        return
    caps = [len(t.text.split(".")[0].lstrip("+-")) if t.kind != "blank" and not t.grouped else 1 for t in toks]
    if max(caps) > MAX_SPLIT_DIGITS:
        return              # a run of more digits than a row's cells ever hold: no reading is worth a guess
    if sum(caps) < n:
        return
    # every way as cut bounds first (cheap), cells built only for the readings given
    found: list[tuple[tuple[int, tuple[int, ...]], ...]] = []

    def rec(i: int, left: int, acc: tuple) -> None:
        if len(found) >= limit:
            return
        if i == m:
            if left == 0:
                found.append(acc)
            return
        rest_min = m - i - 1
        rest_max = sum(caps[i + 1:])
        tok = toks[i]
        for k in range(1, min(caps[i], left - rest_min) + 1):
            if left - k > rest_max:
                continue
            if k == 1:
                rec(i + 1, left - 1, acc + ((i, (0, len(tok.text))),))
            elif tok.kind != "blank":
                for bounds in _cuts(tok.text, k):
                    rec(i + 1, left - k, acc + ((i, bounds),))
            if len(found) >= limit:
                return

    rec(0, n, ())
    if accept is not None and len(found) > 1:
        good = [f for f in found if accept(_values(toks, f))]
        if not good and len(found) >= limit and m == 1 and toks[0].kind == "int" and toks[0].text.isdigit():
            # one long run of digits, more ways to cut it than were looked at, none of them kept: the ways whose
            # last cell is the sum of the others (a 表三 row run together: 1770011731747105205742), found directly
            good = [f for f in (((0, b),) for b in sum_cuts(toks[0].text, n, ((0, n - 1),), limit))
                    if accept(_values(toks, f))]
        if good:
            found = good
    for f in found:
        yield _parts(toks, f)


def sum_readings(tok: Token, n: int, groups: tuple[tuple[int, int], ...], limit: int) -> list[tuple[Part, ...]]:
    """The readings of one run of digits ``tok`` in ``n`` cells whose totals sum their parts (:func:`sum_cuts`)."""
    return [_parts([tok], ((0, bounds),)) for bounds in sum_cuts(tok.text, n, groups, limit)]


SUM_CUTS_STEPS = 200_000      # the most cells tried by one sum_cuts search (a hostile run of digits stays bounded)


def sum_cuts(digits: str, n: int, groups: tuple[tuple[int, int], ...], limit: int) -> list[tuple[int, ...]]:
    """Bounds (0, …, len) of the ways to cut a run of ``digits`` into ``n`` cells where, for each (a, b) of
    ``groups``, cell b is the sum of cells a … b-1 (表三's row: ((0, 6),); 表四's: ((0, 4), (5, 9), (10, 14))): the
    cells before a total tried at every length, each total then the digits its sum prints, or no way. No cell
    starts with 0 unless it is 0. At most ``limit``; at most :data:`SUM_CUTS_STEPS` cells tried."""
    size = len(digits)
    total_of = {b: a for a, b in groups}
    out: list[tuple[int, ...]] = []
    steps = [0]
    cuts = [0] * (n + 1)
    values = [0] * n

    def rec(cell: int, pos: int) -> None:
        if len(out) >= limit or steps[0] > SUM_CUTS_STEPS:
            return
        steps[0] += 1
        if cell == n:
            if pos == size:
                out.append(tuple(cuts))
            return
        left = n - cell - 1                          # cells after this one, a digit each at least
        if cell in total_of:
            printed = str(sum(values[total_of[cell]:cell]))
            if digits.startswith(printed, pos) and size - pos - len(printed) >= left:
                values[cell] = int(printed)
                cuts[cell + 1] = pos + len(printed)
                rec(cell + 1, pos + len(printed))
            return
        for k in range(1, min(MAX_CELL_DIGITS, size - pos - left) + 1):
            if k > 1 and digits[pos] == "0":
                break
            values[cell] = int(digits[pos:pos + k])
            cuts[cell + 1] = pos + k
            rec(cell + 1, pos + k)

    rec(0, 0)
    return out


MAX_CELL_DIGITS = 7           # a cell of a row run together holds at most this many digits (sum_cuts)


def _values(toks: list[Token], reading: tuple) -> tuple:
    out: list = []
    for i, bounds in reading:
        tok = toks[i]
        if len(bounds) == 2:
            if tok.kind == "blank":
                out.append(None)
            else:
                out.append(float(tok.text) if "." in tok.text else int(tok.text))
            continue
        text = tok.text
        for a, b in zip(bounds, bounds[1:]):
            piece = text[a:b]
            out.append(float(piece) if "." in piece else int(piece))
    return tuple(out)


def _parts(toks: list[Token], reading: tuple) -> tuple[Part, ...]:
    out: list[Part] = []
    for i, bounds in reading:
        tok = toks[i]
        if len(bounds) == 2:
            out.append(Part(tok.text, tok.start, tok.end, tok.kind))
            continue
        text = tok.text
        for a, b in zip(bounds, bounds[1:]):
            piece = text[a:b]
            out.append(Part(piece, tok.start + a, tok.start + b, "decimal" if "." in piece else "int"))
    return tuple(out)
