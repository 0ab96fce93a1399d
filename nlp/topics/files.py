"""The tagger's files, with the standard library only: where they are, meta.json, their bytes read once and
hashed (:func:`read_hashed`: the loader checks the digest and loads those same bytes), and the installed
versions of the libraries the model depends on (:func:`installed_version`, without ``importlib.metadata``)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

from ..errors import Errors, NianbaoError

MODEL_NAME = "section5-v1"
MODEL_FILE = "model.joblib"
INFERENCE_FILE = "inference.npz"     # the compiled form of model.joblib (nlp.topics.fast), arrays only
META_FILE = "meta.json"

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO_MODELS = PACKAGE_DIR.parent / "models"
PACKAGE_MODELS = PACKAGE_DIR / "data" / "models"


def model_search_path(name: str = MODEL_NAME) -> list[Path]:
    """Where :func:`find_model_dir` looks, in order: $NIANBAO_MODELS/<name>, <repo>/models/<name> (a
    source checkout), the package-data copy nlp/data/models/<name> (any installation)."""
    env = _env_models(name)
    return ([env] if env else []) + [REPO_MODELS / name, PACKAGE_MODELS / name]


def _env_models(name: str) -> Path | None:
    return Path(os.environ["NIANBAO_MODELS"]) / name if os.environ.get("NIANBAO_MODELS") else None


def env_model_dir(name: str = MODEL_NAME) -> str | None:
    """``$NIANBAO_MODELS/<name>`` as an absolute path where it holds a model (the first place
    :func:`find_model_dir` looks), else None."""
    env = _env_models(name)
    return os.path.abspath(env) if env and (env / META_FILE).is_file() else None


def find_model_dir(name: str = MODEL_NAME) -> Path:
    paths = model_search_path(name)
    for p in paths:
        if (p / META_FILE).is_file():
            return p
    raise NianbaoError(Errors.E020, detail=f"{name} (looked in {', '.join(str(p) for p in paths)})")


def read_meta(model_dir: Path) -> dict:
    try:
        meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NianbaoError(Errors.E020, detail=str(model_dir / META_FILE)) from None
    except (OSError, ValueError) as exc:
        raise NianbaoError(Errors.E025, source=str(model_dir), detail=f"meta.json unreadable ({exc})") from None
    missing = [k for k in ("model_sha256", "libraries", "thresholds", "labels", "segdict", "feature_version",
                           "feature_fingerprint") if k not in meta]
    if missing:
        raise NianbaoError(Errors.E025, source=str(model_dir), detail=f"meta.json lacks {', '.join(missing)}")
    return meta


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_hashed(path: Path) -> tuple[bytes, str]:
    """The file's bytes and their sha256, from one read: what is loaded is what was hashed (a file replaced
    between a check and a second read cannot slip in)."""
    with open(path, "rb") as fh:
        data = fh.read()
    return data, hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------- installed versions

def installed_version(name: str) -> str | None:
    """``importlib.metadata.version(name)`` where the answer is plain, without importing ``importlib.metadata``
    (≈25 ms of the load, most of it the email package): the Version field of the ``<name>-<version>.dist-info``
    of the first folder on ``sys.path`` that has one. None, for ``importlib.metadata`` to answer, wherever the
    case is not plain: another finder of distributions before the path finder, an egg or a zip on the path, an
    egg-info, an egg or two candidates in the folder, or a METADATA whose headers are not simple ``Name: value``
    lines with one ``Version`` (a BOM, a continuation line, spaces around the value, an undecodable byte)."""
    from importlib.machinery import PathFinder
    for finder in sys.meta_path:
        if finder is PathFinder:
            break
        if hasattr(finder, "find_distributions"):
            return None
    want = _normalized(name)
    for entry in sys.path:
        root = entry or "."
        if root.lower().endswith(".egg"):
            return None
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.isfile(root):
                return None
            continue
        found = [c for c in children if c.lower().endswith((".dist-info", ".egg-info", ".egg"))
                 and _normalized(c.lower().rpartition(".")[0].partition("-")[0]) == want]
        if not found:
            continue
        if len(found) > 1 or not found[0].lower().endswith(".dist-info"):
            return None
        try:
            with open(os.path.join(root, found[0], "METADATA"), encoding="utf-8") as fh:
                return _plain_version(fh.read())
        except (OSError, UnicodeDecodeError):
            return None
    return None


_HEADER = re.compile(r"([\x21-\x39\x3b-\x7e]+):(.*)")


def _plain_version(metadata: str) -> str | None:
    """The one Version header of simple ``Name: value`` header lines (up to the first empty line; other headers
    may go on over indented lines); None when the headers are anything else."""
    version, previous = None, None
    for line in metadata.split("\n"):
        line = line.rstrip("\r")
        if not line.strip():
            break
        if line[0] in " \t":                               # continues the header above it (a long License)
            if previous is None or previous.lower() == "version":
                return None
            continue
        m = _HEADER.fullmatch(line)
        if m is None:
            return None                                     # a BOM, body text
        previous = m.group(1)
        if previous.lower() == "version":
            value = m.group(2)[1:] if m.group(2).startswith(" ") else m.group(2)
            if version is not None or previous != "Version" or value != value.strip() or not value:
                return None
            version = value
    return version


def _normalized(name: str) -> str:
    """A distribution name as importlib.metadata compares them (PEP 503, with underscores)."""
    return re.sub(r"[-_.]+", "_", name).lower()
