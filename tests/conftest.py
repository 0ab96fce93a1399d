"""Shared fixtures: where the real corpus is (skip with a visible reason when it is absent)."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path | None:
    from nlp.paths import real_corpus
    return real_corpus()


def shared_dir() -> Path | None:
    env = os.environ.get("NIANBAO_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared"]:
        if cand.is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def corpus() -> Path:
    d = corpus_dir()
    if d is None:
        pytest.skip("real corpus not found: set NIANBAO_CORPUS or place it at ../shared/corpora/real")
    return d


@pytest.fixture(scope="session")
def manifest(corpus: Path) -> list[dict[str, str]]:
    with open(corpus / "MANIFEST.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))
