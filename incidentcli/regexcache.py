"""Compiled regular expressions kept between runs of the command (a bytecode cache for regexes).

Python turns a regex into the engine's opcodes in pure Python (``re._parser``, ``re._compiler``):
for incidentcli's ~300 patterns that is ~90 ms of every start (about half of a one-article run)
and ~50 ms more as lazily built patterns appear.  ``prime()`` fills the ``re`` module's own
pattern cache from a file of those opcodes written by an earlier run, so that ``re.compile``
finds the patterns there; ``save()`` adds the patterns compiled since, each checked to give a
pattern equal (same flags, same opcodes) to the one ``re`` built.  The file sits next to the
gazetteer's cache and is keyed by the exact Python build and regex-engine version; on another
Python, with an unreadable file or anything unexpected, both do nothing and ``re`` compiles as
usual.  INCIDENTCLI_REGEX_CACHE=0 turns it off.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

MAX_PATTERNS = 480  # re keeps at most 512 patterns (re._MAXCACHE)


def _enabled() -> bool:
    return os.environ.get("INCIDENTCLI_REGEX_CACHE", "1") != "0" and \
        isinstance(getattr(re, "_cache", None), dict)


def cache_file() -> Path:
    import _sre

    from .gazetteer import cache_path
    tag = hashlib.sha1(f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|"
                       f"{_sre.CODESIZE}".encode()).hexdigest()[:12]
    return cache_path().parent / f"regex-{tag}.marshal"


def _load(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def prime() -> None:
    """Put the patterns of earlier runs into ``re``'s cache (missing ones are compiled as usual)."""
    if not _enabled():
        return
    try:
        import _sre
        cache = re._cache
        for (pattern, flags), (final, code, groups, groupindex, indexgroup) in \
                _load(cache_file()).items():
            key = (str, pattern, flags)
            if key not in cache:
                cache[key] = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
    except Exception:  # another Python's internals, a damaged file: compile as usual
        return


def save() -> None:
    """Add the patterns compiled in this process that the file lacks (written atomically)."""
    if not _enabled():
        return
    try:
        import _sre
        from re import _compiler, _parser
        path = cache_file()
        old = _load(path)
        new = {}
        for (kind, pattern, flags), compiled in list(re._cache.items()):
            if kind is not str or (pattern, flags) in old or flags & re.DEBUG:
                continue
            parsed = _parser.parse(pattern, flags)
            code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: marshal
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
                     tuple(indexgroup))
            if _sre.compile(pattern, *entry) == compiled:  # same flags and opcodes
                new[(pattern, flags)] = entry
        if not new:
            return
        used = {(pattern, flags) for kind, pattern, flags in re._cache if kind is str}
        merged = {key: entry for key, entry in old.items() if key in used}  # this run's first
        merged.update(new)
        for key, entry in old.items():  # then other runs' while there is room
            if len(merged) >= MAX_PATTERNS:
                break
            merged.setdefault(key, entry)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(merged))
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.remove(tmp)
    except Exception:  # a read-only cache directory, another Python: nothing is kept
        return
