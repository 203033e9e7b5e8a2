"""Killed and wounded, as the article states them (issue 3).

``find_casualties(doc, scope)`` returns the victims' counts with their hedges, attackers who
died or were hurt apart (``Count.perpetrators``), and evidence spans quoting the phrase that
carries each count, with a short reason for each choice.

How it reads a sentence: a casualty cue (``data/casualty_cues.tsv``) says what happened and
where the victims are written --

* passive / bare: the victims are the subject before the cue ("two policemen and a civilian
  were killed", "12 dead", "the minister and his two bodyguards died");
* active / left: the victims are the object after it ("killing himself and 4 others",
  "left three people dead", "found a man shot to death");
* noun: "12 deaths", "the murder of two students"; toll: "the death toll rose to 60";
* zero: "no one was hurt", "no casualties", "the bomb was defused".

The subject or object is split into its parts ("two policemen", "a civilian"); each part
is counted (a number, or 1 for a singular noun or a name; a plural without a number is
unknown unless an earlier sentence numbered it: "abducted four officers ... the officers
were killed").  Appositions ("Noorzai, a district governor,"), ages ("Reed, 25,") and
breakdowns ("two teenagers, one 16 and the other 17") are not extra people, nor is the age in
"leaving Daniel Roberts, 29, dead".  Attackers
("the gunman", "six assailants", "himself", "him" when police shot him) are counted apart
(``data/casualty_nouns.tsv``); a suicide bomber is one unless the text says otherwise, and so
is a shooter who "shot himself" where the text speaks of a (murder-)suicide.  A lone death stated
after (or in a headline over) a report that only attackers died ("the suspect was killed ... he
was pronounced dead") is the attacker's, not a victim's.

How it chooses among the mentions of an incident: counts in sentences about other events
or totals ("the deadliest since 2014, when 150 died", "this year") and counts pooled over
several related attacks are left out; a revised toll ("rose to 60", "a third victim died")
wins; otherwise the mention nearest the incident's anchor wins (at or after it first), the
larger of two in one sentence, keeping the hedge an equal count has elsewhere; victims
said to have "also" died add to a single named victim.  People shot with no outcome stated
count as wounded unless they died.  "No one was hurt" gives 0; "a fatal shooting" with no
count gives at least 1.  A report that states one count and not the other gives 0 for the
other ("three soldiers were killed": no one wounded), with the reason "none reported beside
the killed count" -- how GTD and GVA code such reports.  A news report of an attack that
never speaks of the dead (or of the hurt) reports none: 0, with the attack as its evidence
("no death reported").  Wire-service text (all caps) relays events as they come in: there a
count of one kind implies nothing of the other, and nothing stated stays null; but a count of
the dead, or a statement of none, in the sentence next to an incident whose own sentences say
nothing of them is taken.

The word lists the patterns are built from live in ``data/casualty_words.tsv`` (read on a
pattern's first use), the cue phrases in ``data/casualty_cues.tsv``, nouns in
``data/casualty_nouns.tsv``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path

import ahocorasick

from .document import Document, Scope, Span, lowered, may_hold
from .numbers import Quantity, find_quantities, phrase_trie, quantity_at
from .record import Count


@dataclass
class Casualties:
    killed: Count = field(default_factory=Count)
    wounded: Count = field(default_factory=Count)
    evidence: dict[str, Span] = field(default_factory=dict)   # keys: "killed", "wounded"
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Part:
    """One conjunct of a subject or object: "two policemen", "a civilian", "the gunman"."""

    count: Quantity | None   # None: a plural with no number
    perpetrator: bool
    start: int
    end: int
    how: str = "number"      # number | article ("a man") | name ("Uddin") | plural
    text_start: str = ""     # the first words, lower case
    head: str = ""           # the head noun, lower case

    def __init__(self, count: Quantity | None, perpetrator: bool, start: int, end: int,
                 how: str = "number", text_start: str = "", head: str = "") -> None:
        # (the generated __init__ without its object.__setattr__ per field, as Span's in
        # document.py: parts are made by the dozen per article)
        fields = self.__dict__
        fields["count"] = count
        fields["perpetrator"] = perpetrator
        fields["start"] = start
        fields["end"] = end
        fields["how"] = how
        fields["text_start"] = text_start
        fields["head"] = head


@dataclass(frozen=True)
class Mention:
    """One statement of a casualty count in the text."""

    kind: str                  # killed | wounded | shot
    victims: Quantity | None   # None: only attackers were counted
    perpetrators: int | None
    start: int
    end: int
    sentence: int
    update: bool = False       # a revised toll ("rose to")
    zero: bool = False         # "no one was hurt"
    weak: bool = False         # "the murder of ...": often another event
    also: bool = False         # "two bodyguards were also killed": adds to another count
    subset: bool = False       # "two guards are among the wounded": part of a total stated elsewhere
    groups: tuple[int | None, ...] = ()  # the victims' parts ("six Jesuits and two women": 6, 2)

    def __init__(self, kind: str, victims: Quantity | None, perpetrators: int | None, start: int,
                 end: int, sentence: int, update: bool = False, zero: bool = False,
                 weak: bool = False, also: bool = False, subset: bool = False,
                 groups: tuple[int | None, ...] = ()) -> None:
        fields = self.__dict__  # (as Part's)
        fields["kind"] = kind
        fields["victims"] = victims
        fields["perpetrators"] = perpetrators
        fields["start"] = start
        fields["end"] = end
        fields["sentence"] = sentence
        fields["update"] = update
        fields["zero"] = zero
        fields["weak"] = weak
        fields["also"] = also
        fields["subset"] = subset
        fields["groups"] = groups


# --------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------

_DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _alternation(phrases) -> str:
    """Longest first, then alphabetical: the same pattern text in every process."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@dataclass(frozen=True)
class _Lexicon:
    cues: dict[tuple[str, str], str]      # (form, phrase) -> kind
    perpetrators: frozenset[str]
    plurals: frozenset[str]
    titles: frozenset[str]
    things: frozenset[str]
    passive: _Lazy  # (the readings' patterns, compiled on use: see _unanchored)
    bare: _Lazy
    active: _Lazy
    left: _Lazy
    noun_after_count: re.Pattern
    noun_of: _Lazy
    zero: _Lazy
    possessive: re.Pattern
    gate: ahocorasick.Automaton  # word -> the readings that need it (see _readings)
    # reading -> its pattern less the opening \b (see _at_word_bounds)
    unanchored: dict[str, re.Pattern] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, tuple[str, ...]]:
    lists: dict[str, list[str]] = {}
    for name, phrase in _rows("casualty_words.tsv"):
        lists.setdefault(name, []).append(phrase)
    return {name: tuple(phrases) for name, phrases in lists.items()}


