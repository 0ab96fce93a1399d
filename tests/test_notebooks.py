"""The research notebooks (notebooks/*.ipynb): stored clean, and they run end to end.

- every notebook is stored without outputs and execution counts, and its first code cell is the
  ``parameters`` cell that reads NIANBAO_NOTEBOOK_CORPUS (no sys.path edits: they import the installed package);
- each notebook executes without a cell error on the bundled demo corpus (the default), in a kernel running
  this interpreter (the venv's), from the notebooks folder as Jupyter would;
- discrepancy_audit and topic_trends also execute on the real corpus when it is present (``corpus`` marker;
  skipped with a visible reason otherwise).

Execution needs the dev extras (nbclient, nbformat, ipykernel, matplotlib); without them these tests skip and
say why. The kernel is started from a private kernelspec whose argv is ``sys.executable``, so a ``python3``
kernelspec elsewhere on the machine (user or system Jupyter) cannot substitute another interpreter; a cell
appended in memory checks the kernel's ``sys.executable``.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
NAMES = ["topic_trends", "discrepancy_audit", "model_audit"]
CELL_TIMEOUT_S = 300        # a hang guard, not a speed test (the run time is printed)


def _path(name: str) -> Path:
    return NOTEBOOKS / f"{name}.ipynb"


# ------------------------------------------------------------------------------------------ stored clean

@pytest.mark.parametrize("name", NAMES)
def test_notebook_stored_without_outputs(name):
    path = _path(name)
    assert path.is_file(), f"{path} is missing"
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, "no code cells"
    for i, cell in enumerate(code):
        assert cell.get("outputs") == [], f"code cell {i} of {name} is stored with outputs"
        assert cell.get("execution_count") is None, f"code cell {i} of {name} is stored with an execution count"
    for i, cell in enumerate(nb["cells"]):
        assert not cell.get("attachments"), f"cell {i} of {name} has attachments"
    first = "".join(code[0]["source"])
    assert "parameters" in code[0].get("metadata", {}).get("tags", []), "first code cell is not tagged 'parameters'"
    assert 'os.environ.get("NIANBAO_NOTEBOOK_CORPUS"' in first
    assert "pyproject.toml" in first and "tempfile" in first
    src = "\n".join("".join(c["source"]) for c in code)
    assert "sys.path" not in src, "notebooks import the installed package; no sys.path edits"
    assert "from nlp.corpus import run_corpus" in src or "from nlp.topics import" in src


# ------------------------------------------------------------------------------------------ execution

def _require_execution_deps():
    missing = []
    for mod in ("nbformat", "nbclient", "ipykernel", "jupyter_client", "matplotlib"):
        try:
            __import__(mod)
        except ImportError:
            missing.append(mod)
    if missing:
        reason = (f"notebook execution needs {', '.join(missing)} (the dev extras: "
                  f"pip install -e '.[dev]'); skipping")
        print(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def kernel_dir(tmp_path_factory) -> Path:
    """A private kernels folder whose python3 kernel runs this very interpreter."""
    _require_execution_deps()
    kdir = tmp_path_factory.mktemp("kernels")
    spec = kdir / "python3"
    spec.mkdir()
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (nianbao venv)", "language": "python"}), encoding="utf-8")
    return kdir


def _execute(name: str, kernel_dir: Path, cwd: Path) -> tuple[object, float]:
    import nbclient
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    nb = nbformat.read(_path(name), as_version=4)
    # In memory only (the stored notebook is never written): which interpreter ran the kernel.
    nb.cells.append(nbformat.v4.new_code_cell("import sys\nprint('KERNEL-EXECUTABLE=' + sys.executable)"))
    km = KernelManager(kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir)]))
    client = nbclient.NotebookClient(nb, km=km, kernel_name="python3", timeout=CELL_TIMEOUT_S,
                                     resources={"metadata": {"path": str(cwd)}})
    t0 = time.perf_counter()
    client.execute()          # raises CellExecutionError on the first failing cell
    elapsed = time.perf_counter() - t0
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, f"{name}: cell errors: {[(o.ename, o.evalue) for o in errors]}"
    ran = _stdout(nb.cells[-1])
    assert f"KERNEL-EXECUTABLE={sys.executable}" in ran, f"kernel ran another interpreter: {ran!r}"
    print(f"{name}: executed in {elapsed:.1f} s")
    return nb, elapsed


def _stdout(cell) -> str:
    return "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream")


def _all_text(nb) -> str:
    out = []
    for c in nb.cells:
        for o in c.get("outputs", []):
            if o.output_type == "stream":
                out.append(o.get("text", ""))
            elif "data" in o:
                out.append(o["data"].get("text/plain", ""))
    return "\n".join(out)


def _images(nb) -> int:
    return sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))


# What each notebook must show on the demo corpus (beyond running without errors).
DEMO_EXPECT = {
    "topic_trends": ["16 reports", "policy_interpretation", "similarity_prev"],
    "discrepancy_audit": ["T3-COL-BALANCE", "NARRATIVE-MISMATCH", "demo-05_docx_2021", "stated  :", "evidence"],
    "model_audit": ["MODE = synthetic", "polarity accuracy", "micro-F1", "items have an error"],
}


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_on_demo(name, kernel_dir, monkeypatch, tmp_path):
    monkeypatch.delenv("NIANBAO_NOTEBOOK_CORPUS", raising=False)   # the default: corpora/demo
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))                    # the notebook's OUT lands in pytest's tmp
    nb, _ = _execute(name, kernel_dir, cwd=NOTEBOOKS)
    text = _all_text(nb)
    assert str(REPO / "corpora" / "demo") in text, "the default corpus is not the demo corpus"
    for needle in DEMO_EXPECT[name]:
        assert needle in text, f"{name}: expected {needle!r} in the outputs"
    assert _images(nb) >= 1, f"{name}: no plots"


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["discrepancy_audit", "topic_trends"])
def test_notebook_runs_on_real_corpus(name, corpus, kernel_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("NIANBAO_NOTEBOOK_CORPUS", str(corpus))
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    # Started outside the checkout: the parameters cell must not need the working directory.
    nb, _ = _execute(name, kernel_dir, cwd=tmp_path)
    text = _all_text(nb)
    assert f"corpus {Path(os.path.realpath(corpus))}" in text
    assert _images(nb) >= 1
