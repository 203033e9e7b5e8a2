"""Counts written in news text: digits, number words, hedges and ranges.

``find_quantities(text)`` returns every count phrase with its offsets and its reading::

    "at least 52"          -> Quantity(value=52, min=52, qualifier="at_least")
    "more than 105"        -> Quantity(value=105, min=106, qualifier="more_than")
    "between 10 and 15"    -> Quantity(value=None, min=10, max=15, qualifier="range")
    "twenty-one", "1,200", "a dozen", "THREE"  -> exact values
    "dozens"               -> Quantity(value=None, min=24, qualifier="vague")

Numbers that are not counts of people are not read as counts: ages ("a 25-year-old"),
times ("3:10", "8 p.m."), money ("$200,000"), percentages, ordinals ("2nd"), decimals,
calibres ("9mm", ".40-caliber"), street numbers ("300 block"), measures ("415 km", "50 kg";
``data/casualty_units.txt``).  Word lists and hedges live in
``data/casualty_numbers.tsv`` and ``data/casualty_hedges.tsv``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Quantity:
    """A count as written: ``value`` (null for vague counts and ranges), bounds, hedge."""

    value: int | None
    min: int | None = None
    max: int | None = None
    qualifier: str = "exact"

    def __init__(self, value: int | None, min: int | None = None, max: int | None = None,
                 qualifier: str = "exact") -> None:
        # (the generated __init__ without its object.__setattr__ per field, as Span's in
        # document.py: quantities are made by the dozen per article)
        fields = self.__dict__
        fields["value"] = value
        fields["min"] = min
        fields["max"] = max
        fields["qualifier"] = qualifier


@dataclass(frozen=True)
class QuantityMention:
    start: int
    end: int
    quantity: Quantity

    def __init__(self, start: int, end: int, quantity: Quantity) -> None:
        fields = self.__dict__  # (as Quantity's)
        fields["start"] = start
        fields["end"] = end
        fields["quantity"] = quantity


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[int | None, str, int | None]]  # word -> (value, kind, min)
    hedges: dict[str, str]                                 # phrase -> qualifier
    regex: re.Pattern
    units: re.Pattern                                      # a unit of measure after a number


def _rows(name: str) -> list[list[str]]:
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def phrase_trie(phrases) -> str:
    """An alternation of ``phrases``, longest first, spaces matching any run of white space
    (wire text wraps lines), factored by common prefix (quicker to match and to compile).  It
    matches the same phrase as the plain alternation: the phrases that match at a place are
    prefixes of one another, and each node of the trie tries its longer continuations before
    ending there.  Shared by the number and casualty lexicons."""
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in " ".join(phrase.split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(tree)


def _trie_node(node: dict) -> str:
    alts = [(r"\s+" if char == " " else re.escape(char)) + _trie_node(child)
            for char, child in sorted(node.items()) if char]
    if "" in node and alts:
        alts.append("")  # the phrase may end here (tried last)
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" if alts else ""


def _units_and_tens(words: dict[str, tuple[int | None, str, int | None]]) -> tuple[list[str], list[str]]:
    """The unit words ("one" .. "nineteen") and the tens words ("twenty" .. "ninety")."""
    units = [w for w, (v, k, _) in words.items() if k == "cardinal" and v is not None and v < 20
             and " " not in w and w not in ("dozen", "both")]
    tens = [w for w, (v, k, _) in words.items() if k == "cardinal" and v is not None
            and 20 <= v < 100 and v % 10 == 0]
    return units, tens


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    words: dict[str, tuple[int | None, str, int | None]] = {}
    for row in _rows("casualty_numbers.tsv"):
        value = None if row[1] == r"\N" else int(row[1])
        low = int(row[3]) if len(row) > 3 and row[3] else None
        words[row[0]] = (value, row[2], low)
    hedges = {row[0]: row[1] for row in _rows("casualty_hedges.tsv")}
    units, tens = _units_and_tens(words)
    # "twenty-one", "twenty one", and "TWENTYONE" as transcripts run them together
    # (the unit words once: "sixty" is tried before "six" as before, since a unit word read
    # inside a tens word is followed by a letter, where every use of ``small`` wants a break)
    small = rf"(?:(?:(?:{phrase_trie(tens)})[\s-]*)?(?:{phrase_trie(units)})|{phrase_trie(tens)})"
    worded = (rf"(?:a\s+|{small}\s+)?hundred(?:\s+(?:and\s+)?{small})?(?:\s+thousand)?"
              rf"|{small}(?:\s+thousand)?")
    digits = r"(?<![\d.,$£€#:/])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d]|[.,]\d|:\d|%|\s*(?:percent|per\s+cent))"
    other = [w for w, (v, k, _) in words.items() if w not in units and w not in tens]
    number = rf"(?:{digits}|\b(?:{phrase_trie(other)}|{worded})\b)"
    hedge = rf"\b(?:{phrase_trie(hedges)})\s+"
    # "between" + number + "and" + number, or a hedged number and a second one after a dash or
    # "to": the first number written once for both (no hedge and no number opens with "between",
    # so where "between" is the range is read or nothing, as with the two alternatives apart)
    pattern = (rf"(?:(?P<between>\bbetween\s+)|(?P<hedge>{hedge}))?(?P<num>{number})"
               rf"(?(between)\s+and\s+(?P<hi>{number})|(?:\s*(?:-|–|to|or)\s*(?P<hi2>{number}))?)")
    return _Lexicon(words, hedges, re.compile(pattern, re.I), _units())


@lru_cache(maxsize=1)
def _first_characters() -> frozenset[str]:
    """The characters a count phrase may open with, in lower case: a digit, or the first
    letter of 'between', of a hedge, of a number word or of what the worded numbers open with
    ('a hundred').  (An ASCII character whose lower case is none of them opens none: the
    expression ignores case; other characters are left to the expression.)"""
    lex = lexicon()
    phrases = list(lex.words) + list(lex.hedges) + ["between", "a", "hundred"]
    first = {p[0].lower() for p in phrases if p}
    if not all(c.isascii() for c in first):  # (one might match an ASCII letter ignoring case)
        first |= {chr(c) for c in range(128)}
    return frozenset("0123456789") | first


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The words (runs of ASCII letters, in lower case) a count phrase may open with: the
    first word of 'between', of a hedge or of a number word, 'a' and 'hundred', and a tens
    word run into a unit word ("TWENTYONE").  Every word of these phrases is followed by
    white space, a hyphen or a break, never by a letter, so a phrase opening at a run of
    ASCII letters followed by an ASCII character (or the end) opens with the whole run."""
    lex = lexicon()
    words = {p.split()[0].lower() for p in list(lex.words) + list(lex.hedges) + ["between", "a", "hundred"]}
    units, tens = _units_and_tens(lex.words)
    words |= {t + u for t in tens for u in units}
    assert all(w.isascii() and w.isalpha() for w in words)
    return frozenset(words)