def _any(name: str) -> str:
    """Word list ``name`` of data/casualty_words.tsv as an alternation, in the file's order
    (the first that fits wins); a space matches any run of white space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in _word_lists()[name])


class _Lazy:
    """A pattern built from the word lists on its first use, so that no data is read at
    import; after that its methods are plain attributes (as fast as the pattern's own)."""

    def __init__(self, build: Callable[[], re.Pattern]) -> None:
        self._build = build

    def __getattr__(self, name: str):
        pattern = self._build()
        for method in ("search", "match", "fullmatch", "finditer", "sub", "pattern"):
            setattr(self, method, getattr(pattern, method))
        return getattr(pattern, name)


def _aux() -> str:
    return rf"(?:{_any('aux')})"


def _adverb() -> str:
    return (rf"(?:(?!fatally|mortally)[a-z]+ly|(?:{_any('passive_participle')}),?(?:\s+and)?|"
            rf"(?:{_any('hit_verb')})\s+(?:once|twice|(?:[a-z]+\s+)?times),?\s+and|"
            rf"{_any('passive_adverb')})")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    cues: dict[tuple[str, str], str] = {}
    for kind, form, phrase in _rows("casualty_cues.tsv"):
        cues[(form, _norm(phrase))] = kind
    by_form: dict[str, list[str]] = {}
    for form, phrase in cues:
        by_form.setdefault(form, []).append(phrase)
    nouns = _rows("casualty_nouns.tsv")
    alt = {form: phrase_trie(phrases) for form, phrases in by_form.items()}
    noun_count = phrase_trie(p for p in by_form["noun"] if not p.endswith(" of"))
    noun_of = phrase_trie(p for p in by_form["noun"] if p.endswith(" of"))
    anchored = {  # the readings' patterns, each opening with \b (scanned without it: _unanchored)
        "passive": rf"\b{_aux()}\s+(?:{_adverb()}\s+){{0,3}}(?:found\s+)?(?P<cue>{alt['passive']})\b",
        "bare": rf"\b(?P<cue>{alt['bare']})\b",
        "active": rf"\b(?P<cue>{alt['active']})\b",
        "left": rf"\b(?:{_any('left_verb')})\s+(?P<obj>[^,.;:]{{1,50}}?)\s+(?P<cue>{alt['left']})\b",
        "noun_of": rf"\b(?P<cue>{noun_of})\s+",
        "zero": rf"\b(?P<cue>{alt['zero']})\b",
    }
    return _Lexicon(
        cues=cues,
        perpetrators=frozenset(_norm(w) for role, w in nouns if role == "perpetrator"),
        plurals=frozenset(_norm(w) for role, w in nouns if role == "plural"),
        titles=frozenset(_norm(w) for role, w in nouns if role == "title"),
        things=frozenset(_norm(w) for role, w in nouns if role == "thing"),
        passive=_compiled_on_use(anchored["passive"]),
        bare=_compiled_on_use(anchored["bare"]),
        active=_compiled_on_use(anchored["active"]),
        left=_compiled_on_use(anchored["left"]),
        noun_after_count=re.compile(rf"\s+(?:(?:{_any('people_after_count')})\s+)?(?P<cue>{noun_count})\b"),
        noun_of=_compiled_on_use(anchored["noun_of"]),
        zero=_compiled_on_use(anchored["zero"]),
        possessive=re.compile(rf"(?<![\w'’.-])(?P<who>[a-z][a-z.-]*[a-z])(?:'s|’s|'|’)\s+"
                              rf"(?P<cue>{alt['possessive']})\b(?!\s+(?:of|{_alternation(_compounds())})\b)"),
        gate=_gate(by_form),
        unanchored=_unanchored(anchored),
    )


def lexicon() -> _Lexicon:
    """The cue lexicon, with the unanchored twins of its patterns (``_unanchored``)."""
    return _lexicon()


def _compiled_on_use(source: str) -> _Lazy:
    """``source`` compiled on its first use: the readings are scanned with their unanchored
    twins, so most runs never compile the anchored patterns at all."""
    return _Lazy(lambda: re.compile(source))


def _unanchored(anchored: dict[str, str]) -> dict[str, re.Pattern]:
    """The readings' patterns, which open with ``\\b``, without it: a pattern that opens with
    its first characters lets the regex engine skip straight to them (a third quicker over a
    sentence); ``_at_word_bounds`` then keeps the matches where the ``\\b`` holds."""
    return {reading: re.compile(source[2:]) for reading, source in anchored.items()
            if source.startswith("\\b")}


def _at_word_bounds(unanchored: re.Pattern, low: str, lo: int, hi: int,
                    limit: int | None = None, gate: tuple[list, list] | None = None,
                    reading: str = "") -> list[re.Match]:
    """The (first ``limit``) matches of ``\\b`` + ``unanchored`` in ``low[lo:hi]``, as
    ``finditer`` finds them: the leftmost match at or after ``pos`` where ``\\b`` holds at its
    start (the regex engine's test: a word character on one side of it only; it sees the text
    before ``lo``), the search going on one character further when it does not.  (Every match
    is non-empty.)  A list, not a generator: most scans find none or one.  With the document's
    ``gate`` words: after a match, the search stops past where the last word that every match
    of ``reading`` holds starts (``_last_key_start``): no match starts after it."""
    out: list[re.Match] = []
    pos = lo
    search = unanchored.search
    last = hi
    while pos <= last and (m := search(low, pos, hi)) is not None:
        s = m.start()
        c = low[s]
        if (c.isalnum() or c == "_") == (s > 0 and ((b := low[s - 1]).isalnum() or b == "_")):
            pos = s + 1  # no word boundary at s
            continue
        out.append(m)
        if len(out) == limit:
            break
        pos = m.end()
        if gate is not None and len(out) == 1:
            last = _last_key_start(low, gate, reading, lo, hi)
    return out


# The readings whose every match opens with the first word of one of their cue phrases: those
# are scanned only where such a word starts (``_matches_at_openings``).
_OPENED = ("bare", "active")


def _matches_at_openings(unanchored: re.Pattern, low: str, lo: int, hi: int, limit: int,
                         firsts: tuple[list, list], reading: str) -> list[re.Match]:
    """``_at_word_bounds(unanchored, low, lo, hi, limit)`` for a reading of ``_OPENED``, read
    only where the document's ``firsts`` (``_gate_and_stems``) say the first word of one of
    its phrases starts with no word character before it: every match starts at one (it opens
    with the phrase's first word, after a ``\\b``), so trying them in order finds the same."""
    starts, readings = firsts
    out: list[re.Match] = []
    pos = lo
    match = unanchored.match
    for i in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        at = starts[i]
        if at < pos or reading not in readings[i]:
            continue
        m = match(low, at, hi)
        if m is not None:
            out.append(m)
            if len(out) == limit:
                break
            pos = m.end()
    return out


def _compounds() -> list[str]:
    text = (_DATA / "casualty_compounds.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Words one of which every match of a reading contains (for the readings not built from the
# cue lexicon); a sentence without any of a reading's words is not scanned for it.
_FIXED_KEYS = {
    "toll": ("toll", "number"),
    "ordinal": ("died", "dies", "succumbed", "dead", "killed"),
    "fatally": ("fatally",),
    "self": ("himself", "herself", "suicide", "life", "detonated"),
    "addition": ("addition",),
}


# Words frequent in crime news, not chosen as a phrase's key when it has a rarer one.
_COMMON_WORDS = frozenset(
    "shooting shootings people their his her found later reported took taking hospital gunshot "
    "condition the a and was were other one no".split())


def _gate(by_form: dict[str, list[str]]) -> ahocorasick.Automaton:
    """An automaton over the longest word of each cue phrase (and the fixed keys), each
    mapped to the readings that cannot match without it as a whole word."""
    keys: dict[str, set[str]] = {}
    for form, phrases in by_form.items():
        for phrase in phrases:
            reading = form
            if form == "noun":
                reading = "noun_of" if phrase.endswith(" of") else "noun_count"
            key = max(phrase.split(), key=lambda w: (w not in _COMMON_WORDS, len(w)))
            keys.setdefault(key, set()).add(reading)
            if form == "zero":  # a second gate: the phrase's first word ("no", "not", "without")
                keys.setdefault(phrase.split()[0], set()).add("zero_first")
    for reading, words in _FIXED_KEYS.items():
        for word in words:
            keys.setdefault(word, set()).add(reading)
    for word in _word_lists()["left_verb"]:  # every "left" match opens with one, a whole word
        keys.setdefault(word, set()).add("left_verb")
    for word in _word_lists()["ordinal"][1:]:  # every "ordinal" match holds one ("a third person")
        keys.setdefault(word, set()).add("ordinal_word")
    automaton = ahocorasick.Automaton()
    for word, readings in keys.items():
        automaton.add_word(word, (len(word), frozenset(readings)))
    automaton.make_automaton()
    return automaton


def _readings(lex: _Lexicon, low: str, lo: int, hi: int) -> set[str]:
    """The readings that may match in ``low[lo:hi]``."""
    out: set[str] = set()
    for last, (length, readings) in lex.gate.iter(low, lo, hi):
        start, end = last + 1 - length, last + 1
        if (start and _is_word_char(low[start - 1])) or (end < hi and _is_word_char(low[end])):
            continue  # inside a longer word ("white", "nobody"): every reading has \b there
        out |= readings
    return out


def _readings_in(low: str, gate: tuple[list, list], lo: int, hi: int) -> set[str]:
    """``_readings(lex, low, lo, hi)`` from the document's gate hits."""
    ends, hits = gate
    out: set[str] = set()
    for i in range(bisect_right(ends, lo), bisect_right(ends, hi)):
        start, readings = hits[i]
        end = ends[i]
        if start < lo or (end < hi and ((c := low[end]).isalnum() or c == "_")):  # _is_word_char
            continue
        out |= readings
    return out


def _last_key_start(low: str, gate: tuple[list, list], reading: str, lo: int, hi: int) -> int:
    """Where the last of the document's gate words (``gate``, as ``_readings_in`` reads them)
    that ``reading`` needs starts in ``low[lo:hi]``; ``lo - 1`` when none.  Every match of the
    reading holds one as a whole word, so none starts after it."""
    ends, hits = gate
    out = lo - 1
    for i in range(bisect_right(ends, lo), bisect_right(ends, hi)):
        start, readings = hits[i]
        end = ends[i]
        if start < lo or start <= out or reading not in readings or \
                (end < hi and ((c := low[end]).isalnum() or c == "_")):  # _is_word_char
            continue
        out = start
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


# --------------------------------------------------------------------------------------
# Reading subjects and objects
# --------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,]*")
_PREPOSITIONS = frozenset(
    "in at on near during inside outside from to by with for into across after before while "
    "when since until as outside around between within following amid under behind over according "
    "through along against toward towards".split())
_DETERMINERS = frozenset(
    "the his her their its this that these those another other all both of a an one some "
    "also and including each only just".split())
_SINGULAR_START = frozenset("a an one another the his her their its this that each".split())
_PRONOUNS_ONE = frozenset("he she him her himself herself".split())
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight night "
    "morning afternoon evening weekend week earlier later january february march april may "
    "june july august september october november december days hours weeks months years minutes "
    "ago meanwhile however sources reports there it what".split())
_SEQUENCE_ADVERBS = frozenset("then later finally".split())
_CUE_WORDS = frozenset("killed wounded injured hurt shot killing wounding injuring dead died shooting "
                        "stabbing murdering".split())
_ED_NOT_VERB = frozenset(
    "armed unarmed unidentified suspected alleged masked wounded injured killed named unnamed "
    "retired uniformed detained kidnapped abducted related hooded deceased elected based red "
    "hundred bed need seed speed shed united limited unknown-armed so-called self-styled "
    "off-duty on-duty".split())
_VERBS = frozenset(
    "is was were are has have had be been did does do will would could should may might said "
    "says say told tell hit struck shot fired opened threw set blew left took took made "
    "make put stormed attacked ambushed detonated exploded carried claimed targeted found saw "
    "heard ran came went began fled drove brought gave kept held led met sent stood thought "
    "wrote tells told knew shows kills injures wounds leaves dies hurts".split())
# Clause boundaries: punctuation, and words that start another clause (the second list only
# in lower case, except in all-caps wire text).
_BOUNDARY_WORDS = frozenset(
    "when after while where whereas but which who whom that because although though since before "
    "until said says added reported then if whether than so once whose".split())
_BOUNDARY_VERBS = frozenset(
    "confirm confirms confirmed say state states stated announced indicated believe believes "
    "believed learned know knows tell tells told".split())
# The punctuation and, of the words (whole runs of \w), those that may be a boundary word or
# verb in any case (IGNORECASE: every word whose lower case is one of them matches, so each
# match is then tested as every word once was); other words are read over in C, not yielded
# one by one (a trie: a flat alternation of the words tried at every word start is slower).
_BOUNDARY_TOKEN = _Lazy(lambda: re.compile(
    rf"[;:\[\]\"“”]|--|—|\s[–-]\s|(?P<word>\b(?i:{phrase_trie(_BOUNDARY_WORDS | _BOUNDARY_VERBS)})\b)"))


# The same over the lower-cased text (``lowered``), case-sensitive: twice as quick.
_BOUNDARY_TOKEN_LOW = _Lazy(lambda: re.compile(
    rf"[;:\[\]\"“”]|--|—|\s[–-]\s|(?P<word>\b(?:{phrase_trie(_BOUNDARY_WORDS | _BOUNDARY_VERBS)})\b)"))


def _clause_boundaries(text: str, a: int, b: int, all_caps: bool):
    r"""The clause boundaries in ``text[a:b]``, left to right (match objects): punctuation, and
    the words (``\b\w+``) in _BOUNDARY_WORDS in any case or in _BOUNDARY_VERBS (in any case in
    all-caps text).  Found in the lower-cased text where that finds the same (the matches' text
    is then in lower case: a word's case is read from ``text``)."""
    low = lowered(text)
    if low is None:
        for m in _BOUNDARY_TOKEN.finditer(text, a, b):
            word = m.group("word")
            if word is None or word.lower() in _BOUNDARY_WORDS or \
                    (word.lower() if all_caps else word) in _BOUNDARY_VERBS:
                yield m
        return
    for m in _BOUNDARY_TOKEN_LOW.finditer(low, a, b):
        word = m.group("word")
        if word is None or word in _BOUNDARY_WORDS or \
                (word if all_caps else text[m.start():m.end()]) in _BOUNDARY_VERBS:
            yield m


_SEPARATOR = re.compile(r"\s*,(?!\d)\s*(?:and\s+|as\s+well\s+as\s+)?|"
                        r"\s+(?:and|as\s+well\s+as|along\s+with|plus|&)\s+", re.I)
_INCLUDING = _Lazy(lambda: re.compile(rf",?\s*\b(?:{_any('including')})\b\s+", re.I))
_NOT_A_PERSON = _Lazy(lambda: re.compile(rf"(?:{_any('not_a_person')})\b", re.I))
_MAY_INCLUDE = re.compile(r"(?i:including|among|whom)")  # a cheap test before _INCLUDING
_OF_WHOM = re.compile(r"\b(?:\w+[\s-]+){0,2}\w+\s+of\s+(?:whom|which)\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\b", re.I)
_AGE_RANGE = re.compile(r"\b(?:ages?|aged)\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|to|through)\s+\d{1,3}\b", re.I)
_MAX_CUES = 40  # cue matches read per sentence: real sentences have a handful
_AGE_BEFORE_RESIDENCE = re.compile(r"\d{1,3}\s*,\s*of\b", re.I)
_COUNT_THEN_CUE = _Lazy(lambda: re.compile(rf"\s+(?:{_any('cue_after_count')})\b", re.I))
_DIGIT = re.compile(r"\d")
_CUE_THEN_COUNT = _Lazy(lambda: re.compile(rf"\b(?:{_any('cue_before_count')})\s+(?=\d)", re.I))
_FORCES_BEFORE = _Lazy(lambda: re.compile(rf"\b(?:{_any('forces')})\s+(?:[a-z]+\s+){{0,2}}$"))
_BY_FORCES_AFTER = _Lazy(lambda: re.compile(
    rf"\s+(?:[a-z]+\s+){{0,2}}?(?:by|with)\s+(?:the\s+|responding\s+|an?\s+)?(?:{_any('forces')})\b|"
    rf"\s+in\s+an?\s+exchange\s+of\s+(?:gun)?fire\s+with\s+(?:the\s+)?(?:{_any('forces')})\b"))
_PRONOUN = _Lazy(lambda: re.compile(rf"(?:{_any('pronoun')})", re.I))
_REACH = 250  # characters a subject or object may span (keeps long run-on "sentences" linear)
_LATER_ALONG_WITH = re.compile(r",\s*(?:along|together)\s+with\s+", re.I)
_EMBEDDED_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*,\s*$", re.I)
_ALONG_WITH = re.compile(r"\s+(?:along|together)\s+with\s+", re.I)
_SELF_KILLED = _Lazy(lambda: re.compile(
    rf"\b(?:{_any('self_verb')})\s+(?:himself|herself)\b(?!\s+(?:and|,))|"
    rf"\bturn(?:ed|ing|s)?\s+the\s+(?:{_any('self_weapon')})\s+on\s+(?:himself|herself)\b|"
    rf"\bcommitt?(?:ed|ing|s)?\s+suicide\b|\b(?:{_any('self_take')})\s+(?:his|her)\s+own\s+life\b|"
    r"\bblew\s+(?:himself|herself)\s+up\b|\bdetonated\s+(?:his|her)\s+(?:suicide\s+)?(?:vest|belt)\b"))
_ORDINAL_DEATH = _Lazy(lambda: re.compile(
    rf"\b(?:a|the)\s+(?P<ord>{'|'.join(_word_lists()['ordinal'][1:])})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:has\s+|have\s+|had\s+|later\s+|also\s+)*(?:died|dies|succumbed|"
    r"(?:was|is|has\s+been)\s+(?:pronounced\s+|confirmed\s+)?(?:dead|killed))\b"))
_AGE_ONLY = re.compile(r"(?:(?:both|all|each|ages?|aged)\s*\d+(?:\s*(?:and|,)\s*\d+)*"
                       r"[\s-]*(?:years?[\s-]*old)?|"
                       r"\d+[\s-]*years?[\s-]*old)\s*$", re.I)
_MODAL = _Lazy(lambda: re.compile(rf"\b(?:{_any('modal')})(?:\s+not|n[’']t)?(?:\s+have|[’']ve)?\s*$|"
                                  r"[’']ve\s*$|\b(?:almost|nearly)\s*$", re.I))
_MURDER_SUICIDE = re.compile(r"\bmurder[\s/-]+suicide\b", re.I)
# "four people are dead", "left 3 dead": a toll that names no one, so it counts a dead attacker too
_GENERIC_TOLL = re.compile(r"(?:(?:left|leaving)\s+)?(?:at\s+least\s+)?(?:\d+|[a-z]+)\s+(?:(?:people|persons)\s+)?"
                           r"(?:(?:are|were|have|is)\s+)?(?:dead|died)", re.I)
_COLLECTIVE = _Lazy(lambda: re.compile(rf"(?:an?|the|entire|whole)\s+(?:entire\s+|whole\s+)?"
                                       rf"(?:{_any('collective')})\s+of\s+", re.I))
_ATTEMPTED = _Lazy(lambda: re.compile(rf"\b(?:{_any('attempt_word')})\s+$", re.I))
_SELF_WORDS = _Lazy(lambda: re.compile(rf"\b(?:{_any('self_word')}|(?:{_any('self_stem')})\w*)\b", re.I))
_SURRENDER = re.compile(r"\bturn(?:s|ed|ing)?\s+(?:himself|herself|themselves)\s+in\b", re.I)
_NAME_AGE_END = re.compile(r"(?<=[^\W\d_])\s*,\s*\d{1,3}\s*,\s*$")
_NAME_END = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*$", re.I)
_REFLEXIVE_END = re.compile(r"\b(?:himself|herself)\W*$", re.I)
_SELF_DEATH = re.compile(r"\b(?:murder[\s-]+suicide|suicide|self-inflicted)\b", re.I)
_AUX_WORDS = frozenset("have has had later also since subsequently reportedly both all then each "
                       "eventually apparently".split())
_TRAILING_AUX = re.compile(rf"(?:\b(?:{'|'.join(sorted(_AUX_WORDS))})\s+)+$")
_AGE_FIRST = re.compile(r"\d+[\s-]*(?:years?|yr)[\s-]*old\b", re.I)
_FATAL = _Lazy(lambda: re.compile(rf"\b(?:{_any('fatal_word')})\s+(?:{_any('fatal_event')})|"
                                  r"\bshooting\s+deaths?\b", re.I))
_ONE_FATALLY = _Lazy(lambda: re.compile(rf",\s*(?P<n>{_any('fatally_count')}|\d+)\s+(?:of\s+them\s+)?fatally\b"))
_PARTICLE_NAME = _Lazy(lambda: re.compile(rf"(?:{_any('name_particle')})-?[A-Z]"))
_TAKEN = _Lazy(lambda: re.compile(rf"\b(?:{_any('taken_verb')})\s+(?:hostage\s+)?"))
_ONE_OF_SEVERAL = _Lazy(lambda: re.compile(rf"\bone\s+of\s+(?:at\s+least\s+)?(?:{_any('several')}|\d+)\s+"
                                           rf"(?:\w+\s+){{0,2}}?(?:{_any('related_attacks')})\b", re.I))
_POOLED = _Lazy(lambda: re.compile(rf"\b(?:{_any('pooled')})\b", re.I))
_OTHERS = re.compile(r"\bothers?\b", re.I)
_ALSO = re.compile(r"\b(?:also|too|as\s+well(?!\s+as\b))\b")
_PLACE_AFTER = re.compile(r"\s*(?:in|at|on|by)\b")
_OBJECT_FOLLOWS = re.compile(r"[ \t\n]+[\w$]")
_PAREN = re.compile(r"\([^()]{0,80}\)")


_THE_BEFORE = re.compile(r"\bthe\s+$")
_NEXT_WORD = re.compile(r"\s*(?P<word>[a-z]+)")


def _nominal(low: str, end: int, hi: int) -> bool:
    """After "the": the cue word is a noun ("the wounded were taken", "care for the wounded.")
    unless a noun follows it ("the wounded man")."""
    m = _NEXT_WORD.match(low, end, hi)
    if m is None:
        return True
    word = m.group("word")
    return word in _PREPOSITIONS or word in _BOUNDARY_WORDS or word in _VERBS or word in _AUX_WORDS or \
        word in _word_lists()["after_nominal"] or word.endswith("ed")
_THE_OTHER = _Lazy(lambda: re.compile(rf"the\s+other\s+(?!\d|{_any('small_number')})"))
_RELATIVE_LAST = re.compile(r"\b(?:who|which|that)\s*$", re.I)


def _ends_with_aux(low: str, a: int, b: int) -> bool:
    """``low[a:b]`` ends with a word of _TRAILING_AUX and white space (a cheap test first)."""
    seg = low[a:b]
    stripped = seg.rstrip()
    if len(stripped) == len(seg):
        return False
    i = len(stripped)
    while i and stripped[i - 1].isalpha():
        i -= 1
    return stripped[i:] in _AUX_WORDS


def _is_verb(word: str) -> bool:
    return _is_lower_verb(word.lower().strip(".'’"))


def _is_lower_verb(w: str) -> bool:
    """``_is_verb`` of a word already lower-cased and stripped of ".'’"."""
    if "-" in w:
        return False  # "junta-appointed", "so-called"
    if w in _VERBS:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in _ED_NOT_VERB


def _has_verb(words: list[str], lower: list[str], all_caps: bool) -> bool:
    """Whether one of ``words`` (``lower``: each lower-cased and stripped of ".'’") is a verb:
    ``_is_lower_verb``, for a word not capitalised (any, in all-caps text), in one loop."""
    for w, lw in zip(words, lower):
        if (all_caps or not w[:1].isupper()) and "-" not in lw and \
                (lw in _VERBS or (len(lw) > 4 and lw.endswith("ed") and lw not in _ED_NOT_VERB)):
            return True
    return False


_PLURAL_ENDINGS = ("ers", "ors", "ians", "ists", "ants", "ents", "ens", "ees", "ives", "ards",
                   "ics", "ans", "ies", "ils", "ges", "ches", "shes", "als", "els", "ses", "tes", "des")


def _looks_plural(head: str, written: str, all_caps: bool, the: bool = False) -> bool:
    """'soldiers', 'peasants' are plural; 'Flores', 'FLORES' are names."""
    if len(head) <= 3 or not head.endswith("s") or head.endswith(("ss", "us", "is")):
        return False
    if not all_caps:
        return not written[:1].isupper() or written.isupper()
    return head.endswith(_PLURAL_ENDINGS) or the


_AGE_AFTER_COUNT = re.compile(r"\s*(?:-|year|years)", re.I)


def _part(text: str, a: int, b: int, lex: _Lexicon, all_caps: bool) -> Part | None:
    """Count one conjunct ``text[a:b]``; None when it is not a noun phrase we can read."""
    words = _WORD.findall(text, a, b)
    skip = 1 if len(words) > 1 and words[0].lower() in _SEQUENCE_ADVERBS else 0  # "and then himself"
    if len(words) == skip or len(words) - skip > 14:
        return None
    starts = _word_starts(text, a, words)[skip:]
    words = words[skip:]
    end = starts[-1] + len(words[-1])
    lower = _lower_words(words)
    if lower[0][0] in _negation_first() and _NEGATED.match(" ".join(lower[:2])):
        return Part(Quantity(0), False, starts[0], end, "number",
                    " ".join(lower[:3]), lower[-1])  # "no one", "neither the driver nor ..."
    # (a count at the first word is read only where it matters: after a preposition, "over
    # 20 people", and for the count below when no determiner comes first)
    if (lower[0] in _PREPOSITIONS and quantity_at(text, starts[0], b) is None) or \
            not _TIME_WORDS.isdisjoint(lower):
        return None
    if _has_verb(words, lower, all_caps) or lower[0] in _CUE_WORDS or lower[-1] in _CUE_WORDS or \
            (not _CUE_WORDS.isdisjoint(lower) and
             any(w in _CUE_WORDS and nxt[:1].isdigit() for w, nxt in zip(lower, lower[1:]))):  # "1 killed 3"
        return None
    # the head: words up to the first preposition ("people in the car" -> "people")
    head_len = len(lower)
    for n in range(1, head_len):
        if lower[n] in _PREPOSITIONS and lower[n] != "of":
            head_len = n
            break
    head_words = lower[:head_len]
    if not lex.things.isdisjoint(head_words) or (head_len == 1 and lower[0].endswith("ing")):
        return None  # "60 million pesos in damage", "resulting in ...": no people
    perpetrator = not lex.perpetrators.isdisjoint(head_words) and "victim" not in " ".join(head_words)
    i = 0
    while i < head_len and lower[i] in _DETERMINERS and lower[i] not in ("a", "an", "one", "both", "all"):
        i += 1
    count: Quantity | None = None
    how = "number"
    # (every match has the collective word second or third, in plain letters where the text is
    # ASCII: a cheap test before the pattern)
    if (not _collective_words().isdisjoint(lower[1:3]) or not text[starts[0]:b].isascii()) and \
            (family := _COLLECTIVE.match(text, starts[0], b)) is not None and \
            (q := quantity_at(text, family.end(), b)) is not None and q.quantity.value is not None:
        return Part(q.quantity, perpetrator, starts[0], end, "number",
                    " ".join(lower[:3]), lower[head_len - 1])  # "a family of five"
    if i < head_len:
        q = quantity_at(text, starts[i], b)
        if q is not None:
            count = q.quantity
            rest = text[q.end:b]
            if _AGE_AFTER_COUNT.match(text, q.end, b):
                count = None
            elif _COUNT_THEN_CUE.match(rest):
                return None  # "Nine Injured In Mall Shooting, Suspect Dead": a clause of its own
    if count is None:
        head = lower[head_len - 1]
        if lower[0] in ("both",) or (lower[0] == "all" and head_len == 1):
            count = Quantity(2, None, None, "exact") if lower[0] == "both" else None
            how = "plural"
        elif head in lex.plurals or _looks_plural(head, words[head_len - 1], all_caps,
                                                         lower[0] in ("the", "these", "those")):
            count, how = None, "plural"
        elif lower[0] in _SINGULAR_START or lower[0] in _PRONOUNS_ONE or \
                _AGE_FIRST.match(text, starts[0], b):
            count, how = Quantity(1, None, None, "exact"), "article"
        elif (not all_caps and (words[0][:1].isupper() or _PARTICLE_NAME.match(words[0]))) or all_caps:
            count, how = Quantity(1, None, None, "exact"), "name"
        else:
            return None
    return Part(count, perpetrator, starts[0], end, how, " ".join(lower[:3]), lower[head_len - 1])


def _lower_words(words: list[str]) -> list[str]:
    """Each of ``words`` (matches of _WORD: no white space in them) lower-cased, less the
    dots and apostrophes at its ends; lower-cased in one go when no word has any."""
    joined = " ".join(words).lower()
    if "." in joined or "'" in joined or "’" in joined:
        return [w.lower().strip(".'’") for w in words]
    return joined.split(" ")


def _word_starts(text: str, a: int, words: list[str]) -> list[int]:
    """Where each of ``words``, the matches of _WORD in ``text`` from ``a`` (``findall``: no
    match objects to build), starts: each is the first place after the one before where its
    text is, as no letter or digit stands between two of them."""
    starts = []
    pos = a
    for w in words:
        pos = text.find(w, pos)
        starts.append(pos)
        pos += len(w)
    return starts


def _count_after_fronted_phrase(text: str, a: int, b: int) -> int | None:
    """Where the subject ``text[a:b]`` starts after a fronted phrase with no comma ("in the
    attack 7 people were killed"): a count right after a noun, then a noun; None when the
    subject does not open with a preposition or has no such count."""
    words = _WORD.findall(text, a, b)
    if not 4 <= len(words) <= 14 or words[0].lower() not in _PREPOSITIONS:
        return None
    lower = [w.lower() for w in words]
    starts = _word_starts(text, a, words)
    for k in range(2, len(words) - 1):
        prev = lower[k - 1]
        if prev in _PREPOSITIONS or prev in _DETERMINERS or prev == "of" or not prev.isalpha() or \
                _is_verb(prev):
            continue
        q = quantity_at(text, starts[k], b)
        if q is not None and q.quantity.value is not None and _NOUN_PHRASE_REST.fullmatch(text, q.end, b):
            return starts[k]
    return None


# what may follow the count of a subject after a fronted phrase: a few plain words ("soviet sailors")
_NOUN_PHRASE_REST = re.compile(r"(?:\s+(?!\w+ing\b)(?!(?:he|she|they|we|it|i)\b)[a-z][a-z-]*){1,4}\s*", re.I)


def _others_like(parts: list[Part], more: list[Part]) -> list[Part]:
    """"Rivera was shot dead along with two other party militants": "other" puts the added
    people in the first ones' class, victims when those were victims."""
    if any(p.perpetrator for p in parts):
        return more
    return [replace(p, perpetrator=False) if p.perpetrator and "other" in p.text_start.split() else p
            for p in more]


def _subject(text: str, lo: int, verb: int, lex: _Lexicon, all_caps: bool):
    """Parts of the subject written before ``verb`` in ``text[lo:verb]`` (right to left)."""
    tail = text[lo:verb].rstrip()[-5:].lower()
    of_whom = _OF_WHOM.search(text, lo, verb) if tail.endswith(("whom", "which")) else None
    if of_whom is not None:
        q = quantity_at(text, of_whom.start(), of_whom.end())
        if q is not None:
            return [Part(q.quantity, False, q.start, q.end)], q.start, 0
    embedded = _EMBEDDED_RELATIVE.search(text, lo, verb)
    if embedded is not None:  # "JOSE VASQUEZ, 72, WHO WAS WORKING AT THE STATION, WAS KILLED"
        verb = embedded.start()
    cut, relative = lo, None
    if _DIGIT.search(text, lo, verb):  # (every match is followed by a digit: a cheap test first)
        for m in _CUE_THEN_COUNT.finditer(text, lo, verb):
            cut = m.end()  # "1 killed 3 injured"
    for m in _clause_boundaries(text, cut, verb, all_caps):
        if m.group(0).lower() in ("who", "which", "that", "whom") and not text[m.end():verb].strip():
            continue  # "two men who were shot": the subject is before the pronoun
        cut = m.end()
        relative = m if m.group(0).lower() in ("who", "that") else None
    # the relative pronoun right before the verb: read what it refers to
    before = text[cut:verb]
    rel = _RELATIVE_LAST.search(before) if before.rstrip()[-5:].lower().endswith(("who", "which", "that")) \
        else None
    end = cut + rel.start() if rel else verb
    if rel:
        cut = lo
        for m in _clause_boundaries(text, lo, end, all_caps):
            cut = m.end()
        # "the name of a 15-year-old boy who was shot": the noun phrase right before "who"
        for w in reversed(list(_WORD.finditer(text, cut, end))):
            word = w.group(0)
            if word.lower() in _PREPOSITIONS or word.lower() == "of" or \
                    (_is_verb(word) and (all_caps or not word[:1].isupper())):
                cut = w.end()
                break
    extra_perps = 0
    inc = None
    if may_hold(lowered(text), ("including", "among", "whom"), cut, end) and _MAY_INCLUDE.search(text, cut, end):
        for m in _INCLUDING.finditer(text, cut, end):
            inc = m
    if inc is not None and not re.search(r"[^\s,]", text[_list_end(text, inc.end(), end, lex, all_caps):end]):
        for p in _conjuncts(text, inc.end(), end, lex, all_caps, forward=True)[0]:
            if p.perpetrator and p.count is not None and p.count.value is not None:
                extra_perps += p.count.value
        end = inc.start()
    age = None if all_caps or not text[cut:end].rstrip().endswith(",") \
        else _NAME_AGE_END.search(text[cut:end])  # (it ends in a comma: a cheap test first)
    name = _NAME_END.search(text[cut:cut + age.start()]) if age is not None else None
    if name is not None and not _LIST_BEFORE.search(text[cut:cut + name.start()]):
        # "leaving Daniel Roberts, 29, dead": the number is his age, he is the subject
        cut, end = cut + name.start(), cut + age.start()
    parts, start = _conjuncts(text, cut, end, lex, all_caps, forward=False)
    if not parts and (after := _count_after_fronted_phrase(text, cut, end)) is not None:
        parts, start = _conjuncts(text, after, end, lex, all_caps, forward=False)  # "in the raid 7 people"
    if not parts and relative is not None and not rel:
        # "SIX PRIESTS AND TWO WOMEN WHO WORKED WITH THEM WERE MURDERED": skip the relative clause
        return _subject(text, lo, relative.end(), lex, all_caps)
    if parts and relative is not None and not rel and relative.group(0).lower() == "who" \
            and _AND_END.search(text, relative.end(), start):
        # "TWO GUARDS WHO ESCORTED HIM AND A PASSER-BY WERE WOUNDED": the list goes on after the clause
        before, first, _ = _subject(text, lo, relative.start(), lex, all_caps)
        if before:
            return before + parts, first, extra_perps
    return parts, start, extra_perps


def _participle_subject(text: str, lo: int, cue: int, lex: _Lexicon, all_caps: bool):
    """"They marched at the funeral of the 10 union members killed in the attack": a participle
    after a noun phrase counts the phrase, read back to the nearest preposition or verb."""
    words = list(_WORD.finditer(text, max(lo, cue - 60), cue))  # a short noun phrase
    n = len(words)
    while n and not (words[n - 1].group(0).lower() in _PREPOSITIONS or words[n - 1].group(0).lower() == "of" or
                     (_is_verb(words[n - 1].group(0)) and (all_caps or not words[n - 1].group(0)[:1].isupper()))):
        n -= 1
    if n == len(words) or not n:
        return [], cue
    start = words[n].start()
    if re.search(r"[,;:]", text[start:cue]):
        return [], cue
    part = _part(text, start, cue, lex, all_caps)
    if part is None or part.count is None or part.how != "number" or find_quantities(part.head):
        return [], cue  # "one shot rang out": a number with no noun counts no one
    return [part], start


_AND_END = re.compile(r"\s(?:and|AND)\s+$")


# Where the head of a noun phrase read forward ends: a preposition or clause word, a dash, a
# colon or semicolon ("the murder of Romero; however, ...").
_FORWARD_CUT = _Lazy(lambda: re.compile(rf"\s*;|\s[-–—|:]|\s(?:{_any('forward_cut')})\b", re.I))


_NEARLY = re.compile(r"\b(?:almost|nearly)\b")
_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())
_NEGATED = _Lazy(lambda: re.compile(rf"(?:{_any('negation')})\b(?!\s+(?:fewer|less|more)\b)|not\s+(?:a|one|any)\b"))


