"""Claim cues: the words that tie a group to an attack (``data/claim_cues.tsv``).

``find_cues(text, start, end)`` finds them all in one regex pass; each ``Cue`` says where
its group phrase is (``slot``: just before or just after the cue, or the whole sentence)
and what it tells (``status``: claimed, denied, suspected, reported, unclaimed, member,
background).  ``is_hedged`` says whether a stretch of text hedges ("reportedly",
"according to police").

The table is data; here it is compiled for speed: word lists become prefix tries; the
beginnings a cue's match can have (its first few characters) are found in a text by one
Aho-Corasick pass (``_places``), and where one stands only the cues it begins are tried.
(A text whose lower-cased copy would not keep its offsets goes the older way, ``_matches``:
cues grouped by the letters they can begin with.)  What reading the table gives (its rows,
the beginnings' keys) is stored in ``data/claim_cues_compiled.json`` under the table's digest
(``write_compiled`` after editing the table; a stale file is ignored: the table is read as
before).
"""
from __future__ import annotations

import hashlib
import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from importlib import resources

import ahocorasick

from .document import cased_twin, lowered, may_name_capital


@dataclass(frozen=True)
class Cue:
    """A claim cue's row: the claim status it gives and where its actor stands."""

    status: str
    slot: str  # "before" | "after" | "sentence"


@dataclass(frozen=True)
class CueMatch:
    """A claim cue found in a text, with its offsets."""

    cue: Cue
    start: int
    end: int


def find_cues(text: str, start: int, end: int) -> list[CueMatch]:
    """The cues in text[start:end], in order, not overlapping (earlier table rows win
    where two start at the same word)."""
    return [CueMatch(cue, s, e) for cue, s, e in cue_spans(text, start, end)]


def cue_spans(text: str, start: int, end: int) -> list[tuple[Cue, int, int]]:
    """``find_cues`` as (cue, start, end) tuples (no ``CueMatch`` made: quicker)."""
    places = _places(text)
    if places is None:  # (no lower-cased twin: the regex prefilter, see ``_matches``)
        return [(_cue_named(m.lastgroup), m.start(), m.end())
                for m in _matches(text, start, end)]
    starts, masks = places
    lo, hi = bisect_left(starts, start), bisect_left(starts, end)
    if lo == hi:
        return []
    low = lowered(text)
    out: list[tuple[Cue, int, int]] = []
    pos = start
    for k in range(lo, hi):
        p = starts[k]
        if p < pos:
            continue
        for cue, pattern, cased in _trials(masks[k]):  # (table order: the first match wins)
            m = pattern.match(low, p, end) if cased else pattern.match(text, p, end)
            if m is not None:
                break
        else:
            continue
        if m.end() == p:  # an empty match: leave the subtleties to the engine
            return [(_cue_named(m.lastgroup), m.start(), m.end())
                    for m in _table()[0].finditer(text, start, end)]
        out.append((cue, p, m.end()))
        pos = m.end()
    return out


