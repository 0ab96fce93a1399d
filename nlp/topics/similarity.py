"""How similar two reports' section 五 texts are: one function, used by the cross-year finding
(照搬往年) and by the tagger's per-report indicator."""
from __future__ import annotations

import re

_NOISE = re.compile(r"[\s\d０-９，。、；：:,.;！？!?“”\"'（）()《》【】\-—*#]+|20\d\d年")


def _grams(text: str, n: int = 3) -> set[str]:
    t = _NOISE.sub("", text)
    return {t[i:i + n] for i in range(max(0, len(t) - n + 1))}


def section5_similarity(text_a: str, text_b: str) -> float:
    """Jaccard similarity of character 3-grams (years, digits and punctuation ignored), 0…1."""
    a, b = _grams(text_a), _grams(text_b)
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