@lru_cache(maxsize=1)
def _negation_first() -> frozenset[str]:
    """The characters a match of _NEGATED opens with (a cheap test before it)."""
    return frozenset(w[0] for w in _word_lists()["negation"]) | {"n"}


@lru_cache(maxsize=1)
def _collective_words() -> frozenset[str]:
    """The collective words ('family', 'household'): one is second or third in every match of
    _COLLECTIVE (a cheap test before it)."""
    return frozenset(_word_lists()["collective"])


# "37 persons, some seriously", "three people, two of them critically": how badly, not more people
_HOW_BADLY = _Lazy(lambda: re.compile(rf"(?:{_any('how_badly')}|\d+)\b[\w\s]{{0,20}}?\b\w{{3,}}ly\W*$", re.I))
_GERUND = re.compile(r"(?:(?:but|and|then)\s+)?\w{3,}ing\b", re.I)


def _first_verb(text: str, a: int, b: int, all_caps: bool) -> int | None:
    """Where the clause of the first verb after the first word of ``text[a:b]`` starts, with
    the adverbs before it ("Romero *shocked* the nation", "Brown *also left* her ...")."""
    words = _WORD.findall(text, a, b)
    for n, word in enumerate(words):
        if n and (all_caps or not word[:1].isupper()) and _is_lower_verb(word.lower().strip(".'’")):  # _is_verb
            while n > 1 and (words[n - 1].lower() in _AUX_WORDS or words[n - 1].lower().endswith("ly")):
                n -= 1
            return _word_starts(text, a, words[:n + 1])[n]
    return None


