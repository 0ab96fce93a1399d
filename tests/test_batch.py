"""Corpus runs: input expansion, worker supervision (hangs, crashes), kill -9 and resume, Dask."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from nlp import synth
from nlp.batch import ChunkResult, LocalPool
from nlp.inputs import InputSpec, expand_inputs
from nlp.pipeline import JobOptions, JobResult

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "corpora" / "demo"


def test_expand_inputs_dirs_globs_lists_and_zips(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "sub").mkdir()
    (tmp_path / "a" / "sub" / "r2.md").write_text("x", encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text("x", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        zf.writestr("in/r3.html", "<p>x</p>")
    (tmp_path / "list.txt").write_text(f"{tmp_path / 'a' / 'r1.txt'}\n# a comment\n{tmp_path / 'missing.pdf'}\n",
                                       encoding="utf-8")
    specs = expand_inputs([str(tmp_path / "a"), str(tmp_path / "z.zip"), f"@{tmp_path / 'list.txt'}",
                           str(tmp_path / "a" / "*.txt")])
    sources = [s.source for s in specs]
    assert sources[:2] == [str(tmp_path / "a" / "r1.txt"), str(tmp_path / "a" / "sub" / "r2.md")]
    assert f"{tmp_path / 'z.zip'}/in/r3.html" in sources
    assert str(tmp_path / "missing.pdf") in sources            # kept: its read becomes an error row
    assert len(sources) == len(set(sources)) == 4


def test_a_folder_is_walked_in_path_order_without_hidden_folders_or_linked_folders(tmp_path, monkeypatch):
    """The order is that of the paths' parts (a/b/x.txt before a-c.txt, though "/" sorts after "-"); a hidden
    folder is not entered (a checkout's .git); a link to a folder is not followed, a broken link is an input;
    a relative folder gives relative sources."""
    root = tmp_path / "c"
    for rel in ("a/b/x.txt", "a-c.txt", "a/README.md", "a/Z.TXT", "b/logo.png", ".git/objects/o.txt",
                "b/.cache/y.txt", "b/deep/deeper/z.html"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")
    (root / "b" / "to_a").symlink_to(root / "a", target_is_directory=True)
    (root / "b" / "gone.txt").symlink_to(root / "nowhere.txt")
    skipped: list[str] = []
    sources = [s.source for s in expand_inputs([str(root)], skipped)]
    assert sources == [str(root / rel) for rel in ("a/Z.TXT", "a/b/x.txt", "a-c.txt", "b/deep/deeper/z.html",
                                                   "b/gone.txt")]
    assert skipped == [str(root / "b" / "logo.png")]
    monkeypatch.chdir(root)
    assert [s.source for s in expand_inputs(["."])] == ["a/Z.TXT", "a/b/x.txt", "a-c.txt", "b/deep/deeper/z.html",
                                                        "b/gone.txt"]
    assert [s.source for s in expand_inputs(["a/"])] == ["a/Z.TXT", "a/b/x.txt"]


def test_documents_in_other_formats_are_inputs_and_other_files_are_skipped_and_named(tmp_path):
    """A crawl folder holds reports as .doc/.wps/.ofd/.xlsx too: each is an input whose read gives E011 naming the
    format (so it lands in errors.csv); images and style sheets are not inputs, and the caller is told which."""
    from nlp.errors import NianbaoError
    from nlp.read import read_document
    d = tmp_path / "crawl"
    d.mkdir()
    (d / "r.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    (d / "logo.png").write_bytes(b"\x89PNG")
    (d / "site.css").write_text("body{}", encoding="utf-8")
    with zipfile.ZipFile(d / "book.xlsx", "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with zipfile.ZipFile(d / "pack.zip", "w") as zf:
        zf.writestr("x/r.ofd", b"PK\x03\x04 not really")
        zf.writestr("x/pic.jpg", b"\xff\xd8")
        zf.writestr("x/inner.zip", b"PK\x03\x04")
    skipped: list[str] = []
    specs = expand_inputs([str(d)], skipped)
    assert sorted(Path(s.source).name for s in specs) == ["book.xlsx", "inner.zip", "r.doc", "r.ofd"]
    assert sorted(Path(s).name for s in skipped) == ["logo.png", "pic.jpg", "site.css"]
    for spec in specs:
        with pytest.raises(NianbaoError) as err:
            read_document(spec.read(10_000), spec.source)
        assert err.value.code == "E011", spec.source
    assert len(expand_inputs([str(d)])) == len(specs)          # without a list to fill, the same inputs


def _flaky(specs: list[InputSpec], opts: JobOptions) -> ChunkResult:
    for spec in specs:
        name = Path(spec.source).name
        if name == "hang.txt":
            time.sleep(60)                              # (stuck in C: an exception cannot stop it)
        if name == "loop.txt":
            while True:                                 # a hang in Python code
                time.sleep(0.01)
        if name == "crash.txt":
            os._exit(3)
    return ChunkResult.pack([JobResult(s.source, rows={"reports": [{"source": s.source}]}) for s in specs])


def test_pool_records_hung_and_crashed_files_and_goes_on(tmp_path):
    specs = [InputSpec(str(tmp_path / n), str(tmp_path / n)) for n in
             ("ok1.txt", "hang.txt", "ok2.txt", "crash.txt", "ok3.txt", "ok4.txt")]
    pool = LocalPool(2, JobOptions(), timeout=2.0, fn=_flaky)
    try:
        results = list(pool.map(specs, chunk=3))       # chunks with a bad file are retried file by file
    finally:
        pool.close()
    sources = [Path(s).name for r in results for s in r.sources]
    assert sorted(sources) == sorted(Path(s.source).name for s in specs)
    errors = {Path(e["source"]).name: e["code"] for r in results for e in r.errors}
    assert errors == {"hang.txt": "E013", "crash.txt": "E014"}
    rows = [row["source"] for r in results if "reports" in r.tables for row in r.tables["reports"].to_pylist()]
    assert sorted(Path(s).name for s in rows) == ["ok1.txt", "ok2.txt", "ok3.txt", "ok4.txt"]


def test_dask_records_hung_and_crashed_files_and_goes_on(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    import cloudpickle
    from nlp import batch
    cloudpickle.register_pickle_by_value(sys.modules[__name__])     # the workers cannot import this test module
    monkeypatch.setattr(batch, "DASK_GRACE", 1.0)
    names = ("ok1.txt", "loop.txt", "ok2.txt", "crash.txt", "ok3.txt", "hang.txt", "ok4.txt")
    fillers = tuple(f"fill{i:02d}.txt" for i in range(12))     # the tail the chunks get finer for (chunk_bounds)
    specs = [InputSpec(str(tmp_path / n), str(tmp_path / n)) for n in names + fillers]
    try:
        results = list(batch.dask_map(specs, JobOptions(), None, 2, timeout=2.0, chunk=3, fn=_flaky))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    sources = [Path(s).name for r in results for s in r.sources]
    assert sorted(sources) == sorted(names + fillers)
    errors = {Path(e["source"]).name: e["code"] for r in results for e in r.errors}
    assert errors == {"loop.txt": "E013", "hang.txt": "E013", "crash.txt": "E014"}
    rows = [row["source"] for r in results if "reports" in r.tables for row in r.tables["reports"].to_pylist()]
    assert sorted(Path(s).name for s in rows) == sorted(("ok1.txt", "ok2.txt", "ok3.txt", "ok4.txt") + fillers)
    # the good files that shared a chunk with a bad one came back on their own: the chunk was isolated
    alone = {Path(r.sources[0]).name for r in results if len(r.sources) == 1}
    assert {"ok1.txt", "ok2.txt", "ok3.txt"} <= alone


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    d = tmp_path_factory.mktemp("gen")
    synth.generate_corpus(d, 240, seed=3, layouts=("tsv", "flat"), formats=("2021",))
    return d


def test_kill9_then_resume_loses_and_duplicates_nothing(generated, tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "nlp.cli", "check", str(generated), "-o", str(out), "--no-progress", "--no-tag",
           "--batch-size", "10", "-j", "2"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    manifest = out / "_state" / "manifest.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline and (not manifest.exists() or manifest.read_text().count("\n") < 3):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    res = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "resuming:" in res.stderr
    reports = pd.read_parquet(out / "reports.parquet")
    inputs = [p for p in generated.iterdir() if p.suffix in (".txt", ".md")]
    assert len(reports) == len(inputs) and reports.source.is_unique
    cells = pd.read_parquet(out / "cells.parquet")
    assert not cells.duplicated(["source", "key"]).any()
    assert set(cells.source) == set(reports.source)


def test_dask_engine_matches_local(tmp_path):
    pytest.importorskip("distributed")
    out_l, out_d = tmp_path / "local", tmp_path / "dask"
    base = [sys.executable, "-m", "nlp.cli", "check", str(DEMO), "--no-progress"]
    r1 = subprocess.run(base + ["-o", str(out_l)], cwd=REPO, capture_output=True, text=True)
    r2 = subprocess.run(base + ["-o", str(out_d), "--engine", "dask", "--dask-workers", "2"], cwd=REPO,
                        capture_output=True, text=True, timeout=300)
    assert r1.returncode == 0 and r2.returncode == 0, r2.stderr[-2000:]
    for name in ("reports.parquet", "discrepancies.parquet", "numbers.parquet", "cells.parquet", "items.parquet"):
        a = pd.read_parquet(out_l / name)
        b = pd.read_parquet(out_d / name)
        assert len(a) and len(a) == len(b), name
        key = [c for c in ("source", "key", "start", "rule", "message", "item_index") if c in a.columns]
        a = a.sort_values(key).reset_index(drop=True).astype(str)
        b = b.sort_values(key).reset_index(drop=True).astype(str)
        pd.testing.assert_frame_equal(a, b)


def test_tag_takes_the_run_options_of_check_and_its_dask_engine_matches_local(tmp_path):
    """`nianbao tag` is the same corpus run as `nianbao check` (--no-progress, --timeout, -j, --engine dask); a
    finished run in OUT is replaced only with --force: without it a coded error, exit 2."""
    pytest.importorskip("distributed")
    out_l, out_d = tmp_path / "local", tmp_path / "dask"
    base = [sys.executable, "-m", "nlp.cli", "tag", str(DEMO), "--no-progress", "--timeout", "60"]
    r1 = subprocess.run(base + ["-o", str(out_l), "-j", "2"], cwd=REPO, capture_output=True, text=True)
    r2 = subprocess.run(base + ["-o", str(out_d), "--engine", "dask", "--dask-workers", "2"], cwd=REPO,
                        capture_output=True, text=True, timeout=300)
    assert r1.returncode == 0 and r2.returncode == 0, (r1.stderr[-2000:], r2.stderr[-2000:])
    for name in ("items.parquet", "report_topics.parquet"):
        a, b = pd.read_parquet(out_l / name), pd.read_parquet(out_d / name)
        key = [c for c in ("source", "index") if c in a.columns]
        a = a.sort_values(key).reset_index(drop=True).astype(str)
        b = b.sort_values(key).reset_index(drop=True).astype(str)
        assert len(a)
        pd.testing.assert_frame_equal(a, b)
    again = subprocess.run(base + ["-o", str(out_l)], cwd=REPO, capture_output=True, text=True)
    assert again.returncode == 2 and "[E012]" in again.stderr


DASK_PROBE = """
import json, sys
from nlp import batch
from nlp.inputs import InputSpec
from nlp.pipeline import JobOptions

def probe(specs, opts):                     # what a worker holds before its first task loads anything
    import dask
    import nlp.topics
    seen = {"tagger": bool(nlp.topics._CACHE), "pages": "nlp.html_report" in sys.modules,
            "settings": {k: dask.config.get(k) for k in batch.DASK_OWN_SETTINGS}}
    for s in specs:
        with open(s.source, "w") as fh:
            json.dump(seen, fh)
    return batch.ChunkResult.pack([])

specs = [InputSpec(p, p) for p in sys.argv[1:]]
list(batch.dask_map(specs, JobOptions(tag=sys.argv[1].endswith("tag")), None, 2, chunk=1, fn=probe))
"""


@pytest.mark.parametrize("forkserver", ["1", "0"])
@pytest.mark.parametrize("tag", [True, False])
def test_dask_local_cluster_workers_start_with_the_package_and_the_tagger_loaded(tmp_path, forkserver, tag):
    """The run's own LocalCluster forks its workers from a server that imported the worker's modules and loaded
    the tagger when the run tags (nlp.forkserver); NIANBAO_FORKSERVER=0 spawns them bare, as Dask does."""
    pytest.importorskip("distributed")
    files = [str(tmp_path / f"p{i}.{'tag' if tag else 'no'}") for i in range(6)]
    env = {**os.environ, "NIANBAO_FORKSERVER": forkserver}
    res = subprocess.run([sys.executable, "-c", DASK_PROBE, *files], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    seen = [json.loads(Path(f).read_text()) for f in files]
    forked = forkserver == "1" and sys.platform != "win32"
    assert all(s["pages"] == forked for s in seen)
    assert all(s["tagger"] == (forked and tag) for s in seen)
    # the run's own cluster has no dashboard: its workers do not profile their threads, and monitor less often
    assert all(s["settings"] == {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                                 "distributed.admin.system-monitor.interval": "2s"} for s in seen)


DASK_ENV_PROBE = DASK_PROBE.split("specs = ")[0] + """
import os
first = [a + ".first" for a in sys.argv[1:]]
list(batch.dask_map([InputSpec(p, p) for p in first], JobOptions(), None, 2, chunk=1, fn=probe))
os.environ["NIANBAO_MODELS"] = sys.argv[1]            # changed since the server started: its workers would not see it
list(batch.dask_map([InputSpec(p, p) for p in sys.argv[1:]], JobOptions(), None, 2, chunk=1, fn=probe))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the forkserver is used on Linux only")
def test_dask_workers_are_spawned_when_the_environment_changed_since_the_server_started(tmp_path):
    pytest.importorskip("distributed")
    files = [str(tmp_path / f"p{i}") for i in range(3)]
    res = subprocess.run([sys.executable, "-c", DASK_ENV_PROBE, *files], cwd=REPO, capture_output=True, text=True,
                         timeout=300, env={k: v for k, v in os.environ.items() if k != "NIANBAO_FORKSERVER"})
    assert res.returncode == 0, res.stderr[-2000:]
    assert all(json.loads(Path(f + ".first").read_text())["pages"] for f in files)      # forked, ready
    assert not any(json.loads(Path(f).read_text())["pages"] for f in files)              # spawned, bare


def _broken_model(where: Path) -> Path:
    """A copy of the shipped model whose meta.json holds a value of the wrong kind (E025 on load)."""
    from nlp.topics import files as F
    shutil.copytree(F.find_model_dir(), where / F.MODEL_NAME)
    meta = json.loads((where / F.MODEL_NAME / "meta.json").read_text(encoding="utf-8"))
    meta["polarity_scale"] = "not a number"
    (where / F.MODEL_NAME / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return where


@pytest.mark.parametrize("models", ["shipped", "NIANBAO_MODELS here only"])
def test_a_shared_clusters_workers_in_a_directory_of_their_own_read_relative_inputs_and_write_into_out(tmp_path,
                                                                                                      models):
    """Workers started elsewhere (`dask worker` run in another directory and environment, as on a real cluster's
    hosts): a run given relative paths still reads every input and writes every page into its OUT, because the
    paths are sent absolute; the results keep the names as given. The model that this process's NIANBAO_MODELS
    selects is the one the workers load (here a damaged one: every input gets its coded error)."""
    pytest.importorskip("distributed")
    from nlp.bench import running_cluster
    work = tmp_path / "here"
    (work / "in").mkdir(parents=True)
    names = sorted(f.name for f in DEMO.glob("demo-0[12]_*"))
    for name in names:
        shutil.copy(DEMO / name, work / "in" / name)
    env = {k: v for k, v in os.environ.items() if k != "NIANBAO_MODELS"}
    with running_cluster(1, tmp_path) as address:        # (started with this process's environment)
        if models != "shipped":
            env["NIANBAO_MODELS"] = str(_broken_model(tmp_path / "models"))
        res = subprocess.run([sys.executable, "-m", "nlp.cli", "check", "in", "-o", "out", "--no-progress",
                              "--engine", "dask", "--scheduler", address], cwd=work, env=env, capture_output=True,
                             text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    errors = pd.read_csv(work / "out" / "errors.csv")
    assert not list(tmp_path.glob("cluster-*/out"))          # nothing written where the worker runs
    if models != "shipped":
        assert sorted(errors.source) == [f"in/{name}" for name in names] and set(errors.code) == {"E025"}
        return
    assert errors.empty
    reports = pd.read_parquet(work / "out" / "reports.parquet")
    assert sorted(reports["source"]) == [f"in/{name}" for name in names]
    assert len(list((work / "out" / "reports").glob("*.html"))) == len(names)


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9", "ftp://127.0.0.1:8786"])
def test_a_scheduler_that_cannot_be_reached_is_a_coded_error(tmp_path, address):
    """A wrong --scheduler (nothing listening, an unknown scheme) is a usage error: one coded line, exit status 2,
    not a traceback."""
    pytest.importorskip("distributed")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    res = subprocess.run([sys.executable, "-m", "nlp.cli", "check", str(DEMO / "demo-01_tsv_2021.txt"), "-o",
                          str(tmp_path / "out"), "--no-progress", "--engine", "dask", "--scheduler", address],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 2
    assert res.stderr.startswith(f"[E027] Cannot reach the Dask scheduler {address}") and "Traceback" not in res.stderr


def test_a_model_that_fails_to_load_does_not_stop_the_dask_run(tmp_path):
    """The forkserver's preload meets the broken model first; it must not die (taking the workers with it): each
    input ends up in errors.csv, as with spawned workers."""
    pytest.importorskip("distributed")
    models = _broken_model(tmp_path / "models")
    inputs = sorted(DEMO.glob("demo-0[13]_*.txt"))
    out = tmp_path / "out"
    env = {**os.environ, "NIANBAO_MODELS": str(models)}
    env.pop("NIANBAO_FORKSERVER", None)
    res = subprocess.run([sys.executable, "-m", "nlp.cli", "check", *map(str, inputs), "-o", str(out),
                          "--no-progress", "--engine", "dask", "--dask-workers", "1"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    reports = pd.read_parquet(out / "reports.parquet")
    errors = pd.read_csv(out / "errors.csv")
    assert len(reports) + len(set(errors.source)) >= len(inputs) and len(errors)
    assert set(errors.source) | set(reports.source) == {str(p) for p in inputs}


def test_coverage_flags_bodies_that_filed_last_year_but_not_this_year():
    from nlp.batch import coverage
    reports = pd.DataFrame({"body_key": ["a", "a", "b", "c", None], "body": ["A", "A", "B", "C", "X"],
                            "year": [2020, 2022, 2021, 2022, 2020], "report_id": list("12345")})
    cov = coverage(reports)
    got = {(r.body_key, r.year): (r.filed, r.filed_previous_year, r.missing) for r in cov.itertuples()}
    assert got == {("a", 2020): (True, False, False), ("a", 2021): (False, True, True),
                   ("a", 2022): (True, False, False), ("b", 2021): (True, False, False),
                   ("b", 2022): (False, True, True), ("c", 2022): (True, False, False)}
    assert list(cov.columns) == ["body_key", "body", "year", "filed", "filed_previous_year", "missing"]
    assert coverage(reports.iloc[4:]).empty


@pytest.mark.parametrize("n,chunk,workers", [(1500, 32, 2), (10, 3, 2), (0, 32, 2), (5, 1, 2), (100, 32, 1), (7, 32, 4)])
def test_chunks_cover_every_input_once_and_end_finer(n, chunk, workers):
    from nlp.batch import chunk_bounds
    bounds = chunk_bounds(n, chunk, workers)
    assert [i for lo, hi in bounds for i in range(lo, hi)] == list(range(n))
    assert all(0 < hi - lo <= chunk for lo, hi in bounds)
    if n >= 4 * workers * chunk:
        assert bounds[0][1] - bounds[0][0] == chunk and bounds[-1][1] - bounds[-1][0] <= max(1, chunk // 4)


def test_local_workers_build_tables_without_pandas_and_to_pandas_still_works(tmp_path):
    """A local worker never imports pandas (pyarrow would, only to ask whether a list is a pandas object);
    the process can still convert to pandas afterwards."""
    demo = Path(__file__).resolve().parents[1] / "corpora" / "demo" / "demo-01_tsv_2021.txt"
    code = f"""
import sys
from nlp.batch import _arrow_without_pandas, run_chunk
from nlp.inputs import InputSpec
from nlp.pipeline import JobOptions
assert "pandas" not in sys.modules, "importing the batch runner loads pandas"
_arrow_without_pandas()
res = run_chunk([InputSpec({str(demo)!r}, {str(demo)!r})], JobOptions(job="check", html_dir={str(tmp_path)!r}))
assert res.tables["cells"].num_rows > 100, res.tables
assert "pandas" not in sys.modules, "building the Arrow tables loaded pandas"
frame = res.tables["reports"].to_pandas()
assert len(frame) == 1 and "pandas" in sys.modules
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]


def test_a_whole_check_run_never_imports_pandas_and_its_tables_read_back(tmp_path):
    """``nianbao check`` writes every output (parts, reports.parquet, the CSVs, report_topics, index.html)
    with pyarrow and the csv module: the command never imports pandas (≈0.6 s of CPU); pandas reads
    what it wrote, with CSV values as pandas would have written them."""
    out = tmp_path / "out"
    code = f"""
import sys
from nlp import cli
rc = cli.main(["check", {str(DEMO)!r}, "-o", {str(out)!r}, "--no-progress", "-j", "2"])
assert rc == 0, rc
assert "pandas" not in sys.modules, "a check run imported pandas"
print("ok")
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.strip().endswith("ok"), res.stderr[-2000:]
    reports = pd.read_parquet(out / "reports.parquet")
    assert list(reports.columns)[:2] == ["report_id", "source"] and len(reports) > 5
    assert reports["year"].notna().all() and reports.equals(
        reports.sort_values(["body_key", "year", "source"], na_position="last").reset_index(drop=True))
    disc = pd.read_csv(out / "discrepancies.csv")
    assert len(disc) == len(pd.read_parquet(out / "discrepancies.parquet"))
    cells = disc["cells"].dropna()
    assert len(cells) and all(c.startswith("[") for c in cells)          # list columns as JSON text
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors.columns) == ["source", "code", "message", "hint", "stage"]
    cov = pd.read_csv(out / "coverage.csv")
    assert list(cov.columns) == ["body_key", "body", "year", "filed", "filed_previous_year", "missing"]
    assert set(cov["filed"]) <= {True, False}
    assert len(pd.read_parquet(out / "report_topics.parquet")) == len(reports)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert html.count("<tr><td><a href=") == len(reports)


def _gc_probe(specs, opts):
    import gc

    from threadpoolctl import threadpool_info
    blas = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    return ChunkResult([s.source for s in specs], errors=[{"threshold": gc.get_threshold(),
                                                            "frozen": gc.get_freeze_count(), "blas": blas}])


def test_local_workers_collect_garbage_less_often_and_use_one_blas_thread(tmp_path):
    """Workers freeze what they inherit and use the raised gen-0 threshold, and run BLAS on one thread (a
    worker per core already); the parent process is untouched."""
    import numpy  # noqa: F401 - BLAS loaded in the parent, as in a run (pyarrow imports numpy)
    from threadpoolctl import threadpool_info
    parent_blas = [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]
    import gc

    from nlp.batch import WORKER_GC_THRESHOLD
    before = gc.get_threshold()
    specs = [InputSpec(str(tmp_path / f"{i}.txt"), str(tmp_path / f"{i}.txt")) for i in range(2)]
    pool = LocalPool(2, JobOptions(), timeout=30.0, fn=_gc_probe)
    try:
        probes = [e for r in pool.map(specs, chunk=1) for e in r.errors]
    finally:
        pool.close()
    assert len(probes) == 2
    assert all(p["threshold"] == WORKER_GC_THRESHOLD and p["frozen"] > 0 for p in probes)
    assert all(p["blas"] and set(p["blas"]) == {1} for p in probes)
    assert gc.get_threshold() == before
    assert [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"] == parent_blas


@pytest.mark.parametrize("timeout", [0.0, 30.0])
def test_a_dask_task_collects_young_objects_as_the_runs_own_workers_then_restores_the_collector(timeout):
    """A shared cluster's worker is not tuned by the run: each task raises the gen-0 threshold for its duration
    and gives back the thresholds it found, also when it fails."""
    import gc

    from nlp.batch import WORKER_GC_THRESHOLD, run_chunk_with_deadline
    before = gc.get_threshold()
    assert before != WORKER_GC_THRESHOLD
    seen = []

    def probe(specs, opts):
        seen.append(gc.get_threshold())
        return ChunkResult([])

    def fails(specs, opts):
        seen.append(gc.get_threshold())
        raise RuntimeError("a bug")

    specs = [InputSpec("a.txt", "a.txt")]
    run_chunk_with_deadline(specs, JobOptions(), timeout, None, probe)
    with pytest.raises(RuntimeError):
        run_chunk_with_deadline(specs, JobOptions(), timeout, None, fails)
    assert seen == [WORKER_GC_THRESHOLD, WORKER_GC_THRESHOLD]
    assert gc.get_threshold() == before


def test_concurrent_dask_tasks_share_the_collector_setting_and_the_last_restores_it():
    """Tasks in several threads of one worker: the second that starts keeps the setting (not the first's raised
    thresholds as the ones to restore), and the setting stays until the last one ends."""
    import gc
    import threading

    from nlp.batch import WORKER_GC_THRESHOLD, run_chunk_with_deadline
    before = gc.get_threshold()
    first_in, release = threading.Event(), threading.Event()
    seen = {}

    def long_task(specs, opts):
        first_in.set()
        release.wait(30)
        seen["first, after the second ended"] = gc.get_threshold()
        return ChunkResult([])

    thread = threading.Thread(target=run_chunk_with_deadline, args=([], JobOptions(), 0.0, None, long_task))
    thread.start()
    assert first_in.wait(30)
    run_chunk_with_deadline([], JobOptions(), 0.0, None, lambda specs, opts: ChunkResult([]))
    seen["between"] = gc.get_threshold()
    release.set()
    thread.join(30)
    assert seen == {"between": WORKER_GC_THRESHOLD, "first, after the second ended": WORKER_GC_THRESHOLD}
    assert gc.get_threshold() == before


def test_pool_close_waits_for_its_background_imports(tmp_path):
    """No fork may happen while the prefetch thread can hold an import lock: close() joins it."""
    import nlp.batch as batch
    pool = LocalPool(1, JobOptions(), timeout=30.0, fn=_gc_probe)
    batch.prefetch(("json", "nlp.html_report"))
    pool.close()
    assert batch._PREFETCH is not None and not batch._PREFETCH.is_alive()


def test_lists_name_lists_relative_to_themselves_in_any_common_encoding_and_never_themselves(tmp_path):
    from nlp.errors import NianbaoError
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "r1.txt").write_text("x", encoding="utf-8")
    (tmp_path / "lists" / "inner.lst").write_text("r1.txt\n", encoding="utf-8")
    (tmp_path / "lists" / "outer.lst").write_bytes("  # 注释：缩进的注释行\n@inner.lst\n报告乙.txt\n".encode("gb18030"))
    sources = [s.source for s in expand_inputs([f"@{tmp_path / 'lists' / 'outer.lst'}"])]
    assert sources == [str(tmp_path / "lists" / "r1.txt"), "报告乙.txt"]      # a missing entry stays an input
    (tmp_path / "loop.lst").write_text("@loop.lst\n", encoding="utf-8")
    for bad in ("loop.lst", "nope.lst"):
        with pytest.raises(NianbaoError) as exc:
            expand_inputs([f"@{tmp_path / bad}"])
        assert exc.value.code == "E016"


def test_a_pattern_matching_nothing_is_an_input_that_fails(tmp_path):
    specs = expand_inputs([str(tmp_path / "nomatch*.txt")])
    assert [s.source for s in specs] == [str(tmp_path / "nomatch*.txt")]


def test_out_is_resumed_only_by_its_own_run_and_never_reads_itself(tmp_path):
    """Another job, another tagging choice or other inputs into a used OUT is a coded error, not a silent merge;
    a grown corpus resumes; OUT inside the input folder is not read as input on a rerun."""
    from nlp.cli import main
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("demo-01_tsv_2021.txt", "demo-03_flat_2021.txt"):
        (corpus / name).write_bytes((DEMO / name).read_bytes())
    out = tmp_path / "out"
    assert main(["check", str(corpus / "demo-01_tsv_2021.txt"), "-o", str(out), "--no-tag", "-j", "1"]) == 0
    assert main(["check", str(corpus / "demo-01_tsv_2021.txt"), "-o", str(out), "-j", "1"]) == 2     # tagging now
    assert main(["check", str(corpus / "demo-03_flat_2021.txt"), "-o", str(out), "--no-tag", "-j", "1"]) == 2
    assert main(["check", str(corpus), "-o", str(out), "--no-tag", "-j", "1"]) == 0                   # grown: resumes
    assert len(pd.read_parquet(out / "reports.parquet")) == 2
    inner = corpus / "out"
    for _ in range(2):
        assert main(["check", str(corpus), "-o", str(inner), "--no-tag", "-j", "1"]) == 0
    assert len(pd.read_parquet(inner / "reports.parquet")) == 2
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    assert main(["check", str(corpus), "-o", str(tmp_path / "afile"), "--no-tag"]) == 2
    for bad in (["-j", "0"], ["--timeout", "-1"]):
        with pytest.raises(SystemExit):
            main(["check", str(corpus), "-o", str(tmp_path / "o2"), *bad])


def test_gbk_member_names_and_broken_links_are_accounted_for(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    archive = tmp_path / "z.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("AAAAAA.txt", "x")
    # how a Chinese archiver writes the name: GBK bytes, without the UTF-8 flag
    archive.write_bytes(archive.read_bytes().replace(b"AAAAAA.txt", "报告甲.txt".encode("gbk")))
    specs = expand_inputs([str(tmp_path / "d"), str(archive)])
    assert [s.source for s in specs] == [str(tmp_path / "d" / "broken.txt"), f"{archive}/报告甲.txt"]
    assert specs[1].read(1000) == b"x"


def test_archive_members_too_compressed_or_encrypted_are_named_so(tmp_path):
    from nlp.errors import NianbaoError
    archive = tmp_path / "z.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"0" * (8 << 20))
        zf.writestr("secret.txt", b"x")
    data = bytearray(archive.read_bytes())
    # mark secret.txt encrypted: general-purpose flag bit 0 of its local header (name at +30, flags at +6) and of
    # its central-directory entry (name at +46, flags at +8)
    for sig, name_at, flags_at in ((b"PK\x03\x04", 30, 6), (b"PK\x01\x02", 46, 8)):
        i = data.find(sig)
        while i >= 0 and data[i + name_at:i + name_at + 10] != b"secret.txt":
            i = data.find(sig, i + 4)
        data[i + flags_at] |= 1
    archive.write_bytes(bytes(data))
    specs = {s.member: s for s in expand_inputs([str(archive)])}
    for member, words in (("bomb.txt", "zip bomb"), ("secret.txt", "encrypted")):
        with pytest.raises(NianbaoError) as exc:
            specs[member].read(50 << 20)
        assert exc.value.code == "E018" and words in exc.value.message


def test_report_ids_are_unique_in_a_run_even_where_file_names_repeat(tmp_path):
    # every department's folder holds its own 2023.txt; one folder also has the page as HTML
    demo = sorted(p for p in DEMO.iterdir() if p.suffix == ".txt")[:2]
    for folder, src in (("dept-a", demo[0]), ("dept-b", demo[1])):
        (tmp_path / "corpus" / folder).mkdir(parents=True)
        (tmp_path / "corpus" / folder / "2023.txt").write_bytes(src.read_bytes())
    (tmp_path / "corpus" / "dept-c").mkdir()
    (tmp_path / "corpus" / "dept-c" / "r.txt").write_bytes(demo[0].read_bytes())
    (tmp_path / "corpus" / "dept-c" / "r.md").write_bytes(demo[1].read_bytes())
    (tmp_path / "corpus" / "dept-c" / "solo.txt").write_bytes(demo[0].read_bytes())
    ids = {Path(s.source).relative_to(tmp_path / "corpus").as_posix(): s.report_id
           for s in expand_inputs([str(tmp_path / "corpus")])}
    assert ids == {"dept-a/2023.txt": "dept-a/2023", "dept-b/2023.txt": "dept-b/2023",
                   "dept-c/r.txt": "r.txt", "dept-c/r.md": "r.md", "dept-c/solo.txt": "solo"}
    from nlp.cli import main
    assert main(["check", str(tmp_path / "corpus"), "-o", str(tmp_path / "out"), "--no-progress", "--no-tag"]) == 0
    reports = pd.read_parquet(tmp_path / "out" / "reports.parquet")
    cells = pd.read_parquet(tmp_path / "out" / "cells.parquet")
    assert sorted(reports.report_id) == sorted(ids.values())
    # each report's cells stay its own: the two 2023s (different reports) are not merged under one id
    per_report = cells.groupby("report_id").source.nunique()
    assert len(per_report) == 5 and (per_report == 1).all()


def test_archive_members_sharing_a_name_are_each_an_input(tmp_path):
    archive = tmp_path / "z.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("r.txt", "first")
        zf.writestr("r.txt", "second")          # (zipfile warns: a duplicate name, as some archivers write)
        zf.writestr("other/r.txt", "third")
    specs = expand_inputs([str(archive)])
    assert [s.source for s in specs] == [f"{archive}/r.txt", f"{archive}/r.txt#2", f"{archive}/other/r.txt"]
    assert [s.read(1000) for s in specs] == [b"first", b"second", b"third"]
    assert len({s.report_id for s in specs}) == 3


def _exit_at_start(opts):
    os._exit(3)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the pool forks (inheriting the patch) on Linux")
def test_a_local_pool_whose_workers_die_as_they_start_ends_the_run_with_a_coded_error(monkeypatch):
    """No file is at fault when workers exit before taking one: after a few replacements that die the same way
    the run stops with E026 (it used to replace them for ever)."""
    from nlp import batch
    from nlp.errors import NianbaoError
    monkeypatch.setattr(batch, "_warm_up", _exit_at_start)

    def endless(*_):
        raise TimeoutError("the pool kept replacing workers that die as they start")

    before = signal.signal(signal.SIGALRM, endless)
    signal.alarm(60)
    pool = LocalPool(2, JobOptions(), timeout=30.0)
    try:
        with pytest.raises(NianbaoError) as exc:
            list(pool.map([InputSpec("a", "a"), InputSpec("b", "b")], chunk=1))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)
        pool.close()
    assert exc.value.code == "E026" and "exit code 3" in exc.value.message


def test_a_local_run_with_a_model_that_cannot_load_records_every_input_and_ends(tmp_path):
    """The tagger fails to load in the main process's preload and in every worker: each file gets the model's
    coded error and the run ends (a worker used to die loading it, again and again)."""
    models = _broken_model(tmp_path / "models")
    inputs = sorted(DEMO.glob("demo-0[13]_*.txt"))
    res = subprocess.run([sys.executable, "-m", "nlp.cli", "check", *map(str, inputs), "-o", str(tmp_path / "out"),
                          "--no-progress", "-j", "2"], cwd=REPO, env={**os.environ, "NIANBAO_MODELS": str(models)},
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert sorted(errors.source) == sorted(map(str, inputs)) and set(errors.code) == {"E025"}


def test_local_workers_start_with_the_tagger_and_segmenter_the_main_process_preloaded():
    """nlp.preload loads the tagger and the segmenter it cuts with in background threads of the main process; the
    pool forks only after they ended, so each worker starts with that very model and that very loaded segmenter
    (the same objects, inherited) instead of loading its own on its first chunk. Then the main process, which
    neither tags nor segments, drops its references (release); the workers keep theirs."""
    code = """
import sys
from nlp import preload
from nlp.batch import ChunkResult, LocalPool
from nlp.inputs import InputSpec
from nlp.pipeline import JobOptions

def loaded():
    from nlp import topics
    from nlp.segment import INFERENCE_BACKEND, segmenter
    impl = segmenter(INFERENCE_BACKEND)._impl if segmenter.cache_info().currsize else None
    return [id(t) for t in topics._CACHE.values()], id(impl) if impl is not None else None

def probe(specs, opts):
    tagger, impl = loaded()
    return ChunkResult([s.source for s in specs], errors=[{"cached": tagger, "segmenter": impl}])

if __name__ == "__main__":
    preload.start()
    preload.join()
    mine, impl = loaded()
    pool = LocalPool(2, JobOptions(), timeout=60.0, fn=probe)
    assert preload._THREADS and not any(t.is_alive() for t in preload._THREADS)
    preload.release()
    try:
        got = [e for r in pool.map([InputSpec("a", "a"), InputSpec("b", "b")], chunk=1) for e in r.errors]
    finally:
        pool.close()
    print(len(mine), all(g["cached"] == mine for g in got), all(g["segmenter"] == impl for g in got), len(got),
          impl is not None, loaded() == ([], None))
"""
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.split() == ["1", "True", "True", "2", "True", "True"]


def test_a_local_run_releases_what_the_main_process_preloaded_once_its_workers_forked(tmp_path, monkeypatch):
    from nlp import batch, preload
    calls = []
    real_start = LocalPool._start
    monkeypatch.setattr(LocalPool, "_start", lambda self, slot: calls.append(f"fork {slot}") or real_start(self, slot))
    monkeypatch.setattr(preload, "release", lambda: calls.append("release"))
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("本机关2023年政府信息公开工作年度报告", encoding="utf-8")
    summary = batch.run(expand_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]), tmp_path / "out",
                        JobOptions(tag=False), tables=["reports"], workers=2, progress=False)
    assert summary.processed == 2
    assert calls == ["fork 0", "fork 1", "release"]


@pytest.mark.parametrize("limit", ["affinity", "LOKY_MAX_CPU_COUNT"])
@pytest.mark.skipif(not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="needs CPU affinity and two CPUs to limit the process to one")
def test_a_run_without_a_worker_count_starts_one_worker_per_cpu_it_may_use(tmp_path, monkeypatch, limit):
    """The default is the CPUs the process may use (joblib's count: affinity, a container's CPU quota,
    LOKY_MAX_CPU_COUNT), not the machine's cores (os.cpu_count): limited to one CPU, a run starts one worker."""
    from nlp import batch
    forks = []
    real_start = LocalPool._start
    monkeypatch.setattr(LocalPool, "_start", lambda self, slot: forks.append(slot) or real_start(self, slot))
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("本机关2023年政府信息公开工作年度报告", encoding="utf-8")
    specs = expand_inputs([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")])

    def run(out: str):
        forks.clear()
        return batch.run(specs, tmp_path / out, JobOptions(tag=False), tables=["reports"], progress=False)

    if batch.usable_cpus() < 2:
        pytest.skip("this process may use one CPU only (a container's quota)")
    assert run("all").processed == 3 and len(forks) == batch.usable_cpus()
    mine = os.sched_getaffinity(0)
    try:
        if limit == "affinity":
            os.sched_setaffinity(0, {min(mine)})
        else:
            monkeypatch.setenv("LOKY_MAX_CPU_COUNT", "1")
        assert run("one").processed == 3
    finally:
        os.sched_setaffinity(0, mine)
    assert forks == [0] and (os.cpu_count() or 1) >= 2


@pytest.mark.parametrize("name", ["r.txt", "r.tar.gz", ".hidden", "name.", "a..b", "..", "x", "报告.2023.md", ".a.b"])
def test_report_id_stems_are_pathlibs(name):          # (a path part: never "." or empty, see _id_parts)
    from nlp.inputs import _stem
    assert _stem(name) == Path(name).stem


def test_expanding_a_list_looks_at_each_path_once_and_keeps_every_kind(tmp_path, monkeypatch):
    """A @LIST of plain files costs one stat each; directories, archives, patterns and missing paths in it are
    expanded as given directly."""
    import nlp.inputs as I
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        zf.writestr("m.txt", "m")
    entries = [str(tmp_path / e) for e in ("a.txt", "d", "z.zip", "gone.txt", "d/*.txt", "nothing*.txt")]
    (tmp_path / "list.txt").write_text("\n".join(entries), encoding="utf-8")
    direct = [s.source for s in expand_inputs(entries)]
    looked: list[str] = []
    real_stat = os.stat
    monkeypatch.setattr(I.os, "stat", lambda p, *a, **k: looked.append(str(p)) or real_stat(p, *a, **k))
    listed = expand_inputs([f"@{tmp_path / 'list.txt'}"])
    assert [s.source for s in listed] == direct == [str(tmp_path / e) for e in ("a.txt", "d/x.txt")] + [
        str(tmp_path / "z.zip/m.txt"), str(tmp_path / "gone.txt"), str(tmp_path / "nothing*.txt")]
    assert looked.count(str(tmp_path / "a.txt")) == 1
    assert [s.report_id for s in listed] == ["a", "x", "m", "gone", "nothing*"]


def test_an_archive_named_with_a_trailing_slash_is_still_its_members(tmp_path):
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as zf:
        zf.writestr("m.txt", "m")
    for given in (f"{tmp_path / 'z.zip'}/", f"{tmp_path / 'z.zip'}/."):
        assert [s.source for s in expand_inputs([given])] == [str(tmp_path / "z.zip/m.txt")]


def _blas_threads_after(code: str, env: dict) -> list[int]:
    script = (f"{code}\nimport numpy\nfrom threadpoolctl import threadpool_info\n"
              "print([p['num_threads'] for p in threadpool_info() if p['user_api'] == 'blas'])")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: BLAS starts one thread anyway")
def test_a_corpus_run_starts_blas_with_one_thread_unless_the_user_chose():
    """The CLI sets the BLAS thread count before numpy loads (a run has a worker per core); a user's own
    setting stands, and once numpy is loaded nothing is changed."""
    from nlp.cli import BLAS_THREADS_ENV
    env = {k: v for k, v in os.environ.items() if k not in (*BLAS_THREADS_ENV, "OMP_NUM_THREADS", "GOTO_NUM_THREADS")}
    assert max(_blas_threads_after("", env)) > 1                # the default this guards against
    assert _blas_threads_after("from nlp.cli import one_blas_thread_env; one_blas_thread_env()", env) == [1]
    assert max(_blas_threads_after("from nlp.cli import one_blas_thread_env; one_blas_thread_env()",
                                   {**env, "OPENBLAS_NUM_THREADS": "2"})) == 2
    assert max(_blas_threads_after("from nlp.cli import one_blas_thread_env; one_blas_thread_env()",
                                   {**env, "OMP_NUM_THREADS": "2"})) == 2          # OpenBLAS reads it too
    late = "import numpy, os\nfrom nlp.cli import one_blas_thread_env; one_blas_thread_env()\n" \
           "assert 'OPENBLAS_NUM_THREADS' not in os.environ"
    assert max(_blas_threads_after(late, env)) > 1


def test_a_check_run_sets_the_blas_threads_before_numpy_loads(tmp_path):
    from nlp.cli import BLAS_THREADS_ENV
    env = {k: v for k, v in os.environ.items() if k not in (*BLAS_THREADS_ENV, "OMP_NUM_THREADS", "GOTO_NUM_THREADS")}
    demo = sorted(DEMO.glob("*.txt"))[0]
    code = ("import sys, nlp.cli as cli\nseen = []\norig = cli.one_blas_thread_env\n"
            "cli.one_blas_thread_env = lambda: (seen.append('numpy' in sys.modules), orig())\n"
            f"assert cli.main(['check', {str(demo)!r}, '-o', {str(tmp_path / 'out')!r}, '-j', '1', '--no-progress']) == 0\n"
            "import os\nprint(seen, os.environ.get('OPENBLAS_NUM_THREADS'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split("\n")[-2] == "[False] 1"


def _expected_discrepancies_csv(out: Path) -> str:
    """discrepancies.csv as formatted from OUT/discrepancies.parquet/'s parts, in part order."""
    import csv
    import io

    from nlp.outputs import SCHEMAS, csv_rows, read_parquet
    columns = SCHEMAS["discrepancies"].empty_table().column_names
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for p in sorted((out / "discrepancies.parquet").glob("part-*.parquet")):
        w.writerows(csv_rows(read_parquet(p).select(columns)))
    return buf.getvalue()


def test_discrepancies_csv_is_the_parquet_dataset_row_for_row_whoever_formatted_the_parts(tmp_path):
    """Each part's discrepancies are formatted as CSV when the part is written; discrepancies.csv joins those
    texts (and formats the cross-year part and any part without its text, as an earlier version left them):
    the same bytes as formatting the whole Parquet dataset. A text whose part is not in the manifest goes."""
    from nlp import cli
    from nlp.batch import CSV_PARTS, finalize
    from nlp.corpus import CHECK_TABLES
    out = tmp_path / "out"
    assert cli.main(["check", str(DEMO), "-o", str(out), "--no-progress", "-j", "2", "--batch-size", "3"]) == 0
    texts = sorted((out / "_state" / CSV_PARTS).glob("part-*.csv"))
    assert len(texts) >= 3 and (out / "discrepancies.parquet" / "part-extra.parquet").exists()
    written = (out / "discrepancies.csv").read_bytes().decode("utf-8")
    assert written == _expected_discrepancies_csv(out) and written.count("\n") > 10
    marked = texts[2].read_text(encoding="utf-8").replace("\n", " [the part's own text]\n", 1)
    texts[2].write_text(marked, encoding="utf-8")              # the texts written with the parts are what is joined
    finalize(out, CHECK_TABLES)
    assert "[the part's own text]" in (out / "discrepancies.csv").read_text(encoding="utf-8")
    texts[2].write_text(marked.replace(" [the part's own text]", ""), encoding="utf-8")
    texts[1].unlink()                                        # a part from before the texts were kept
    stale = texts[0].with_name("part-09999.csv")
    stale.write_text("not,a,row\n", encoding="utf-8")
    finalize(out, CHECK_TABLES)
    assert (out / "discrepancies.csv").read_bytes().decode("utf-8") == written
    assert cli.main(["check", str(DEMO), "-o", str(out), "--no-progress", "-j", "2", "--batch-size", "3"]) == 0
    assert not stale.exists() and (out / "discrepancies.csv").read_bytes().decode("utf-8") == written


def _parts_written(n: int, flush_every: int, chunk: int = 32, workers: int = 2) -> list[int]:
    """The sizes of the parts a run of ``n`` inputs writes when its chunks come back in order."""
    from nlp.batch import _flush_now, chunk_bounds
    parts, buffered, received = [], 0, 0
    for lo, hi in chunk_bounds(n, chunk, workers):
        buffered += hi - lo
        received += hi - lo
        if _flush_now(buffered, n - received, flush_every):
            parts.append(buffered)
            buffered = 0
    return parts + ([buffered] if buffered else [])


@pytest.mark.parametrize("n", [1500, 1037, 10_000, 520])
def test_the_part_written_after_the_last_result_is_small(n):
    """Parts of ``flush_every`` inputs, and one more written while the last chunks are still out: what is left
    for the moment every worker is idle is at most an eighth of a part."""
    parts = _parts_written(n, 500)
    assert sum(parts) == n and max(parts) <= 500 + 32
    assert parts[-1] <= 500 // 8
    assert len(parts) <= n // 500 + 2


def test_a_small_run_writes_one_part():
    assert _parts_written(100, 500) == [100]
    assert _parts_written(14, 500, chunk=1) == [14]


@pytest.mark.parametrize("files, expected", [
    ({"cpu.max": "150000 100000\n"}, 2),                   # cgroups v2: 1.5 CPUs of quota, rounded up
    ({"cpu.max": "50000 100000\n"}, 1),
    ({"cpu.max": "max 100000\n"}, 64),                     # no quota
    ({"cpu/cpu.cfs_quota_us": "300000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 3),      # cgroups v1
    ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, 64),
    ({}, 64),                                              # no cgroup files: another system
])
def test_a_containers_cpu_quota_bounds_the_workers(tmp_path, files, expected):
    from nlp.batch import cgroup_cpus
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert cgroup_cpus(64, str(tmp_path)) == expected


@pytest.mark.parametrize("loky_max", [None, "1"])
def test_the_default_workers_are_the_cpus_joblib_counts(monkeypatch, loky_max):
    """The count joblib gives (its import is left out of a run's start), a user's limit included (affinity:
    test_a_run_without_a_worker_count_starts_one_worker_per_cpu_it_may_use)."""
    from joblib import cpu_count
    from nlp.batch import usable_cpus
    if loky_max:
        monkeypatch.setenv("LOKY_MAX_CPU_COUNT", loky_max)
    assert usable_cpus() == cpu_count()


def test_a_damaged_archive_and_a_file_named_twice_are_each_accounted_for(tmp_path):
    """A zip that cannot be listed (cut short, or not a zip) is one input whose row says so (E019), and the run goes
    on; one file named two ways is one input; the second archive member of a name (pack.zip/r.txt#2) is read by
    its own suffix."""
    from nlp.cli import main
    demo = sorted(p for p in DEMO.iterdir() if p.suffix == ".txt")[0]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "cut.zip").write_bytes(b"PK\x03\x04" + b"\0" * 40)
    (tmp_path / "in" / "fake.zip").write_text("not an archive", encoding="utf-8")
    (tmp_path / "in" / "r.txt").write_bytes(demo.read_bytes())
    with zipfile.ZipFile(tmp_path / "in" / "pack.zip", "w") as zf:
        zf.writestr("r.txt", demo.read_bytes())
        zf.writestr("r.txt", demo.read_bytes())
    args = [str(tmp_path / "in"), str(tmp_path / "in" / "r.txt"), str(tmp_path / "in" / ".." / "in" / "r.txt")]
    assert len(expand_inputs(args)) == 5
    assert main(["check", *args, "-o", str(tmp_path / "out"), "--no-progress", "--no-tag"]) == 0
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    reports = pd.read_parquet(tmp_path / "out" / "reports.parquet")
    assert dict(zip(errors.source.map(lambda s: Path(s).name), errors.code)) == {"cut.zip": "E019", "fake.zip": "E019"}
    assert sorted(reports.source.map(lambda s: s.split("/")[-1])) == ["r.txt", "r.txt", "r.txt#2"]


def test_a_file_that_cannot_be_read_is_a_coded_error(tmp_path, monkeypatch):
    """No permission to read (what root cannot be refused: simulated): E010 naming the file, not a crashed worker."""
    from nlp.errors import NianbaoError
    (tmp_path / "r.txt").write_text("x", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(NianbaoError) as exc:
        InputSpec(str(tmp_path / "r.txt"), str(tmp_path / "r.txt")).read(1 << 20)
    assert exc.value.code == "E010" and "Permission denied" in exc.value.message


def _ticking(specs, opts):
    """A chunk function that notes each file as it starts (as run_chunk does) and hangs on hang.txt."""
    from nlp import batch
    for k, spec in enumerate(specs):
        batch._tick(k)
        with open(Path(spec.path).with_name("started.log"), "a", encoding="utf-8") as fh:
            fh.write(Path(spec.source).name + "\n")
        if Path(spec.source).name == "hang.txt":
            time.sleep(60)
    return ChunkResult.pack([JobResult(s.source, rows={"reports": [{"source": s.source}]}) for s in specs])


def test_a_hung_file_is_known_by_the_file_its_worker_was_on_and_the_rest_of_its_chunk_runs_again(tmp_path):
    """The deadline runs per file from when the work on it started: the file the worker was on is recorded as hung
    (E013) at once, not found again by running its chunk file by file; every other file of the chunk is done."""
    names = ("a.txt", "b.txt", "hang.txt", "c.txt", "d.txt", "e.txt")
    specs = [InputSpec(str(tmp_path / n), str(tmp_path / n)) for n in names]
    pool = LocalPool(1, JobOptions(), timeout=1.0, fn=_ticking)
    try:
        results = list(pool.map(specs, chunk=6))
    finally:
        pool.close()
    errors = {Path(e["source"]).name: e["code"] for r in results for e in r.errors}
    assert errors == {"hang.txt": "E013"}
    rows = sorted(Path(row["source"]).name for r in results if "reports" in r.tables
                  for row in r.tables["reports"].to_pylist())
    assert rows == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    started = (tmp_path / "started.log").read_text(encoding="utf-8").split()
    assert started.count("hang.txt") == 1
