"""DOCX files: check the ZIP container, then walk the body in document order.

* Safety first: the archive is inspected before python-docx opens it. Not a ZIP, no
  ``word/document.xml``, too many members, a total uncompressed size over ``max_uncompressed``
  (default 200 MB) or a large member compressed more than 100:1 (a zip bomb) → E006.
* Body: paragraphs and tables interleaved as in the document (content controls ``w:sdt`` and
  ``w:customXml`` are looked through). A paragraph becomes one line per hard line break; tabs inside
  a paragraph become spaces so that TAB only ever separates table cells.
* Tables: one line per ``w:tr`` with the cell texts joined by TAB. A cell spanning several grid
  columns (``gridSpan``) is emitted once; a vertically merged continuation (``vMerge``) repeats the
  text of the cell it continues, as python-docx's ``row.cells`` does, and consecutive repeats within
  a row are emitted once. Paragraphs inside a cell are joined (line breaks between CJK characters
  vanish, others become one space); nested tables are flattened into the cell's text, except in a layout
  table around tables (no row of more than two cells), whose cells are read as the body is, the tables
  inside row by row.
* A paragraph that a list numbers (``w:numPr``, its own or its style's) opens with the number Word prints
  (一、 （一） 1.: :mod:`nlp.read.docx_numbers`), in the body and in table cells.
* Deleted text (tracked changes), hidden text (``w:vanish``) and ``mc:Fallback`` duplicates are
  skipped; text boxes are read inline. All traversal is iterative.
* An embedded document (``w:altChunk``, as converters from HTML write a whole report) is read where it
  stands: an HTML part by the HTML reader (its tables as TAB-separated rows), plain text as text; another
  kind of part is left out with a warning.
"""
from __future__ import annotations

import io
import re
import zipfile

from ..errors import Errors, NianbaoError
from ..meta import FILE_TITLE_HINT, HEADER_TITLE_HINT, PAGE_DATE_HINT, RE_REPORT_WORDS
from ..types import Document
from .docx_numbers import ListNumbers
from .html import tidy

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_SIZE = 10 * 1024 * 1024     # the ratio check applies to members at least this large
MAX_MEMBERS = 10_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
ALT_CHUNK = _W + "altChunk"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SKIP = frozenset((_W + "del", _W + "moveFrom", _MC_FALLBACK, _W + "tcPr", _W + "tblPr", _W + "trPr",
                   _W + "pPr", _W + "rPr", _W + "tblGrid", _W + "sectPr"))
_LOOK_THROUGH = frozenset((_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "smartTag"))


