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
MANIFEST = Path(__file__).with_name("_compiled.json")


def source_hash(path: Path) -> str:
    """The hash ``setup.py`` records for each source it compiled (keep the two the same)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest() -> dict[str, dict]:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def pure() -> bool:
    return os.environ.get("NIANBAO_PURE", "") not in ("", "0")


def use_compiled(module: str, compiled: Path, source: Path, manifest: dict[str, dict]) -> bool:
    """Whether ``compiled`` may stand for ``source``: it is the file this install built for ``module`` and the
    source has not changed since. Without a source (an install that ships only compiled modules) it may."""
    if not source.exists():
        return True
    entry = manifest.get(module)
    if pure() or not entry or entry.get("file") != compiled.name:
        return False
    try:
        return source_hash(source) == entry.get("source_sha256")
    except OSError:
        return False


class SourceUnlessCompiledMatches:
    """A meta path finder for this package's modules: the compiled module when :func:`use_compiled` says so,
    else the ``.py`` beside it. Every other import is left to the finders after it."""

    def __init__(self) -> None:
        self.manifest = _manifest()
        self.choices: dict[str, str] = {}          # module -> "compiled" / "source": what this process loaded

    def find_spec(self, name, path=None, target=None):
        if not name.startswith(PACKAGE + ".") or path is None:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or not isinstance(spec.loader, ExtensionFileLoader):
            return spec
        compiled = Path(spec.origin)
        source = compiled.with_name(name.rpartition(".")[2] + ".py")
        if use_compiled(name, compiled, source, self.manifest):
            self.choices[name] = "compiled"
            return spec
        self.choices[name] = "source"
        return spec_from_file_location(name, source)


def install() -> SourceUnlessCompiledMatches:
    for finder in sys.meta_path:
        if isinstance(finder, SourceUnlessCompiledMatches):
            return finder
    finder = SourceUnlessCompiledMatches()
    sys.meta_path.insert(0, finder)
    return finder


def status() -> dict[str, str]:
    """Each module the install lists as compiled: "compiled" (in use), "source" (its source changed since the
    build, or NIANBAO_PURE) or "not built" (no compiler, no Cython, or its build failed)."""
    finder = install()
    listed = list(_compiled_list())
    out = {}
    for module in listed:
        if module not in sys.modules:
            __import__(module)
        out[module] = finder.choices.get(module, "not built")
    return out


def _compiled_list() -> list[str]:
    """The modules ``pyproject.toml`` lists (a source checkout), else those this install built."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.exists():
        import tomllib
        with open(pyproject, "rb") as fh:
            listed = tomllib.load(fh).get("tool", {}).get("nianbao", {}).get("compiled")
        if listed:
            return list(listed)
    return sorted(_manifest())


def summary() -> str:
    """One line: how many of the listed modules run compiled, and why the others do not."""
    st = status()
    if not st:
        return "compiled modules: none listed"
    n = sum(v == "compiled" for v in st.values())
    why_not = {"source": "edited since the build", "not built": "not built"}
    rest = [f"{m.rpartition('.')[2]} ({why_not[v]})" for m, v in st.items() if v != "compiled"]
    why = " (NIANBAO_PURE is set)" if pure() else ""
    return f"compiled modules: {n} of {len(st)}{why}" + (f"; from source: {', '.join(rest)}" if rest and not why else "")
