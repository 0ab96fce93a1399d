"""Compiled modules, used only when they match their source.

An install compiles the modules that run once per report with Cython (``setup.py``; the list is in
``pyproject.toml`` [tool.nianbao] compiled) and records, in ``nlp/_compiled.json``, the hash of the source
each was built from. A compiled module is imported only while its ``.py`` still has that hash: a module that
was edited, pulled or checked out since runs from its source (the same results, a little slower) until the
next install rebuilds it. ``NIANBAO_PURE=1`` runs every module from its source (profiling, debugging).

:func:`install` puts the finder that does this first on ``sys.meta_path``; ``nlp/__init__.py`` calls it
before importing anything else of the package.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from importlib.machinery import ExtensionFileLoader, PathFinder
from importlib.util import spec_from_file_location
from pathlib import Path

PACKAGE = __name__.rpartition(".")[0]
MANIFEST = Path(__file__).resolve().with_name("_compiled.json")     # resolved: strict editable installs link files


def source_hash(path: Path) -> str:
    """The hash ``setup.py`` records for each source it compiled (it loads this file for it)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listed_modules(pyproject: Path) -> list[str]:
    """The modules ``pyproject.toml`` lists under [tool.nianbao] compiled (none without the file or the list)."""
    if not pyproject.exists():
        return []
    import tomllib
    with open(pyproject, "rb") as fh:
        return list(tomllib.load(fh).get("tool", {}).get("nianbao", {}).get("compiled") or [])


def _manifest() -> dict[str, dict]:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def pure() -> bool:
    return os.environ.get("NIANBAO_PURE", "") not in ("", "0")


COMPILED, PURE, NOT_BUILT, CHANGED = "compiled", "NIANBAO_PURE", "not built", "edited since the build"


def choose(module: str, compiled: Path, source: Path, manifest: dict[str, dict]) -> str:
    """Whether ``compiled`` may stand for ``source`` (:data:`COMPILED`), or why not: it must be the file this
    install built for ``module`` (:data:`NOT_BUILT` otherwise: an earlier build's leftover, another Python's)
    and the source must not have changed since (:data:`CHANGED`). Without a source (an installation that
    ships only compiled modules) the manifest alone decides."""
    entry = manifest.get(module)
    if entry is None or entry.get("file") != compiled.name:
        return NOT_BUILT
    if not source.exists():
        return COMPILED
    if pure():
        return PURE
    try:
        return COMPILED if source_hash(source) == entry.get("source_sha256") else CHANGED
    except OSError:
        return CHANGED


def use_compiled(module: str, compiled: Path, source: Path, manifest: dict[str, dict]) -> bool:
    return choose(module, compiled, source, manifest) == COMPILED


class SourceUnlessCompiledMatches:
    """A meta path finder for this package's compiled modules: the compiled module when :func:`choose` says
    so, else the ``.py`` beside it. Every other import is left to the finders after it."""

    def __init__(self) -> None:
        self.manifest = _manifest()
        self.choices: dict[str, str] = {}          # module -> what :func:`choose` said in this process

    def find_spec(self, name, path=None, target=None):
        if not name.startswith(PACKAGE + ".") or path is None:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or not isinstance(spec.loader, ExtensionFileLoader):
            return None
        compiled = Path(spec.origin)
        source = compiled.with_name(name.rpartition(".")[2] + ".py")
        choice = self.choices[name] = choose(name, compiled, source, self.manifest)
        if choice == COMPILED:
            return spec
        if source.exists():
            return spec_from_file_location(name, source)
        # a compiled file this install did not build, with no source (a module removed since): not importable
        raise ModuleNotFoundError(f"No module named {name!r} ({compiled.name} is not from this install's build)",
                                  name=name)


def install() -> SourceUnlessCompiledMatches:
    for finder in sys.meta_path:
        if isinstance(finder, SourceUnlessCompiledMatches):
            return finder
    finder = SourceUnlessCompiledMatches()
    sys.meta_path.insert(0, finder)
    return finder


def status() -> dict[str, str]:
    """Each module the install lists as compiled: :data:`COMPILED` (in use), or why its source is used
    (:func:`choose`; :data:`NOT_BUILT` also where no compiled file exists: no compiler, or its build failed).
    Modules are located, not imported."""
    import importlib.util
    finder = install()
    out = {}
    for module in _compiled_list():
        spec = sys.modules[module].__spec__ if module in sys.modules else importlib.util.find_spec(module)
        loaded = spec is not None and isinstance(spec.loader, ExtensionFileLoader)
        out[module] = COMPILED if loaded else finder.choices.get(module, NOT_BUILT)
    return out


def _compiled_list() -> list[str]:
    """The modules ``pyproject.toml`` lists (a source checkout), else those this install built."""
    return listed_modules(MANIFEST.parent.parent / "pyproject.toml") or sorted(_manifest())


def summary() -> str:
    """One line: how many of the listed modules run compiled, and why the others do not."""
    st = status()
    if not st:
        return "compiled modules: none (this install built none and lists none)"
    n = sum(v == COMPILED for v in st.values())
    if pure():
        return f"compiled modules: {n} of {len(st)} (NIANBAO_PURE is set)"
    rest = [f"{m.rpartition('.')[2]} ({v})" for m, v in st.items() if v != COMPILED]
    return f"compiled modules: {n} of {len(st)}" + (f"; from source: {', '.join(rest)}" if rest else "")
