"""The section 五 tagger, loaded in a background thread of the main process while it imports and lists the
rest: a local run forks its workers after this thread ends, so they start with the model loaded (shared
with the main process's memory) instead of each loading it. Reading, hashing and decompressing the model
files release the GIL, so most of the load overlaps the main thread's work.

Only for the local engine (Dask's workers are separate processes). :func:`join` is called before any fork
(a thread that holds a lock while the process forks would leave it held in the child)."""
from __future__ import annotations

import threading

_THREAD: threading.Thread | None = None


def start(model_dir: str | None = None) -> None:
    """Begin loading the tagger (once per process); a model that cannot load is reported where it is used."""
    global _THREAD
    if _THREAD is None:
        _THREAD = threading.Thread(target=_load, args=(model_dir,), name="nianbao-tagger", daemon=True)
        _THREAD.start()


def join() -> None:
    if _THREAD is not None:
        _THREAD.join()


def _load(model_dir: str | None) -> None:
    from .errors import NianbaoError
    try:
        from .topics import load_tagger
        load_tagger(model_dir)
    except (NianbaoError, ImportError):
        pass