def _list_end(text: str, a: int, b: int, lex: _Lexicon, all_caps: bool) -> int:
    parts, _ = _conjuncts(text, a, b, lex, all_caps, forward=True)
    return parts[-1].end if parts else a


# "mayor of the town", "editor of the local radio": a bare description set off by commas after a
# name; "right" or "boyfriend" alone, or "by the widows of", are not
_DESCRIPTION = _Lazy(lambda: re.compile(rf"(?!(?:{_any('not_a_description')})\b)[A-Za-z]+(?:\s+[\w-]+){{1,12}}\s*$",
                                        re.I))
_CLAUSE_WORD = _Lazy(lambda: re.compile(rf"\b(?:{_any('clause_verb')}|\w+ed)\b", re.I))
_PLURAL_VERB = re.compile(r"[\s,]*(?:were|are|have)\b", re.I)
_INCLUDING_START = re.compile(r"(?:including|among\s+them|among\s+whom)\b", re.I)


def _conjuncts(text: str, a: int, b: int, lex: _Lexicon, all_caps: bool, forward: bool):
    """Read a list of noun phrases ("a policeman, two soldiers and a civilian") from ``a``
    forward, or back from ``b``; stops at the first piece that is not a noun phrase."""
    while b > a and text[b - 1] in " ,\n\t":
        b -= 1
    while a < b and text[a] in (" \n\t" if forward else " ,\n\t"):
        a += 1
    if forward and a < b and text[a] == ",":
        return [], a
    counts = [(q.start, q.end) for q in find_quantities(text, a, b)] \
        if may_hold(lowered(text), ("between",), a, b) and _BETWEEN.search(text, a, b) else []
    if _DIGIT.search(text, a, b) and may_hold(lowered(text), ("age",), a, b):  # (every match holds "age")
        counts += [(m.start(), m.end()) for m in _AGE_RANGE.finditer(text, a, b)]  # "four boys ages 12 and 16"
    seps = _SEPARATOR.finditer(text, a, b)
    if counts:  # "between 10 and 15"
        seps = (s for s in seps if not any(qa < s.start() < qb for qa, qb in counts))
    pieces = _pieces(seps, a, b)  # (read as needed: a list read forward mostly stops early)
    parts: list[Part] = []
    commas: list[bool] = []
    described = False
    order = pieces if forward else list(pieces)[::-1]
    for pa, pb, comma in order:
        if not forward and _AGE_BEFORE_RESIDENCE.match(text, pa):
            continue  # "Jamal Reed, 25, of Tyler, was pronounced dead"
        if forward and _INCLUDING_START.match(text, pa, pb):
            break
        if forward:
            # keep the head of the piece: cut at the first preposition or clause word
            if parts and (_HOW_BADLY.match(text, pa, pb) or _GERUND.match(text, pa, pb)):
                break  # "wounding two people and causing heavy damage", "37 persons, some seriously"
            m = _FORWARD_CUT.search(text, pa, pb)
            cut = m.start() if m else pb
            verb = _first_verb(text, pa, cut, all_caps) if not parts else None
            if verb is not None:  # "the murder of Romero shocked the nation" (later: a clause of its own)
                if text[pa:verb].strip().lower() in _SUBJECT_PRONOUNS:
                    break  # "gunshot wounds he suffered": the subject of another clause
                m, cut = m or verb, verb
            p = _part(text, pa, cut, lex, all_caps)
            if p is None or (parts and p.count is None):
                break  # "wounding more than 70 others, police said"
            parts.append(p)
            commas.append(comma)
            if m:
                break
        else:
            if _NOT_A_PERSON.match(text, pa, pb) or _AGE_ONLY.match(text, pa, pb):
                continue  # "One teacher, identified as Ashu Thomas, was killed"
            p = _part(text, pa, pb, lex, all_caps)
            if p is None and not forward and not parts and comma and not described and \
                    _DESCRIPTION.match(text, pa, pb) and not _PLURAL_VERB.match(text, b) and \
                    not _CLAUSE_WORD.search(text, pa, pb):
                described = True  # "John Reyes, mayor of the town, died": a bare description of him
                continue
            if p is None:
                break
            parts.append(p)
            commas.append(comma)
    if described and parts and (parts[0].how not in ("name", "article") or
                                (all_caps and len(text[parts[0].start:parts[0].end].split()) < 2)):
        parts, commas = [], []
    if not forward:
        parts.reverse()
        commas.reverse()
    start = parts[0].start if parts else b
    if len(parts) < 2:
        return parts, start  # (nothing to merge or drop in a list of one)
    parts, commas = _without_bare_titles(text, parts, commas, lex)
    return _without_appositions(parts, commas), start


def _pieces(seps: Iterable[re.Match], a: int, b: int) -> Iterable[tuple[int, int, bool]]:
    """The pieces of ``[a, b)`` between the separators ``seps``, each with whether the
    separator before it is a bare comma."""
    prev, comma = a, False
    for s in seps:
        yield prev, s.start(), comma
        prev, comma = s.end(), s.group(0).strip() == ","
    yield prev, b, comma


def _without_bare_titles(text: str, parts: list[Part], commas: list[bool], lex: _Lexicon):
    """"Senator and presidential candidate Galan": a title alone, with no article or name, is
    part of the next description, not a person; the next part takes its separator."""
    if len(parts) < 2:
        return parts, commas
    out, out_commas = [], []
    carry = None
    for i, p in enumerate(parts):
        comma = commas[i] if carry is None else carry
        carry = None
        word = text[p.start:p.end].lower()
        if p.how == "name" and word in lex.titles and (i + 1 < len(parts) or out):
            if i + 1 < len(parts):
                carry = comma
            continue
        out.append(p)
        out_commas.append(comma)
    return out, out_commas


_DESCRIPTORS = frozenset("male males female females man men woman women boy boys girl girls adult "
                         "adults juvenile juveniles teen teens teenager teenagers child children".split())
_BREAKDOWN = re.compile(r"(?:one|the other|another|both|each|all|ages?|aged|[\w-]+ of (?:them|whom))\b")


@lru_cache(maxsize=1)
def _people_classes() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    words = _word_lists()
    return tuple((frozenset(words[f"people_class_{a}"]), frozenset(words[f"people_class_{b}"]))
                 for a, b in (("male", "female"), ("adult", "young")))


def _other_class(head: str, other: str) -> bool:
    """Are ``head`` and ``other`` people of opposite sex or age ("children" and "adults")?"""
    return any((head in x and other in y) or (head in y and other in x) for x, y in _people_classes())


def _sums_to(rest: list[Part], whole: Part) -> bool:
    total = [p.count.value for p in rest if p.count is not None]
    return whole.count is not None and whole.count.value is not None and \
        len(total) == len(rest) and sum(total) == whole.count.value


