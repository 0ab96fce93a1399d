"""The tagger's files (nlp.topics.files): the bytes loaded are the bytes whose hash was checked, and the
installed-version lookup agrees with importlib.metadata."""
from __future__ import annotations

import importlib.metadata
import json
import shutil
import sys
from pathlib import Path

import pytest

from nlp.errors import NianbaoError
from nlp.topics import files as F
from nlp.topics import model as M
from nlp.topics.features import inputs_from_texts

ITEMS = ["一是政策解读形式单一，图解、视频解读运用较少。", "下一步将加强业务培训，提升答复质量。"]


@pytest.fixture()
def model_copy(tmp_path) -> Path:
    d = tmp_path / "section5-v1"
    shutil.copytree(M.find_model_dir(), d)
    return d


def _flip_byte(path: Path, at: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(at)
        b = fh.read(1)
        fh.seek(at)
        fh.write(bytes([b[0] ^ 0xFF]))


def _scores(tagger) -> list:
    return [t["scores"] for t in tagger.predict(inputs_from_texts(ITEMS))]


@pytest.mark.parametrize("name", [M.INFERENCE_FILE, M.MODEL_FILE])
def test_a_file_changed_after_its_hash_was_checked_cannot_reach_the_model(model_copy, monkeypatch, name):
    """The file is changed right after the loader read and hashed it: the model is built from the bytes that were
    checked, not from a second read of the changed file (model.joblib: a model without inference.npz, whose
    pipelines are unpickled)."""
    if name == M.MODEL_FILE:
        meta = json.loads((model_copy / M.META_FILE).read_text(encoding="utf-8"))
        del meta["inference_file"], meta["inference_sha256"]
        (model_copy / M.META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    expected = _scores(M.load_tagger(model_copy))
    real = F.read_hashed

    def read_then_change(path):
        got = real(path)
        if Path(path).name == name:
            _flip_byte(Path(path), 200)
        return got
    monkeypatch.setattr(M, "read_hashed", read_then_change)
    assert _scores(M.load_tagger(model_copy)) == expected
    monkeypatch.setattr(M, "read_hashed", real)
    with pytest.raises(NianbaoError) as exc:               # read afresh, the changed file is refused
        M.load_tagger(model_copy)
    assert exc.value.code == "E021" and name in exc.value.message


def test_read_hashed_gives_the_bytes_and_their_digest(model_copy):
    path = model_copy / M.INFERENCE_FILE
    data, digest = F.read_hashed(path)
    assert data == path.read_bytes() and digest == F.file_sha256(path) == M.read_meta(model_copy)["inference_sha256"]


# ---------------------------------------------------------------- installed versions

@pytest.mark.parametrize("name", [*M.CHECKED_LIBRARIES, "pyarrow", "joblib", "Scikit_Learn", "SciPy"])
def test_installed_version_agrees_with_importlib_metadata(name):
    assert F.installed_version(name) == importlib.metadata.version(name)


def _dist(folder: Path, dirname: str, metadata: str | None) -> None:
    d = folder / dirname
    d.mkdir()
    if metadata is not None:
        (d / "METADATA").write_text(metadata, encoding="utf-8")


def test_installed_version_reads_the_first_plain_dist_info(tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _dist(first, "fake_pkg-1.2.3.dist-info", "Metadata-Version: 2.1\nName: fake-pkg\nVersion: 1.2.3\n\nVersion: 9\n")
    _dist(second, "fake_pkg-4.0.dist-info", "Name: fake-pkg\nVersion: 4.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(first), str(second)])
    assert F.installed_version("fake-pkg") == "1.2.3"
    assert F.installed_version("Fake.Pkg") == "1.2.3"
    assert F.installed_version("other-pkg") is None


@pytest.mark.parametrize("dirs", [
    [("fake_pkg-1.0.dist-info", "Version: 1.0\n"), ("fake_pkg-2.0.dist-info", "Version: 2.0\n")],   # two candidates
    [("fake_pkg-1.0.egg-info", None)],                                                             # an egg-info
    [("fake_pkg-1.0.dist-info", "Name: fake-pkg\n\nVersion: 1.0\n")],                               # no Version header
    [("fake_pkg-1.0.dist-info", None)],                                                             # no METADATA
])
def test_installed_version_leaves_what_is_not_plain_to_importlib(tmp_path, monkeypatch, dirs):
    for name, meta in dirs:
        _dist(tmp_path, name, meta)
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert F.installed_version("fake-pkg") is None


def test_installed_version_leaves_a_zip_on_the_path_to_importlib(tmp_path, monkeypatch):
    archive = tmp_path / "libs.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert F.installed_version("fake-pkg") is None


def test_installed_versions_asks_importlib_where_the_lookup_is_unsure(monkeypatch):
    monkeypatch.setattr(M, "installed_version", lambda name: None)
    assert M.installed_versions() == {lib: importlib.metadata.version(lib) for lib in M.CHECKED_LIBRARIES}
