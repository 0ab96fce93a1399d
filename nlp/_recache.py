"""Regular expressions compiled once per Python build, not once per process.

The package compiles about 400 patterns when it is imported. Their large CJK character classes make the pure-Python
part of ``re``'s compiler slow: about 0.1–0.2 s, most of a run's start-up before its workers fork. What that
compiler produces (the arguments of ``_sre.compile``: flags, code, group names) depends only on the pattern, its
flags and the Python build. It is therefore kept beside the package's bytecode
(``nlp/__pycache__/regex.<cache tag>.marshal``), as ``.pyc`` files are, and a pattern found there goes straight to
``_sre.compile``.

- The result is the same pattern object: a cached pattern compares equal (flags, code, pattern) to a freshly
  compiled one (tested for every pattern of the package).
- The file records the Python build and the regex engine's version, and is ignored whole when either differs.
  ``_sre.compile`` validates the code it is given, so an entry that does not hold is compiled afresh.
- Only CPython 3.11–3.13 are served, whose ``re._compiler.compile`` is the three steps reproduced here, and only
  after a probe pattern compiles equal both ways. Anything else, or ``NIANBAO_REGEX_CACHE=0``, leaves ``re``
  untouched.
- New entries are written when the process ends (:func:`save`: at exit, and by the ``nianbao`` command before it
  ends), atomically; a read-only installation just compiles. ``NIANBAO_REGEX_CACHE=0`` neither reads nor writes.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys

try:
    import _sre
    from re import _compiler, _parser
except ImportError:                        # another implementation or layout: no cache
    _sre = _compiler = _parser = None

MAX_ENTRIES = 4096                         # beyond this, a save keeps only what this process used
_ORIGINAL = None                           # re._compiler.compile, while the cache is installed
_CACHE: dict[tuple, tuple] = {}            # (pattern, flags) → the arguments of _sre.compile after the pattern
_NEW: dict[tuple, tuple] = {}              # compiled by this process, not in the file
_USED: set[tuple] = set()


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
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def _compile(p, flags=0):
    """``re._compiler.compile`` through the cache."""
    if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
        return _ORIGINAL(p, flags)
    key = (p, int(flags))
    args = _CACHE.get(key)
    if args is not None:
        try:
            pattern = _sre.compile(p, *args)
        except Exception:                  # noqa: BLE001 - an entry this engine rejects: compile afresh
            _CACHE.pop(key, None)
        else:
            _USED.add(key)
            return pattern
    args = _fresh(p, key[1])
    _NEW[key] = args
    return _sre.compile(p, *args)


_PROBE = r"(?P<head>[一二三四五六七八九十]{1,2})[、.．]\s*(?i:ab)(?=[\u4e00-\u9fff])|(?<!\d)\d+(?:\.\d+)?\b"


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
            header, entries = marshal.loads(fh.read())
    except Exception:                      # noqa: BLE001 - missing, unreadable or from another build: start empty
        return {}
    return entries if header == _header() and isinstance(entries, dict) else {}


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


def uninstall() -> None:
    global _ORIGINAL
    if _ORIGINAL is not None:
        _compiler.compile = _ORIGINAL
        _ORIGINAL = None
        atexit.unregister(save)


def save(path: str | None = None) -> bool:
    """Write what this process compiled anew (with what the file held) to the cache; whether it wrote."""
    path = path or cache_path()
    if not _NEW or path is None or _ORIGINAL is None:
        return False
    entries = {**_CACHE, **_NEW}
    if len(entries) > MAX_ENTRIES:
        entries = {k: v for k, v in entries.items() if k in _USED or k in _NEW}
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(tmp, "wb") as fh:
            fh.write(marshal.dumps((_header(), entries)))
        os.replace(tmp, path)
    except (OSError, ValueError):          # read-only installation, full disk, an unmarshallable flag
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    _CACHE.update(_NEW)
    _NEW.clear()
    return True