def _without_appositions(parts: list[Part], commas: list[bool]) -> list[Part]:
    """"Noorzai, a district governor," and "a priest, Father Rene" name one person;
    "Two teenagers, one 16 and the other 17" are two.  ``commas[i]``: the separator before
    part i is a bare comma (not "and" / ", and")."""
    if len(parts) > 2 and all(commas[1:]) and all(p.how in ("name", "article") for p in parts):
        # "Another reporter, Mauricio Pineda, a sound technician for Canal 12, died": commas
        # with no "and" string descriptions of one person, not a list
        return parts[:1]
    out: list[Part] = []
    in_apposition, last_apposition = False, -2
    for i, p in enumerate(parts):
        if i and commas[i] and out and out[-1].how in ("number", "plural"):
            rest = parts[i:]
            if out[-1].count is None and all(q.count is not None for q in rest):
                out.pop()  # "the Jesuits, five Spaniards and one Salvadoran"
            elif all(_BREAKDOWN.match(q.text_start) for q in rest) or \
                    (_sums_to(rest, out[-1]) and
                     all(q.head in _DESCRIPTORS or q.how == "name" for q in rest) and
                     not all(_other_class(q.head, out[-1].head) for q in rest)):
                break  # "Two teenagers, one 16 and the other 17": the same two people
        if in_apposition and p.how == "name":
            continue  # "Tomas, a leader of APRA and director of the corporation", "... of A, B, and C"
        in_apposition = False
        # "Noorzai, a governor,": apposition; "Quispe, Isidoro Saune, and Dionisio Aguirre": a list
        if out and commas[i] and i - 1 != last_apposition and (
                {out[-1].how, p.how} == {"name", "article"} or
                (out[-1].how == p.how in ("name", "article") and all(commas[1:]))):
            in_apposition, last_apposition = True, i
            continue
        if out and commas[i] and p.how == "number" and p.end - p.start <= 3 and \
                out[-1].how in ("name", "article"):
            continue  # "Julian Bryant, 22, died": an age
        if out and commas[i] and p.text_start.startswith("one of") and out[-1].how in ("name", "article"):
            continue  # "Galan, one of the most prestigious leaders,"
        if out and commas[i] and p.how == "article" and out[-1].text_start.startswith("one of"):
            continue  # "one of the victims, a 20-year-old, died": the same one
        if out and commas[i] and p.how == "name" and out[-1].how in ("name", "article") and \
                "of" in p.text_start.split()[1:3]:
            continue  # "OQUELI, LEADER OF THE MNR, AND GILDA FLORES": a description of him
        out.append(p)
    if len(out) > 1 and any(q.how in ("name", "article") for q in out):
        out = [q for q in out if not q.head[:1].isdigit()]  # "Tiana, 11, and her brother, 15"
    return out


_SINGULAR_AUX = re.compile(r"(?:was|is|has\s+been)\b")


def _one_subject(text: str, parts: list[Part]) -> list[Part]:
    """"Castillo, the president of the bank and one of its founders, was shot": a singular
    verb after descriptions strung with commas has one person for its subject.  ("A guard
    and one passenger was hurt", with no comma, is a summary's loose grammar: two people.)"""
    victims = [p for p in parts if not p.perpetrator]
    if len(victims) < 2 or any(p.count is None or p.count.value != 1 for p in victims) or \
            "," not in text[victims[0].end:victims[-1].start]:
        return parts
    return [p for p in parts if p.perpetrator or p is victims[0]]


_WHO_BEFORE = re.compile(r"\bwho\s+$")


def _last_victim(parts: list[Part]) -> list[Part]:
    """A singular verb after "who" has one person for its subject: the one named last."""
    victims = [p for p in parts if not p.perpetrator]
    return parts if len(victims) < 2 else [p for p in parts if p.perpetrator] + victims[-1:]


_FINITE = frozenset("died perished succumbed dead".split())


# "one of the six Jesuits [murdered]", "one of the people [killed]": a participle after "one of
# the ..." counts the group, not the one
_ONE_OF_GROUP = re.compile(r"\bone\s+of\s+(?:the|those|these)\s+(?P<rest>[^,;:.]{1,60}?)\s*$")


def _attackers_if_pronouns(parts: list[Part], text: str) -> list[Part]:
    """Whom police or troops killed is the attacker when the story only says "him"."""
    return [replace(p, perpetrator=True) if _PRONOUN.fullmatch(text[p.start:p.end].rstrip(".,'’"))
            else p for p in parts]


def _sum(parts: list[Part]) -> tuple[Quantity | None, int | None]:
    """Victims and attackers in a list of parts."""
    victims = [p for p in parts if not p.perpetrator]
    perps = [p for p in parts if p.perpetrator]
    perp_total = None
    if perps:
        known = [p.count for p in perps if p.count is not None]
        perp_total = sum((q.value if q.value is not None else (q.min or 0)) for q in known) if known else None
    if not victims:
        return None, perp_total
    if len(victims) == 1:
        return victims[0].count, perp_total
    if any(p.count is None for p in victims):
        known = [p.count for p in victims if p.count is not None]
        if not known:
            return None, perp_total
        low = sum(q.value if q.value is not None else (q.min or 0) for q in known)
        return Quantity(low, low, None, "at_least"), perp_total
    total = sum(q.value if q.value is not None else (q.min or 0) for q in (p.count for p in victims))
    exact = all(p.count.qualifier == "exact" for p in victims)
    return Quantity(total, None if exact else total, None, "exact" if exact else "at_least"), perp_total


# --------------------------------------------------------------------------------------
# Finding mentions in a sentence
# --------------------------------------------------------------------------------------

_OTHER_EVENT = _Lazy(lambda: re.compile(
    rf"\b(?:since|in|until|before|during)\s+(?:(?:{_any('month')})\s+)?(?:19|20)\d\d\b|\blast\s+year\b|"
    rf"\bthe\s+(?:19|20)\d\d\s+(?:{_any('past_event')})|"
    rf"\bthis\s+year\b|\bso\s+far\b|\bto\s+date\b|\bsince\s+(?:the\s+(?:start|beginning)|"
    rf"{_any('month')})\b|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months|decades?)\b|"
    r"\bprevious\b|\bearlier\s+this\b|"
    r"\b(?:each|every|per|a)\s+year\b|\bannually\b|\bdeadliest\b|\bworst\b|\bsimilar\s+attack|"
    rf"\banother\s+(?:{_any('another_event')})|\bseparate\s+(?:{_any('separate_event')})|"
    rf"\b(?:across|between)\s+(?:the\s+|both\s+|all\s+)?(?:\w+\s+){{0,3}}(?:{_any('across_events')})\b|"
    rf"\bin\s+(?:both|all)\s+(?:\w+\s+)?(?:{_any('in_all_events')})\b|\bthis\s+month\b|"
    r"\bsince\s+(?:then|last)\b|\bin\s+recent\s+(?:years|months|weeks)\b|\bthroughout\b",
    re.I))
_TOLL = _Lazy(lambda: re.compile(
    r"\b(?P<noun>(?:death|casualty)\s+toll|toll(?![-\w])|number\s+of\s+(?:the\s+)?"
    rf"(?P<what>{_any('toll_what')}))\b(?P<mid>[^.;]{{0,50}}?)\b(?:{_any('toll_verb')})\s+",
    re.I))
_UPDATE = _Lazy(lambda: re.compile(rf"\b(?:{_any('update')})\b", re.I))
_IN_ADDITION = re.compile(r"\bin\s+addition\s+to\s+(?:the\s+)?(?P<what>[^,]{1,40}),")
_SUICIDE = _Lazy(lambda: re.compile(rf"\bsuicide\s+(?:{_any('suicide_noun')})|"
                                    r"\bblew\s+(?:himself|herself)\s+up|"
                                    r"\bdetonated\s+(?:his|her)\s+(?:suicide|explosive)", re.I))
_SUICIDE_COUNT = re.compile(r"\bsuicide\s+(?:bombers|attackers)\b", re.I)
_OBJECT_START = _Lazy(lambda: re.compile(rf"\s*(?:{_any('object_start')}|\d|[A-Z][a-z])\b", re.I))


# Words that speak of the dead or the hurt: when the scope uses them without a count we can
# read, the other count is unknown, not none.
_UNCOUNTED = {
    "wounded": _Lazy(lambda: re.compile(rf"\b(?:{_any('hurt_cue')})\b", re.I)),
    "killed": _Lazy(lambda: re.compile(rf"\b(?:{_any('death_stem')}|(?:{_any('death_word')})\b)", re.I)),
}


# Words that speak of the dead or the hurt at all: a report without any of them reports none.
_SPOKEN_OF = {
    "killed": _UNCOUNTED["killed"],
    "wounded": _Lazy(lambda: re.compile(rf"\b(?:(?:{_any('hurt_stem')})\w*|{_any('hurt_word')})\b", re.I)),
}


# Words one of which every match of these patterns contains (lower case).
_GATE_KEYS = {
    _OTHER_EVENT: ("19", "20", "year", "far", "date", "since", "past", "last", "previous", "earlier",
                   "annually", "deadliest", "worst", "similar", "another", "separate", "attacks",
                   "incidents", "raids", "clashes", "assaults", "blasts", "explosions", "month",
                   "recent", "throughout"),
    _SUICIDE: ("suicide", "himself", "herself", "detonated"),
    _SUICIDE_COUNT: ("suicide",),
    _MURDER_SUICIDE: ("murder",),
    _SELF_DEATH: ("suicide", "inflicted"),
    _FATAL: ("fatal", "deadly", "death"),
    _ONE_OF_SEVERAL: ("attacks", "assaults", "incidents", "raids", "bombings", "blasts", "explosions",
                      "kidnappings", "abductions"),
}


def _kind(lex: _Lexicon, form: str, cue: str) -> str:
    return lex.cues[(form, _norm(cue))]


def _blank_asides(text: str) -> str:
    """The text with parenthetical asides ("(ANP)") blanked, offsets unchanged, so that they
    do not split noun phrases, and surrenders ("turned himself in") blanked, which are no
    attacker's death."""
    blank = _PAREN.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text
    # (cheap tests first; "turn" in any case: no other character lower-cases to one of its letters)
    if ("self" in blank or "SELF" in blank) and "turn" in blank.lower():
        return _SURRENDER.sub(lambda m: " " * len(m.group(0)), blank)
    return blank


