"""The package's regular expressions compiled once per Python build, not once per process.

The package compiles about 400 patterns when it is imported. Their large CJK character classes make the pure-Python
part of ``re``'s compiler slow: about 0.1–0.2 s, most of a run's start-up before its workers fork. What that
compiler produces (the arguments of ``_sre.compile``: flags, code, group names) depends only on the pattern, its
flags and the Python build. It is therefore kept beside the package's bytecode
(``nlp/__pycache__/regex.<cache tag>.marshal``), as ``.pyc`` files are, and a pattern found there goes straight to
``_sre.compile``.

- The result is the same pattern object: a cached pattern compares equal (flags, code, pattern) to a freshly
  compiled one (tested for every pattern of the package).
- Only the package's own patterns are kept (those its modules hold), never an application's: other patterns
  compile as ever, warnings included. :func:`compile_package` (``make setup``) also keeps what its own process
  compiles while checking and tagging the demo reports: the patterns the package builds where first needed and
  those of the libraries it uses.
- The file records the Python build and the regex engine's version and a digest of its entries, and is ignored
  whole when any differs. ``_sre.compile`` validates the code it is given, so an entry that does not hold is
  compiled afresh.
- Only CPython 3.11–3.13 are served, whose ``re._compiler.compile`` is the steps reproduced here, and only after a
  probe pattern compiles equal both ways. Anything else, or ``NIANBAO_REGEX_CACHE=0``, leaves ``re`` untouched.
- New entries are written when a process ends (:func:`save`: at exit, and by the ``nianbao`` command before it
  ends), atomically, unless Python is told not to write bytecode (``-B``, ``PYTHONDONTWRITEBYTECODE``); like
  ``python -m compileall``, :func:`compile_package` writes the cache regardless (``make setup`` runs it). A
  read-only installation just compiles.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys

try:
    import _sre
    from re import _compiler, _parser
except ImportError:                        # another implementation or layout: no cache
    _sre = _compiler = _parser = None

MAX_ENTRIES = 4096                         # entries a process records, and the most a file keeps
_ORIGINAL = None                           # re._compiler.compile, while the cache is installed
_CACHE: dict[tuple, tuple] = {}            # (is bytes, pattern, flags) → the arguments of _sre.compile after it
_NEW: dict[tuple, tuple] = {}              # compiled by this process, not in the file


def _header() -> tuple:
    return (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)


def cache_path() -> str | None:
    """Where the cache is (beside the package's bytecode, ``sys.pycache_prefix`` honoured); None when this Python
    keeps no bytecode cache."""
    from importlib.util import cache_from_source
    try:
        pyc = cache_from_source(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_recache.py"))
    except NotImplementedError:
        return None
    return os.path.join(os.path.dirname(pyc), f"regex.{sys.implementation.cache_tag}.marshal")


def _fresh(pattern, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern."""
    return _arguments(_parser.parse(pattern, flags), flags)


def _arguments(p, flags: int) -> tuple:
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _compile(p, flags=0):
    """``re._compiler.compile`` through the cache. (The parser is called from here, at the depth the original calls
    it from, so that its warnings point where they always did.)"""
    kind = type(p)
    if (kind is not str and kind is not bytes) or flags & re.DEBUG:
        return _ORIGINAL(p, flags)
    key = (kind is bytes, p, int(flags))   # (a str and a bytes pattern of the same text are different keys)
    args = _CACHE.get(key)
    if args is not None:
        try:
            return _sre.compile(p, *args)
        except Exception:                  # noqa: BLE001 - an entry this engine rejects: compile afresh
            _CACHE.pop(key, None)
    args = _arguments(_parser.parse(p, key[2]), key[2])
    if len(_NEW) < MAX_ENTRIES:
        _NEW[key] = args
    return _sre.compile(p, *args)


_PROBE = r"(?P<head>[一二三四五六七八九十]{1,2})[、.．]\s*(?i:ab)(?=[甲-癸])|(?<!\d)\d+(?:\.\d+)?\b"


def _compiles_the_same() -> bool:
    """Whether a probe pattern compiled from :func:`_fresh`'s arguments equals ``re``'s own compilation."""
    try:
        for flags in (0, re.M | re.S):
            ours = _sre.compile(_PROBE, *_fresh(_PROBE, int(flags)))
            theirs = _compiler.compile(_PROBE, int(flags))
            if ours != theirs or ours.groupindex != theirs.groupindex or ours.groups != theirs.groups:
                return False
        return True
    except Exception:                      # noqa: BLE001 - any surprise: leave re alone
        return False


def _load(path: str | None) -> dict:
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            header, digest, payload = marshal.loads(fh.read())
        if header != _header() or digest != hashlib.blake2b(payload, digest_size=16).digest():
            return {}
        entries = marshal.loads(payload)
    except Exception:                      # noqa: BLE001 - missing, unreadable, damaged: start empty
        return {}
    return entries if isinstance(entries, dict) else {}


def install() -> bool:
    """Serve ``re``'s compilations from the cache (once per process); whether it is in place."""
    global _ORIGINAL
    if _ORIGINAL is not None:
        return True
    if (_sre is None or os.environ.get("NIANBAO_REGEX_CACHE") == "0" or sys.implementation.name != "cpython"
            or not (3, 11) <= sys.version_info[:2] <= (3, 13) or not hasattr(_compiler, "_code")
            or not _compiles_the_same()):
        return False
    _CACHE.update(_load(cache_path()))
    _ORIGINAL = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)
    return True


