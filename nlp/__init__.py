"""nianbao: read, check and tag China's government-information-disclosure annual reports.

    >>> import nlp
    >>> report = nlp.read_report("report.txt")
    >>> report.tables["t3.new.total"]
"""
from . import _compiled

_compiled.install()             # before any other module of the package: compiled modules only when current

from . import _recache  # noqa: E402

_recache.install()              # the package's regular expressions compiled once per Python build, not per process

from .errors import NianbaoError  # noqa: E402
from .report import read_report  # noqa: E402
from .types import Cell, Document, Finding, Meta, Report, Section  # noqa: E402

__all__ = ["read_report", "Report", "Meta", "Section", "Cell", "Finding", "Document", "NianbaoError"]
__version__ = "0.1.0"
