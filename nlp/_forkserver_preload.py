"""Imported once by the server that a run's own LocalCluster forks its Dask workers from (:mod:`nlp.forkserver`):
what a worker imports for its tasks, the tagger when the run tags, a first pass over two of the demo reports
(the segmenter's dictionary, codecs and the first Arrow tables are loaded on first use), and the worker
settings (:func:`nlp.batch.tune_worker`: one BLAS thread, the collector) — so that each worker, a replacement
for one that died included, starts ready and its first chunk costs what the others do.

Nothing here may stop the server (multiprocessing lets only an ImportError through, and a server that dies
takes the run's workers with it): whatever fails is left to the worker, which loads it where it is used and
reports what cannot load there as the file's error."""
import os

try:
    from .batch import _WORKER_IMPORTS, ChunkResult, _arrow_without_pandas, _import_quietly, _warm_up, tune_worker
    from .forkserver import TAGGER_ENV
    from .paths import demo_inputs
    from .pipeline import JobOptions, run_many

    _import_quietly(_WORKER_IMPORTS)
    _arrow_without_pandas()
    _opts = JobOptions(tag=TAGGER_ENV in os.environ, model_dir=os.environ.get(TAGGER_ENV) or None)
    _warm_up(_opts)
    ChunkResult.pack(run_many(demo_inputs("demo-0[13]_*.txt"), _opts))     # a grid table and a flattened one
except Exception:  # noqa: BLE001 - a head start only (see above)
    pass
try:
    tune_worker()                     # last: the objects above are frozen with the rest
except Exception:  # noqa: BLE001
    pass