def _lowered(text: str) -> str:
    """Lower case with the same offsets (cue patterns match lower-case text, case-blind)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _sentence_mentions(doc: Document, index: int, lex: _Lexicon, text: str | None = None,
                       low: str | None = None, readings: set[str] | None = None,
                       stems: list[int] | None = None, gate: tuple[list, list] | None = None,
                       firsts: tuple[list, list] | None = None) -> list[Mention]:
    sent = doc.sentences[index]
    text = _blank_asides(doc.text) if text is None else text
    low = _lowered(text) if low is None else low
    lo, hi = sent.start, sent.end
    caps = doc.all_caps
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    readings = _readings(lex, low, lo, hi) if readings is None else readings
    if not readings or not (_cued(low, lo, hi) if stems is None else _cued_at(stems, lo, hi)):
        return out

    unanchored = lex.unanchored

    def scan(reading: str, pattern: re.Pattern) -> Iterable[re.Match]:
        # (called for the readings the sentence may hold only: "if reading in readings")
        if firsts is not None and reading in _OPENED:
            return _matches_at_openings(unanchored[reading], low, lo, hi, _MAX_CUES, firsts, reading)
        if reading in unanchored:
            return _at_word_bounds(unanchored[reading], low, lo, hi, _MAX_CUES, gate, reading)
        return islice(pattern.finditer(low, lo, hi), _MAX_CUES)

    def add(kind, parts, extra_perps, start, end, **flags):
        if parts and parts[0].text_start[:1] in _negation_first() and _NEGATED.match(parts[0].text_start) \
                and not flags.get("weak"):
            # "neither the driver nor his son was hurt", "injured no one", "no students were hurt"
            out.append(Mention("both" if kind == "shot" else kind, Quantity(0), None, start, end, index, zero=True))
            taken.append((start, end))
            return
        parts = [p if p.count is not None or p.how != "plural" else _resolve_definite(doc, low, index, p)
                 for p in parts]  # (only a plural with no number is resolved)
        victims, perps = _sum(parts)
        if extra_perps:
            perps = (perps or 0) + extra_perps
            if victims is not None and victims.value is not None and victims.value >= extra_perps \
                    and flags.pop("subtract", False):
                victims = replace(victims, value=victims.value - extra_perps,
                                  min=None if victims.min is None else victims.min - extra_perps)
        flags.pop("subtract", None)
        if victims is None and perps is None:
            return
        near = max(lo, start - 12)
        also = (low.find("also", near, end) >= 0 or low.find("too", near, end) >= 0 or
                low.find("well", near, end) >= 0) and bool(_ALSO.search(low, near, end))  # (its words first)
        groups = tuple(p.count.value if p.count is not None else None for p in parts if not p.perpetrator)
        if len(parts) == 1 and _THE_OTHER.match(parts[0].text_start):
            flags["subset"] = True  # "the other man died": one of a group counted elsewhere
        out.append(Mention(kind, victims, perps, start, end, index, also=also, groups=groups, **flags))
        taken.append((start, end))

    for m in (scan("zero", lex.zero) if "zero" in readings and "zero_first" in readings else ()):
        out.append(Mention(_kind(lex, "zero", m.group("cue")), Quantity(0), None, m.start(), m.end(),
                           index, zero=True))
        taken.append((m.start(), m.end()))

    for m in (scan("toll", _TOLL) if "toll" in readings else ()):
        q = quantity_at(text, m.end(), hi)
        if q is None:
            continue
        what = (m.group("what") or "").lower()
        kind = "wounded" if ("injur" in what or "wound" in what) else "killed"
        out.append(Mention(kind, q.quantity, None, m.start(), q.end, index,
                           update=bool(_UPDATE.search(m.group(0)))))
        taken.append((m.start(), q.end))

    verbs_used: list[tuple[int, int]] = []
    for m in (scan("passive", lex.passive) if "passive" in readings else ()):
        if _inside(m.start("cue"), taken) or \
                _MODAL.search(text, max(lo, m.start() - 20), m.start()) or \
                _NEARLY.search(low, m.start(), m.start("cue")):  # "was nearly killed": was not
            continue
        parts, start, extra = _subject(text, max(lo, m.start() - _REACH), m.start(), lex, caps)
        verbs_used.append((m.start("cue"), m.end()))
        if _SINGULAR_AUX.match(low, m.start()):
            parts = _one_subject(text, parts)
            if _WHO_BEFORE.search(low, max(lo, m.start() - 8), m.start()):
                parts = _last_victim(parts)  # "him and his guarantor, Ernesto Velez, who was killed"
        end = m.end()
        along = _ALONG_WITH.match(text, m.end(), hi) or \
            _LATER_ALONG_WITH.search(text, m.end(), min(hi, m.end() + _REACH))
        if parts and along:
            more, _ = _conjuncts(text, along.end(), min(hi, along.end() + _REACH), lex, caps, forward=True)
            if more:
                parts, end = parts + _others_like(parts, more), more[-1].end
        if parts and _BY_FORCES_AFTER.match(low, m.end()):
            parts = _attackers_if_pronouns(parts, text)  # "he was killed by police"
        if parts:
            add(_kind(lex, "passive", m.group("cue")), parts, extra, start, end, subtract=True,
                subset=m.group("cue").startswith("among"))

    for m in (scan("active", lex.active) if "active" in readings else ()):
        at = m.start()
        if _inside(at, verbs_used) or _inside(at, taken) or \
                not _OBJECT_FOLLOWS.match(text, m.end()) \
                or _MODAL.search(text, max(lo, m.start() - 20), m.start()):
            continue  # "it would have killed at least 500 people": it did not
        if not m.group("cue").endswith("ing") and _THE_BEFORE.search(low, max(lo, m.start() - 5), m.start()) \
                and _nominal(low, m.end(), hi):
            verbs_used.append((m.start(), m.end()))
            continue  # "one of the injured lost a leg": a noun, no verb ("the killing of" reads as one)
        parts, _ = _conjuncts(text, m.end(), min(hi, m.end() + _REACH), lex, caps, forward=True)
        if not parts:
            continue
        verbs_used.append((m.start(), m.end()))
        extra = 0
        inc = _INCLUDING.match(text, parts[-1].end)
        if inc:
            for p in _conjuncts(text, inc.end(), min(hi, inc.end() + _REACH), lex, caps, forward=True)[0]:
                if p.perpetrator and p.count is not None and p.count.value is not None:
                    extra += p.count.value
        if _FORCES_BEFORE.search(low, max(lo, m.start() - 40), m.start()):
            parts = _attackers_if_pronouns(parts, text)  # "officers shot and killed him"
        add(_kind(lex, "active", m.group("cue")), parts, extra, m.start(), parts[-1].end, subtract=True)

    for m in (scan("bare", lex.bare) if "bare" in readings else ()):
        at = m.start()
        if _inside(at, verbs_used) or _inside(at, taken) or \
                _MODAL.search(text, max(lo, m.start() - 20), m.start()):
            continue  # "she almost lost her life", "he could have died"
        cue = _norm(m.group("cue"))
        if _THE_BEFORE.search(low, max(lo, m.start() - 5), m.start()) and _nominal(low, m.end(), hi):
            continue  # "care for the wounded", "the dead were taken away": a noun, not a statement
        if cue in ("killed", "wounded", "injured", "hurt", "shot", "murdered", "slain",
                   "hospitalized", "hospitalised", "shot dead", "fatally shot") \
                and _OBJECT_START.match(text, m.end()) and not _PLACE_AFTER.match(low, m.end()):
            continue  # "two gunmen killed 12 people": active, read above
        reach = max(lo, m.start() - _REACH)
        aux = _TRAILING_AUX.search(low, reach, m.start()) if _ends_with_aux(low, reach, m.start()) else None
        parts, start, extra = _subject(text, reach, aux.start() if aux else m.start(), lex, caps)
        group = _ONE_OF_GROUP.search(low, reach, m.start()) if not aux and cue not in _FINITE else None
        if group is not None:  # "Ellacuria, one of the six Jesuits murdered in 1989": the group's count
            q = next(iter(find_quantities(text, group.start("rest"), group.end("rest"))), None)
            parts = [] if q is None else [Part(q.quantity, False, group.start(), group.end())]
            start = group.start()
        elif not parts and not aux and cue not in _FINITE:
            parts, start = _participle_subject(text, reach, m.start(), lex, caps)
        if parts and all(p.count is not None for p in parts):
            add(_kind(lex, "bare", m.group("cue")), parts, extra, start, m.end(), subtract=True)

    for m in (scan("left", lex.left) if "left" in readings and "left_verb" in readings else ()):
        parts, _ = _conjuncts(text, m.start("obj"), m.end("obj"), lex, caps, forward=True)
        if parts:
            add(_kind(lex, "left", m.group("cue")), parts, 0, m.start(), m.end())

    # "a third person has died": the toll grows to the ordinal
    for m in (scan("ordinal", _ORDINAL_DEATH) if "ordinal" in readings and "ordinal_word" in readings else ()):
        n = _word_lists()["ordinal"].index(m.group("ord").lower()) + 1
        out.append(Mention("killed", Quantity(n), None, m.start(), m.end(), index, update=True))
        taken.append((m.start(), m.end()))

    for m in (scan("noun_of", lex.noun_of) if "noun_of" in readings else ()):
        parts, _ = _conjuncts(text, m.end(), min(hi, m.end() + _REACH), lex, caps, forward=True)
        if parts:
            add(_kind(lex, "noun", m.group("cue")), parts, 0, m.start(), parts[-1].end, weak=True)

    # "12 deaths", "3 injuries": a count right before a noun cue
    for mm in (scan("noun_count", _COUNT_START) if "noun_count" in readings else ()):
        if _inside(mm.start(), taken):
            continue
        q = quantity_at(text, mm.start(), hi)
        if q is None:
            continue
        after = lex.noun_after_count.match(low, q.end, hi)
        if not after:
            continue
        out.append(Mention(_kind(lex, "noun", after.group("cue")), q.quantity, None, q.start,
                           after.end(), index))
        taken.append((q.start, after.end()))

    # "four teenagers were shot, one fatally"
    for m in (scan("fatally", _ONE_FATALLY) if "fatally" in readings else ()):
        q = quantity_at(text, m.start("n"), m.end("n"))
        if q is not None and not _inside(m.start("n"), taken):
            out.append(Mention("killed", q.quantity, None, m.start("n"), m.end(), index))
            taken.append((m.start("n"), m.end()))

    # "the gunman turned the gun on himself" (not "tried to take her own life")
    for m in (scan("self", _SELF_KILLED) if "self" in readings else ()):
        if not _inside(m.start(), taken) and not _attempted(text, m.start()):
            out.append(Mention("killed", None, 1, m.start(), m.end(), index))

    # "Galan's murder", "LOPEZ' DEATH": one victim, named by the possessive (weak: often a past event)
    for m in (scan("possessive", lex.possessive) if "possessive" in readings and
              (low.find("'", lo, hi) >= 0 or low.find("’", lo, hi) >= 0) else ()):  # (its apostrophe)
        if _inside(m.start(), taken):
            continue
        p = _part(text, m.start("who"), m.end("who"), lex, caps)
        who = m.group("who")
        plural_possessor = m.group(0)[len(who):].lstrip()[:1] in "'’" and who.endswith("s") and \
            not m.group(0)[len(who):].lower().startswith(("'s", "’s"))  # "THE JESUITS' MURDER"
        if p is not None and p.how == "name" and not p.perpetrator and who not in _TIME_WORDS and \
                not plural_possessor and \
                who not in lex.plurals and not _looks_plural(who, text[m.start("who"):m.end("who")], caps):
            out.append(Mention("killed", Quantity(1), None, m.start(), m.end(), index, weak=True))
            taken.append((m.start(), m.end()))

    # "in addition to the gunman, two guards died": the attacker apart from the victims
    for m in (scan("addition", _IN_ADDITION) if "addition" in readings else ()):
        parts, _ = _conjuncts(text, m.start("what"), m.end("what"), lex, caps, forward=True)
        perps = [p for p in parts if p.perpetrator]
        if perps:
            n = sum(p.count.value for p in perps if p.count is not None and p.count.value is not None)
            if n:
                out.append(Mention("killed", None, n, m.start(), m.end("what"), index))
    return out


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` lies in one of ``spans`` (a, b): a <= at < b."""
    for a, b in spans:
        if a <= at < b:
            return True
    return False


_COUNT_START = _Lazy(lambda: re.compile(rf"(?<![\w$])(?=\d|(?:{_any('count_start')})\b)"))


def _other_event(doc: Document, m: Mention) -> bool:
    """The count belongs to another event or is a running total ("since 2014, when 150 died",
    "500 people have been killed this year")."""
    sent = doc.sentences[m.sentence]
    lo = max(sent.start, m.start - 80)
    hi = min(sent.end, m.end + 60)
    return _may_match_low(doc.lower, _OTHER_EVENT, lo, hi) and bool(doc.search(_OTHER_EVENT, lo, hi))


_MANY_KEYS = 12


def _may_match_low(low: str | None, pattern: re.Pattern, lo: int, hi: int) -> bool:
    """False when ``pattern`` cannot match in ``text[lo:hi]``: none of the words each of its
    matches contains is there (a cheap test before a slow case-blind search), given the text's
    ``lowered`` copy (a document's: ``doc.lower``, lower-cased once per document)."""
    if low is None:
        return True
    automaton = _gate_keys(pattern)
    if automaton is None:
        return any(low.find(key, lo, hi) >= 0 for key in _GATE_KEYS[pattern])
    return next(automaton.iter(low, lo, hi), None) is not None


@lru_cache(maxsize=None)
def _gate_keys(pattern: re.Pattern) -> ahocorasick.Automaton | None:
    """``_GATE_KEYS[pattern]`` in one automaton when they are many: whether any is in
    ``low[lo:hi]`` is then one pass (as ``low.find(key, lo, hi) >= 0`` for each key: a key
    wholly inside the window); a few keys are quicker found one by one (str.find)."""
    if len(_GATE_KEYS[pattern]) < _MANY_KEYS:
        return None
    automaton = ahocorasick.Automaton()
    for key in _GATE_KEYS[pattern]:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


# --------------------------------------------------------------------------------------
# Choosing the incident's counts
# --------------------------------------------------------------------------------------


def _to_count(q: Quantity, perps: int | None) -> Count:
    return Count(value=q.value, min=q.min, max=q.max, qualifier=q.qualifier, perpetrators=perps)


def _magnitude(q: Quantity | None) -> int:
    if q is None:
        return -1
    return q.value if q.value is not None else (q.min or 0)


def _hedged(best: Mention | None, cands: list[Mention]) -> Mention | None:
    """"Bomber kills 31" in the headline, "killing at least 31" in the lead: keep the hedge."""
    if best is None or best.victims is None or best.victims.qualifier != "exact":
        return best
    same = [m for m in cands if m.victims is not None and m.victims.value == best.victims.value
            and m.victims.qualifier != "exact" and not m.weak]
    return min(same, key=lambda m: m.start) if same else best


_LEAD = 3  # sentences after the headline read as its lead


def _lead_over_headline(doc: Document, best: Mention | None, cands: list[Mention],
                        order: list[int]) -> Mention | None:
    """"Bombing kills more than 50" in the headline, "killed at least 52" in the lead: the
    lead's larger count is the fuller toll the headline rounds or reports early."""
    if best is None or best.update or not _is_title(doc, best.sentence) or best.sentence not in order:
        return best
    body = order[order.index(best.sentence) + 1:]
    lead = set(body[:_LEAD])
    larger = [m for m in cands if m.sentence in lead and not m.weak and
              _magnitude(m.victims) > _magnitude(best.victims)]
    if larger:
        return max(larger, key=lambda m: (_magnitude(m.victims), -m.start))
    return _body_figure_of_hedge(best, [m for m in cands if m.sentence in set(body)])


def _body_figure_of_hedge(best: Mention, body: list[Mention]) -> Mention:
    """"Kills more than 50" in the headline is a hedge on a figure the story gives later
    ("killed at least 52"): the first body count that meets the hedge, and is within half of
    it again (not another event's toll), is that figure."""
    q = best.victims
    if q is None or q.qualifier not in ("more_than", "at_least", "vague") or q.min is None:
        return best
    fits = [m for m in body if not m.weak and m.victims is not None and
            q.min <= _magnitude(m.victims) <= q.min * 1.5]
    return min(fits, key=lambda m: m.start) if fits else best


def _is_title(doc: Document, index: int) -> bool:
    """A headline: among the first lines, a paragraph of its own with no closing period."""
    sentences = doc.sentences
    if index > 2 or index + 1 >= len(sentences):
        return False
    s = sentences[index]
    return sentences[index + 1].paragraph != s.paragraph and \
        (index == 0 or sentences[index - 1].paragraph != s.paragraph) and doc.text[s.end - 1] not in ".!?"


