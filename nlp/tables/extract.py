"""Find 表二, 表三 and 表四 in a report's text and read every cell, guided by the identities.

Each row's value region (between its label and the next row's label) yields candidate readings
(:mod:`.tokens`); a whole-table sequential reading is offered too, for layouts that print values
before their labels (PDF text layers). The solver keeps the readings that satisfy the most
identities, row identities first; a cell on which the best readings disagree is ``ambiguous`` with
its candidates, and identities broken by every best reading are returned as findings.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations, product
from functools import lru_cache
from typing import Callable, Iterator, Sequence

from ..schema import load_schema
from ..types import AMBIGUOUS, BLANK, MISSING, NOT_APPLICABLE, VALUE, Cell, make_cell
from .identities import ORG_SUBTOTAL, Identity, t3_identities, t3_subtotal_identities, t4_identities
from .template import (FIGURE_JIAN, RE_PROSE, RE_T2_2019, RE_T2_2021, RE_T2_ANCHOR, RE_T3_2021_ONLY, RE_T3_CARRIED,
                       RE_T3_NEW, RE_T4_ANCHOR, RE_T4_HEADER_WORD, T2_ROW_LABELS, T2_ROWS, T3_ROW_LABELS, compiled, loose)
from .tokens import Part, Token, clean_region, comma_groupings, readings, sum_readings, tokens

JOINT_CAP = 20000          # joint assignments tried per table before giving up on joint solving
ROWS_ALONE = "too many to solve jointly, rows resolved alone"
ROW_CAP = 5000             # readings kept per row
_CELL_SEP = re.compile(r"[\t|]")
_SIMPLE_CELL = re.compile(r"\d+(?:\.\d+)?|[/—–\-无]|——")
# what may follow a cell's figure: its unit, or a footnote's mark (4*, 3※)
_UNIT_ONLY = re.compile(r"[^\S\n]*(?:件|个|条|项|份|宗|起|次|人次|元|万元|[*＊※])")
# a separated cell in words: a blank (暂无, 不适用, …)
_CELL_WORDS = {"暂无": "blank", "没有": "blank", "不适用": "blank", "空": "blank", "空白": "blank", "未发生": "blank",
               # a 2019 table's 本年增/减 cell in words: no change (blank cells there count as no change too)
               "无变化": "blank", "无增减": "blank", "无变动": "blank", "不变": "blank", "持平": "blank"}
_REPEAT_GAP = re.compile(r"(?:[^\S\n]*[|\t][^\S\n]*|[^\S\n]+)(?:[一二三四五六七八九十]+[、.]\s*|[（(][一二三四五六七八九十]+[）)]\s*|\d[.．、]\s*)?")
_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d\s*年")
_ANY_TOKEN_CHAR = re.compile(r"[\d/\\—–\-−﹣无０-９／－]")     # a line without any of these has no token
# the rest of a last row's label (a narrow column wrapped it), and a unit after it (结转下年度继续办理（件）)
_LABEL_REST = re.compile(r"(?:(?!无)[\u4e00-\u9fff]){0,6}(?:[^\S\n]*[（(][^\S\n]*(?:单位[:：][^\S\n]*)?[件个项][^\S\n]*[)）])?")
# the last row's values: after a colon that may close its label (结转下年度继续办理：2、0、1), figures, their separators
# (spaces, rules, commas, 、；), blanks and units
# (lIOo: OCR's digits; $ a converter's inline math around a figure, $46$)
_OPEN_RUN = re.compile(r"[^\S\n]*[:：]?[\s\d.．,，０-９/／\-—–−﹣|+无元万件、；;lIOo$*]*")


@dataclass
class Broken:
    identity: Identity
    lhs: float
    rhs: float


@dataclass
class TableRead:
    table: str
    fmt: str
    span: tuple[int, int]
    cells: dict[str, Cell] = field(default_factory=dict)
    broken: list[Broken] = field(default_factory=list)
    unverifiable: list[Identity] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


Reading = tuple[Part, ...]


class ZoneTokens:
    """Tokens of a table zone, computed once (on first use: a grid whose cells are all plain numbers never
    needs them); a row's tokens are a slice of them."""

    def __init__(self, text: str, start: int, end: int, allow_sign: bool = False):
        self.text, self.allow_sign = text, allow_sign
        self.start, self.end = start, end
        self._toks: list[Token] | None = None

    @property
    def toks(self) -> list[Token]:
        if self._toks is None:
            self._toks = tokens(self.text, self.start, self.end, allow_sign=self.allow_sign)
            self.starts = [t.start for t in self._toks]
        return self._toks

    def covers(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def slice(self, start: int, end: int) -> list[Token] | None:
        """The zone's tokens inside [start, end); None when a token straddles either boundary (the
        region must then be tokenised on its own: its digits may be cut differently). Tokens are in order and
        do not overlap, so only the last one starting before ``end`` can reach past it."""
        toks, starts = self.toks, self.starts
        i = bisect_left(starts, start)
        if i > 0 and toks[i - 1].end > start:
            return None
        j = bisect_left(starts, end, i)
        if j > i and toks[j - 1].end > end:
            return None
        return toks[i:j]


def _toks(text: str, start: int, end: int, zone: ZoneTokens | None, allow_sign: bool = False) -> list[Token]:
    if zone is not None and zone.covers(start, end):
        found = zone.slice(start, end)
        if found is not None:
            return found
    return tokens(text, start, end, allow_sign=allow_sign)


# ---------------------------------------------------------------- the text the tables are read from

# the rule lines of a grid table (pandoc's +----+====+): blanks, the rows between them read as pipe-separated rows
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$", re.M)
_MARKUP = re.compile(r"</t[dh]\s*>|</tr\s*>|<[a-zA-Z/!][^<>\n]{0,300}>|&nbsp;|\*\*", re.I)


def _masked(m: re.Match) -> str:
    """A tag (or &nbsp;, **) as blanks of its own length; a cell's end tag starts with a tab, a row's with a line
    break."""
    s = m.group()
    if s[:3].lower() == "</t":
        return ("\n" if s[3:4].lower() == "r" else "\t") + " " * (len(s) - 1)
    return " " * len(s)


def table_view(text: str) -> str:
    """``text`` as the table readers read it, character for character the same length (offsets stay valid):
    HTML tables that a converter left in markdown or text become tab-separated rows (a cell's end is a tab, a
    row's end a line break), and other tags (<br>, <span>), &nbsp;, markdown bold (**), the rule lines of a
    grid table, list bullets and the column names of key-value rows become spaces."""
    if _BOX_CHAR.search(text):
        text = text.translate(_BOX_TO_ASCII)
    if "+-" in text or "+=" in text:
        text = _GRID_RULE.sub(_blank, _GRID_ROW.sub(_grid_row_joined, text))
    if _KV_ROW_HINT.search(text):
        text = _KV_ROW.sub(_kv_names_masked, text)
    if _BULLET.search(text):
        text = _BULLET.sub(_blank, text)
    if "\\begin{tabular" in text:
        text = _TABULAR.sub(_tabular_masked, text)
    if "<" not in text and "**" not in text and "&nbsp;" not in text:
        return text
    if _BR.search(text):
        text = _STACKED_ROW.sub(_unstacked, _ENUMERATOR_BROKEN.sub(_enumerator_joined, text))
    return _MARKUP.sub(_masked, text)


# a markdown table row that holds two rows or more stacked in its cells, each cell's parts apart by <br> (a converter
# that merged rows whose rule it missed: | 2.重复申请<br>3.要求提供公开出版物 | 0<br>0 | 1<br>0 | … |)
_STACKED_ROW = re.compile(r"^[ \t]*\|[^\n]*<br\s*/?>[^\n]*\|[ \t]*$", re.M | re.I)
_BR = re.compile(r"<br\s*/?>", re.I)
_VALUE_PART = re.compile(r"[\s$*]*[0-9０-９.,，/／—–\-]*[\s$*]*")
_LABEL_OPENS = re.compile(r"\s*(?:[0-9０-９]{1,2}\s*[.．、]|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)")


# a line break inside a label's enumerator (1<br>.信访举报投诉类申请): the number would stand apart, as a figure
_ENUMERATOR_BROKEN = re.compile(r"(?<![\d.])(\d{1,2})[ \t]*(<br\s*/?>)[ \t]*(?=[.．、][ \t]*[\u4e00-\u9fff])", re.I)


def _enumerator_joined(m: re.Match) -> str:
    """The number of a label's enumerator next to its dot again, the break before it (blanks as any tag)."""
    return " " * (len(m.group()) - len(m.group(1))) + m.group(1)


def _unstacked(m: re.Match) -> str:
    """The stacked rows of a markdown row (:data:`_STACKED_ROW`) as rows of their own, in the same number of
    characters (the figures' offsets move within the row's line); the row as it is where its cells do not stack
    alike: every figure cell the same number of parts (two at least), its label as many rows' labels."""
    line = m.group()
    cells = line.strip().strip("|").split("|")
    split = [_BR.split(c) for c in cells]
    values = [i for i, c in enumerate(cells) if len(split[i]) > 1 and any(ch.isdigit() for ch in c)
              and all(_VALUE_PART.fullmatch(part) for part in split[i])]
    if len(values) < 2:
        return line
    k = len(split[values[0]])
    if any(len(split[i]) != k for i in values):
        return line
    others = [i for i, c in enumerate(cells) if i not in values and not _VALUE_PART.fullmatch(c)]
    if not others or others[-1] > values[0]:
        return line
    parts = split[others[-1]]
    if len(parts) > k:                        # labels wrapped inside: a part that opens no label goes on the last
        merged: list[str] = []
        for part in parts:
            if merged and not _LABEL_OPENS.match(part) and "/" not in part:
                merged[-1] += part.strip()
            else:
                merged.append(part.strip())
        parts = merged
    if len(parts) != k:
        return line
    rows = []
    for r in range(k):
        row = ["" if r else " ".join(split[i]) for i in others[:-1]] + [parts[r].strip()]
        row += [split[i][r].strip() for i in values]
        rows.append("|" + "|".join(row) + "|")
    out = "\n".join(rows)
    return out + " " * (len(line) - len(out)) if len(out) <= len(line) else line


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


# a LaTeX table (a PDF converter's: \begin{tabular}{|c|c|} 规章 & 0 & 2 \\ \hline … \end{tabular})
_TABULAR = re.compile(r"\\begin\{tabular\*?\}.*?\\end\{tabular\*?\}", re.S)
_TEX_PIECE = re.compile(r"\\\\|\\[a-zA-Z]+\*?|\\.|[{}&]|\[[^\]\n]{0,40}\]|[^\\{}&\[]+|\[", re.S)
# commands whose last argument is a cell's text (kept), and how many arguments before it are dropped
_TEX_UNWRAP = {"multicolumn": 2, "multirow": 2, "makecell": 0, "textbf": 0, "textit": 0, "emph": 0, "text": 0,
               "mathrm": 0, "underline": 0, "shortstack": 0, "thead": 0}
_TEX_ROW_END = re.compile(r"(?:[ \t]|\\(?:hline|midrule|bottomrule|toprule)\b|\\cline\{[^{}\n]*\})*(?:\n|$)")


def _tabular_masked(m: re.Match) -> str:
    """A LaTeX table (:data:`_TABULAR`) as rows of tab-separated cells in the same number of characters: a cell's
    ``&`` a tab, a row's ``\\\\`` a line break (blanks where the line ends there anyway), the commands and braces
    around a cell's text (\\multicolumn{3}{|c|}{…}, \\multirow, \\makecell, \\textbf) blanks, a line break inside a
    cell (\\newline, \\\\ in a \\makecell) a blank; rules (\\hline, \\cline) and every other command blanks."""
    block = m.group()
    out: list[str] = []
    closing: list[bool] = []            # per open brace: whether its closing one is a wrapper's (a blank)
    pending = 0                         # arguments still to drop of the command just met
    keep_next = False                   # the next brace group is a cell's text
    drop_depth = 0                      # inside a dropped argument
    for piece in _TEX_PIECE.finditer(block):
        tok = piece.group()
        if tok == "{":
            if drop_depth or pending:
                drop_depth += 1
                out.append(" ")
                closing.append(True)
                continue
            out.append(" " if keep_next else tok)
            closing.append(keep_next)
            keep_next = False
            continue
        if tok == "}":
            wrapper = closing.pop() if closing else False
            if drop_depth:
                drop_depth -= 1
                if drop_depth == 0 and pending:
                    pending -= 1
            out.append(" " if wrapper else tok)
            continue
        if drop_depth:
            out.append(" " * len(tok))
            continue
        if tok.startswith("[") and len(tok) > 1 and out and (pending or keep_next):
            out.append(" " * len(tok))      # an optional argument ([c], [l]) of a command being unwrapped
            continue
        if tok == "\\\\":
            if any(closing):                # a line break inside a cell (\makecell{a\\b})
                out.append("  ")
            else:
                out.append("  " if _TEX_ROW_END.match(block, piece.end()) else " \n")
            continue
        if tok == "&" and not closing:
            out.append("\t")
            continue
        if tok.startswith("\\") and len(tok) > 1 and tok[1].isalpha():
            name = tok[1:].rstrip("*")
            if name in _TEX_UNWRAP:
                pending = _TEX_UNWRAP[name]
                keep_next = True
            elif name in ("begin", "end"):
                pending, keep_next = (2 if name == "begin" else 1), False
            elif name == "cline":
                pending, keep_next = 1, False
            out.append(" " * len(tok))
            continue
        if tok.startswith("\\"):             # \% \& \_: the character itself
            out.append(" " + tok[1:])
            continue
        out.append(tok)
    masked = "".join(out)
    return masked if len(masked) == len(block) else block


# a row of a grid table whose cells wrap onto lines of their own (pandoc wraps a cell's text to its column's width):
# the lines between two rule lines
_GRID_ROW = re.compile(r"^([ \t]*\+(?:[-=:]+\+)+[ \t]*\n)((?:[ \t]*\|[^\n]*\|[ \t]*\n){2,})"
                       r"(?=[ \t]*\+(?:[-=:]+\+)+[ \t]*$)", re.M)


def _grid_row_joined(m: re.Match) -> str:
    """A grid table's row wrapped onto several lines (:data:`_GRID_ROW`) as one line, in the same number of characters:
    each cell's parts joined in order (三、本年度办理结果（ / 七）总计: one label; a figure split by the wrap: one
    figure), the rest spaces; the figures' offsets move within the row. As it is where the lines do not split into
    the same number of cells (a cell spanning rows)."""
    rule, block = m.group(1), m.group(2)
    lines = [line.strip()[1:-1].split("|") for line in block.split("\n")[:-1]]
    if any(len(cells) != len(lines[0]) for cells in lines):
        return m.group()
    row = "| " + " | ".join("".join(part.strip() for part in column) for column in zip(*lines)) + " |"
    if len(row) >= len(block):
        return m.group()
    return rule + row + " " * (len(block) - len(row) - 1) + "\n"


# a table drawn with box-drawing characters (│ 规章 │ 0 │, ├──┼──┤): its vertical lines are cell separators, the rest
# (rules, corners, junctions) spaces
_BOX_CHAR = re.compile(r"[\u2500-\u257f]")
_BOX_TO_ASCII = {c: ("|" if chr(c) in "│┃║╎╏┆┇┊┋" else " ") for c in range(0x2500, 0x2580)}


# 表三 printed as key-value rows, each figure after its column's name (一、本年新收…：自然人 0，商业企业 39，…，总计 66):
# the names are blanked (the 其他 and 总计 columns would read as rows) and the colon and commas become tabs
_KV_NAMES = r"自然人|商业企业|科研机构|社会公益组织|法律服务机构|其[他它]|总计"
_KV_VALUE = r"(?:\d+(?:\.\d+)?|[/—\-无])"          # a figure or a blank cell's mark
_KV_CELL = re.compile(rf"(?:{_KV_NAMES})(?=[ \t]*[:：]?[ \t]*{_KV_VALUE}[ \t]*(?:[，,；;。]|$))", re.M)
_KV_SEPARATOR = re.compile(rf"[，,；;:：](?=[ \t]*{_KV_VALUE}[ \t]*(?:[，,；;。]|$))", re.M)
_KV_ROW_HINT = re.compile(r"商业企业[ \t]*[:：]?[ \t]*\d")
_KV_ROW = re.compile(r"^[^\n]*商业企业[ \t]*[:：]?[ \t]*\d[^\n]*$", re.M)


# a list item's bullet before a label (- 行政复议：…, • 规章：…): not a blank cell's dash
_BULLET = re.compile(r"^[ \t]*[-*•·][ \t]+(?=[\u4e00-\u9fff（(]|\d{1,2}[ \t]*[.．、][ \t]*[\u4e00-\u9fff])", re.M)


def _kv_names_masked(m: re.Match) -> str:
    line = m.group()
    if len(line) > 400 or len(_KV_CELL.findall(line)) < 4:       # (a whole report on one line is no such row)
        return line
    line = _KV_CELL.sub(_blank, line)
    return _KV_SEPARATOR.sub("\t", line)


# ---------------------------------------------------------------- regions → readings

def open_end(text: str, start: int, limit: int = 1000) -> int:
    """End of the values that follow ``start`` (the last row of a table has no next label): the run of value
    characters, cut before a year ("…20000022025年，我局…": the narrative's year)."""
    stop = min(len(text), start + limit)
    end = _OPEN_RUN.match(text, start, stop).end()
    # a year that starts inside the run ends with the 年 just after it (digits and spaces are in the run), unless the
    # limit cut the run
    year = _YEAR_AHEAD.search(text, start, end + 1 if end < stop else len(text))
    return year.start() if year and year.start() < end else end


def _cell_readings(text: str, start: int, end: int, n: int, zone: ZoneTokens | None = None,
                   every_fit: bool = False) -> list[Reading] | None:
    """Readings of a tab/pipe-separated row: positions survive, empty cells are blanks.

    Rows repeat across reports (a row of zeros, the same label tail): a row whose readings did not need the
    zone's tokens depends only on its text and the two characters after it (what the tokenizer looks at), so
    its readings are remembered relative to the row's start and placed again."""
    if not _CELL_SEP.search(text, start, end):
        return None
    raw = text[start:end]
    key = (raw, text[end:end + 2], n, every_fit)
    known = _ROW_MEMO.get(key, _UNKNOWN)
    if known is not _UNKNOWN:
        return None if known is None else _moved(known, start)
    found, pure = _cell_readings_of(text, start, end, raw, n, zone, every_fit)
    if pure:
        if len(_ROW_MEMO) >= _ROW_MEMO_SIZE:
            _ROW_MEMO.clear()
        _ROW_MEMO[key] = None if found is None else _moved(found, -start)
    return found


def _moved(readings: list[Reading], delta: int) -> list[Reading]:
    """``readings`` with every cell ``delta`` characters further on; a cell shared by several readings stays
    shared."""
    done: dict[int, Part] = {}
    out = []
    for r in readings:
        row = []
        for p in r:
            q = done.get(id(p))
            if q is None:
                q = done[id(p)] = p.moved(delta)
            row.append(q)
        out.append(tuple(row))
    return out


_ROW_MEMO: dict[tuple, list[Reading] | None] = {}
_ROW_MEMO_SIZE = 4096
_UNKNOWN = object()


def _cell_readings_of(text: str, start: int, end: int, raw: str, n: int, zone: ZoneTokens | None,
                      every_fit: bool) -> tuple[list[Reading] | None, bool]:
    """(:func:`_cell_readings`' readings, whether they were found without the zone's tokens)."""
    seg = clean_region(raw)
    if not _CELL_SEP.search(seg):
        return None, True
    same = seg == raw                        # nothing cleaned: every line cleans the same on its own
    pure = same
    lines, offset = [], start
    for line in seg.split("\n"):
        if _ANY_TOKEN_CHAR.search(text, offset, offset + len(line)) and _has_tokens(text, offset, line, zone, same):
            lines.append((offset, line))
        offset += len(line) + 1
    if len(lines) != 1:
        return None, pure
    base, line = lines[0]
    pieces, pos = [], 0
    simple = _SIMPLE_CELL.fullmatch
    first = last = -1                        # the first and last piece with a raw value
    spaced = False                           # a piece's digits spaced out read as one figure (| 5 0 |)
    split = _CELL_SEP.split(line)
    if len(split) > 1:
        # what is no cell: before the first separator when the row goes on from its label (规章<TAB><TAB>1<TAB>21: the
        # first TAB ends the label, the second the blank first cell), and after a markdown row's closing pipe
        if base == start and not split[0].strip():
            pos = len(split[0]) + 1
            split = split[1:]
        if len(split) > 1 and not split[-1].strip() and line[len(line) - len(split[-1]) - 1] == "|":
            split = split[:-1]
    for piece in split:
        if not piece or piece.isspace():     # an empty cell (most label columns)
            s = base + pos + len(piece)
            pieces.append(Part("", s, s, "blank"))
            pos += len(piece) + 1
            continue
        left = piece.lstrip()
        stripped = left.rstrip()
        s = base + pos + len(piece) - len(left)
        if stripped.isdecimal() or simple(stripped) or stripped in _CELL_WORDS:    # (isdecimal: \d+, without a call)
            figure = Part(stripped, s, s + len(stripped), _CELL_WORDS.get(stripped) or _simple_kind(stripped))
        elif _SPACED_DIGITS.fullmatch(stripped):
            # one figure whose digits an OCR spaced out in its cell (| 5 0 |: 50)
            figure, spaced = Part(stripped.replace(" ", ""), s, s + len(stripped), "int"), True
        else:
            figure = None
        if figure is not None:
            last = len(pieces)
            if first < 0:
                first = last
            pieces.append(figure)
            pos += len(piece) + 1
            continue
        a = base + pos
        # a piece without any token character (the tail of a row label) has no token: no tokenising needed
        toks = []
        if _ANY_TOKEN_CHAR.search(text, a, a + len(piece)):
            toks, pure = _toks(text, a, a + len(piece), zone), False
        if not toks and first < 0:
            pos += len(piece) + 1            # the tail of the row label (“三安全一稳定” + ”)
            continue
        if len(toks) != 1 or toks[0].end - toks[0].start != len(stripped) and not (
                toks[0].start == s and _UNIT_ONLY.fullmatch(stripped, toks[0].end - s)):
            return None, pure                # a piece holding words or several numbers (a unit after one: 0件)
        last = len(pieces)
        if first < 0:
            first = last
        pieces.append(Part(toks[0].text, s, s + len(stripped), toks[0].kind))
        pos += len(piece) + 1
    # keep positions where the row is complete; else drop empty edge pieces (label columns, trailing
    # separators). Which edge pieces are separators and which are blank cells can be undecidable from the row
    # alone ("label<TAB><TAB>0…0<TAB>": a blank first cell or a blank last one): with ``every_fit`` (tables
    # with identities to choose) every way that fits is a reading, ambiguous when the identities cannot
    # choose; without, the first of: all leading empties dropped, all trailing, both
    if spaced and len(pieces) != n:
        return None, pure                    # (a row a cell short: the spaced figures may be two cells run together)
    lead = first if first >= 0 else len(pieces)
    trail = len(pieces) - 1 - last if last >= 0 else len(pieces)
    if len(pieces) == n:
        if every_fit and trail == 1 and lead == 0 and line.endswith("\t") and \
                all(p.kind != "blank" for p in pieces[:-1]):
            # a full row whose last cell is empty, or a row that lost an empty cell before its trailing separator
            # (…\t3\t0\t0\t0\t0\t3\t): the identities choose
            core = pieces[:-1]
            return [tuple(pieces)] + _one_cell_lost(core, n), pure
        return [tuple(pieces)], pure
    cuts = [(a, b) for a, b in ((lead, 0), (0, trail), (lead, trail)) if len(pieces) - a - b == n]
    if cuts and not every_fit:
        a, b = cuts[0]
        return [tuple(pieces[a:len(pieces) - b])], pure
    if every_fit:
        cuts += [(a, b) for a in range(lead + 1) for b in range(trail + 1) if len(pieces) - a - b == n]
    if cuts:
        return [tuple(pieces[a:len(pieces) - b]) for a, b in dict.fromkeys(cuts)], pure
    core = pieces[lead:len(pieces) - trail]
    c = len(core)
    if c == 0:
        return None, pure
    if c < n - 1 and all(p.kind != "blank" for p in core):
        # two or more cells short and none left empty between its figures (a table with fewer columns: 自然人 |
        # 法人或其他组织 | 总计): where its figures belong is not in the row; padding them to either edge would place
        # them in columns they are not
        return None, pure
    pad = Part("", core[0].start, core[0].start, "blank")
    if c < n:
        if c == n - 1 and all(p.kind != "blank" for p in core):
            return _one_cell_lost(core, n), pure
        return [tuple(core + [pad] * (n - c)), tuple([pad] * (n - c) + core)], pure
    if c - n <= 2:
        return [tuple(p for i, p in enumerate(core) if i not in drop)
                for drop in combinations(range(c), c - n)], pure
    return None, pure


def _one_cell_lost(core: list[Part], n: int) -> list[Reading]:
    """Readings of a row one cell short with none of its cells empty: an empty cell was dropped wherever it stood
    (…\t277\t0\t0\t0\t124\t401 for seven cells: 社会公益组织's as well as 自然人's), the edges first; the identities
    choose, ambiguous where they cannot."""
    pad = Part("", core[0].start, core[0].start, "blank")
    return [tuple(core + [pad]), tuple([pad] + core)] + [tuple(core[:k] + [pad] + core[k:]) for k in range(1, n - 1)]


_SPACED_DIGITS = re.compile(r"[1-9](?: \d)+")

_NUMBER_CELL = re.compile(r"(?:^|[\t|])\s*\d+(?:\.\d+)?\s*(?=[\t|]|$)")   # a separated cell that is a plain number


def _has_tokens(text: str, offset: int, line: str, zone: ZoneTokens | None, same: bool = False) -> bool:
    """Whether ``text[offset:offset + len(line)]`` (``line``: that text as cleaned within its region) holds a
    token. When the line cleans the same on its own, its own tokens answer (the zone's tokens are not
    needed: a grid of plain cells never computes them); else the zone's. ``same``: the caller knows the
    line is its text unchanged."""
    if same or clean_region(text[offset:offset + len(line)]) == line:
        # a cell that is a plain number is a token (the enumerator rule needs "." or "、" right after it)
        if _NUMBER_CELL.search(line):
            return True
        end = offset + len(line)
        return _line_has_tokens(line, text[end:end + 2])
    return bool(_toks(text, offset, offset + len(line), zone))


@lru_cache(maxsize=4096)
def _line_has_tokens(line: str, after: str) -> bool:
    """Whether a line that cleans as itself holds a token; ``after``: the two characters that follow it (all
    :func:`tokens` looks at beyond a region: the enumerator rule). Label lines repeat across reports
    (“\t\t3.” before 危及…), so the answer is cached."""
    return bool(tokens(line + after, 0, len(line)))


@lru_cache(maxsize=4096)
def _t3_row_test(fmt: str, keys: tuple[str, ...], subtotal: bool = False) -> Callable[[tuple], bool] | None:
    """The test of one 表三 row's readings (:func:`_row_test`), its cells ``keys`` in their printed order, with
    the 小计 column's identities where ``subtotal``: built once for each (rows repeat in every report)."""
    return _row_test(list(keys), _t3_idents(fmt, subtotal))


def _t3_idents(fmt: str, subtotal: bool) -> list[Identity]:
    """表三's identities, with those of a printed 小计 column (:data:`ORG_SUBTOTAL`) where ``subtotal``."""
    return t3_identities(fmt) + (list(t3_subtotal_identities(fmt)) if subtotal else [])


def _row_test(keys: list[str], idents: list[Identity]) -> Callable[[tuple], bool] | None:
    """The identities of the row ``keys`` alone (those ``solve`` applies to a row first), as a test of a
    reading's cell values in key order; None when the row has none."""
    where = {k: j for j, k in enumerate(keys)}
    own = [([where[k] for k in i.lhs], [where[k] for k in i.rhs]) for i in idents
           if i.kind == "row" and i.keyset <= where.keys()]
    if not own:
        return None

    def test(values: tuple) -> bool:
        for lhs, rhs in own:
            if abs(sum(values[j] or 0 for j in lhs) - sum(values[j] or 0 for j in rhs)) >= 1e-9:
                return False
        return True
    return test


def region_readings(text: str, start: int, end: int, n: int, *, last: bool = False,
                    allow_sign: bool = False, zone: ZoneTokens | None = None) -> list[Reading]:
    return _row_readings(text, start, end, n, last, allow_sign, zone)[0]


def _row_readings(text: str, start: int, end: int, n: int, last: bool = False, allow_sign: bool = False,
                  zone: ZoneTokens | None = None, every_fit: bool = False,
                  accept: Callable[[tuple], bool] | None = None) -> tuple[list[Reading], bool]:
    """(readings, whether they are the row's one reading as a row of separated cells). ``accept``: the row's
    own identities as a test of cell values (see :func:`readings`), applied to split digit runs."""
    if last:
        written = _WRITTEN_OUT.match(text, start)     # 自然人3件，商业企业0件，…: each figure after its column's name
        if written:
            end = written.end()
        else:
            # the rest of a label that a narrow column wrapped (政府集中 / 14 301.11 / 采购: found by its opening words)
            start = _LABEL_REST.match(text, start).end()
            end = open_end(text, start)
    cell = _cell_readings(text, start, end, n, zone, every_fit)
    if cell:
        return cell[:ROW_CAP], len(cell) == 1
    return _token_readings(text, start, end, n, last, allow_sign, zone, accept)[:ROW_CAP], False


# a last row written out, each figure after its column's or measure's name (：自然人3件，商业企业0件，…，总计3件。;
# ：采购项目数量11个，采购总金额43336.25万元; 自然人：0 on a line of its own, one pair per line): two or more such
# pairs, to the end of the last
_WRITTEN_OUT = re.compile(r"(?:\s*[:：]?[^\S\n]*[\u4e00-\u9fff／/（）()]{1,12}[^\S\n]*[:：]?[^\S\n]*[+\-−]?\d[\d,.]*"
                          r"[^\S\n]*[\u4e00-\u9fff%％]{0,2}[^\S\n]*[，,、；;。]?){2,}")


def _token_readings(text: str, start: int, end: int, n: int, last: bool, allow_sign: bool,
                    zone: ZoneTokens | None, accept: Callable[[tuple], bool] | None = None) -> list[Reading]:
    back = start
    while back > 0 and text[back - 1] in " \t\u3000\n":
        back -= 1                               # (blank first cells: empty lines a caller's start skipped)
    if _EMPTY_LINE.search(text, back, end):
        by_line = _line_cells(text, start, end, n) or (_line_cells(text, back, end, n) if back < start else None)
        if by_line is not None:
            return [by_line]
    toks = _with_their_unit(text, _toks(text, start, end, zone, allow_sign))
    if not toks:
        # the label is printed with nothing after it: every cell of the row is blank
        return [tuple(Part("", start, start, "blank") for _ in range(n))]
    found = list(readings(toks, n, open_end=last, limit=ROW_CAP, accept=accept))
    # (as many runs as cells, but no reading that the row's identities keep: 1,6851,2262,… is 1,685 | 1,226 | …)
    groupings = comma_groupings(text, toks) if len(toks) < n or accept is not None and found and \
        not any(accept(_part_values(r)) for r in found) else []
    if groupings:
        # digit runs joined by commas (11,9473,118…): each comma a separator or a thousands mark; the row's own
        # identities choose among all these readings where they can
        seen = set(found)
        for alt in groupings:
            for r in readings(alt, n, open_end=last, limit=ROW_CAP, accept=accept):
                if r not in seen:
                    seen.add(r)
                    found.append(r)
            if len(found) >= 4 * ROW_CAP:
                break
        if accept is not None:
            found = [r for r in found if accept(_part_values(r))] or found
        found = found[:ROW_CAP]
    if found and accept is None and len(toks) < n and _apart(text, toks) and \
            not any(len(t.text) > 1 and t.text[0] == "0" for t in toks):      # (000000…: digits, not one figure)
        # figures apart from each other and their label, fewer than the cells, no identity of the row to choose (a
        # PDF's 规章 126 for 规章 | 126 | | : its text layer dropped the empty cells): each may be a whole figure as well
        # as digits run together, so the cells stay ambiguous, never a split taken for the figures
        found += [r for r in _whole_figures_placed(toks, n) if r not in found]
    if found and accept is not None and len(toks) < n and not any(accept(_part_values(r)) for r in found):
        # no way of splitting the digits satisfies the row's own identities: the row may have lost blank cells
        # (cells separated by spaces, an empty one gone: "14  1    0  3  0  18" for 14|1||0|3|0|18)
        lost = _lost_cell_readings(text, toks, n, accept)
        if lost:
            return lost
    if found:
        return found
    # too few digits to fill the row: blank cells were lost; those readings the row's own identities keep, if any
    lost = (_lost_cell_readings(text, toks, n, accept) if accept is not None else []) or \
        _lost_cell_readings(text, toks, n)
    if accept is None and _apart(text, toks):
        # figures apart from their label and each other (a PDF's 规章 12 for 规章 | | 12): each may be a whole figure as
        # well as digits run together, so that the cells' candidates hold their figures (no identity of the row
        # chooses: they stay ambiguous, never wrong)
        lost += [r for r in _whole_figures_placed(toks, n) if r not in lost]
    return lost


_UNIT_AFTER = re.compile(r"[^\S\n]*件")


def _with_their_unit(text: str, toks: list[Token]) -> list[Token]:
    """A row whose every figure prints its unit (6件 3件 0件 …): figures without it after the last are no cells (the
    next row's sequence number, an enumerator in a scrambled label)."""
    if len(toks) < 2 or text.find("件", toks[0].end, toks[-1].end + 3) < 0:
        return toks
    unit = [t.kind != "blank" and _UNIT_AFTER.match(text, t.end) is not None for t in toks]
    last = max((i for i, u in enumerate(unit) if u), default=-1)
    kept = toks[:last + 1] + [t for t in toks[last + 1:] if t.kind == "blank"]
    if sum(unit) < 2 or last == len(toks) - 1 or len(toks) - len(kept) > 2 or \
            any(not u and t.kind != "blank" for t, u in zip(toks[:last], unit)):
        return toks                          # (6件 3件 0 0 0 0 9: more than a number or two without a unit)
    return kept


def _simple_kind(cell: str) -> str:
    """The kind of a cell :data:`_SIMPLE_CELL` matched: a blank's mark (/ — 无), a decimal or an integer."""
    return "blank" if not cell[0].isdigit() else "decimal" if "." in cell else "int"


_EMPTY_LINE = re.compile(r"\n[ \t\u3000]*\n")


def _line_cells(text: str, start: int, end: int, n: int) -> Reading | None:
    """A row printed one cell per line, an empty line for a blank cell (a page rendered cell by cell): exactly ``n``
    lines after the label's, each empty or one plain cell, some of each; else None."""
    lines = text[start:end].split("\n")
    pos = start
    if lines and not lines[0].strip():          # the rest of the label's own line
        pos += len(lines[0]) + 1
        lines = lines[1:]
    if lines and not lines[-1].strip():         # the start of the line after the row
        lines = lines[:-1]
    if len(lines) != n:
        return None
    parts: list[Part] = []
    for line in lines:
        cell = line.strip()
        if not cell:
            parts.append(Part("", pos, pos, "blank"))
        elif _SIMPLE_CELL.fullmatch(cell):
            s = pos + line.index(cell)
            parts.append(Part(cell, s, s + len(cell), _simple_kind(cell)))
        else:
            return None
        pos += len(line) + 1
    kinds = {p.kind == "blank" and not p.raw for p in parts}
    return tuple(parts) if kinds == {True, False} else None


def _part_values(reading: Reading) -> tuple:
    return tuple(p.value for p in reading)


def _lost_cell_readings(text: str, toks: list[Token], n: int,
                        accept: Callable[[tuple], bool] | None = None) -> list[Reading]:
    """Readings with lost blank cells put back (those ``accept`` keeps, when given), narrowed to where the
    spacing shows the empty cells."""
    found = _with_lost_cells(toks, n)
    if accept is not None:
        found = [r for r in found if accept(_part_values(r))]
        if not found and len(toks) >= 2 and not any(t.kind == "blank" for t in toks):
            # a PDF's text layer drops every empty cell ("123 35 158" for 123||||35||158): each figure whole, in
            # order, the others blank, where the row's own identities hold (the column identities then choose, or
            # the cells stay ambiguous: no guess and no false alarm)
            found = [r for r in _whole_figures_placed(toks, n) if accept(_part_values(r))]
        if not found and sum(len(t.text) for t in toks) < n:
            found = _more_lost_cells(toks, n, accept)     # (only where the digits cannot fill the row)
    return _where_the_gaps_say(text, toks, found)


def _more_lost_cells(toks: list[Token], n: int, accept: Callable[[tuple], bool]) -> list[Reading]:
    """Readings with three lost blank cells or more put back, the fewest that ``accept`` keeps any of (a glued row
    that dropped its empty cells: 241236 for 24 | | 12 | | | | 36), bounded: where the figures lie among the blanks
    is the column identities' to choose, or the cells stay ambiguous — never a reading the row's identity breaks."""
    for lost in range(3, n - len(toks) + 1):          # (every figure kept: none dropped to make the row fit)
        found: list[Reading] = []
        tried = 0
        for short in readings(toks, n - lost, limit=ROW_CAP):
            for r in _with_blanks(short, n, combinations(range(n), lost)):
                tried += 1
                if accept(_part_values(r)):
                    found.append(r)
            if tried >= 4 * ROW_CAP or len(found) >= ROW_CAP:
                break
        if found:
            return found[:ROW_CAP]
    return []


def _apart(text: str, toks: list[Token]) -> bool:
    """Whether every token stands apart: white space (or the line's end) on both sides of each."""
    return all(t.start > 0 and text[t.start - 1].isspace() and (t.end == len(text) or text[t.end].isspace())
               for t in toks)


def _whole_figures_placed(toks: list[Token], n: int, cap: int = 200) -> list[Reading]:
    """Every way to put ``toks`` whole and in order into ``n`` cells, blanks elsewhere (at most ``cap`` ways)."""
    if len(toks) > n or math.comb(n, len(toks)) > cap:
        return []
    whole = tuple(Part(t.text, t.start, t.end, t.kind) for t in toks)
    return list(_with_blanks(whole, n, (set(range(n)).difference(w) for w in combinations(range(n), len(toks)))))


def _where_the_gaps_say(text: str, toks: list[Token], found: list[Reading]) -> list[Reading]:
    """Of readings with lost blank cells put back, those that put them where the spacing shows them: between
    cells separated evenly (one line each, or the same run of spaces), a gap of two lines or of twice the spaces
    held an empty cell ("14\n1\n\n0" or "14  1    0": an empty cell between 1 and 0). All of them when the
    spacing says nothing (uneven gaps, a lost cell at either end of the row), so that the identities decide or
    the cell stays ambiguous."""
    if len(found) < 2 or len(toks) < 2:
        return found
    gaps = [text[a.end:b.start] for a, b in zip(toks, toks[1:])]
    if any(g.strip() for g in gaps):
        return found
    lines = [g.count("\n") for g in gaps]
    if all(lines):
        sizes = lines                                  # one cell per line: count the lines
    elif not any(lines):
        sizes = [len(g) for g in gaps]                 # one line: count the spaces
    else:
        return found
    unit = min(sizes)
    if unit == 0 or any(w % unit for w in sizes):
        return found
    if 2 * sizes.count(unit) <= len(sizes):
        return found                                   # most gaps wider than the narrowest: no even spacing to read
    said = sorted(i + 1 for i, w in enumerate(sizes) for _ in range(w // unit - 1))
    if not said:
        return found
    starts = [t.start for t in toks]
    keep = []
    for r in found:
        where, passed = [], 0
        for p in r:
            if p.kind == "blank" and not p.raw:          # a blank put back: in the gap after ``passed`` tokens
                where.append(passed)
            else:
                passed = bisect_right(starts, p.start)
        if sorted(where) == said:
            keep.append(r)
    return keep or found


def _with_lost_cells(toks: list[Token], n: int, most: int = 2) -> list[Reading]:
    """Flattened rows lose blank cells; when the digits cannot fill the row, put blanks back."""
    for lost in range(1, most + 1):
        out: list[Reading] = []
        for short in readings(toks, n - lost, limit=ROW_CAP):
            out.extend(_with_blanks(short, n, combinations(range(n), lost)))
            if len(out) >= ROW_CAP:                  # bounded work whatever the digits (a hostile row)
                return out[:ROW_CAP]
        if out:
            return out
    return []


def _with_blanks(cells: Sequence[Part], n: int, blank_sets) -> Iterator[Reading]:
    """``cells`` in order in ``n`` cells, blanks at each set of positions of ``blank_sets`` in turn."""
    for where in blank_sets:
        parts, it = [], iter(cells)
        for i in range(n):
            parts.append(Part("", -1, -1, "blank") if i in where else next(it))
        yield tuple(_place_blanks(parts))


def _place_blanks(parts: list[Part]) -> list[Part]:
    """Give inserted blanks the offset of their neighbour so every cell has a span."""
    out = list(parts)
    for i, p in enumerate(out):
        if p.start < 0:
            near = next((q for q in out[i + 1:] + out[:i][::-1] if q.start >= 0), None)
            pos = near.start if near else 0
            out[i] = Part("", pos, pos, "blank")
    return out


def _status(p: Part) -> str:
    if p.kind != "blank":
        return VALUE
    return BLANK if not p.raw else NOT_APPLICABLE


# ---------------------------------------------------------------- the solver

@dataclass
class RowSlot:
    keys: Sequence[str]
    readings: list[Reading]


def _assignment_values(slots: Sequence[RowSlot], choice: Sequence[int]) -> dict[str, Part]:
    out: dict[str, Part] = {}
    for slot, i in zip(slots, choice):
        out.update(zip(slot.keys, slot.readings[i]))
    return out


def _score(values: dict[str, Part], idents: list[Identity]) -> tuple[int, int]:
    return _score_values({k: p.value for k, p in values.items()}, idents)


def _score_values(get: dict[str, float | int | None], idents: Sequence[Identity]) -> tuple[int, int]:
    """(row identities, column identities) that hold with every cell of theirs present."""
    row = col = 0
    for ident in idents:
        if all(k in get for k in ident.keys) and ident.holds(get):
            if ident.kind == "row":
                row += 1
            else:
                col += 1
    return row, col


def solve(slots: list[RowSlot], idents: list[Identity], alternatives: Sequence[dict[str, Part]] = (),
          _joint: bool = True) -> tuple[list[dict[str, Part]], list[str]]:
    """Best assignments (all tied at the top score) over per-row readings and whole alternatives.
    (``_joint=False``: every joint candidate built and compared, the plain form :func:`_solve_joint` is tested
    against.)"""
    notes: list[str] = []
    # row identities first: keep readings of a row that satisfy the identities of that row alone
    row_idents = [i for i in idents if i.kind == "row"]
    for slot in slots:
        if len(slot.readings) < 2:
            continue
        keyset = set(slot.keys)
        own = [i for i in row_idents if i.keyset <= keyset]
        if own and len(slot.readings) > 1:
            good = [r for r in slot.readings
                    if all(i.holds({k: p.value for k, p in zip(slot.keys, r)}) for i in own)]
            if good:
                slot.readings = good
    slots = [s for s in slots if s.readings]
    sizes = [len(s.readings) for s in slots]
    total = math.prod(sizes) if sizes else 0
    candidates: list[dict[str, Part]] = list(alternatives)
    if total and total <= JOINT_CAP and idents:
        if _joint and total > 1 and not alternatives and _disjoint(slots):
            return _solve_joint(slots, idents), notes
        for choice in product(*(range(n) for n in sizes)):
            candidates.append(_assignment_values(slots, choice))
    elif total:
        if idents:
            notes.append(f"{total} joint readings: {ROWS_ALONE}")
        # rows alone: every reading of a multi-reading row is a tie
        base = [0] * len(slots)
        candidates.append(_assignment_values(slots, base))
        for si, slot in enumerate(slots):
            for ri in range(1, len(slot.readings)):
                choice = list(base)
                choice[si] = ri
                candidates.append(_assignment_values(slots, choice))
        return candidates, notes
    if not candidates:
        return [], notes
    if len(candidates) > 1:                      # the sequential reading often equals the anchored one
        seen, unique = set(), []
        for c in candidates:
            sig = tuple(sorted((k, p.value, p.kind) for k, p in c.items()))
            if sig not in seen:
                seen.add(sig)
                unique.append(c)
        candidates = unique
    if len(candidates) == 1:
        return candidates, notes
    scores = [_score(c, idents) for c in candidates]
    top = max(scores)
    return [c for c, s in zip(candidates, scores) if s == top], notes


def _disjoint(slots: Sequence[RowSlot]) -> bool:
    """No key in two rows (then a joint candidate is its rows' readings side by side, none overriding another)."""
    n = sum(len(s.keys) for s in slots)
    return len({k for s in slots for k in s.keys}) == n


def _solve_joint(slots: list[RowSlot], idents: list[Identity]) -> list[dict[str, Part]]:
    """``solve``'s joint search over the product of the rows' readings (no whole alternatives; rows with disjoint
    keys), with the same result in the same order, without building and comparing every candidate:

    - readings of a row that give the same cells (value and kind, key by key) give the same candidates; the first
      stands for the others, as the first of equal candidates is the one kept;
    - an identity over rows with one reading each scores the same for every candidate: it is not scored;
    - only the candidates at the top score are built."""
    options: list[list[int]] = []
    for slot in slots:
        first: dict[tuple, int] = {}
        for i, r in enumerate(slot.readings):
            first.setdefault(tuple((p.value, p.kind) for _, p in zip(slot.keys, r)), i)
        options.append(list(first.values()))
    if math.prod(len(o) for o in options) == 1:
        return [_assignment_values(slots, [o[0] for o in options])]
    base: dict[str, float | int | None] = {}
    varying = [si for si, o in enumerate(options) if len(o) > 1]      # the rows with several distinct readings
    for si, (slot, o) in enumerate(zip(slots, options)):
        if len(o) == 1:
            base.update((k, p.value) for k, p in zip(slot.keys, slot.readings[o[0]]))
    varying_keys = {k for si in varying for k in slots[si].keys}
    scored = [i for i in idents if not varying_keys.isdisjoint(i.keys)]
    # the cell values of each distinct reading of each varying row, by reading index
    values = {si: {ri: [(k, p.value) for k, p in zip(slots[si].keys, slots[si].readings[ri])] for ri in options[si]}
              for si in varying}
    choices = list(product(*(options[si] for si in varying)))           # reading indices, in product order
    scores: list[tuple[int, int]] = []
    for choice in choices:
        get = dict(base)
        for si, ri in zip(varying, choice):
            get.update(values[si][ri])
        scores.append(_score_values(get, scored))
    top = max(scores)
    out = []
    for choice, score in zip(choices, scores):
        if score == top:
            pick = [o[0] for o in options]
            for si, ri in zip(varying, choice):
                pick[si] = ri
            out.append(_assignment_values(slots, pick))
    return out


def finish(table: str, fmt: str, span: tuple[int, int], keys: list[str], best: list[dict[str, Part]],
           idents: list[Identity], notes: list[str]) -> TableRead:
    out = TableRead(table, fmt, span, notes=notes)
    if len(best) == 1:
        return _finish_one(out, keys, best[0], idents)
    for key in keys:
        present = [p for p in (b.get(key) for b in best) if p is not None]
        if not present:
            out.cells[key] = Cell(key, None, "", MISSING)
            continue
        first = present[0]
        if all(p.value == first.value and p.kind == first.kind for p in present):
            out.cells[key] = Cell(key, first.value, first.raw, _status(first), (), (first.start, first.end))
        elif not any(p.value for p in present) and (zeros := [p for p in present if p.kind != "blank"]):
            # 0 in some readings, empty in the others (a row of zeros that lost an empty cell: 0 0 0 0 0 0 for seven
            # cells; a lone 0 under 表四's fifteen columns): the cell counts 0 whichever it is
            lo = min(p.start for p in zeros)
            hi = max(p.end for p in zeros)
            out.cells[key] = Cell(key, 0, zeros[0].raw, VALUE, (), (lo, hi))
        else:
            cands = sorted({p.value for p in present if p.value is not None})
            lo = min(p.start for p in present)
            hi = max(p.end for p in present)
            out.cells[key] = Cell(key, None, text_of(present), AMBIGUOUS, tuple(cands), (lo, hi))
    values = [{k: p.value for k, p in b.items()} for b in best]
    present_keys = {k for k, c in out.cells.items() if c.status != MISSING}
    # rows resolved alone: the candidates vary one row at a time, so an identity over ambiguous cells of several
    # rows may hold for a combination never tried; it is unverifiable, not broken
    unsolved = {k for k, c in out.cells.items() if c.status == AMBIGUOUS} if any(ROWS_ALONE in n for n in notes) else set()
    for ident in idents:
        if not ident.keyset <= present_keys:
            continue
        results = [ident.evaluate(v.get) for v in values]
        if unsolved and not unsolved.isdisjoint(ident.keyset) and ident.kind != "row":
            if any(abs(a - r) > 1e-9 for a, r in results):
                out.unverifiable.append(ident)
        elif all(abs(a - r) > 1e-9 for a, r in results):
            out.broken.append(Broken(ident, results[0][0], results[0][1]))
        elif any(abs(a - r) > 1e-9 for a, r in results):
            out.unverifiable.append(ident)
    return out


def _finish_one(out: TableRead, keys: list[str], b: dict[str, Part], idents: list[Identity]) -> TableRead:
    """``finish`` for the common case of a single best reading (no ambiguity to report)."""
    cells = out.cells
    values: dict[str, float | int | None] = {}
    get = b.get
    for key in keys:
        p = get(key)
        if p is None:
            cells[key] = make_cell(key, None, "", MISSING)
            continue
        value = p.value
        cells[key] = make_cell(key, value, p.raw, VALUE if p.kind != "blank" else (BLANK if not p.raw else NOT_APPLICABLE),
                               (), (p.start, p.end))
        values[key] = value
    for ident in idents:
        lhs = rhs = 0
        try:
            for k in ident.lhs:
                v = values[k]
                if v:
                    lhs += v
            for k in ident.rhs:
                v = values[k]
                if v:
                    rhs += v
        except KeyError:
            continue                               # a missing cell: the identity cannot be checked
        if abs(lhs - rhs) > 1e-9:
            out.broken.append(Broken(ident, lhs, rhs))
    return out


def text_of(parts: list[Part]) -> str:
    seen: list[str] = []
    for p in parts:
        if p.raw not in seen:
            seen.append(p.raw)
    return "|".join(seen)


# ---------------------------------------------------------------- 表三

def _find_labels(text: str, rows: Sequence[str], patterns: dict[str, str], start: int, end: int,
                 gap: int = 1500) -> list[tuple[str, int, int]]:
    """Row labels in template order; a label further than ``gap`` past the previous is not this table's (the gap
    counted without a table's padding and rules: the cells of a wide grid table are mostly spaces)."""
    found, cursor = [], start
    for row in rows:
        pat = compiled(patterns[row])
        m = pat.search(text, cursor, min(end, cursor + gap))
        if m is None:
            m = pat.search(text, cursor, min(end, _gap_end(text, cursor, gap)))
        if m:
            stop = m.end()
            while True:                      # merged cells exported as copies: | 四、结转… | 四、结转… |
                rep = _REPEAT_GAP.match(text, stop)
                again = pat.match(text, rep.end()) if rep and rep.end() > stop else None
                if not again:
                    break
                stop = again.end()
            found.append((row, m.start(), stop))
            cursor = stop
    return found


_FILLER = re.escape(" \t\u3000|+=:\n-")


@lru_cache(maxsize=None)
def _gap_without_filler(gap: int) -> re.Pattern[str]:
    return re.compile(f"(?:[{_FILLER}]*[^{_FILLER}]){{1,{gap}}}")


def _gap_end(text: str, start: int, gap: int) -> int:
    """Where ``gap`` characters other than a table's padding and rules (spaces, | + = : -) end, from ``start``."""
    m = _gap_without_filler(gap).match(text, start)
    return m.end() if m else start


def locate_t3(text: str, start: int = 0) -> int | None:
    """Where 表三 starts: its first row label, followed by the next (上年结转) — not a sentence that names the label
    and goes on with its figure and unit (新收政府信息公开申请数量为40件，上年结转3件: some reports say so first; a
    table row has its cells there, or the key-value row's 自然人 5，…)."""
    for m in RE_T3_NEW.finditer(text, start):
        said = _T3_SAID.match(text, m.end())
        if said and not _NEXT_FIGURE.match(text, said.end()):
            continue                # (615件0件0件…: a row whose every cell prints its unit, not a sentence)
        # (within 600 characters that are not blanks: a grid table pads its cells to the width of its widest)
        carried = RE_T3_CARRIED.search(text, m.end(), m.end() + 4000)
        gap = text[m.end():carried.start()] if carried else ""
        if carried and len("".join(gap.split())) <= 600 and not _a_sentence_between(gap):
            return m.start()
    return None


_SENTENCE_MARK = re.compile(r"[，。；！？]")
_COLUMN_NAME = re.compile(r"自\s*然\s*人|商\s*业\s*企\s*业|总\s*计|合\s*计")


def _a_sentence_between(gap: str) -> bool:
    """Whether what stands between 表三's first two labels is a sentence's, not a row's: sentence punctuation and
    fewer figures than a row has (本年度新收申请数量较上年增长20%，上年结转…), unless the row names its columns
    (一、本年新收…：自然人 5，商业企业 39，…，总计 66)."""
    return bool(_SENTENCE_MARK.search(gap)) and not _COLUMN_NAME.search(gap) and \
        len(re.findall(r"\d+", gap)) < 3


# (or the rest of the label's words first, the figure right after them: 本年新收 + 政府信息公开申请数量为400余件; no space,
# colon or comma there, which rows put before their cells: 本年新收政府信息公开申请数量<TAB>125件, …数量：自然人3件，…)
_NEXT_FIGURE = re.compile(r"[^\S\n]*[\d０-９]")
_T3_SAID = re.compile(r"\s*(?:为|是|共|共计|达|有)?\s*" + FIGURE_JIAN
                      + r"|[^\s\d，,。；:：]{1,12}?(?:为|是|共|共计|达|有)?(?=\S)" + FIGURE_JIAN)


# a breakdown of a row in rows of its own under it (其中：网上申请 34 6 …, 信函申请 …), or a group's subtotal row after its
# last row (小计 35 3 …): not the row's figures
_SUBTOTAL_LINE = r"^[ \t\u3000|]*[小合]\s*计(?=[\s|:：]*\d)"
_BREAKDOWN = re.compile(r"其\s*中\s*[:：]?[^\S\n]*[\u4e00-\u9fff]|" + _SUBTOTAL_LINE, re.M)
_SUBTOTAL = re.compile(_SUBTOTAL_LINE, re.M)
_A_FIGURE = re.compile(r"[0-9０-９]")


def _before_breakdown(text: str, start: int, stop: int) -> int:
    """Where a row's figures end when a breakdown (其中：…) or a subtotal (小计/合计 and its figures) follows them
    before the next row's label."""
    if text.find("中", start, stop) < 0 and text.find("计", start, stop) < 0:
        return stop                          # (every match holds one: most rows have neither)
    m = _BREAKDOWN.search(text, start, stop)
    return m.start() if m and _A_FIGURE.search(text, start, m.start()) else stop


def read_t3(text: str, start: int = 0, end: int | None = None) -> TableRead | None:
    schema = load_schema()
    zstart = locate_t3(text, start)
    if zstart is None:
        return None
    t4 = RE_T4_ANCHOR.search(text, zstart)
    zend = min(end or len(text), t4.start() if t4 else len(text), zstart + 20000)
    fmt = "2021" if RE_T3_2021_ONLY.search(text, zstart, zend) else "2019"
    rows = schema.t3_rows(fmt)
    labels = _find_labels(text, rows, T3_ROW_LABELS, zstart, zend)
    cols = schema.t3_columns
    zone = ZoneTokens(text, zstart, zend)
    head = text[max(0, zstart - 400):zstart]           # the header, just before the first row
    no_total = _t3_without_total(head, text, labels, zend, zone)
    order = _t3_header_order(head)
    if order is not None:
        cols = order                # the header prints the applicant columns in another order: its order is the cells'
    # (or a 小计 of the five after them: a column that is no cell, checked against them)
    idents = _t3_idents(fmt, ORG_SUBTOTAL in cols)
    split = _t3_column_parts(text, rows, labels, zend, zone, fmt) \
        if len(labels) == len(rows) and not no_total and order is None else None
    if split is not None:
        slots, values_end = split
        best, notes = solve(slots, idents)
        return finish("表三", fmt, (zstart, values_end), schema.keys("表三", fmt), best, idents, notes)
    if no_total:
        cols = cols[:-1]            # the figures are the applicant columns' alone: each 总计 is missing, not read
    slots: list[RowSlot] = []
    grid = True                     # every row one line of separated cells (a table as printed)
    for i, (row, s, e) in enumerate(labels):
        last = i == len(labels) - 1
        stop = _before_breakdown(text, e, labels[i + 1][1] if not last else zend)
        serial = _NEXT_SERIAL.search(text, e, stop)
        if serial is not None:
            stop = serial.start()       # the next row's 序号 before its label ("…\t10\n14\t2.没有现成信息…")
        keys = _t3_row_keys(row, cols)[:len(cols)]
        rd, as_cells = _row_readings(text, e, stop, len(cols), last=last, zone=zone, every_fit=True,
                                     accept=None if no_total else _t3_row_test(fmt, keys, ORG_SUBTOTAL in cols))
        grid = grid and as_cells
        slots.append(RowSlot(keys, rd))
    values_end = max([p.end for s in slots for r in s.readings[:1] for p in r] + [zstart])
    alternatives = []
    if not (grid and len(labels) == len(rows)):
        # the whole zone's numbers in order: for layouts that print the values apart from their labels
        seq = _toks(text, zstart, max(values_end, min(zend, open_end(text, values_end))), zone)
        if len(seq) == len(rows) * len(cols) and len(labels) == len(rows):
            parts = [Part(t.text, t.start, t.end, t.kind) for t in seq]
            keys = [f"t3.{r}.{c}" for r in rows for c in cols]
            alternatives.append(dict(zip(keys, parts)))
    best, notes = solve(slots, idents, alternatives)
    if no_total:
        notes.append("表三未印“总计”列：各行总计单元格缺失，涉及总计的勾稽关系无法核对")
    keys = schema.keys("表三", fmt)
    out = finish("表三", fmt, (zstart, max(values_end, zstart)), keys, best, idents, notes)
    return _unknown_if_figures_unplaced(out, text, zstart, zend, zone)


# a row's region ending where the next row's line opens with its serial number (a 序号 column) and a TAB, before
# the next label's start, where the label found starts after it (14<TAB>（四）无法提供<TAB>1., 13<TAB>8.属于)
_NEXT_SERIAL = re.compile(r"\n[ \t]*\d{1,3}[ \t]*\t[^\n\d]*(?:\d{1,2}[.．、][^\n\d]*)?$")

# 表三's header as printed before its first row: the applicant columns' names, with 总计 (合计) after them or not
_T3_HEADER_NATURAL = re.compile(r"自\s*然\s*人")
_T3_HEADER_ORG = re.compile(r"商\s*业\s*企\s*业")
_T3_HEADER_TOTAL = re.compile(r"总\s*计|合\s*计")


def _t3_without_total(head: str, text: str, labels: list[tuple[str, int, int]], zend: int, zone: ZoneTokens) -> bool:
    """Whether 表三 is printed without its 总计 column: its header (``head``, just before its first row) names the
    applicant columns (自然人, 商业企业…) and no 总计 after them, and most rows hold one figure fewer than the
    template's columns. Its figures are then the applicant columns', from the left (padding them to the template's
    width would shift every figure a column to the right, or leave 自然人 blank)."""
    natural = None
    for natural in _T3_HEADER_NATURAL.finditer(head):
        pass
    if natural is None or not _T3_HEADER_ORG.search(head, natural.end()):
        return False
    # 总计 may head its column on the header's first line (申请人情况 … 总计, a cell spanning its lines)
    applicants = head.rfind("申请人", 0, natural.start())
    if _T3_HEADER_TOTAL.search(head, applicants if applicants >= 0 else natural.start() - 80):
        return False
    stops = [s for _, s, _ in labels[1:]] + [zend]
    counts = Counter(len(_toks(text, e, _before_breakdown(text, e, stop) if i < len(labels) - 1 else open_end(text, e),
                               zone)) for i, ((_, _, e), stop) in enumerate(zip(labels, stops)))
    return bool(counts) and counts.most_common(1)[0][0] == len(load_schema().t3_columns) - 1


@lru_cache(maxsize=None)
def _t3_row_keys(row: str, cols: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The keys of one 表三 row's cells, in column order (the template's unless ``cols`` gives the header's)."""
    return tuple(f"t3.{row}.{c}" for c in cols or load_schema().t3_columns)


# 表三's legal-person columns as its header names them (after 法人或其他组织, whose 其他 is not the column's)
_T3_ORG_HEADER = re.compile(r"法\s*人\s*或\s*其\s*他\s*组\s*织")
_T3_ORG_NAMES = tuple((col, re.compile(loose(name))) for col, name in (
    ("commercial", "商业企业"), ("research", "科研机构"), ("social_welfare", "社会公益组织"),
    ("legal_service", "法律服务机构"), ("org_other", "其他")))


def _t3_header_order(head: str) -> tuple[str, ...] | None:
    """表三's columns in the order its header (``head``, just before its first row) prints them, when that is not the
    template's: the five legal-person columns in another order (法律服务机构 before 社会公益组织), with a 小计 of the
    five after them (a column of figures that is no cell of the template: :data:`ORG_SUBTOTAL`), or 自然人, the five
    and 总计 in another order (总计 first; the five before 自然人) — read from the header's first row in a header of two
    (总计 / 自然人 / 法人或其他组织 over 商业企业 … 其他), where the five's names come after every word of that row.
    None when the header is the template's or does not name all five."""
    org = None
    for org in _T3_ORG_HEADER.finditer(head):
        pass
    if org is None:
        return None
    at = {}
    for col, rx in _T3_ORG_NAMES:
        m = rx.search(head, org.end())
        if m is None:
            return None
        at[col] = m.start()
    printed = sorted(at, key=at.__getitem__)
    if len(set(at.values())) < len(at):
        return None
    hs = max(head.rfind("申请人", 0, org.start()), head.rfind("本列数据", 0, org.start()), head.rfind("。", 0, org.start()), 0)
    total = _T3_TOTAL_HEAD.search(head, hs)       # (the header's, not the prose's before it)
    subtotal = _T3_SUBTOTAL.search(head, max(at.values()))
    # (a 合计 there is a subtotal only where the header names a 总计 too: else it is the table's total column)
    subtotaled = subtotal is not None and (subtotal.group()[0] == "小" or total is not None)
    five = [*printed, ORG_SUBTOTAL] if subtotaled else printed
    natural = _T3_NATURAL_HEAD.search(head, hs)
    if total is None and not subtotaled:
        total = _T3_SUBTOTAL.search(head, hs)
    marks = [(org.start(), "org"), (natural.start() if natural else -1, "natural"),
             (total.start() if total else len(head), "total")]
    lo, hi = min(p for p, _ in marks if p >= 0), max(p for p, _ in marks if p < len(head))
    if "\n" in head[lo:hi + 1] or _T3_APPLICANTS_HEAD.search(head, head.rfind("\n", 0, lo) + 1, lo):
        # (the three on rows of their own: 总计 merged down from the header's first row prints before 自然人 of its
        # second, wherever its column is; so on one line after 申请人情况, the row 总计 shares with it in the template:
        # a page run into one line; the template's order, as before)
        marks = [(0, "natural"), (1, "org"), (2, "total")]
    order = tuple(c for _, group in sorted(marks) for c in (five if group == "org" else [group]))
    if order == ("natural", *(col for col, _ in _T3_ORG_NAMES), "total"):
        return None
    return order


_T3_NATURAL_HEAD = re.compile(r"自\s*然\s*人")
_T3_APPLICANTS_HEAD = re.compile(r"申\s*请\s*人\s*情\s*况")
_T3_TOTAL_HEAD = re.compile(r"总\s*计")


# a 小计 (合计) of the five legal-person columns, printed after them in the header
_T3_SUBTOTAL = re.compile(r"小\s*计|合\s*计")


# figures in a table's zone enough to fill two rows: when fewer than half of them came out as cells, the rest stand
# where no row label is (the table transposed, its rows as columns), and no cell can be trusted to be where it was read
_FIGURES_NOT_BLANK = 14


def _unknown_if_figures_unplaced(out: TableRead, text: str, start: int, end: int, zone: ZoneTokens) -> TableRead:
    placed = 0
    for c in out.cells.values():
        if c.status == AMBIGUOUS:
            return out
        if c.status == VALUE:
            placed += 1
            if placed >= _FIGURES_NOT_BLANK:            # (most tables: decided within their first rows)
                return out
    if not out.cells:
        return out
    figures = [t for t in _toks(text, start, end, zone) if t.kind != "blank"]
    if len(figures) < _FIGURES_NOT_BLANK or placed * 2 >= len(figures):
        return out
    for key, cell in out.cells.items():
        if cell.status in (BLANK, VALUE):
            out.cells[key] = Cell(key, None, "", MISSING)
    out.broken.clear()                       # (the identities were tested on the cells withdrawn: none is known)
    out.unverifiable.clear()
    out.notes.append(f"{out.table}的{len(figures)}个数字大多不在行标签之后（表格可能行列转置），无法对应到单元格")
    return out


def _t3_column_parts(text: str, rows: list[str], labels: list[tuple[str, int, int]], zend: int, zone: ZoneTokens,
                     fmt: str) -> tuple[list[RowSlot], int] | None:
    """表三 printed as two tables side by side cut apart (a page too narrow): the first with some applicant columns,
    the second (续表) with the rest and 总计, each with every row label. Each row's reading is its figures in the first
    part followed by those in the second; the parts' widths are those most of their rows show (together 7). None
    unless the second part repeats every row label."""
    again = compiled(T3_ROW_LABELS[rows[0]]).search(text, labels[-1][2], zend)
    if again is None:
        return None
    second = _find_labels(text, rows, T3_ROW_LABELS, again.start(), zend)
    if len(second) != len(rows):
        return None
    ends = [s for _, s, _ in labels[1:]] + [again.start()], [s for _, s, _ in second[1:]] + [zend]
    widths = []
    for part, stops in zip((labels, second), ends):
        counts = Counter(len(_toks(text, e, stop if i < len(part) - 1 else open_end(text, e), zone))
                         for i, ((_, _, e), stop) in enumerate(zip(part, stops)))
        widths.append(counts.most_common(1)[0][0])
    cols = load_schema().t3_columns
    if sum(widths) != len(cols) or min(widths) < 1:
        return None
    slots, end = [], labels[-1][2]
    for i, row in enumerate(rows):
        last = i == len(rows) - 1
        pieces = []
        for part, stops, n in zip((labels, second), ends, widths):
            rd, _ = _row_readings(text, part[i][2], stops[i], n, last=last, zone=zone, every_fit=True)
            pieces.append(rd)
        readings = [a + b for a in pieces[0] for b in pieces[1]][:ROW_CAP]
        test = _t3_row_test(fmt, _t3_row_keys(row))
        if test is not None and len(readings) > 1:
            readings = [r for r in readings if test(_part_values(r))] or readings
        end = max([end] + [p.end for r in readings[:1] for p in r])
        slots.append(RowSlot(_t3_row_keys(row), readings))
    return slots, end


# ---------------------------------------------------------------- 表四

_T4_HEADER_CHARS = set("行政复议诉讼未经直接起后结果维持纠正其他尚审总合计（）()")
# a label before the figures of 表四's one row (数量（件）, 件数, 案件数量, 类型: a table with a row-label column)
_T4_ROW_LABEL = re.compile(r"[^\S\n]*[\u4e00-\u9fff（）()]{1,8}[^\S\n]*(?:[|\t][^\S\n]*|(?=\d))(?=[\d/—–\-无])")
_T4_RESULT_HEAD = re.compile(r"结\s*果\s*维\s*持")
_T4_SKIP_LINE = re.compile(r"[ \t]*(?:注[:：]|—\s*\d+\s*—|-\s*\d+\s*-)[^\n]*\n")
# a header row's label-column cell (项目<TAB>总计<TAB>结果维持…: a table with a row-label column), before more header
_T4_LABEL_CELL = re.compile(r"[ \t]*(?:项\s*目|类\s*[别型]|内\s*容|事\s*项)[ \t]*(?:[|\t]|(?=[复诉起未总结其尚]))")


def _t4_header_end(text: str, pos: int) -> tuple[int, int]:
    """End of a 表四 header that starts at ``pos`` (words may be split across lines in PDFs)
    and how many header characters it has."""
    n = 0
    i = pos
    while i < len(text):
        ch = text[i]
        if ch in _T4_HEADER_CHARS:
            n += 1
        elif not (ch.isspace() or ch in "|:-.．·"):          # docling joins header levels with dots
            m = (_T4_SKIP_LINE.match(text, i) or _T4_LABEL_CELL.match(text, i)) \
                if text[i - 1:i] == "\n" or i == pos else None
            if not m:
                break
            i = m.end()
            continue
        i += 1
    line = text.rfind("\n", pos, i)
    if line >= 0 and "\t" in text[line + 1:i] and not text[line + 1:i].strip(" \t\u3000"):
        return line, n          # the figures' row opens with empty cells (TABs): its cells start at its line
    return i, n


def _t4_figures_start(text: str, header_end: int) -> int:
    """Where 表四's figures start after its header: past a row-label cell (数量（件）), if there is one."""
    label = _T4_ROW_LABEL.match(text, header_end)
    return label.end() if label else header_end


def _t4_values(text: str, header_end: int, keys: list[str], idents: list[Identity]):
    header_end = _t4_figures_start(text, header_end)
    rd = region_readings(text, header_end, header_end, len(keys), last=True)
    if not rd:
        return None
    if len(rd) >= ROW_CAP:
        rd = _t4_run_by_sums(text, header_end, len(keys)) or rd
    best, notes = solve([RowSlot(keys, rd)], idents)
    if best and not any(_holds_all(b, idents) for b in best):
        if 1 < len(_figures_after(text, header_end)) < len(keys):
            # fewer separated figures than cells, and no way of cutting them into more keeps the groups' totals:
            # the empty cells were left out (5 4 5 14 0 0 9 9 0 11 11), not separators lost: the figures cannot
            # be placed (a guess would read 14 as 1 and 4 and report totals that do not add up)
            return None
    return best, notes


# 表四's groups in the template's order: each group's 总计 (its fifth cell) sums its four results
_T4_SUMS = ((0, 4), (5, 9), (10, 14))


def _figures_after(text: str, start: int) -> list:
    """The figures (no blank) of the run of values that starts at ``start``."""
    return [t for t in _toks(text, start, open_end(text, start), None) if t.kind != "blank"]


def _holds_all(reading: dict[str, Part], idents: list[Identity]) -> bool:
    values = {k: p.value for k, p in reading.items()}
    return all(i.holds(values) for i in idents)


def _t4_run_by_sums(text: str, start: int, n: int) -> list[Reading]:
    """表四's figures run together in one run of digits with more ways into fifteen cells than are looked at
    (９３０１２２４４００１７０５７１１００３５４６): the ways in which every group's 总计 sums its results, found directly."""
    toks = _figures_after(text, start)
    if len(toks) != 1 or toks[0].kind != "int" or not toks[0].text.isdigit():
        return []
    return sum_readings(toks[0], n, _T4_SUMS, ROW_CAP)


def read_t4(text: str, start: int = 0) -> TableRead | None:
    keys = load_schema().keys("表四", "2019+2021")
    idents = t4_identities()
    first = RE_T4_ANCHOR.search(text, start)
    if first is None:
        return None
    labelled_first = bool(_T4_RESULT_THEN_FIGURE.search(text, first.end(), first.end() + 1500))
    if labelled_first:                      # 结果维持 0 / 结果维持 1 0 0: the results label the rows
        labelled = _read_t4_labelled(text, first.end(), keys, idents)
        if labelled is not None:
            return labelled
    unread = None                           # the first whole header whose figures could not be placed
    for anchor in RE_T4_ANCHOR.finditer(text, start):
        hend, n = _t4_header_end(text, anchor.start())
        if n < 16 or not RE_T4_HEADER_WORD.search(text, anchor.end(), hend):
            continue
        whole = bool(re.search(r"起\s*诉", text[anchor.start():hend]))
        got = _t4_values(text, hend, keys, idents) if whole else None
        if got is None:
            grouped = _read_t4_grouped(text, anchor.start(), keys, idents)
            if grouped:
                return grouped
            if whole and unread is None:
                unread = (anchor.start(), hend)
            continue
        best, notes = got
        if _t4_after_review_first(text, anchor.start(), hend):
            best = [{_t4_other_group(key): part for key, part in b.items()} for b in best]
            notes = notes + ["表四表头“复议后起诉”在“未经复议直接起诉”之前，已按表头对应"]
        words = _t4_words(text, anchor.start(), hend)
        ordered = _t4_in_header_order(words, keys, best, notes)
        if ordered is not None:
            best, notes = ordered
        elif len(words) < 3 * len(_T4_RESULTS):      # the header does not name each of its fifteen columns
            moved = _t4_total_first_by_figures(best, keys, idents)
            if moved is not None:
                best = moved
                notes = notes + ["表四表头的结果列无法逐列辨认（如PDF中折行），按模板列序各组总计不符、按总计在前的列序全部相符，"
                                 "已按总计在前读取"]
        end = max((p.end for b in best for p in b.values()), default=hend)
        return finish("表四", "2019+2021", (anchor.start(), end), keys, best, idents, notes)
    found = _read_t4_in_parts(text, first.start(), keys, idents) or \
        (None if labelled_first else _read_t4_labelled(text, first.end(), keys, idents))
    return found if found is not None or unread is None else _t4_unplaced(text, *unread, keys)


def _t4_unplaced(text: str, start: int, header_end: int, keys: list[str]) -> TableRead:
    """表四 found by its whole header, with figures after it that cannot be placed in its fifteen cells (fewer than
    fifteen and too many ways to spread them: a PDF's text layer that dropped the empty cells of a table without
    column rules): the table is there, every cell unknown (not "未找到表四")."""
    figures_at = _t4_figures_start(text, header_end)
    end = open_end(text, figures_at)
    figures = [t for t in tokens(text, figures_at, end) if t.kind != "blank"]
    out = TableRead("表四", "2019+2021", (start, end if figures else header_end))
    for key in keys:
        out.cells[key] = Cell(key, None, "", MISSING)
    out.notes.append(f"表四的表头已找到，其后{len(figures)}个数字无法逐一对应到{len(keys)}个单元格（空白单元格可能未留位置），"
                     "未读取" if figures else "表四的表头已找到，其后没有可读的数字，未读取")
    return out


# 表四's result columns in the template's order, their header words, and what a reader is told they are called
_T4_RESULTS = ("upheld", "corrected", "other", "pending", "total")
_T4_RESULT_WORD = re.compile(r"(?P<upheld>结\s*果\s*维\s*持)|(?P<corrected>结\s*果\s*纠\s*正)|(?P<other>其\s*[他它]\s*结\s*果)"
                             r"|(?P<pending>尚\s*未\s*审\s*结)|(?P<total>总\s*计|合\s*计)")
_T4_RESULT_ZH = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计"}


def _t4_column_order(words: list[str]) -> tuple[str, ...] | None:
    """The result columns' order 表四's header prints (``words``: its result words in order), when it is not the
    template's: each of its three groups names the five results in the same other order (总计 first: 总计 结果维持 …).
    None otherwise. (A header that names fewer than fifteen — a PDF that wrapped 结果维持 into 结果维 / 持 gives only
    the 总计 cells whole — leaves the order to the figures: :func:`_t4_total_first_by_figures`.)"""
    n = len(_T4_RESULTS)
    if len(words) < 3 * n or len(words) % n:
        return None
    order = tuple(words[:n])
    # (four groups of five: a DOCX whose 复议 header cells, merged down, print in both of its rows)
    if sorted(order) != sorted(_T4_RESULTS) or order == _T4_RESULTS or words != list(order) * (len(words) // n):
        return None
    return order


_T4_TOTAL_FIRST = ("total",) + _T4_RESULTS[:-1]


def _t4_total_first_by_figures(best: list[dict[str, Part]], keys: list[str],
                               idents: list[Identity]) -> list[dict[str, Part]] | None:
    """With a header that cannot tell the columns' order, the figures in the order 总计 first (a common variant),
    when every reading in the template's order breaks a group's total and in that order every group's holds:
    the identities tell the order. None otherwise (the template's order stands, and a broken total is reported)."""
    if not best or any(_holds_all(b, idents) for b in best):
        return None
    moved = [_t4_reordered(b, keys, _T4_TOTAL_FIRST) for b in best]
    return moved if all(_holds_all(b, idents) for b in moved) else None


# 表四's two litigation groups as its header names them
_T4_DIRECT = re.compile(r"(?:未\s*经\s*(?:行\s*政\s*)?复\s*议|直\s*接)\s*(?:向\s*法\s*院\s*)?(?:提\s*起\s*)?(?:起\s*诉|诉\s*讼)")
_T4_AFTER_REVIEW = re.compile(r"复\s*议\s*后\s*(?:再\s*)?(?:提\s*起\s*)?(?:起\s*诉|诉\s*讼)")


def _t4_after_review_first(text: str, start: int, end: int) -> bool:
    """Whether 表四's header (``text[start:end]``) names 复议后起诉 before 未经复议直接起诉 (the template's order is the
    other): the figures under them are then the after-review group's first."""
    direct, after = _T4_DIRECT.search(text, start, end), _T4_AFTER_REVIEW.search(text, start, end)
    return direct is not None and after is not None and after.start() < direct.start()


def _t4_other_group(key: str) -> str:
    """``key`` of one litigation group as the other's (t4.lit_direct.total ↔ t4.lit_after_review.total)."""
    if key.startswith("t4.lit_direct."):
        return "t4.lit_after_review." + key[len("t4.lit_direct."):]
    if key.startswith("t4.lit_after_review."):
        return "t4.lit_direct." + key[len("t4.lit_after_review."):]
    return key


def _t4_reordered(reading: dict[str, Part], keys: list[str], order: tuple[str, ...]) -> dict[str, Part]:
    """A reading made in the template's column order, its figures put under the columns the header names."""
    n = len(_T4_RESULTS)
    moved = {keys[i]: keys[i - i % n + _T4_RESULTS.index(order[i % n])] for i in range(len(keys))}
    return {moved[key]: part for key, part in reading.items()}


# a result label with a figure after it (a row label, not the header: 结果维持 1 0 0, 行政复议结果维持：0)
# a line of prose after a table: a sentence's end on it (。), no cell separators
_SENTENCE_AFTER = re.compile(r"^[^\n|\t]*。", re.M)
_T4_RESULT_THEN_FIGURE = re.compile(r"结\s*果\s*维\s*持[^\S\n]*[:：|]?[^\S\n]*\d")
_T4_GROUP_WORD = re.compile(r"复\s*议|起\s*诉|诉\s*讼")
# a group's results in brackets after its count (not a note: a table's tokens drop bracketed notes)
_T4_RESULTS_IN_BRACKETS = re.compile(r"[（(][^（）()\n]{0,6}结\s*果\s*维\s*持[^（）()\n]{0,80}[）)]")
_BRACKET = re.compile(r"[（）()]")
# where 表四's part ends: the next part's heading (五、 / 六、)
_T4_PART_END = re.compile(r"^[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?[五六][ \t]*、", re.M)


def _read_t4_labelled(text: str, start: int, keys: list[str], idents: list[Identity],
                      window: int = 1500) -> TableRead | None:
    """表四 printed with its results as row labels or beside each figure: one line per figure (结果维持 0 … 总计 7,
    fifteen of them), a row per group under a 结果维持…总计 header (行政复议 5 0 0 2 7), or a row per result with the
    three groups as columns. The figures between its heading and the next part, exactly fifteen, are read in both
    orders (group by group; result by result) and the table's identities choose; None unless exactly fifteen."""
    stop = _T4_PART_END.search(text, start, min(len(text), start + window))
    end = stop.start() if stop else min(len(text), start + window)
    total = _SUBTOTAL.search(text, start, end)         # a 合计 row under the three groups' rows (not a group's own)
    if total and not _T4_GROUP_WORD.search(text, total.end(), end):
        end = total.start()
    if not _T4_RESULT_HEAD.search(text, start, end):
        return None
    bracketed = _T4_RESULTS_IN_BRACKETS.search(text, start, end) is not None
    if bracketed:                       # 行政复议2件（结果维持0件、…）: the brackets hold figures, each count before them
        text = text[:start] + _BRACKET.sub(" ", text[start:end]) + text[end:]
    toks = tokens(text, start, end)
    if len(toks) > len(keys):
        # prose after the table before the next part (…如下表。| 行政复议 | 结果维持 | 0 | … 本年度被申请行政复议32件。):
        # the table's figures end before the first sentence that follows them
        prose = _SENTENCE_AFTER.search(text, toks[0].end, end)
        if prose:
            end = text.rfind("\n", 0, prose.start()) + 1 or prose.start()
            toks = tokens(text, start, end)
    if len(toks) != len(keys) or any(t.kind == "decimal" for t in toks):
        return None
    parts = [Part(t.text, t.start, t.end, t.kind) for t in toks]
    groups = len(keys) // 5
    by_group = tuple(parts)
    by_result = tuple(parts[(k % 5) * groups + k // 5] for k in range(len(keys)))
    orders = [by_group, by_result]
    if bracketed:                       # each group's count first, its results after it
        total_first = _t4_reordered(dict(zip(keys, parts)), keys, _T4_TOTAL_FIRST)
        orders.append(tuple(total_first[k] for k in keys))
    best, notes = solve([RowSlot(keys, orders)], idents)
    return finish("表四", "2019+2021", (toks[0].start, toks[-1].end), keys, best, idents, notes)


def _read_t4_in_parts(text: str, start: int, keys: list[str], idents: list[Identity],
                      window: int = 1500) -> TableRead | None:
    """表四 printed as several tables, each with its own 结果维持…总计 header and its figures (行政复议 apart from
    行政诉讼): the figures after each header, in order, are the table's 15 cells. None unless exactly 15."""
    toks: list[Part] = []
    pos, first, limit = start, None, min(len(text), start + window)
    while len(toks) < len(keys):
        head = _T4_RESULT_HEAD.search(text, pos, limit)
        if head is None:
            break
        hend = _t4_figures_start(text, _t4_header_end(text, head.start())[0])
        end = open_end(text, hend)
        found = _separated_cells(text, hend, end) or [Part(t.text, t.start, t.end, t.kind) for t in tokens(text, hend, end)]
        pos = max(end, hend)
        if found:
            first = head.start() if first is None else first
            toks += found
    if len(toks) != len(keys) or first is None:
        return None
    best, notes = solve([RowSlot(keys, [tuple(toks)])], idents)
    # (the header words from the first header's line: a 总计 printed before 结果维持 is among them)
    best, notes = _t4_in_header_order(_t4_words(text, text.rfind("\n", 0, first) + 1, toks[-1].end), keys, best,
                                      notes) or (best, notes)
    return finish("表四", "2019+2021", (first, toks[-1].end), keys, best, idents, notes)


def _separated_cells(text: str, start: int, end: int) -> list[Part] | None:
    """The cells of one line of tab- or pipe-separated cells between ``start`` and ``end``, an empty cell's blank
    too (| 7 | 1 |  | 0 |: four cells); None where the figures are on no such line."""
    line_end = text.find("\n", start, end)
    line = text[start:end if line_end < 0 else line_end].strip()
    if not _CELL_SEP.search(line) or text[line_end if line_end >= 0 else end:end].strip():
        return None
    n = len(_CELL_SEP.split(line)) - line.startswith("|") - line.endswith("|")
    found = _cell_readings(text, start, end, n) if n > 1 else None
    return list(found[0]) if found and len(found) == 1 else None


_T4_GROUP_HEADS = (("review", r"行\s*政\s*复\s*议"), ("lit_direct", r"未\s*经\s*复\s*议|直\s*接\s*起\s*诉"),
                   ("lit_after_review", r"复\s*议\s*后\s*起\s*诉"))


def _read_t4_grouped(text: str, start: int, keys: list[str], idents: list[Identity]) -> TableRead | None:
    """表四 printed as three small tables, one per group (行政复议 / 直接起诉 / 复议后起诉)."""
    slots, cursor, first = [], start, None
    for group, head in _T4_GROUP_HEADS:
        m = re.compile(head).search(text, cursor, cursor + 600)
        if not m:
            return None
        hend, _ = _t4_header_end(text, m.end())
        gkeys = [k for k in keys if k.split(".")[1] == group]
        rd = region_readings(text, hend, hend, len(gkeys), last=True)
        if not rd:
            return None
        slots.append(RowSlot(gkeys, rd))
        cursor = max(p.end for p in rd[0])
        first = first if first is not None else m.start()
    best, notes = solve(slots, idents)
    best, notes = _t4_in_header_order(_t4_words(text, first or start, cursor), keys, best, notes) or (best, notes)
    return finish("表四", "2019+2021", (first or start, cursor), keys, best, idents, notes)


def _t4_words(text: str, start: int, end: int) -> list[str]:
    """The result words (:data:`_T4_RESULT_WORD`) of 表四's header between ``start`` and ``end``, in order."""
    return [m.lastgroup for m in _T4_RESULT_WORD.finditer(text, start, end)]


def _t4_in_header_order(words: list[str], keys: list[str], best: list[dict[str, Part]],
                        notes: list[str]) -> tuple[list[dict[str, Part]], list[str]] | None:
    """``best`` read in the template's column order, put in the order 表四's header (its result ``words``) prints
    every group's columns in, with a note; None where that is the template's (:func:`_t4_column_order`)."""
    order = _t4_column_order(words)
    if order is None:
        return None
    return ([_t4_reordered(b, keys, order) for b in best],
            notes + ["表四各组的列序与模板不同（" + "、".join(_T4_RESULT_ZH[c] for c in order) + "），已按表头对应"])


# ---------------------------------------------------------------- 表二

_WHOLE_DECIMAL = re.compile(r"[+\-−]?[\d,]+\.0+")


def _t2_fits(keys: list[str], reading: Reading) -> bool:
    schema = load_schema()
    # (a spreadsheet prints every figure of the row with its decimals: 2.00 beside a plain 4 is no count)
    whole = all(p.kind in ("blank", "decimal") for p in reading)
    for key, part in zip(keys, reading):
        typ = schema.spec(key).type
        if part.kind == "decimal" and typ != "decimal" and not (whole and _WHOLE_DECIMAL.fullmatch(part.raw)):
            return False                     # (a count in a spreadsheet's number format, 2.00, is a whole count)
        if part.raw.startswith(("+", "-")) and part.kind != "blank" and typ != "signed_int":
            return False
    return True


def _t2_anchor(text: str, start: int, end: int) -> tuple[re.Match, str] | None:
    """表二's anchor (第二十条第（一）项, or its header) and format: the first followed within 400 characters by
    the header of the 2021 or the 2019 format, with no sentence between (:data:`RE_PROSE`: the narrative
    cites 第二十条第（一）项 too)."""
    for anchor in RE_T2_ANCHOR.finditer(text, start, end):
        head_end = anchor.start() + 400
        for fmt, header in (("2021", RE_T2_2021), ("2019", RE_T2_2019)):
            h = header.search(text, anchor.start(), head_end)
            if h:
                if not RE_PROSE.search(text, anchor.end(), h.start()):
                    return anchor, fmt
                break
    row = _T2_UNDER_HEADING.search(text, start, end)    # no article cited, no 信息内容 before the header's words
    if row is not None:
        return row, ("2019" if RE_T2_2019.match(text, row.start("head")) else "2021")
    return None


# 表二 under its part's heading with its first row's label and measure at once: 规章 本年制发件数 0 (a table without the
# article column or 信息内容), 规章：本年制发1件，… (rows written out one per line); no sentence between
_T2_UNDER_HEADING = re.compile(r"主\s*动\s*公\s*开\s*政\s*府\s*信\s*息\s*(?:情\s*况)?[^。；！？\d，,、]{0,40}?\n[ \t\u3000●•·*|\-]*"
                               r"规\s*章[\s:：|—–\-]{0,8}(?P<head>本\s*年\s*制\s*发|本\s*年\s*新\s*制\s*作)")


def read_t2(text: str, start: int = 0, end: int | None = None) -> TableRead | None:
    end = len(text) if end is None else end
    found = _t2_anchor(text, start, end)
    if found is None:
        return None
    anchor, fmt = found
    prefix = "t2" if fmt == "2021" else "t2v19"
    rows = T2_ROWS[fmt]
    t3 = locate_t3(text, anchor.start())
    if t3 is not None:
        end = min(end, t3)
    labels = _find_labels(text, [r for r, _ in rows], T2_ROW_LABELS, anchor.start(), end, gap=400)
    measures = dict(rows)
    slots = []
    fee_head = None
    for i, (row, s, e) in enumerate(labels):
        last = i == len(labels) - 1
        stop = _before_breakdown(text, e, labels[i + 1][1]) if not last else end
        if last:                                 # 行政事业性收费 本年收费金额（单位：万元） 1987.5: the measure in the row
            e = _T2_MEASURE_IN_ROW.match(text, e).end()
            fee_head = e if row == "admin_fee" else None
        keys = [f"{prefix}.{row}.{m}" for m in measures[row]]
        rd = [r for r in region_readings(text, e, stop, len(keys), last=last, allow_sign=fmt == "2019")
              if _t2_fits(keys, r)]
        slots.append(RowSlot(keys, rd[:ROW_CAP]))
    if not slots:
        return None
    best, notes = solve(slots, [])
    keys = load_schema().keys("表二", fmt)
    vend = max([p.end for s in slots for r in s.readings[:1] for p in r] + [anchor.end()])
    out = finish("表二", fmt, (anchor.start(), vend), keys, best, [], notes)
    fee = next((s for row, s, _ in labels if row == "admin_fee"), None)
    if fmt == "2021" and fee is not None and _FEE_IN_YUAN.search(text, anchor.start(), fee_head or fee):
        _fee_to_wan(out, f"{prefix}.admin_fee.amount_wan")
    return out


# a measure's name between the last row's label and its figure (a table that names the measure in each row)
_T2_MEASURE_IN_ROW = re.compile(r"[\s:：|—–\-]*(?:(?:本\s*年\s*)?(?:收\s*费\s*金\s*额|处\s*理\s*决\s*定\s*数\s*量)"
                                r"(?:\s*[（(][^）)\n]{0,12}[)）])?[^\S\n]*[:：]?)?")
# 表二's fee column headed in 元, not the template's 万元: 本年收费金额（单位：元）, 收费金额（元）
_FEE_IN_YUAN = re.compile(r"收\s*费\s*金\s*额\s*[（(]\s*(?:单\s*位\s*[:：]\s*)?元\s*[)）]")


def _fee_to_wan(out: TableRead, key: str) -> None:
    """The fee cell of a 表二 whose header prints it in 元, in the template's 万元 (its raw the figure in 万元 to the
    same precision: 34562 元 is 3.4562), with a note."""
    from decimal import Decimal, InvalidOperation
    cell = out.cells.get(key)
    if cell is None or cell.status != VALUE or cell.value is None:
        return
    try:
        wan = Decimal(cell.raw.replace(",", "").replace("，", "")) / 10000
    except InvalidOperation:
        return
    out.cells[key] = Cell(key, float(wan), str(wan), VALUE, (), cell.span)
    out.notes.append(f"收费金额按表头所示单位“元”印出（{cell.raw}元），已换算为{wan}万元")
