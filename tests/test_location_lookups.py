"""The location step's plain look-ups before a regex (``document.may_hold``) find what the regex
finds: a place of a meeting, a visit or studies ('THE TALKS SCHEDULED ... IN X')."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentcli.document import Document
from incidentcli.location import Mention, _country_context, _meeting_place


def _place_at_end(text: str) -> tuple[Document, Mention]:
    start = text.rindex(" ") + 1
    return Document(text=text), Mention(start, len(text), (), bound=2, full_end=len(text))


@pytest.mark.parametrize("text, meeting", [
    ("THE TALKS SCHEDULED FOR 20 NOVEMBER IN LIMA", True),
    ("The bishops met on Sunday in Quito", True),
    ("He was studying law at Harvard", True),
    ("A BOMB EXPLODED TODAY IN LIMA", False),
    ("The talks ended. Gunmen opened fire in Quito", False),   # another sentence
    ("Two men were shot in Quito", False),
])
def test_meeting_place(text, meeting):
    doc, m = _place_at_end(text)
    assert _meeting_place(doc, m) is meeting


_PIECES = ["talks", "TALKS", "met", "Visit", "stay", "ſtay", "ſ", "ı", "İ", "\u212a", "in", "at",
           "to", "the", "on", "\n", ".", "X", "é", "’"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_meeting_look_up_agrees_with_the_regex(pieces):
    doc, m = _place_at_end(" ".join(pieces) + " Lima")
    lo = max(0, m.start - 82)
    expected = bool(_country_context().meeting_re.search(doc.text, lo, m.start))
    assert _meeting_place(doc, m) is expected
