"""A non-editable install finds its shipped models and demo corpus (package data), not the checkout."""
from __future__ import annotations

import os
import subprocess
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
