"""spaCy integration for notebook users and displaCy: pipeline components that put the narrative's
numbers (and section 五 topics) on a ``Doc``. The batch path does not go through spaCy.

    >>> import spacy, nlp.spacy            # registers the factories
    >>> lang = spacy.blank("zh")
    >>> lang.add_pipe("nianbao_numbers_v1")
    >>> doc = lang("全年共收到政府信息公开申请16件，办结率100%。")
    >>> [(s.text, s._.value, s._.unit) for s in doc.spans["numbers"]]

Components (factory names carry versions — spaCy forbids dots in factory names; a released ``v1`` never changes behaviour):

- ``nianbao_numbers_v1`` assigns ``doc.spans["numbers"]`` with ``Span._.value``, ``_.low``, ``_.high``,
  ``_.unit``, ``_.kind`` and, when ``doc._.report`` holds a :class:`~nlp.types.Report`, ``_.concept``,
  ``_.status`` and ``_.targets`` from the claims;
- ``nianbao_topics_v1`` assigns ``doc.spans["items"]`` (section 五 items) with ``Span._.polarity`` and
  ``Span._.topics`` (needs ``doc._.report``).
"""
from __future__ import annotations

from ._spacy_impl import NumbersComponent, TopicsComponent, doc_from_report  # noqa: F401
