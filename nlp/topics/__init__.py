"""Section 五 tagger: each item of 存在的主要问题及改进情况 gets a polarity and one or more topics.

    >>> from nlp.topics import tag_items, tag_report, tag_reports, report_indicators
    >>> tag_items(["一是政策解读形式单一，图解、视频解读运用较少。"])[0]["topics"]
    ['policy_interpretation']

Many reports at once: ``tag_reports(reports)`` tags the items of all of them in one batch (one
vectorisation and one matrix product for both models, ``nlp.topics.fast``); ``tag_report(report)`` is
``tag_reports([report])[0]``. Batches of a few dozen reports amortise the per-call cost (see the model card
for the measured rate).

The label set is the domain primer's (``nlp.topics.labels``); the model is ``models/section5-v1`` (see its
README.md model card), loaded once per process by :func:`load_tagger` after its hash and library versions
are checked. Modules: ``features`` (what the models read), ``keywords`` (the rule baseline and cue tokens),
``model`` (train/save/load/predict), ``fast`` (the compiled inference path), ``train`` and ``evaluate`` (the
shipped model's figures), ``selection`` (the settings' cross-validation table), ``speed`` (reports/s),
``indicators`` and ``similarity`` (per-report measures), ``cli`` (train, evaluate, tag, classify).
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from .indicators import report_indicators
from .labels import LABELS, POLARITIES
from .similarity import section5_similarity

__all__ = ["load_tagger", "tag_items", "tag_report", "tag_reports", "report_indicators", "section5_similarity",
           "LABELS", "POLARITIES"]

_CACHE: dict[str, object] = {}
_LOCK = threading.Lock()


def load_tagger(model_dir: str | Path | None = None, reload: bool = False):
    """The tagger (``nlp.topics.model.Tagger``), loaded once per process and model directory.

    Without ``model_dir``: $NIANBAO_MODELS/section5-v1, else the repository's models/section5-v1, else the
    copy installed with the package. Raises NianbaoError E020 (missing), E021 (hash), E022 (library versions),
    E025 (metadata)."""
    from .model import find_model_dir, load_tagger as _load
    key = str(Path(model_dir).resolve()) if model_dir is not None else str(find_model_dir())
    with _LOCK:
        if reload or key not in _CACHE:
            _CACHE[key] = _load(key)
        return _CACHE[key]


def tag_items(items: Sequence, headings: Sequence[str | None] | None = None, tagger=None) -> list[dict]:
    """Polarity, topics and scores for each item, in order.

    ``items``: ``nlp.items.Item`` objects of one report's section 五 (in order: their headings and lead-ins
    are context), or plain strings (each on its own; ``headings`` optionally gives each one's sub-heading
    text or heading kind). Returns dicts with ``polarity``, ``topics`` (list) and ``scores`` (label → prob).
    """
    from ..items import Item
    from .features import inputs_from_items, inputs_from_texts
    items = list(items)
    if not items:
        return []
    if all(isinstance(x, Item) for x in items):
        if headings is not None:
            raise ValueError("headings is for plain strings; Items carry their own headings.")
        inputs = inputs_from_items(items)
    elif all(isinstance(x, str) for x in items):
        inputs = inputs_from_texts(items, headings)
    else:
        raise TypeError("tag_items takes a list of nlp.items.Item or a list of str, not a mix of types.")
    return (tagger or load_tagger()).predict(inputs)


def tag_reports(reports: Sequence, tagger=None) -> list[list[dict]]:
    """The section 五 items of every report with their offsets, context and tags, one list per report (in
    order; empty for a report without section 五). All items of all reports are tagged in one batch.

    Each item dict: report_id, source, index, start, end, text, heading, heading_kind, polarity, topics,
    scores. Items keep the context of their own report (headings, lead-ins, position)."""
    from ..items import report_items
    from .features import inputs_from_items
    reports = list(reports)
    per_report = [report_items(r) for r in reports]
    inputs = [x for items in per_report if items for x in inputs_from_items(items)]
    tags = (tagger or load_tagger()).predict(inputs) if inputs else []
    out: list[list[dict]] = []
    k = 0
    for report, items in zip(reports, per_report):
        rid, source = report.report_id, report.source
        rows = []
        for it in items:
            rows.append({"report_id": rid, "source": source, "index": it.index, "start": it.start, "end": it.end,
                         "text": it.text, "heading": it.heading, "heading_kind": it.heading_kind, **tags[k]})
            k += 1
        out.append(rows)
    return out


def tag_report(report, tagger=None) -> list[dict]:
    """Every item of the report's section 五 with its offsets, context and tags (one dict per item:
    report_id, source, index, start, end, text, heading, heading_kind, polarity, topics, scores);
    ``tag_reports([report])[0]``."""
    return tag_reports([report], tagger=tagger)[0]
