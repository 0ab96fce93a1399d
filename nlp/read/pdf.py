"""PDF files with a text layer, via pdfplumber (pdfminer.six underneath).

* Each page's ``extract_text()`` (default, non-layout mode), pages joined by a newline. A ruled table that
  holds figures (pdfplumber's ``find_tables``: its cells from the drawn rules) is printed in its place as
  TAB-separated rows, as the HTML and DOCX readers print theirs, so an empty cell keeps its column. Tables
  without rules come out as space-separated text, as printed, and the table reader places their figures.
* Page furniture: lines such as ``- 3 -``, ``— 3 —``, ``第 3 页``, ``第3页 共9页`` and ``3/9`` are
  dropped; a lone number is dropped only as the first or last line of a page and only when it is
  close to that page's ordinal (so a lone table value elsewhere survives).
* Failure modes: fewer than ``MIN_CHARS`` non-space characters in all pages (a scan, or glyphs
  without a Unicode mapping, shown by pdfminer as ``(cid:N)``) → E007; damaged, truncated,
  encrypted, or anything pdfminer raises while opening → E008; a page that fails on its own is
  skipped with a warning (E008 when no page could be read).
* Bounded work: at most ``max_pages`` pages (default 300, with a warning when more exist) and a
  wall-clock budget checked between pages (E013 when exceeded).
"""
from __future__ import annotations

import io
import re
import time

from ..errors import Errors, NianbaoError
from ..meta import FILE_TITLE_HINT
from ..types import Document

MAX_PAGES = 300
TIME_LIMIT_S = 120.0
MIN_CHARS = 20

