"""HTML pages: decode, parse leniently, find the report among the site chrome, render it as lines.

* Charset: an explicit ``encoding`` wins; then a BOM; then ``<meta charset>`` / ``http-equiv``
  (GB2312/GBK read as GB18030, their superset); then UTF-8, GB18030 and charset-normalizer. A
  multi-byte character cut off at the very end (a truncated download) is dropped with a warning.
* Parsing: ``lxml.html`` in recovery mode, so truncated or malformed markup still yields its text.
* Chrome: script/style/forms widgets/nav (and header/footer/aside outside ``<article>``) are dropped;
  the article is the deepest element holding most of the page's *report weight* (non-link characters
  plus a bonus for report words such as 总体情况/主动公开/行政复议). Sibling ``<p>``/``<table>`` without
  a wrapper therefore resolve to their common parent.
* Rendering: block elements become lines; a data table becomes one line per ``<tr>`` with the cells
  present in that row joined by TAB (no rowspan/colspan expansion; empty and ``&nbsp;`` cells kept as
  empty strings). Tables that hold nested tables or very long cells are layout and render as blocks.
* Whitespace: runs collapse to one space; a line break between two CJK characters (source wrapping,
  ``<br>`` inside a cell) disappears, as browsers do for Chinese text.
* Traversal is iterative, so deeply nested markup cannot exhaust the Python stack.
"""
from __future__ import annotations

import codecs
import re
from itertools import islice

from ..errors import Errors, NianbaoError
from ..meta import PAGE_DATE_HINT, RE_REPORT_WORDS, title_words
from ..types import Document
from .text import _BOMS, _plausible_chinese, decode

MAX_BYTES = 50 * 1024 * 1024
# table cells a page may hold: a report's three tables have ~300, its page's chrome a few hundred more; a page
# of millions (a data dump under the size limit) would take gigabytes to build and read, and is no report
MAX_TABLE_CELLS = 100_000
ARTICLE_SHARE = 0.8          # the article holds at least this share of the page's report weight
LAYOUT_CELL_CHARS = 500      # a cell longer than this marks its table as layout, not data
KEYWORD_BONUS = 50
KEYWORDS = ("年度报告", "总体情况", "主动公开", "依申请", "政府信息公开申请", "行政复议", "行政诉讼",
            "存在的主要问题", "改进情况", "其他需要报告", "第二十条")

