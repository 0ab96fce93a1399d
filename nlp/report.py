"""``read_report``: one file (path or bytes) → :class:`~nlp.types.Report`. The pipeline:
reader → crawl header → sections → tables → metadata → checks."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .checks import completeness_findings, table_findings
from .errors import Errors, NianbaoError
from .meta import (FILE_NAME_HINT, RE_REPORT_WORDS, body_in_fields, body_key, body_named_in_text, body_signed,
                   crawl_header, guess_body, guess_level, guess_published, guess_title, guess_year, title_disagreement)
from .read import DEFAULT_MAX_BYTES, read_document
from .sections import find_sections
from .tables.extract import TableRead, read_t2, read_t3, read_t4, table_view
from .types import Document, Meta, Report

RE_PRE2019 = re.compile(r"依申请公开政府信息(?:的)?情况|政府信息公开的收费及减免情况|计量单位|申请总数")


def read_report(src: str | Path | bytes, *, name: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                encoding: str | None = None, report_id: str | None = None) -> Report:
    """Read one report. ``src`` is a path or the file's bytes (then ``name`` gives its file name).
    ``report_id``: the id a batch gave the input (unique in its run); by default the file name's stem."""
    if isinstance(src, (str, Path)):
        path = Path(src)
        name = name or str(src)
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise NianbaoError(Errors.E004, name, size=size, limit=max_bytes)
            data = path.read_bytes()
        except OSError as exc:
            raise NianbaoError(Errors.E010, name, detail=exc.strerror or str(exc)) from None
    else:
        data = bytes(src)
    doc = read_document(data, name, max_bytes=max_bytes, encoding=encoding)
    return build_report(doc, name or "<bytes>", report_id=report_id or report_id_for(name, data))


def report_id_for(name: str | None, data: bytes) -> str:
    stem = _stem(name)
    return stem if stem else "r-" + hashlib.sha1(data).hexdigest()[:12]


def _stem(name: str | None) -> str:
    """A file's name without its folders and extension ("" for bytes without a name; a zip member's name too)."""
    return Path(name.split("/")[-1]).stem if name and name != "<bytes>" else ""


def build_report(doc: Document, source: str, *, report_id: str) -> Report:
    text = doc.text
    header, start = crawl_header(text)
    hints = {**doc.hints, **header}
    stem = _stem(source)
    if RE_REPORT_WORDS.search(stem):
        hints.setdefault(FILE_NAME_HINT, stem)          # a file named by its title
    warnings = list(doc.warnings)
    sections = find_sections(text, start)
    view = table_view(text)                     # same offsets; markup a converter left in tables masked
    t2 = read_t2(view, start)
    t3 = read_t3(view, start)
    t4 = read_t4(view, t3.span[1] if t3 else start)
    tables: list[TableRead] = [t for t in (t2, t3, t4) if t is not None]
    title = guess_title(text, start, hints)
    disagreement = title_disagreement(text, start, hints)
    if disagreement:
        warnings.append(disagreement)
    year = guess_year(title, text, start)
    body = guess_body(title, hints) or body_in_fields(text, start) \
        or body_named_in_text(text, start, sections[0].start if sections else len(text)) \
        or body_signed(text, sections[-1].end if sections else None)
    fmt = (t2.fmt if t2 else None) or (t3.fmt if t3 else None)
    if fmt is None and (year <= 2018 if year is not None else bool(RE_PRE2019.search(text))):
        fmt = "pre-2019"          # (the old outline's words alone: a later report may use them as a subheading)
    body_len = len(text) - start
    if not sections and not tables:
        if not (title and RE_REPORT_WORDS.search(title)) and not RE_REPORT_WORDS.search(text[:5000]):
            raise NianbaoError(Errors.E005, source, detail="no report headings, tables or title found")
        warnings.append("页面只有标题、没有正文（报告可能以附件形式发布）：未找到任何章节和表格"
                        if body_len < 1500 else "未找到任何章节和统计表格")
    if fmt == "pre-2019":
        warnings.append("2019年以前格式的报告：统计表与新版模板不同，未读取表格，仅识别章节")
    meta = Meta(title=title, body=body, body_key=body_key(body), year=year,
                published=guess_published(text, hints, sections[-1].end if sections else None),
                level=guess_level(body), table_format=fmt,
                source_format=doc.source_format, encoding=doc.encoding)
    checks = table_findings(tables) + completeness_findings(year, fmt, tables, sections)
    for t in tables:
        warnings.extend(f"{t.table}: {n}" for n in t.notes)
    cells = {k: c for t in tables for k, c in t.cells.items()}
    return Report(report_id=report_id, source=source, text=text, meta=meta, sections=tuple(sections),
                  cells=cells, checks=tuple(checks), warnings=tuple(warnings),
                  table_formats={t.table: t.fmt for t in tables},
                  table_spans={t.table: t.span for t in tables}, body_start=start)
