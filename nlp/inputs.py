"""Which inputs a command reads: files, directories (walked recursively), globs, @LIST files and zip
archives (a member's source is ``archive.zip/member``). Every input becomes one :class:`InputSpec`."""
from __future__ import annotations

import glob
import os
import stat
import zipfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import Errors, NianbaoError

REPORT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".docx", ".pdf"}
# documents in formats nianbao does not read (reports are published as .doc, .wps, .ofd…): inputs all the same,
# so that each ends up in errors.csv (E011, with what to convert it to) rather than out of sight
OTHER_DOCUMENT_SUFFIXES = {".doc", ".docm", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".xls", ".xlsx", ".et", ".ods",
                           ".ppt", ".pptx", ".dps", ".odp", ".ofd", ".ceb", ".caj", ".epub"}
SKIP_NAMES = {"MANIFEST.tsv", "truth.jsonl", "README.md"}
MAX_ZIP_MEMBERS = 200_000
MAX_ZIP_RATIO = 200


@dataclass(frozen=True)
class InputSpec:
    source: str                 # what the results call it: a path, or archive.zip/member
    path: str                   # the file on disk (the archive for zip members)
    member: str | None = None   # the member inside the archive
    report_id: str | None = None     # unique in its run (:func:`with_report_ids`); None: the file name's stem
    member_index: int | None = None  # the member's place in the archive (two members may share a name)
    unopened: str | None = None      # why an archive given as an input could not be listed (its read says so)

    def read(self, max_bytes: int) -> bytes:
        """The input's bytes, refusing oversized files and zip bombs with coded errors."""
        if self.unopened is not None:
            raise NianbaoError(Errors.E019, self.source, detail=self.unopened)
        if self.member is None:
            p = Path(self.path)
            try:
                size = p.stat().st_size
                if size > max_bytes:
                    raise NianbaoError(Errors.E004, self.source, size=size, limit=max_bytes)
                return p.read_bytes()
            except OSError as exc:                 # missing, a folder, no permission to read
                raise NianbaoError(Errors.E010, self.source, detail=exc.strerror or str(exc)) from None
        try:
            with zipfile.ZipFile(self.path) as zf:
                info = zf.infolist()[self.member_index] if self.member_index is not None else zf.getinfo(self.member)
                if info.file_size > max_bytes:
                    raise NianbaoError(Errors.E004, self.source, size=info.file_size, limit=max_bytes)
                if info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO and info.file_size > 1 << 20:
                    raise NianbaoError(Errors.E018, self.source, detail=f"{info.file_size} bytes from "
                                       f"{info.compress_size} compressed (over {MAX_ZIP_RATIO}:1, a zip bomb?)")
                if info.flag_bits & 0x1:
                    raise NianbaoError(Errors.E018, self.source, detail="the member is encrypted")
                with zf.open(info) as fh:
                    data = fh.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise NianbaoError(Errors.E004, self.source, size=len(data), limit=max_bytes)
                return data
        except (zipfile.BadZipFile, KeyError, IndexError, OSError) as exc:
            raise NianbaoError(Errors.E010, self.source, detail=f"archive member unreadable: {exc}") from None
        except (RuntimeError, NotImplementedError, zlib.error, EOFError) as exc:     # damaged or unsupported
            raise NianbaoError(Errors.E018, self.source, detail=str(exc) or type(exc).__name__) from None


def is_document(name: str) -> bool:
    """Whether a file found in a directory or an archive is taken as an input: a report format, another document
    format (an error row names it) or a zip archive. Images, style sheets and the like are skipped (and counted)."""
    suffix = Path(name).suffix.lower()
    return suffix in REPORT_SUFFIXES or suffix in OTHER_DOCUMENT_SUFFIXES or suffix == ".zip"


