"""The process a run's own LocalCluster forks its Dask workers from.

By default Dask spawns each worker as a fresh interpreter that imports Dask, then on its first task this
package and the tagger (about a second of CPU per worker, all of it before the first result). With the
``forkserver`` start method the workers are forked from one server process that has imported those once and
loaded the tagger; :func:`start` launches that server at the beginning of a run, so its imports overlap the main
process's own, and every worker (a replacement for a worker that died too) starts with everything loaded.

Only for a LocalCluster the run starts (a shared cluster's workers are its own), and only on Linux (where this
package forks its local workers too; elsewhere the workers are spawned, as before). ``NIANBAO_FORKSERVER=0``
spawns them everywhere. A worker forked from the server has the environment the server started with: a run
whose environment has changed since (a library caller's ``NIANBAO_MODELS``, say) spawns its workers instead.
Stdlib only: it is imported before the rest of a run."""
from __future__ import annotations

import multiprocessing
import os
import sys

# the server imports this module (the worker's modules, and the tagger through the environment variable below)
PRELOAD_MODULE = "nlp._forkserver_preload"
# the tagger the server loads: a model directory, "" for the shipped model; unset: the run does not tag
TAGGER_ENV = "NIANBAO_FORKSERVER_TAGGER"
METHOD = "forkserver"
SWITCH_ENV = "NIANBAO_FORKSERVER"

_STARTED_WITH: dict[str, str] | None = None      # this process's environment when it started the server


def available() -> bool:
    """Linux with the start method, and ``NIANBAO_FORKSERVER=0`` not set (the workers are then spawned, Dask's
    default)."""
    return (sys.platform.startswith("linux") and METHOD in multiprocessing.get_all_start_methods()
            and os.environ.get(SWITCH_ENV, "1") != "0")


def start(tag: bool = True, model_dir: str | None = None) -> bool:
    """Launch the server (once per process) and return whether the workers can be forked from it. The server
    imports in the background; the first worker started waits until it is ready."""
    global _STARTED_WITH
    if not available():
        return False
    if _STARTED_WITH is not None:
        return True
    from multiprocessing import forkserver
    ctx = multiprocessing.get_context(METHOD)
    # distributed's own preload list (when it sees the forkserver method) imports every package it knows of in
    # this process first, pandas among them: ours is set here instead, and distributed told it is set
    ctx.set_forkserver_preload(["distributed", PRELOAD_MODULE])
    before = os.environ.get(TAGGER_ENV)
    if tag:
        os.environ[TAGGER_ENV] = model_dir or ""
    else:
        os.environ.pop(TAGGER_ENV, None)
    try:
        forkserver.ensure_running()             # the server inherits the environment as it is now
    finally:
        if before is None:
            os.environ.pop(TAGGER_ENV, None)
        else:
            os.environ[TAGGER_ENV] = before
    _STARTED_WITH = dict(os.environ)
    return True


def worker_method(tag: bool = True, model_dir: str | None = None) -> str | None:
    """The ``distributed.worker.multiprocessing-method`` for the run's own LocalCluster: ``forkserver`` once the
    server is started (here if not yet) with the environment as it is now; None (Dask's default: spawn) where
    the platform lacks it, it is turned off, or the environment has changed since the server started. (A server
    started for other tagging options still serves: its workers load what they need on first use.) Call it
    where ``distributed`` is imported anyway: it tells distributed that the server's preload list is set (a
    module global; a version without it only costs the imports described in :func:`start`)."""
    if not start(tag, model_dir) or os.environ != _STARTED_WITH:
        return None
    import distributed.utils as du
    if hasattr(du, "_forkserver_preload_set"):
        du._forkserver_preload_set = True
    return METHOD
