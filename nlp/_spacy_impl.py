"""Implementation behind :mod:`nlp.spacy` (kept apart so that ``import nlp.spacy`` stays light)."""
from __future__ import annotations

from typing import Any

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as exc:  # pragma: no cover - spaCy is a dependency; this guards odd installs
    from .errors import Errors, NianbaoError
    raise NianbaoError(Errors.E023, None, package="spacy", detail=str(exc)) from None

for _name in ("value", "low", "high", "unit", "kind", "concept", "status", "targets", "polarity", "topics", "scores"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("report"):
    Doc.set_extension("report", default=None)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


class NumbersComponent:
    """Writes ``doc.spans["numbers"]``; prediction (:meth:`predict`) is kept apart from writing."""

    def __init__(self, lang: Language, name: str = "nianbao_numbers_v1"):
        self.name = name

    def predict(self, doc: Doc) -> list[dict[str, Any]]:
        report = doc._.report
        if report is not None and report.text == doc.text:
            from .analysis import analyse
            return [c.to_dict() for c in analyse(report).claims]
        from .numbers import extract_numbers
        return [m.to_dict() for m in extract_numbers(doc.text)]

    def set_annotations(self, doc: Doc, found: list[dict[str, Any]]) -> None:
        spans = []
        for d in found:
            span = _span(doc, d["start"], d["end"], d["kind"])
            if span is None:
                continue
            for k in ("value", "low", "high", "unit", "kind", "concept", "status", "targets"):
                setattr(span._, k, d.get(k))
            spans.append(span)
        doc.spans["numbers"] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc


class TopicsComponent:
    """Writes ``doc.spans["items"]`` for the report in ``doc._.report`` with polarity and topics."""

    def __init__(self, lang: Language, name: str = "nianbao_topics_v1"):
        self.name = name

    def predict(self, doc: Doc) -> list[dict[str, Any]]:
        report = doc._.report
        if report is None or report.text != doc.text:
            return []
        from .topics import tag_report
        return tag_report(report)

    def set_annotations(self, doc: Doc, tagged: list[dict[str, Any]]) -> None:
        spans = []
        for t in tagged:
            span = _span(doc, t["start"], t["end"], t.get("polarity") or "item")
            if span is None:
                continue
            span._.polarity, span._.topics, span._.scores = t.get("polarity"), t.get("topics"), t.get("scores")
            spans.append(span)
        doc.spans["items"] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc


@Language.factory("nianbao_numbers_v1", assigns=["doc.spans"], requires=[])
def make_numbers(nlp: Language, name: str) -> NumbersComponent:  # spaCy passes the pipeline as ``nlp``
    return NumbersComponent(nlp, name)


@Language.factory("nianbao_topics_v1", assigns=["doc.spans"], requires=[])
def make_topics(nlp: Language, name: str) -> TopicsComponent:
    return TopicsComponent(nlp, name)


def doc_from_report(lang: Language, report) -> Doc:
    """A Doc of the report's text with ``doc._.report`` set, run through ``lang``'s pipeline."""
    doc = lang.make_doc(report.text)
    doc._.report = report
    for _, proc in lang.pipeline:
        doc = proc(doc)
    return doc
