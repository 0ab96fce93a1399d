"""The per-report job of ``nianbao check`` / ``tag`` / ``parse --summary``: one input → rows for
every output table. Pure and picklable, so the local pool and Dask run the very same function."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .analysis import analyse
from .crossyear import YearRecord, year_record
from .errors import NianbaoError
from .outputs import cell_rows, discrepancy_rows, item_rows, number_rows, report_row
from .report import read_report


@dataclass
class JobOptions:
    job: str = "check"               # check / tag / parse
    tag: bool = True                 # run the section 五 tagger (check)
    html_dir: str | None = None      # write one HTML page per report here
    max_bytes: int = 50 * 1024 * 1024
    model_dir: str | None = None     # the section 五 tagger's model directory (default: the shipped one)

    @property
    def tags(self) -> bool:
        """Whether the job runs the section 五 tagger (a check or a tag job with tagging on)."""
        return self.tag and self.job in ("check", "tag")


def error_row(exc: NianbaoError, source: str, stage: str, **extra) -> dict:
    """The errors.csv row of a coded error: code, message, hint, plus the input and the stage it failed in."""
    return {**exc.to_dict(), "source": source, "stage": stage, **extra}


@dataclass
class JobResult:
    source: str
    rows: dict[str, list[dict]] = field(default_factory=dict)
    record: YearRecord | None = None
    error: dict | None = None

    @classmethod
    def failed(cls, source: str, exc: NianbaoError, stage: str, **extra) -> JobResult:
        return cls(source, error=error_row(exc, source, stage, **extra))


def run_one(source: str, data: bytes | None, opts: JobOptions, report_id: str | None = None) -> JobResult:
    """Process one input; expected failures become an error row, never an exception. ``report_id``: the id its
    batch gave it (default: the file name's stem)."""
    try:
        report = read_report(data if data is not None else source, name=source, max_bytes=opts.max_bytes,
                             report_id=report_id)
    except NianbaoError as exc:
        return JobResult.failed(source, exc, "read")
    try:
        return _process(report, opts)
    except NianbaoError as exc:
        return JobResult.failed(source, exc, opts.job)


def run_many(inputs: list[tuple[str, bytes | None]], opts: JobOptions,
             report_ids: list[str | None] | None = None,
             tick: Callable[[int | None], None] = lambda i: None) -> list[JobResult]:
    """Process several inputs, tagging their section 五 items together (one model call for all).
    ``report_ids``: the ids their batch gave them (default: each file name's stem). ``tick(i)`` is called as the
    work on input ``i`` starts (reading it, then checking it), ``tick(None)`` as the tagging of all starts: a
    worker's deadline runs per file from there."""
    results: list[JobResult | None] = [None] * len(inputs)
    reports = []
    ids = report_ids or [None] * len(inputs)
    for i, ((source, data), rid) in enumerate(zip(inputs, ids)):
        tick(i)
        try:
            reports.append((i, read_report(data if data is not None else source, name=source, max_bytes=opts.max_bytes,
                                           report_id=rid)))
        except NianbaoError as exc:
            results[i] = JobResult.failed(source, exc, "read")
    tagged_all: list[list[dict] | None] = [None] * len(reports)
    if opts.tags and reports:
        tick(None)
        tagged_all = list(_tag_many([r for _, r in reports], opts.model_dir))
    for (i, report), tagged in zip(reports, tagged_all):
        tick(i)
        try:
            results[i] = _process(report, opts, tagged)
        except NianbaoError as exc:
            results[i] = JobResult.failed(report.source, exc, opts.job)
    return results  # type: ignore[return-value]


def _tag_many(reports, model_dir: str | None = None) -> list[list[dict]]:
    from .topics import load_tagger, tag_reports
    return tag_reports(reports, tagger=load_tagger(model_dir) if model_dir else None)


def _process(report, opts: JobOptions, tagged: list[dict] | None = None) -> JobResult:
    res = JobResult(report.source)
    if opts.tags:
        if tagged is None:
            tagged = _tag_many([report], opts.model_dir)[0]
        res.rows["items"] = item_rows(report, tagged)
    tagged = tagged or []
    if opts.job == "tag":
        res.rows["reports"] = [report_row(report, 0, [], len(tagged))]
        res.record = year_record(report)
        return res
    if opts.job == "parse":
        res.rows["reports"] = [report_row(report, 0, list(report.checks), 0)]
        res.rows["cells"] = cell_rows(report)
        return res
    a = analyse(report)
    findings = a.discrepancies
    res.rows["reports"] = [report_row(report, len(a.numbers), findings, len(tagged))]
    res.rows["discrepancies"] = discrepancy_rows(report.report_id, report.source, findings)
    res.rows["numbers"] = number_rows(report, a.claims)
    res.rows["cells"] = cell_rows(report)
    res.record = year_record(report)
    if opts.html_dir:
        from .html_report import write_report_page
        write_report_page(a, findings, tagged, opts.html_dir)
    return res