_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def _units() -> re.Pattern:
    """A unit of measure right after a number: "415 km", "50 KG OF DYNAMITE", "3-mile"."""
    text = (Path(__file__).parent / "data" / "casualty_units.txt").read_text(encoding="utf-8")
    units = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile(rf"[\s-]*(?:{phrase_trie(units)})(?![\w])", re.I)


# What may follow a number that is not a count of people.
_NOT_A_COUNT_AFTER = re.compile(
    r"(?:-|\s)*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?)\b(?:-old|\s+old)?"
    r"|-?year-old|\s*y/?o\b|-\d{3,4}\b|\s*(?:a\.?m\b|p\.?m\b|o'?clock)|(?:st|nd|rd|th)\b|\s*mm\b"
    r"|-?\s*(?:caliber|calibre)"
    r"|\s+block\b|\s+(?:dollars|pesos|rupees|percent)\b|-(?:story|storey|foot|feet|inch|meter|metre|mile)",
    re.I)


def _word_value(text: str) -> int | None:
    """Value of a worded or digit number ('twenty-one', 'a hundred and five', '1,200')."""
    words = lexicon().words
    plain = " ".join(text.lower().replace("-", " ").split())
    if plain.replace(",", "").isdigit():
        return int(plain.replace(",", ""))
    if plain in words:
        return words[plain][0]
    total, current = 0, 0
    for token in plain.split():
        if token in ("a", "and"):
            current = current or (1 if token == "a" else 0)
            continue
        if token == "hundred":
            current = (current or 1) * 100
        elif token == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif token in words and words[token][0] is not None:
            current += words[token][0]
        elif (joined := _run_together(token)) is not None:
            current += joined
        else:
            return None
    return total + current


