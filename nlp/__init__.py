"""nianbao: read, check and tag China's government-information-disclosure annual reports.

    >>> import nlp
    >>> report = nlp.read_report("report.txt")
    >>> report.tables["t3.new.total"]
"""
from .errors import NianbaoError
from .report import read_report
from .types import Cell, Document, Finding, Meta, Report, Section

__all__ = ["read_report", "Report", "Meta", "Section", "Cell", "Finding", "Document", "NianbaoError"]
__version__ = "0.1.0"