def _closeness(order: list[int], anchor: int):
    """A sort key for sentences: at or after the anchor first, nearest first, then before it."""
    position = {i: n for n, i in enumerate(order)}
    after = [i for i in order if i >= anchor]
    start = position[after[0]] if after else len(order)

    def closeness(i: int) -> tuple[int, int]:
        n = position[i]
        return (0, n - start) if n >= start else (1, start - n)
    return closeness


# A statement that no one at all was hurt ("no casualties", "nobody was injured", "caused no
# deaths"), not that some were spared ("the guards were not harmed", "the second bomb was defused").
_NO_ONE = _Lazy(lambda: re.compile(rf"(?i:no\b(?!ne\s+of)|nobody|there\s+were\s+no|(?:{_any('caused_none')})\s+no\b|"
                                   r"not\s+(?:cause|result\s+in)\s+any|without)"))


def _nearer_zero(text: str, mentions: list[Mention], kind: str, chosen: Mention | None,
                 order: list[int], anchor: int) -> bool:
    """A statement of no casualties of ``kind`` nearer the attack than the count chosen ("the bomb
    set the building on fire but caused no casualties", a clash elsewhere in the report counted
    three wounded): the attack's own report is none."""
    if chosen is None:
        return False
    closeness = _closeness(order, anchor)
    kinds = ("both", "wounded") if kind == "shot" else ("both", kind)
    return any(m.zero and m.kind in kinds and closeness(m.sentence) < closeness(chosen.sentence)
               and _NO_ONE.match(text, m.start, m.end) for m in mentions)


def _choose(cands: list[Mention], order: list[int], anchor: int) -> Mention | None:
    """A revised toll wins; otherwise the sentence nearest the anchor (at or after it
    first, then before it, in scope order), and in it the largest count."""
    if not cands:
        return None
    updates = [m for m in cands if m.update]
    if updates:
        return max(updates, key=lambda m: (_magnitude(m.victims), m.start))
    strong = [m for m in cands if not m.weak] or cands
    closeness = _closeness(order, anchor)
    best = min((m.sentence for m in strong), key=closeness)
    return max((m for m in strong if m.sentence == best), key=lambda m: (_magnitude(m.victims), -m.start))


# Word stems every casualty cue contains: sentences without one are not read at all.
_STEMS = _Lazy(lambda: re.compile(rf"{_any('stem')}|(?:{_any('stem_word')})\b"))


def _counted_over_vague(best: Mention | None, cands: list[Mention], order: list[int],
                        anchor: int) -> Mention | None:
    """"Many people were injured" near the attack, "86 others were injured" further on: the
    number the report gives wins over a vague word for as many."""
    if best is None or best.victims is None or best.victims.qualifier != "vague":
        return best
    counted = [m for m in cands if not m.weak and m.victims is not None and m.victims.value is not None
               and m.victims.value >= (best.victims.min or 0)]
    if not counted:
        return best
    closeness = _closeness(order, anchor)
    return min(counted, key=lambda m: (closeness(m.sentence), -_magnitude(m.victims)))


def _fuller_list(best: Mention | None, cands: list[Mention]) -> Mention | None:
    """"The six priests were murdered" beside "the murder of six priests and two women": a
    list that names the chosen count's group and others besides is the fuller count, though
    told as a noun ("the murder of")."""
    if best is None or best.weak or best.victims is None or best.victims.value is None or \
            best.victims.value < 2:
        return best  # a lone victim is as often named in another event's list
    fuller = [m for m in cands if m.weak and len(m.groups) > 1 and best.victims.value in m.groups
              and m.victims is not None and (m.victims.value or 0) > best.victims.value]
    return min(fuller, key=lambda m: m.start) if fuller else best


def _with_additions(best: Mention | None, cands: list[Mention], order: list[int]) -> Mention | None:
    """"The minister was murdered. Two bodyguards were also killed": the victims named with
    "also" in the sentences after the chosen count add to it."""
    if best is None or best.also or best.update or best.victims is None or best.victims.value != 1:
        return best  # a total ("2 dead") already counts those said to have "also" died
    position = {i: n for n, i in enumerate(order)}
    total, end = best.victims.value, best.end
    for m in cands:
        if m.also and (m.start >= best.end or m.end <= best.start) and m.victims is not None and \
                m.victims.value is not None and abs(position[m.sentence] - position[best.sentence]) <= 3:
            total += m.victims.value
            end = max(end, m.end)
    if total == best.victims.value:
        return best
    return replace(best, victims=replace(best.victims, value=total, min=None, qualifier="exact"
                                         if best.victims.qualifier == "exact" else "at_least"),
                   end=end)


_HOSTAGES = frozenset("hostages captives abductees victims".split())


def _resolve_definite(doc: Document, low: str, index: int, part: Part) -> Part:
    """"Assailants abducted four officers ... The officers were shot and killed": a definite
    plural with no number takes the number the previous sentences gave it."""
    if part.count is not None or part.how != "plural" or \
            not part.text_start.startswith(("the ", "these ", "those ", "all ", "both ")):
        return part
    head = part.head
    first = doc.sentences[max(0, index - 2)].start
    window = low[first:doc.sentences[index].start]
    found = None
    for m in re.finditer(rf"(?:\b[\w-]+\s+){{0,3}}?{re.escape(head)}\b", window):
        for q in find_quantities(window, m.start(), m.end()):
            found = q.quantity
    if found is None and head in _HOSTAGES:
        for m in _TAKEN.finditer(window):
            q = quantity_at(window, m.end())
            if q is not None:
                found = q.quantity
    return replace(part, count=found) if found is not None and found.value is not None else part


_LONGEST_STEM = 16  # characters past a sentence's end a stem starting in it may look at


def _cued(low: str, start: int, end: int) -> bool:
    """A casualty stem starts in ``low[start:end]``."""
    m = _STEMS.search(low, start, end + _LONGEST_STEM)
    return m is not None and m.start() < end


def _cued_at(starts: list[int], start: int, end: int) -> bool:
    """``_cued(low, start, end)`` from the offsets where a stem starts (``_gate_and_stems``).
    (The same: a stem is shorter than ``_LONGEST_STEM``, so one starting before ``end`` fits
    in what _cued searches.)"""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _gate_and_stems(low: str) -> tuple[tuple[list[int], list[tuple[int, frozenset[str]]]], list[int],
                                        tuple[list[int], list[frozenset[str]]]]:
    """What a document's sentences are gated on, read in one automaton pass over the whole
    text: the gate's words, in order of their ends, as (ends, [(start, readings)]) (a word
    inside a longer one is none; ``_readings_in`` picks a sentence's), and every offset
    where a match of ``_STEMS`` starts, overlapping ones too, in order (``_cued_at``), and
    where the first word of a phrase of the readings in ``_OPENED`` starts with no word
    character before it, in order, with those readings (``_matches_at_openings``)."""
    ends: list[int] = []
    hits: list[tuple[int, frozenset[str]]] = []
    starts: list[int] = []
    openings: list[tuple[int, frozenset[str]]] = []
    n = len(low)
    for last, (length, readings, stem, opens) in _document_automaton().iter(low):
        end = last + 1
        start = end - length
        whole = not (start and ((c := low[start - 1]).isalnum() or c == "_"))
        if readings is not None and whole:
            ends.append(end)
            hits.append((start, readings))
        if stem is not None and not (stem and end < n and ((c := low[end]).isalnum() or c == "_")):
            starts.append(start)
        if opens is not None and whole:
            openings.append((start, opens))
    starts.sort()
    openings.sort(key=lambda o: o[0])  # (stable: one start's words keep their order)
    return (ends, hits), starts, ([o[0] for o in openings], [o[1] for o in openings])


@lru_cache(maxsize=1)
def _document_automaton() -> ahocorasick.Automaton:
    """The gate's words, the stems and the first words of the phrases of the readings in
    ``_OPENED`` in one automaton: (length, the readings the word gates or None, None or
    whether the stem must end a word, None or the readings whose phrases it opens).  The
    words that open a statement of none ("no", "not", "there": the "zero_first" gate, a
    fifth of all the hits) are left out: _ZERO_FIRST finds them where "zero" is gated only."""
    entries: dict[str, list] = {}
    for word, (length, readings) in lexicon().gate.items():
        if readings - {"zero_first"}:
            entries[word] = [length, readings - {"zero_first"}, None, None]
    for word, (length, whole) in _stem_automaton().items():
        entries.setdefault(word, [length, None, None, None])[2] = whole
    for (form, phrase), _ in lexicon().cues.items():
        if form in _OPENED:
            first = phrase.split()[0]
            if not first[:1].isalnum():  # (read after a \b: no word character before it)
                raise ValueError(f"a {form} cue must open with a letter or digit: {phrase!r}")
            entry = entries.setdefault(first, [len(first), None, None, None])
            entry[3] = (entry[3] or frozenset()) | {form}
    automaton = ahocorasick.Automaton()
    for word, value in entries.items():
        automaton.add_word(word, tuple(value))
    automaton.make_automaton()
    return automaton


# The first words of the statements of none, as whole words (the "zero_first" gate of
# _readings_in: a word character on neither side, the sentence's end being one).
_ZERO_FIRST = _Lazy(lambda: re.compile(
    r"(?<!\w)(?:{})(?!\w)".format("|".join(sorted({re.escape(phrase.split()[0]) for form, phrase in lexicon().cues
                                                   if form == "zero"}, key=lambda w: (-len(w), w))))))


@lru_cache(maxsize=1)
def _stem_automaton() -> ahocorasick.Automaton:
    """The stems of ``_STEMS`` (value: length, whether it must end a word)."""
    automaton = ahocorasick.Automaton()
    lists = _word_lists()
    for word in lists["stem_word"]:
        automaton.add_word(word, (len(word), True))
    for stem in lists["stem"]:  # a plain stem matches wherever the word-final one does
        automaton.add_word(stem, (len(stem), False))
    automaton.make_automaton()
    return automaton


def find_casualties(doc: Document, scope: Scope) -> Casualties:
    order = list(scope.sentences)
    anchor = doc.sentence_at(scope.anchor.start) if scope.anchor else None
    anchor_sentence = anchor.index if anchor else (order[0] if order else 0)
    mentions = _scope_mentions(doc, order)
    chosen: dict[str, Mention | None] = {}
    for kind in ("killed", "wounded", "shot"):
        cands = [m for m in mentions if m.kind == kind and not m.zero and m.victims is not None]
        whole = [m for m in cands if not m.also]
        best = _choose([m for m in whole if not m.subset] or whole or cands, order, anchor_sentence)
        best = _fuller_list(best, whole)
        best = _counted_over_vague(best, [m for m in whole if not m.subset], order, anchor_sentence)
        best = _lead_over_headline(doc, best, [m for m in cands if not m.also], order)
        best = _with_additions(_hedged(best, cands), cands, order)
        chosen[kind] = None if _nearer_zero(doc.text, mentions, kind, best, order, anchor_sentence) else best
    perps = _perpetrators(doc, order, mentions)
    zero = {k for m in mentions if m.zero for k in (("killed", "wounded") if m.kind == "both" else (m.kind,))}

    out = Casualties()
    for kind in ("killed", "wounded"):
        m = chosen[kind]
        n_perps, perp_span = perps[kind]
        if m is not None:
            victims = m.victims
            if kind == "killed" and n_perps and not m.perpetrators and victims.value is not None \
                    and victims.value > n_perps and not _attacker_object(doc.text, m) \
                    and (_first_done(doc, order, _MURDER_SUICIDE) or _GENERIC_TOLL.fullmatch(doc.text, m.start, m.end)):
                victims = replace(victims, value=victims.value - n_perps)  # "two dead in murder-suicide"
            elif kind == "killed" and n_perps == 1 and not m.perpetrators and victims.value == 1 \
                    and victims.qualifier == "exact" and perp_span is not None \
                    and not _SELF_WORDS.search(perp_span.text) and _attackers_only(mentions, perp_span) \
                    and (perp_span.start <= m.start or _is_title(doc, m.sentence)):
                # "the suspect was killed by deputies ... he was found dead", "Man dead" over a report
                # of police killing a suspect: the one death stated is the attacker's, not a victim's
                victims = replace(victims, value=0)
            elif kind == "wounded" and doc.all_caps and \
                    (hurt := _shot_besides(doc.text, m, chosen["shot"], chosen["killed"])):
                victims = replace(victims, value=victims.value + hurt,
                                  min=None if victims.min is None else victims.min + hurt)
            count, span = _to_count(victims, n_perps), doc.span(m.start, m.end)
            reason = "revised toll" if m.update else "stated count nearest the attack"
        elif kind == "wounded" and not doc.all_caps and chosen["shot"] is not None and \
                chosen["shot"].victims.value is not None:
            shot = chosen["shot"]
            killed = chosen["killed"]
            dead = killed.victims.value if killed and killed.victims.value else 0
            if _OTHERS.search(doc.text, shot.start, shot.end):
                dead = 0  # "killed one and shot four others"
            if shot.victims.value < dead:
                continue
            count = Count(value=shot.victims.value - dead, qualifier="exact", perpetrators=n_perps)
            span, reason = doc.span(shot.start, shot.end), "people shot who did not die"
        elif kind in zero:
            z = next(m for m in mentions if m.zero and m.kind in (kind, "both"))
            count, span, reason = Count(value=0, qualifier="exact", perpetrators=n_perps), \
                doc.span(z.start, z.end), "stated none"
        elif n_perps:
            count, span, reason = Count(value=0, qualifier="exact", perpetrators=n_perps), perp_span, \
                "only attackers reported"
        elif kind == "killed" and (fatal := _first_in_scope(doc, order, _FATAL)):
            # "a fatal shooting": someone died, the count is not given
            count, span, reason = Count(value=1, min=1, qualifier="at_least"), \
                doc.span(fatal.start(), fatal.end()), "a death reported without a count"
        else:
            continue
        setattr(out, kind, count)
        out.reasons[kind] = reason
        if span is not None:
            out.evidence[kind] = span
    out = _from_neighbours(out, doc, order, mentions, anchor_sentence)
    return _unreported_zeros(_implied_zeros(out, doc, order), doc, order, scope.anchor)


