"""Coded, actionable errors (spaCy style): ``[E0xx] what was wrong. what to do``.

Every expected failure of the library raises :class:`NianbaoError` with a code from
:class:`Errors`; the CLI prints ``message`` on one line and exits non-zero, batch runs record
``code``/``message``/``hint`` per file and go on.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorSpec:
    code: str
    template: str
    hint: str


class Errors:
    E001 = ErrorSpec("E001", "Input is empty", "Check that the file was downloaded completely.")
    E002 = ErrorSpec("E002", "Input looks binary ({detail}), not a report in a supported format",
                     "Supported formats: .txt, .md, .html/.htm, .docx, .pdf; save .doc, .wps, .rtf or .ofd "
                     "files as .docx or .pdf first.")
    E003 = ErrorSpec("E003", "Cannot decode text: not UTF-8, UTF-16 or GB18030 ({detail})",
                     "Convert the file to UTF-8, or read it with `nianbao parse --encoding ENCODING` (a batch run "
                     "reads each file's own encoding).")
    E004 = ErrorSpec("E004", "Input is too large: {size} bytes exceeds the limit of {limit} bytes",
                     "Raise the limit with --max-bytes if the file is genuine.")
    E005 = ErrorSpec("E005", "Not a government-information-disclosure annual report ({detail})",
                     "nianbao reads 政府信息公开工作年度报告; this file has none of its headings or tables.")
    E006 = ErrorSpec("E006", "DOCX is damaged or unsafe: {detail}",
                     "Re-save the document in Word/LibreOffice, or convert it to PDF or text.")
    E007 = ErrorSpec("E007", "PDF has no text layer ({detail})",
                     "The PDF is a scan: run OCR on it first (e.g. ocrmypdf) and read the result.")
    E008 = ErrorSpec("E008", "PDF cannot be read: {detail}",
                     "The file may be truncated or encrypted; download it again.")
    E009 = ErrorSpec("E009", "HTML cannot be read: {detail}",
                     "The page may be truncated; save the complete page and try again.")
    E010 = ErrorSpec("E010", "File not found or not readable: {detail}",
                     "Check the path, and that the file may be read.")
    E011 = ErrorSpec("E011", "Unsupported file type {detail}",
                     "Supported formats: .txt, .md, .html/.htm, .docx, .pdf; save .doc, .wps, .rtf or .ofd "
                     "files as .docx or .pdf first.")
    E012 = ErrorSpec("E012", "Output path {detail} already exists",
                     "Pass --force to overwrite it.")
    E016 = ErrorSpec("E016", "Input list cannot be used: {detail}",
                     "An @LIST file names one input per line (UTF-8 or GB18030; # starts a comment); a list may "
                     "name other lists, but not itself.")
    E017 = ErrorSpec("E017", "Output directory cannot be made or written: {detail}",
                     "Choose another -o (a folder you may write to, not a file or a broken link).")
    E018 = ErrorSpec("E018", "Archive member cannot be read safely: {detail}",
                     "Unpack the archive yourself and give the file: the member is encrypted, damaged or "
                     "compressed beyond a safe ratio.")
    E019 = ErrorSpec("E019", "Archive cannot be opened: {detail}",
                     "The archive is damaged, cut short or not a zip file: download it again, or unpack it with "
                     "another tool and give its files.")
    E028 = ErrorSpec("E028", "Page too large to read as a report: {detail}",
                     "A report's page holds a few hundred table cells; save the report's own page (or its PDF or "
                     "DOCX) and try again.")
    E013 = ErrorSpec("E013", "Reading took too long: {detail}",
                     "The file is probably malformed; inspect it by hand.")
    E014 = ErrorSpec("E014", "The worker processing this file died ({detail})",
                     "The file probably exhausts memory or crashes a library; inspect it by hand.")
    E015 = ErrorSpec("E015", "Unexpected failure: {detail}",
                     "This is a bug in nianbao: please report it with the file.")
    E026 = ErrorSpec("E026", "The run could not go on: its worker processes exit before taking a file ({detail})",
                     "What they print above says why (memory, a damaged installation); what was finished is kept: "
                     "run the same command again once it is fixed.")
    E027 = ErrorSpec("E027", "Cannot reach the Dask scheduler {detail}",
                     "Check the address (tcp://HOST:8786), that `dask scheduler` runs there and that this machine "
                     "can reach it; or leave out --scheduler to start a LocalCluster here.")
    # section 五 tagger (nlp/topics, nlp/segment)
    E020 = ErrorSpec("E020", "Model not found: {detail}",
                     "Reinstall nianbao, set NIANBAO_MODELS to the directory holding section5-v1/, "
                     "or rebuild it with `nianbao train --corpus DIR`.")
    E021 = ErrorSpec("E021", "Model file {detail} does not match the sha256 recorded in its meta.json; "
                     "it was not loaded",
                     "The file was changed or damaged: restore it from the release or retrain it.")
    E022 = ErrorSpec("E022", "Model was trained with {package} {recorded}, this environment has {installed}; "
                     "it was not loaded. Install {package}=={series}.*",
                     "pyproject.toml pins the series the shipped model needs; or retrain with `nianbao train`.")
    E023 = ErrorSpec("E023", "Package {package} is not installed ({detail}). Install it: pip install {package}",
                     "It is needed by this feature only.")
    E024 = ErrorSpec("E024", "Annotation does not match the corpus: {detail}",
                     "The corpus file differs from the one annotated (sha1 of the item text); "
                     "point --corpus at the real corpus the annotations were made on.")
    E025 = ErrorSpec("E025", "Model metadata is unusable: {detail}",
                     "meta.json is missing fields or was written by another tagger version; retrain the model.")


class NianbaoError(Exception):
    """An expected failure with a code, the file it concerns and what to do about it."""

    def __init__(self, spec: ErrorSpec, source: str | None = None, **details: object) -> None:
        self.code = spec.code
        self.source = source
        self.what = spec.template.format(**details) if details else spec.template
        self.hint = spec.hint
        where = f"{source}: " if source else ""
        self.message = f"[{spec.code}] {where}{self.what}. {self.hint}"
        super().__init__(self.message)

    def to_dict(self) -> dict:
        return {"source": self.source, "code": self.code, "message": self.what, "hint": self.hint}
