"""Sentence splitting (abbreviations and numbers stay inside their sentence) and the
Document helpers the field steps lean on (sentence_at, upper_ratio / all_caps)."""
from __future__ import annotations

import dataclasses
import re

import pytest

from incidentcli.document import Document, cased_twin, lowered, may_hold, split_sentences

CASES = [
    ("The attack happened on Feb. 27 in Kabul. Police said three people died.",
     ["The attack happened on Feb. 27 in Kabul.", "Police said three people died."]),
    ("Gen. Smith said the U.S. Army lost two soldiers. Nobody else was hurt.",
     ["Gen. Smith said the U.S. Army lost two soldiers.", "Nobody else was hurt."]),
    ("Police in Elgin, Ill. said five were shot.", ["Police in Elgin, Ill. said five were shot."]),
    ("The bus stopped at No. 4 station. A bomb went off.",
     ["The bus stopped at No. 4 station.", "A bomb went off."]),
    ("Shots rang out.\n\nTwo men were killed", ["Shots rang out.", "Two men were killed"]),
    ("THREE PEASANTS WERE KILLED. THE ARMY BLAMED THE FMLN.",
     ["THREE PEASANTS WERE KILLED.", "THE ARMY BLAMED THE FMLN."]),
    # a run of marks ends the sentence once, at its last mark, closing quotes included
    ('"Get down!!!" a guard shouted?! Then the blast came.',
     ['"Get down!!!" a guard shouted?!', "Then the blast came."]),
    ("He said it was over...\u201cNot yet,\u201d she said. It was 2 a.m. Police came.",
     ["He said it was over...\u201cNot yet,\u201d she said.", "It was 2 a.m. Police came."]),
    ("Shots were fired. (Police later confirmed it.) [Updated] Two died.",
     ["Shots were fired.", "(Police later confirmed it.)", "[Updated] Two died."]),
    ("  \n\n \t\n  ", []),
    ("...", ["..."]),
    ("A blast.\n  \n\nB blast.\n \t \nC", ["A blast.", "B blast.", "C"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentences(text, expected):
    got = split_sentences(text)
    assert [text[s.start:s.end] for s in got] == expected


def test_paragraphs_are_counted():
    sentences = split_sentences("Headline here\n\nFirst para. Still first.\n\nSecond para.")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


SENTENCE_AT = "A bomb went off. Two died.\n\nPolice came."


@pytest.mark.parametrize("offset,expected", [
    (-1, None), (0, "A bomb went off."), (15, "A bomb went off."), (16, None), (17, "Two died."),
    (25, "Two died."), (26, None), (28, "Police came."), (39, "Police came."), (40, None),
])
def test_sentence_at(offset, expected):
    doc = Document(SENTENCE_AT)
    got = doc.sentence_at(offset)
    assert (SENTENCE_AT[got.start:got.end] if got else None) == expected


@pytest.mark.parametrize("text,ratio,all_caps", [
    ("GUERRILLAS ATTACKED A POST", 1.0, True),
    ("Police said", 0.1, False),
    ("BOGOTÁ, Bogotá", 0.6, False),     # only a-z/A-Z are letters here: Á and á are not counted
    ("1234 -- ?", 0.0, False),
    ("", 0.0, False),
])
def test_upper_ratio(text, ratio, all_caps):
    doc = Document(text)
    assert doc.upper_ratio == pytest.approx(ratio)
    assert doc.all_caps is all_caps


# Our own sentences: the lower-cased text stands in for case-insensitive matching only when
# it keeps every offset and every case-insensitive match.
LOWERED = [
    ("Gunmen KILLED two guards in Kabul.", True),
    ("\u201cThey Attacked us,\u201d a guard said \u2014 three were hurt.", True),
    ("A bomb hit Diyarbak\u0131r's market.", False),   # dotless i matches 'I' case-blind
    ("The \u0130stanbul police said two died.", False),  # dotted capital I lower-cases to two
    ("A \u212aelvin sign and a long \u017f.", False),
    ("", True),
]


@pytest.mark.parametrize("text,usable", LOWERED)
def test_lowered(text, usable):
    low = lowered(text)
    assert (low is not None) == usable
    if low is not None:
        assert low == text.lower() and len(low) == len(text)
        assert Document(text=text).lower == low


@pytest.mark.parametrize("pattern", [r"\bkilled\b", r"attack\w*", r"\b(?:guards?|police)\s+\w+",
                                     r"[a-z]+(?=,)", r"\w+\W+\w+"])
@pytest.mark.parametrize("text", [t for t, usable in LOWERED if usable])
def test_lowered_matches_as_ignorecase(pattern, text):
    blind = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    assert [m.span() for m in re.finditer(pattern, lowered(text))] == blind


@pytest.mark.parametrize("source,twin", [
    (r"\bkilled\b", True), (r"\S+\s+(?P<n>shot|hurt)", True), (r"(\w+)\s+\1", True),
    (r"[!-~]+", True), (r"(?P<Name>x)", False), (r"Kabul", False), (r"\x41", False),
    (r"\N{EM DASH}", False), (r"\101", False), (r"(?-i:x)y", False), (r"\\A", False),
])
def test_cased_twin(source, twin):
    assert (cased_twin(re.compile(source, re.I)) is not None) == twin
    assert cased_twin(re.compile(source.replace("\\1", "x"))) is None  # not case-insensitive


SEARCHES = [r"\bkilled\b", r"\b(?:gunmen|guards?)\s+\w+", r"(\w+)\s+\1\b", r"kabul", r"\bİ",
            r"[^\w\s]+", r"\bstate\b"]
TEXTS = [t for t, _ in LOWERED] + ["The the guards KILLED a man in KABUL \u2014 State media said."]


@pytest.mark.parametrize("source", SEARCHES)
@pytest.mark.parametrize("text", TEXTS)
def test_search_as_ignorecase(source, text):
    pattern = re.compile(source, re.I)
    doc = Document(text=text)
    for start, end in ((0, len(text)), (4, len(text) - 3), (0, 0)):
        want = pattern.search(text, start, end)
        got = doc.search(pattern, start, end)
        assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("text", ["A\u03a3 \u03a3", "\u03c3 \u03c2", "1 \u00b5g \u03bcg", "\u0432 \u1c80"])
def test_back_reference_over_letters_with_several_lower_cases(text):
    """'Σ Σ' lowers to 'ς σ', which a case-insensitive back-reference matches and a
    case-sensitive one over the lower-cased copy would not: such texts take the slow path."""
    pattern = re.compile(r"(\w+)\s+\1\b", re.I)
    want = pattern.search(text)
    got = Document(text=text).search(pattern)
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("source", SEARCHES + [r"\b[a-z]+\s+(?:of|in)\s+\w+", r"ss|k\w|i\b", r"\W\w"])
def test_search_as_ignorecase_any_text(source):
    """Whatever the text (capitals, letters beyond ASCII, the few that fold oddly), the
    quick search finds what the case-insensitive one finds."""
    from hypothesis import given, settings, strategies as st
    pattern = re.compile(source, re.I)

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet="aAbkKsSiI ,.\u2014\u2019\u00e9\u00c9\u00df\u0130\u0131\u017f\u212a\u03a3"
                            "of in state killed", max_size=40))
    def check(text):
        doc = Document(text=text)
        want = pattern.search(text)
        got = doc.search(pattern)
        assert (got and got.span()) == (want and want.span())

    check()


def test_memo_is_per_document_and_per_step():
    doc = Document("A bomb exploded in the market on Monday.")
    doc.memo("dates")["seen"] = 1
    assert doc.memo("dates") == {"seen": 1}
    assert doc.memo("location") == {}
    assert Document(doc.text).memo("dates") == {}


def test_a_replaced_document_starts_without_memos():
    doc = Document("A bomb exploded in the market on Monday.")
    doc.memo("casualties")["low"] = doc.text.lower()
    copy = dataclasses.replace(doc, text="Gunmen shot two guards on Tuesday.")
    assert copy.memo("casualties") == {}


@pytest.mark.parametrize("text, words, start, end, expected", [
    ("Talks were HELD in Lima on Monday.", ("held",), 0, 34, True),     # any case
    ("Talks were HELD in Lima on Monday.", ("held",), 16, 34, False),   # outside the stretch
    ("THE ENVOYS MET IN QUITO.", ("visit", "talks"), 0, 24, False),
    # no faithful lower-case copy ('İ' lower-cases to two characters): it may hold them
    ("İstanbul talks were held.", ("absent",), 0, 25, True),
])
def test_may_hold_is_a_plain_look_up_before_a_case_blind_search(text, words, start, end,
                                                                expected):
    assert may_hold(lowered(text), words, start, end) is expected
