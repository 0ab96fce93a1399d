"""PDF files with a text layer, via pdfplumber (pdfminer.six underneath).

* Each page's ``extract_text()`` (default, non-layout mode), pages joined by a newline. Table rows
  come out as space-separated text, as printed; no table detection is attempted here.
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
                    # dedupe_chars: a heading made bold by drawing it twice (二二、、主主…) reads once
                    texts.append(drop_page_numbers(page.dedupe_chars().extract_text() or "", i))
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
