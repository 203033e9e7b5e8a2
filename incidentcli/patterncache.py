"""A start-up cache of compiled regular expressions, for the command line (issue 8).

Compiling the package's expressions (a few hundred, some of them alternations of whole
lexicons) is about half of what a one-article ``incidentcli parse`` spends beyond its bare
imports.  Python keeps no compiled expression between processes, but what its compiler makes
of one, the engine's code (a list of integers), depends only on the expression, its flags
and the Python build.  ``installed()`` keeps that code, per expression, in a file next to the
gazetteer cache (``gazetteer.cache_path()``), and hands it straight to the engine on the next
start instead of parsing and compiling the expression again.

Safety: the file's name carries the Python version and the engine's magic number; an
expression's code is only written when the pattern built from it equals (``==``: same
expression, flags and code) the one Python's own compiler makes; a file that cannot be read
or written is ignored (every expression is then compiled as usual); at most
``_MAX_ENTRIES`` expressions are kept, and the file is only written when a run compiled one
it did not hold.  Library callers of
``incidentcli.pipeline`` never see any of this: only ``cli.main`` installs it.
"""
from __future__ import annotations

import marshal
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

_MAX_ENTRIES = 4000
_KEEP_SAVES = 10


class _Cache:
    """The loaded entries (expression, flags) -> (last save that used it, engine input),
    the ones used or added in this run, and the compile hook."""

    def __init__(self, path: Path, saves: int, entries: dict):
        self.path, self.saves, self.entries = path, saves, entries
        self.used: set = set()
        self.added = 0

    def compile(self, original, sre, parse, code, p, flags=0):
        key = (p, flags) if isinstance(p, (str, bytes)) else None
        entry = self.entries.get(key) if key is not None else None
        if entry is not None:
            try:
                final_flags, program, groups, groupindex, indexgroup = entry[1]
                pattern = sre.compile(p, final_flags, program, groups, dict(groupindex),
                                      indexgroup)
            except (TypeError, ValueError, RuntimeError, IndexError):
                pass  # a damaged file (the engine checks the code): compile as usual
            else:
                self.used.add(key)
                return pattern
        pattern = original(p, flags)
        if key is not None and len(self.entries) < _MAX_ENTRIES:
            made = _checked_entry(sre, parse, code, p, flags, pattern)
            if made is not None:
                self.entries[key] = (self.saves, made)
                self.used.add(key)
                self.added += 1
        return pattern

    def save(self) -> None:
        """Write the file when expressions it did not hold were compiled (atomically: a
        temporary file renamed into place), without the ones no run used in the last
        ``_KEEP_SAVES`` saves (an expression built anew in each process, from a set's order,
        say, would otherwise pile up)."""
        if not self.added:
            return
        saves = self.saves + 1
        kept = {key: (saves if key in self.used else last, made)
                for key, (last, made) in self.entries.items()
                if key in self.used or last > saves - _KEEP_SAVES}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp",
                                       dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(marshal.dumps((saves, kept)))
                os.chmod(tmp, 0o644)
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.remove(tmp)
        except (OSError, ValueError):
            pass


def _checked_entry(sre, parse, code, p, flags: int, pattern):
    """``_entry`` of ``p`` when the engine builds from it a pattern equal to ``pattern``, Python's
    own compile; None otherwise, and None whatever goes wrong: on a Python whose compiler
    internals differ, the expression is simply not kept."""
    try:
        made = _entry(parse, code, p, flags)
        if made is not None and sre.compile(p, made[0], made[1], made[2], dict(made[3]),
                                            made[4]) == pattern:
            return made
    except Exception:  # noqa: BLE001 - internals of another shape: keep nothing, never fail
        pass
    return None


def _entry(parse, code, p, flags: int):
    """What ``re._compiler.compile`` hands the engine for ``p``: (flags, code, groups,
    group index, index group); None for a debug expression."""
    if flags & 128:  # re.DEBUG prints while compiling
        return None
    tree = parse(p, flags)
    program = [int(op) for op in code(tree, flags)]  # plain ints: marshal takes no subclass
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | tree.state.flags, program, tree.state.groups - 1, groupindex, \
        tuple(indexgroup)


def _path() -> Path:
    import _sre

    from .gazetteer import cache_path

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return cache_path().parent / f"patterns-{tag}.marshal"


def _load(path: Path) -> tuple[int, dict]:
    """(number of saves so far, entries) of the file; (0, {}) when there is none."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()  # (marshal.load would read the file in pieces, object by object)
        saves, entries = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return 0, {}
    return (saves, entries) if isinstance(saves, int) and isinstance(entries, dict) else (0, {})


@contextmanager
def installed():
    """Within the block, ``re`` compiles through the cache; at its end the cache is saved
    when expressions were added.  Nothing is done where the hook cannot work (another Python
    than CPython, a compiler module of another shape)."""
    try:
        import _sre
        import re._compiler as compiler
        import re._parser as parser
        original, code, parse = compiler.compile, compiler._code, parser.parse
        path = _path()
    except (ImportError, AttributeError, OSError):
        yield
        return
    cache = _Cache(path, *_load(path))

    def compile(p, flags=0):
        return cache.compile(original, _sre, parse, code, p, flags)

    compiler.compile = compile
    try:
        yield
    finally:
        compiler.compile = original
        cache.save()