def check_zip(data: bytes, source: str | None, max_uncompressed: int = MAX_UNCOMPRESSED) -> None:
    """Raise E006 unless ``data`` is a ZIP with ``word/document.xml`` that is safe to expand."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - BadZipFile, NotImplementedError (zip version), …
        raise NianbaoError(Errors.E006, source, detail=f"not a readable ZIP archive ({exc})"[:200]) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise NianbaoError(Errors.E006, source, detail=f"{len(infos)} archive members")
        total = sum(i.file_size for i in infos)
        if total > max_uncompressed:
            raise NianbaoError(Errors.E006, source,
                               detail=f"expands to {total} bytes, over the limit of {max_uncompressed}")
        for i in infos:
            if i.file_size >= RATIO_MIN_SIZE and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise NianbaoError(Errors.E006, source, detail=f"{i.filename} is compressed "
                                   f"{i.file_size // max(i.compress_size, 1)}:1 (zip bomb?)")
        if "word/document.xml" not in zf.namelist():
            raise NianbaoError(Errors.E006, source, detail="no word/document.xml (not a Word document)")


_HIDING = (_W + "vanish", _W + "webHidden", _W + "specVanish")
_OFF = ("0", "false", "off")


def _hidden_run(r) -> bool:
    """Whether a ``w:r`` is hidden text: its properties hold ``w:vanish`` (Word neither shows nor prints it),
    ``w:specVanish``, or ``w:webHidden`` (hidden in web layout: a table of contents' page numbers), not switched
    off."""
    props = r.find(_W + "rPr")
    if props is None:
        return False
    return any(el.get(_W + "val", "true").lower() not in _OFF for el in props if el.tag in _HIDING)


def _paragraph_text(p) -> str:
    """Text of one ``w:p``: runs, hyperlinks, insertions, fields' results, text boxes; tabs → space,
    breaks → newline; deleted and hidden text skipped."""
    out: list[str] = []
    stack = [p]
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _W + "t":
            out.append(el.text or "")
        elif tag == _W + "tab" or tag == _W + "ptab":
            out.append(" ")
        elif tag in (_W + "br", _W + "cr"):
            out.append("\n")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _W + "r" and _hidden_run(el):
            continue
        else:
            if tag == P and el is not p:
                out.append("\n")                  # a paragraph inside a text box
            stack.extend(reversed(el))
    return "".join(out)


def _blocks(container):
    """``(tag, element)`` for each paragraph and table directly in ``container`` (looking through
    content controls), in document order."""
    stack = list(reversed(container))
    while stack:
        el = stack.pop()
        if el.tag in (P, TBL, ALT_CHUNK):
            yield el.tag, el
        elif el.tag in _LOOK_THROUGH:
            stack.extend(reversed(el))


def _numbered_text(p, numbers: ListNumbers | None) -> str:
    """A paragraph's text after the number Word prints before it, where a list numbers it (一、 （一） 1.)."""
    text = _paragraph_text(p)
    label = numbers.label(p) if numbers is not None else ""
    return label + text.lstrip(" \u3000") if label and text.strip() else text


def _cell_text(tc, numbers: ListNumbers | None = None) -> str:
    """All text of a cell, nested tables flattened, paragraphs separated by line breaks."""
    parts: list[str] = []
    stack = [tc]
    while stack:
        el = stack.pop()
        if el.tag == P:
            parts.append(_numbered_text(el, numbers))
        elif isinstance(el.tag, str) and el.tag not in _SKIP:
            stack.extend(reversed(el))
    return tidy("\n".join(parts))


def _tc_props(tc) -> tuple[int, str | None]:
    """``(gridSpan, vMerge)`` of a cell; vMerge is None, 'restart' or 'continue'."""
    span, vmerge = 1, None
    pr = tc.find(_W + "tcPr")
    if pr is not None:
        gs = pr.find(_W + "gridSpan")
        if gs is not None:
            try:
                span = max(1, min(int(gs.get(_W + "val", "1")), 64))   # Word allows 63 columns
            except ValueError:
                span = 1
        vm = pr.find(_W + "vMerge")
        if vm is not None:
            vmerge = vm.get(_W + "val") or "continue"
    return span, vmerge


def _grid_before(tr) -> int:
    pr = tr.find(_W + "trPr")
    gb = pr.find(_W + "gridBefore") if pr is not None else None
    try:
        return max(0, int(gb.get(_W + "val", "0"))) if gb is not None else 0
    except ValueError:
        return 0


MAX_NESTING = 4         # tables inside layout tables read as tables, this deep


def _wraps_tables(tbl) -> bool:
    """Whether ``tbl`` is a layout table around tables: no row of more than two cells, and a cell holding a table."""
    rows = [list(_children(tr, TC)) for tr in _children(tbl, TR)]
    return all(len(r) <= 2 for r in rows) and any(tag == TBL for r in rows for tc in r for tag, _ in _blocks(tc))


def _table_lines(tbl, part=None, warnings: list[str] | None = None, depth: int = 0,
                 numbers: ListNumbers | None = None) -> list[str]:
    if depth < MAX_NESTING and _wraps_tables(tbl):
        # a frame around the statistics table (a one-cell table holding it): its cells' content as the body's is,
        # the table inside row by row (flattened into the frame's one cell, its empty cells would vanish)
        return [line for tr in _children(tbl, TR) for tc in _children(tr, TC)
                for line in _body_lines(tc, part, warnings, depth + 1, numbers)]
    lines: list[str] = []
    roots: dict[int, object] = {}         # grid column → the cell that owns it (for vMerge)
    texts: dict[int, str] = {}            # id(tc) → text, computed once per merged cell
    keep = []                             # hold the proxies so their ids stay unique
    for tr in _children(tbl, TR):
        col = _grid_before(tr)
        row: list[str] = []
        prev = None
        for tc in _children(tr, TC):
            span, vmerge = _tc_props(tc)
            owner = roots.get(col, tc) if vmerge == "continue" else tc
            for k in range(span):
                roots[col + k] = owner
            col += span
            if owner is prev:
                continue
            prev = owner
            keep.append(owner)
            if id(owner) not in texts:
                texts[id(owner)] = _cell_text(owner, numbers)
            row.append(texts[id(owner)])
        if len(row) > 1 or (row and row[0]):
            lines.append("\t".join(row))
    return lines


def _children(el, tag: str):
    """Children of ``el`` with ``tag``, looking through content controls, in document order."""
    stack = list(reversed(el))
    while stack:
        child = stack.pop()
        if child.tag == tag:
            yield child
        elif child.tag in _LOOK_THROUGH:
            stack.extend(reversed(child))


def _body_lines(body, part=None, warnings: list[str] | None = None, depth: int = 0,
                numbers: ListNumbers | None = None) -> list[str]:
    lines: list[str] = []
    for tag, el in _blocks(body):
        if tag == P:
            lines.extend(line for line in (tidy(x) for x in _numbered_text(el, numbers).split("\n")) if line)
        elif tag == TBL:
            lines.extend(_table_lines(el, part, warnings, depth, numbers))
        elif part is not None:
            lines.extend(_alt_chunk_lines(el, part, [] if warnings is None else warnings))
    return lines


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _alt_chunk_lines(el, part, warnings: list[str]) -> list[str]:
    """The lines of an embedded document (``w:altChunk``: Word imports it where it stands when the file is
    opened; converters from HTML write a whole report so): an HTML part read as a page is (its tables TAB-separated
    rows), plain text as text; another kind of part, or one that cannot be read, is left out with a warning."""
    from .html import read_html
    from .text import decode

    try:
        chunk = part.related_parts[el.get(_R_ID)]
        kind, blob = chunk.content_type.split(";")[0].strip().lower(), chunk.blob
        if kind in _HTML_TYPES:
            text = read_html(blob).text
        elif kind == "text/plain":
            text = decode(blob)[0]
        else:
            warnings.append(f"an embedded part ({kind}) was not read")
            return []
    except (KeyError, NianbaoError) as exc:
        warnings.append(f"an embedded part could not be read ({exc})"[:200])
        return []
    return [line for line in (tidy(x) if "\t" not in x else x.strip(" \r\u3000") for x in text.split("\n")) if line]


# a date in a page footer (2024年2月12日, 二〇二四年二月十二日, 2024-02-12), and the body signing before it
_FOOTER_DATE = re.compile(r"(?:19|20)\d\d\s*(?:年|[-/.]\s*\d)|[〇○零一二][〇○零一二三四五六七八九]{3}年")
_FOOTER_SIGNATURE = re.compile(r"^\s*(?:落款[:：])?\s*(?P<body>[\u4e00-\u9fff（）()]{2,30}?"
                               r"(?:人民政府|办公室|办公厅|委员会|管委会|事处|局|委|办|院|中心|所|站|处|厅|部|署|队))[\s\u3000]+")


def _footer_hints(lines) -> dict[str, str]:
    """A page footer that signs the report (萤桥市司法局　2024年2月12日) or gives its date (发布日期：2022年1月5日): the
    page's date and the signing body as hints, where the text itself may not print them."""
    out: dict[str, str] = {}
    for line in lines:
        if not line or not _FOOTER_DATE.search(line):
            continue
        out.setdefault(PAGE_DATE_HINT, line)
        signed = _FOOTER_SIGNATURE.match(line)
        if signed:
            out.setdefault("发布机构", signed.group("body"))
    return out


def _list_numbers(doc) -> ListNumbers | None:
    """The document's list numbering (None without a numbering part: nothing is numbered)."""
    try:
        numbering = doc.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None
    try:
        styles = doc.styles.element
    except (KeyError, NotImplementedError, AttributeError):
        styles = None
    return ListNumbers(numbering, styles)


def read_docx(data: bytes, source: str | None = None, *,
              max_uncompressed: int = MAX_UNCOMPRESSED) -> Document:
    """Read one DOCX file into a :class:`Document` (see the module docstring for the rules)."""
    check_zip(data, source, max_uncompressed)
    try:
        import docx                       # python-docx; also raises on encrypted or odd members

        doc = docx.Document(io.BytesIO(data))
        warnings: list[str] = []
        lines = _body_lines(doc.element.body, doc.part, warnings, numbers=_list_numbers(doc))
    except NianbaoError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx/lxml failures on a damaged file are E006
        raise NianbaoError(Errors.E006, source, detail=f"{type(exc).__name__}: {exc}"[:200]) from None
    hints: dict[str, str] = {}
    try:
        title = (doc.core_properties.title or "").strip()
        if title:
            hints[FILE_TITLE_HINT] = title
    except Exception:  # noqa: BLE001 - a broken core.xml only costs the title hint
        warnings.append("document properties could not be read")
    try:                                  # a title printed in the page header (only there, at times)
        headers = (tidy(" ".join(p.text for p in section.header.paragraphs)) for section in doc.sections)
        header = next((t for t in headers if RE_REPORT_WORDS.search(t)), None)
        if header:
            hints[HEADER_TITLE_HINT] = header
        hints.update(_footer_hints(tidy(p.text) for section in doc.sections for p in section.footer.paragraphs))
    except Exception:  # noqa: BLE001 - a damaged header or footer part only costs the hints
        pass
    return Document(text="\n".join(lines), source_format="docx", encoding=None, hints=hints,
                    warnings=tuple(warnings))
