"""The regular-expression cache (nlp._recache): a cached pattern is the pattern ``re`` compiles, the cache survives
between processes, and a bad cache file or entry costs only a fresh compile."""
from __future__ import annotations

import importlib
import json
import marshal
import os
import pkgutil
import re
import subprocess
import sys
import textwrap

import pytest

import nlp
from nlp import _recache

pytestmark = pytest.mark.skipif(_recache._ORIGINAL is None, reason="the regex cache serves CPython 3.11-3.13 only")


def _package_patterns() -> list[re.Pattern]:
    import gc
    found = []
    threshold = gc.get_threshold()          # (importing nlp._forkserver_preload tunes the collector, as in its server)
    for info in pkgutil.walk_packages(nlp.__path__, "nlp."):
        try:
            mod = importlib.import_module(info.name)
        except ImportError:                     # optional extras (spaCy, Dask) not installed
            continue
        finally:
            gc.set_threshold(*threshold)
        for value in vars(mod).values():
            if isinstance(value, re.Pattern):
                found.append(value)
            elif isinstance(value, dict):
                found.extend(v for v in value.values() if isinstance(v, re.Pattern))
    return found


def test_every_package_pattern_compiles_equal_through_the_cache_arguments():
    import _sre
    patterns = _package_patterns()
    assert len(patterns) > 250
    for p in patterns:
        ours = _sre.compile(p.pattern, *_recache._fresh(p.pattern, p.flags & ~re.UNICODE))
        theirs = _recache._ORIGINAL(p.pattern, p.flags & ~re.UNICODE)
        assert ours == theirs, p.pattern
        assert (ours.groups, dict(ours.groupindex)) == (theirs.groups, dict(theirs.groupindex))


_CHILD = textwrap.dedent("""
    import json, re, sys
    import nlp.report, nlp.topics.model
    from nlp import _recache
    probe = re.compile(r"(?P<a>[一二三]+)件|(?P<b>\\d+)%")
    ok = bool(probe.fullmatch("二件")) and probe.fullmatch("5%").group("b") == "5"
    for extra in sys.argv[1:]:                     # an application's own patterns
        re.compile(extra)
        re.compile(extra.encode())
    ours = _recache.package_patterns()
    print(json.dumps({"installed": _recache._ORIGINAL is not None, "new": sum(k[:2] in ours for k in _recache._NEW),
                      "cached": len(_recache._CACHE), "ok": ok, "path": _recache.cache_path(),
                      "saved": _recache.save()}))
""")


