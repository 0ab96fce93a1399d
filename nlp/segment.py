"""Chinese word segmentation: one private jieba tokenizer loaded with the versioned domain dictionary.

jieba keeps a process-global tokenizer (``jieba.dt``) and ``jieba.load_userdict`` changes it for
everyone; its cache lands in the shared temp directory. This module never touches either: it builds its
own ``jieba.Tokenizer()`` on first use, points that tokenizer's cache at a private directory, and adds
the terms of ``nlp/data/segdict-v1.txt`` to that instance only. The dictionary's sha256 is recorded
with every model trained on these tokens (``dict_sha256()``).

    >>> from nlp.segment import tokens, segment
    >>> tokens("加强政策解读")
    ['加强', '政策解读']
    >>> segment("加强政策解读")
    '加强 政策解读'

Backends:

- ``jieba`` (the default and the reference; the models are trained on its tokens);
- ``rjieba`` (the jieba-rs binding, ~20x faster). ``rjieba.Jieba`` is its own instance and has
  ``add_word``, so it takes the same dictionary with the same explicit frequencies. On Chinese text the two
  give the same tokens, with and without the dictionary (tests/test_segment.py). They differ (i) on runs of
  ASCII letters and digits joined by one or more of ``+#&._%-``: jieba splits ``www.example.gov.cn`` and ``1-2`` at
  the punctuation, jieba-rs keeps the run whole (2 of the corpus's 954 section 五 items contain such a run);
  (ii) on characters outside jieba's Han range ``\u4E00-\u9FD5`` (CJK extension A, ``\u9FD6``–``\u9FFF``,
  compatibility ideographs, anything beyond the BMP): jieba cuts each one alone, jieba-rs joins runs of them;
- ``fast`` (what the tagger uses at inference): rjieba for a text with neither (i) (an ASCII letter or digit,
  one or more of ``+#&._%-``, an ASCII letter or digit) nor any character outside the ranges on which the two
  were found to agree (ASCII, Latin-1/Latin Extended, general punctuation and symbols ``\u2000``–``\u27BF``,
  CJK punctuation ``\u3000``–``\u303F``, Han ``\u4E00``–``\u9FD5``, full-width forms
  ``\uFF00``–``\uFFEF``); the jieba reference for any other text (``fast_routes_to_rjieba``). It gives
  jieba's tokens: checked on every sentence of the real corpus and of a synthetic one (13,270 sentences), on
  ~94,000 fuzzed sentences (characters of 27 Unicode classes, ASCII/punctuation fragments inserted), and by
  the tests on every gold item (tests/test_topics.py) and the sentences of tests/test_segment.py. Without
  rjieba installed it is jieba.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import sys
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from .errors import Errors, NianbaoError

DICT_VERSION = "segdict-v1"
DICT_PATH = Path(__file__).resolve().parent / "data" / f"{DICT_VERSION}.txt"
BACKENDS = ("jieba", "rjieba", "fast")
INFERENCE_BACKEND = "fast"      # what the tagger cuts with (nlp.topics.features.INFERENCE_SEGMENTER)

# characters on which rjieba may cut differently from jieba (see the module docstring): any of them in a
# text sends it to jieba under the "fast" backend
_RJIEBA_UNSAFE = re.compile(r"[A-Za-z0-9][+#&._%\-]+[A-Za-z0-9]"
                            r"|[^\x00-\u024F\u2000-\u27BF\u3000-\u303F\u4E00-\u9FD5\uFF00-\uFFEF]")


def fast_routes_to_rjieba(text: str) -> bool:
    """Whether the ``fast`` backend cuts ``text`` with rjieba (else with the jieba reference)."""
    return _RJIEBA_UNSAFE.search(text) is None


@lru_cache(maxsize=1)
def dict_sha256() -> str:
    """sha256 of the domain dictionary file as shipped (recorded in every model's meta.json)."""
    return hashlib.sha256(DICT_PATH.read_bytes()).hexdigest()


@lru_cache(maxsize=1)
def dict_terms() -> tuple[tuple[str, int], ...]:
    """The dictionary's (word, frequency) pairs; ``#`` lines are comments."""
    terms = []
    for line in DICT_PATH.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, freq = line.split()
        terms.append((word, int(freq)))
    return tuple(terms)


def _private_dir(path: Path) -> bool:
    """True when ``path`` is (now) a real directory of this user that nobody else can write."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = os.lstat(path)
    except OSError:
        return False
    uid = getattr(os, "getuid", lambda: st.st_uid)()
    return stat.S_ISDIR(st.st_mode) and st.st_uid == uid and not st.st_mode & 0o022


def _cache_dir() -> str:
    """Where jieba may keep its dictionary cache (a marshal file it loads back): a directory only this user
    can write — $XDG_CACHE_HOME/nianbao/jieba, else <tmp>/nianbao-jieba-<uid>, else a fresh private one."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nianbao" / "jieba"
    uid = getattr(os, "getuid", lambda: "user")()
    for cand in (base, Path(tempfile.gettempdir()) / f"nianbao-jieba-{uid}"):
        if _private_dir(cand):
            return str(cand)
    return tempfile.mkdtemp(prefix="nianbao-jieba-")


class Segmenter:
    """One private tokenizer of one backend. Build with :func:`segmenter` (cached), not directly."""

    def __init__(self, backend: str = "jieba", user_dict: bool = True) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"The 'backend' parameter of Segmenter must be one of {BACKENDS}. "
                             f"Got {backend!r} instead.")
        self.backend = backend
        self.user_dict = user_dict
        self._impl = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._impl is not None:
                return self._impl
            if self.backend == "jieba":
                impl = self._load_jieba()
            elif self.backend == "rjieba":
                impl = self._load_rjieba()
            else:
                impl = self._load_fast()
            self._impl = impl
            return impl

    def _load_jieba(self):
        try:
            import jieba
        except ImportError as exc:          # pragma: no cover - a declared dependency
            raise NianbaoError(Errors.E023, package="jieba", detail=str(exc)) from exc
        tk = jieba.Tokenizer()
        tk.tmp_dir = _cache_dir()
        tk.cache_file = f"jieba-{jieba.__version__}-default.cache"
        log = logging.getLogger("jieba")
        level = log.level
        log.setLevel(logging.WARNING)       # jieba logs its dictionary load at DEBUG to stderr
        try:
            tk.initialize()
        finally:
            log.setLevel(level)
        if self.user_dict:
            for word, freq in dict_terms():
                tk.add_word(word, freq)
        return lambda text: tk.lcut(text, HMM=True)

    def _load_rjieba(self):
        try:
            jieba_class = rjieba_class()
        except ImportError as exc:
            raise NianbaoError(Errors.E023, package="rjieba", detail=str(exc)) from exc
        jb = jieba_class()
        if self.user_dict:
            for word, freq in dict_terms():
                jb.add_word(word, freq, None)
        return lambda text: jb.cut(text, True)

    def _load_fast(self):
        reference = segmenter("jieba", self.user_dict)
        try:
            fast = segmenter("rjieba", self.user_dict)._load()
        except NianbaoError:                # rjieba missing: the reference alone
            return lambda text: reference.tokens(text)
        unsafe = _RJIEBA_UNSAFE.search

        def cut(text: str) -> list[str]:
            return reference.tokens(text) if unsafe(text) else fast(text)
        return cut

    def tokens(self, text: str) -> list[str]:
        """Words of ``text`` in order; whitespace is dropped (no token contains a space)."""
        impl = self._impl or self._load()
        return " ".join(impl(text)).split()        # = each token split at whitespace, flattened

    def segment(self, text: str) -> str:
        return " ".join(self.tokens(text))


