"""One report's whole analysis: numbers, claims, narrative checks and every finding.

``analyse(report)`` is what ``nianbao check``, the batch runner and the notebooks call; corpus-level
(cross-year) findings are added by :mod:`nlp.crossyear`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .arithmetic import StatedChange, respective_shares, stated_changes, sums_after_parts
from .claims import Claim, PartsList, RateCheck, make_claims, parts_lists, rate_checks
from .narrative_checks import narrative_findings
from .numbers import Mention, extract_numbers, implied
from .types import Finding, Report


@dataclass
class Analysis:
    report: Report
    numbers: list[Mention]
    claims: list[Claim]
    parts: list[PartsList] = field(default_factory=list)
    rates: list[RateCheck] = field(default_factory=list)
    changes: list[StatedChange] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def discrepancies(self) -> list[Finding]:
        """Every finding of the report: table checks first, then narrative findings."""
        return list(self.report.checks) + self.findings


def narrative_spans(report: Report) -> list[tuple[int, int, str | None]]:
    """The report's prose: everything after the crawl header except the statistics tables, by section."""
    holes = sorted(report.table_spans.values())
    bounds = [(s.start, s.end, s.key) for s in report.sections]
    first = report.sections[0].start if report.sections else len(report.text)
    pieces = [(report.body_start, first, "intro")] + bounds if first > report.body_start else bounds
    if not report.sections:
        pieces = [(report.body_start, len(report.text), None)]
    out = []
    for s, e, key in pieces:
        cursor = s
        for hs, he in holes:
            if he <= cursor or hs >= e:
                continue
            if hs > cursor:
                out.append((cursor, hs, key))
            cursor = max(cursor, he)
        if cursor < e:
            out.append((cursor, e, key))
    return out


def analyse(report: Report) -> Analysis:
    mentions = extract_numbers(report.text, narrative_spans(report))
    claims = make_claims(report, mentions)
    stated = [m for m in mentions if not implied(m)]       # (the text's own arithmetic: the figures it prints)
    a = Analysis(report, mentions, claims,
                 parts_lists(report.text, stated, claims) + sums_after_parts(report.text, stated),
                 rate_checks(report.text, stated) + respective_shares(report.text, stated),
                 stated_changes(report.text, stated))
    a.findings = narrative_findings(a)
    return a