@lru_cache(maxsize=16)
def _places(text: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Where in ``text`` a cue may begin (sorted offsets, a superset) and, for each, which
    cues may begin there (a bit mask of table rows: those one of whose beginnings
    (``_heads``) stands there); None when the text has no lower-cased twin (``lowered``).

    One Aho-Corasick pass of the beginnings over the lower-cased text with its white space
    made spaces and its runs of three or more one space (the offsets are mapped back),
    kept where a word starts."""
    low = lowered(text)
    if low is None:
        return None
    spaced = low.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    if not spaced.isprintable() and _ODD_SPACE.search(spaced):
        # (every white space but " " is unprintable: a printable text has no other)
        spaced = _SPACE.sub(" ", spaced)
    runs = [m.span() for m in _RUN.finditer(spaced)] if "   " in spaced else []
    # (runs of two are spelt in the beginnings themselves: ``_head_automaton``)
    if runs:  # one space for each longer run; a run's end is at ends[k] in the short text,
        # shifts[k] characters on from where it is in the text
        shifts = list(accumulate(b - a - 1 for a, b in runs))
        ends = [b - shift for (_, b), shift in zip(runs, shifts)]
        spaced = _RUN.sub(" ", spaced)
    found: dict[int, int] = {}
    get = found.get
    for end_idx, (size, mask) in _head_automaton().iter(spaced):
        q = end_idx + 1 - size
        if q and spaced[q - 1] != " ":  # (after a space a word starts; else ask the text)
            p = q + shifts[r - 1] if runs and (r := bisect_right(ends, q)) else q
            if (c := text[p - 1]).isalnum() or c == "_":
                continue  # (not where a word starts)
        found[q] = get(q, 0) | mask
    starts = sorted(found)
    masks = tuple(map(found.__getitem__, starts))
    if runs:
        starts = [q + shifts[r - 1] if (r := bisect_right(ends, q)) else q for q in starts]
    return tuple(starts), masks


_ODD_SPACE = re.compile(r"[^\S ]")  # (white space left but spaces: rare)
_SPACE = re.compile(r"\s")
_RUN = re.compile(r"   +")


@lru_cache(maxsize=1)
def _head_automaton() -> ahocorasick.Automaton:
    """The beginnings of the cues (``_head_keys``), each with its length and the bit mask of
    the cues it begins."""
    auto = ahocorasick.Automaton()
    for key, mask in _head_keys().items():
        auto.add_word(key, (len(key), mask))
    auto.make_automaton()
    return auto


def _head_keys() -> dict[str, int]:
    """The automaton's keys and masks: as stored (``_stored``), else computed
    (``computed_head_keys``)."""
    stored = _stored()
    return computed_head_keys() if stored is None else stored["keys"]


@lru_cache(maxsize=1)
def _stored() -> dict | None:
    """``data/claim_cues_compiled.json``: the table as ``_rows`` reads it and the automaton's
    keys (``computed_head_keys``), when they were made from this very table (the digest it
    keeps); else None.  Reading the table's regexes for their beginnings and factoring its
    word lists were most of the package's start-up in this module: what they give is
    kept with the digest of the table it comes from (``write_compiled``)."""
    try:
        stored = json.loads(resources.files("incidentcli").joinpath(_COMPILED_FILE)
                            .read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return stored if isinstance(stored, dict) and stored.get("table") == _table_digest() \
        else None


_COMPILED_FILE = "data/claim_cues_compiled.json"
_COMPILED_VERSION = 1  # (bump when the reading of the table changes: the stored one is stale)


def _table_digest() -> str:
    """What the stored reading depends on: the table's text, _PREFIX and _COMPILED_VERSION."""
    source = f"{_table_text()}\x00{_PREFIX}\x00{_COMPILED_VERSION}"
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def computed_head_keys() -> dict[str, int]:
    """The beginnings of the cues (``_heads``) as automaton keys, each with the bit mask of
    the cues it begins; a white space step is one space, and a run of white space inside a
    beginning one or two (news has blank lines; ``_places`` makes longer runs one space)."""
    masks: dict[str, int] = {}
    for i, (_, heads) in enumerate(_heads()):
        for head in heads:
            for key in _spellings(head):
                masks[key] = masks.get(key, 0) | 1 << i
    return masks


def write_compiled(path: str) -> None:
    """Store the table's reading (``computed_rows``, ``computed_head_keys``) with its digest
    at ``path``; run after the table changes: ``python -c "from incidentcli.claim_cues import
    write_compiled; write_compiled('incidentcli/data/claim_cues_compiled.json')"``."""
    cues, parts, hedges, own = computed_rows()
    data = {"table": _table_digest(),
            "rows": {"cues": [[c.status, c.slot] for c in cues], "parts": list(parts),
                     "hedges": list(hedges), "own": list(own)},
            "keys": dict(sorted(computed_head_keys().items()))}
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=True, indent=0)
        out.write("\n")


def _spellings(head: tuple[str, ...]) -> list[str]:
    """The keys for a beginning: its characters, a white space step as one space, a run of
    white space (_SPACES) before more of it as one or two."""
    keys = [""]
    for k, atom in enumerate(head):
        if atom == _SPACES and k + 1 < len(head):
            keys = [key + run for key in keys for run in (" ", "  ")]
        else:
            keys = [key + (" " if atom.startswith("\\") else atom) for key in keys]
    return keys


