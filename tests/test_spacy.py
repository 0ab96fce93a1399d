"""The spaCy integration: versioned components put numbers and section 五 items on a Doc."""
from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
import nlp  # noqa: E402
import nlp.spacy  # noqa: E402,F401 - registers the factories

DEMO = Path(__file__).resolve().parents[1] / "corpora" / "demo"


@pytest.fixture(scope="module")
def lang():
    lang = spacy.blank("zh")
    lang.add_pipe("nianbao_numbers_v1")
    lang.add_pipe("nianbao_topics_v1")
    return lang


def test_numbers_component_on_plain_text(lang):
    doc = lang("全年共收到政府信息公开申请16件，办结率100%，推送文章200余篇。")
    got = [(s.text, s._.value, s._.low, s._.high, s._.unit, s.label_) for s in doc.spans["numbers"]]
    assert got == [("16件", 16, 16, 16, "件", "count"), ("100%", 100, 100, 100, "%", "percent"),
                   ("200余篇", None, 200, 300, "篇", "count")]


def test_components_on_a_report_doc(lang):
    report = nlp.read_report(DEMO / "demo-06_pdf_2021.pdf")
    doc = nlp.spacy.doc_from_report(lang, report)
    statuses = {s._.status for s in doc.spans["numbers"]}
    assert "mismatch" in statuses                       # the demo's injected narrative error
    items = doc.spans["items"]
    assert items and all(s._.polarity in ("problem", "improvement", "rectification", "other") for s in items)
    assert all(isinstance(s._.topics, list) and s._.topics for s in items)
    assert doc.text == report.text


def test_factory_names_are_versioned():
    from spacy.language import Language
    assert Language.has_factory("nianbao_numbers_v1") and Language.has_factory("nianbao_topics_v1")
