"""Build: the modules that run once per report are compiled with Cython from their own source (no other
change, the same results, 6–10% less CPU per report; `pyproject.toml` [tool.nianbao] compiled lists them).
Without a C compiler (or Python's headers) a module that cannot be built runs from its source.

Each build records the hash of every source it compiled (``nlp/_compiled.json``, beside the compiled
modules); ``nlp._compiled`` loads a compiled module only while its source still has that hash, so an edited,
pulled or checked-out module runs from its source until the next install rebuilds it."""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent


def _load_compiled_rules():
    """``nlp/_compiled.py`` alone (the standard library is all it imports): the source hash, NIANBAO_PURE and the
    list of modules are read the same way at build and at run time."""
    spec = importlib.util.spec_from_file_location("nianbao_compiled_rules", HERE / "nlp" / "_compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RULES = _load_compiled_rules()
MANIFEST = RULES.MANIFEST.name


def source_of(module: str) -> Path:
    return HERE.joinpath(*module.split(".")).with_suffix(".py")


class BuildExt(build_ext):
    """Translate the listed modules with Cython here (not when setup.py is loaded: pip loads it several times
    per install), build each on its own (one that fails is left out with a warning: its source is used), then
    write the manifest of what was built, with each source's hash, beside the package's compiled modules."""

    def finalize_options(self):
        # translated before build_ext prepares the extensions (it marks each one)
        listed = self.distribution.ext_modules or []
        self.hashes = {ext.name: RULES.source_hash(source_of(ext.name)) for ext in listed}
        self.distribution.ext_modules = self._translated(listed) if listed else listed
        super().finalize_options()
        if not self.parallel:
            self.parallel = os.cpu_count() or 1          # compile the modules side by side

    def run(self):
        for ext in self.extensions:                       # no earlier build of a module may pass for this one
            for path in {self.get_ext_fullpath(ext.name), os.path.join(self.build_lib, self.get_ext_filename(ext.name))}:
                Path(path).unlink(missing_ok=True)
        super().run()
        built = {}
        for ext in self.extensions:
            target = Path(self.get_ext_fullpath(ext.name))
            if target.exists():                           # a module whose build failed is left out
                built[ext.name] = {"file": target.name, "source_sha256": self.hashes[ext.name]}
        Path(self._manifest()).write_text(json.dumps(built, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    def _translated(self, extensions: list[Extension]) -> list[Extension]:
        try:
            from Cython.Build import cythonize
        except ImportError:
            self.warn("nianbao: Cython is not installed; every module runs from its source")
            return []
        # annotation_typing off: the annotations are for readers and type checkers (a default of () for a list[...]
        # parameter is fine in Python); Cython compiles the code as Python, with Python's semantics.
        # exclude_failures: a module Cython cannot translate is left out (it runs from its source)
        out = cythonize(extensions, build_dir="build/cython", language_level=3, quiet=True, force=True,
                        exclude_failures=True, compiler_directives={"annotation_typing": False},
                        nthreads=os.cpu_count() or 1)
        for ext in out:
            ext.optional = True         # cythonize's copies drop it: an editable install must not fail on a module
        return out

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

    def get_outputs(self):
        return super().get_outputs() + [self._manifest()]

    def _manifest(self) -> str:
        """``nlp/_compiled.json`` where this build puts the package's compiled modules (in place or not)."""
        return str(Path(self.get_ext_fullpath("nlp._manifest")).parent / MANIFEST)


def extensions() -> list[Extension]:
    """The listed modules, from their .py (BuildExt translates them); none with NIANBAO_PURE, and then an
    earlier build's manifest in this checkout is removed, so that nothing it built is used."""
    if RULES.pure():
        (HERE / "nlp" / MANIFEST).unlink(missing_ok=True)
        return []
    return [Extension(m, [str(source_of(m).relative_to(HERE))]) for m in RULES.listed_modules(HERE / "pyproject.toml")]


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildExt})
