"""The text the models read: three views of every item, built by our code, fed to stock vectorizers.

``words``: the item's jieba words (``nlp.segment``, domain dictionary segdict-v1), space-joined, for
``TfidfVectorizer(token_pattern=r"\\S+", ngram_range=(1, 2))``. Training segments with the jieba reference;
inference with the ``fast`` backend, which gives the same tokens (rjieba where the two agree).

``chars``: the raw item text (whitespace runs collapsed), for ``TfidfVectorizer(analyzer="char",
ngram_range=(1, 3))``.

``cues``: marker tokens: the heading kind, the context the item sits in (the latest sub-heading or lead-in
before it), its third of section 五, the keyword rules' topic and polarity cue families it hits
(``nlp.topics.keywords``), its shape (length bucket; a table row, an enumerated item, a glued heading of
another section, mostly digits) and the topic cue families of its title (the first clause of an item that
goes on, as in （二）拓展公开渠道。充分发挥…), for a binary ``CountVectorizer(token_pattern=r"\\S+")``.
(v2 added the shape and title tokens, v3 the tense/modality tokens ``mod_*``: plan / need / standing state /
completed fix markers, the polarity families of the first and last clause, which family has more hits, an
open or colon end; all chosen by cross-validation on the train split; both models read them, which CV
preferred to the polarity model alone: ``TrainConfig.topic_cue_families``. v4: the share of an item that a
remedy after its stated gap takes (``mod_remedy_major`` / ``_minor`` / ``_tail``: codebook P2 and P6), praise,
thanks and statements of principle without a contrast (``mod_praise``: codebook `other`), and
the context fixed: an enumerated point is never a lead-in, a long list lead-in about last year's problems
announces rectification, and under a rectification heading a lead-in announcing measures keeps the
rectification context (P8). v5: ``past_ref`` / ``past_fix``: the item names a problem of an earlier report or
outside review, and reports it fixed (codebook P5, P16); a short sentence announces rectification only when it
looks back (a same-year fix, 年内自查发现…已整改到位, does not: P9). v6: a look-back names 短板, 差距 or 薄弱环节 as well
as 问题/不足 and may open with 对于 (本局针对上年工作中的短板，积极落实整改。 announces rectification).)

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
from ..segment import INFERENCE_BACKEND, segmenter
from . import keywords
from .keywords import (_grassroots_rule, cue_counts, lead_in_kind, modal_hits, past_hits, polarity_hits,
                       raw_topic_hits, shape_hits, title_topic_hits)
from .labels import HEADING_KINDS

FEATURE_VERSION = "section5-features-v6"
COLUMNS = ("words", "chars", "cues")
# cue token families (prefixes): training may leave some out (TrainConfig.cue_families); inference computes
# all of them, and the fitted vocabulary ignores the tokens of families a model was not trained on
CUE_FAMILIES = ("context", "topic", "polarity", "shape", "title", "modal", "past")
_FAMILY_OF_PREFIX = {"hk": "context", "ctx": "context", "pos": "context", "cue": "topic", "pol": "polarity",
                     "shape": "shape", "title": "title", "mod": "modal", "past": "past"}
TRAIN_SEGMENTER = "jieba"        # the reference the models are trained on
INFERENCE_SEGMENTER = INFERENCE_BACKEND     # the same tokens, faster (nlp.segment: rjieba where it agrees with jieba)

_WS = re.compile(r"\s+")


def fingerprint() -> str:
    """sha256 of the feature version and every pattern the cue tokens come from."""
    parts = [FEATURE_VERSION, *COLUMNS]
    parts += [f"{k}={rx.pattern}" for k, rx in keywords.TOPIC_CUES.items()]
    parts += [rx.pattern for rx in (keywords.RE_PROBLEM, keywords.RE_IMPROVEMENT, keywords.RE_RECTIFICATION,
                                    keywords.RE_LEAD_IN, keywords.RE_BOILERPLATE,
                                    keywords._GRASSROOTS_ONLY_CATALOGUE, keywords._GRASSROOTS_SENSE,
                                    keywords._LEAD_IN_LIST, keywords._LEAD_IN_PLAN, keywords._LEAD_IN_PROBLEMS,
                                    keywords._LEAD_IN_LOOKBACK,
                                    keywords.RE_TITLE, keywords.RE_TABLE_ROW, keywords.RE_ENUMERATED,
                                    keywords.RE_OTHER_SECTION, keywords._DIGIT, keywords.RE_FUTURE,
                                    keywords.RE_NEED, keywords.RE_STATE, keywords.RE_DONE, keywords._CLAUSE,
                                    keywords.RE_REMEDY_START, keywords.RE_PRAISE, keywords.RE_CONTRAST,
                                    keywords.RE_PAST_PROBLEM, keywords._RECT_LOOKBACK)]
    parts += [f"remedy<{keywords.REMEDY_TAIL}", "lead-ins: not enumerated; rectification heading kept"]
    parts += [f"length<{limit}={name}" for limit, name in keywords.LENGTH_BUCKETS]
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
        if it.marker:
            continue            # an enumerated point is a point, not a lead-in (v4)
        lead = lead_in_kind(normalise(it.text))
        if lead and not (lead == "improvements" and it.heading_kind == "rectification"):
            context = lead      # under a rectification heading, 采取了以下措施： keeps it (P8, v4)
    return out


def inputs_from_texts(texts: Sequence[str], headings: Sequence[str | None] | None = None) -> list[ItemInput]:
    """Independent texts (no sequence context); ``headings``: a heading text or kind per text."""
    if headings is not None and len(headings) != len(texts):
        raise ValueError(f"headings has {len(headings)} entries for {len(texts)} texts; give one per text or None.")
    kinds = [as_heading_kind(h) for h in headings] if headings is not None else ["none"] * len(texts)
    return [ItemInput(t, k, k, "na") for t, k in zip(texts, kinds)]


class _Prefixed(dict):
    """family_name → "family_name" token, built on first use (saves an f-string per token and item)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, key: str) -> str:
        value = self[key] = self.prefix + key
        return value