def package_patterns() -> set[tuple[bool, str | bytes]]:
    """(is bytes, pattern text) of every compiled pattern the package's loaded modules hold: module attributes, and
    what their small containers and objects hold (a dict of patterns, a tuple of concepts each with a pattern)."""
    found: set[tuple[bool, str | bytes]] = set()
    seen: set[int] = set()

    def visit(value, depth: int) -> None:
        if isinstance(value, re.Pattern):
            found.add((isinstance(value.pattern, bytes), value.pattern))
            return
        if depth == 0 or id(value) in seen or isinstance(value, (str, bytes, int, float, type(sys))):
            return
        seen.add(id(value))
        try:
            if isinstance(value, dict):
                items = value.values()
            elif isinstance(value, (list, tuple, set, frozenset)):
                items = value
            elif not isinstance(value, type) and hasattr(value, "__dict__"):
                items = vars(value).values()
            else:
                return
            if len(items) > 300:               # a lexicon, a memo: the package keeps its patterns in small ones
                return
            items = list(items)
        except Exception:                  # noqa: BLE001 - changed size while read, an odd __dict__: skip it
            return
        for v in items:
            visit(v, depth - 1)

    for name, mod in list(sys.modules.items()):
        if mod is not None and (name == "nlp" or name.startswith("nlp.")):
            for v in list(vars(mod).values()):
                visit(v, 3)
    return found


def save(path: str | None = None, *, force: bool = False, also: frozenset = frozenset()) -> bool:
    """Write the package's patterns this process compiled anew (with what the file held) to the cache; whether it
    wrote. Not under ``-B`` / ``PYTHONDONTWRITEBYTECODE`` unless ``force``. ``also``: more (is bytes, pattern)
    pairs to keep (:func:`compile_package`'s patterns of a run)."""
    path = path or cache_path()
    if _ORIGINAL is None or path is None or (sys.dont_write_bytecode and not force):
        return False
    ours = package_patterns() | also
    new = {k: v for k, v in _NEW.items() if k[:2] in ours}
    _NEW.clear()
    if not new:
        return False
    entries = {**_CACHE, **new}
    if len(entries) > MAX_ENTRIES:         # patterns of earlier versions of the package: keep the current ones
        entries = {k: v for k, v in entries.items() if k[:2] in ours}
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        payload = marshal.dumps(entries)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(marshal.dumps((_header(), hashlib.blake2b(payload, digest_size=16).digest(), payload)))
        os.replace(tmp, path)
    except (OSError, ValueError):          # read-only installation, full disk
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    _CACHE.update(new)
    return True


def summary() -> str:
    """One line for ``nianbao bench``: whether the cache serves this process, and how many patterns it holds."""
    if _ORIGINAL is None:
        why = "NIANBAO_REGEX_CACHE=0" if os.environ.get("NIANBAO_REGEX_CACHE") == "0" else "not this Python"
        return f"regular-expression cache: off ({why})"
    return f"regular-expression cache: {len(_CACHE)} patterns ({cache_path()})"


def compile_package() -> int:
    """Import every module of the package, check and tag its demo reports, and write the cache, as ``python -m
    compileall`` writes bytecode (``make setup`` runs it); the number of the package's patterns the cache holds."""
    import importlib
    import pkgutil

    import nlp
    for info in pkgutil.walk_packages(nlp.__path__, "nlp."):
        try:
            importlib.import_module(info.name)
        except Exception:                  # noqa: BLE001 - an optional extra (spaCy, Dask) not installed
            pass
    also = patterns_of_a_run()
    save(force=True, also=also)
    return len({k[:2] for k in _CACHE} & (package_patterns() | also))


def patterns_of_a_run() -> frozenset:
    """(is bytes, pattern) of everything this process compiled, having imported the package, then checked and
    tagged its demo reports (every format): besides the patterns the package's modules hold, those it builds where
    they are first needed (a table label's, the negation pattern), which no module attribute holds, and those of
    the standard library and the libraries it uses, which :func:`save` would not know as the package's.
    Each process compiled them again (measured: a ``nianbao check`` of one report compiled 56 patterns afresh in
    its main process, now 14; the 423 more entries this keeps cost 0.13 s to compile all). Only
    :func:`compile_package` calls this, in a process of its own: no application's pattern is among them."""
    import tempfile
    try:
        from .paths import demo_inputs
        from .pipeline import JobOptions, run_many
        with tempfile.TemporaryDirectory(prefix="nianbao-recache-") as pages:
            run_many(demo_inputs(), JobOptions(html_dir=pages))
    except Exception:                      # noqa: BLE001 - a head start only: the patterns compile where used
        pass
    return frozenset(k[:2] for k in _NEW)

