"""Where the incident happened (issue 4).

``find_location(doc, scope)`` picks the place bound to this incident among those the article
mentions and resolves it against the offline gazetteer (``gazetteer.py``).

1. Mentions: every stretch of the text whose folded form is a gazetteer name (longest first;
   in mixed-case text it must be capitalised), plus places the gazetteer does not know but the
   text marks as places ("Puli Moemin area", "the village of X", "in X, Kunduz province").
   A generic word after a name types it: "SAN MIGUEL DEPARTMENT" is a subdivision,
   "Maywand district" a district, "Abchakan area" a locality.
2. Chains: mentions joined by commas ("Puli Alam city, Logar Province, Afghanistan",
   "Elgin, Ill.") read from the most specific to the widest.
3. Choice: each chain is scored by where it stands (the attack sentence, the sentences of the
   scope, the dateline), how it is bound ("in X", "at the shrine in X") and whether it fits
   the article's country; background sentences (history, analysis) count against it.
4. Country: the chain's own country, else the article's country evidence (dateline, country
   names, US states, demonyms as weak evidence, known cities), which also disambiguates
   city names ("San Miguel" in a Salvadoran report is in El Salvador; "Paris, Texas").
"""
from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import weakref
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple
from functools import cached_property, lru_cache
from itertools import compress

import ahocorasick

from .document import Document, Scope, Span, may_hold
from .english import english_words
from .groups import find_groups
from .person_names import given_names
from .gazetteer import (ADMIN1, CITY, COUNTRY, DATA, DEMONYM, STATE, Entry, Gazetteer, fold,
                        fold_char_map, load)
from .record import Location


@dataclass
class LocationResult:
    """The location of one incident, with evidence and reasons."""

    location: Location = field(default_factory=Location)
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "place", "city", "admin1", "country"
    reasons: dict[str, str] = field(default_factory=dict)    # key: "location"


# --------------------------------------------------------------------------------------
# Word lists (data/location_words.tsv)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Words:
    """The word lists of place names' surroundings (data/location_words.tsv)."""

    suffix: dict[str, str]          # generic word after a name -> level
    prefix: dict[str, str]          # generic word before "of NAME" -> level
    connector: frozenset[str]
    modifier: frozenset[str]
    function: frozenset[str]
    street: frozenset[str]
    event: frozenset[str]
    landmark: frozenset[str]
    attribute: frozenset[str]       # a noun after a country's name that makes it an adjective
    common: frozenset[str]          # in capitals: common words that are no unknown place's name
    organization: frozenset[str]    # a word after a town's name that makes it a group's ('cartel')
    foreigner: frozenset[str]       # a person after a demonym: a national abroad ('SPANISH PRIEST')
    town_unit: frozenset[str]       # a district suffix that names one town ('ITAGUI MUNICIPALITY')
    caps_marker: frozenset[str]     # in capitals, a suffix that marks the word before as a name
    caps_opener: frozenset[str]     # in capitals, a Spanish word that opens a longer name ('NUEVA')
    descriptor: frozenset[str]      # a word before an institution's name that is not part of it
    institution: frozenset[str]     # an institution that is an attack's site ('university')
    institution_re: re.Pattern      # an institution that is an attack's site (lower case)
    binding: frozenset[str]
    suffix_lower_re: re.Pattern      # a suffix word after a name, in lower-cased text
    suffix_word_lower_re: re.Pattern  # a suffix word (group 1) after white space (see _suffixes)
    prefix_of_lower_re: re.Pattern   # 'village of ', 'the province of ' in lower-cased text
    prefix_end_re: re.Pattern        # a prefix word that ends where the pattern is told to end
    prefix_longest: int              # the most characters of a prefix word
    background: "_Phrases"           # the background phrases, for one pass over a document
    suffix_words: "_Phrases"         # the suffix words, for one pass over a document
    person_title: frozenset[str]     # in capitals: a title before a person's names
    given_name: frozenset[str]       # in capitals: a given name before a surname
    reaction_re: re.Pattern          # after a country's name: its reaction to news from elsewhere
    source_end_re: re.Pattern        # before a name: 'SOURCES IN ', 'SAID IN ' (where one spoke)


