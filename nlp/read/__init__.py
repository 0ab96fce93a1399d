"""Readers: bytes of one file → :class:`~nlp.types.Document` (decoded text with tables rendered as
tab-separated lines). One module per format; :func:`read_document` picks by extension, then sniffs."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from ..errors import Errors, NianbaoError
from ..types import Document

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_EXT = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
        ".html": "html", ".htm": "html", ".shtml": "html", ".xhtml": "html",
        ".docx": "docx", ".pdf": "pdf"}


_OTHER_ZIP_FORMATS = {".xlsx": "an Excel workbook", ".pptx": "a PowerPoint deck", ".odt": "an OpenDocument text",
                      ".ods": "an OpenDocument spreadsheet", ".odp": "an OpenDocument presentation",
                      ".ofd": "an OFD document", ".epub": "an e-book", ".zip": "an archive inside an archive: unpack it"}


# the source of the second archive member of a name (pack.zip/r.txt#2: nlp.inputs): its suffix is the name's
_DUPLICATE_MARK = re.compile(r"#\d+$")


def _suffix(name: str | None) -> str:
    return Path(_DUPLICATE_MARK.sub("", name)).suffix.lower() if name else ""


def sniff(data: bytes, name: str | None) -> str:
    """The format of ``data``: by content magic first (a .txt that is really a PDF is a PDF)."""
    head = data[:2048].lstrip()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        ext = _suffix(name)
        if ext in _OTHER_ZIP_FORMATS:          # OOXML workbooks and slides, OpenDocument, OFD, EPUB: zips too
            raise NianbaoError(Errors.E011, name, detail=f"{ext} ({_OTHER_ZIP_FORMATS[ext]})")
        return "docx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise NianbaoError(Errors.E011, name, detail="(legacy .doc/.xls OLE file)")
    ext = _suffix(name)
    if ext in _EXT:
        fmt = _EXT[ext]
        if fmt in ("pdf", "docx"):
            raise NianbaoError(Errors.E002 if data else Errors.E001, name,
                               detail=f"{ext} file without a {fmt.upper()} signature")
        return fmt
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in low or b"<div" in low:
        return "html"
    if ext and ext not in ("", ".log"):
        raise NianbaoError(Errors.E011, name, detail=ext)
    return "text"


# invisible format characters that web editors, WeChat and Word leave in text: zero-width space and joiners,
# direction marks and embeddings, word joiner, invisible operators, a stray byte-order mark, soft hyphen
_INVISIBLE_RANGES = ((0xad, 0xad), (0x180e, 0x180e), (0x200b, 0x200f), (0x202a, 0x202e), (0x2060, 0x2064),
                     (0x2066, 0x206f), (0xfeff, 0xfeff))
_INVISIBLE_SET = frozenset(chr(c) for a, b in _INVISIBLE_RANGES for c in range(a, b + 1))
_HAS_INVISIBLE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _INVISIBLE_RANGES) + "]")
_FIGURE_MARKS = frozenset(".．,，")        # a figure's point or comma, inside a run between digits


def _in_run(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to a run of word characters (CJK, digits, letters; a figure's point or comma
    between its digits) or is invisible."""
    ch = text[i]
    if ch.isalnum() or ch == "_" or ch in _INVISIBLE_SET:
        return True
    if ch in _FIGURE_MARKS and 0 < i < len(text) - 1:
        before, after = text[i - 1], text[i + 1]
        return (before.isdigit() or before in _INVISIBLE_SET) and (after.isdigit() or after in _INVISIBLE_SET)
    return False


def without_invisible(text: str) -> str:
    """``text`` without invisible format characters, at the same length: each run of word characters they
    sit in is closed up and moved right, a space in front for each character removed ("4\u200b9件" → " 49件",
    "主动\u200b公开" → " 主动公开"), so a figure or a word they split reads whole and every offset outside
    such a run is unchanged. Runs are found from each invisible character outwards (linear in the text)."""
    if not _HAS_INVISIBLE.search(text):
        return text
    out, pos = [], 0
    for m in _HAS_INVISIBLE.finditer(text):
        if m.start() < pos:
            continue                                   # in the run just closed up
        a, b = m.start(), m.end()
        while a > pos and _in_run(text, a - 1):
            a -= 1
        while b < len(text) and _in_run(text, b):
            b += 1
        run = text[a:b]
        kept = _HAS_INVISIBLE.sub("", run)
        out += [text[pos:a], " " * (len(run) - len(kept)), kept]
        pos = b
    out.append(text[pos:])
    return "".join(out)


# line ends that are not "\n": a CR alone (classic Mac files, some crawlers), the Unicode line and paragraph separators,
# NEL, and the vertical tab and form feed of some Word and PDF exports. Each becomes "\n" (one character for one: every
# offset stays the file's), so that headings and rows start lines; a CR before "\n" stays (it is a line's end already)
_OTHER_LINE_END = re.compile("\r(?!\n)|[\u2028\u2029\x85\x0b\x0c]")
_OTHER_LINE_END_CHARS = "\r\u2028\u2029\x85\x0b\x0c"


def with_plain_line_ends(text: str) -> str:
    """``text`` with every other line end (:data:`_OTHER_LINE_END`) as "\n", at the same length."""
    if not any(ch in text for ch in _OTHER_LINE_END_CHARS):     # (most texts: a few scans, quicker than the pattern)
        return text
    return _OTHER_LINE_END.sub("\n", text)


def read_document(data: bytes, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  encoding: str | None = None) -> Document:
    doc = _read_document(data, name, max_bytes=max_bytes, encoding=encoding)
    text = without_invisible(with_plain_line_ends(doc.text))
    hints = {k: _HAS_INVISIBLE.sub("", v) for k, v in doc.hints.items()}
    if text is doc.text and hints == doc.hints:
        return doc
    return dataclasses.replace(doc, text=text, hints=hints)


def _read_document(data: bytes, name: str | None, *, max_bytes: int, encoding: str | None) -> Document:
    if not data or not data.strip():
        raise NianbaoError(Errors.E001, name)
    if len(data) > max_bytes:
        raise NianbaoError(Errors.E004, name, size=len(data), limit=max_bytes)
    fmt = sniff(data, name)
    if fmt in ("text", "markdown"):
        from .text import read_text
        return read_text(data, name, markdown=fmt == "markdown", encoding=encoding)
    if fmt == "html":
        from .html import read_html
        return read_html(data, name, encoding=encoding)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(data, name)
    from .pdf import read_pdf
    return read_pdf(data, name)
