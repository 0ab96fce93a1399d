"""Where things are, in one place: the shipped demo corpus, the models, the real corpus.

Each resolves the repository's copy in a source checkout and the package-data copy in any
installation (``pip install .`` carries ``nlp/data/demo`` and ``nlp/data/models``)."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def demo_corpus() -> Path:
    """The bundled demo corpus (invented reports in every layout)."""
    for cand in (REPO_DIR / "corpora" / "demo", PACKAGE_DIR / "data" / "demo"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("the demo corpus is not installed (expected corpora/demo or nlp/data/demo)")


def demo_inputs(pattern: str = "demo-*") -> list[tuple[str, bytes]]:
    """(source, bytes) of the demo reports whose names match ``pattern``, in name order: what
    :func:`nlp.pipeline.run_many` takes (a process's warm-up runs, the regex cache's run)."""
    return [(str(p), p.read_bytes()) for p in sorted(demo_corpus().glob(pattern))]


def real_corpus() -> Path | None:
    """The real corpus: $NIANBAO_CORPUS, or ../shared/corpora/real beside a source checkout."""
    env = os.environ.get("NIANBAO_CORPUS")
    for cand in ([Path(env)] if env else []) + [REPO_DIR.parent / "shared" / "corpora" / "real"]:
        if cand.is_dir() and (cand / "MANIFEST.tsv").exists():
            return cand
    return None