def _from_neighbours(out: Casualties, doc: Document, order: list[int], mentions: list[Mention],
                     anchor: int) -> Casualties:
    """Wire text splits one report over several short paragraphs: when the incident's own
    sentences say nothing of the dead (or the hurt), the sentence right before or after them
    often does ("A BOMB EXPLODED AT THE OFFICE.  ONE PERSON WAS KILLED."; "NO ONE WAS INJURED"
    after the damage is told).  Such a count, or a statement of none, is taken."""
    if not doc.all_caps:
        return out
    spoken = {k for m in mentions for k in (("killed", "wounded") if m.kind == "both" else
                                            ("wounded",) if m.kind == "shot" else (m.kind,))}
    todo = [k for k in ("killed", "wounded") if getattr(out, k).is_empty() and k not in spoken]
    if not todo:
        return out
    inside = set(order)
    near = sorted({i + d for i in order for d in (-1, 1)} - inside)
    near = [i for i in near if 0 <= i < len(doc.sentences)]
    if not near:
        return out
    found = _scope_mentions(doc, near)
    distance = {i: min(abs(i - j) for j in order) for i in near}
    for kind in todo:
        kinds = (kind, "both")
        cands = [m for m in found if m.kind in kinds and not m.weak and not m.also and
                 (m.zero and _NO_ONE.match(doc.text, m.start, m.end) or
                  kind == "killed" and not m.zero and m.victims is not None and m.victims.value is not None)]
        if not cands:
            continue
        m = min(cands, key=lambda m: (abs(m.sentence - anchor), m.start))
        value = 0 if m.zero else m.victims.value
        q = m.victims if not m.zero else Quantity(0)
        setattr(out, kind, _to_count(q, None))
        out.evidence[kind] = doc.span(m.start, m.end)
        out.reasons[kind] = "stated none next to the incident" if value == 0 else \
            "stated count next to the incident"
    return out


def _shot_besides(text: str, wounded: Mention, shot: Mention | None, killed: Mention | None) -> int:
    """"THE SENATOR WAS SHOT ... TWO OTHER PERSONS WERE WOUNDED": in wire text, those shot (and
    not dead) besides the "others" counted as wounded add to them.  (News reports count the
    shot in a total before the others: "four people were shot; one died, three others were hurt".)"""
    if shot is None or shot.victims is None or not shot.victims.value or wounded.victims is None or \
            wounded.victims.value is None or wounded.update or shot.start >= wounded.start or \
            not _OTHERS.search(text, wounded.start, wounded.end) or _OTHERS.search(text, shot.start, shot.end):
        return 0
    dead = killed.victims.value if killed is not None and killed.victims and killed.victims.value else 0
    return max(0, shot.victims.value - dead)


def _attackers_only(mentions: list[Mention], span: Span) -> bool:
    """Whether the statement at ``span`` counts dead attackers and no victims ("the suspect was killed")."""
    return any(m.start == span.start and m.end == span.end and m.perpetrators and not (m.victims and m.victims.value)
               for m in mentions)


def _scope_mentions(doc: Document, order: list[int]) -> list[Mention]:
    """Every casualty statement in the scope's sentences, less counts of other events and
    totals pooled over several attacks."""
    memo = _scope_memo(doc)
    readings, read = memo["readings"], memo["read"]
    mentions: list[Mention] = []
    for i in order:
        if i not in readings:
            continue  # (no casualty stem, or no reading may match: no statement)
        found = read.get(i)
        if found is None:
            found = read[i] = _kept_mentions(doc, i, memo)
        if found:
            mentions.extend(found)
    if _first_in_scope(doc, order, _ONE_OF_SEVERAL):
        # "This was one of three related attacks ... killed in the ensuing clashes": pooled
        sentences = doc.sentences
        mentions = [m for m in mentions if m.zero or not _POOLED.search(
            doc.text, sentences[m.sentence].start, sentences[m.sentence].end)]
    return mentions


def _kept_mentions(doc: Document, index: int, memo: dict) -> tuple[Mention, ...]:
    """Sentence ``index``'s casualty statements less counts of other events (``memo``: the
    document's, with its blanked and lower-cased text, gate words and each cued sentence's
    readings; see _scope_memo)."""
    found = _sentence_mentions(doc, index, lexicon(), memo["work"], memo["low"], memo["readings"][index],
                               memo["stems"], memo["gate"], memo["firsts"])
    if not found:
        return ()
    sent = doc.sentences[index]
    if not _may_match_low(doc.lower, _OTHER_EVENT, sent.start, sent.end):
        return tuple(found)  # (no other event's words in the sentence: _other_event is false)
    return tuple(m for m in found if m.zero or not _other_event(doc, m))


def _cued_readings(doc: Document, low: str, gate: tuple[list, list], stems: list[int]) -> dict[int, set[str]]:
    """The readings each sentence may hold (``_readings_in``, with "zero_first" where its
    statements of none may open), for the sentences where a casualty stem starts
    (``_cued_at``) and some reading may match: the only sentences _sentence_mentions reads."""
    out: dict[int, set[str]] = {}
    last = -1
    for at in stems:  # (in order: the stems of one sentence come together)
        sent = doc.sentence_at(at)
        if sent is None or sent.index == last:
            continue
        last = sent.index
        readings = _readings_in(low, gate, sent.start, sent.end)
        if not readings:
            continue
        if "zero" in readings and _ZERO_FIRST.search(low, sent.start, sent.end):
            readings.add("zero_first")  # (not in the document's automaton: see there)
        out[last] = readings
    return out


def _scope_memo(doc: Document) -> dict:
    """The document's memo: each sentence's statements are read once per document (every
    scope and the neighbours of a scope read the same sentences)."""
    memo = doc.memo("casualties")
    if "work" not in memo:
        memo["work"] = work = _blank_asides(doc.text)
        cased = lowered(work)  # (asked for again by the clause reader: once here for both)
        memo["low"] = low = cased if cased is not None else _lowered(work)
        memo["gate"], memo["stems"], memo["firsts"] = _gate_and_stems(low)
        memo["readings"] = _cued_readings(doc, low, memo["gate"], memo["stems"])
        memo["read"] = {}  # sentence index -> its statements (_kept_mentions), once read
    return memo


def _perpetrators(doc: Document, order: list[int], mentions: list[Mention]) -> dict:
    """Attackers killed and wounded, with the span that says so: the largest count stated,
    or one suicide bomber."""
    out = {}
    for kind in ("killed", "wounded"):
        stated = [m for m in mentions if m.kind == kind and m.perpetrators]
        if stated:
            best = max(stated, key=lambda m: m.perpetrators)
            out[kind] = (best.perpetrators, doc.span(best.start, best.end))
        elif kind == "killed" and (shot_self := next((m for m in mentions if m.kind == "shot" and m.perpetrators
                                                      and _REFLEXIVE_END.search(doc.text, m.start, m.end)),
                                                     None)) and _first_in_scope(doc, order, _SELF_DEATH):
            # "shot his son and then shot himself" in a murder-suicide: the shooter died
            out[kind] = (shot_self.perpetrators, doc.span(shot_self.start, shot_self.end))
        elif kind == "killed" and (ms := _first_done(doc, order, _MURDER_SUICIDE)):
            out[kind] = (1, doc.span(ms.start(), ms.end()))  # "a murder-suicide": the killer died too
        elif kind == "killed" and (suicide := _first_in_scope(doc, order, _SUICIDE)) and \
                not _first_in_scope(doc, order, _SUICIDE_COUNT):
            out[kind] = (1, doc.span(suicide.start(), suicide.end()))
        else:
            out[kind] = (None, None)
    return out


def _attempted(text: str, start: int) -> bool:
    """Does an attempt word stand right before ``start`` ("attempted murder-suicide",
    "tried to take her own life")? Then the attacker did not die."""
    return _ATTEMPTED.search(text, max(0, start - 40), start) is not None


def _first_done(doc: Document, order: list[int], pattern: re.Pattern) -> re.Match | None:
    """The first match of ``pattern`` in the scope that is not only attempted."""
    first = _first_in_scope(doc, order, pattern)
    if first is None or not _attempted(doc.text, first.start()):
        return first
    for i in order:
        for m in pattern.finditer(doc.text, doc.sentences[i].start, doc.sentences[i].end):
            if not _attempted(doc.text, m.start()):
                return m
    return None


def _attacker_object(text: str, m: Mention) -> bool:
    """Is the count the object of the attacker's verb ("killed his wife and son", "killing three
    relatives")? Then it leaves the attacker out, unlike a toll ("two dead in a murder-suicide")."""
    return _at_word_bound(text, m.start) and lexicon().unanchored["active"].match(text, m.start) is not None


def _at_word_bound(text: str, pos: int) -> bool:
    """Whether ``\\b`` holds at ``pos``: a word character on one side of it only."""
    return (pos < len(text) and _is_word_char(text[pos])) != (pos > 0 and _is_word_char(text[pos - 1]))


def _first_in_scope(doc: Document, order: list[int], pattern: re.Pattern) -> re.Match | None:
    """The first match of ``pattern`` in the scope's sentences, in scope order, each sentence
    searched on its own.  A sentence that ends before where the pattern first matches in the
    whole document holds no match (``_first_in_document``): it is not searched."""
    first = _first_in_document(doc, pattern)
    if first < 0:
        return None
    sentences = doc.sentences
    for i in order:
        sent = sentences[i]
        if sent.end <= first:
            continue
        m = doc.search(pattern, sent.start, sent.end)
        if m:
            return m  # (its offsets, not its text: quote doc.text)
    return None


def _first_in_document(doc: Document, pattern: re.Pattern) -> int:
    """Where ``pattern`` first matches in the whole text, -1 when nowhere: once per document.
    A match within a sentence is one in the whole text too (the patterns asked for end in
    nothing that tells a sentence's end from the white space after it), so no sentence
    ending before this offset holds one."""
    memo = doc.memo("casualties")
    key = ("first", pattern)
    first = memo.get(key)
    if first is None:
        first = -1
        if _may_match_low(doc.lower, pattern, 0, len(doc.text)):  # (a cheap test first)
            m = doc.search(pattern)
            first = m.start() if m else -1
        memo[key] = first
    return first


def _sentence_bounds(doc: Document, span: Span) -> tuple[int, int]:
    s = doc.sentence_at(span.start)
    return (s.start, s.end) if s is not None else (span.start, span.end)


def _implied_zeros(out: Casualties, doc: Document, order: list[int]) -> Casualties:
    """A casualty report that gives one count and not the other reports none of the other
    ("three soldiers were killed": no one wounded), as news summaries and the GTD read it.
    The evidence is the stated count; the reason says it is implied.

    Wire-service text (all-caps teletype and broadcast transcripts) relays events as they
    come in: a count of the dead there says nothing about the wounded, so the other count
    stays unknown -- unless the stated count is none ("no one was killed": no one was hurt)."""
    wire = doc.all_caps
    for kind, other in (("killed", "wounded"), ("wounded", "killed")):
        stated = getattr(out, other)
        if wire and stated.value != 0:
            continue
        if getattr(out, kind).is_empty() and not stated.is_empty() and other in out.evidence \
                and not _UNCOUNTED[kind].search(doc.text, *_sentence_bounds(doc, out.evidence[other])):
            setattr(out, kind, Count(value=0, qualifier="exact"))
            out.evidence[kind] = out.evidence[other]
            out.reasons[kind] = f"none reported beside the {other} count"
    return out


def _unreported_zeros(out: Casualties, doc: Document, order: list[int], anchor: Span | None) -> Casualties:
    """A news report of an attack that never speaks of anyone dead ("a man was shot and
    wounded", "gunfire hit two cars") reports no deaths: killed is 0, with the attack as the
    evidence.  Not in wire-service text, which relays events as they come in, and not when
    the scope speaks of deaths it does not count ("the dead were taken away")."""
    if doc.all_caps or anchor is None:
        return out
    sentences = doc.sentences
    for kind, what in (("killed", "death"), ("wounded", "injury")):
        if not getattr(out, kind).is_empty() or \
                any(_SPOKEN_OF[kind].search(doc.text, sentences[i].start, sentences[i].end) for i in order):
            continue
        setattr(out, kind, Count(value=0, qualifier="exact"))
        out.evidence[kind] = anchor
        out.reasons[kind] = f"no {what} reported"
    return out
