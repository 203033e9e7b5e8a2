"""regex_words: the words one of which every match of an expression holds."""
import re

import pytest

from incidentcli.regex_words import parsed, required_words


@pytest.mark.parametrize("expression, words", [
    # the longest run of plain characters
    (r"christmas(?:\s+day)?", {"christmas"}),
    (r"new\s+year['’]?s\s+eve", {"year"}),
    (r"fourth\s+of\s+july", {"fourth"}),
    # a group's alternatives, when each holds a word; the set whose shortest word is longest
    (r"(?:martin\s+luther\s+king|mlk)\s+day", {"day"}),
    (r"\b(?:after|before)\s+the\s+\w+", {"after", "before"}),
    (r"(?:weeks?|months?)\s+ago", {"week", "month"}),
    # a repeat of at least one holds its words; an optional part or a flagged group does not
    (r"(?:gunfire)+\s+at", {"gunfire"}),
    (r"(?:gunfire)?\s+at", {"at"}),
    (r"(?i:shots)\s+at", {"at"}),
])
def test_every_match_holds_one_of_the_words(expression, words):
    assert required_words(parsed(expression).data) == words


@pytest.mark.parametrize("expression", [r"\d+\s+\w+", r"(?:shot|\d+)"])
def test_no_words_when_a_match_may_hold_none(expression):
    assert required_words(parsed(expression).data) is None


@pytest.mark.parametrize("expression, text", [
    (r"\b(?:after|before)\s+the\s+\w+", "Hours after the shooting, police said."),
    (r"(?:weeks?|months?)\s+ago", "The gunman had moved there two months ago."),
    (r"(?:martin\s+luther\s+king|mlk)\s+day", "The march on MLK day drew a crowd."),
])
def test_the_words_are_in_every_match(expression, text):
    match = re.search(expression, text, re.I)
    assert match is not None
    assert any(w in match.group(0).lower() for w in required_words(parsed(expression).data))