@lru_cache(maxsize=None)
def _trials(mask: int) -> tuple[tuple[Cue, re.Pattern, bool], ...]:
    """The cues of the table rows in the bit mask ``mask``, in order, each with its regex
    (``_cue_pattern``)."""
    cues = _rows()[0]
    return tuple((cues[i], *_cue_pattern(i)) for i in range(mask.bit_length()) if mask >> i & 1)


@lru_cache(maxsize=None)
def _cue_pattern(i: int) -> tuple[re.Pattern, bool]:
    """Row ``i``'s cue regex, and whether it is to be
    matched case-sensitively over the lower-cased text (it finds the same there, quicker:
    ``cased_twin``) rather than case-insensitively over the text."""
    source = _rows()[1][i]
    if may_name_capital(source):
        return re.compile(source, re.I), False
    return re.compile(source), True


@lru_cache(maxsize=None)
def _cue_named(group: str) -> Cue:
    """The cue of the regex group named ``group`` ('c12_a': row 12)."""
    return _rows()[0][int(group[1:].split("_")[0])]


def _matches(text: str, start: int, end: int) -> list[re.Match]:
    """``_table()[0].finditer(text, start, end)``, tried only where a cue can begin.

    The cue regex is slow to try at every word (it dispatches on the first letter through
    lookaheads); ``_starts`` finds, once per text, the few places where one of the cues'
    first letters stand.  Trying the cue regex just there, leftmost first and going on after
    each match, gives what a scan of the whole range would."""
    starts = _starts(text)
    here = starts[bisect_left(starts, start):bisect_left(starts, end)]
    if not here:
        return []
    low = lowered(text)
    out: list[re.Match] = []
    pos = start
    for p in here:
        if p < pos:
            continue
        cased = _cased_letter_pattern(low[p]) if low is not None and low[p].isascii() else None
        if cased is not None:  # the same match, found case-sensitively in the lower-cased text
            m = cased.match(low, p, end)
        else:
            m = _pattern_at(text[p]).match(text, p, end)
        if m is None:
            continue
        if m.end() == p:  # an empty match: leave the subtleties to the engine
            return list(_table()[0].finditer(text, start, end))
        out.append(m)
        pos = m.end()
    return out


@lru_cache(maxsize=None)
def _cased_letter_pattern(letter: str) -> re.Pattern | None:
    """``_letter_pattern(letter)`` for lower-cased text, matched case-sensitively (None when
    there is none, or it might not match the same: see ``cased_twin``)."""
    alts = _letter_alternatives(letter, pruned=False)
    if alts is None or may_name_capital(alts):
        return None
    return re.compile(rf"\b(?=[{letter}])(?:{_letter_alternatives(letter)})")


def cue_starts(text: str) -> tuple[int, ...]:
    """Sorted offsets in ``text`` where a cue may begin (a superset): ``find_cues`` over a
    range with none of them finds nothing."""
    places = _places(text)
    return _starts(text) if places is None else places[0]


@lru_cache(maxsize=16)
def _starts(text: str) -> tuple[int, ...]:
    """Offsets in ``text`` where some cue can begin (a superset: see ``_prefilter``)."""
    low = lowered(text)
    # (over the lower-cased text when there is one: the same places, found without case
    # folding, several times quicker; ``lowered``)
    source = " " + (text if low is None else low)  # (the text's first word starts after a space)
    return tuple(map(_START, _prefilter(low is None).finditer(source)))


_START = re.Match.start  # (a match's start in the spaced text: the word start in the text)


@lru_cache(maxsize=2)
def _prefilter(fold: bool) -> re.Pattern:
    """Where a cue can begin: a word start followed by one of the beginnings of some cue
    (``_heads``, in lower case), all in one regex factored by common prefix; ``fold``:
    matched case-insensitively (else to be run over lower-cased text).  It matches the
    character before the word start (run it over the text with a space before it: a match's
    start is then the word start's offset in the text).  (Every beginning starts with a
    letter, so a word starts there exactly when the character before is no word character:
    ``\\W`` finds those places twice as fast as ``\\b`` tried at every offset.)"""
    tree: dict = {}
    for _, heads in _heads():
        for head in heads:
            node = tree
            for atom in head:
                node = node.setdefault(atom, {})
            node[""] = {}
    return re.compile(r"\W(?=" + _atom_regex(tree) + ")", re.I if fold else 0)


