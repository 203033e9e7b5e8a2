"""The claim-cue table compiled into one regex (sentences written for these tests)."""
import re

import pytest

from incidentcli.claim_cues import (_cue_named, _first_letters, _table, _trie, cue_spans, find_cues,
                                    is_hedged)


def cues(text):
    return [(m.cue.status, m.cue.slot, text[m.start:m.end]) for m in find_cues(text, 0, len(text))]


@pytest.mark.parametrize("text, expected", [
    ("The Front claimed responsibility for it.", [("claimed", "before", "claimed responsibility")]),
    ("THE FRONT HAS CLAIMED\nCREDIT FOR IT.", [("claimed", "before", "CLAIMED\nCREDIT")]),
    ("Police attributed the attack to the Front.",
     [("suspected", "after", "attributed the attack to")]),
    ("The Front, which denied involvement, was blamed.",
     [("denied", "before", "denied involvement"), ("accused", "after", "blamed")]),
    ("No group has claimed responsibility.", [("unclaimed", "sentence", "No group has claimed")]),
    # claiming the attack, not claiming *that* the attack was someone else's
    ("The Front claimed the bombing.", [("claimed", "before", "claimed the bombing")]),
    ("The Front claimed that the bombing was a police ploy.",
     [("reported", "before", "bombing")]),
    ("It came after another attack claimed by the Front.",
     [("background", "sentence", "another attack"), ("claimed", "after", "claimed by")]),
    ("The bus was hit by a rocket and shot by rebels.",
     [("reported", "after", "hit by"), ("reported", "after", "shot by")]),
])
def test_find_cues(text, expected):
    assert cues(text) == expected


@pytest.mark.parametrize("text, hedged", [
    ("The attack was presumably carried out by the Front.", True),
    ("According to local police, the Front attacked the post.", True),
    ("The Front attacked the post.", False),
    # someone else's claim that the group did it, or a report not confirmed, is an allegation
    ("Officials claimed that the Front attacked the post.", True),
    ("In the opinion of the police, the Front attacked the post.", True),
    ("The Front attacked the post, but the report has not yet been confirmed.", True),
    ("The report on the Front's attack on the post was confirmed today.", False),
])
def test_hedges(text, hedged):
    assert is_hedged(text, 0, len(text)) is hedged


def test_trie_matches_exactly_the_words():
    words = ["attack", "attacks", "attacked", "at", "set fire", "set off"]
    pattern = re.compile(_trie(words))
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in ["atta", "set", "sets fire"])


def test_first_letters():
    assert _first_letters(r"(?:ha(?:d|s|ve))?\s?claimed") == frozenset("ch")
    assert _first_letters(r"no\s+one") == frozenset("n")
    assert len(_first_letters(r"\S+\s+by")) == 26  # unsure: every letter


# The prefilter (find_cues tries the cue regex only where a cue can begin) must give exactly
# what one scan of the range gives, over any range, in capitals, mixed case and with
# characters that fold to ASCII letters.
_PASSAGE = ("Rebels attacked the post on Monday.  No group has claimed responsibility, but "
            "police attributed the attack to the Front, which denied involvement.\n"
            "THE FRONT HAS CLAIMED\nCREDIT FOR THE BOMBING CARRIED OUT BY ITS URBAN COMMANDOS. "
            "The bus was hit by a rocket and shot by gunmen; an earlier attack was blamed on a "
            "group calling itself the Red Cells.  It was reportedly the work of the Front. "
            "Two members of the Front were arrested in connection with the killing.")


@pytest.mark.parametrize("text", [
    _PASSAGE,
    _PASSAGE.upper(),
    _PASSAGE.replace("s", "\u017f").replace("k", "\u212a"),  # ſ and K fold to s and k
    _PASSAGE.replace("i", "\u0130"),  # İ lower-cases to two characters
    "\u201cThe Front\u201d claimed responsibility \u2014 and attacked again.",
])
def test_find_cues_equals_a_full_scan(text):
    pattern = _table()[0]
    bounds = sorted({0, len(text)} | {m.end() for m in re.finditer(r"[.;,\n]", text)}
                    | set(range(0, len(text), 37)))
    for start in bounds:
        for end in bounds:
            if end < start:
                continue
            full = [(m.start(), m.end(), m.lastgroup.split("_")[0])
                    for m in pattern.finditer(text, start, end)]
            ours = [(c.start, c.end) for c in find_cues(text, start, end)]
            assert ours == [(s, e) for s, e, _ in full], (start, end)
            assert [c.cue for c in find_cues(text, start, end)] == \
                [_table()[1][int(g[1:])] for _, _, g in full]


def test_folds_are_all_the_characters_that_match_ascii_letters():
    letter = re.compile("[a-z]", re.I)
    found = {c for c in map(chr, range(0x80, 0x110000)) if letter.fullmatch(c)}
    assert found == set("\u0130\u0131\u017f\u212a")


@pytest.mark.parametrize("text", [
    "The Front claimed responsibility for the bombing.",
    "THE FRONT HAS\n\nCLAIMED   CREDIT FOR IT, POLICE SAID.",
    "No  group\nhas\tclaimed the attack; the rebels were blamed\u00a0for it.",
    "\"Claimed\" (claimed responsibility) x_claimed 2claimed -- the army\u2003was involved in it.",
    "Two men were shot by gunmen\n\n\n   after another attack claimed by the Front.",
])
def test_cue_places_find_what_the_full_regex_finds(text):
    """The one-pass search of where cues may begin (``_places``, over lower-cased text with
    white space runs) finds, sentence by sentence, what the whole cue regex finds."""
    for start, end in [(0, len(text)), (4, len(text) - 3), (0, len(text) // 2)]:
        full = [(_cue_named(m.lastgroup), m.start(), m.end())
                for m in _table()[0].finditer(text, start, end)]
        assert cue_spans(text, start, end) == full


def test_stored_reading_is_the_tables():
    """data/claim_cues_compiled.json holds what reading the table gives (else it is ignored
    and the table is read at start-up: regenerate it with ``write_compiled``)."""
    from incidentcli.claim_cues import _rows, _stored, computed_head_keys, computed_rows
    stored = _stored()
    assert stored is not None, "stale data/claim_cues_compiled.json: run write_compiled"
    assert _rows() == computed_rows()
    assert stored["keys"] == computed_head_keys()