_DASHES = "-－—–‒―~～"
_PAGE_LINE = re.compile(
    rf"^(?:[{_DASHES}]\s*\d{{1,4}}\s*[{_DASHES}]"              # - 3 -   — 3 —
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"   # 第 3 页   第3页 共9页   第3页/共9页
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"           # 共9页 第3页
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"                               # 3/9
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$")
_LONE_NUMBER = re.compile(r"^\d{1,4}$")
_CID = re.compile(r"\(cid:\d+\)")


def _is_page_number(line: str, edge: bool, ordinal: int) -> bool:
    s = line.strip()
    if _PAGE_LINE.match(s):
        return True
    return edge and bool(_LONE_NUMBER.match(s)) and ordinal - 3 <= int(s) <= ordinal + 1


def drop_page_numbers(text: str, ordinal: int) -> str:
    """``text`` of page ``ordinal`` (1-based) without its page-number lines."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = {filled[0], filled[-1]} if filled else set()
    return "\n".join(line for i, line in enumerate(lines)
                     if not _is_page_number(line, i in edges, ordinal))


def _edge_key(line: str) -> str | None:
    """What a running header or footer line is compared by (its last number as #: a page number, …报告 3 and …报告 4
    alike, while table rows with other figures differ), or None for a line too short or without words to be one."""
    s = re.sub(r"\s+", " ", line).strip()
    if len(s.replace(" ", "")) < 4 or not _WORDY.search(s):
        return None
    return re.sub(r"\d+(?=\D*$)", "#", s)


_WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def drop_running_lines(pages: list[str]) -> list[str]:
    """Pages without their running header and footer: a first (last) line that opens (ends) at least half of the
    pages, and at least two, is page furniture (the report's title printed atop every page) and goes, except at the
    top of the first page, where the same line is the title itself. Two lines deep at each edge."""
    if len(pages) < 2:
        return pages
    lines = [p.split("\n") for p in pages]
    for top in (True, False):
        for _ in range(2):
            edges = []
            for ls in lines:
                filled = [i for i, line in enumerate(ls) if line.strip()]
                i = (filled[0] if top else filled[-1]) if filled else None
                edges.append((i, _edge_key(ls[i]) if i is not None else None))
            counts: dict[str, int] = {}
            for _, key in edges:
                if key is not None:
                    counts[key] = counts.get(key, 0) + 1
            running = {k for k, c in counts.items() if c >= 2 and 2 * c >= len(lines)}
            if not running:
                break
            for n, (ls, (i, key)) in enumerate(zip(lines, edges)):
                if key in running and not (top and n == 0):
                    del ls[i]
    return ["\n".join(ls) for ls in lines]


def _describe(exc: BaseException) -> str:
    """A short reason for a pdfminer/pdfplumber failure (unwrapping pdfplumber's wrapper)."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted, a password is required"
    if name == "PSEOF":
        return "unexpected end of file (truncated?)"
    msg = str(inner).strip()
    return f"{name}: {msg}"[:200] if msg else name


def _page_count(pdf) -> int | None:
    try:
        from pdfminer.pdftypes import resolve1

        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
        return int(count)
    except Exception:  # noqa: BLE001 - only used for a warning
        return None


def _decode_info(raw: object) -> str | None:
    """A document-information string: UTF-16 with either BOM (some Chinese tools write the
    little-endian one, which pdfminer misreads), else UTF-8, else PDFDocEncoding."""
    if isinstance(raw, str):
        return raw
    if not isinstance(raw, bytes):
        return None
    for bom, enc in ((b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
        if raw.startswith(bom):
            return raw[2:].decode(enc, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from pdfminer.utils import decode_text

        return decode_text(raw)


def _title(pdf) -> str | None:
    try:
        from pdfminer.pdftypes import resolve1

        title = _decode_info(resolve1(pdf.doc.info[0].get("Title"))) if pdf.doc.info else None
    except Exception:  # noqa: BLE001 - metadata is optional
        return None
    title = title.replace("\x00", "").strip() if title else ""
    return title or None


# a cell that holds a figure (or a blank mark): a table with one holds data, not a frame around text
_FIGURE_CELL = re.compile(r"[+\-]?\d[\d,.，]*%?|[/／—–\-]{1,2}|无")


# the most crossings of a page's ruling lines (horizontal × vertical, by position) that are looked at for tables: a
# statistics table has a few hundred; pdfplumber's table finder costs seconds on a grid of 150 × 150 lines
MAX_CROSSINGS = 2500
MAX_DEDUPE_CHARS = 6000


def _crossings(page) -> int:
    """Crossings of the page's ruling lines by position: distinct heights of its horizontal rules × distinct places
    of its vertical ones (segments of one rule, or a rule drawn twice close by, count once)."""
    across, down = set(), set()
    for e in page.edges:
        if e["orientation"] == "h":
            across.add(round(e["top"] / 3))
        else:
            down.add(round(e["x0"] / 3))
    return len(across) * len(down)


def _data_tables(page) -> list[tuple[tuple[float, float, float, float], list[list[str | None]]]]:
    """The ruled tables of ``page`` that hold figures (two columns or more, three for a table of one row; a cell that
    is a figure at least), each as its bounding box and its rows of cells (pdfplumber's: None where a merged cell
    covers the position, "" for an empty cell). Frames drawn around a block of text are no such table."""
    found = []
    if not page.edges:
        return found
    crossings = _crossings(page)
    if crossings > MAX_CROSSINGS:
        raise ValueError(f"{crossings} crossings of ruling lines, more than {MAX_CROSSINGS} looked at for tables")
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    for table in tables:
        rows = table.extract()
        if max(len(r) for r in rows) < (2 if len(rows) > 1 else 3):
            continue            # (one row of three cells or more: a table's last row carried over to the next page)
        if not any(c and _FIGURE_CELL.fullmatch(c.strip()) for r in rows for c in r):
            continue
        if any(c and _STACKED.search(c) for r in rows for c in r) or _text_beside(page, table.bbox, boxes, len(rows)):
            continue            # its rules are not all drawn: its cells are not the table's (read as text, as before)
        found.append((table.bbox, rows))
    return sorted(found, key=lambda t: t[0][1])


# a cell holding figures of two rows (a rule between them not drawn: "0\n8")
_STACKED = re.compile(r"\d[^\S\n]*\n\s*[+\-]?\d")


def _text_beside(page, box: tuple[float, float, float, float], boxes: list, rows: int) -> bool:
    """Whether characters stand beside ``box``, level with a third of its rows (two at least), outside every table
    found: a table whose outer side rules are not drawn (its label or total column then lies outside what the rules
    enclose). A label that runs past its cell on a row or two is no such column."""
    x0, top, x1, bottom = box
    lines = set()
    for ch in page.chars:
        y = (ch["top"] + ch["bottom"]) / 2
        if not top < y < bottom or not ch["text"].strip():
            continue
        x = (ch["x0"] + ch["x1"]) / 2
        if (x < x0 or x > x1) and not any(_centre_in(ch, b) for b in boxes):
            lines.add(round(y / 4))
    return len(lines) >= max(2, rows // 3)


def _centre_in(obj, box) -> bool:
    """Whether the centre of ``obj`` (a character) lies in ``box`` (x0, top, x1, bottom)."""
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


_CELL_BREAK = re.compile(r"[^\S\n]*\n\s*")


def _row_line(row: list[str | None]) -> str | None:
    """A table row as one line of TAB-separated cells, as the HTML and DOCX readers print one: a cell merged across
    columns or down from the row above once (pdfplumber gives None for the positions it covers), an empty cell as an
    empty field, a cell's wrapped lines joined. None for a row with nothing in it."""
    cells = [_CELL_BREAK.sub("", c).strip() for c in row if c is not None]
    return "\t".join(cells) if any(cells) else None


def page_text(page, warnings: list[str] | None = None) -> str:
    """The text of one page: pdfplumber's text (non-layout mode) for what lies outside ruled data tables; each such
    table's rows as TAB-separated lines in its place, so that an empty cell stays an empty cell (the text alone drops
    it, and the figures after it move a column left). A page whose rules cannot be read as tables (too many, or
    pdfplumber fails on them) is read as text alone, with a warning in ``warnings``."""
    # dedupe_chars: a heading made bold by drawing it twice (二二、、主主…) reads once (its cost grows faster than the
    # page's characters: a page of more than a few thousand, no report's, is read as it is, with a warning)
    if len(page.chars) <= MAX_DEDUPE_CHARS:
        page = page.dedupe_chars()
    elif warnings is not None:
        warnings.append(f"page {page.page_number}: {len(page.chars)} characters, read without removing doubled ones")
    try:
        tables = _data_tables(page)
    except Exception as exc:  # noqa: BLE001 - the text is still there without the tables' cells
        tables = []
        if warnings is not None:
            warnings.append(f"page {page.page_number}: tables read as text only ({_describe(exc)})")
    if not tables:
        return page.extract_text() or ""

    boxes = [box for box, _ in tables]
    rest = page.filter(lambda o: o.get("object_type") != "char" or not any(_centre_in(o, b) for b in boxes))

    def band(lo: float, hi: float) -> str:
        part = rest.filter(lambda o: o.get("object_type") != "char" or lo <= (o["top"] + o["bottom"]) / 2 < hi)
        return part.extract_text() or ""

    out, above = [], float("-inf")
    for box, rows in tables:
        out += [band(above, box[1]), band(box[1], box[3])]         # what is above, and beside it
        out += [line for line in map(_row_line, rows) if line is not None]
        above = max(above, box[3])
    out.append(band(above, float("inf")))
    return "\n".join(x for x in out if x)


def read_pdf(data: bytes, source: str | None = None, *, max_pages: int = MAX_PAGES,
             time_limit: float = TIME_LIMIT_S) -> Document:
    """Read one PDF into a :class:`Document` (see the module docstring for the rules)."""
    start = time.monotonic()
    warnings: list[str] = []
    try:
        import pdfplumber

        pdf = pdfplumber.open(io.BytesIO(data), pages=range(1, max_pages + 1),
                               raise_unicode_errors=False)
    except Exception as exc:  # noqa: BLE001 - any failure to open is a damaged/encrypted PDF
        raise NianbaoError(Errors.E008, source, detail=_describe(exc)) from None
    texts: list[str] = []
    try:
        with pdf:
            try:
                pages = pdf.pages
            except Exception as exc:  # noqa: BLE001
                raise NianbaoError(Errors.E008, source, detail=_describe(exc)) from None
            title = _title(pdf)
            total = _page_count(pdf)
            if total is not None and total > max_pages:
                warnings.append(f"only the first {max_pages} of {total} pages were read")
            for i, page in enumerate(pages, 1):
                if time.monotonic() - start > time_limit:
                    raise NianbaoError(Errors.E013, source,
                                       detail=f"over {time_limit:g} s after {i - 1} pages")
                try:
                    texts.append(drop_page_numbers(page_text(page, warnings), i))
                except Exception as exc:  # noqa: BLE001 - one bad page should not sink the rest
                    warnings.append(f"page {i} could not be read: {_describe(exc)}")
                finally:
                    page.close()
    except NianbaoError:
        raise
    except Exception as exc:  # noqa: BLE001 - e.g. a failure while closing
        raise NianbaoError(Errors.E008, source, detail=_describe(exc)) from None
    n = len(pages)
    if n == 0:
        raise NianbaoError(Errors.E008, source, detail="no pages")
    if not texts:
        raise NianbaoError(Errors.E008, source, detail=f"none of its {n} pages could be read")
    text = "\n".join(drop_running_lines(texts))
    cids = len(_CID.findall(text))
    real = len(re.sub(r"\s", "", _CID.sub("", text)))
    if real < MIN_CHARS:
        what = "text without a Unicode mapping" if cids else "no extractable text"
        raise NianbaoError(Errors.E007, source, detail=f"{n} pages, {what}")
    if cids:
        warnings.append(f"{cids} glyphs have no Unicode mapping and appear as (cid:N)")
    if b"%%EOF" not in data[-2048:]:
        warnings.append("no %%EOF marker at the end: the file may be truncated")
    return Document(text=text, source_format="pdf", encoding=None,
                    hints={FILE_TITLE_HINT: title} if title else {}, warnings=tuple(warnings))