def _run_together(token: str) -> int | None:
    """'thirtythree' -> 33: a tens word and a unit word written as one."""
    words = lexicon().words
    for cut in range(4, len(token) - 2):
        tens, unit = words.get(token[:cut]), words.get(token[cut:])
        if tens and unit and tens[1] == unit[1] == "cardinal" and tens[0] is not None and unit[0] is not None \
                and 20 <= tens[0] < 100 and tens[0] % 10 == 0 and 0 < unit[0] < 10:
            return tens[0] + unit[0]
    return None


def _reading(m: re.Match) -> Quantity | None:
    between, num, hi, hi2, hedge = m.group("between", "num", "hi", "hi2", "hedge")
    return _reading_of(("range", num, hi, None, None, None) if between else (None, None, None, num, hi2, hedge))


@lru_cache(maxsize=4096)
def _reading_of(groups: tuple[str | None, ...]) -> Quantity | None:
    """The reading of a match of the count expression from its groups' text (a pure
    function of them, remembered: the same few counts recur in every article)."""
    range_, lo_text, hi_text, num_text, hi2, hedge_text = groups
    words = lexicon().words
    if range_:
        lo, hi = _word_value(lo_text), _word_value(hi_text)
        if lo is None or hi is None or hi <= lo:
            return None
        return Quantity(None, lo, hi, "range")
    num = " ".join(num_text.lower().split())
    if num in words and words[num][1] == "vague":
        return Quantity(None, words[num][2], None, "vague")
    value = _word_value(num)
    if value is None:
        return None
    if hi2:
        hi = _word_value(hi2)
        if hi is not None and value < hi <= value * 3 + 10:
            return Quantity(None, value, hi, "range")
    hedge = " ".join(hedge_text.lower().split()) if hedge_text else None
    qualifier = lexicon().hedges.get(hedge, "exact") if hedge else "exact"
    if qualifier == "at_least":
        return Quantity(value, value, None, qualifier)
    if qualifier == "more_than":
        return Quantity(value, value + 1, None, qualifier)
    if qualifier == "at_most":
        return Quantity(value, None, value, qualifier)
    return Quantity(value, None, None, qualifier)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[QuantityMention]:
    """Every count phrase in ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    found = []
    for m in lexicon().regex.finditer(text, start, end):
        mention = _mention(text, m)
        if mention is not None:
            found.append(mention)
    return found


def _mention(text: str, m: re.Match) -> QuantityMention | None:
    q = _reading(m)
    if q is None:
        return None
    # "3 or 4" is a range; in "555-0199" or "3 or more" only the first number is read
    e = m.end("num") if (m.group("hi2") and q.qualifier != "range") else m.end()
    end = m.end()
    if _NOT_A_COUNT_AFTER.match(text, e) or (e != end and _NOT_A_COUNT_AFTER.match(text, end)) or \
            lexicon().units.match(text, end):
        return None
    return QuantityMention(m.start(), e, q)


def quantity_at(text: str, pos: int, end: int | None = None) -> QuantityMention | None:
    """The count phrase starting exactly at ``pos`` (after white space), if any."""
    end = len(text) if end is None else end
    while pos < end and text[pos].isspace():
        pos += 1
    if pos < end and (c := text[pos]).isascii() and c.lower() not in _first_characters():
        return None  # (most words open no count: a cheap test before the expression)
    if (run := _ASCII_LETTERS.match(text, pos, end)) is not None and \
            (run.end() == end or text[run.end()].isascii()) and run.group(0).lower() not in _first_words():
        return None  # (nor do most words opening with one of those letters: see _first_words)
    m = lexicon().regex.match(text, pos, end)
    return _mention(text, m) if m else None