def _atom_regex(node: dict) -> str:
    if "" in node:
        return ""  # a beginning ends here: anything may follow
    alts = [(atom if atom.startswith("\\") else re.escape(atom)) + _atom_regex(child)
            for atom, child in sorted(node.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[frozenset[str], frozenset[tuple[str, ...]]], ...]:
    """Per cue, the letters it can begin with and the beginnings a match can have (up to
    _PREFIX steps, each a lower-case character or a run of white space), read off its
    parsed regex; when unsure what follows, its first letters alone."""
    out = []
    for part in _rows()[1]:
        parsed = _parsed(part)  # (parsed once for both readings)
        letters = _first_letters(part, parsed)
        try:
            if parsed is None:
                raise ValueError(part)
            found = _prefixes(list(parsed), _PREFIX)
        except Exception:  # pragma: no cover - other interpreters
            found = {()}
        heads: set[tuple[str, ...]] = set()
        for head in found:
            if not head:  # unsure: any of its first letters
                heads.update((c,) for c in letters)
            elif head[0] in letters:  # (the cue regex starts a cue only on these letters)
                heads.add(head)
        out.append((letters, frozenset(heads)))
    return tuple(out)


_PREFIX = 8
_SPACES = r"\s+"


def _is_space_class(arg) -> bool:
    return all(str(o) == "CATEGORY" and str(a) == "CATEGORY_SPACE" for o, a in arg)


def _prefixes(items: list, k: int) -> set[tuple[str, ...]]:
    """The beginnings (tuples of at most k steps: a lower-case character, or _SPACES for a
    run of white space) a match of the parsed regex sequence ``items`` can have; a shorter
    one means anything may follow it."""
    if k == 0 or not items:
        return {()}
    (op, arg), rest = items[0], items[1:]
    name = str(op)
    if name == "LITERAL":
        return {(chr(arg).lower(),) + p for p in _prefixes(rest, k - 1)}
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _prefixes(rest, k)
    if name == "SUBPATTERN":
        return _prefixes(list(arg[-1]) + rest, k)
    if name == "BRANCH":
        return set().union(*(_prefixes(list(b) + rest, k) for b in arg[1]))
    if name == "IN" and all(str(o) == "LITERAL" for o, _ in arg):
        return {(chr(a).lower(),) + p for _, a in arg for p in _prefixes(rest, k - 1)}
    if name == "IN" and _is_space_class(arg):
        return {(r"\s",) + p for p in _prefixes(rest, k - 1)}
    if name == "MAX_REPEAT" and arg[0] == 1 and len(arg[2]) == 1 and \
            str(arg[2][0][0]) == "IN" and _is_space_class(arg[2][0][1]):
        # a run of white space, whole (the repeat is greedy and the next step is no space)
        return {(_SPACES,) + p for p in _prefixes(rest, k - 1)}
    if name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] == 0 and arg[1] == 1:
        return _prefixes(rest, k) | _prefixes(list(arg[2]) + rest, k)
    if name in ("MAX_REPEAT", "MIN_REPEAT") and arg[0] == 0:
        return _prefixes(rest, k) | {()}
    return {()}


def _pattern_at(window: str) -> re.Pattern:
    """The cue regex to try where a cue may begin with the character ``window``: the cues
    that begin with that letter, in table order (they match there exactly as in the full
    regex, the others cannot); the full regex for a character beyond ASCII.  Each letter's
    regex is compiled the first time a text needs it (compiling all of them up front was
    most of a one-article run's start-up)."""
    if window.isascii():
        letter = _letter_pattern(window.lower())
        if letter is not None:
            return letter
    return _table()[0]


@lru_cache(maxsize=None)
def _letter_pattern(letter: str) -> re.Pattern | None:
    alts = _letter_alternatives(letter)
    if alts is None:
        return None
    return re.compile(rf"\b(?=[{letter}{letter.upper()}])(?:{alts})", re.I)


