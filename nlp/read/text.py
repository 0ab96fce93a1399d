"""Plain text and markdown: decode bytes to ``str`` character for character.

The decoded text is the report's ``text``: BOM removed, newlines untouched, so offsets index the
file's characters exactly. Encodings tried: BOM-declared (UTF-8/UTF-16), UTF-8, GB18030 (a superset
of GBK and GB2312), then what charset-normalizer detects among Chinese encodings.
"""
from __future__ import annotations

import codecs
import re

from ..errors import Errors, NianbaoError
from ..types import Document

_CONTROL = bytes(b for b in range(32) if b < 9 or 13 < b < 32)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def looks_binary(data: bytes) -> str | None:
    """A reason when ``data`` is not text (NUL bytes, many control bytes), else None."""
    head = data[:8192]
    if any(head.startswith(b) for b, _ in _BOMS[1:]):
        return None
    if b"\x00" in head:
        return "contains NUL bytes"
    ctrl = len(head) - len(head.translate(None, _CONTROL))
    if head and ctrl / len(head) > 0.05:
        return "many control bytes"
    return None


def decode(data: bytes, source: str | None = None, encoding: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise E003 when no supported encoding fits."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise NianbaoError(Errors.E003, source, detail=f"{encoding}: {exc}") from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc
            except UnicodeDecodeError as exc:
                raise NianbaoError(Errors.E003, source, detail=f"{enc} with BOM: {exc.reason}") from None
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and not _plausible_chinese(text):
            break
        return text, enc
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data, cp_isolation=["big5", "gb18030", "utf_8", "utf_16"]).best()
    except Exception:  # noqa: BLE001 - detector failures mean "cannot decode"
        best = None
    if best is not None:
        return str(best), best.encoding
    raise NianbaoError(Errors.E003, source, detail="no candidate encoding decodes it")


def _plausible_chinese(text: str) -> bool:
    """GB18030 decodes almost any byte string; accept it only when the result is mostly CJK/ASCII."""
    if not text:
        return True
    bad = len(_IMPLAUSIBLE.findall(text))
    return (len(text) - bad) / len(text) > 0.9


# characters a Chinese text is mostly made of: ASCII, CJK ideographs, CJK and full-width punctuation, quotes
_IMPLAUSIBLE = re.compile("[^\x00-\x7f\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’—…·]")


def read_text(data: bytes, source: str | None = None, *, markdown: bool = False,
              encoding: str | None = None) -> Document:
    reason = looks_binary(data)
    if reason:
        raise NianbaoError(Errors.E002, source, detail=reason)
    text, enc = decode(data, source, encoding)
    return Document(text=text, source_format="markdown" if markdown else "text", encoding=enc)
