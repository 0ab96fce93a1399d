"""Build: the modules that run once per report are compiled with Cython from their own source (no other
change, the same results, ~10% less CPU per report; `pyproject.toml` [tool.nianbao] compiled lists them).
Without Cython or a C compiler the package installs and runs as pure Python.

Each build records the hash of every source it compiled (``nlp/_compiled.json``, beside the compiled
modules); ``nlp._compiled`` loads a compiled module only while its source still has that hash, so an edited,
pulled or checked-out module runs from its source until the next install rebuilds it."""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tomllib
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
MANIFEST = "_compiled.json"
SOURCE_HASHES: dict[str, str] = {}      # module -> the hash of the source Cython translated


def source_hash(path: Path) -> str:
    """The hash ``nlp._compiled`` compares (keep the two the same)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def source_of(module: str) -> Path:
    return HERE.joinpath(*module.split(".")).with_suffix(".py")


def compiled_modules() -> list[str]:
    with open(HERE / "pyproject.toml", "rb") as fh:
        return list(tomllib.load(fh)["tool"]["nianbao"]["compiled"])


class BuildExt(build_ext):
    """Build each module on its own (one that fails is skipped with a warning: its source is used), then
    write the manifest of what was built, with each source's hash, beside the package's compiled modules."""

    def finalize_options(self):
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1          # compile the modules side by side

    def build_extensions(self):
        if self.compiler.compiler_type == "unix":
            # -O1 without debug information: a third of -O3's compile time and a tenth of its size, at the same
            # speed within this machine's noise (the generated code mostly calls into CPython)
            for ext in self.extensions:
                ext.extra_compile_args = [*ext.extra_compile_args, "-O1", "-g0"]
        super().build_extensions()

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001 - any failure to compile (no compiler, no headers): use the source
            self.warn(f"nianbao: {ext.name} was not compiled ({exc}); it runs from its source")

    def run(self):
        for ext in self.extensions:                       # no earlier build of a module may pass for this one
            Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
        super().run()
        built = {}
        for ext in self.extensions:
            target = Path(self.get_ext_fullpath(ext.name))
            if target.exists():                           # an optional module whose build failed is left out
                built[ext.name] = {"file": target.name, "source_sha256": SOURCE_HASHES[ext.name]}
        if self.extensions:
            Path(self._manifest()).write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def get_outputs(self):
        return super().get_outputs() + ([self._manifest()] if self.extensions else [])

    def _manifest(self) -> str:
        """``nlp/_compiled.json`` where this build puts the package's compiled modules (in place or not)."""
        return str(Path(self.get_ext_fullpath("nlp._manifest")).parent / MANIFEST)


def extensions() -> list:
    if os.environ.get("NIANBAO_PURE"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("nianbao: Cython is not installed; installing pure Python", file=sys.stderr)
        return []
    from setuptools import Extension
    exts = [Extension(m, [str(source_of(m).relative_to(HERE))]) for m in compiled_modules()]
    SOURCE_HASHES.update({m: source_hash(source_of(m)) for m in compiled_modules()})
    # annotation_typing off: the annotations are for readers and type checkers (a default of () for a list[...]
    # parameter is fine in Python); Cython compiles the code as Python, with Python's semantics
    built = cythonize(exts, build_dir="build/cython", language_level=3, quiet=True, force=True,
                      compiler_directives={"annotation_typing": False}, nthreads=os.cpu_count() or 1)
    for ext in built:
        ext.optional = True         # cythonize's copies drop it: without it an editable install fails on a module not built
    return built


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildExt})
