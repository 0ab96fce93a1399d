"""The text the models read: three views of every item, built by our code, fed to stock vectorizers.

``words``: the item's jieba words (``nlp.segment``, domain dictionary segdict-v1), space-joined, for
``TfidfVectorizer(token_pattern=r"\\S+", ngram_range=(1, 2))``. Training segments with the jieba reference;
inference with the ``fast`` backend, which gives the same tokens (rjieba where the two agree).

``chars``: the raw item text (whitespace runs collapsed), for ``TfidfVectorizer(analyzer="char",
ngram_range=(1, 3))``.

``cues``: marker tokens: the heading kind, the context the item sits in (the latest sub-heading or lead-in
before it), its third of section 五, and the keyword rules' topic and polarity cue families it hits
(``nlp.topics.keywords``), for a binary ``CountVectorizer(token_pattern=r"\\S+")``.

Everything project-specific happens here, before the pipeline: the persisted model holds library types
only. Models record ``FEATURE_VERSION`` and ``fingerprint()`` (a hash of the version and of every cue
pattern), and the loader refuses a model whose fingerprint differs: editing a cue list needs a retrain.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..items import Item, heading_kind as _heading_kind
from ..segment import segmenter
from . import keywords
from .keywords import lead_in_kind, polarity_hits, topic_hits
from .labels import HEADING_KINDS

FEATURE_VERSION = "section5-features-v1"
COLUMNS = ("words", "chars", "cues")
TRAIN_SEGMENTER = "jieba"        # the reference the models are trained on
INFERENCE_SEGMENTER = "fast"     # the same tokens, faster (nlp.segment: rjieba where it agrees with jieba)

_WS = re.compile(r"\s+")


def fingerprint() -> str:
    """sha256 of the feature version and every pattern the cue tokens come from."""
    parts = [FEATURE_VERSION, *COLUMNS]
    parts += [f"{k}={rx.pattern}" for k, rx in keywords.TOPIC_CUES.items()]
    parts += [rx.pattern for rx in (keywords.RE_PROBLEM, keywords.RE_IMPROVEMENT, keywords.RE_RECTIFICATION,
                                    keywords.RE_LEAD_IN, keywords.RE_BOILERPLATE,
                                    keywords._GRASSROOTS_ONLY_CATALOGUE, keywords._GRASSROOTS_SENSE,
                                    keywords._LEAD_IN_LIST, keywords._LEAD_IN_PLAN, keywords._LEAD_IN_PROBLEMS)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ItemInput:
    """One item as the models see it: its text and where it sits."""
    text: str
    heading_kind: str = "none"      # of the sub-heading it sits under
    context: str = "none"           # the latest heading or lead-in before it: problems / improvements / …
    position: str = "na"            # first / middle / last third of section 五; "na" for a lone text


def normalise(text: str) -> str:
    """Whitespace runs (line breaks of PDFs and crawls) become one space; the ends are stripped."""
    return _WS.sub(" ", text).strip()


def as_heading_kind(heading: str | None) -> str:
    """A heading kind from a kind name or a heading's text ("（一）存在问题" → problems)."""
    if not heading:
        return "none"
    if heading in HEADING_KINDS:
        return heading
    return _heading_kind(heading)


def inputs_from_items(items: Sequence[Item]) -> list[ItemInput]:
    """Items of one report's section 五, in order, with their context (headings and lead-ins)."""
    out: list[ItemInput] = []
    n = len(items)
    context, last_heading = "none", None
    for i, it in enumerate(items):
        if it.heading != last_heading:
            last_heading = it.heading
            context = it.heading_kind
        third = ("first", "middle", "last")[min(2, 3 * i // n)] if n > 1 else "na"
        out.append(ItemInput(it.text, it.heading_kind, context, third))
        lead = lead_in_kind(normalise(it.text))
        if lead:
            context = lead
    return out


def inputs_from_texts(texts: Sequence[str], headings: Sequence[str | None] | None = None) -> list[ItemInput]:
    """Independent texts (no sequence context); ``headings``: a heading text or kind per text."""
    if headings is not None and len(headings) != len(texts):
        raise ValueError(f"headings has {len(headings)} entries for {len(texts)} texts; give one per text or None.")
    kinds = [as_heading_kind(h) for h in headings] if headings is not None else ["none"] * len(texts)
    return [ItemInput(t, k, k, "na") for t, k in zip(texts, kinds)]


def cue_tokens(item: ItemInput, text: str | None = None) -> list[str]:
    """Marker tokens: heading kind, context, position and keyword cue families (``text``: the item's
    normalised text when the caller has it)."""
    if text is None:
        text = normalise(item.text)
    tokens = [f"hk_{item.heading_kind}", f"ctx_{item.context}", f"pos_{item.position}"]
    tokens += [f"cue_{t}" for t in topic_hits(text)]
    tokens += [f"pol_{p}" for p in polarity_hits(text)]
    return tokens


def cue_view(item: ItemInput) -> str:
    """Marker tokens, space-joined (the ``cues`` column)."""
    return " ".join(cue_tokens(item))


@dataclass
class Views:
    """The three views of a batch of items, one entry per item: ``words`` (token lists), ``chars``
    (normalised texts), ``cues`` (token lists). :func:`frame` joins the token lists for the pipelines; the
    compiled tagger (``nlp.topics.fast``) reads the lists directly."""
    words: list[list[str]]
    chars: list[str]
    cues: list[list[str]]

    def __len__(self) -> int:
        return len(self.chars)


def views(inputs: Sequence[ItemInput], backend: str = INFERENCE_SEGMENTER) -> Views:
    """The views of ``inputs``. ``backend``: the segmenter (``nlp.segment``); "fast" gives the jieba
    reference's tokens (rjieba where the two agree), so models trained on "jieba" read the same words."""
    seg = segmenter(backend).tokens
    chars = [normalise(x.text) for x in inputs]
    return Views([seg(t) for t in chars], chars, [cue_tokens(x, t) for x, t in zip(inputs, chars)])


def frame(inputs: Sequence[ItemInput] | Views, backend: str = TRAIN_SEGMENTER):
    """The model input of the pipelines: a DataFrame with the ``words``, ``chars`` and ``cues`` columns (token
    lists space-joined), one row per item."""
    import pandas as pd
    v = inputs if isinstance(inputs, Views) else views(inputs, backend)
    return pd.DataFrame({"words": [" ".join(w) for w in v.words], "chars": v.chars,
                         "cues": [" ".join(c) for c in v.cues]}, columns=list(COLUMNS))
