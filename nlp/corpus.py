"""Corpus-level entry points shared by the CLI and the notebooks: run a whole check or tag over
many inputs and load the resulting tables as DataFrames."""
from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .batch import RunSummary, finalize, run
from .inputs import InputSpec, expand_inputs
from .pipeline import JobOptions

if TYPE_CHECKING:                      # pandas is imported when a table is read (start-up stays short)
    import pandas as pd

CHECK_TABLES = ["reports", "discrepancies", "numbers", "cells", "items"]
TAG_TABLES = ["reports", "items"]


@dataclass
class CorpusResult:
    out: Path
    summary: RunSummary
    written: dict[str, Path]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    # files met in the directories and archives given that are not documents (images, style sheets…): not inputs
    skipped: list[str] = field(default_factory=list)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            import pandas as pd
            path = self.written[name]
            self.tables[name] = pd.read_csv(path) if path.suffix == ".csv" else pd.read_parquet(path)
        return self.tables[name]

    def totals(self) -> dict[str, int]:
        """Counts for a run's summary line, read with pyarrow (no pandas): reports, error rows, findings by
        severity and reports with errors."""
        import csv

        import pyarrow.compute as pc

        from .outputs import read_parquet
        t = read_parquet(self.written["reports"], columns=["errors", "warnings", "infos"])
        with open(self.written["errors"], encoding="utf-8", newline="") as fh:
            n_errors = max(0, sum(1 for _ in csv.reader(fh)) - 1)
        total = {c: int(pc.sum(t.column(c)).as_py() or 0) for c in ("errors", "warnings", "infos")}
        return {"reports": t.num_rows, "error_rows": n_errors, **total,
                "reports_with_errors": int(pc.sum(pc.greater(t.column("errors"), 0)).as_py() or 0)}


def run_corpus(paths: list[str] | str | list[InputSpec], out: str | Path | None = None, *, job: str = "check", tag: bool = True,
               workers: int | None = None, timeout: float = 120.0, engine: str = "local",
               scheduler: str | None = None, dask_workers: int | None = None, batch_size: int = 500,
               max_bytes: int = 50 * 1024 * 1024, force: bool = False, progress: bool = False,
               model_dir: str | None = None) -> CorpusResult:
    """Check (or tag) every input under ``paths`` (paths, or inputs already expanded by
    :func:`nlp.inputs.expand_inputs`); outputs go to ``out`` (a temporary directory if None)."""
    paths = [paths] if isinstance(paths, str) else list(paths)
    out = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="nianbao-"))
    if force and out.exists():
        shutil.rmtree(out)
    tables = (CHECK_TABLES if tag else CHECK_TABLES[:-1]) if job == "check" else TAG_TABLES
    skipped: list[str] = []
    specs = paths if paths and isinstance(paths[0], InputSpec) else expand_inputs(paths, skipped)
    opts = JobOptions(job=job, tag=tag, html_dir=str(out) if job == "check" else None, max_bytes=max_bytes,
                      model_dir=str(model_dir) if model_dir else None)
    summary = run(specs, out, opts, tables=tables, workers=workers, timeout=timeout, engine=engine,
                  scheduler=scheduler, dask_workers=dask_workers, flush_every=batch_size, progress=progress)
    written = finalize(out, tables, job=job)
    return CorpusResult(out, summary, written, skipped=skipped)