_KEYWORD_RE = re.compile("|".join(KEYWORDS))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "csgb2312": "gb18030", "utf8": "utf-8", "x-utf-8": "utf-8"}
_WESTERN = frozenset(("iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"\s+")
_INLINE_TAG = re.compile(r"</?(?:font|span|b|i|u|s|em|strong|small|big|o:p|ins|del)\b[^>]*>", re.I)
_CJK = re.compile(r"[\u2e80-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’—…·]")

_DROP = ("script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "svg", "math",
         "canvas", "select", "option", "button", "textarea", "input", "map", "audio", "video", "nav",
         "head", "title", "meta", "link")
_DROP_OUTSIDE_ARTICLE = ("header", "footer", "aside")
_BLOCK = frozenset("""p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot tr td th caption
    section article main blockquote pre address figure figcaption center form fieldset legend hr body
    html details summary""".split())
_TABLE_PARTS = frozenset(("tr", "thead", "tbody", "tfoot"))


# ----------------------------------------------------------------------------- whitespace

def tidy(text: str) -> str:
    """Collapse whitespace runs to one space and strip; a run holding a line break between two CJK
    characters is removed (Chinese text wrapped in the source, or ``<br>``/paragraphs in a cell)."""
    if not text:
        return ""

    def repl(m: re.Match) -> str:
        run = m.group(0)
        if "\n" in run or "\r" in run:
            s, e = m.start(), m.end()
            if 0 < s and e < len(text) and _CJK.match(text[s - 1]) and _CJK.match(text[e]):
                return ""
        return " "

    return _WS.sub(repl, text).strip()


# ----------------------------------------------------------------------------- decoding

def _decode_tolerant(data: bytes, enc: str) -> tuple[str, bool]:
    """Decode strictly except for an incomplete multi-byte sequence at the very end.

    Returns ``(text, cut)`` where ``cut`` says a trailing partial character was dropped."""
    dec = codecs.getincrementaldecoder(enc)()
    text = dec.decode(data, final=False)
    return text, bool(dec.getstate()[0])


def _decode_html(data: bytes, source: str | None, encoding: str | None,
                 warnings: list[str]) -> tuple[str, str]:
    if encoding or any(data.startswith(bom) for bom, _ in _BOMS):
        return decode(data, source, encoding)
    declared = None
    m = _META_CHARSET.search(data[:16384])
    if m:
        name = m.group(1).decode("ascii", "ignore").lower()
        declared = _ALIASES.get(name, name)
        try:
            known = codecs.lookup(declared)._is_text_encoding   # not base64, zlib, rot13 …
        except LookupError:
            known = False
        if not known:
            warnings.append(f"unknown declared charset {name!r}; guessed the encoding")
            declared = None
    if declared and declared.replace("_", "-").startswith(("utf-16", "utf-32")):
        declared = "utf-8"                    # as browsers do: bytes without a BOM are not UTF-16
    # a Western label (Latin-1, Windows-1252) decodes any bytes, and on a Chinese report it is a server's
    # default, not the page's: UTF-8, then GB18030 (when it reads as Chinese) come first
    tries = ["utf-8", "gb18030", declared] if declared in _WESTERN else [declared] if declared else []
    tries += [e for e in ("utf-8", "gb18030") if e not in tries]
    for enc in tries:
        try:
            text, cut = _decode_tolerant(data, enc)
        except UnicodeDecodeError:
            if enc == declared:
                warnings.append(f"declared charset {declared!r} does not decode the page; guessed instead")
            continue
        if enc == "gb18030" and enc != declared and not _plausible_chinese(text):
            continue
        if cut:
            warnings.append("page ends in the middle of a character (truncated download?)")
        return text, enc
    if declared:
        text = data.decode(declared, errors="replace")
        warnings.append(f"decoded as {declared!r} with replacement characters")
        return text, declared
    return decode(data, source)


# ----------------------------------------------------------------------------- tree helpers

def _parse(text: str, source: str | None, warnings: list[str]):
    """Parse leniently. libxml2 stops descending at depth 2048 and drops what lies deeper; when that
    happens (typically thousands of unclosed ``<font>``/``<span>``), parse again without the inline
    formatting tags, which carry no text of their own."""
    text = _XML_DECL.sub("", _CONTROL.sub("", text), count=1)
    if not text.strip():
        raise NianbaoError(Errors.E009, source, detail="no markup or text")
    root, too_deep = _parse_once(text, source)
    if too_deep:
        root, too_deep = _parse_once(_INLINE_TAG.sub("", text), source)
        warnings.append("markup nested too deeply; inline formatting tags were ignored")
        if too_deep:
            warnings.append("markup nested too deeply; text below depth 2048 may be missing")
    return root


def _parse_once(text: str, source: str | None):
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  default_doctype=False, huge_tree=True)
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise NianbaoError(Errors.E009, source, detail=str(exc)[:200] or type(exc).__name__) from None
    too_deep = any("Excessive depth" in (e.message or "") for e in parser.error_log)
    return root, too_deep


def _title(root) -> str | None:
    """The page's title: of its <title>, a CMS's <meta name="ArticleTitle"> and its first <h1>s, one that names a
    report and, of those, the one that names the most besides (a <title> may be the site's name alone, or the
    column's: 政府信息公开年报 over an <h1> 松岚区人民政府2024年政府信息公开工作年度报告); else the first found."""
    found = []
    el = root.find(".//title")
    if el is not None:
        found.append(tidy(el.text_content()))
    for el in root.iter("meta"):
        if (el.get("name") or "").strip().lower() in _TITLE_META:
            found.append(tidy(el.get("content") or ""))
    found += [tidy(el.text_content()) for el in islice(root.iter("h1"), 3)]
    found = [t for t in found if t]
    named = [t for t in found if RE_REPORT_WORDS.search(t)]
    return max(named, key=title_words) if named else (found[0] if found else None)


_TITLE_META = frozenset({"articletitle", "title"})


# the page's own record of when it was published: a <meta> the site's CMS writes, or a field in the page's chrome
# (发布时间：2024-01-25 in a <div class="info"> above the article, which the article's text does not include)
_PUBDATE_META = frozenset({"pubdate", "publishdate", "publish_date", "published_time", "article:published_time",
                           "firstpublishedtime"})
# (时间：2023/02/08 | 文章来源：… alone in a page's info bar too; not 统计时间, 办公时间)
_PUBDATE_FIELD = re.compile(r"(?:发布时间|发布日期|发文日期|(?<![\u4e00-\u9fff])时间)\s*[:：]\s*([^\n]{6,24})")


def _published(root) -> tuple[str | None, str | None]:
    """(the CMS's <meta> publication date, the first 发布时间 field anywhere in the page): the first is the page's
    own record; the second may be a sidebar's, so the report's own fields come before it."""
    meta = None
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or "").strip().lower()
        if name in _PUBDATE_META and (el.get("content") or "").strip():
            meta = el.get("content").strip()
            break
    body = root.find("body")
    text, size = [], 0
    for piece in (body if body is not None else root).itertext():     # (each text node on a line: 报告</h1>时间：…)
        text.append(piece)
        size += len(piece)
        if size > 20000:
            break
    m = _PUBDATE_FIELD.search("\n".join(text))
    return meta, (m.group(1).strip() if m else None)