def _walk(path: Path, skipped: list[str]) -> list[str]:
    """The documents under ``path`` in the order of their paths' parts (``sorted(path.rglob("*"))``'s order),
    leaving out names that start with a dot (a hidden folder is not entered: a checkout's .git, a .venv) and
    :data:`SKIP_NAMES`. A link to a folder is not followed; a broken link is kept (its read says so, it is not
    dropped in silence). One ``scandir`` per folder: its entries' types come with the listing, so no file is
    looked at on its own."""
    root = str(path)
    prefix = "" if root == "." else root if root.endswith(os.sep) else root + os.sep
    found: list[tuple[str, ...]] = []
    folders: list[tuple[str, tuple[str, ...]]] = [(root, ())]
    while folders:
        folder, rel = folders.pop()
        try:
            entries = os.scandir(folder)
        except OSError:
            continue
        with entries:
            for e in entries:
                if e.name.startswith("."):
                    continue
                try:
                    if e.is_dir(follow_symlinks=False):
                        folders.append((e.path, rel + (e.name,)))
                        continue
                    keep = e.is_file() or (e.is_symlink() and not os.path.exists(e.path))
                except OSError:
                    keep = False
                if keep and e.name not in SKIP_NAMES:
                    found.append(rel + (e.name,))
    out = []
    for parts in sorted(found):
        f = prefix + os.sep.join(parts)
        (out if is_document(parts[-1]) else skipped).append(f)
    return out


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its archiver meant it: names not flagged UTF-8 are read by zipfile as CP437, but
    Chinese archivers write GBK (报告甲.txt, not ▒¿╕µ╝╫.txt)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _zip_members(path: Path, skipped: list[str]) -> list[InputSpec]:
    """The documents in an archive, each an input; an archive that cannot be listed (damaged, cut short, not a zip)
    is one input whose read says so, so that the rest of the run goes on."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = [(k, i) for k, i in enumerate(zf.infolist()) if not i.is_dir()][:MAX_ZIP_MEMBERS]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return [InputSpec(str(path), str(path), unopened=f"not a readable zip archive: {exc}")]
    out, used = [], set()
    for k, i in infos:
        name = Path(i.filename).name
        if name.startswith(".") or name in SKIP_NAMES:
            continue
        source = base = f"{path}/{_member_name(i)}"
        n = 1
        while source in used:            # members that share a name (an archive may hold several): name#2, name#3…
            n += 1
            source = f"{base}#{n}"
        used.add(source)
        if is_document(name):            # an archive inside an archive is an input too: its read says to unpack it
            out.append(InputSpec(source, str(path), i.filename, member_index=k))
        else:
            skipped.append(source)
    return out


def expand_inputs(paths: list[str], skipped: list[str] | None = None, *,
                  _lists: frozenset[str] = frozenset(), _ids: bool = True) -> list[InputSpec]:
    """Inputs in a stable order, without duplicates. A path that does not exist stays an input (its
    read will give a coded error), so every named input is accounted for. Files met in a directory or an
    archive that are not documents (:func:`is_document`: images, style sheets…) are not inputs; ``skipped``,
    when given, collects them so that the caller can say so."""
    skipped = [] if skipped is None else skipped
    out: list[InputSpec] = []
    for p in paths:
        if p.startswith("@"):
            out.extend(expand_inputs(_list_entries(p[1:], _lists), skipped, _lists=_lists | {_list_key(p[1:])},
                                     _ids=False))
            continue
        path = Path(p)
        try:
            mode = os.stat(path).st_mode               # one look per path (a @LIST may name thousands)
        except (OSError, ValueError):
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            for f in _walk(path, skipped):
                out.extend(_zip_members(Path(f), skipped) if f[-4:].lower() == ".zip" else [InputSpec(f, f)])
        elif mode is not None and stat.S_ISREG(mode) and path.suffix.lower() == ".zip":
            out.extend(_zip_members(path, skipped))
        elif mode is None and any(ch in p for ch in "*?["):
            # a pattern that matches nothing stays an input: its read says so (E010), it is not dropped in silence
            out.extend(expand_inputs(sorted(glob.glob(p, recursive=True)), skipped, _ids=False) or [InputSpec(p, p)])
        else:
            out.append(InputSpec(p, p))
    seen, unique = set(), []
    for spec in out:
        # one file however it was named (a/r.txt, ./a/r.txt, its absolute path, its folder): the first naming
        key = (os.path.normpath(os.path.abspath(spec.path)), spec.member if spec.member_index is None else spec.member_index)
        if key not in seen:
            seen.add(key)
            unique.append(spec)
    return with_report_ids(unique) if _ids else unique


def _id_parts(source: str) -> list[str]:
    return [p for p in source.replace("\\", "/").split("/") if p not in ("", ".")] or [source]


def _stem(name: str) -> str:
    """``Path(name).stem`` for a single path part: the name without its last suffix (no suffix where the last dot
    is the name's first or last character: ``.hidden``, ``name.``)."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def _report_id(parts: list[str], k: int, extension: bool = False) -> str:
    """The last ``k`` parts of a source's path as a report id, the file's extension dropped unless ``extension``."""
    last = parts[-1] if extension else (_stem(parts[-1]) or parts[-1])
    return "/".join(parts[max(0, len(parts) - k):-1] + [last])


def with_report_ids(specs: list[InputSpec]) -> list[InputSpec]:
    """``specs`` with report ids unique among them: the file name's stem where no other input has it; for inputs
    that share a stem, as many of their last path parts as tell them apart (dept-a/2023, dept-b/2023), and the
    file name with its extension where only that differs (r.txt, r.html)."""
    parts = [_id_parts(s.source) for s in specs]
    ids = [_report_id(p, 1) for p in parts]
    groups: dict[str, list[int]] = defaultdict(list)
    for i, rid in enumerate(ids):
        groups[rid].append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        longest = max(len(parts[i]) for i in members)
        tries = [(k, False) for k in range(2, longest + 1)] + [(k, True) for k in range(1, longest + 1)]
        for k, extension in tries:
            named = [_report_id(parts[i], k, extension) for i in members]
            if len(set(named)) == len(named):
                break
        for i, rid in zip(members, named):
            ids[i] = rid
    used: set[str] = set()
    for i, rid in enumerate(ids):        # (the same path written two ways, "a/r.txt" and "./a/r.txt", last of all)
        unique, n = rid, 1
        while unique in used:
            n += 1
            unique = f"{rid}~{n}"
        used.add(unique)
        ids[i] = unique
    return [replace(s, report_id=rid) for s, rid in zip(specs, ids)]


def _list_key(name: str) -> str:
    return os.path.realpath(name)


def _list_entries(name: str, open_lists: frozenset[str]) -> list[str]:
    """The entries of the @LIST file ``name``: one per line, blank lines and # comments skipped, UTF-8 (with or
    without a BOM), UTF-16 with a BOM or GB18030; a relative entry that does not exist from here is taken relative
    to the list's own folder. A list that cannot be read, or that names itself, is a coded error (E016)."""
    if _list_key(name) in open_lists:
        raise NianbaoError(Errors.E016, name, detail=f"{name} names itself (through the lists it names)")
    try:
        data = Path(name).read_bytes()
    except OSError as exc:
        raise NianbaoError(Errors.E016, name, detail=f"{name}: {exc.strerror or exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise NianbaoError(Errors.E016, name, detail=f"{name} is neither UTF-8 nor GB18030 text") from None
    here = Path(name).parent
    entries = []
    for line in text.splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        at, rest = ("@", entry[1:]) if entry.startswith("@") else ("", entry)
        if not os.path.isabs(rest) and not os.path.exists(rest) and (here / rest).exists():
            rest = str(here / rest)
        entries.append(at + rest)
    return entries


def expand(paths: list[str]) -> list[str]:
    """Plain file paths (for callers that only want files on disk)."""
    return [s.source for s in expand_inputs(paths) if s.member is None]
