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


def _importlib_version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except Exception:  # noqa: BLE001 - not found, or metadata importlib cannot read
        return None


def test_installed_version_reads_the_first_plain_dist_info(tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    _dist(first, "fake_pkg-1.2.3.dist-info", "Metadata-Version: 2.1\nName: fake-pkg\nVersion: 1.2.3\n"
          "License: one line\n        and its continuation\n\nVersion: 9\n")
    _dist(second, "fake_pkg-4.0.dist-info", "Name: fake-pkg\nVersion: 4.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "missing"), str(first), str(second)])
    for name in ("fake-pkg", "Fake.Pkg", "fake_pkg"):
        assert F.installed_version(name) == _importlib_version(name) == "1.2.3"
    assert F.installed_version("other-pkg") is None


# what is not plain: each case in the first folder on the path, a plain dist-info saying 9.0 in a later one (the
# lookup must not skip to it); the lookup answers None, for importlib.metadata to give its own answer
NOT_PLAIN = {
    "two candidates": [("fake_pkg-1.0.dist-info", "Version: 1.0\n"), ("fake_pkg-2.0.dist-info", "Version: 2.0\n")],
    "an egg-info": [("fake_pkg-1.0.egg-info", "Version: 1.0\n")],
    "an egg": [("fake_pkg-3.0-py3.11.egg", None)],
    "no Version header": [("fake_pkg-1.0.dist-info", "Name: fake-pkg\n\nVersion: 1.0\n")],
    "no METADATA": [("fake_pkg-1.0.dist-info", None)],
    "a trailing space": [("fake_pkg-1.0.dist-info", "Name: fake-pkg\nVersion: 1.0 \n")],
    "body text before the Version": [("fake_pkg-1.0.dist-info", "Name: fake-pkg\nSome text here\nVersion: 1.0\n")],
    "a byte-order mark": [("fake_pkg-1.0.dist-info", "\ufeffName: fake-pkg\nVersion: 1.0\n")],
    "a lower-case version header first": [("fake_pkg-1.0.dist-info", "version: 2.0\nVersion: 1.0\n")],
    "a continuation of the Version": [("fake_pkg-1.0.dist-info", "Version: 1.0\n .post1\n")],
    "a form feed in the value": [("fake_pkg-1.0.dist-info", "Version:\x0c1.0\n")],
    "two Version headers": [("fake_pkg-1.0.dist-info", "Version: 1.0\nVersion: 2.0\n")],
}


@pytest.mark.parametrize("case", sorted(NOT_PLAIN))
def test_installed_version_leaves_what_is_not_plain_to_importlib(tmp_path, monkeypatch, case):
    first, later = tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    for name, meta in NOT_PLAIN[case]:
        if name.endswith(".egg"):
            (first / name / "EGG-INFO").mkdir(parents=True)
            (first / name / "EGG-INFO" / "PKG-INFO").write_text("Name: fake-pkg\nVersion: 3.0\n", encoding="utf-8")
        else:
            _dist(first, name, meta)
    _dist(later, "fake_pkg-9.0.dist-info", "Name: fake-pkg\nVersion: 9.0\n")
    monkeypatch.setattr(sys, "path", [str(first), str(later)])
    assert F.installed_version("fake-pkg") is None


def test_installed_version_leaves_an_egg_or_a_zip_on_the_path_to_importlib(tmp_path, monkeypatch):
    later = tmp_path / "later"
    later.mkdir()
    _dist(later, "fake_pkg-9.0.dist-info", "Name: fake-pkg\nVersion: 9.0\n")
    egg = tmp_path / "fake_pkg-3.0-py3.11.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "PKG-INFO").write_text("Name: fake-pkg\nVersion: 3.0\n", encoding="utf-8")
    archive = tmp_path / "libs.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    for first in (egg, archive):
        monkeypatch.setattr(sys, "path", [str(first), str(later)])
        assert F.installed_version("fake-pkg") is None


def test_installed_version_leaves_another_distribution_finder_to_importlib(tmp_path, monkeypatch):
    _dist(tmp_path, "fake_pkg-9.0.dist-info", "Name: fake-pkg\nVersion: 9.0\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])

    class Finder:
        def find_spec(self, *args, **kwargs):
            return None

        def find_distributions(self, *args, **kwargs):
            return iter(())
    monkeypatch.setattr(sys, "meta_path", [Finder(), *sys.meta_path])
    assert F.installed_version("fake-pkg") is None


def test_installed_versions_asks_importlib_where_the_lookup_is_unsure(monkeypatch):
    monkeypatch.setattr(M, "installed_version", lambda name: None)
    assert M.installed_versions() == {lib: importlib.metadata.version(lib) for lib in M.CHECKED_LIBRARIES}


def test_pipelines_unpickled_later_are_checked_again(model_copy):
    """With the compiled form the pipelines are unpickled only when asked for; by then model.joblib may have
    changed, so its hash is checked again on the bytes that are unpickled."""
    tagger = M.load_tagger(model_copy)
    _flip_byte(model_copy / M.MODEL_FILE, 200)
    with pytest.raises(NianbaoError) as exc:
        tagger.polarity_model
    assert exc.value.code == "E021" and M.MODEL_FILE in exc.value.message


def test_pipelines_unpickled_later_load_when_unchanged(model_copy):
    tagger = M.load_tagger(model_copy)
    assert tagger.polarity_model is not None and tagger.topic_model is not None


def test_compiled_arrays_are_written_reproducibly_with_the_weights_stored(tmp_path):
    """inference.npz: np.load reads back the same arrays; the weights member is stored (no inflating at load), the
    others deflated; the same arrays give the same bytes (a fixed timestamp)."""
    import zipfile

    import numpy as np

    from nlp.topics.fast import write_arrays
    rng = np.random.default_rng(0)
    arrays = {"s0.weights": rng.normal(size=(300, 7)), "s0.b0.idf": np.zeros(5000), "header": np.arange(9, dtype=np.uint8)}
    a, b = tmp_path / "a.npz", tmp_path / "b.npz"
    write_arrays(a, arrays)
    write_arrays(b, {k: v.copy() for k, v in arrays.items()})
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        kinds = {i.filename: i.compress_type for i in zf.infolist()}
    assert kinds == {"s0.weights.npy": zipfile.ZIP_STORED, "s0.b0.idf.npy": zipfile.ZIP_DEFLATED,
                     "header.npy": zipfile.ZIP_DEFLATED}
    with np.load(a, allow_pickle=False) as z:
        assert sorted(z.files) == sorted(arrays)
        for k, v in arrays.items():
            assert z[k].dtype == v.dtype and np.array_equal(z[k], v)


def test_the_shipped_compiled_model_stores_its_weights():
    import zipfile
    path = F.find_model_dir() / F.INFERENCE_FILE
    with zipfile.ZipFile(path) as zf:
        weights = [i for i in zf.infolist() if i.filename.endswith(".weights.npy")]
    assert weights and all(i.compress_type == zipfile.ZIP_STORED for i in weights)
