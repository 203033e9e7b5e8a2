"""The document every extraction step reads: the original text, its sentences, its dateline.

Nothing here changes the text: all offsets are into ``Document.text``, which is exactly the
input text (for HTML: the extracted text).  Wire reports in capitals are handled by the
steps themselves (they match case-insensitively), never by rewriting the text, so that
``text[start:end]`` always quotes the input.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache


@dataclass(frozen=True)
class Span:
    """A stretch of the input: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str):
        # (what the generated __init__ does, without its object.__setattr__ per field: a
        # frozen dataclass built that way costs 2.5x as much, and spans and sentences are
        # made by the tens per article)
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["text"] = text

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Sentence:
    """A sentence of the document: its index, offsets and paragraph."""

    index: int
    start: int
    end: int
    paragraph: int  # index of the paragraph the sentence is in (0 = headline/first block)

    def __init__(self, index: int, start: int, end: int, paragraph: int):
        fields = self.__dict__  # (as Span's: quicker than the generated __init__)
        fields["index"] = index
        fields["start"] = start
        fields["end"] = end
        fields["paragraph"] = paragraph


@dataclass(frozen=True)
class Dateline:
    """'SAN SALVADOR, 3 JAN 90 --' or 'KABUL, Afghanistan (AP) —': place and date of filing."""

    place: Span | None
    date: date | None
    date_span: Span | None
    end: int  # offset where the story body starts


