"""Compiled modules (Cython builds made at install): used only while they match their source, and giving the
same results as the source."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from nlp import _compiled
from nlp.paths import demo_corpus

REPO = Path(__file__).resolve().parents[1]


def _fake_build(tmp_path: Path, text: str = "x = 1\n") -> tuple[Path, Path, dict]:
    source = tmp_path / "mod.py"
    source.write_text(text, encoding="utf-8")
    compiled = tmp_path / "mod.cpython-311-x86_64-linux-gnu.so"
    compiled.write_bytes(b"\x7fELF")
    manifest = {"pkg.mod": {"file": compiled.name, "source_sha256": _compiled.source_hash(source)}}
    return source, compiled, manifest


def test_a_compiled_module_is_used_only_while_its_source_is_unchanged(tmp_path, monkeypatch):
    monkeypatch.delenv("NIANBAO_PURE", raising=False)
    source, compiled, manifest = _fake_build(tmp_path)
    assert _compiled.use_compiled("pkg.mod", compiled, source, manifest)
    source.write_text("x = 2\n", encoding="utf-8")                      # edited since the build
    assert not _compiled.use_compiled("pkg.mod", compiled, source, manifest)
    source.write_text("x = 1\n", encoding="utf-8")                      # back as built (a checkout), whatever its mtime
    assert _compiled.use_compiled("pkg.mod", compiled, source, manifest)


def test_a_compiled_module_the_build_did_not_record_is_not_used(tmp_path, monkeypatch):
    monkeypatch.delenv("NIANBAO_PURE", raising=False)
    source, compiled, manifest = _fake_build(tmp_path)
    assert not _compiled.use_compiled("pkg.other", compiled, source, manifest)
    assert not _compiled.use_compiled("pkg.mod", compiled.with_name("mod.cpython-312-x86_64-linux-gnu.so"),
                                      source, manifest)
    assert not _compiled.use_compiled("pkg.mod", compiled, source, {})


def test_nianbao_pure_runs_every_module_from_source(tmp_path, monkeypatch):
    source, compiled, manifest = _fake_build(tmp_path)
    monkeypatch.setenv("NIANBAO_PURE", "1")
    assert not _compiled.use_compiled("pkg.mod", compiled, source, manifest)
    monkeypatch.setenv("NIANBAO_PURE", "0")
    assert _compiled.use_compiled("pkg.mod", compiled, source, manifest)


def test_without_a_source_a_compiled_module_is_used_only_if_this_install_built_it(tmp_path, monkeypatch):
    monkeypatch.delenv("NIANBAO_PURE", raising=False)
    source, compiled, manifest = _fake_build(tmp_path)
    source.unlink()
    assert _compiled.use_compiled("pkg.mod", compiled, source, manifest)
    assert _compiled.choose("pkg.mod", compiled, source, {}) == _compiled.NOT_BUILT     # a removed module's leftover


def test_a_leftover_compiled_module_without_source_is_not_importable(tmp_path, monkeypatch):
    """A module removed from the source whose compiled file an earlier build left behind cannot be imported
    (it would run old code)."""
    monkeypatch.delenv("NIANBAO_PURE", raising=False)
    package = tmp_path / "nlp"
    package.mkdir()
    finder = _compiled.SourceUnlessCompiledMatches()
    finder.manifest = {}
    built = sorted(Path(_compiled.__file__).parent.rglob("*.so"))
    if not built:
        pytest.skip("no compiled module in this install to copy")
    ext = built[0]
    leftover = package / ("gone" + ext.name[ext.name.index("."):])
    shutil.copy(ext, leftover)
    with pytest.raises(ModuleNotFoundError):
        finder.find_spec("nlp.gone", [str(package)])
    assert finder.choices["nlp.gone"] == _compiled.NOT_BUILT


def _built() -> dict:
    manifest = _compiled._manifest()
    if not manifest:
        pytest.skip("this install compiled no module (no Cython or no C compiler when it was installed)")
    return manifest


def _python(code: str, cwd: Path = REPO, **env) -> str:
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, **env}, cwd=cwd)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def test_this_install_loads_its_compiled_modules_and_nianbao_pure_the_sources():
    manifest = _built()
    code = ("import importlib, json, nlp; print(json.dumps({m: importlib.import_module(m).__file__ for m in %r}))") % sorted(manifest)
    compiled = json.loads(_python(code, NIANBAO_PURE=""))
    pure = json.loads(_python(code, NIANBAO_PURE="1"))
    root = Path(_compiled.__file__).resolve().parent.parent            # where this install's package lives
    current = {m for m in manifest
               if _compiled.source_hash(root.joinpath(*m.split(".")).with_suffix(".py")) == manifest[m]["source_sha256"]}
    assert current, "every compiled module is out of date: reinstall (make setup)"
    for m in manifest:
        assert pure[m].endswith(".py"), m
        assert compiled[m].endswith(".py" if m not in current else manifest[m]["file"]), (m, compiled[m])


def test_an_edited_module_runs_from_its_source_in_a_copy_of_the_package(tmp_path):
    manifest = _built()
    copy = tmp_path / "nlp"
    shutil.copytree(Path(_compiled.__file__).resolve().parent, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    module = "nlp.items" if "nlp.items" in manifest else sorted(manifest)[0]
    path = tmp_path.joinpath(*module.split(".")).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + "\nEDITED_SINCE_THE_BUILD = True\n", encoding="utf-8")
    out = _python(f"import nlp, {module} as m, nlp._compiled as c; print(m.__file__); "
                  f"print(getattr(m, 'EDITED_SINCE_THE_BUILD', False)); print(c.summary())",
                  cwd=tmp_path, PYTHONPATH=str(tmp_path), NIANBAO_PURE="")
    file, edited, summary = out.strip().splitlines()
    assert file == str(path) and edited == "True"
    assert f"{module.rpartition('.')[2]} ({_compiled.CHANGED})" in summary


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    tables = {}
    for name in ("cells", "numbers", "discrepancies", "items", "reports", "report_topics"):
        df = pd.read_parquet(out / f"{name}.parquet")
        tables[name] = df.astype(str).sort_values(list(df.columns)).reset_index(drop=True)
    return tables


def test_compiled_and_source_modules_give_the_same_outputs(tmp_path):
    _built()
    n_compiled = int(_python("import nlp._compiled as c; print(c.summary())", NIANBAO_PURE="").split()[2])
    assert n_compiled > 0, "the compiled run would run no compiled module"
    outs = {}
    for label, pure in (("compiled", ""), ("source", "1")):
        outs[label] = tmp_path / label
        res = subprocess.run([sys.executable, "-m", "nlp.cli", "check", str(demo_corpus()), "-o", str(outs[label]),
                              "--no-progress"], capture_output=True, text=True, env={**os.environ, "NIANBAO_PURE": pure})
        assert res.returncode == 0, res.stderr[-2000:]
    a, b = _tables(outs["compiled"]), _tables(outs["source"])
    assert len(a["cells"]) > 1000 and len(a["discrepancies"]) > 0
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)
    pages = sorted(p.name for p in (outs["source"] / "reports").glob("*.html"))
    assert pages and pages == sorted(p.name for p in (outs["compiled"] / "reports").glob("*.html"))
    for p in pages:
        assert (outs["compiled"] / "reports" / p).read_text(encoding="utf-8") == \
            (outs["source"] / "reports" / p).read_text(encoding="utf-8"), p
