"""How alike two section 五 texts are (照搬往年: section 五 copied from last year or from a sibling body).

One function, :func:`section5_similarity`: the Jaccard index of the two texts' character 3-gram sets after
dropping what changes from year to year without changing the content: whitespace, punctuation and digits
(years, counts), and enumeration markers (一是, （一）). 1.0 is the same text; reports that restate last
year's problems with a new year number score ≈ 1; unrelated sections of the same genre score ≈ 0.1–0.3.
"""
from __future__ import annotations

import re

NGRAM = 3
# whitespace, ASCII and CJK punctuation, digits (ASCII, full-width, Chinese numerals of years like 二〇二三)
_NOISE = re.compile(r"[\s\d０-９〇○零\W_]+", re.UNICODE)
_ENUM = re.compile(r"[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)]")


def normalise(text: str) -> str:
    return _NOISE.sub("", _ENUM.sub("", text or ""))


def char_ngrams(text: str, n: int = NGRAM) -> set[str]:
    t = normalise(text)
    if len(t) < n:
        return {t} if t else set()
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def section5_similarity(text_a: str, text_b: str) -> float:
    """Character 3-gram Jaccard similarity in [0, 1] of two section 五 texts (0.0 when either is empty)."""
    return jaccard(char_ngrams(text_a), char_ngrams(text_b))


def jaccard(a: set[str], b: set[str]) -> float:
    """:func:`section5_similarity` of two texts' :func:`char_ngrams`."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
