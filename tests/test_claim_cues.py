"""The claim-cue table compiled into one regex (sentences written for these tests)."""
import re

import pytest

from incidentcli.claim_cues import _first_letters, _trie, find_cues, is_hedged


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