# Sentence boundaries: ., ! or ? followed by space(s) and a capital/digit/quote, or a blank
# line.  Abbreviations that end in a period and are followed by a capital are kept inside the
# sentence ("Gen. Smith", "Elgin, Ill. police", "U.S. Army").
_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cpl", "pvt", "st", "sen",
    "rep", "gov", "rev", "prof", "jr", "sr", "no", "nos", "vs", "u.s", "u.n", "u.k", "inc", "co",
    "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "mt", "ft", "e", "w", "n", "s", "a.m",
    "p.m", "approx", "est", "dept", "univ", "ave", "blvd", "rd", "hwy", "a", "b", "c", "d", "f",
    "g", "h", "i", "j", "k", "l", "m", "o", "p", "q", "r", "t", "u", "v", "x", "y", "z",
}
# Abbreviations that are followed by a number ("Feb. 27", "No. 4"): never a sentence end there.
_BEFORE_NUMBERS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                   "dec", "no", "nos", "st", "rt", "hwy"}
# The lookbehind and possessive quantifiers keep this linear: a run of 100,000 periods is
# tried once from its first period, not again from each of the others.  The pattern opens
# with one character class (the run's first character; the lookbehind then checks the one
# before it), so that the regex engine skips straight to the next [.!?\n] instead of trying
# both branches at every offset (4x faster on news text; same matches).
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*+[\"'”’)\]]*+(\s++)"
                       r"(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)[ \t]*\n\s*)")
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_BLANK = re.compile(r"\n[ \t]*\n")
_NOT_LOWER = bytes(b for b in range(256) if not 97 <= b <= 122)
_NOT_UPPER = bytes(b for b in range(256) if not 65 <= b <= 90)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into ``text`` (linear time, no backtracking)."""
    sentences: list[Sentence] = []
    append = sentences.append
    start = 0
    paragraph = 0
    plain_ends = _PLAIN_ENDS
    for m in _BOUNDARY.finditer(text):
        gap_start, gap_end = m.span()
        space = m.start(1)  # where the white space after the punctuation starts (-1: a blank line)
        if space < 0:  # a blank line: the chunk before it, less its white space; a paragraph
            _add(sentences, text, start, gap_start, paragraph)
            paragraph += 1
        else:
            # (two letters before the period that end no abbreviation, 'id' of 'said.': no
            # need to read the word; most sentence ends)
            if text[space - 1] == "." and space > start and \
                    (space - 3 < start or text[space - 3:space - 1] not in plain_ends) \
                    and _abbreviation_ends(text, start, space, gap_end):
                continue
            if start:
                # after a gap the chunk has no white space at either end (each gap takes all
                # of it; the punctuation ends the chunk): no copy to strip
                append(Sentence(len(sentences), start, space, paragraph))
            else:
                _add(sentences, text, start, space, paragraph)
            if "\n" in text[space:gap_end] and _BLANK.search(text, space, gap_end):
                paragraph += 1
        start = gap_end
    _add(sentences, text, start, len(text), paragraph)
    return sentences


def _abbreviation_ends(text: str, start: int, chunk_end: int, gap_end: int) -> bool:
    """Whether the period at ``chunk_end - 1`` ends an abbreviation ('Gen.', 'U.S.') and not
    the sentence started at ``start`` (the gap after it ends at ``gap_end``): the lower-cased
    word that ends in this period, letters and dots only, at most 64 characters back, so
    that the split stays linear."""
    tail = text[max(start, chunk_end - 64):chunk_end - 1]
    word = tail[len(tail.rstrip(_WORD_CHARS)):]
    if word:
        word = word.lstrip(".").lower().rstrip(".")
    return word in _ABBREV and (word in _BEFORE_NUMBERS
                                or not text[gap_end:gap_end + 1].isdigit())


def _plain_ends(words: Iterable[str]) -> frozenset[str]:
    """Every pair of ASCII letters, in either case, that ends none of ``words`` (lower case)
    of two characters or more: a word that ends in such a pair is none of them."""
    ends = {w[-2:] for w in words if len(w) >= 2}
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return frozenset(a + b for a in letters for b in letters if (a + b).lower() not in ends)


_PLAIN_ENDS = _plain_ends(_ABBREV)


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    chunk = text[start:end]
    stripped = chunk.lstrip()
    if stripped:
        start += len(chunk) - len(stripped)
        out.append(Sentence(len(out), start, start + len(stripped.rstrip()), paragraph))


# The characters beyond ASCII that match an ASCII letter case-insensitively (İ ı ſ K).
_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
# Lower-case letters that match another lower-case letter case-insensitively (σ ς, µ μ, β ϐ,
# Cyrillic в ᲀ ...: Python's re case-fixes): in the lower-cased copy a back-reference ('(\w+)
# \1') could miss there what the case-insensitive search finds ('Σ Σ' lowers to 'ς σ').
_MANY_CASED = re.compile("[\u00b5\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0"
                         "\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
                         "\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80-\u1c88\u1e61\u1e9b"
                         "\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]")


@lru_cache(maxsize=16)
def lowered(text: str) -> str | None:
    """``text`` in lower case when that keeps every offset and every case-insensitive match:
    each character lower-cases to one character (so the length is the same), none is one
    of ``_FOLDS`` and none lower-cases to one of ``_MANY_CASED``.  A pattern without capitals
    then finds, matched case-sensitively over the lower-cased text, exactly what it finds
    with ``re.IGNORECASE`` in ``text``, at the same offsets, several times faster (curly quotes and dashes, common in news, allow this just
    as plain ASCII does).  None otherwise: search ``text`` case-insensitively.  (Cached for
    the texts at hand, the document and the copies steps make of it, such as casualties'
    blanked text: every step that asks gets the one lower-cased copy of each.)"""
    low = text.lower()
    if text.isascii():
        return low
    return low if len(low) == len(text) and not _FOLDS.search(text) and \
        not _MANY_CASED.search(low) else None



def may_hold(low: str | None, words: Iterable[str], start: int, end: int) -> bool:
    """False only when ``low[start:end]`` surely holds none of ``words`` (lower case) in any
    case: ``low`` is ``lowered(text)`` of the text a case-blind regex is about to search (None,
    no faithful lower-case copy: it may).  Plain look-ups before that regex, which costs far
    more."""
    if low is None:
        return True
    for w in words:
        if low.find(w, start, end) >= 0:
            return True
    return False

# What may name a capital in a pattern's source: a capital (a group's name too: no harm), a
# letter beyond ASCII (some match others case-insensitively: 'ſ' an 's'), a character escape
# ('\x41', '\u0041', '\N{...}', octal '\101'), case-insensitivity turned off ('(?-i:').
# Other escapes ('\S', '\W', '\B', a group reference '\1') and the P of a named group are
# read over.
_SOURCE_ATOM = re.compile(r"(?P<bad>\\(?:[xuUN]|0|[0-7]{3})|\(\?[a-zA-Z]*-)|\\.|\(\?P[<=>]|"
                          r"(?P<letter>[A-Z]|[^\x00-\x7f])", re.S)


def may_name_capital(source: str) -> bool:
    """Whether a case-sensitive twin of ``source`` could match otherwise over lower-cased
    text than ``source`` does case-insensitively over the text (see ``_SOURCE_ATOM``)."""
    return any(m.lastgroup == "bad" or (m.lastgroup == "letter" and m.group().isalpha())
               for m in _SOURCE_ATOM.finditer(source))


@lru_cache(maxsize=None)
def cased_twin(pattern: re.Pattern) -> re.Pattern | None:
    """For a ``re.IGNORECASE`` pattern, the same source compiled case-sensitively, to be run
    over ``lowered(text)`` (it finds the same matches there); None when it might not (the
    pattern is not case-insensitive or is verbose, or its source may name a capital)."""
    source = pattern.pattern
    if not isinstance(source, str) or not pattern.flags & re.IGNORECASE or \
            pattern.flags & re.VERBOSE or may_name_capital(source):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


@dataclass
class Document:
    """One article.  ``reference_date`` is the date relative expressions resolve against:
    the dateline's date when there is one, else the caller's reference date."""

    text: str
    id: str | None = None
    reference_date: date | None = None
    headline: Span | None = None
    dateline: Dateline | None = None
    _positions: dict[str, list[int]] = field(default_factory=dict, repr=False, compare=False)
    _memos: defaultdict[str, dict] = field(default_factory=lambda: defaultdict(dict), init=False,
                                           repr=False, compare=False)

    def __post_init__(self) -> None:
        # ``memo`` is asked ~75 times an article: the instance's own binding of the memos'
        # look-up (a C call; a missing owner gets its empty dict) answers for the method below
        self.memo = self._memos.__getitem__

    def memo(self, owner: str) -> dict:
        """A dict where the step named ``owner`` keeps what it computed from this document, so
        that the incidents of one article share it and it is freed with the article (no module
        state).  A copy made with ``dataclasses.replace`` starts with no memos."""
        return self._memos[owner]

    @cached_property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)

    @cached_property
    def upper_ratio(self) -> float:
        """Share of letters in capitals: ~1.0 for MUC-4 wire reports."""
        head = self.text[:4000].encode("ascii", "ignore")  # only a-z and A-Z count
        lower = len(head.translate(None, _NOT_LOWER))
        upper = len(head.translate(None, _NOT_UPPER))
        return upper / (upper + lower) if upper + lower else 0.0

    @cached_property
    def all_caps(self) -> bool:
        return self.upper_ratio > 0.8

    @cached_property
    def lower(self) -> str | None:
        """``lowered(text)``, once per document (see there)."""
        return lowered(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0:
            s = self.sentences[i]
            if offset < s.end:
                return s
        return None

    def positions(self, needle: str) -> list[int]:
        """Sorted offsets of every (overlapping) occurrence of ``needle``, found once per
        document, so that "how many before offset x" is a bisect, not a rescan."""
        found = self._positions.get(needle)
        if found is None:
            found = [m.start() for m in re.finditer(f"(?={re.escape(needle)})", self.text)]
            self._positions[needle] = found
        return found

    def count_between(self, needle: str, start: int, end: int) -> int:
        """Occurrences of ``needle`` that lie wholly inside ``text[start:end]``."""
        found = self.positions(needle)
        return max(0, bisect_right(found, end - len(needle)) - bisect_left(found, start))

    def rfind(self, needle: str, end: int) -> int:
        """``text.rfind(needle, 0, end)`` without rescanning the text."""
        found = self.positions(needle)
        i = bisect_right(found, end - len(needle)) - 1
        return found[i] if i >= 0 else -1

    def search(self, pattern: re.Pattern, start: int = 0, end: int | None = None) -> re.Match | None:
        """``pattern.search(self.text, start, end)`` for a case-insensitive pattern, quicker:
        where it can, the pattern's case-sensitive twin searches the lower-cased text (same
        match, same offsets; its groups' text is then in lower case: quote ``self.text``)."""
        end = len(self.text) if end is None else end
        low = self.lower
        twin = cased_twin(pattern) if low is not None else None
        if twin is None:
            return pattern.search(self.text, start, end)
        return twin.search(low, start, end)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])


@dataclass
class Scope:
    """The part of a document that one incident owns: the sentences that talk about it.

    ``anchor`` is the attack cue the incident was built on, or with ``site`` set the town of a
    list of attacks the incident is one of; ``primary`` marks the article's main incident.  Field extractors look for their values in ``sentences`` first (in order
    of closeness to the anchor) and may use the rest of the document as weak context.
    """

    sentences: list[int]
    anchor: Span | None = None
    primary: bool = True
    site: bool = False

    def text_ranges(self, doc: Document) -> list[tuple[int, int]]:
        return [(doc.sentences[i].start, doc.sentences[i].end) for i in self.sentences]
