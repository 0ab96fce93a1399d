"""The section 五 tagger and the segmenter it cuts with, loaded in two background threads of the main process
while it imports and lists the rest: a local run forks its workers after these threads end, so they start with
both loaded (pages shared with each other) instead of each loading them on its first chunk; then the main
process, which neither tags nor segments, drops its references (:func:`release`). Reading, hashing and
decompressing the model files release the GIL, and so does building the segmenter's dictionary (jieba-rs), so
most of the loading overlaps the main thread's work and each other.

The segmenter (measured on the bench reports): ~0.1 s of CPU once in the main process, against ~0.13 s in every
worker before (a worker's first chunk of 32 reports took 0.33 s of CPU, now 0.20 s; the next ones 0.12 s), and its
35 MB once, shared, instead of once per worker (a run's total memory, PSS over its processes, 341-345 -> 304-309 MB
with two workers). On two cores the run's wall-clock is the same within noise (the main process pays about what
the two workers save); with more workers the CPU and the memory saved grow with their number.

Only for the local engine (Dask's workers are separate processes). :func:`join` is called before any fork
(a thread that holds a lock while the process forks would leave it held in the child)."""
from __future__ import annotations

import sys
import threading

_THREADS: list[threading.Thread] = []


def start(model_dir: str | None = None) -> None:
    """Begin loading the tagger and its segmenter (once per process); what cannot load is reported where it is
    used."""
    if not _THREADS:
        _THREADS.extend((threading.Thread(target=_load_segmenter, name="nianbao-segmenter", daemon=True),
                         threading.Thread(target=load_tagger_quietly, args=(model_dir,), name="nianbao-tagger", daemon=True)))
        for thread in _THREADS:
            thread.start()


def join() -> None:
    for thread in _THREADS:
        thread.join()


def release() -> None:
    """Once the workers that inherit them have forked: drop this process's references to what :func:`start`
    loaded. The main process of a run neither tags nor segments, so most of that memory goes back (~45 MB of
    the ~65 MB: measured), while each worker keeps its copy; a worker started later (one replacing a worker that
    died) loads its own, as a Dask worker does. Nothing to do where :func:`start` was not called."""
    if not _THREADS:
        return
    join()
    from .segment import segmenter
    segmenter.cache_clear()
    topics = sys.modules.get(__package__ + ".topics")      # (imported by the tagger's thread, unless it failed)
    if topics is not None:
        topics._CACHE.clear()


def _load_segmenter() -> None:
    try:
        from .segment import INFERENCE_BACKEND, segmenter
        segmenter(INFERENCE_BACKEND)._load()
    except Exception:  # noqa: BLE001 - a head start only: the files report it where the segmenter is used
        pass


def load_tagger_quietly(model_dir: str | None = None) -> None:
    """Load the tagger into this process's cache as a head start only: whatever fails is left to the files,
    which report it where the tagger is used (here, and before a worker takes its first file)."""
    try:
        from .topics import load_tagger
        load_tagger(model_dir)
    except Exception:  # noqa: BLE001 - reported per file, where the tagger is used
        pass