_HK, _CTX, _POS = _Prefixed("hk_"), _Prefixed("ctx_"), _Prefixed("pos_")
_CUE, _POL, _SHAPE, _TITLE = _Prefixed("cue_"), _Prefixed("pol_"), _Prefixed("shape_"), _Prefixed("title_")
_MOD, _PAST = _Prefixed("mod_"), _Prefixed("past_")


def cue_tokens(item: ItemInput, text: str | None = None) -> list[str]:
    """Marker tokens: heading kind, context, position, keyword cue families, shape and title cues (``text``:
    the item's normalised text when the caller has it)."""
    if text is None:
        text = normalise(item.text)
    raw = raw_topic_hits(text)
    tokens = [_HK[item.heading_kind], _CTX[item.context], _POS[item.position]]
    tokens += map(_CUE.__getitem__, _grassroots_rule(text, raw[:]))
    counts = cue_counts(text)                  # (read by the polarity and the modal families)
    tokens += map(_POL.__getitem__, polarity_hits(text, counts))
    tokens += map(_SHAPE.__getitem__, shape_hits(text))
    if raw:
        tokens += map(_TITLE.__getitem__, title_topic_hits(text, raw))
    tokens += map(_MOD.__getitem__, modal_hits(text, counts))
    tokens += map(_PAST.__getitem__, past_hits(text))
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


def cue_family(token: str) -> str:
    return _FAMILY_OF_PREFIX[token.split("_", 1)[0]]


def frame(inputs: Sequence[ItemInput] | Views, backend: str = TRAIN_SEGMENTER,
          cue_families: Sequence[str] | None = None):
    """The model input of the pipelines: a DataFrame with the ``words``, ``chars`` and ``cues`` columns (token
    lists space-joined), one row per item; ``cue_families``: keep only those cue tokens (training)."""
    import pandas as pd
    v = inputs if isinstance(inputs, Views) else views(inputs, backend)
    cues = v.cues
    if cue_families is not None and set(cue_families) != set(CUE_FAMILIES):
        unknown = set(cue_families) - set(CUE_FAMILIES)
        if unknown:
            raise ValueError(f"unknown cue families {sorted(unknown)}; known: {CUE_FAMILIES}")
        keep = set(cue_families)
        cues = [[t for t in c if cue_family(t) in keep] for c in cues]
    return pd.DataFrame({"words": [" ".join(w) for w in v.words], "chars": v.chars,
                         "cues": [" ".join(c) for c in cues]}, columns=list(COLUMNS))
