"""What a regular expression's source says of the text it matches, read with Python's own
regex parser: the words one of which every match holds.  A step looks such a word up (a plain
``str.find`` or one automaton pass) before a costly search: a text holding none of them holds
no match.  (Used by ``incidents`` for its context expressions and by ``dates`` for the
holiday names.)"""
from __future__ import annotations

from functools import lru_cache

try:
    from re import _constants as sre, _parser as parser
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as sre
    import sre_parse as parser


@lru_cache(maxsize=None)
def parsed(source: str, flags: int = 0):
    """``source`` parsed by the ``re`` module's parser, once per source (read, never
    changed: its callers only walk it)."""
    return parser.parse(source, flags)


def required_words(items) -> frozenset[str] | None:
    """For the parsed sequence ``items`` (``parsed(source).data``), strings one of which every
    match consumes, as written (the longest run of plain characters, or the union over a
    group's alternatives; the choice whose shortest string is longest, then the fewest), or
    None when no such set is known.  A group that sets flags is not read."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset(["".join(run)]))
            run = []
        inner = None
        if op is sre.SUBPATTERN and not av[1] and not av[2]:  # (a group that sets no flags)
            inner = required_words(av[-1].data)
        elif op is sre.BRANCH:
            alternatives = [required_words(alt.data) for alt in av[1]]
            if all(alternatives):
                inner = frozenset().union(*alternatives)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = required_words(av[2].data)
        elif op is sre.ATOMIC_GROUP:
            inner = required_words(av.data)
        if inner:
            options.append(inner)
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)
