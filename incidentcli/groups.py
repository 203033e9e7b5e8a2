"""The group lexicon (``data/groups.tsv``) and one-pass matching of its names in a text.

``find_groups(text, all_caps)`` returns the lexicon names mentioned in ``text`` (leftmost,
longest, not overlapping) with their offsets; ``lookup(name)`` resolves one phrase (an
open-ended name found by the perpetrator rules) to a lexicon group when it is one of its
aliases.  Matching is one Aho-Corasick pass over the lower-cased text; abbreviations (FMLN,
ISIL) match only in capitals, and ambiguous ones (IS, FACT) only in mixed-case text next to a
group word or in parentheses.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from .document import lowered


@dataclass(frozen=True)
class Group:
    """A known group, state or category of actor (data/groups.tsv)."""

    canonical: str
    kind: str  # "group" | "category" | "descriptive" | "state"
    region: str
    era: str
    parent: str = ""  # canonical name of the organisation this is a branch of


@dataclass(frozen=True)
class GroupMention:
    """A group named in the text, by one of its aliases."""

    start: int
    end: int
    group: Group
    alias: str


@dataclass(frozen=True)
class _Alias:
    """One written form of a group and how strictly it must match."""

    text: str
    group: Group
    case_sensitive: bool  # an abbreviation: must appear in capitals
    ambiguous: bool  # also an ordinary word ("IS"): mixed-case text, next to a group word


# Words after an ambiguous abbreviation that show it names a group ("IS militants").
_GROUP_WORDS = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?:militants?|fighters?|group|jihadists?|insurgents?|rebels?|members?|"
    r"gunmen|extremists?|terrorists?|cells?|loyalists?|supporters?|affiliates?|"
    r"affiliated|claimed|attacks?|bombings?|suicide)\b")


def _is_abbreviation(alias: str) -> bool:
    """FMLN, ISIL; and mixed-case ones (LeT, JeM): one token, no hyphen, capitals inside."""
    letters = [c for c in alias if c.isalpha()]
    if not letters or " " in alias.strip():
        return False
    return alias == alias.upper() or (
        "-" not in alias and sum(c.isupper() for c in letters) >= 2)


def _variants(alias: str) -> set[str]:
    """Surface variants of an alias: curly apostrophe, hyphen or space in compounds."""
    out = {alias}
    for v in list(out):
        if "'" in v:
            out.add(v.replace("'", "\u2019"))
    for v in list(out):
        if "-" in v:
            out.add(v.replace("-", " "))
            out.add(v.replace(" - ", "-"))
    return out


def _singulars(name: str) -> set[str]:
    """'left-wing extremists' -> 'left-wing extremist' (one of a category is still it)."""
    if name.endswith("s") and not name.endswith("ss") and len(name) > 4:
        return {name[:-1]}
    return set()


def _lower(text: str, low: str | None = None) -> str:
    """Lower case, line breaks as spaces, with the same length as ``text`` (offsets stay
    valid; wire reports break a name over two lines); ``low``: ``text.lower()``, if at hand."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # (str.replace is far quicker than str.translate with a table)
    return low.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\u00a0", " ")


@lru_cache(maxsize=1)
def load_groups() -> tuple[Group, ...]:
    return tuple(g for g, _ in _rows())


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[Group, tuple[str, ...]], ...]:
    rows = []
    text = resources.files("incidentcli").joinpath("data/groups.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, kind, region, era, aliases, parent = (line.split("\t") + [""] * 6)[:6]
        group = Group(canonical.strip(), kind.strip(), region.strip(), era.strip(),
                      parent.strip())
        names = [a.strip() for a in aliases.split("|") if a.strip()]
        rows.append((group, tuple(names)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    table: dict[str, list[_Alias]] = {}
    for group, names in _rows():
        for raw in (group.canonical,) + names:
            ambiguous = raw.startswith("!")
            name = raw.lstrip("!")
            cs = ambiguous or _is_abbreviation(name)
            for v in _variants(name) | (_singulars(name) if group.kind == "category" else set()):
                key = _lower(v)
                entry = _Alias(v, group, cs, ambiguous)
                bucket = table.setdefault(key, [])
                if all(e.group != group or e.case_sensitive != cs for e in bucket):
                    bucket.append(entry)
    auto = ahocorasick.Automaton()
    for key, entries in table.items():
        auto.add_word(key, (key, tuple(entries)))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, Group]:
    """Normalised alias -> group, for ``lookup``; abbreviations keyed in capitals."""
    index: dict[str, Group] = {}
    for group, names in _rows():
        for raw in (group.canonical,) + names:
            name = raw.lstrip("!")
            index.setdefault(_key(name), group)
    return index


def _key(name: str) -> str:
    name = name.replace("\u2019", "'").replace("-", " ")
    name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
    return " ".join(name.lower().split())


def lookup(name: str) -> Group | None:
    """The lexicon group whose alias is ``name`` (case-insensitive, 'the' dropped)."""
    return _alias_index().get(_key(name))


def find_groups(text: str, all_caps: bool = False, start: int = 0,
                end: int | None = None) -> list[GroupMention]:
    """Lexicon names in ``text[start:end]`` (offsets into ``text``): leftmost-longest,
    non-overlapping, in text order."""
    end = len(text) if end is None else end
    hits = _hits(text, all_caps)
    if not hits:
        return []
    chosen: list[GroupMention] = []
    last_end = -1
    for m in hits[bisect_left(hits, (start,), key=_start_key):]:
        if m.start >= end:
            break
        if m.end <= end and m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


def names_any(text: str, all_caps: bool = False) -> bool:
    """Does ``text`` name any lexicon group at all (``find_groups`` over any range of it
    finds nothing when not)?"""
    return bool(_hits(text, all_caps))


def _start_key(m: GroupMention) -> tuple[int]:
    return (m.start,)


@lru_cache(maxsize=16)
def _hits(text: str, all_caps: bool) -> tuple[GroupMention, ...]:
    """Every lexicon name in ``text`` that its context allows, overlapping ones included,
    sorted by start, longest first: read once per text; ``find_groups`` picks those inside
    its range (a name's context is read in the whole text either way)."""
    low = _lower(text, lowered(text))  # (the document's lower-cased copy, when it has one)
    found: list[GroupMention] = []
    for end_idx, (key, entries) in _automaton().iter(low):
        end = end_idx + 1
        start = end - len(key)
        if start > 0 and ((c := text[start - 1]).isalnum() or c == "_"):
            continue
        if end < len(text) and ((c := text[end]).isalnum() or c == "_"):
            continue
        surface = text[start:end]
        for e in entries:
            if e.case_sensitive and surface != e.text and surface != e.text.upper():
                continue
            if e.case_sensitive and not all_caps and surface != e.text:
                continue
            if e.ambiguous and (all_caps or not _ambiguous_ok(text, start, end)):
                continue
            if all_caps and e.case_sensitive and e.text != e.text.upper() and \
                    not _ambiguous_ok(low, start, end):
                continue  # "LeT" in capitals is "LET": a word, unless a group word follows
            found.append(GroupMention(start, end, e.group, surface))
            break
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return tuple(found)


def _ambiguous_ok(text: str, start: int, end: int) -> bool:
    if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")":
        return True
    return bool(_GROUP_WORDS.match(text, end))