def _letter_alternatives(letter: str, pruned: bool = True) -> str | None:
    """The cues that can begin with ``letter``, in table order, one named group each;
    ``pruned``: each without the leading alternatives that begin with another letter (they
    cannot match where ``letter`` stands: the regex is a third of the size, and so is the
    time to compile it)."""
    parts = _rows()[1]
    alts = "|".join(f"(?P<c{i}_{letter}>{_prune(part, letter) if pruned else part})"
                    for i, (part, (letters, _)) in enumerate(zip(parts, _heads()))
                    if letter in letters)
    return alts or None


_QUANTIFIERS = ("?", "*", "+", "{")


def _prune(source: str, letter: str) -> str:
    """``source`` (a cue's regex) less the alternatives of its leading groups that begin with
    an ASCII letter other than ``letter`` (read case-insensitively); what it cannot read (a
    class, an escape, an optional group ...) it keeps as it is.  Where ``letter`` stands, the
    result matches exactly what ``source`` matches (alternatives keep their order)."""
    kept = _prune_alt(source, letter)
    return source if kept is None else kept


def _prune_alt(source: str, letter: str) -> str | None:
    """``_prune`` of one alternative; None when it cannot begin with ``letter``."""
    if not source:
        return source
    first = source[0]
    if first.isascii() and first.isalpha():
        if source[1:2] in _QUANTIFIERS:
            return source
        return source if first.lower() == letter else None
    if not source.startswith("(?:"):
        return source
    close = _group_end(source, 0)
    if close is None or source[close + 1:close + 2] in _QUANTIFIERS:
        return source
    kept = [k for k in (_prune_alt(a, letter) for a in _top_alternatives(source[3:close]))
            if k is not None]
    if not kept:
        return None
    return "(?:" + "|".join(kept) + ")" + source[close + 1:]


@lru_cache(maxsize=None)  # (a cue's groups are read again for each letter it may begin with)
def _group_end(source: str, start: int) -> int | None:
    """The index of the ``)`` that closes the group opening at ``source[start]``."""
    return next((i for i, c, depth in _structure(source, start) if c == ")" and depth == 0),
                None)


@lru_cache(maxsize=None)
def _top_alternatives(source: str) -> tuple[str, ...]:
    """``source`` split at its ``|`` outside groups and classes."""
    bars = [i for i, c, depth in _structure(source, 0) if (c == "|" and depth == 0) or i < 0]
    if bars and bars[-1] < 0:
        return (source,)
    return tuple(source[a + 1:b] for a, b in zip([-1] + bars, bars + [len(source)]))


def _structure(source: str, start: int):
    """The characters of a regex source from ``start`` that are not escaped and not inside a
    character class, each with the group depth after it: (index, char, depth).  A class
    left open ends the scan with (-1, "", 0)."""
    depth = 0
    i = start
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(source, i)
            if i is None:
                yield -1, "", 0
                return
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        yield i, c, depth
        i += 1


def _class_end(source: str, start: int) -> int | None:
    """The index of the ``]`` that closes the character class opening at ``source[start]``."""
    i = start + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":
        i += 1
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "]":
            return i
        i += 1
    return None


