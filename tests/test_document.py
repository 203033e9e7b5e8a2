"""Sentence splitting: abbreviations and numbers stay inside their sentence."""
from __future__ import annotations

import pytest

from incidentcli.document import split_sentences

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
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sentences(text, expected):
    got = split_sentences(text)
    assert [text[s.start:s.end] for s in got] == expected


def test_paragraphs_are_counted():
    sentences = split_sentences("Headline here\n\nFirst para. Still first.\n\nSecond para.")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