# a page's fields as a table's cells, each name's value in the cell after it (<td>发布机构</td><td>…局</td>)
_FIELD_CELL_NAMES = {"发布时间": "发布日期", "发布日期": "发布日期", "发文日期": "发布日期", "发布机构": "发布机构"}


def _field_cells(root) -> dict[str, str]:
    """The page's fields printed as table cells, by name (发布日期, 发布机构); the first of each."""
    out: dict[str, str] = {}
    for cell in root.iter("td", "th"):
        name = _FIELD_CELL_NAMES.get("".join(cell.itertext()).strip().rstrip(":：").replace(" ", ""))
        value = cell.getnext()
        if name and name not in out and value is not None and value.tag in ("td", "th"):
            text = "".join(value.itertext()).strip()
            if text:
                out[name] = text[:40]
    return out


# an inline style that hides its element (a page's copy-protection digits, a stale row kept out of sight), and one
# that shows a descendant of a visibility:hidden element again
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SHOWING_STYLE = re.compile(r"visibility\s*:\s*visible", re.I)
# what hidden elements may hold of a page's text: more, and they are the article a script shows, not hidden digits
HIDDEN_SHARE = 0.5


def _hidden(el) -> bool:
    """Whether a browser shows nothing of ``el``: the ``hidden`` attribute or a hiding inline style (visibility:hidden
    only where no descendant turns visibility back on)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style") or ""
    if not _HIDING_STYLE.search(style):
        return False
    return "display" in style.lower() or not any(_SHOWING_STYLE.search(d.get("style") or "")
                                                 for d in el.iterdescendants() if isinstance(d.tag, str))


def _hidden_elements(root) -> list:
    """The elements a browser hides, unless they hold most of the page's text (a report in a display:none block that
    a script shows)."""
    hidden = [el for el in root.xpath("//*[@style or @hidden]") if _hidden(el)]
    if hidden:
        total = len("".join(root.itertext()))
        inside = set(hidden)
        outer = [el for el in hidden if not any(a in inside for a in el.iterancestors())]
        if sum(len("".join(el.itertext())) for el in outer) > HIDDEN_SHARE * total:
            return []
    return hidden


def _footnote_marks(root) -> list:
    """Superscripts and subscripts in a table's cells that hold a footnote's mark (0<sup>2</sup>, 4<sup>*</sup>):
    glued to a figure they would change it (02)."""
    return [el for el in root.xpath("//td//sup | //td//sub | //th//sup | //th//sub")
            if len((el.text_content() or "").strip()) <= 3]


def _strip_chrome(root) -> None:
    doomed = [el for el in root.iter(*_DROP)]
    doomed += _hidden_elements(root) + _footnote_marks(root)
    for tag in _DROP_OUTSIDE_ARTICLE:
        for el in root.iter(tag):
            if not any(a.tag == "article" for a in el.iterancestors()):
                doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _weight(s: str | None) -> int:
    """Report weight of a text piece: its non-space characters plus a bonus per report word."""
    if not s:
        return 0
    w = len("".join(s.split()))
    return w + KEYWORD_BONUS * len(_KEYWORD_RE.findall(s)) if w else 0


def _find_article(body):
    """The deepest element holding at least ARTICLE_SHARE of the page's report weight."""
    elements = [el for el in body.iter() if isinstance(el.tag, str)]
    in_link: dict = {}
    weight: dict = {}
    for el in elements:                                   # pre-order: parents before children
        parent = el.getparent()
        in_link[el] = el.tag == "a" or (parent is not None and in_link.get(parent, False))
    for el in reversed(elements):                         # children before parents
        own = 0 if in_link[el] else _weight(el.text) + sum(_weight(c.tail) for c in el)
        weight[el] = weight.get(el, 0) + own
        parent = el.getparent()
        if el is not body and parent is not None:
            weight[parent] = weight.get(parent, 0) + weight[el]
    total = weight.get(body, 0)
    node = body
    while total:
        kids = [c for c in node if isinstance(c.tag, str)]
        best = max(kids, key=lambda c: weight.get(c, 0), default=None)
        if best is None or weight.get(best, 0) < ARTICLE_SHARE * total:
            break
        node = best
    while node.tag in _TABLE_PARTS and node.getparent() is not None and node is not body:
        node = node.getparent()                           # never start inside a table's rows
    return node


def _is_layout(table) -> bool:
    if any(True for _ in table.iterdescendants("table")):
        return True
    return any(len(c.text_content()) > LAYOUT_CELL_CHARS for c in table.iter("td", "th"))


# ----------------------------------------------------------------------------- rendering