@lru_cache(maxsize=1)
def _words() -> _Words:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for line in (DATA / "location_words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, word, *level = line.split("\t")
            table[kind][word] = level[0] if level else ""

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    def guarded(words, guard: str) -> str:
        """The alternation of ``words`` (in that order) with ``guard``, a look-behind over
        the text before the word and its first character ('.'), right after that first
        character: each alternative then opens with a literal, so the engine skips to the
        words' first letters instead of trying the look-behind at every position."""
        return "|".join(re.escape(w[0]) + guard + re.escape(w[1:]) for w in words)

    return _Words(
        suffix=dict(table["suffix"]), prefix=dict(table["prefix"]),
        connector=frozenset(table["connector"]), modifier=frozenset(table["modifier"]),
        function=frozenset(table["function"]),
        street=frozenset(table["street"]),
        event=frozenset(table["event"]),
        landmark=frozenset(table["landmark"]),
        attribute=frozenset(table["attribute"]),
        common=frozenset(table["common"]),
        organization=frozenset(table["organization"]),
        foreigner=frozenset(table["foreigner"]),
        town_unit=frozenset(table["town_unit"]),
        caps_marker=frozenset(table["caps_marker"]),
        caps_opener=frozenset(table["caps_opener"]),
        descriptor=frozenset(table["descriptor"]),
        institution=frozenset(table["institution"]),
        institution_re=re.compile(r"(?:" + guarded(sorted(table["institution"], key=len,
                                                           reverse=True), r"(?<!\w.)") + r")\b"),
        binding=frozenset(table["binding"]),
        suffix_lower_re=re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(" + alt(table["suffix"]) +
                                   r")\b\.?"),
        suffix_word_lower_re=re.compile(r"[ \t\n](" + alt(table["suffix"]) + r")\b"),
        prefix_of_lower_re=re.compile(r"\b(?:" + "|".join(table["prefix"]) + r")[ \t]+of[ \t]+"),
        prefix_end_re=re.compile(r"\b(?:" + "|".join(table["prefix"]) + r")\Z"),
        prefix_longest=max(map(len, table["prefix"]), default=0),
        background=_Phrases(table["background"]),
        suffix_words=_Phrases(table["suffix"]),
        person_title=frozenset(table["person_title"]),
        given_name=given_names(),
        reaction_re=re.compile(r"(?:['’]s)?(?:[ \t\n]+(?:" + alt(table["reactor"]) + r"))*"
                               r"(?:[ \t\n]+(?:today|yesterday|has|have|had|also|officially|"
                               r"strongly))*[ \t\n]+(?:" + alt(table["reaction"]) + r")\b",
                               re.IGNORECASE),
        source_end_re=re.compile(
            r"\b(?:according[ \t\n]+to(?:[ \t\n]+[\w'’\-]+){0,3}?|" +
            alt(w for w in table["source"] if w != "according to") +
            r")[ \t\n]+(?:in|from)[ \t\n]+(?:the[ \t\n]+)?\Z", re.IGNORECASE),
    )


class _Phrases:
    """Lower-case phrases found in one Aho-Corasick pass over a lower-cased text
    (``_DocFacts.lower``: same length as the text, so offsets are the text's).  The location
    step's own phrase sets (``_phrase_sets``) share one pass per text (``_shared_pass``)."""

    def __init__(self, phrases):
        self.sizes: dict[str, int] = {}   # lower-case phrase -> its length as written
        for phrase in phrases:
            self.sizes[phrase.lower()] = len(phrase)
        self._auto = ahocorasick.Automaton()
        for phrase, size in self.sizes.items():
            self._auto.add_word(phrase, size)
        self._empty = not len(self._auto)
        if not self._empty:
            self._auto.make_automaton()

    def occurrences(self, lower: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence, overlapping ones included, by end."""
        if self._empty:
            return []
        for n, phrases in enumerate(_phrase_sets()):
            if phrases is self:
                return list(_shared_pass(lower)[n])
        return [(end + 1 - size, end + 1) for end, size in self._auto.iter(lower)]


@lru_cache(maxsize=1)
def _phrase_sets() -> tuple[_Phrases, ...]:
    """The phrase sets the location step looks for in every document."""
    return (_words().background, _words().suffix_words, _country_context().legal,
            _country_cues()[0])


@lru_cache(maxsize=1)
def _shared_automaton() -> ahocorasick.Automaton:
    """One automaton for all of ``_phrase_sets``: phrase -> ((set number, length), ...)."""
    table: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for n, phrases in enumerate(_phrase_sets()):
        for phrase, size in phrases.sizes.items():
            table[phrase].append((n, size))
    auto = ahocorasick.Automaton()
    for phrase, found in table.items():
        auto.add_word(phrase, tuple(found))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _shared_pass(lower: str) -> tuple[list[tuple[int, int]], ...]:
    """The occurrences of each of ``_phrase_sets`` in ``lower``, by end, from one pass (not
    one pass per set: the four sets are read in every document)."""
    out: tuple[list[tuple[int, int]], ...] = tuple([] for _ in _phrase_sets())
    for end, found in _shared_automaton().iter(lower):
        for n, size in found:
            out[n].append((end + 1 - size, end + 1))
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _boundary(text: str, pos: int) -> bool:
    """Regex ``\\b`` at ``pos``."""
    before = pos > 0 and _is_word_char(text[pos - 1])
    after = pos < len(text) and _is_word_char(text[pos])
    return before != after


def _lower_same_length(text: str) -> str:
    """``text`` in lower case, character for character (a character whose lower case is
    longer, 'İ', stays as it is), so that offsets into it are offsets into ``text``."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class _DocFacts:
    """What the location step reads of a document for every incident, computed once per
    document (``_facts``): its mentions and chains, its background sentences, its headline
    lines, its country cues."""

    def __init__(self, doc: Document):
        self.doc = weakref.ref(doc)

    @cached_property
    def lower(self) -> str:
        return _lower_same_length(self._document.text)

    @cached_property
    def clause_breaks(self) -> list[int]:
        """The ends of the clause breaks of the text (``_CLAUSE_BREAK``), in order: the last
        one before a name ends the words ``_typed`` reads (one scan per document, not one
        per name: a break found in the whole text differs from one found in a window only
        by the white space of a blank line, which holds no word)."""
        lower = self.lower
        ends = [b.end() for b in _BREAK_CHAR.finditer(lower)]
        if "\n" in lower:   # (the two kinds of break share no character: two quick scans)
            blank = [b.end() for b in _BLANK_LINE.finditer(lower)]
            if blank:
                ends = sorted(ends + blank)
        return ends

    @property
    def _document(self) -> Document:
        doc = self.doc()
        assert doc is not None
        return doc

    @cached_property
    def mentions_and_chains(self) -> tuple[list["Mention"], list["Chain"]]:
        doc = self._document
        mentions = _whole_names(doc, find_mentions(doc, load()))
        return mentions, make_chains(doc, mentions)

    @cached_property
    def has_sub_dateline(self) -> bool:
        doc = self._document
        return any(_sub_dateline(doc, m) or _body_subject(doc, m)
                   for m in self.mentions_and_chains[0] if not _in_dateline(doc, m))

    @cached_property
    def person_words(self) -> frozenset[str]:
        return _person_words(self._document.text, _words())

    @cached_property
    def country_counts(self) -> dict[str, float]:
        return _country_counts(self._document, self.mentions_and_chains[0])

    def speaks_of(self, code: str) -> bool:
        """Whether the article names the country (or its people, or a town only it has).
        (A dateline's country is not enough: a word of a report filed at home can still be
        one of that country's small towns.)"""
        return bool(self.country_counts.get(code))

    @cached_property
    def us_local(self) -> bool:
        """US local-news cues: a call sign, a cue phrase ('sheriff's office'), a state."""
        return bool(self.weak_cues.get("US")) or STATE in map(
            _KIND, itertools.chain.from_iterable(map(_ENTRIES, self.mentions_and_chains[0])))

    @cached_property
    def background(self) -> frozenset[int]:
        """Indices of the sentences with a background phrase (``_background``)."""
        doc = self._document
        text = doc.text
        out = set()
        for start, end in _words().background.occurrences(self.lower):
            if start and _is_word_char(text[start - 1]):
                continue
            sent = doc.sentence_at(start)
            if sent is not None and end <= sent.end:
                out.add(sent.index)
        return frozenset(out)

    @cached_property
    def headlines(self) -> tuple[bool, bool, bool]:
        doc = self._document
        return tuple(_headline_line(doc, idx) for idx in range(3))

    @cached_property
    def title_end(self) -> int:
        return _title_case_headline_end(self._document)

    @cached_property
    def site_start(self) -> int | None:
        return _site_name_start(self._document)

    @cached_property
    def weak_cues(self) -> dict[str, float]:
        """Weak country evidence from the whole text: call signs and cue phrases."""
        doc = self._document
        weak: dict[str, float] = defaultdict(float)
        if doc.all_caps:
            return weak
        calls = {m.group(1) for m in _CALL_SIGN.finditer(doc.text)}
        if calls:
            weak["US"] += 0.5 * len(calls)
        phrases, table = _country_cues()
        for phrase in _cue_matches(doc.text, self.lower, phrases):
            weak[table[phrase]] += 0.5
        return weak


def place_mentions(doc: Document) -> list["Mention"]:
    """The document's place mentions, left to right (computed once per document and shared
    with the steps that need them, such as the splitting of incidents by town)."""
    return _facts(doc).mentions_and_chains[0]


def _facts(doc: Document) -> _DocFacts:
    """The document's facts, kept in its memo (no module state): computed on first use,
    shared by the incidents of the document and freed with it."""
    memo = doc.memo("location")
    facts = memo.get("facts")
    if facts is None:
        facts = memo["facts"] = _DocFacts(doc)
    return facts


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’\-]*|[,.;:()\[\]\"]")
_SAINT = frozenset({"san", "santa", "santo", "de", "del", "la", "el", "los", "las"})


def _person_words(text: str, words: _Words) -> frozenset[str]:
    """In a text in capitals, the words read as a person's names: up to three after a title
    ('NEWSMAN X Y'), up to two after a given name ('RUBEN X'), stopping at punctuation, a
    function word or an English ending; a given name after 'SAN'/'DE' is part of a place."""
    toks = list(map(str.lower, _CAPS_WORD.findall(text)))
    out: set[str] = set()
    opens = _person_openers(words.person_title, words.given_name)
    for i in compress(range(len(toks)), map(opens.__contains__, toks)):   # (the others open none)
        tok = toks[i]
        if tok in words.person_title:
            most = 3
        elif tok in words.given_name and not (i and toks[i - 1] in _SAINT):
            most = 2
        else:
            continue
        for nxt in toks[i + 1:i + 1 + most]:
            if not nxt[0].isalpha() or nxt in words.function or nxt in words.common or \
                    nxt in _SAINT or nxt.upper().endswith(_ENGLISH_ENDINGS):
                break
            if nxt not in words.given_name and nxt not in words.person_title:
                out.add(nxt)
    return frozenset(out)


@lru_cache(maxsize=2)
def _person_openers(title: frozenset[str], given: frozenset[str]) -> frozenset[str]:
    """The titles and given names: the words ``_person_words`` reads on from."""
    return title | given


def _cue_matches(text: str, lower: str, phrases: "_Phrases") -> set[str]:
    """The distinct phrases a left-to-right scan finds as whole words, as the regex
    ``\\b(?:longest|...|shortest)\\b`` would (no overlaps, the longest at each start)."""
    found = sorted((s, -e) for s, e in phrases.occurrences(lower)
                   if _boundary(text, s) and _boundary(text, e))
    out: set[str] = set()
    last = 0
    for s, neg_end in found:
        if s >= last:
            out.add(lower[s:-neg_end])
            last = -neg_end
    return out


# --------------------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------------------

POPULATED, LOCALITY, DISTRICT = "populated", "locality", "district"
_TOKEN = re.compile(r"[a-z0-9]+")
_JOIN_GAP = re.compile(r"[ \t]?\n?[ \t]*|[ \t]*[-'’][ \t]*|\.[ \t]?")
_GAP_OPENERS = frozenset(" \t\n-'’.")   # the characters a (non-empty) ``_JOIN_GAP`` opens with
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_MAX_WORDS = 6


@dataclass(slots=True)
class Mention:
    """A name in the text that the gazetteer knows, or that reads as a place."""

    start: int
    end: int                    # end of the name (without a suffix word)
    entries: tuple[Entry, ...]
    level: str | None = None    # from a generic word: admin1, district, locality, populated, city
    full_end: int = 0           # end including the suffix word
    bound: int = 0              # 2: "in X"; 1: "in the south of X"; 0: none
    weak: bool = False          # a lone capitalised word with nothing marking it as a place
    jurisdiction: bool = False  # "Chicago police", "the Orlando Police Department"
    # readings that bear the name only as an alternate name (a nickname: 'Bridgetown' for
    # Portland, Oregon) while another city bears it as its own name: they lose to those
    alternates: tuple[Entry, ...] = ()
    # what the readings' kinds say, read once per tuple of readings (the steps after the
    # mentions ask each mention again and again): (the readings, (kinds, a country's
    # name or people, a people only))
    _read: tuple = field(default=((), (frozenset(), False, False)), init=False, repr=False,
                         compare=False)

    def _kinds(self) -> tuple[frozenset[str], bool, bool]:
        read = self._read
        if read[0] is not self.entries:
            kinds = frozenset(map(_KIND, self.entries))
            people = kinds == _DEMONYM_ONLY   # (readings, all of them demonyms)
            read = self._read = (self.entries, (kinds, COUNTRY in kinds or people, people))
        return read[1]

    @property
    def kinds(self) -> frozenset[str]:
        return self._kinds()[0]

    def is_country(self) -> bool:
        """A country name or adjective ('Afghanistan', 'Pakistani'); a country's name wins
        over towns of the same name ('Cuba', New York)."""
        return self.level is None and self._kinds()[1]

    def is_demonym(self) -> bool:
        return self._kinds()[2]


_KIND = operator.itemgetter(0)   # an Entry's kind (its first field), read in C
_CODE = operator.itemgetter(2)   # its country code
_POPULATION = operator.itemgetter(4)
_ENTRIES = operator.attrgetter("entries")   # a mention's readings
_WIDE_KINDS = frozenset((COUNTRY, STATE, ADMIN1))
_NATIONAL_KINDS = frozenset((COUNTRY, DEMONYM, STATE))


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")   # what opens a ``_TOKEN``


@lru_cache(maxsize=4)
def _sorted_tuple(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` as a tuple (for ``str.startswith``), made once."""
    return tuple(sorted(words))


def _all_kind(entries: tuple[Entry, ...], kind: str) -> bool:
    """``all(e.kind == kind for e in entries)``, without a Python step per entry."""
    return all(map(kind.__eq__, map(_KIND, entries)))


def find_mentions(doc: Document, gaz: Gazetteer) -> list[Mention]:
    """Gazetteer names and marked unknown places in the text, left to right, not overlapping."""
    words = _words()
    text = doc.text
    caps = doc.all_caps
    facts = _facts(doc)
    plain = _plain(text)
    # (only the ``_TOKEN`` runs of the folded text are read: a plain text's are its lower
    # case's, which the facts hold already)
    folded = facts.lower if plain else fold_char_map(text)
    title_end = facts.title_end
    connector = words.connector
    connectors = _sorted_tuple(connector)
    the_seconds = gaz.second_words("the")   # (every 'the' is a head in capitals)
    size = len(text)
    next_token = _TOKEN.search

    heads, head_words = _head_matches(text, folded, caps, plain)
    # in capitals every token is a head: the token after head ``i`` is ``heads[i + 1]``
    # (what ``_TOKEN.search`` from the head's end finds)
    count = len(heads)

    def extensions(a: int, b: int, most: int, i: int) -> list[tuple[int, str]]:
        """The names that could start at the token ``a:b`` (``most``: the most words of a
        name starting with its word; ``i``: its index among the heads): (end of the last
        token, folded key).  (A head is capitalised in mixed case: its first word needs no
        test.)"""
        if a >= 2 and text[a - 1] in "-'’" and text[a - 2].isalnum():
            return []   # inside a hyphenated or apostrophised word (``_word_start``)
        key = folded[a:b]
        out = [(b, key)] if b + 1 >= size or text[b] not in "-'’" or _word_end(text, b) else []
        seconds = the_seconds if key == "the" else None   # (what a name's 'the' comes before)
        for _ in range(1, most if most < _MAX_WORDS else _MAX_WORDS):
            gap_start = b
            if b >= size or text[b] not in _GAP_OPENERS:
                break   # (no ``_JOIN_GAP`` opens so: no need to find the next token)
            if caps:
                i += 1
                if i >= count:
                    break
                a, b = heads[i].span()
            else:
                if text[b] == " " and folded[b + 1:b + 2] in _ASCII_LOWER and \
                        not text[b + 1].isupper() and not folded.startswith(connectors, b + 1):
                    break   # (a lower-case word that is no connector: read without the regex)
                found = next_token(folded, b)
                if found is None:
                    break
                a, b = found.span()
            if not (a == gap_start + 1 and text[gap_start] == " ") and \
                    not _JOIN_GAP.fullmatch(text, gap_start, a):
                break
            word = folded[a:b]
            if seconds is not None:
                if word not in seconds:
                    break   # 'THE ARMY ...': no name starts so (no key of it asked for)
                seconds = None
            key += " " + word
            if not caps and not text[a].isupper():
                if word in connector:
                    continue
                break
            if b + 1 >= size or text[b] not in "-'’" or _word_end(text, b):
                out.append((b, key))
        return out

    # the heads' words (in capitals: every token), less those that start no place name
    # worth finding; the words that start a name, in one look-up per document
    firsts = gaz.starts_of(set(head_words).difference(_no_start(words.function)))
    starting = {w for w, most in firsts.items() if most}
    candidates: list[tuple[int, list[tuple[int, str]]]] = []
    for i in compress(range(count), map(starting.__contains__, head_words)):
        a, b = heads[i].span()
        candidates.append((a, extensions(a, b, firsts[head_words[i]], i)))
    known = gaz.known(key for _, ext in candidates for _, key in ext)   # one look-up
    names: list[tuple[int, int, str]] = []   # the longest name at each start, not overlapping
    next_start = 0
    for s0, ext in candidates:   # in text order
        if s0 < next_start:
            continue
        found = None
        for end, key in ext:
            if key in known:
                found = (end, key)
        if not found:
            continue
        end, key = found
        names.append((s0, end, key))
        next_start = end
    gaz.prefetch(key for _, _, key in names)   # their entries: one look-up
    out: list[Mention] = []
    for start, end, key in names:
        entries, alternates = _readings(gaz, key, caps)
        written = text[start:end]
        in_title = start < title_end
        if not caps and written.isupper() and len(written) <= 4 and "." not in written and \
                not (doc.dateline and doc.dateline.place and
                     doc.dateline.place.start <= start < doc.dateline.place.end):
            # an acronym in mixed-case text ('NBC', 'SE'): only a state code after a comma
            # ('Huntsville, AL') or a country's letters ('US', 'UK') are places
            entries = tuple(e for e in entries if e.kind == COUNTRY or
                            (e.kind == STATE and e.admin1 == written and
                             _COMMA_BEFORE.search(text[max(0, start - 3):start])))
            if not entries and written in gaz.us_states and \
                    _COMMA_BEFORE.search(text[max(0, start - 3):start]):
                entries = (Entry(STATE, gaz.us_states[written], "US", written),)

        if caps and " " not in key and STATE in map(_KIND, entries) and \
                any(e.kind == STATE and fold(e.name) != key for e in entries) and \
                not _COMMA_BEFORE.search(text[max(0, start - 3):start]):
            # 'THE MASS KIDNAPPING': a state's abbreviation in capitals needs a town before it
            entries = tuple(e for e in entries if not (e.kind == STATE and fold(e.name) != key))
        if caps and len(written) <= 3 and "." not in written:
            # in capitals 'US' is mostly the pronoun and 'LA' the Spanish article: a state's
            # letters only after a comma ('SAN DIEGO, CA'), a country's after 'THE'
            before = text[max(0, start - 5):start]
            entries = tuple(e for e in entries if e.kind == CITY or
                            (e.kind == STATE and _COMMA_BEFORE.search(before) and
                             not _CAPS_WORD_AFTER.match(text, end)) or
                            (e.kind == COUNTRY and _THE_BEFORE.search(before)))
        if not caps and STATE in map(_KIND, entries) and \
                any(e.kind == STATE and fold(e.name) != key for e in entries) and \
                not text.startswith(".", end) and \
                not _COMMA_BEFORE.search(text[max(0, start - 3):start]):
            # a state's abbreviation needs its period or a town before it ('Mass shooting',
            # 'Al Sharpton', not 'Worcester, Mass.')
            entries = tuple(e for e in entries if not (e.kind == STATE and fold(e.name) != key))
        if caps and not entries:
            continue   # (in capitals nothing below gives a name readings back: dropped untyped)
        mixed = not caps and not in_title
        # a name followed by another capitalised word ("Kabul University", "Paris Hilton") is
        # dropped below whatever its type, unless capitalised words before it make it part
        # of a longer name (``run_start``): then it is not typed at all
        followed = mixed and _followed_by_name(text, end, words)
        run_start = _capitalised_run_start(text, start, words) \
            if followed and " " not in key else None
        if followed and run_start is None:
            continue
        m = _typed(doc, Mention(start, end, entries, alternates=alternates), facts)
        if m.level and entries and _all_kind(entries, DEMONYM):
            m.level, m.full_end = None, m.end   # 'a Colombian city': an adjective
        if not caps and (m.level == DISTRICT or key.endswith(" county")):
            _us_county(gaz, text, key, m)   # (it reads no other name)
            if (m.level == DISTRICT or key.endswith(" county")) and _county(text, m) and \
                    "US" not in map(_CODE, m.entries) and facts.weak_cues.get("US"):
                continue   # 'Cook County' in a US report: a county unknown to the gazetteer
        if key in words.function or key in words.modifier or key in words.suffix or \
                (caps and key in words.common) or (key in gaz.stopwords and m.bound < 2):
            # ('IN THE SAME AREA': 'Same' is a town too)
            state_town = () if caps else _comma_state_town(gaz, text, m)
            m.entries = state_town or tuple(e for e in m.entries if e.kind in (COUNTRY, STATE))
        if not m.entries:
            continue
        after = _NEXT_WORD.match(text, m.full_end)
        if after and after.group(1).lower() in words.organization:
            continue   # 'the Medellin cartel': an organisation named for the town, no place
        if mixed and " " not in key and _all_kind(m.entries, CITY):
            if not followed:
                run_start = _capitalised_run_start(text, start, words)
            if run_start is not None:
                if _streetlike(text, run_start, end, words):
                    continue   # (before the run is typed: it is dropped)
                run = _typed(doc, Mention(run_start, end, ()), facts)
                if run.bound == 2 or run.level or _COMMA_NAME.match(text, end, end + 3):
                    out.append(run)    # "in Anar Bagh, Helmand": the gazetteer knows only "Bagh"
                continue
        if followed:
            continue   # "Kabul University", "Paris Hilton"
        if (_CAPS_JURISDICTION if caps else _JURISDICTION).match(text, end) and CITY in m.kinds:
            m.level, m.bound, m.jurisdiction = m.level or CITY, max(m.bound, 1), True
        m.weak = not (m.bound or m.level) and _all_kind(m.entries, CITY)
        if caps and max(map(_POPULATION, m.entries)) < 100000 and \
                _WIDE_KINDS.isdisjoint(map(_KIND, m.entries)) and \
                ((m.weak and " " not in key) or key.startswith("the ")):
            continue   # in a wire report in capitals a lone word is too often a common word
        if caps and key in facts.person_words and \
                not (m.bound == 2 and not text.startswith(("'S", "’S"), end)):
            continue   # 'RUBEN ZAMORA', 'NEWSMAN X': a surname, not the town of that name
        out.append(m)
    institutions = list(_institutions(text, facts.lower, words)) if caps else []
    if institutions:   # the word 'UNIVERSITY' is no town ('University', Mississippi)
        out = [m for m in out if fold(text[m.start:m.end]) not in words.institution]
    out.extend(_unknown_places(doc, out, words, institutions))
    if caps:
        out = _places_after_in(doc, out, words)
    out.sort(key=lambda m: m.start)
    return out


# an alternate name of a city still beats the same own name of towns this many times smaller
# ('Calcutta': Kolkata, not Calcutta, Ohio; but 'Bridgetown': Barbados, not Portland, Oregon)
_ALTERNATE_RATIO = 50
# what a reading known only by an alternate name loses in ``resolve`` (more than the
# population's share of the score between a town and a city ten times bigger)
_ALTERNATE_PENALTY = 1.5


def _main_readings(key: str, entries: tuple[Entry, ...],
                   caps: bool) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
    """(the readings of the name ``key``, those of them that bear it only as an alternate
    name while a city not much smaller bears it as its own name).  In capitals a name that
    is an English word is no alternate name ('PEACE' is a nickname of a Kansas town)."""
    if not entries:
        return entries, ()
    alternate = [e for e in entries if e.kind == CITY and fold(e.name) != key]
    if not alternate:
        return entries, ()
    if caps and _all_english(key.split()):
        entries = tuple(e for e in entries if e not in alternate)
        return entries, ()
    main = [e.population for e in entries if e.kind == CITY and fold(e.name) == key]
    if not main:
        return entries, ()
    floor = max(main) * _ALTERNATE_RATIO
    return entries, tuple(e for e in alternate if e.population <= floor)


@lru_cache(maxsize=1 << 14)
def _readings(gaz: Gazetteer, key: str, caps: bool) -> tuple[tuple[Entry, ...], tuple[Entry, ...]]:
    """``_main_readings`` of the name ``key`` with its entries, worked out once per name
    (not once per mention of it: a name has up to hundreds of readings)."""
    return _main_readings(key, gaz.lookup(key), caps)


def _own_readings(m: Mention, entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """``entries`` (readings of ``m``) less those known only by an alternate name, unless
    nothing else is left."""
    if not m.alternates:
        return entries
    return tuple(e for e in entries if e not in m.alternates) or entries


@lru_cache(maxsize=8)
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """``a | b``, made once (not for every document)."""
    return a | b


@lru_cache(maxsize=2)
def _no_start(function: frozenset[str]) -> frozenset[str]:
    """The function words that start no place name worth finding (all but 'the')."""
    return function - {"the"}


def _heads(text: str, folded: str, caps: bool) -> list[tuple[int, int]]:
    """The words that may start a name, as (start, end) in text order: every word in a text
    in capitals, else the capitalised ones.  Words are ``_TOKEN`` runs of the folded text
    (the same length as the text: a run starts where the folded character before it is
    none of a run's, so a capital inside a word, 'McAllen', starts none)."""
    return [m.span() for m in _head_matches(text, folded, caps)[0]]


def _head_matches(text: str, folded: str, caps: bool,
                  plain: bool | None = None) -> tuple[list[re.Match], list[str]]:
    """``_heads`` as their matches, with their folded words (read in C: no tuple made for
    each of the hundreds of words of an article).  ``plain``: ``_plain(text)``, when known."""
    if caps:
        found = list(_TOKEN.finditer(folded))
        return found, list(map(re.Match.group, found))
    if _plain(text) if plain is None else plain:   # ASCII, or inert beyond it
        found = list(_heads_res()[1].finditer(text))   # (ASCII words: folded is lower case)
        return found, list(map(str.lower, map(re.Match.group, found)))
    found = [m for m in _TOKEN.finditer(folded) if text[m.start()].isupper()]
    return found, list(map(re.Match.group, found))


def _plain(text: str) -> bool:
    """Whether the text is ASCII but for inert characters (``_heads_res``): then its folded
    form and its lower-cased one have the same ``_TOKEN`` runs, holding the same words (an
    inert character folds to none of a run's, and lower-casing leaves it as it is)."""
    return text.isascii() or _heads_res()[0].search(text) is None


@lru_cache(maxsize=1)
def _heads_res() -> tuple[re.Pattern, re.Pattern]:
    """For ``_heads``: a character that is not ASCII and not inert, and the capitalised
    words of a text without such characters.  Inert: punctuation and spaces beyond ASCII
    (Latin-1's, U+2010-U+205F: curly quotes, dashes, non-breaking spaces) that fold to no
    letter or digit and are no capital.  In a text of ASCII and inert characters the
    folded text's ``_TOKEN`` runs are the text's runs of ASCII letters and digits, and a
    run is a head when it opens with A-Z: one scan of the text finds them."""
    inert = "".join(re.escape(c) for c in map(chr, [*range(0xA0, 0xC0), *range(0x2010, 0x2060)])
                    if not c.isupper() and not _TOKEN.search(fold_char_map(c)))
    return (re.compile(r"[^\x00-\x7f" + inert + r"]"),
            re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Za-z0-9]*"))


def _county(text: str, m: Mention) -> bool:
    """'Lucas County', 'Bexar County': a county (the generic word after the name)."""
    return text[m.end:m.full_end].strip().rstrip(".").lower() == "county" or \
        text[m.start:m.end].lower().endswith(" county")


_COMMA_STATE = re.compile(r",[ \t]*([A-Z][A-Za-z]+)\.?(?![\w'’-])")


def _comma_state_town(gaz: Gazetteer, text: str, m: Mention) -> tuple[Entry, ...]:
    """A town named like a common word followed by its own state ('Mobile, AL', 'Mobile,
    Alabama'): its US readings in that state; () if it is not so followed."""
    after = _COMMA_STATE.match(text, m.full_end)
    if not after:
        return ()
    word = after.group(1)
    code = word if word in gaz.us_states else next(
        (c for c, name in gaz.us_states.items() if name == word), None)
    return tuple(e for e in m.entries
                 if e.kind == CITY and e.country_code == "US" and e.admin1 == code) if code else ()


def _town_unit(text: str, m: Mention) -> bool:
    """'ITAGUI MUNICIPALITY': a district that is one town (the town the report names)."""
    return m.level == DISTRICT and \
        text[m.end:m.full_end].strip().rstrip(".").lower() in _words().town_unit


def _us_county(gaz: Gazetteer, text: str, key: str, m: Mention) -> None:
    """'Durham County', 'Adams County' in an English-language report: a US county when the
    name is a US town's (counties are named for their seats and for people); the readings
    abroad (an English unitary authority, a Chinese town's alternate name) are dropped."""
    if key.endswith(" county"):
        base = key[:-len(" county")]
    elif m.level == DISTRICT and text[m.end:m.full_end].strip().lower() == "county":
        base = key
    else:
        return
    us = tuple(e for e in gaz.lookup(base) if e.country_code == "US" and e.kind == CITY)
    if us:
        m.entries, m.level = us, DISTRICT


_COMMA_BEFORE = re.compile(r",[ \t]*\Z")
_CAPS_WORD_AFTER = re.compile(r"[ \t]+[A-Z]{2}")   # 'X, LA FONDA': 'LA' starts a name, no state
_THE_BEFORE = re.compile(r"\bTHE[ \t\n]+\Z")
_COMMA_NAME = re.compile(r",[ \t]*[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \t]+\Z")
_NEXT_NAME = re.compile(r"[ \t]+([A-Z][a-z]+)")
_JURISDICTION = re.compile(r"(?:'s)?[ \t]+(?:Metro[ \t]+|Metropolitan[ \t]+)?"
                           r"(?:police|Police|PD|officers|detectives|Fire Department|"
                           r"Mayor|mayor|City Council)\b")


# in capitals: 'MEDELLIN METROPOLITAN POLICE', 'COBAN FIRE DEPARTMENT' (a city's own services)
_CAPS_JURISDICTION = re.compile(r"[ \t]*\n?[ \t]*(?:METROPOLITAN[ \t]*\n?[ \t]*POLICE|"
                                r"FIRE[ \t]*\n?[ \t]*(?:DEPARTMENT|BRIGADE))\b")


_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’]*")
_DIGIT = re.compile(r"\d")
_WORD_JOINER = re.compile(r"['’\-]")   # inside a word: 'mid-january', "o'clock"


def _title_case_headline_end(doc: Document) -> int:
    """End of a headline written in title case ('Nine Injured In Houston Strip Mall
    Shooting'), where capitals say nothing about names; 0 when there is none."""
    if doc.all_caps:
        return 0
    end = 0
    for idx in range(min(3, len(doc.sentences))):
        if _is_headline(doc, idx):
            sent = doc.sentences[idx]
            words = _HEADLINE_WORD.findall(doc.text, sent.start, sent.end)
            long_words = [w for w in words if len(w) > 3]
            if len(long_words) >= 3 and \
                    sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words):
                end = sent.end
    return end


def _word_start(text: str, pos: int) -> bool:
    """Not inside a hyphenated or apostrophised word ('Al-Tayyub' is not 'Tayyub')."""
    return pos < 2 or not (text[pos - 1] in "-'’" and text[pos - 2].isalnum())


def _word_end(text: str, pos: int) -> bool:
    """Not inside a hyphenated word; a possessive ('Saginaw's') ends the name."""
    if pos + 1 >= len(text) or text[pos] not in "-'’" or not text[pos + 1].isalnum():
        return True
    return text[pos] in "'’" and text[pos + 1] in "sS" and \
        (pos + 2 >= len(text) or not text[pos + 2].isalnum())


def _capitalised_run_start(text: str, start: int, words: _Words) -> int | None:
    """Start of the capitalised words right before ``start`` that make one name with it."""
    run = None
    pos = start
    for _ in range(3):
        if not pos or text[pos - 1] not in " \t":
            break   # (no white space right before: ``_CAPITALISED_BEFORE`` cannot match)
        m = _CAPITALISED_BEFORE.search(text, max(0, pos - 40), pos)
        if not m:
            break
        word = m.group(1).lower()
        if word in words.function or word in words.modifier or word in words.suffix or \
                word in words.binding or word.endswith(("'s", "’s")) or \
                not _NATIONAL_KINDS.isdisjoint(map(_KIND, load().lookup(fold(word)))):
            break
        pos = run = m.start(1)
    return run


def _streetlike(text: str, start: int, end: int, words: _Words) -> bool:
    """'Kirkman Road', 'Washington Park', 'Oak Hill Elementary': a street or a building."""
    last = text[start:end].split()[-1].lower().rstrip(".")
    if last in words.street:
        return True
    m = _NEXT_NAME.match(text, end, end + 20)
    return bool(m) and m.group(1).lower() in words.street


def _followed_by_name(text: str, end: int, words: _Words) -> bool:
    m = _NEXT_NAME.match(text, end, end + 30)
    return bool(m) and m.group(1).lower() not in words.suffix and \
        m.group(1).lower() not in words.function


_NEXT_WORD = re.compile(r"(?:'s|’s)?[ \t]+([A-Za-z]+)")
_CLAUSE_BREAK = re.compile(r"[.;:!?\[\]()\"“”]|\n[ \t]*\n")
_BREAK_CHAR = re.compile(r"[.;:!?\[\]()\"“”]")   # ``_CLAUSE_BREAK``'s two kinds, each
_BLANK_LINE = re.compile(r"\n[ \t]*\n")          # found quicker alone


def _typed(doc: Document, m: Mention, facts: "_DocFacts | None" = None) -> Mention:
    """Read the words around a mention: a generic word after it ('Kunduz province') or before
    it ('the village of X') gives its level; 'in X' / 'at the market in X' bind it.
    (``facts``: the document's, when the caller has them at hand.)"""
    words = _words()
    if facts is None:
        facts = _facts(doc)
    lower = facts.lower
    suf = words.suffix_lower_re.match(lower, m.end)
    if suf:
        m.level = words.suffix[suf.group(1).rstrip(".")]
        m.full_end = suf.end()
    else:
        m.full_end = m.end
    start = m.start
    # the words of the clause before the name, within 50 characters (the last clause break
    # from the document's list: ``_DocFacts.clause_breaks``)
    low = start - 50 if start > 50 else 0
    breaks = facts.clause_breaks
    i = bisect.bisect_right(breaks, start)
    cut = breaks[i - 1] if i and breaks[i - 1] > low else low
    before = lower[cut:start].split()
    first = len(before) - 6 if len(before) > 6 else 0   # (the last six words)
    modifier = words.modifier
    i = len(before) - 1
    while i >= first:
        last = before[i].strip(",")
        if last in modifier or last == "the":
            i -= 1   # "in the southern Philippines", "in Southwest Philadelphia"
        else:
            break
    if i >= first:
        if last == "of" and i > first and before[i - 1].strip(",") in words.prefix:
            if not suf:
                m.level = words.prefix[before[i - 1].strip(",")]
            m.bound = 2
        elif last in words.binding:
            m.bound = 1 if last == "of" else 2   # "the governor of X" binds less than "in X"
    if not m.bound:
        after = _NEXT_WORD.match(doc.text, m.full_end)
        if after and after.group(1).lower() in words.event:
            m.bound = 2   # "Elgin shooting", "the Kabul attack"
    return m


def _capital_in_last_word(text: str, lo: int, hi: int) -> bool:
    """Whether the run of word characters ending at ``hi`` (not before ``lo``) holds a
    capital A-Z: else ``_NAME_BEFORE_SUFFIX`` cannot match there."""
    pos = hi
    while pos > lo and (text[pos - 1].isalnum() or text[pos - 1] in "_'’-"):
        pos -= 1
        if "A" <= text[pos] <= "Z":
            return True
    return False


_NAME_BEFORE_SUFFIX = re.compile(r"((?:[A-Z][\w'’\-]*[ \t]+){0,3}[A-Z][\w'’\-]*)\Z")
_NAME_AFTER_PREFIX = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}")
_NAME_AFTER_PREP = re.compile(
    r"\b(?i:in|at|near|outside)[ \t]+(?:(?i:the)[ \t]+)?"
    r"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})(?=,[ \t]*[A-Z])")
# in capitals: 'IN X' / 'NEAR X' where X (up to five words) ends before a comma, a period, a dash
# or a word that ends such a phrase ('KIDNAPPED IN TECUN UMAN LAST NIGHT', 'IN ARCATAO, WHERE')
_CAPS_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME_AFTER_IN_CAPS = re.compile(
    r"\b(?:IN|NEAR)" + _CAPS_GAP + r"(?P<name>[A-Z][A-Z'’\-]*(?:" + _CAPS_GAP + r"[A-Z][A-Z'’\-]*){0,4}?)"
    r"(?=[ \t]*(?:[,.;:]|--)|" + _CAPS_GAP + r"(?:LAST|YESTERDAY|TODAY|TONIGHT|THIS|ON|EARLY|LATE|"
    r"WHERE|DURING|AFTER|WHILE|AND|AT)\b)")
# mixed case: a capitalised name after a lower-case word ('attacked Shinkorak, Kunar, ...')
# (the look-behind after the first capital lets the scan skip to capitals)
_NAME_AFTER_WORD = re.compile(
    r"(?P<name>[A-Z](?<=[a-z][ \t][A-Z])[\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3})(?=,[ \t]*[A-Z])")


def _landmark_re(words: _Words) -> re.Pattern:
    """'shrine of the Sufi saint Shah Noorani': a landmark named for someone is a place."""
    return _landmark_patterns(words.landmark)[0]


def _landmark_of_re(words: _Words) -> re.Pattern:
    """A quick test for ``_landmark_re``: a landmark word before 'of'."""
    return _landmark_patterns(words.landmark)[1]


@lru_cache(maxsize=2)
def _landmark_patterns(landmark: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """``_landmark_re`` and ``_landmark_of_re``, compiled once (not their text rebuilt and
    sorted for every document)."""
    words = "|".join(sorted(landmark))
    return (re.compile(r"\b(?:" + words + r")[ \t]+of[ \t]+"
                       r"(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+){0,4}?"
                       r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,3}"
                       r"(?=[ \t]*[.,;:)]|[ \t]+(?:in|on|at|near|where|which|and|when)\b)"),
            re.compile(r"(?:" + words + r")[ \t]+of[ \t]"))


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# a word in capitals ending so is an English word ('BANANA-GROWING', 'SECURITY', 'COUNTRY'S')
_ENGLISH_ENDINGS = ("ING", "ED", "ITY", "TION", "TIONS", "MENT", "MENTS", "NESS", "IAL", "IVE",
                    "OUS", "ICAL", "'S", "’S")


def _caps_name_end(text: str, s: int, e: int, words: _Words) -> int | None:
    """In a text in capitals nothing marks a name's words: the name ends before a function
    word ('GUANCORITA IN NORTHERN ...' is 'GUANCORITA'), and a word of English morphology
    ('BANANA-GROWING', 'SECURITY', 'COUNTRY'S') or a common word ('EACH', 'OTHER') makes
    the phrase no name at all.  None: no name."""
    end = None
    for i, w in enumerate(_NAME_WORD.finditer(text, s, e)):
        word = w.group()
        low = word.lower()
        if i and low in words.function:
            break
        if low in words.common or (len(word) > 4 and word.endswith(_ENGLISH_ENDINGS)):
            return None
        end = w.end()
    return end


def _caps_name_start(text: str, s: int, e: int, words: _Words) -> int | None:
    """In capitals, the start of the name that ends at ``e`` before a generic word: the
    words after the last function word, common word, modifier or word of English
    morphology ('GUERRILLAS INVADED TOCOPAMBA' -> 'TOCOPAMBA').  None: no such word."""
    start = None
    for w in reversed(list(_NAME_WORD.finditer(text, s, e))):
        word = w.group()
        low = word.lower()
        if low in words.function or low in words.common or low in words.modifier or \
                low in words.binding or len(word) < 3 or \
                (len(word) > 4 and word.endswith(_ENGLISH_ENDINGS)):
            break
        start = w.start()
    return start


_LIST_GAP = re.compile(r"(?:,[ \t]*[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,3})*,[ \t]*")


def _unknown_places(doc: Document, known: list[Mention], words: _Words,
                    institutions: list[tuple[int, int]]) -> list[Mention]:
    """Places the gazetteer lacks but the text marks: 'X district', 'the village of X',
    'in X, <known place>', and the ``institutions`` (spans) a text in capitals names."""
    text = doc.text
    facts = _facts(doc)
    covered = bytearray(len(text) + 1)   # characters already inside a mention
    for m in known:
        covered[m.start:m.full_end] = b"\x01" * (m.full_end - m.start)
    starts = [m.start for m in known]    # ``known`` is in text order
    out: list[Mention] = []

    leading = _union(words.function, words.modifier)
    bind_the = _union(words.binding, frozenset({"the"}))

    def add(s: int, e: int, level: str | None = None, marked: bool = False,
            suffix: bool = False) -> None:
        name = text[s:e].split()
        if suffix and doc.all_caps and name and name[-1].lower() in words.function:
            return   # 'RESIDENTS OF THE AREA', 'RPC NEWS DEPARTMENT': no name before the word
        while name and name[0].lower() in leading:
            s += len(name[0]) + (len(text[s + len(name[0]):]) - len(text[s + len(name[0]):].lstrip(" \t")))
            name = name[1:]
        while name and name[-1].lower() in words.function:
            e -= len(name[-1]) + 1
            name = name[:-1]
        if not name or e - s < 2 or _DIGIT.search(text, s, e) or _streetlike(text, s, e, words):
            return   # (one letter is an abbreviation: 'the area of E. 104th St.')
        if doc.all_caps:   # no capitals to go by: the name must follow 'in', 'the', 'of'...
            before = text[max(0, s - 30):s].split()
            if not before or before[-1].lower() not in bind_the:
                # ... or, before a generic word, it is the words after the last one that
                # cannot be a name's: 'FIELDS AT THE SANTA ROSITA FARM' (after 'the'), or
                # with a word that marks a town, 'INVADED TOCOPAMBA VILLAGE'
                start = _caps_name_start(text, s, e, words)
                if start is None:
                    return
                before = text[max(0, start - 30):start].split()
                if not marked and not (before and before[-1].lower() in bind_the):
                    return
                s = start
            end = _caps_name_end(text, s, e, words)
            if end is None:
                return
            e = end
        if any(covered[s:e]):
            return
        m = _typed(doc, Mention(s, e, ()), facts)
        m.level = m.level or level
        out.append(m)
        covered[s:m.full_end] = b"\x01" * (m.full_end - s)

    lower = facts.lower   # case-sensitive patterns over the lower-cased text: faster
    for suf in _suffixes(lower, words):
        if suf.group(1).lower() == "state":
            continue   # "Islamic State", "the Free State": only a known province is a state
        if not _capital_in_last_word(text, max(0, suf.start() - 60), suf.start()):
            continue   # (a quick test: the name's last word starts with a capital)
        if not doc.all_caps and \
                words.suffix[suf.group(1).lower().rstrip(".")] in (CITY, POPULATED, LOCALITY) and \
                _name_goes_on(text, suf.end(), words):
            continue   # 'the Music City Central bus station', 'the Campus Village apartments'
        m = _NAME_BEFORE_SUFFIX.search(text, max(0, suf.start() - 60), suf.start())
        if m:
            add(m.start(1), m.end(1), marked=suf.group(1).lower().rstrip(".") in words.caps_marker,
                suffix=True)
    for pre_end in _prefix_of_ends(lower, words):
        m = _NAME_AFTER_PREFIX.match(text, pre_end)
        if m:
            add(m.start(), m.end())
    if not doc.all_caps and any(map(text.__contains__, words.landmark)) and \
            _landmark_of_re(words).search(text):   # "at the shrine of the Sufi saint X"
        for m in _landmark_re(words).finditer(text):   # (no landmark word: no regex scan)
            add(m.start(), m.end(), LOCALITY)
    for s, e in institutions:   # 'THE NATIONAL POLYTECHNIC UNIVERSITY': an attack's site
        if not any(covered[s:e]) or all(k.is_country() for k in known
                                        if k.start < e and s < k.full_end):
            m = _typed(doc, Mention(s, e, ()), facts)
            m.level, m.full_end = LOCALITY, e
            out.append(m)
            covered[s:e] = b"\x01" * (e - s)
    # 'in X, <province>': only a wide known place after a name and a comma can add one (none:
    # no scan)
    wide = [not _WIDE_KINDS.isdisjoint(map(_KIND, k.entries)) or k.level == ADMIN1 for k in known]
    listed = any(w and _after_comma(text, k.start) for w, k in zip(wide, known))
    for m in (_NAME_AFTER_PREP if doc.all_caps else _NAME_AFTER_WORD).finditer(text) \
            if listed else ():
        s, e = m.start("name"), m.end("name")
        first = bisect.bisect_right(starts, e)
        if any(wide[j] and _LIST_GAP.fullmatch(text, e, known[j].start)
               for j in range(first, min(first + 4, len(known))) if known[j].start - e < 80):
            add(s, e)
    return out


def _after_comma(text: str, pos: int) -> bool:
    """Whether a comma and white space (spaces, tabs) come right before ``pos``: where
    ``_LIST_GAP`` can end."""
    while pos and text[pos - 1] in " \t":
        pos -= 1
    return pos > 0 and text[pos - 1] == ","


def _all_english(words: list[str]) -> bool:
    """Whether every word of a phrase in lower case ('broad daylight', 'mid-january') is an
    English word or a function word: a phrase, not a town's name."""
    english = english_words()
    function = _words().function
    return all(part in english or part in function
               for w in words for part in _WORD_JOINER.split(w) if part)


_LAST_WORD = re.compile(r"\s+\S+\Z")


def _places_after_in(doc: Document, mentions: list[Mention], words: _Words) -> list[Mention]:
    """In capitals, the town the gazetteer lacks that 'IN X' / 'NEAR X' names where the phrase
    ends ('KIDNAPPED IN TECUN UMAN LAST NIGHT', 'RAIDS IN ARCATAO, WHERE'): not a phrase of
    English words ('IN BROAD DAYLIGHT,'), not a known place ('IN SAN SALVADOR,'); a known name
    that only starts it gives way ('IN SAN LUIS DE LA REINA.': not 'SAN LUIS').  ``mentions``
    with those towns."""
    text = doc.text
    out = mentions
    english = english_words()
    for m in _NAME_AFTER_IN_CAPS.finditer(text):
        s, e = m.start("name"), m.end("name")
        name = m.group("name").lower().split()
        if len(name) > 1 and name[-1] in words.suffix:   # 'IN BELLO NORTE MUNICIPALITY.'
            name.pop()
            e = s + _LAST_WORD.search(text, s, e).start() - s
        last = _WORD_JOINER.split(name[-1])[-1]
        if name[0] in words.modifier or name[0] in words.function or name[0] in words.given_name or \
                _caps_name_end(text, s, e, words) != e or _all_english(name) or \
                (len(name) > 1 and last in english and last not in words.suffix):
            continue   # 'IN NORTHERN X', 'NEAR MARTIN X VELODROME', 'IN FRONT OF THE X,',
            # 'IN BROAD DAYLIGHT,', 'IN X AGAINST,'
        town = _typed(doc, Mention(s, e, ()))
        town.level = town.level or POPULATED
        inside = [k for k in out if k.start < town.full_end and s < k.full_end]
        if any(k.start < s or k.full_end > town.full_end or (k.start == s and k.end >= e) or
               (k.level and k.full_end != town.full_end) or
               (k.end == e and _all_english(text[s:k.start].lower().split())) or
               k.kinds & {COUNTRY, STATE, DEMONYM} or k.kinds == {ADMIN1} for k in inside):
            continue   # a known place's name (with its generic word, or after English words:
            # 'IN MID-TOWN SAN SALVADOR,'), or part of a wider one
        out = [k for k in out if k not in inside] + [town]
    return out


_NAME_GAP = re.compile(r"[ \t]*\n?[ \t]*")   # between the words of a name: one line break at most
_INSTITUTION_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def _institutions(text: str, lower: str, words: _Words) -> Iterator[tuple[int, int]]:
    """In capitals, the names of institutions that wire reports give as the site of an
    attack (data: ``institution``): 'NATIONAL POLYTECHNIC UNIVERSITY' (the words before it up to
    a function word, a demonym or a descriptor: 'THE JESUIT ... ', 'THE SALVADORAN ...'),
    'UNIVERSITY OF EL SALVADOR' (up to three words after 'OF').  (start, end) spans."""
    for hit in words.institution_re.finditer(lower):
        a, b = hit.span()
        after = _NEXT_WORD_ANY.match(lower, b)
        if after and (after.group(1) in words.foreigner or after.group(1) in words.attribute):
            continue   # 'UNIVERSITY STUDENTS': an adjective
        start = None
        for w in reversed(list(_NAME_WORD.finditer(text, max(0, a - 60), a))):
            low = w.group().lower()
            if low in words.function or low in words.binding or low in words.descriptor or \
                    (len(low) > 4 and w.group().endswith(_ENGLISH_ENDINGS)) or \
                    not _NAME_GAP.fullmatch(text, w.end(), a):
                break
            start = w.start()
            a = start
        if start is not None:
            first = _NAME_WORD.match(text, start)
            if first and first.end() < hit.start() - 1 and \
                    any(e.kind == DEMONYM for e in load().lookup(fold(first.group()))):
                # 'THE SALVADORAN JUAN TORRES UNIVERSITY' (but 'NATIONAL POLYTECHNIC')
                start = _NAME_WORD.search(text, first.end()).start()
            yield start, b
            continue
        of = _INSTITUTION_OF.match(lower, b)
        if of:
            end = None
            for i, w in enumerate(_NAME_WORD.finditer(text, of.end(), of.end() + 40)):
                if i >= 3 or w.group().lower() in words.function or \
                        (end is not None and not _NAME_GAP.fullmatch(text, end, w.start())):
                    break
                end = w.end()
            if end is not None:
                yield hit.start(), end


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")


def _name_goes_on(text: str, end: int, words: _Words) -> bool:
    """In mixed case, whether the name goes on after a generic word: another capitalised
    word ('Music City Central') or a building's word ('Campus Village apartments') makes it
    the name of a site, not of a place."""
    after = _WORD_AFTER.match(text, end)
    if not after or text[end - 1] == ".":   # (a sentence's end: 'the X Area. Witnesses ...')
        return False
    word = after.group(1)
    low = word.lower()
    return (word[0].isupper() and low not in words.function and low not in words.binding and
            low not in words.suffix) or low in words.street


_OF_LOWER = re.compile(r"of[ \t]+")


def _prefix_of_ends(lower: str, words: _Words) -> Iterator[int]:
    """The ends of ``words.prefix_of_lower_re.finditer(lower)``, quicker: that pattern opens
    with ``\\b``, which the engine tries at every position of the text.  Each match ends in
    'of' and white space after white space after a prefix word: the 'of's are found first
    (a literal: the engine skips to them) and the word before each is tested alone (the
    same ends, left to right)."""
    before = words.prefix_end_re.search
    longest = words.prefix_longest
    for of in _OF_LOWER.finditer(lower):
        end = start = of.start()
        while end and lower[end - 1] in " \t":
            end -= 1
        if end < start and before(lower, max(0, end - longest), end):
            yield of.end()


def _suffixes(lower: str, words: _Words) -> Iterator[re.Match]:
    """``words.suffix_lower_re.finditer(lower)``, quicker: that pattern opens with white space,
    so the engine tries its alternation after every space of the text.  Each of its matches
    ends in a suffix word right after white space; those words are found first, and the full
    pattern is matched only from the start of the white space before each (the same matches,
    left to right, not overlapping).  The words are found in one Aho-Corasick pass, as the
    starts of suffix words after white space: a superset of the starts of
    ``words.suffix_word_lower_re``'s matches, which is enough (a start that is no match's
    leads the search to the next match, which no start before it had reached)."""
    done = 0
    starts = sorted({s for s, _ in words.suffix_words.occurrences(lower)
                     if s and lower[s - 1] in " \t\n"})
    for start in starts:
        if start < done:
            continue
        while start > done and lower[start - 1] in " \t\n":
            start -= 1
        m = words.suffix_lower_re.search(lower, start)
        if m is None:
            return
        yield m
        done = m.end()


# --------------------------------------------------------------------------------------
# Chains and country evidence
# --------------------------------------------------------------------------------------


@dataclass
class Chain:
    """Mentions joined by commas, most specific first: 'Puli Alam city, Logar, Afghanistan'."""

    parts: list[Mention]

    @property
    def head(self) -> Mention:
        return self.parts[0]


_CHAIN_GAP = re.compile(r",[ \t]*\n?[ \t]*|[ \t]*\([ \t]*|[ \t]+(?:section|neighborhood|"
                        r"neighbourhood|part|suburb|outskirts|area)[ \t]+of[ \t]+(?:the[ \t]+)?",
                        re.IGNORECASE)


_OF_GAP = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?", re.IGNORECASE)   # "Feltonville section of"


def make_chains(doc: Document, mentions: list[Mention]) -> list[Chain]:
    chains: list[Chain] = []
    for m in mentions:
        if chains:
            prev = chains[-1].parts[-1]
            text, gap = doc.text, prev.full_end   # (the gap read in place: no slice)
            if (_CHAIN_GAP.fullmatch(text, gap, m.start) or
                    (prev.level == LOCALITY and _OF_GAP.fullmatch(text, gap, m.start))) \
                    and not prev.is_demonym() and not m.is_demonym() \
                    and not prev.is_country() and len(chains[-1].parts) < 5:
                chains[-1].parts.append(m)
                continue
        chains.append(Chain([m]))
    out: list[Chain] = []
    for chain in chains:   # a chain ends with its widest part: a country, a state, a province
        if len(chain.parts) == 1:
            out.append(chain)   # (one part: nothing to split)
            continue
        wide = [i for i, m in enumerate(chain.parts) if i and _is_wide(m)]
        last = wide[-1] if wide else 0
        out.append(Chain(chain.parts[:last + 1]))
        out.extend(Chain([m]) for m in chain.parts[last + 1:])
    for chain in out:
        if len(chain.parts) > 1:
            for part in chain.parts:
                part.weak = False
    return out


_WORD_BEFORE_NAME = re.compile(r"([A-Z][\w'’\-]*)[ \t]+\Z")
_WORD_AFTER_NAME = re.compile(r"[ \t]+([A-Z][\w'’\-]*)")
_LOWER_AFTER_HYPHEN = re.compile(r"-[a-z]{3,}\Z")   # 'Taliban-held', 'Boko Haram-controlled'
_ARTICLES = frozenset({"at", "as", "an", "ad", "ar", "al", "el", "ash", "az", "ath"})
_COMPASS = frozenset({"north", "south", "east", "west"})


def _whole_names(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A name the gazetteer knows or finds only in part, inside a longer name that the text
    marks as a place ('in Nahri Saraj district': 'Saraj' is a town abroad; 'in Khwaja Baha
    Wuddin district', 'in At Tuhayta district', 'attacked Aq Tapa, Kunduz'; 'in Ras
    al-Ain', 'SAN MIGUEL DE MERCEDES'): the whole name, a place the gazetteer lacks.  (In
    capitals only a connector ('DE', 'AL-') shows a name goes on.)  A compass word starts a
    district's name ('West Singhbhum district'), not a town's ('in North Philadelphia')."""
    if not mentions:
        return mentions
    text = doc.text
    caps = doc.all_caps
    words = _words()
    facts = _facts(doc)
    lower = facts.lower
    title_end = facts.title_end
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        kinds = m.kinds
        prev_end = out[-1].full_end if out else 0
        opener_start = _caps_opener_start(text, m, words, prev_end) if caps else m.start
        opener = opener_start < m.start
        if m.start < title_end or (not kinds.isdisjoint(_STATE_OR_COUNTRY) and not opener) or \
                kinds == _DEMONYM_ONLY:
            out.append(m)   # (a country, a state, a people; but 'NUEVA FLORIDA' is a town)
            continue
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        next_start = following.start if following is not None else len(text)
        start = opener_start if caps else _name_start(text, m, words, prev_end)
        end = m.end if caps or m.entries else _name_end(text, lower, m, words, next_start)
        if m.level is None:
            end = _connected_end(text, end, next_start, caps)
        if (start == m.start and end == m.end) or _streetlike(text, start, end, words):
            out.append(m)   # ('Minyard Food Store': a shop)
            continue
        whole = _typed(doc, Mention(start, end, ()), facts)
        chained = following is not None and _is_wide(following) and \
            _COMMA_GAP.fullmatch(text, whole.full_end, following.start) is not None
        if whole.bound or whole.level or chained or (start == m.start and m.bound) or caps:
            # (in capitals only a connector or a Spanish opener extends a name, and either
            # says the words make one name: 'THE ATTACK ON SAN MIGUEL DE MERCEDES')
            whole.level = whole.level or m.level
            out.append(whole)
        else:
            out.append(m)
    return out if caps else _towns_between(doc, out, words)


_COMMA_GAP = re.compile(r",[ \t]*\n?[ \t]*")
_STATE_OR_COUNTRY = frozenset({STATE, COUNTRY})
_DEMONYM_ONLY = {DEMONYM}
_CONNECTED = re.compile(r"[ \t]+(?:(?i:al|el|ash|as|ad|ar|an|at|az|ath|um|bin|ibn)-|"
                        r"(?i:de|del|de la|de las|de los|do|da|dos|das)[ \t]+)"
                        r"([A-Z][\w'’]*)(?![\w'’-])")


def _connected_end(text: str, end: int, ceiling: int, caps: bool) -> int:
    """The end of a name that goes on after a connector ('Ras al-Ain', 'San Miguel de
    Mercedes'); in capitals not over an English word ('MEDELLIN DE NOCHE')."""
    if end >= ceiling or text[end] not in " \t":
        return end   # (``_CONNECTED`` opens with white space)
    found = _CONNECTED.match(text, end, ceiling)
    if found is None or (caps and found.group(1).lower() in english_words()):
        return end
    return found.end()


_TOWN_BETWEEN = re.compile(r",[ \t]*([A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}),[ \t]*\Z")


def _towns_between(doc: Document, mentions: list[Mention], words: _Words) -> list[Mention]:
    """'in Sarwan neighborhood, Qarabulaq, Laghman': the name between a neighbourhood and
    a province is the town the neighbourhood belongs to, known to the gazetteer or not."""
    text = doc.text
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        out.append(m)
        if m.level != LOCALITY or i + 1 >= len(mentions) or not _is_wide(mentions[i + 1]):
            continue
        found = _TOWN_BETWEEN.fullmatch(text, m.full_end, mentions[i + 1].start)
        if found is None or any(w.lower() in words.function or w.lower() in words.suffix
                                for w in found.group(1).split()):
            continue
        town = _typed(doc, Mention(found.start(1), found.end(1), ()))
        if not town.level:
            out.append(town)
    return out


def _caps_opener_start(text: str, m: Mention, words: _Words, floor: int) -> int:
    """In capitals, the start of a Spanish word right before ``m`` that opens a longer name
    with it ('IN NUEVA X', 'THE MEDIO X BASIN'), else the mention's own start.  (Not before
    a country's name or a people's: 'ALTO PERU' is no town.)"""
    lo = max(floor, m.start - 16)
    before = text[lo:m.start]
    word_end = len(before.rstrip())
    if word_end == len(before) or before.count("\n") > 1:
        return m.start   # (no gap before the name, or a paragraph break)
    word_start = max(before.rfind(" ", 0, word_end), before.rfind("\n", 0, word_end),
                     before.rfind("\t", 0, word_end)) + 1
    word = before[word_start:word_end]
    if not word.isalpha() or word.lower() not in words.caps_opener or \
            COUNTRY in m.kinds or m.is_demonym():
        return m.start
    return lo + word_start


def _name_start(text: str, m: Mention, words: _Words, floor: int) -> int:
    """Start of the capitalised words right before ``m`` that make one name with it."""
    pos = m.start
    for _ in range(3):
        if pos - 2 < floor or text[pos - 1] not in " \t" or not text[pos - 2].isalnum():
            break   # (a quick test: a word right before, on the same line)
        found = _WORD_BEFORE_NAME.search(text, max(floor, pos - 40), pos)
        if not found:
            break
        word = found.group(1).lower()
        if word in _COMPASS and m.level in (DISTRICT, ADMIN1) and \
                CITY not in m.kinds:
            return found.start(1)   # 'South Waziristan district'
        if word in _ARTICLES and found.start(1) > 3 and \
                text[found.start(1) - 3:found.start(1)] in ("in ", "at "):
            return found.start(1)   # 'in At Tuhayta district'
        if word in words.function or word in words.modifier or word in words.suffix or \
                word in words.binding or word in words.street or \
                word.endswith(("'s", "’s")) or _LOWER_AFTER_HYPHEN.search(found.group(1)) or \
                not _NATIONAL_KINDS.isdisjoint(map(_KIND, load().lookup(fold(word)))):
            break
        pos = found.start(1)
    return pos


def _name_end(text: str, lower: str, m: Mention, words: _Words, ceiling: int) -> int:
    """End of the capitalised words right after an unknown place ``m`` that make one name
    with it, before a generic word ('Laja Ahmad Khail district')."""
    if m.level:
        return m.end
    pos = m.end
    for _ in range(2):
        found = _WORD_AFTER_NAME.match(text, pos, ceiling)
        if not found:
            break
        word = found.group(1).lower()
        if word in words.function or word in words.suffix or word in words.street or \
                word in words.organization or word in words.institution or \
                word.endswith(("'s", "’s")):
            break
        pos = found.end(1)
        if words.suffix_lower_re.match(lower, pos) or _COMMA_NAME.match(text, pos):
            return pos   # 'in Shaygal Wa Shiltan, Kunar'
    return m.end


def _is_wide(m: Mention) -> bool:
    return m.level in (ADMIN1, DISTRICT) or not _WIDE_KINDS.isdisjoint(m.kinds)


def _background(doc: Document, idx: int) -> bool:
    """A sentence of background: history, analysis, quoted commentary."""
    if idx < 0:
        return False
    return doc.text[doc.sentences[idx].start] in "\"“" or idx in _facts(doc).background


def _in_dateline(doc: Document, m: Mention) -> bool:
    dl = doc.dateline
    return bool(dl and dl.place and dl.place.start <= m.start < dl.place.end)


def _sentence_index(doc: Document, offset: int) -> int:
    s = doc.sentence_at(offset)
    return s.index if s is not None else -1


def _reacting(doc: Document, m: Mention) -> bool:
    """A country or its people reacting to news ('THE X-IAN GOVERNMENT TODAY CONDEMNED ...',
    'X HAS EXPRESSED ITS SOLIDARITY'): the country that reacts, not where it happened."""
    return (m.is_country() or m.is_demonym()) and \
        bool(_words().reaction_re.match(doc.text, m.end, m.end + 60))


# what one mention says of the incident's country, whatever the incident (``_Vote.kind``)
_VICTIM, _REACTING, _TERRITORY, _PLAIN = range(4)


class _Vote(NamedTuple):
    """One mention's evidence for a country, read once per document (``_mention_votes``):
    only its nearness to each incident's sentence is left to weigh."""
    idx: int                    # its sentence
    headline: bool              # a title line: as near as the attack sentence
    background: bool            # a sentence of background: a third as near, unless the attack's
    legal: bool                 # a sentence about a court: no evidence, unless the attack's
    kind: int                   # _VICTIM, _REACTING, _TERRITORY or _PLAIN
    codes: tuple[str, ...]      # the countries, in the order their votes are added
    shares: tuple[float, ...]   # _PLAIN: each country's share times the weight
    strong: bool                # _PLAIN: a vote, not weak evidence (capped)


def _mention_votes(doc: Document, chains: list[Chain]) -> tuple[list[_Vote],
                                                                list[tuple[Mention, Chain]]]:
    """The mentions' evidence for the country (``_Vote``), and the dateline's towns with
    their chains, read once per document (the incidents of an article share them)."""
    memo = doc.memo("location.votes")
    found = memo.get("votes")
    if found is None or found[0] is not chains:
        found = memo["votes"] = (chains, _read_votes(doc, chains))
    return found[1]


def _read_votes(doc: Document, chains: list[Chain]) -> tuple[list[_Vote],
                                                             list[tuple[Mention, Chain]]]:
    text = doc.text
    facts = _facts(doc)
    background, headlines = facts.background, facts.headlines
    legal = _legal_sentences(doc)
    filing = _filing_countries(doc, chains)
    dl = doc.dateline
    dl_place = dl.place if dl else None
    items: list[_Vote] = []
    datelines: list[tuple[Mention, Chain]] = []
    home: list[str | None] = []   # the dateline's country at home, looked up on first need
    bound_countries: dict[int, set[str]] | None = None   # 'IN GUATEMALA', by sentence
    for chain in chains:
        parts = chain.parts
        chained = len(parts) > 1
        # 'THE TALKS SCHEDULED IN CARACAS, VENEZUELA': diplomacy, the whole chain (asked
        # only of a chain with a vote)
        meeting: bool | None = None if chained else False
        for m in parts:
            if not m.entries:
                continue
            country, demonym = m.is_country(), m.is_demonym()
            if dl_place and dl_place.start <= m.start < dl_place.end:
                if parts[0] is m and not country:
                    datelines.append((m, chain))
                continue   # the dateline counts once, as where the report was filed
            strong = bool(m.bound == 2 or chained or m.level)
            if not (country or demonym):
                # a town's or a province's vote first: most names give none, and need no
                # more of the text
                vote = _place_vote(doc, m, chained, strong, home, chains)
                if vote is None:
                    continue
                codes, weight = vote
            if meeting is None:
                meeting = _meeting_place(doc, parts[0])
            if meeting or _meeting_place(doc, m):
                continue   # 'THE TALKS SCHEDULED IN CARACAS': diplomacy
            idx = _sentence_index(doc, m.start)
            # (a sentence of background: quoted, or with a background phrase)
            where = (idx, 0 <= idx <= 2 and headlines[idx],
                     idx >= 0 and (text[doc.sentences[idx].start] in "\"“" or
                                   idx in background), idx in legal)
            if country or demonym:
                if _region_name(doc, m) or _across_border(text, m):
                    continue   # 'LATIN AMERICA': a region; 'NEAR THE X-IAN BORDER': the other side
                if _victim_nationality(doc, m) and not _foreign_national(text, m):
                    codes = {e.country_code for e in m.entries if e.kind in (COUNTRY, DEMONYM)}
                    if bound_countries is None:
                        bound_countries = _bound_countries(doc, chains)
                    if not bound_countries.get(idx) or codes & bound_countries[idx]:
                        items.append(_Vote(*where, _VICTIM, tuple(codes), (), False))
                    continue   # 'THE MURDER OF A PERUVIAN MAYOR' ('... IN Y': a national abroad)
                if _reacting(doc, m):
                    items.append(_Vote(*where, _REACTING, tuple(map(_CODE, m.entries)), (),
                                       False))
                    continue   # the country that condemned the attack, not the attack's
                if demonym:
                    if _foreign_national(text, m):
                        continue   # 'A SPANISH PRIEST ... ARRESTED IN SAN SALVADOR'
                    codes = set(map(_CODE, m.entries))
                    weight = 0.3
                    if _national_ground(text, m):
                        items.append(_Vote(*where, _TERRITORY, tuple(codes), (), False))
                        continue   # 'INSIDE SALVADORAN TERRITORY': that country's ground
                elif _adjectival(text, m):
                    codes = {e.country_code for e in m.entries if e.kind == COUNTRY}
                    weight, strong = _OWNED_WEIGHT, False   # 'the U.S. embassy in La Paz'
                else:
                    if _DESTINATION.search(text, max(0, m.start - 40), m.start):
                        continue   # 'EXTRADITED TO THE UNITED STATES': where someone went
                    codes = {e.country_code for e in m.entries if e.kind == COUNTRY}
                    weight = 2.0 if strong else 0.6
            ordered = tuple(sorted(codes))
            items.append(_Vote(*where, _PLAIN, ordered,
                               tuple((_FILED_SHARE if c in filing else 1.0) * weight
                                     for c in ordered), strong and not demonym))
    return items, datelines


def _place_vote(doc: Document, m: Mention, chained: bool, strong: bool,
                home: list[str | None], chains: list[Chain]) -> tuple[set[str], float] | None:
    """A town's, a province's or a state's evidence for its country (``_read_votes``): (its
    countries, the weight), or None.  ``home``: as for ``_town_vote``."""
    kinds = m.kinds
    if STATE in kinds:
        return {"US"}, 1.2 if strong else 0.6
    if ADMIN1 in kinds and len({e.country_code for e in m.entries if e.kind == ADMIN1}) == 1 and \
            (m.level == ADMIN1 or chained or CITY not in kinds):
        return {e.country_code for e in m.entries if e.kind == ADMIN1}, 0.8 if strong else 0.3
    if m.level == LOCALITY and not chained and \
            max(map(_POPULATION, m.entries)) < _LOCALITY_VOTE:
        return None   # 'the El Poblado neighbourhood': a part of a town, whatever small
        # namesake abroad the gazetteer knows, says nothing of the country
    return _town_vote(doc, m, chained, strong, home, chains)


def _town_vote(doc: Document, m: Mention, chained: bool, strong: bool,
               home: list[str | None], chains: list[Chain]) -> tuple[set[str], float] | None:
    """A town's evidence for its country (``_read_votes``): (its countries, the weight), or
    None.  ``home``: the dateline's country at home, once looked up."""
    readings = _readings_of(m.entries)
    if _no_town_vote(readings, chained or bool(m.level), strong):
        return None
    if readings.us and not doc.all_caps:
        readings = _unnamed_abroad(doc, readings)
    entries = readings.entries
    if m.level:
        if not home:
            home.append(_home_country(doc, chains))
        if _home_namesake(doc, m, entries, home[0]):
            return None   # 'THE VILLA X DISTRICT' in a Lima report: a town at home
    if doc.all_caps and readings.biggest < 100000 and " " not in fold(doc.text[m.start:m.end]) and \
            not any(map(_facts(doc).speaks_of, readings.codes)):
        return None   # 'IN TIME', 'IN ADVANCE': a word, not a town abroad
    if strong and len(readings.codes) == 1 and (chained or m.level or readings.biggest >= 5000):
        return set(readings.codes), 0.8
    dominant = _known_reading(_own_readings(m, entries))
    if dominant is None:
        return None
    return {dominant.country_code}, 0.6 if strong else 0.3


def _no_town_vote(readings: "_Readings", marked: bool, strong: bool) -> bool:
    """Whether ``_town_vote`` finds no vote whatever the article, from the readings alone:
    none is a town of 100,000 (what ``_known_reading`` needs), and the name is not strong
    evidence of a town of 5,000 or one the text chains or marks (``marked``).  (The readings
    it narrows to are some of these: none bigger.)  Most lone names stop here, before the
    article's country evidence is asked for."""
    biggest = readings.biggest
    return biggest < _BIG_TOWN and not (strong and (marked or biggest >= 5000))


class _Readings(NamedTuple):
    """What a name's readings say of its country whatever the article (``_readings_of``)."""
    entries: tuple[Entry, ...]
    codes: frozenset[str]       # their countries
    biggest: int                # the biggest population
    us: tuple[Entry, ...]       # the US readings, when others are abroad: ``_unnamed_abroad``
    abroad: frozenset[str]      # (then) the other readings' countries
    towns: frozenset[str]       # the countries of its readings as a town or a province


@lru_cache(maxsize=1 << 12)
def _readings_of(entries: tuple[Entry, ...]) -> _Readings:
    """``_Readings`` of a name's readings, worked out once per tuple of readings (a name
    has up to hundreds, and most names come back in article after article)."""
    codes = frozenset(map(_CODE, entries))
    us = tuple(e for e in entries if e.country_code == "US") if "US" in codes else ()
    return _Readings(entries, codes, max(map(_POPULATION, entries)), us, codes - {"US"},
                     frozenset(e.country_code for e in entries if e.kind in (CITY, ADMIN1)))


@lru_cache(maxsize=1 << 12)
def _known_reading(entries: tuple[Entry, ...]) -> Entry | None:
    """The reading of a name that dwarfs all others abroad, else the capital among them
    (``_dominant_reading``, ``_capital_reading``), once per tuple of readings."""
    return _dominant_reading(entries) or _capital_reading(entries)


def country_votes(doc: Document, scope: Scope, chains: list[Chain],
                  anchor: int | None) -> dict[str, float]:
    """Evidence for the incident's country: alpha-2 -> weight."""
    reacting: set[str] = set()
    votes: dict[str, float] = defaultdict(float)
    weak: dict[str, float] = defaultdict(float)   # adjectives and passing mentions: capped
    named = _facts(doc).country_counts if doc.all_caps else {}
    in_scope = set(scope.sentences)
    filing = _filing_countries(doc, chains)
    items, datelines = _mention_votes(doc, chains)
    for item in items:
        idx = item.idx
        if idx == anchor or item.headline:
            near = 2.0
        elif idx in in_scope and anchor is not None:
            near = max(0.2, 1.2 - 0.1 * abs(idx - anchor))   # the closer, the surer
        else:
            near = 0.2
        if idx != anchor:
            if item.legal:
                continue   # 'EXTRADITED TO THE UNITED STATES', 'A COURT IN MIAMI': not the attack's
            if item.background:
                near *= 0.3
        kind = item.kind
        if kind == _PLAIN:
            n = len(item.codes)
            target = votes if item.strong else weak
            for c, share in zip(item.codes, item.shares):
                target[c] += share * near / n
        elif kind == _VICTIM:
            for c in item.codes:
                votes[c] += _VICTIM_VOTE * near
        elif kind == _TERRITORY:
            for c in item.codes:
                votes[c] += _TERRITORY_VOTE * near / len(item.codes)
        else:
            reacting.update(item.codes)
    for c, w in _facts(doc).weak_cues.items():
        weak[c] += w
    strong = dict(votes)
    for c, w in weak.items():
        votes[c] += min(w, 1.5)
    if filing:   # the filing country's own affairs are rarely the news it files abroad
        named = {c: w * (_FILED_SHARE if c in filing else 1.0) for c, w in named.items()}
    subject = _top(named)
    if subject and doc.all_caps and not _filed_abroad(doc):
        subject = _home_subject(doc, chains, named, subject)
    for m, chain in datelines:   # where the report was filed
        filed = _dateline_country(m, chain, votes)
        if _filed_abroad(doc):
            votes[filed] += _ABROAD_DATELINE
            continue
        if filed in reacting and any(c != filed for c in votes):
            continue   # the dateline's country reacts to news from another country
        top = _top(strong)
        if not doc.all_caps and top and top != filed and strong[top] >= 3.0 and \
                strong[top] >= 3 * strong.get(filed, 0.0):
            continue   # a report from abroad about another country
        votes[filed] += _HOME_DATELINE
    station = _unplaced_dateline(doc) and (_station_country(doc, named) or subject)
    if station:
        votes[station] += _HOME_DATELINE   # a rebel station at home: as a dateline at home
    elif subject and named[subject] >= _ABROAD_COUNT:
        # a wire report in capitals: the country it keeps naming is where its news happens
        # ('CLANDESTINE, ... (RADIO VENCEREMOS)' naming Salvadorans throughout)
        votes[subject] += min(_PRIOR_WEIGHT * named[subject], _PRIOR_CAP)
    if not votes and not doc.all_caps:
        # no evidence at all: a local English-language report whose town also names places
        # abroad ('Chester police', 'Durham', 'Richmond') is a US report; a token weight,
        # so that any real evidence outweighs it and it alone names no country
        votes["US"] = _LOCAL_PRIOR
    return votes


_LOCAL_PRIOR = 0.1
_HOME_DATELINE = 3.0   # a dateline at home: where the report was filed


def _station_country(doc: Document, named: dict[str, float]) -> str | None:
    """The country of the groups a clandestine station names most (of a tie, the one the
    article names more): the station's own."""
    groups = _group_countries(doc)
    return max(sorted(groups), key=lambda c: (groups[c], named.get(c, 0.0))) if groups else None


def _unplaced_dateline(doc: Document) -> bool:
    """A wire dateline that names no place but a clandestine station ('CLANDESTINE, 20 NOV 89
    (RADIO ...) --'): a rebel station broadcasting at home, the country of the groups it
    names, else the country it names most."""
    dl = doc.dateline
    return bool(doc.all_caps and dl and dl.place and
                fold(dl.place.text.split(",")[0]) in _country_context().unplaced)
_OWNED_WEIGHT = 0.1   # what a country owns or does elsewhere (the U.S. embassy): hardly its place
_VICTIM_VOTE = 1.0   # per unit of nearness: a victim's nationality ('THE MURDER OF A X-IAN ...')
_FILED_SHARE = 0.3   # a report filed abroad: the weight its filing country's mentions keep
_BIG_TOWN = 100000


@dataclass(frozen=True)
class _CountryContext:
    """Patterns and words that tell whose ground a country's name is."""

    legal: _Phrases         # a court, a trial, an extradition
    victim_re: re.Pattern   # a phrase before a victim, ending right before a nationality
    victim_words: tuple[str, ...]   # (their first words, in lower case: a plain look-up first)
    region: frozenset[str]  # a word before a country's name that makes it a region's
    meeting_re: re.Pattern  # a word of diplomacy or travel shortly before a place, same clause
    meeting_words: tuple[str, ...]  # (their first words, in lower case: a plain look-up first)
    territory: frozenset[str]   # a word after a nationality that makes it the country's ground
    border: frozenset[str]      # a border: named from the other side
    ground: frozenset[str]      # 'IN THE X-IAN TOWN OF': a place in that country
    border_re: re.Pattern       # 'the border with ' right before a country's name
    unplaced: frozenset[str]    # a dateline naming no place: 'CLANDESTINE'
    clause: frozenset[str]      # in capitals, after 'U.S.': a word that ends or links its phrase
    thoroughfare: frozenset[str]    # in capitals, after a name: a street's ('X AND Y STREETS')


@lru_cache(maxsize=1)
def _country_context() -> _CountryContext:
    """data/country_context.tsv: the words around country evidence the vote reads."""
    table: dict[str, list[str]] = defaultdict(list)
    for line in (DATA / "country_context.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, phrase = line.split("\t")
            table[kind].append(phrase)

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t\n]+")
                        for w in sorted(words, key=len, reverse=True))

    return _CountryContext(
        legal=_Phrases(table["legal"]),
        victim_words=_shortest({w.lower().split()[0] for w in table["victim"]}),
        victim_re=re.compile(r"\b(?:" + alt(table["victim"]) + r")[ \t\n]+"
                             r"(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"\d+)[ \t\n]+)?\Z", re.IGNORECASE),
        region=frozenset(table["region"]), territory=frozenset(table["territory"]),
        border=frozenset(table["border"]), ground=frozenset(table["ground"]),
        unplaced=frozenset(table["unplaced"]),
        clause=frozenset(table["clause"]), thoroughfare=frozenset(table["thoroughfare"]),
        border_re=re.compile(r"\b(?:" + alt(table["border"]) + r")[ \t\n]+with[ \t\n]+"
                             r"(?:the[ \t\n]+)?\Z", re.IGNORECASE),
        meeting_re=re.compile(r"\b(?:" + alt(table["meeting"]) + r")\b"
                              r"(?:(?!\b(?:in|at|to)\b)[^.;:!?\"]){0,%d}"
                              r"\b(?:in|at|to)[ \t\n]+(?:the[ \t\n]+)?\Z"
                              % _MEETING_CHARS, re.IGNORECASE),
        meeting_words=_shortest({w.lower().split()[0] for w in table["meeting"]}))


_MEETING_CHARS = 70   # how far before a place a word of diplomacy still makes it a meeting's


def _shortest(words: set[str]) -> tuple[str, ...]:
    """The words that hold none of the others ('meet', not 'meeting'): where none of these
    occurs, none of ``words`` does."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def _legal_sentences(doc: Document) -> frozenset[int]:
    """The sentences about a court, a trial or an extradition."""
    return frozenset(_sentence_index(doc, start) for start in _legal_offsets(_facts(doc).lower))


@lru_cache(maxsize=16)
def _legal_offsets(lower: str) -> tuple[int, ...]:
    """Where a lower-cased text names a court, a trial or an extradition (once per document):
    one Aho-Corasick pass, whole words only."""
    return tuple(start for start, end in _country_context().legal.occurrences(lower)
                 if _boundary(lower, start) and _boundary(lower, end))


def _bound_countries(doc: Document, chains: list[Chain]) -> dict[int, set[str]]:
    """The countries each sentence binds to an event ('... IN GUATEMALA'), by sentence."""
    out: dict[int, set[str]] = defaultdict(set)
    for chain in chains:
        for m in chain.parts:
            if m.bound == 2 and m.is_country() and not _in_dateline(doc, m):
                out[_sentence_index(doc, m.start)].update(
                    e.country_code for e in m.entries if e.kind == COUNTRY)
    return out


def _victim_nationality(doc: Document, m: Mention) -> bool:
    """A nationality right after 'the murder of', 'the kidnapping of two': the victim's."""
    lo, context = max(0, m.start - 40), _country_context()
    return may_hold(doc.lower, context.victim_words, lo, m.start) and \
        bool(context.victim_re.search(doc.text, lo, m.start))


def _filing_countries(doc: Document, chains: list[Chain]) -> frozenset[str]:
    """The country a wire report filed abroad spells out in its dateline ('MANAGUA
    (NICARAGUA), ...'): the country it reports from, not the one it reports on."""
    if not _filed_abroad(doc):
        return frozenset()
    for chain in chains:
        if not _in_dateline(doc, chain.parts[0]) or len(chain.parts) < 2:
            continue
        codes = {e.country_code for m in chain.parts[1:] if _in_dateline(doc, m) and
                 m.is_country() for e in m.entries if e.kind == COUNTRY}
        if any(e.kind == CITY and e.country_code in codes and e.population >= _BIG_TOWN
               for e in chain.parts[0].entries):
            return frozenset(codes)   # ('EL PARAISO (EL SALVADOR)': a town at home)
    return frozenset()


def _home_country(doc: Document, chains: list[Chain]) -> str | None:
    """The country of a wire report's dateline city when it files at home ('LIMA, ...')."""
    if not doc.all_caps or _filed_abroad(doc):
        return None
    for chain in chains:
        m = chain.parts[0]
        if m.entries and _in_dateline(doc, m) and not m.is_country():
            return _dateline_country(m, chain, {}) or None
    return None


def _home_subject(doc: Document, chains: list[Chain], named: dict[str, float],
                  subject: str) -> str:
    """A wire report filed at home ('SAN SALVADOR, ...') that names a neighbour more often
    than its own country (an interview on relations with the neighbour): still about home,
    when it names home at least half as often."""
    home = _home_country(doc, chains)
    if home and home != subject and named.get(home, 0.0) >= _HOME_SHARE * named[subject]:
        return home
    return subject


_HOME_SHARE = 0.5


def _home_namesake(doc: Document, m: Mention, entries: tuple[Entry, ...],
                   home: str | None) -> bool:
    """A name the text marks as a town or district ('VILLA X DISTRICT') in a report filed at
    home, whose only readings are small towns in countries the article never names: a town
    at home the gazetteer lacks ('THE PERUVIAN TOWN OF X' names its country)."""
    if not (home and m.level and entries) or \
            max(e.population for e in entries) >= _BIG_TOWN:
        return False
    named = _facts(doc).country_counts
    return all(e.country_code != home and named.get(e.country_code, 0.0) <= 0.5
               for e in entries)
_DESTINATION = re.compile(r"\b(?:extradited|deported|sent|returned|travel(?:l?ed)?|went|flew|"
                          r"fled|exiled)[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?\Z", re.IGNORECASE)
_LOCALITY_VOTE = 100000   # a neighbourhood's reading abroad this big is still evidence
_ABROAD_DATELINE = 0.5


def _filed_abroad(doc: Document) -> bool:
    """A wire dateline in capitals that spells out its country, 'MOSCOW (USSR), 6 JUL 89
    (TASS) --': the wire names a city's country when it files from outside the region it
    covers; the report is about the country its text names (a plain 'LIMA, ...' is filed at
    home).  (A local station's 'MEMPHIS, Tenn. (WMC)' is mixed case.)"""
    dl = doc.dateline
    return bool(doc.all_caps and dl and dl.place and "(" in dl.place.text)
_ABROAD_COUNT = 2.0   # country names (1) and adjectives (0.5) an article's subject needs
_PRIOR_WEIGHT = 0.5
_PRIOR_CAP = 2.0


def _unnamed_abroad(doc: Document, readings: _Readings) -> _Readings:
    """A town named in an English-language report with US local cues ('Rome police ...
    Floyd County Jail'): its US reading, unless the article names (the people of) the
    country of another reading -- a report of a town abroad names its country.
    (``readings.us``: the US readings, when there are some.)"""
    facts = _facts(doc)
    if not facts.us_local:
        return readings
    if readings.abroad:   # (only then the article's country counts are needed)
        named = facts.country_counts
        if any(map(named.get, readings.abroad)):
            return readings
    return _readings_of(readings.us)


def _adjectival(text: str, m: Mention) -> bool:
    """A country's name used as an adjective: 'the U.S. embassy', 'U.S. officials', also
    with one qualifier between ('U.S. MORMON MISSIONARIES', 'U.S. MILITARY AID')."""
    after = _TWO_WORDS_AFTER.match(text, m.end)
    if not after:
        return _currency_after(text, m)
    if _abbreviation_owns(text, m, after.group(1)):
        return True
    attribute = _words().attribute
    return after.group(1).lower() in attribute or (
        after.group(2) is not None and after.group(2).lower() in attribute and
        after.group(1).lower() not in _words().function)


_TWO_WORDS_AFTER = re.compile(r"\.?[ \t]*\n?[ \t]*([A-Za-z]+)(?:[ \t]*\n?[ \t]*([A-Za-z]+))?")
_CURRENCY_AFTER = re.compile(r"\.?[ \t]*\$")   # 'U.S. $103 MILLION', 'U.S.$5'


def _currency_after(text: str, m: Mention) -> bool:
    """'U.S. $5 MILLION': a currency, no place."""
    return text.startswith("$", m.end) or bool(_CURRENCY_AFTER.match(text, m.end))


def _abbreviation_owns(text: str, m: Mention, word: str) -> bool:
    """In a text in capitals, a country's dotted abbreviation before any word that does not
    end or link its phrase ('U.S. PILOTS', 'U.S. PLANS', 'U.S. CIA'): what a country owns or
    does, whose place is elsewhere (the place itself is 'IN THE U.S.')."""
    if not word.isupper() or not text[m.start:m.end].isupper():
        return False
    lower = word.lower()
    return "." in text[m.start:m.end] and lower not in _country_context().clause and \
        lower not in _words().function


def _foreign_national(text: str, m: Mention) -> bool:
    """A demonym before a person ('a Spanish priest', 'two U.S. nuns'): the victim's
    nationality, not the country where it happened."""
    return _word_after(text, m) in _words().foreigner


def _meeting_place(doc: Document, m: Mention) -> bool:
    """A place the text binds to a meeting, a visit or studies ('THE TALKS SCHEDULED FOR 20
    NOVEMBER IN X', 'THE BISHOPS MET IN X'): diplomacy or travel, not an attack's place."""
    if m.bound != 2:
        return False
    lo = max(0, m.start - _MEETING_CHARS - 12)
    context = _country_context()
    return may_hold(doc.lower, context.meeting_words, lo, m.start) and \
        bool(context.meeting_re.search(doc.text, lo, m.start))




def _national_ground(text: str, m: Mention) -> bool:
    """A nationality that names a country's ground: 'INSIDE SALVADORAN TERRITORY', 'ON
    PERUVIAN SOIL', 'IN THE PERUVIAN TOWN OF X'."""
    after = _word_after(text, m)
    return after in _country_context().territory or (
        after in _country_context().ground and
        bool(_BOUND_BEFORE.search(text, max(0, m.start - 12), m.start)))


_BOUND_BEFORE = re.compile(r"\b(?:in|at|near)[ \t\n]+(?:the|a|an)[ \t\n]+\Z", re.IGNORECASE)


def _across_border(text: str, m: Mention) -> bool:
    """A country named for its border ('NEAR THE COLOMBIAN BORDER', 'AT THE BORDER WITH
    COLOMBIA'): the place is on the other side."""
    return _word_after(text, m) in _country_context().border or \
        bool(_country_context().border_re.search(text, max(0, m.start - 30), m.start))


def _region_name(doc: Document, m: Mention) -> bool:
    """A country's name inside a region's ('LATIN AMERICA', 'CENTRAL AMERICAN')."""
    lo, text = max(0, m.start - 20), doc.text
    region = _country_context().region
    if not may_hold(doc.lower, region, lo, m.start):
        return False   # (plain look-ups first: most names have no region's word before them)
    before = _WORD_BEFORE.search(text, lo, m.start)
    return bool(before) and before.group(1).lower() in region


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*\n?[ \t]*\Z")


def _word_after(text: str, m: Mention) -> str:
    """The word right after the mention, in lower case ('' when none follows)."""
    after = _NEXT_WORD_ANY.match(text, m.end)
    return after.group(1).lower() if after else ""


_NEXT_WORD_ANY = re.compile(r"\.?[ \t]*\n?[ \t]*([A-Za-z]+)")


def _country_counts(doc: Document, mentions: list[Mention]) -> dict[str, float]:
    """How often the article names each country outside its dateline: a name counts 1, an
    adjective ('SALVADORAN', 'the U.S. embassy') 0.5, a town of that country alone 0.5."""
    counts: dict[str, float] = defaultdict(float)
    places: set[str] = set()
    legal = _legal_sentences(doc)
    for m in mentions:
        if _in_dateline(doc, m) or (legal and _sentence_index(doc, m.start) in legal):
            continue
        if not m.is_country():
            codes = _readings_of(m.entries).towns if m.entries else frozenset()
            if len(codes) == 1 and not m.weak:
                name = fold(doc.text[m.start:m.end])
                if m.level or " " in name or not doc.all_caps:
                    places.add(name + " " + next(iter(codes)))   # ('IN TIME' is no town)
            continue
        if m.is_demonym() and _foreign_national(doc.text, m) or _region_name(doc, m):
            continue
        owned = not m.is_demonym() and _adjectival(doc.text, m)
        adjective = m.is_demonym() or owned
        for code in {e.country_code for e in m.entries if e.kind in (COUNTRY, DEMONYM)}:
            counts[code] += _OWNED_COUNT if owned else 0.5 if adjective else 1.0
    for place in places:   # a town only one country has, each name once
        counts[place.rsplit(" ", 1)[1]] += 0.5
    if doc.all_caps:   # a wire report's groups: 'the FMLN', 'RADIO VENCEREMOS'
        for code, n in _group_countries(doc).items():
            counts[code] += min(n, _GROUP_CAP)

    return dict(counts)


_GROUP_CAP = 4.0
_TERRITORY_VOTE = 2.0   # per unit of nearness: 'X-IAN TERRITORY', as strong as 'IN X'
_OWNED_COUNT = 0.1   # 'THE U.S. EMBASSY', 'U.S. AID': what a country owns elsewhere


def _group_countries(doc: Document) -> dict[str, int]:
    """How often the article names a group of the lexicon (``groups.py``) that acts in one
    country, by that country: a rebel front and its radio station speak of their country."""
    out: dict[str, int] = defaultdict(int)
    for g in find_groups(doc.text, doc.all_caps):
        if g.group.kind != "group" or not g.group.region:
            continue
        code = _country_code_of(g.group.region)
        if code:
            out[code] += 1
    return out


@lru_cache(maxsize=256)
def _country_code_of(region: str) -> str | None:
    entries = [e for e in load().lookup(fold(region)) if e.kind == COUNTRY]
    return entries[0].country_code if len(entries) == 1 else None



@lru_cache(maxsize=1)
def _country_cues() -> tuple[_Phrases, dict[str, str]]:
    """data/country_cues.tsv: phrases that are weak evidence for a country (matched as whole
    words, case-insensitively)."""
    table = {}
    for line in (DATA / "country_cues.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            phrase, code = line.split("\t")
            table[phrase.lower()] = code
    return _Phrases(table), table


# a US broadcaster's call sign: '(WKRG)', 'WSMV Channel 4', 'WAFF-TV' (local news is US news)
# (the letter first, then "not inside a word": the scan skips to K and W)
_CALL_SIGN = re.compile(r"([KW](?<!\w[KW])[A-Z]{2,3})(?:\)|-TV\b|[ \t]+(?:Channel|News|TV)\b)")


def _top(votes: dict[str, float]) -> str | None:
    """The country with most evidence (ties: the first in alphabetical order)."""
    return max(sorted(votes), key=votes.get) if votes else None


def _dominant_reading(entries: tuple[Entry, ...], ratio: float = 10) -> Entry | None:
    """The reading of a city name that dwarfs all others abroad ('Kabul', not 'Kābūl',
    Israel), ``ratio`` times bigger than any other, if there is one."""
    cities = sorted((e for e in entries if e.kind == CITY), key=lambda e: -e.population)
    if not cities or cities[0].population < 100000:
        return None
    rivals = [e.population for e in cities[1:] if e.country_code != cities[0].country_code]
    return cities[0] if not rivals or cities[0].population >= ratio * rivals[0] else None


def _capital_reading(entries: tuple[Entry, ...]) -> Entry | None:
    """A name that is a national capital and bigger than any namesake ('SAN SALVADOR', not
    the province of the Bahamas or a village in Mexico): the capital."""
    biggest = max((e for e in entries if e.kind == CITY), key=lambda e: e.population,
                  default=None)
    if biggest is None or biggest.population < _BIG_TOWN:
        return None
    return biggest if fold(load().capitals.get(biggest.country_code, "")) == \
        fold(biggest.name) else None


# a dateline names a big city: a reading this many times bigger than any other abroad is
# the one ('MEDELLIN', 'LA PAZ'), whatever small namesakes the text's words may read as
_DATELINE_RATIO = 5


def _dateline_country(m: Mention, chain: Chain, votes: dict[str, float]) -> str:
    """A dateline names a capital or a big city: 'SAN SALVADOR' is El Salvador's capital;
    'PARIS, Texas' and 'KABUL, Afghanistan' say it themselves; the rest of the article
    decides between 'SAN JOSE' in California and in Costa Rica."""
    if len(chain.parts) > 1:
        resolved = resolve(m, chain, {})
        if resolved.country:
            return resolved.country
    capitals = load().capitals
    own = _own_readings(m, m.entries)
    for e in own:   # 'SAN SALVADOR': the capital, unless a bigger town has the name
        if e.kind == CITY and fold(capitals.get(e.country_code, "")) == fold(e.name) and \
                all(o.population <= e.population for o in own if o.kind == CITY):
            return e.country_code
    dominant = _dominant_reading(own, _DATELINE_RATIO)
    if dominant is not None:
        return dominant.country_code
    total = sum(votes.values()) or 1.0

    def score(e: Entry) -> float:
        return (4.0 * votes.get(e.country_code, 0.0) / total +
                (2.0 if fold(capitals.get(e.country_code, "")) == fold(e.name) else 0.0) +
                (3.0 if e.kind in (COUNTRY, STATE) else 0.0) + math.log10(e.population + 10) / 3)
    return max(own, key=score).country_code if own else ""


@dataclass
class Resolved:
    """What a mention stands for: a gazetteer place and its country."""

    entry: Entry | None         # the gazetteer place the mention stands for (if any)
    country: str | None         # alpha-2


# a reading in a country with less than this share of the top country's evidence is taken
# for an unknown place of the article's country ('Whitehaven' in a Memphis report)
_FOREIGN_SHARE = 0.5


def resolve(m: Mention, chain: Chain, votes: dict[str, float]) -> Resolved:
    """The gazetteer entry a mention stands for, given its chain and the country evidence.
    A name whose only readings lie in other countries than the evidence is an unknown place."""
    if not m.entries:
        return Resolved(None, None)
    parts = chain.parts
    after = parts[1:] if parts and parts[0] is m else \
        parts[parts.index(m) + 1:] if m in parts else []
    chain_codes: set[str] = set()
    chain_admin: set[tuple[str, str]] = set()
    state = False
    for other in after:
        for e in other.entries:
            if e.kind in (COUNTRY, DEMONYM):
                chain_codes.add(e.country_code)
            elif e.kind == STATE:
                state = True
                chain_codes.add("US")
                chain_admin.add(("US", e.admin1))
            elif e.kind == ADMIN1:
                chain_admin.add((e.country_code, ""))
    if state:
        chain_codes = {"US"}

    level = m.level
    bare = not level and len(chain.parts) == 1
    middle = bool(after) and not level and m is not chain.parts[0]
    alternates = m.alternates

    # each reading's score (the same sums, in the same order, as written out plainly; the
    # tests that cannot hold for this mention and chain are skipped), in the loop that
    # keeps the first of the best, as ``max`` would (no call per reading); one reading is
    # the best whatever it scores
    entries = m.entries
    best = entries[0]
    best_score = None
    if len(entries) > 1:
        total = sum(votes.values())
        town_bonus = level == CITY or level == POPULATED
        for e, kind, code, size, capital in _reading_terms(entries):
            s = 0.0
            if chain_codes:
                s += 6.0 if code in chain_codes else -6.0
            if chain_admin:
                if (code, e.admin1) in chain_admin:
                    s += 4.0
                elif (code, "") in chain_admin:
                    s += 1.5
            if total:
                s += 5.0 * votes.get(code, 0.0) / total
            if kind == CITY:
                s += size
                if alternates and e in alternates:
                    s -= _ALTERNATE_PENALTY   # 'Bridgetown': Barbados's, not Portland's nickname
                if capital:
                    s += 2.0   # 'SAN SALVADOR' in a report filed in Madrid: the capital
                if town_bonus:
                    s += 1.0
            elif kind == ADMIN1:
                if level == ADMIN1:
                    s += 3.0
                elif bare:
                    s -= 1.0   # a bare name is more often a town than a province
                elif middle:
                    s += 2.5   # "Ganahkan, Farah, Afghanistan": a middle part is a province
            elif kind == COUNTRY or kind == STATE:
                s += 3.0
            if best_score is None or s > best_score:
                best, best_score = e, s
    if best.kind in (CITY, ADMIN1):
        if chain_codes:
            if best.country_code not in chain_codes:
                return Resolved(None, None)
        else:
            top = _top(votes)
            if top and votes[top] >= 1.0 and \
                    votes.get(best.country_code, 0.0) < _FOREIGN_SHARE * votes[top]:
                return Resolved(None, None)
    return Resolved(best, best.country_code)


@lru_cache(maxsize=1 << 12)
def _reading_terms(entries: tuple[Entry, ...]) -> tuple[tuple[Entry, str, str, float, bool], ...]:
    """For ``resolve``, once per tuple of readings: each reading with its kind, its country,
    its size's share of the score (a town's) and whether it is a capital of 100,000 or more
    ('SAN SALVADOR')."""
    capitals = load().capitals
    return tuple((e, e.kind, e.country_code, math.log10(e.population + 10) / 3.0,
                  e.kind == CITY and e.population >= 100000 and
                  fold(capitals.get(e.country_code, "")) == fold(e.name))
                 for e in entries)


# --------------------------------------------------------------------------------------
# Choice
# --------------------------------------------------------------------------------------


def _anchor_sentence(doc: Document, scope: Scope) -> int | None:
    if scope.anchor is not None:
        s = doc.sentence_at(scope.anchor.start)
        if s is not None:
            return s.index
    return scope.sentences[0] if scope.sentences else None


_SITE_SEPARATOR = re.compile(r"[ \t]+[-|–—][ \t]+|:[ \t]+(?=[A-Z])")


def _site_name_start(doc: Document) -> int | None:
    """Where a web page title's site name starts ('... shooting - WAFF-TV: News for
    Huntsville, AL'): a place there is the station's market, weak evidence only."""
    sents = doc.sentences
    if not sents or not _is_headline(doc, 0):
        return None
    m = _SITE_SEPARATOR.search(doc.text, sents[0].start, sents[0].end)
    return m.start() if m else None


def _is_headline(doc: Document, idx: int) -> bool:
    """``_headline_line``, read once per document."""
    return 0 <= idx <= 2 and _facts(doc).headlines[idx]


def _headline_line(doc: Document, idx: int) -> bool:
    """A title line: one of the first sentences, alone in its paragraph, no final period
    (a web page's site-name line and a wire report's first sentence are not titles)."""
    sents = doc.sentences
    if idx < 0 or idx > 2 or idx >= len(sents) or len(sents) < 2:
        return False
    s = sents[idx]
    alone = (idx == 0 or sents[idx - 1].paragraph != s.paragraph) and \
        (idx + 1 >= len(sents) or sents[idx + 1].paragraph != s.paragraph)
    line = doc.text[s.start:s.end]
    return alone and not line.rstrip().endswith(".") and "http" not in line and \
        len(line.split()) >= 3


def _specific(chain: Chain) -> Mention | None:
    """The most specific place in a chain (a country or a demonym is not a place)."""
    for m in chain.parts:
        if not m.is_country():
            return m
    return None


@dataclass
class Candidate:
    """A place candidate for an incident, with its score."""

    score: float
    chain: Chain
    head: Mention
    resolved: Resolved


def _first_positions(items: list[int]) -> dict[int, int]:
    """Each item's first position in ``items``: ``items.index`` in O(1)."""
    out: dict[int, int] = {}
    for i, item in enumerate(items):
        out.setdefault(item, i)
    return out


_SUB_DATELINE_BEFORE = re.compile(r"\][ \t]*\n?[ \t]*\Z")
_SUB_DATELINE_AFTER = re.compile(r"[ \t]*--")


def _sub_dateline(doc: Document, head: Mention) -> bool:
    """'BOGOTA, 11 NOV 89 (RADIO ...) -- [TEXT] PEREIRA -- THREE PERSONS ...': a second
    dateline at the start of the story body names where the story happened."""
    dl = doc.dateline
    if dl is None or dl.place is None or not dl.end <= head.start < dl.end + 200:
        return False
    return bool(_SUB_DATELINE_BEFORE.search(doc.text, max(0, head.start - 12), head.start) and
                _SUB_DATELINE_AFTER.match(doc.text, head.full_end))


_SUBJECT_AFTER = re.compile(r"[ \t]+(?:METROPOLITAN[ \t]+)?[A-Z]+")


def _body_subject(doc: Document, head: Mention) -> bool:
    """'BOGOTA, 7 SEP 89 ... [TEXT] MEDELLIN CONTINUES TO LIVE THROUGH A WAVE OF TERROR':
    a town that opens the story body as its subject is what the story is about, like a
    second dateline."""
    dl = doc.dateline
    if not doc.all_caps or dl is None or dl.place is None or \
            not dl.end <= head.start < dl.end + 200 or head.is_country() or \
            any(e.kind in (DEMONYM, COUNTRY) for e in head.entries) or \
            head.level in (ADMIN1, DISTRICT):
        return False
    return bool(_SUB_DATELINE_BEFORE.search(doc.text, max(0, head.start - 12), head.start) and
                _SUBJECT_AFTER.match(doc.text, head.full_end))


def _score(doc: Document, scope: Scope, chain: Chain, head: Mention, anchor: int | None,
           votes: dict[str, float], resolved: Resolved, order: dict[int, int]) -> float:
    """``order``: ``_first_positions(scope.sentences)``, made once per scope (a list look-up
    per mention made long texts quadratic)."""
    idx = _sentence_index(doc, head.start)
    facts = _facts(doc)
    site = facts.site_start
    if site is not None and idx == 0 and head.start > site:
        return -0.5 + (0.5 if len(chain.parts) > 1 else 0.0)
    dateline = _in_dateline(doc, head)
    sub_dateline = not dateline and (_sub_dateline(doc, head) or _body_subject(doc, head))
    distance = not dateline and not head.bound and _distance_before(doc, head.start)
    score = 0.0
    if dateline and _filed_abroad(doc):
        return -0.5   # 'PARIS (FRANCE), ...': where the wire filed from, not the news
    if dateline:   # a capital in a dateline is often only where the wire filed from
        capital = resolved.entry is not None and \
            fold(load().capitals.get(resolved.entry.country_code, "")) == fold(resolved.entry.name)
        score += (3.0 if capital else 4.0) if scope.primary else 1.0
        if facts.has_sub_dateline:
            score -= 2.0   # 'BOGOTA ... -- [TEXT] PEREIRA --': only where the wire filed from
        if anchor is not None and _here_at_cue(doc, anchor, scope.anchor):
            score += 2.0   # "... exploded here today", "in this city", "in the capital"
    elif sub_dateline:
        score += 2.0   # like a dateline: where the story was filed, any nearer town beats it
    elif anchor is not None and idx == anchor:
        score += 3.0 + (_near_cue(head, scope.anchor) if doc.all_caps else 0.0)
    elif idx in order and anchor in order:
        dist = abs(order[idx] - order[anchor])
        score += max(0.3, 2.0 - 0.5 * dist)
    elif _is_headline(doc, idx):
        score += 1.5
    if not dateline:
        score += max(1.0 if sub_dateline or distance else 0.0, (0.0, 1.0, 2.0)[head.bound])
        if doc.all_caps and _event_place(doc.text, head.start):
            score += _EVENT_PLACE_BONUS   # 'THE ATTACK TOOK PLACE IN X': the event's own place
    if len(chain.parts) > chain.parts.index(head) + 1:
        score += 1.0
    if head.level in (CITY, POPULATED, LOCALITY) or _town_unit(doc.text, head):
        score += 0.5
    if head.weak and not dateline and not sub_dateline and not distance:
        score -= 2.0
    if head.level == ADMIN1 or (resolved.entry and resolved.entry.kind in (ADMIN1, STATE)):
        score -= 1.0   # a province or a state: a town named nearby is more specific
    elif head.level == DISTRICT and _county(doc.text, head):
        score -= 2.0   # a county: a town named nearby is what a local report is about
    if not dateline and idx != anchor and _background(doc, idx):
        score -= 1.5
    if not dateline and doc.all_caps and _meeting_place(doc, head):
        score -= _MEETING_PENALTY   # 'THE SUMMIT IN X', 'THE TALKS HELD IN X': diplomacy
    if not dateline and doc.all_caps and _reference_point(doc, head):
        score -= _REFERENCE_PENALTY   # 'IN X DISTRICT, NEAR Y': X is where, Y a landmark
    if not dateline and doc.all_caps and _source_place(doc, head, resolved.country):
        score -= _SOURCE_PLACE_PENALTY   # 'ACCORDING TO SOURCES IN X': where one spoke
    if votes and resolved.country:
        score += 1.5 * votes.get(resolved.country, 0.0) / max(votes.values()) - 1.0
    return score


_DISTANCE_BEFORE = re.compile(
    r"\b\d+[ \t\n]*(?:km|kilometers|kilometres|miles)\.?[ \t\n]+(?:from|(?:north|south|east|"
    r"west)(?:east|west)?[ \t\n]+of)[ \t\n]+(?:the[ \t\n]+)?\Z", re.IGNORECASE)
def _distance_before(doc: Document, start: int) -> bool:
    """'25 KM FROM X', and in a wire report in capitals 'BETWEEN X AND Y': X is a place.
    (Plain look-ups first: most names have neither word before them.)"""
    lower = _facts(doc).lower
    lo = max(0, start - 50)
    if (lower.find("km", lo, start) >= 0 or lower.find("mile", lo, start) >= 0 or
            lower.find("kilomet", lo, start) >= 0) and \
            _DISTANCE_BEFORE.search(doc.text, lo, start):
        return True
    return doc.all_caps and doc.text.find("BETWEEN", max(0, start - 14), start) >= 0 and \
        bool(_BETWEEN_BEFORE.search(doc.text, max(0, start - 14), start))


# 'BETWEEN X AND Y' in a wire report in capitals (GTD's summaries name a clash 'between X and Y'
# for the district that holds both)
_BETWEEN_BEFORE = re.compile(r"\bBETWEEN[ \t\n]+(?:THE[ \t\n]+)?\Z")
_REFERENCE_PENALTY = 1.0
_MEETING_PENALTY = 4.0
_REFERENCE_BEFORE = re.compile(
    r",[ \t]*\n?[ \t]*(?:near|close[ \t\n]+to|(?:(?:some|about|approximately)[ \t\n]+)?"
    r"\d+[ \t\n]*(?:km|kilometers|kilometres|miles)\.?[ \t\n]+(?:from|(?:north|south|east|west)"
    r"(?:east|west)?[ \t\n]+of)|(?:north|south|east|west)(?:east|west)?[ \t\n]+of)"
    r"[ \t\n]+(?:the[ \t\n]+)?\Z", re.IGNORECASE)


def _reference_point(doc: Document, head: Mention) -> bool:
    """A place named as the landmark of the place before it ('IN X DISTRICT, NEAR Y', 'IN X,
    30 KM NORTH OF Y'): Y only says where X is.  (Read in wire reports in capitals: GTD's
    summaries name 'X area, near Y' for Y.)"""
    lo = max(0, head.start - 60)
    before = _REFERENCE_BEFORE.search(doc.text, lo, head.start) \
        if doc.text.find(",", lo, head.start) >= 0 else None
    if before is None:
        return False
    mentions = _facts(doc).mentions_and_chains[0]   # (in text order)
    i = bisect.bisect_left(mentions, head.start, key=_START) - 1
    while i >= 0 and mentions[i].start >= before.start() - 80:
        m = mentions[i]
        if m.full_end == before.start() or m.end == before.start():
            return not m.is_country()
        i -= 1
    return False


_NEAR_CUE_CHARS = 300   # how far from the attack cue a place of its sentence still counts as near


def _near_cue(head: Mention, cue: Span | None) -> float:
    """Of the places one sentence of a wire report in capitals names, the one nearest the
    attack cue is the attack's, after it most of all ('A MAGISTRATE IN X WAS ASSASSINATED THIS
    EVENING IN Y': Y).  (In mixed-case local news the sentence's first place is the town and
    the one nearest the cue a neighbourhood or the county: 'killed in Logan Square'.)"""
    if cue is None:
        return 0.0
    if head.start >= cue.end:
        return _NEAR_AFTER * max(0.0, 1.0 - (head.start - cue.end) / _NEAR_CUE_CHARS)
    return _NEAR_BEFORE * max(0.0, 1.0 - (cue.start - head.full_end) / _NEAR_CUE_CHARS)


_NEAR_AFTER, _NEAR_BEFORE = 1.0, 0.5
_SOURCE_PLACE_PENALTY = 3.0
_SOURCE_WINDOW = 60   # characters before a name read for a source's words


def _source_place(doc: Document, m: Mention, country: str | None) -> bool:
    """Whether the name is where a source spoke or a report came from, while the same
    sentence binds a place of another country before it ('X WAS KIDNAPPED IN COLOMBIA,
    ACCORDING TO FAMILY SOURCES IN CARACAS', 'SHOT IN X, THE MINISTER SAID IN SAN JOSE')."""
    if not country or not _words().source_end_re.search(
            doc.text, max(0, m.start - _SOURCE_WINDOW), m.start):
        return False
    sent = doc.sentence_at(m.start)
    if sent is None:
        return False
    mentions = _facts(doc).mentions_and_chains[0]   # (in text order)
    i = bisect.bisect_left(mentions, m.start, key=_START) - 1
    while i >= 0 and mentions[i].start >= sent.start:   # the sentence's places before it
        o = mentions[i]
        if o.bound == 2 and o.entries and country not in {e.country_code for e in o.entries}:
            return True
        i -= 1
    return False
_EVENT_PLACE_BONUS = 1.0
_EVENT_PLACE = re.compile(r"\b(?:OCCURRED|TOOK PLACE|HAPPENED)[ \t\n]+(?:[A-Z0-9]+[ \t\n]+){0,4}?"
                          r"(?:IN|AT|NEAR)[ \t\n]+(?:THE[ \t\n]+)?(?:(?:TOWN|VILLAGE|CITY|HAMLET|"
                          r"MUNICIPALITY|DISTRICT)[ \t\n]+OF[ \t\n]+)?\Z")


def _event_place(text: str, start: int) -> bool:
    """'THE ATTACK TOOK PLACE IN X' right before ``start``.  (Plain look-ups first.)"""
    lo = max(0, start - 60)
    return any(text.find(w, lo, start) >= 0 for w in _EVENT_WORDS) and \
        bool(_EVENT_PLACE.search(text, lo, start))


_EVENT_WORDS = ("OCCURRED", "TOOK PLACE", "HAPPENED")   # (those of _EVENT_PLACE)
_HERE = re.compile(r"\b(?:here|(?:in|of|near|outside)[ \t\n]+this[ \t\n]+(?:city|capital)|"
                   r"this[ \t\n]+(?:city|capital)['’]s|(?:in|of|near|outside)[ \t\n]+the"
                   r"[ \t\n]+capital)\b(?! of)",
                   re.IGNORECASE)


_HERE_WORDS = ("here", "this", "capital")   # (one of them is in every match of _HERE)


def _here_at_cue(doc: Document, anchor: int, cue: Span | None) -> bool:
    """Whether the attack sentence says the attack happened 'here' ('A BOMB EXPLODED HERE
    TODAY'): not when it binds a place nearer its attack cue than the 'here' ('INCIDENTS TOOK
    PLACE HERE ... 13 PERSONS DIED IN X IN A BOMB EXPLOSION': X's)."""
    sent = doc.sentences[anchor]
    here = _HERE.search(doc.text, sent.start, sent.end) if may_hold(
        doc.lower, _HERE_WORDS, sent.start, sent.end) else None
    if here is None or cue is None:
        return here is not None
    far = _distance(here.start(), here.end(), cue)
    mentions = _facts(doc).mentions_and_chains[0]   # (in text order)
    i = bisect.bisect_left(mentions, sent.start, key=_START)
    while i < len(mentions) and mentions[i].start < sent.end:
        m = mentions[i]
        if m.bound == 2 and m.entries and not m.is_country() and \
                _distance(m.start, m.full_end, cue) < far:
            return False
        i += 1
    return True


def _distance(start: int, end: int, cue: Span) -> int:
    return cue.start - end if end <= cue.start else max(0, start - cue.end)


_SAME_AREA = re.compile(r"\bin the same (province|district|region|state|department|city|town|"
                        r"area|village|county)\b", re.IGNORECASE)


def find_location(doc: Document, scope: Scope) -> LocationResult:
    gaz = load()
    mentions, chains = _facts(doc).mentions_and_chains
    if not mentions:
        return LocationResult()
    anchor = _anchor_sentence(doc, scope)
    votes = country_votes(doc, scope, chains, anchor)
    if anchor is not None and not scope.primary:
        sent = doc.sentences[anchor]
        same = _SAME_AREA.search(doc.text, sent.start, sent.end)
        if same and not any(sent.start <= m.start < sent.end and not m.is_country()
                            for m in mentions):
            # "another attack ... in the same province": no town of its own, the article's country
            whole = Scope(list(range(len(doc.sentences))), scope.anchor, scope.primary)
            res = _result(doc, gaz, mentions, country_votes(doc, whole, chains, anchor), None,
                          anchor)
            res.reasons["location"] = res.location.reason = "same " + same.group(1).lower()
            return res
    best: Candidate | None = None
    cands: list[Candidate] = []
    order = _first_positions(scope.sentences)
    caps, filed_abroad = doc.all_caps, _filed_abroad(doc)
    top = _top(votes)
    best_in_dateline = False
    for chain in chains:
        head = _specific(chain)
        if head is None:
            continue
        resolved = resolve(head, chain, votes)
        if head.entries and resolved.entry is None and not head.level and \
                len(chain.parts) == 1 and max(map(_POPULATION, head.entries)) >= 100000:
            resolved = _bound_abroad(doc, chain, head, anchor)
            if resolved is None:
                continue   # a well-known town abroad ('a researcher in Baghdad'): background
        if caps and head.entries and not head.level and (
                (resolved.entry is None and not _named_unknown(doc, chain, head)) or (
                    resolved.entry is not None and
                    resolved.entry.kind == CITY and resolved.entry.population < 100000 and
                    " " not in fold(doc.text[head.start:head.end]) and
                    (resolved.country != top or
                     not _facts(doc).speaks_of(resolved.country or "")))):
            continue   # a word in capitals that is a small town only outside the article's
            # country, or of a country the article never names ('IN TIME', 'IN ADVANCE')
        in_dateline = _in_dateline(doc, head)
        if filed_abroad and in_dateline:
            continue   # 'MADRID (SPAIN), ...': where the wire filed from
        if caps:
            if _street_name(doc.text, head):
                continue   # 'ON THE CORNER OF X AND Y STREETS': streets, not towns
        elif _no_place_name(doc, chain, head):
            continue
        score = _score(doc, scope, chain, head, anchor, votes, resolved, order)
        if in_dateline and resolved.country and votes and \
                resolved.country != top and len(chain.parts) < 3:
            score -= 4.0   # the wire's filing place abroad, not the incident's
        if best is None or score > best.score or (
                score == best.score and best_in_dateline and
                head.level in _MARKED_LEVELS and not in_dateline):
            # (a tie with the dateline goes to a place the text marks as one: 'X VILLAGE')
            best = Candidate(score, chain, head, resolved)
            best_in_dateline = in_dateline
        cands.append(Candidate(score, chain, head, resolved))
    if best is not None and _in_dateline(doc, best.head):
        best = _suburb_over_station(doc, anchor, best, cands)
    if best is not None:
        best = _town_over_province(doc, anchor, best, cands)
        best = _town_over_county(doc, best, cands)
        best = _town_over_state(doc, best, cands)
        best = _town_of_locality(best, votes)
        best = _city_after_comma(doc, best, mentions, votes)
    return _result(doc, gaz, mentions, votes, _place_at_anchor(doc, scope, best, chains, votes),
                   anchor)


_BUSINESS = re.compile(r"['’]s[ \t]+([A-Z][a-z]+)")


@lru_cache(maxsize=1)
def _street_after_re() -> re.Pattern:
    """After a name: a thoroughfare's word, right away or after 'AND' and a second name of up
    to three words ('X STREET', 'X AND SAN Y STREETS')."""
    words = "|".join(sorted((w.upper() for w in _country_context().thoroughfare),
                            key=len, reverse=True))
    return re.compile(r"(?:[ \t\n]+AND(?:[ \t\n]+[A-Z][A-Z'\-]*){1,3}?)?[ \t\n]+(?:%s)\b"
                      % words)


_SOME_BEFORE = re.compile(r"\b(?:A|AN|ONE)[ \t\n]+(?:[A-Z]+[ \t\n]+)?\Z")


def _street_name(text: str, head: Mention) -> bool:
    """In a text in capitals, a name followed by a thoroughfare's word, itself or after a
    second name ('ON X STREET', 'AT THE CORNER OF X AND Y STREETS'): a street named for a
    town or a hero, not the town (but 'A DOWNTOWN X AVENUE' is one of the town's)."""
    after = _NEXT_WORD_ANY.match(text, head.full_end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word != "and" and word not in _country_context().thoroughfare:
        return False   # (most names: neither a street's word nor 'AND' after them)
    if _SOME_BEFORE.search(text, max(0, head.start - 25), head.start):
        return False   # 'ON A DOWNTOWN X AVENUE': some avenue of the town X
    return _street_after_re().match(text, head.full_end, head.full_end + 60) is not None


def _no_place_name(doc: Document, chain: Chain, head: Mention) -> bool:
    """Mixed case: a name that is no place's ('Monster's Bar and Grill': a business named
    with a possessive; 'the Metropolitan Police Department': a place the gazetteer lacks
    named only with English words and no generic word)."""
    text = doc.text
    words = _words()
    business = _BUSINESS.match(text, head.end)
    if business and business.group(1).lower() in words.street:
        return True
    return not head.entries and not head.level and not head.bound and \
        len(chain.parts) == 1 and _all_english(text[head.start:head.end].lower().split())


def _place_at_anchor(doc: Document, scope: Scope, best: Candidate | None, chains: list[Chain],
                     votes: dict[str, float]) -> Candidate | None:
    """An incident anchored on a place name (one town of a list of attacks, which the
    incidents step splits into one incident per town): that town, where the text names it
    as a place ('IN GUAZAPA, CHALATENANGO, AND ILOBASCO': a part of a chain too)."""
    a = scope.anchor
    for chain in chains if best is not None and a is not None else ():
        for part in chain.parts:
            if part.start == a.start and not part.is_country():
                alone = Chain([part])
                resolved = resolve(part, alone, votes)
                if not part.entries or (resolved.country and resolved.country == _top(votes)):
                    return Candidate(best.score, alone, part, resolved)
                return best  # ('THE MASSACRE', a town abroad: a cue, not a town of a list)
    if best is not None and a is not None and scope.site and best.head.start != a.start and \
            _unknown_site(doc.text, a):
        site = Mention(a.start, a.end, (), full_end=a.end)   # a village no gazetteer holds
        return Candidate(best.score, Chain([site]), site, Resolved(None, None))
    return best


def _unknown_site(text: str, anchor: Span) -> bool:
    """An incident anchored on a town of a list of attacks (``Scope.site``) that the gazetteer
    lacks ('IN THE TOWNS OF X, Y, AND Z': Y's incident), an item of the list, not a person
    ('X, MAYOR JUAN PEREZ AND ...') nor a word ('THE', 'OTHER')."""
    name = anchor.text
    words = name.split()
    if not name[:1].isupper() or len(words) > _MAX_WORDS or \
            not _LIST_BEFORE.search(text, max(0, anchor.start - 8), anchor.start) or \
            not _LIST_AFTER.match(text, anchor.end):
        return False
    lexicon = _words()
    return not any(w.lower() in lexicon.function or w.lower() in lexicon.common or
                   w.lower() in lexicon.person_title or w.lower() in lexicon.given_name
                   for w in words)


_LIST_BEFORE = re.compile(r"(?:,|\b(?i:and|of|in))[ \t]*\n?[ \t]*\Z")
_LIST_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:[,;.]|(?i:and)\b)")


_BIG_CITY = 1000000


def _bound_abroad(doc: Document, chain: Chain, head: Mention, anchor: int | None):
    """A capital or a big city abroad that the attack sentence binds ('... were killed in
    San Salvador' in a report from Madrid): where it happened, whatever country the rest of
    the article speaks of; its reading without the article's country evidence.  None: a
    town abroad named in passing (background)."""
    if head.bound != 2 or anchor is None or _sentence_index(doc, head.start) != anchor or \
            _meeting_place(doc, head):
        return None   # (a capital abroad where people meet: diplomacy, not the attack)
    resolved = resolve(head, chain, {})
    e = resolved.entry
    if e is None or e.kind != CITY or not (
            e.population >= _BIG_CITY or
            fold(load().capitals.get(e.country_code, "")) == fold(e.name)):
        return None
    return resolved


def _named_unknown(doc: Document, chain: Chain, head: Mention) -> bool:
    """A name of several words ('SANTA MARIA DEL VALLE') or one chained to a province
    ('X, HUANUCO DEPARTMENT') whose gazetteer readings all lie abroad: a town of the
    article's country that the gazetteer lacks, not a common word."""
    return len(chain.parts) > 1 or " " in fold(doc.text[head.start:head.end])


_MARKED_LEVELS = (CITY, POPULATED, LOCALITY, DISTRICT)
_TOWN_MARGIN = 1.5   # how much lower the town may score than the province


def _town_over_province(doc: Document, anchor: int | None, best: Candidate,
                        cands: list[Candidate]) -> Candidate:
    """'... attacked in Arauca Department. The rebels entered Boqueron ...': a province
    chosen for the attack sentence, and a town of the same country that the next sentences
    bind ('in X'): the town is where it happened."""
    e = best.resolved.entry
    if anchor is None or not (best.head.level == ADMIN1 or (e is not None and e.kind == ADMIN1)):
        return best
    town = None
    for c in cands:
        ce = c.resolved.entry
        idx = _sentence_index(doc, c.head.start)
        unit = _town_unit(doc.text, c.head)   # 'ARAUCITA JURISDICTION': one town
        unknown_town = ce is None and not c.head.entries and (c.head.level == POPULATED or unit)
        marked = c.head.level in (POPULATED, CITY) and idx == anchor   # 'ON HUANTA TOWN'
        if c is best or (c.head.bound != 2 and not marked) or \
                not (unknown_town or (ce is not None and ce.kind == CITY)) or \
                (c.head.level in (ADMIN1, DISTRICT, LOCALITY) and not unit) or \
                _in_dateline(doc, c.head) or \
                (ce is not None and c.resolved.country != best.resolved.country) or \
                not 0 <= idx - anchor <= 1 or c.score < best.score - _TOWN_MARGIN:
            continue
        if town is None or c.score > town.score:
            town = c
    return town or best


_COUNTY_MARGIN = 1.0   # how much lower the town may score than the county


def _town_over_county(doc: Document, best: Candidate, cands: list[Candidate]) -> Candidate:
    """'Four shot at a club in Dillon County' ... 'outside of Latta': a county chosen in a
    local report, and a town of its country that the text binds ('in X', 'of X', 'X
    police') about as strongly: the town is where it happened."""
    if doc.all_caps or best.head.level != DISTRICT or not _county(doc.text, best.head):
        return best
    return _bound_town(doc, best, cands, _COUNTY_MARGIN, in_dateline=False)


def _bound_town(doc: Document, best: Candidate, cands: list[Candidate], margin: float,
                in_dateline: bool) -> Candidate:
    """The best-scoring candidate among the towns of ``best``'s country that the text binds
    ('in X', 'X police'), named neither as a district nor as a province, outside a page
    title's site name (and, unless ``in_dateline``, outside the dateline), that score at
    most ``margin`` below ``best``; ``best`` when there is none."""
    site = _facts(doc).site_start
    town = None
    for c in cands:
        e = c.resolved.entry
        if c is best or e is None or e.kind != CITY or \
                c.resolved.country != best.resolved.country or \
                c.head.level in (DISTRICT, ADMIN1, LOCALITY) or \
                not (c.head.bound or c.head.jurisdiction) or \
                (not in_dateline and _in_dateline(doc, c.head)) or \
                (site is not None and site <= c.head.start < doc.sentences[0].end) or \
                c.score < best.score - margin:
            continue
        if town is None or c.score > town.score:
            town = c
    return town or best


_GOES_ON = re.compile(r"[ \t]*,")
_START = operator.attrgetter("start")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:and|del|de|do|da)[ \t]+[A-Z]|[ \t]+[a-z]")
# ('Tral, Jammu and Kashmir, India': a wider chain the gazetteer missed; 'hotel in Ozark,
# Louisville man charged': the town is an adjective of another clause)


def _city_after_comma(doc: Document, best: Candidate, mentions: list[Mention],
                      votes: dict[str, float]) -> Candidate:
    """Mixed case: 'in East Flatbush, Brooklyn': a place alone, then after a comma a bigger
    town of its country that ends the phrase (or any such town after a marked neighbourhood:
    'in Wallande neighborhood, Mora, Extreme-North'): a neighbourhood of that town, which is
    the place."""
    head = best.head
    if doc.all_caps or len(best.chain.parts) > 1 or head.level in (ADMIN1, DISTRICT):
        return best
    i = bisect.bisect_right(mentions, head.start, key=_START)   # (no list per incident)
    if i >= len(mentions):
        return best
    town = mentions[i]
    if not _COMMA_GAP.fullmatch(doc.text, head.full_end, town.start) or \
            _in_dateline(doc, town) or \
            _NAME_GOES_ON.match(doc.text, town.full_end) or \
            (head.level != LOCALITY and _GOES_ON.match(doc.text, town.full_end)):
        return best
    alone = Chain([town])
    resolved = resolve(town, alone, votes)
    e, own = resolved.entry, best.resolved.entry
    if e is None or e.kind != CITY or \
            (best.resolved.country and resolved.country != best.resolved.country) or \
            (own is not None and own.population >= e.population):
        return best
    return Candidate(best.score, alone, town, resolved)


_STATE_MARGIN = 2.0   # how much lower the town may score than the state


def _town_over_state(doc: Document, best: Candidate, cands: list[Candidate]) -> Candidate:
    """'... fatal shooting of Arkansas high school student' ... 'north of Sheridan': a state
    alone chosen in a local report, and a town of its country that the text binds: the town
    (a state is where the article is, seldom where it happened)."""
    e = best.resolved.entry
    if doc.all_caps or e is None or e.kind != STATE or len(best.chain.parts) > 1:
        return best
    return _bound_town(doc, best, cands, _STATE_MARGIN, in_dateline=True)


_AFTER_ARREST = re.compile(r"\b(?:arrest|custody|jail|court|booked)", re.IGNORECASE)


def _suburb_over_station(doc: Document, anchor: int | None, best: Candidate,
                         cands: list[Candidate]) -> Candidate:
    """'SEATTLE - ... a drive-by shooting in Kent': a dateline names the station's city;
    another town of the same state that the title or the attack sentence binds ('in Kent')
    is where it happened, unless the article names the dateline's city again."""
    station = best.resolved.entry
    if station is None or station.kind != CITY:
        return best
    name = fold(doc.text[best.head.start:best.head.end])
    named_again = any(fold(doc.text[c.head.start:c.head.end]) == name
                      for c in cands if not _in_dateline(doc, c.head))
    town = None
    for c in cands:
        e = c.resolved.entry
        idx = _sentence_index(doc, c.head.start)
        if c.head.bound == 2 and e is not None and e.kind == CITY and e != station and \
                e.country_code == station.country_code and e.admin1 == station.admin1 and \
                c.head.level not in (DISTRICT, ADMIN1, LOCALITY) and \
                (idx == anchor or (_is_headline(doc, idx) and not named_again)) and \
                not _AFTER_ARREST.search(doc.text, max(0, c.head.start - 40), c.head.start) and \
                (town is None or c.score > town.score):
            town = c
    return town or best


def _short_form(written: str, name: str, entry: Entry) -> bool:
    """'Vegas' for Las Vegas, 'Philly' for Philadelphia: a big US town's short form (elsewhere
    a shorter name is a transliteration: 'Hudaydah' for Al Hudaydah stays as written)."""
    if entry.kind != CITY or entry.country_code != "US" or entry.population < 500000 or \
            " " in written or \
            len(written) < 4 or len(written) >= len(name):
        return False
    return name.endswith(" " + written) or name.startswith(written[:4])


def _display(doc: Document, m: Mention, entry: Entry | None) -> str:
    """The name to report: the gazetteer's spelling when it is the text's name with accents
    or case changed ('BOGOTA' -> 'Bogotá'), else the text's own (an alternate name)."""
    written = doc.text[m.start:m.end]
    if entry is not None and fold(entry.name) == fold(written) and \
            all(ord(c) < 0x100 for c in entry.name):
        return entry.name   # 'Bogotá', not 'Kandahār': scholarly transliterations stay as written
    if entry is not None and _short_form(fold(written), fold(entry.name), entry):
        return entry.name   # a big town's short form ('Philly', 'Vegas')
    written = " ".join(written.split())   # a name broken over two lines
    return written.title() if doc.all_caps else written


# a town the article names as its home town in the paragraph that names the place, and
# that is this many times bigger than a town of the same state named for the place: the
# place is a neighbourhood of the home town ('in Dorchester, Boston police said'); ten
# times when the home town is named once and farther away
_HOME_RATIO = 3


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    sa, sb = doc.sentence_at(a), doc.sentence_at(b)
    return sa is not None and sb is not None and sa.paragraph == sb.paragraph
_CITY_SIDE = re.compile(r"(?:(?:Lower|Upper|Far|Near) )?(?:North|South|East|West)(?:east|west)? ?Side",
                        re.IGNORECASE)


def _city_of(doc: Document, mentions: list[Mention], chain: Chain, head: Mention,
             resolved: Resolved, votes: dict[str, float], country: str | None):
    """The most specific populated place the gazetteer knows for the chosen place."""
    side = bool(_CITY_SIDE.fullmatch(doc.text, head.start, head.end))
    if side:   # 'the East Side': a part of the town the article is about
        home = _home_town(doc, mentions, votes, country)
        return home[:2] if home is not None else (None, None)
    if resolved.entry and resolved.entry.kind == CITY and \
            head.level not in (DISTRICT, ADMIN1, LOCALITY):
        home = None if head.jurisdiction else \
            _home_town(doc, mentions, votes, country, named=False)
        if home is not None and home[1] != resolved.entry and \
                home[1].country_code == resolved.entry.country_code and len(chain.parts) == 1:
            same_state = home[1].admin1 == resolved.entry.admin1
            near = _same_paragraph(doc, home[0].start, head.start) or \
                sum(fold(doc.text[m.start:m.end]) == fold(doc.text[home[0].start:home[0].end])
                    for m in mentions) >= 2
            ratio = _HOME_RATIO if near else 10
            if (same_state and home[1].population >= ratio * resolved.entry.population) or \
                    not same_state:
                return home[:2]   # a neighbourhood named like a suburb or a far-away town
        market = None if head.jurisdiction or home is not None or len(chain.parts) > 1 or \
            head.bound else \
            _site_city(doc, mentions, votes, country)
        if market is not None and market[1].country_code == resolved.entry.country_code and \
                market[1].admin1 != resolved.entry.admin1 and \
                market[1].population > resolved.entry.population:
            return market   # 'Whitehaven' in a page of 'WMC Action News 5 - Memphis, Tennessee'
        return head, resolved.entry
    if head.level == LOCALITY:   # an area or neighbourhood: the town it is in
        for part in chain.parts[chain.parts.index(head) + 1:]:
            if part.level in (DISTRICT, ADMIN1) or part.is_country():
                break
            cities = [e for e in part.entries if e.kind == CITY and
                      (country is None or e.country_code == country)]
            if cities:   # "Chihil Sutun neighborhood, Kabul": Kabul the city, not the province
                return part, max(cities, key=lambda e: e.population)
    if not head.entries and head.level is None:
        metro = _metropolis_after(chain, head, country)
        if metro is not None:   # 'in Taimani, Kabul': a quarter of the big city
            return metro
    if doc.all_caps and head.level != LOCALITY and resolved.entry is None and \
            _bound_town_name(doc, head):
        return None, None   # 'IN THE TOWNSHIP OF X, 60 KM SOUTH OF Y': X, a village at home
    if head.level == LOCALITY or (not head.entries and head.level is None) or \
            (head.entries and resolved.entry is None) or \
            (not head.entries and head.level == POPULATED and country == "US"):
        home = _home_town(doc, mentions, votes, country)
        if home is not None:
            return home[:2]
    if resolved.entry is not None and resolved.entry.kind == STATE and len(chain.parts) == 1:
        home = _home_town(doc, mentions, votes, country)   # 'a shooting in New Jersey'
        if home is not None and load().us_states.get(home[1].admin1) == resolved.entry.name:
            return home[:2]   # ... and the town of that state the article is about
    return None, None


_METROPOLIS = 1000000


def _bound_town_name(doc: Document, head: Mention) -> bool:
    """A wire report's name the gazetteer lacks that the text binds as a place ('IN X', 'THE
    TOWNSHIP OF X') or that an incident of a list of towns is anchored on."""
    return head.bound == 2 or head.level in (POPULATED, CITY, DISTRICT) or \
        (not head.entries and head.level is None)


def _metropolis_after(chain: Chain, head: Mention, country: str | None):
    """A city of a million or more that the chain names right after a place the gazetteer
    lacks ('in Karte Char, Kabul, Afghanistan'): the place is one of its quarters (a village
    lies in a province named for a smaller town).  (mention, entry) or None."""
    i = chain.parts.index(head) + 1
    if i >= len(chain.parts) or country is None:
        return None
    part = chain.parts[i]
    if part.level not in (None, CITY):
        return None
    cities = [e for e in part.entries if e.kind == CITY and e.country_code == country and
              e.population >= _METROPOLIS]
    return (part, max(cities, key=lambda e: e.population)) if cities else None


def _town_of_locality(best: Candidate, votes: dict[str, float]) -> Candidate:
    """'in Kakrak neighborhood, Tarin Kot, Uruzgan': a neighbourhood or an area chained to
    a town the gazetteer lacks: the town is the place (``_city_of`` finds a known one)."""
    chain, head = best.chain, best.head
    if head.level != LOCALITY:
        return best
    i = chain.parts.index(head) + 1
    if i + 1 >= len(chain.parts):
        return best   # the next part must itself be followed by a wider one
    part = chain.parts[i]
    if part.is_country() or part.level not in (None, CITY, POPULATED) or \
            any(e.kind in (ADMIN1, STATE, COUNTRY, CITY) for e in part.entries):
        return best
    rest = Chain(chain.parts[i:])
    return Candidate(best.score, rest, part, resolve(part, rest, votes))


def _site_city(doc: Document, mentions: list[Mention], votes: dict[str, float],
               country: str | None):
    """The town in a web page title's site name ('... - WMC Action News 5 - Memphis,
    Tennessee'): the station's market, the town a neighbourhood it names belongs to."""
    site = _facts(doc).site_start
    if site is None or country is None:
        return None
    for m in mentions:
        if site <= m.start < doc.sentences[0].end and not m.is_country():
            r = resolve(m, Chain([m]), votes)
            if r.entry and r.entry.kind == CITY and r.country == country:
                return m, r.entry
    return None


def _home_town(doc: Document, mentions: list[Mention], votes: dict[str, float],
               country: str | None, named: bool = True):
    """The town a local report is about: the town whose police speak ('Chicago police')
    or a dateline's town that is not a capital (a wire's filing place), else (``named``) the
    town the title names and the text repeats -- not for a town the text itself chose ('the
    port city of Kismayo' in a Mogadishu report).  Returns (mention, entry, from_dateline)
    or None."""
    city = _jurisdiction_city(doc, mentions, votes, country)
    if city is not None:
        return (*city, False)
    titled = _named_city(doc, mentions, votes, country) if named else None
    dl = doc.dateline
    if dl and dl.place:
        for m in (m for m in mentions if dl.place.start <= m.start < dl.place.end):
            r = resolve(m, Chain([m]), votes)
            if r.entry and r.entry.kind == CITY and r.country == country and \
                    fold(load().capitals.get(country or "", "")) != fold(r.entry.name):
                return m, r.entry, True
            break
    return (*titled, False) if titled is not None else None


def _named_city(doc: Document, mentions: list[Mention], votes: dict[str, float],
                country: str | None):
    """The one town of the article's country that its title names and the text names again
    ('San Antonio men sentenced in ... shootings' with a shooting on the 'East Side')."""
    if doc.all_caps:   # every word is capitalised: a title's town is no stronger a cue
        return None
    found: dict[Entry, list[Mention]] = defaultdict(list)
    site = _facts(doc).site_start
    for m in mentions:
        if m.level in (DISTRICT, ADMIN1, LOCALITY) or \
                _CITY_SIDE.fullmatch(doc.text, m.start, m.end) or \
                (site is not None and site <= m.start < doc.sentences[0].end):
            continue
        r = resolve(m, Chain([m]), votes)
        if r.entry and r.entry.kind == CITY and country is not None and r.country == country:
            found[r.entry].append(m)
    titled = [e for e, ms in found.items()
              if len(ms) >= 2 and not all(m.weak for m in ms) and
              any(_is_headline(doc, _sentence_index(doc, m.start)) for m in ms)]
    if len(titled) != 1:
        return None
    return found[titled[0]][0], titled[0]


def _jurisdiction_city(doc: Document, mentions: list[Mention], votes: dict[str, float],
                       country: str | None):
    """The town whose police speak in the article ('Chicago police'): the town a
    neighbourhood the gazetteer does not know ('Feltonville', 'Chatham') belongs to."""
    found: dict[Entry, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.jurisdiction:
            r = resolve(m, Chain([m]), votes)
            if r.entry and r.entry.kind == CITY and (country is None or r.country == country):
                found[r.entry].append(m)
    if not found:
        return None
    entry = max(found, key=lambda e: (len(found[e]), e.population))
    return found[entry][0], entry


_MIN_SCORE = -1.0
_MIN_COUNTRY_EVIDENCE = 0.5   # a country from context alone needs more than a stray word


def _result(doc: Document, gaz: Gazetteer, mentions: list[Mention], votes: dict[str, float],
            best: Candidate | None, anchor: int | None) -> LocationResult:
    res = LocationResult()
    loc = res.location
    text = doc.text
    country, country_span = None, None
    top = _top(votes)
    if best is not None and best.resolved.country and top and votes[top] >= 1.0 and \
            votes.get(best.resolved.country, 0.0) < votes[top] and best.score < 4.0:
        best = None   # a place in another country than the article's: background
    if best is not None and best.score > _MIN_SCORE:
        chain, head, resolved = best.chain, best.head, best.resolved
        res.evidence["place"] = doc.span(head.start, head.full_end)
        loc.place = _display(doc, head, resolved.entry)
        if head.level == DISTRICT and not doc.all_caps and _county(text, head):
            loc.place = text[head.start:head.full_end].rstrip(".")   # 'Accomack County'
        if resolved.entry and resolved.entry.kind in (ADMIN1, STATE):
            loc.admin1 = resolved.entry.name if resolved.entry.kind == STATE else \
                _display(doc, head, resolved.entry)
            res.evidence["admin1"] = doc.span(head.start, head.end)
        elif head.level == ADMIN1:
            loc.admin1 = loc.place
            res.evidence["admin1"] = doc.span(head.start, head.end)
        if resolved.country:
            country, country_span = resolved.country, doc.span(head.start, head.end)
        for part in chain.parts[chain.parts.index(head) + 1:]:
            r = resolve(part, chain, votes)
            if r.entry is None:
                if part.level == ADMIN1 and loc.admin1 is None:
                    loc.admin1 = text[part.start:part.end]
                    res.evidence["admin1"] = doc.span(part.start, part.end)
                continue
            if r.entry.kind in (ADMIN1, STATE) and loc.admin1 is None:
                loc.admin1 = r.entry.name if r.entry.kind == STATE else _display(doc, part, r.entry)
                res.evidence["admin1"] = doc.span(part.start, part.end)
            if r.entry.kind in (COUNTRY, STATE) or country is None or (
                    r.entry.kind == ADMIN1 and r.country != country and
                    resolved.entry is not None and resolved.entry.kind == CITY):
                # ('Mapili, Babila Babombi, Ituri': a province of the chain is surer than
                # the country of a small town of the same name abroad)
                country, country_span = r.country, doc.span(part.start, part.end)
        if country is None and votes:
            country = _top(votes)
            country_span = _country_evidence(doc, mentions, country)
        city_mention, city = _city_of(doc, mentions, chain, head, resolved, votes, country)
        if city is not None:
            loc.city = _display(doc, city_mention, city)
            res.evidence["city"] = doc.span(city_mention.start, city_mention.end)
            coords = city.coordinates()
            if coords:
                loc.latitude, loc.longitude = coords
            if loc.admin1 is None and city.country_code == "US" and city.admin1 in gaz.us_states:
                loc.admin1 = gaz.us_states[city.admin1]
                res.evidence["admin1"] = doc.span(city_mention.start, city_mention.end)
        if loc.admin1 is None and country and country != "US":
            named = _named_province(doc, mentions, country, head)
            if named is not None:   # "Balochistan province" said elsewhere in the article
                loc.admin1 = named[1]
                res.evidence["admin1"] = named[0]
        res.reasons["location"] = _reason(doc, head, anchor)
    elif votes and votes[_top(votes)] >= _MIN_COUNTRY_EVIDENCE:
        country = _top(votes)
        country_span = _country_evidence(doc, mentions, country)
        res.reasons["location"] = "country from context"
    if country and country_span is not None:
        loc.country = gaz.country_name(country)
        loc.country_code = country
        res.evidence["country"] = country_span
    loc.reason = res.reasons.get("location")
    return res


def _named_province(doc: Document, mentions: list[Mention], country: str, near: Mention):
    """The one province of ``country`` the article names as a province ('Balochistan
    province'), if it names exactly one: (span, name)."""
    found = {}
    for m in mentions:
        if m.level == ADMIN1:
            for e in m.entries:
                if e.kind == ADMIN1 and e.country_code == country:
                    found.setdefault(e.name, m)
    if len(found) != 1:
        return None
    name, m = next(iter(found.items()))
    return doc.span(m.start, m.end), _display(doc, m, m.entries[0] if len(m.entries) == 1 else
                                              next(e for e in m.entries if e.name == name))


def _country_evidence(doc: Document, mentions: list[Mention], code: str) -> Span | None:
    """The strongest mention that speaks for the country ``code``."""
    found = [m for m in mentions if any(e.country_code == code for e in m.entries)]
    if not found:
        return _group_evidence(doc, code)
    best = max(found, key=lambda m: (m.is_country(), _in_dateline(doc, m), m.bound, -m.start))
    return doc.span(best.start, best.end)


def _group_evidence(doc: Document, code: str) -> Span | None:
    """A wire report that names its country only through a group that acts there ('the
    FMLN', 'RADIO VENCEREMOS'): the first such name."""
    if not doc.all_caps:
        return None
    for g in find_groups(doc.text, doc.all_caps):
        if g.group.kind == "group" and g.group.region and \
                _country_code_of(g.group.region) == code:
            return doc.span(g.start, g.end)
    return None


def _reason(doc: Document, head: Mention, anchor: int | None) -> str:
    if _in_dateline(doc, head):
        return "dateline"
    idx = _sentence_index(doc, head.start)
    if idx == anchor:
        return "attack sentence"
    if _is_headline(doc, idx):
        return "headline"
    return "incident context"
