"""Readers: bytes of one file → :class:`~nlp.types.Document` (decoded text with tables rendered as
tab-separated lines). One module per format; :func:`read_document` picks by extension, then sniffs."""
from __future__ import annotations

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


def sniff(data: bytes, name: str | None) -> str:
    """The format of ``data``: by content magic first (a .txt that is really a PDF is a PDF)."""
    head = data[:2048].lstrip()
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        ext = Path(name).suffix.lower() if name else ""
        if ext in _OTHER_ZIP_FORMATS:          # OOXML workbooks and slides, OpenDocument, OFD, EPUB: zips too
            raise NianbaoError(Errors.E011, name, detail=f"{ext} ({_OTHER_ZIP_FORMATS[ext]})")
        return "docx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise NianbaoError(Errors.E011, name, detail="(legacy .doc/.xls OLE file)")
    ext = Path(name).suffix.lower() if name else ""
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


def read_document(data: bytes, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  encoding: str | None = None) -> Document:
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
