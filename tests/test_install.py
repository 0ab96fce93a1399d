"""A non-editable install finds its shipped models and demo corpus (package data), not the checkout, and runs
its compiled modules."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
import tomllib
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_installed_package_runs_demo_and_tagger_from_package_data(tmp_path):
    wheel_dir = tmp_path / "wheel"
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                          str(wheel_dir), str(REPO)], capture_output=True, text=True)
    if res.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {res.stderr[-300:]}")
    target = tmp_path / "site"
    wheel = next(wheel_dir.glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target), "NIANBAO_MODELS": ""}
    run_dir = tmp_path / "elsewhere"
    run_dir.mkdir()
    code = ("import nlp, nlp.paths, nlp.topics as t; "
            "assert str(nlp.paths.demo_corpus()).startswith(%r), nlp.paths.demo_corpus(); "
            "print(t.tag_items(['一是政策解读形式单一。'])[0]['polarity'])") % str(target)
    out = subprocess.run([sys.executable, "-c", code], cwd=run_dir, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() in ("problem", "improvement", "rectification", "other")
    demo = subprocess.run([sys.executable, "-m", "nlp.cli", "demo", "-o", str(tmp_path / "demo"), "--no-tag"],
                          cwd=run_dir, env=env, capture_output=True, text=True)
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert (tmp_path / "demo" / "index.html").exists()
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not (shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")) or not headers.exists():
        return                                      # no C compiler or headers: the wheel is pure Python (checked above)
    # the wheel carries every listed module compiled, and an installation runs them (not the sources beside)
    listed = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["nianbao"]["compiled"]
    built = json.loads((target / "nlp" / "_compiled.json").read_text(encoding="utf-8"))
    assert sorted(built) == sorted(listed)
    summary = subprocess.run([sys.executable, "-c", "import nlp._compiled as c; print(c.summary())"],
                             cwd=run_dir, env={**env, "NIANBAO_PURE": ""}, capture_output=True, text=True)
    assert summary.stdout.strip() == f"compiled modules: {len(listed)} of {len(listed)}", summary.stderr[-2000:]
