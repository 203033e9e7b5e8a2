"""Claim cues: the words that tie a group to an attack (``data/claim_cues.tsv``).

``find_cues(text, start, end)`` finds them all in one regex pass; each ``Cue`` says where
its group phrase is (``slot``: just before or just after the cue, or the whole sentence)
and what it tells (``status``: claimed, denied, suspected, reported, unclaimed, member,
background).  ``is_hedged`` says whether a stretch of text hedges ("reportedly",
"according to police").

The table is data; here it is compiled for speed: word lists become prefix tries, and cues
are grouped by the letters they can begin with, so that at each word the engine tries only
the few cues that can start there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Cue:
    status: str
    slot: str  # "before" | "after" | "sentence"


@dataclass(frozen=True)
class CueMatch:
    cue: Cue
    start: int
    end: int


def find_cues(text: str, start: int, end: int) -> list[CueMatch]:
    """The cues in text[start:end], in order, not overlapping (earlier table rows win
    where two start at the same word)."""
    pattern, cues, _ = _table()
    return [CueMatch(cues[int(m.lastgroup[1:].split("_")[0])], m.start(), m.end())
            for m in pattern.finditer(text, start, end)]


def is_hedged(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hedge what it says ("presumably", "according to police")?"""
    return bool(_table()[2].search(text, start, end))


_LITERAL_GROUP = re.compile(r"\(\?:([a-z'\- ]+\??(?:\|[a-z'\- ]+\??)+)\)")


def _expand(option: str) -> list[str]:
    """'attacks?' -> ['attack', 'attacks']."""
    return [option[:-2], option[:-1]] if option.endswith("?") else [option]


def _trie(words: list[str]) -> str:
    """One regex for a list of literal words, factored by common prefix so that the engine
    rejects a position on its first letter instead of trying every word in turn."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(tree) + ")"


def _trie_regex(node: dict) -> str:
    if list(node) == [""]:
        return ""
    optional = "" in node
    alts = [ch + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        body = ("(?:" + body + ")?") if len(alts) == 1 and len(body) > 1 else body + "?"
    return body


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, tuple[Cue, ...], re.Pattern]:
    """The cue regex (one pass, named group per cue), the cues, and the hedge regex (the
    sentence-wide 'suspected' cues, searched on their own so that a hedge inside another
    cue -- "was presumably carried out by" -- still counts)."""
    text = resources.files("incidentcli").joinpath("data/claim_cues.tsv").read_text("utf-8")
    cues, parts, hedges = [], [], []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        status, slot, pattern = line.split("\t", 2)
        pattern = _LITERAL_GROUP.sub(
            lambda m: _trie([w for o in m.group(1).split("|") for w in _expand(o)]), pattern.strip())
        pattern = pattern.replace(" ", r"\s+")  # wire text breaks lines anywhere
        if slot.strip() == "sentence" and status.strip() == "suspected":
            hedges.append(pattern)
            continue
        parts.append(f"{pattern}(?!\\w)")
        cues.append(Cue(status.strip(), slot.strip()))
    hedge = re.compile(r"\b(?:" + "|".join(hedges) + r")(?!\w)", re.I)
    # Dispatch on the first letter: at a word start the engine then tries only the cues that
    # can begin with that letter (in file order), not all of them.
    by_letter: dict[str, list[str]] = {}
    for i, part in enumerate(parts):
        for letter in _first_letters(part):
            by_letter.setdefault(letter, []).append(f"(?P<c{i}_{letter}>{part})")
    branches = [f"(?=[{c}{c.upper()}])(?:{'|'.join(alts)})" for c, alts in sorted(by_letter.items())]
    return re.compile(r"\b(?:" + "|".join(branches) + ")", re.I), tuple(cues), hedge


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _first_letters(pattern: str) -> frozenset[str]:
    """The letters a match of ``pattern`` can start with (all letters when unsure)."""
    try:
        from re import _parser  # CPython >= 3.11; only an optimisation
        letters, empty = _first(list(_parser.parse(pattern, re.I)))
        return _LETTERS if empty else letters
    except Exception:  # pragma: no cover - other interpreters
        return _LETTERS


def _first(items: list) -> tuple[frozenset[str], bool]:
    """(first letters, can be empty) of a parsed regex sequence."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            ch = chr(arg).lower()
            return (frozenset(out | {ch}) if ch in _LETTERS else _LETTERS), False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            sub, empty = _first(list(arg[-1]))
        elif name == "BRANCH":
            subs = [_first(list(b)) for b in arg[1]]
            sub = frozenset().union(*(x for x, _ in subs))
            empty = any(e for _, e in subs)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, empty = _first(list(arg[2]))
            empty = empty or arg[0] == 0
        elif name == "IN" and all(str(o) == "CATEGORY" and str(a) == "CATEGORY_SPACE" for o, a in arg):
            sub, empty = frozenset(), False  # whitespace: no letter can start here
        else:
            return _LETTERS, False
        out |= sub
        if not empty:
            return frozenset(out), False
    return frozenset(out), True