def _table_lines(table) -> list[str]:
    lines = []
    cap = table.find("caption")
    if cap is not None and tidy(cap.text_content()):
        lines.append(tidy(cap.text_content()))
    spans: dict[int, list] = {}     # column → [rows it is still covered for, the zero to repeat there or None]
    for tr in table.iter("tr"):
        cells, col = [], 0
        for c in tr:
            if c.tag not in ("td", "th"):
                continue
            col = _past_spans(spans, col, cells)
            text = tidy("\n".join(_render(c)))
            rows, cols = _span(c, "rowspan"), _span(c, "colspan")
            cells.append(text)
            if rows > 1:
                zero = text if _ZERO_CELL.fullmatch(text) else None
                for k in range(col, col + cols):
                    spans[k] = [rows, zero]
            col += cols
        _past_spans(spans, col, cells, to_end=True)
        for k in list(spans):
            spans[k][0] -= 1
            if spans[k][0] <= 0:
                del spans[k]
        if len(cells) > 1 or (cells and cells[0]):
            lines.append("\t".join(cells))
    return lines


# a cell that holds 0 merged down a column is a 0 in each row it spans (a zero merged over a group's rows says the same
# whether it is each row's or their sum's); other cells merged down are printed once, in their first row, as before (a
# label's rows, a figure that may be a group's sum, a header's corner — or /). Cells merged across are printed once:
# a row with fewer figures than the table has columns widens its last cell so (行政事业性收费 | 68 | 0 over two columns)
_ZERO_CELL = re.compile(r"[0０]")


def _span(cell, attr: str) -> int:
    try:
        return max(1, min(int(cell.get(attr, 1)), 1000))
    except (TypeError, ValueError):
        return 1


def _past_spans(spans: dict[int, list], col: int, cells: list[str], to_end: bool = False) -> int:
    """The first column from ``col`` not covered by a cell spanning from a row above, each merged zero passed
    repeated into ``cells``; with ``to_end``, every covered column after ``col`` (the row's end)."""
    while col in spans or (to_end and any(k >= col for k in spans)):
        if col in spans and spans[col][1] is not None:
            cells.append(spans[col][1])
        col += 1
    return col


def _render(node) -> list[str]:
    """Lines of ``node``'s content: blocks become lines, data tables TAB-separated rows."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = tidy("".join(buf))
        buf.clear()
        if line:
            lines.append(line)

    stack = [(node, False)]
    while stack:
        el, done = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if done:
            if tag in _BLOCK:
                flush()
            if el is not node and el.tail:
                buf.append(el.tail)
            continue
        if tag == "br":
            flush()
            if el is not node and el.tail:
                buf.append(el.tail)
            continue
        if tag == "table" and not _is_layout(el):
            flush()
            lines.extend(_table_lines(el))
            if el is not node and el.tail:
                buf.append(el.tail)
            continue
        if tag in _BLOCK:
            flush()
        if tag and el.text:
            buf.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    flush()
    return lines


# ----------------------------------------------------------------------------- entry point

def read_html(data: bytes, source: str | None = None, *, encoding: str | None = None,
              max_bytes: int = MAX_BYTES) -> Document:
    """Read one HTML page into a :class:`Document` (see the module docstring for the rules)."""
    if len(data) > max_bytes:
        raise NianbaoError(Errors.E004, source, size=len(data), limit=max_bytes)
    cells = sum(data.count(tag) for tag in (b"<td", b"<TD", b"<th", b"<TH"))
    if cells > MAX_TABLE_CELLS:
        raise NianbaoError(Errors.E028, source, detail=f"it holds {cells} table cells (more than {MAX_TABLE_CELLS})")
    warnings: list[str] = []
    try:
        text, enc = _decode_html(data, source, encoding, warnings)
        root = _parse(text, source, warnings)
        title = _title(root)
        published, page_date = _published(root)
        fields = _field_cells(root)                     # (the chrome stripped next may hold them)
        page_date = page_date or fields.get("发布日期")
        _strip_chrome(root)
        body = root.find("body")
        article = _find_article(body if body is not None else root)
        lines = _render(article)
    except NianbaoError:
        raise
    except RecursionError:
        raise NianbaoError(Errors.E009, source, detail="markup nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 - any parser failure on malformed input is E009
        raise NianbaoError(Errors.E009, source, detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    out = "\n".join(lines)
    if not out.strip():
        raise NianbaoError(Errors.E009, source, detail="no text content")
    hints = {"title": title} if title else {}
    if fields.get("发布机构"):
        hints["发布机构"] = fields["发布机构"]
    if published:
        hints["发布时间"] = published
    if page_date:
        hints[PAGE_DATE_HINT] = page_date
    return Document(text=out, source_format="html", encoding=enc, hints=hints, warnings=tuple(warnings))