def _child(tmp_path, *patterns, python_flags=(), **env) -> dict:
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    run_env.update(PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"), **env)
    out = subprocess.run([sys.executable, *python_flags, "-c", _CHILD, *patterns], capture_output=True, text=True,
                         env=run_env, check=True)
    return json.loads(out.stdout)


def test_a_second_process_compiles_nothing_anew(tmp_path):
    first = _child(tmp_path)
    assert first["installed"] and first["ok"] and first["saved"] and first["new"] > 150
    assert first["path"].startswith(str(tmp_path / "pycache")) and os.path.isfile(first["path"])
    second = _child(tmp_path)                    # every pattern of the package a hit
    assert second["ok"] and second["new"] == 0 and not second["saved"] and second["cached"] > 150


def test_an_applications_patterns_are_not_kept(tmp_path):
    out = _child(tmp_path, r"user-secret-12345\s+\d+")
    assert out["saved"]
    data = open(out["path"], "rb").read()
    assert b"secret-12345" not in data and "主动公开".encode() in data        # (marshal keeps str as UTF-8)


def test_str_and_bytes_patterns_of_the_same_text_do_not_meet(tmp_path):
    out = _child(tmp_path, "zq[0-9]+x", python_flags=("-bb",))       # a BytesWarning would be an error
    assert out["ok"] and out["saved"]


def test_an_applications_warnings_still_show_in_a_later_process(tmp_path):
    _child(tmp_path, "x[[b]")
    with pytest.raises(subprocess.CalledProcessError) as exc:
        _child(tmp_path, "x[[b]", python_flags=("-W", "error::FutureWarning"))
    assert "FutureWarning" in exc.value.stderr


def test_not_written_under_dont_write_bytecode_unless_compiled_explicitly(tmp_path):
    out = _child(tmp_path, PYTHONDONTWRITEBYTECODE="1")
    assert not out["saved"] and not os.path.exists(out["path"])
    env = {k: v for k, v in os.environ.items()}
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    done = subprocess.run([sys.executable, "-c", "from nlp._recache import compile_package; print(compile_package())"],
                          capture_output=True, text=True, env=env, check=True)
    assert int(done.stdout) > 250 and os.path.isfile(out["path"])
    assert _child(tmp_path, PYTHONDONTWRITEBYTECODE="1")["new"] == 0


def test_a_corrupt_damaged_or_foreign_cache_file_is_ignored(tmp_path):
    path = _child(tmp_path)["path"]
    with open(path, "wb") as fh:
        fh.write(b"not marshal data")
    again = _child(tmp_path)
    assert again["ok"] and again["cached"] == 0 and again["new"] > 150
    header, digest, payload = marshal.loads(open(path, "rb").read())
    damaged = bytearray(payload)
    damaged[len(damaged) // 2] ^= 0x01
    with open(path, "wb") as fh:                 # one bit changed
        fh.write(marshal.dumps((header, digest, bytes(damaged))))
    assert _child(tmp_path)["cached"] == 0
    with open(path, "wb") as fh:                 # another Python build's file
        fh.write(marshal.dumps((("3.0.0",) + header[1:], digest, payload)))
    assert _child(tmp_path)["cached"] == 0


def test_an_entry_the_engine_rejects_is_compiled_afresh(monkeypatch):
    pattern = "(?P<n>[零一二三]+)个(?:项目|事项)?-cache-test"
    flags, code, groups, groupindex, indexgroup = _recache._fresh(pattern, 0)
    key = (False, pattern, 0)
    monkeypatch.setitem(_recache._CACHE, key, (flags, [99999] + code[1:], groups, groupindex, indexgroup))
    re.purge()
    got = re.compile(pattern)
    assert got == _recache._ORIGINAL(pattern, 0) and got.match("三个事项-cache-test").group("n") == "三"
    assert key not in _recache._CACHE


def test_turned_off_by_the_environment(tmp_path):
    out = _child(tmp_path, NIANBAO_REGEX_CACHE="0")
    assert not out["installed"] and out["ok"] and not out["saved"] and not os.path.exists(out["path"])


def test_the_package_compiles_its_patterns_without_warnings():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for p in _package_patterns():
            _recache._ORIGINAL(p.pattern, p.flags & ~re.UNICODE)


def test_an_unwritable_cache_folder_only_costs_the_cache(tmp_path):
    blocker = tmp_path / "pycache"
    blocker.write_text("a file where the cache folder would be")     # (as a read-only folder would, even for root)
    out = _child(tmp_path)
    assert out["installed"] and out["ok"] and not out["saved"] and blocker.is_file()


_RUN_CHILD = textwrap.dedent("""
    import json, sys, tempfile
    from nlp import _recache
    from nlp.paths import demo_corpus
    from nlp.pipeline import JobOptions, run_many
    with tempfile.TemporaryDirectory() as pages:
        path = sorted(demo_corpus().glob("demo-01_*.txt"))[0]
        run_many([(str(path), path.read_bytes())], JobOptions(html_dir=pages))
    han = [k[1] for k in _recache._NEW if any("\\u4e00" <= ch <= "\\u9fff" for ch in str(k[1]))]
    print(json.dumps({"new": len(_recache._NEW), "han": han[:5], "cached": len(_recache._CACHE)}))
""")


def test_patterns_built_where_first_needed_are_cached_by_compile_package(tmp_path):
    """The package builds some patterns only when first needed (a table label's, the negation pattern): no
    module attribute holds them, so a process's save() does not know them as the package's. compile_package
    (make setup) checks and tags the demo reports, so that a run's processes find those in the cache too."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))

    def child() -> dict:
        out = subprocess.run([sys.executable, "-c", _RUN_CHILD], capture_output=True, text=True, env=env, check=True)
        return json.loads(out.stdout)

    cold = child()                          # the package's module patterns only (saved at exit), no run's
    assert cold["han"], "some Chinese patterns are built where first needed"
    again = child()
    assert again["han"], "a process does not save the patterns no module attribute holds"
    subprocess.run([sys.executable, "-c", "from nlp._recache import compile_package; compile_package()"],
                   env=env, check=True, capture_output=True)
    warm = child()
    assert warm["han"] == [] and warm["new"] < cold["new"] // 3 and warm["cached"] > again["cached"]
