"""Which files a command reads: paths, directories (walked recursively) and @LIST files."""
from __future__ import annotations

from pathlib import Path

REPORT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf"}
SKIP_NAMES = {"MANIFEST.tsv", "truth.jsonl", "README.md"}


def expand(paths: list[str]) -> list[str]:
    """Input paths in a stable order; directories contribute their report files."""
    out: list[str] = []
    for p in paths:
        if p.startswith("@"):
            lines = Path(p[1:]).read_text(encoding="utf-8").splitlines()
            out.extend(expand([ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]))
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in REPORT_SUFFIXES and f.name not in SKIP_NAMES \
                        and not any(part.startswith(".") for part in f.relative_to(path).parts):
                    out.append(str(f))
        else:
            out.append(p)
    return out
