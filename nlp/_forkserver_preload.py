"""Imported once by the server that a run's own LocalCluster forks its Dask workers from (:mod:`nlp.forkserver`):
what a worker imports for its tasks, the tagger when the run tags, and a first pass over two of the demo
reports (the segmenter's dictionary, codecs and the first Arrow tables are loaded on first use) — so that each
worker starts ready and its first chunk costs what the others do. Nothing here may fail the server: a worker
that lacks something loads it where it is used, and reports what cannot load there."""
import os

from .batch import _WORKER_IMPORTS, ChunkResult, _arrow_without_pandas, _import_quietly, _warm_up
from .forkserver import TAGGER_ENV
from .pipeline import JobOptions, run_many

_import_quietly(_WORKER_IMPORTS)
_arrow_without_pandas()
_opts = JobOptions(tag=TAGGER_ENV in os.environ, model_dir=os.environ.get(TAGGER_ENV) or None)
_warm_up(_opts)
try:
    from .paths import demo_corpus
    _samples = sorted(demo_corpus().glob("demo-0[13]_*.txt"))         # a grid table and a flattened one
    ChunkResult.pack(run_many([(str(p), p.read_bytes()) for p in _samples], _opts))
except Exception:  # noqa: BLE001 - a warm-up only (see above)
    pass