def rjieba_class():
    """rjieba's ``Jieba`` class. Importing the ``rjieba`` package builds a default tokenizer (its whole
    dictionary: ~0.15 s and ~30 MB in every process, a corpus run's workers included) that nianbao never uses:
    each Segmenter builds its own. So the binding is loaded by itself, as ``rjieba.rjieba`` (the name the package
    imports it by, so a later ``import rjieba`` reuses it); anything unexpected falls back to the package."""
    import importlib.util
    from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
    if "rjieba.rjieba" not in sys.modules:
        spec = importlib.util.find_spec("rjieba")                   # locates the package, does not run it
        folders = list(spec.submodule_search_locations or []) if spec else []
        paths = [os.path.join(d, "rjieba" + suffix) for d in folders for suffix in EXTENSION_SUFFIXES]
        path = next((p for p in paths if os.path.isfile(p)), None)
        if path is None:
            import rjieba                                           # noqa: F401 - an unexpected layout
            return sys.modules["rjieba"].Jieba
        loader = ExtensionFileLoader("rjieba.rjieba", path)
        module = importlib.util.module_from_spec(importlib.util.spec_from_file_location("rjieba.rjieba", path,
                                                                                         loader=loader))
        loader.exec_module(module)
        sys.modules["rjieba.rjieba"] = module
    return sys.modules["rjieba.rjieba"].Jieba


@lru_cache(maxsize=None)
def segmenter(backend: str = "jieba", user_dict: bool = True) -> Segmenter:
    """The process's private segmenter for ``backend`` (loaded on first use)."""
    return Segmenter(backend, user_dict)


def tokens(text: str, backend: str = "jieba", user_dict: bool = True) -> list[str]:
    """Words of ``text`` with the domain dictionary (``user_dict=False``: the backend's own dictionary)."""
    return segmenter(backend, user_dict).tokens(text)


def segment(text: str, backend: str = "jieba", user_dict: bool = True) -> str:
    """``text`` as space-joined words: the input of the tagger's word features."""
    return segmenter(backend, user_dict).segment(text)