def is_hedged(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hedge what it says ("presumably", "according to police")?"""
    return bool(_search(_hedge_pattern(), text, start, end))


def first_hedge_end(text: str, start: int, end: int) -> int | None:
    """Where the first hedge in text[start:end] ends, if there is one."""
    m = _search(_hedge_pattern(), text, start, end)  # (its end is the same in either text)
    return m.end() if m else None


def own_report(text: str, start: int, end: int) -> re.Match | None:
    """Where text[start:end] says the insurgents themselves report it ("the rebel
    communique reads", "according to the guerrillas"), if it does."""
    return _search(_own_pattern(), text, start, end)


def _search(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """``pattern.search(text, start, end)``, as its case-sensitive twin over the lower-cased
    text where that finds the same (quicker; the match's text is then in lower case)."""
    low = lowered(text)
    twin = cased_twin(pattern) if low is not None else None
    return pattern.search(text, start, end) if twin is None else twin.search(low, start, end)


@lru_cache(maxsize=1)
def _own_pattern() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(_rows()[3]) + r")(?!\w)", re.I)


_LITERAL_GROUP = re.compile(r"\(\?:([a-z'\- ]+\??(?:\|[a-z'\- ]+\??)+)\)")


def _expand(option: str) -> list[str]:
    """'attacks?' -> ['attack', 'attacks']."""
    return [option[:-2], option[:-1]] if option.endswith("?") else [option]


def _trie(words: list[str], escape: bool = False) -> str:
    """One regex for a list of literal words, factored by common prefix so that the engine
    rejects a position on its first letter instead of trying every word in turn."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(tree, escape) + ")"


def _trie_regex(node: dict, escape: bool = False) -> str:
    if list(node) == [""]:
        return ""
    optional = "" in node
    alts = [(re.escape(ch) if escape else ch) + _trie_regex(child, escape)
            for ch, child in sorted(node.items()) if ch]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        body = ("(?:" + body + ")?") if len(alts) == 1 and len(body) > 1 else body + "?"
    return body


@lru_cache(maxsize=1)
def _hedge_pattern() -> re.Pattern:
    """The hedge regex: the sentence-wide 'suspected' cues, searched on their own so that a
    hedge inside another cue -- "was presumably carried out by" -- still counts."""
    return re.compile(r"\b(?:" + "|".join(_rows()[2]) + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, tuple[Cue, ...]]:
    """The cue regex (one pass, named group per cue) and the cues; compiled only for text
    beyond ASCII (the per-letter regexes serve the rest)."""
    cues, parts, _, _ = _rows()
    # Dispatch on the first letter: at a word start the engine then tries only the cues that
    # can begin with that letter (in file order), not all of them.
    by_letter: dict[str, list[str]] = {}
    for i, part in enumerate(parts):
        for letter in _first_letters(part):
            by_letter.setdefault(letter, []).append(f"(?P<c{i}_{letter}>{part})")
    branches = [f"(?=[{c}{c.upper()}])(?:{'|'.join(alts)})" for c, alts in sorted(by_letter.items())]
    return re.compile(r"\b(?:" + "|".join(branches) + ")", re.I), cues


@lru_cache(maxsize=1)
def _table_text() -> str:
    return resources.files("incidentcli").joinpath("data/claim_cues.tsv").read_text("utf-8")


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[Cue, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The table read (``computed_rows``), as stored when it was made from this table."""
    stored = _stored()
    if stored is None:
        return computed_rows()
    rows = stored["rows"]
    return (tuple(Cue(status, slot) for status, slot in rows["cues"]), tuple(rows["parts"]),
            tuple(rows["hedges"]), tuple(rows["own"]))


def computed_rows() -> tuple[tuple[Cue, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The table read: the cues, their regex fragments (same order), the hedge fragments,
    the own-report fragments."""
    cues, parts, hedges, own = [], [], [], []
    for line in _table_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        status, slot, pattern = line.split("\t", 2)
        pattern = _LITERAL_GROUP.sub(
            lambda m: _trie([w for o in m.group(1).split("|") for w in _expand(o)]), pattern.strip())
        pattern = pattern.replace(" ", r"\s+")  # wire text breaks lines anywhere
        if slot.strip() == "sentence" and status.strip() == "suspected":
            hedges.append(pattern)
            continue
        if slot.strip() == "sentence" and status.strip() == "own":
            own.append(pattern)
            continue
        parts.append(f"{pattern}(?!\\w)")
        cues.append(Cue(status.strip(), slot.strip()))
    return tuple(cues), tuple(parts), tuple(hedges), tuple(own)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _parsed(pattern: str):
    """``pattern`` parsed by the regex parser (case-insensitive), None where there is none."""
    try:
        from re import _parser  # CPython >= 3.11; only an optimisation
        return _parser.parse(pattern, re.I)
    except Exception:  # pragma: no cover - other interpreters
        return None


def _first_letters(pattern: str, parsed=None) -> frozenset[str]:
    """The letters a match of ``pattern`` can start with (all letters when unsure);
    ``parsed``: its parse, if at hand."""
    try:
        if parsed is None:
            parsed = _parsed(pattern)
            if parsed is None:
                return _LETTERS
        letters, empty = _first(list(parsed))
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

