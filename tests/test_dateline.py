"""Datelines: place span and date, in wire, AP and web styles."""
from datetime import date

import pytest

from incidentcli.pipeline import build_document


@pytest.mark.parametrize("text, place, when, body", [
    ("   LIMA, 12 MAR 91 -- [TEXT] A CAR BOMB EXPLODED", "LIMA", date(1991, 3, 12), "[TEXT]"),
    ("TEGUCIGALPA (HONDURAS), 2 FEB 90 (RADIO AMERICA) -- [TEXT] UNIDENTIFIED MEN",
     "TEGUCIGALPA (HONDURAS)", date(1990, 2, 2), "[TEXT]"),
    ("CLANDESTINE, 4 APR 89 (RADIO REBELDE) -- [COMMUNIQUE] THE FRONT", "CLANDESTINE",
     date(1989, 4, 4), "[COMMUNIQUE]"),
    ("JALALABAD, Afghanistan (AP) — A roadside bomb struck a bus.", "JALALABAD, Afghanistan",
     None, "A roadside"),
    ("Two hurt in shooting\n\nROCKFORD, Ill. — Two men were shot on Main Street.",
     "ROCKFORD, Ill.", None, "Two men"),
    ("Fire at depot\n\nDAYTON, Ohio (WDTN) - A fire broke out.", "DAYTON, Ohio", None, "A fire"),
    ("Headline here\n\nTulsa — A man was shot late Friday.", "Tulsa", None, "A man"),
    ("WASHINGTON, May 4, 2016 (Reuters) - A gunman opened fire.", "WASHINGTON",
     date(2016, 5, 4), "A gunman"),
    # a dash stuck to the first word of the body
    ("Weekend violence\n\nDENVER (KXYZ) –Three men were shot near a bar.", "DENVER (KXYZ)",
     None, "Three men"),
    # the dash opens the next line; a date without its year; a bracket typo before the agency
    ("   QUITO (ECUADOR), 9 APR 90 (RADIO QUITO NETWORK)\n-- [TEXT] A BOMB WENT OFF",
     "QUITO (ECUADOR)", date(1990, 4, 9), "[TEXT]"),
    ("   LIMA, 3 SEP (AFP) -- [TEXT] A BOMB WENT OFF", "LIMA", None, "[TEXT]"),
    ("   CALI, 5 JUN 90 [RADIO CARACOL) -- [TEXT] A BOMB WENT OFF", "CALI",
     date(1990, 6, 5), "[TEXT]"),
])
def test_wire_and_web_datelines(text, place, when, body):
    doc = build_document(text)
    dl = doc.dateline
    assert dl is not None
    assert dl.place.text == place
    assert doc.text[dl.place.start:dl.place.end] == place
    assert dl.date == when
    if when:
        assert doc.text[dl.date_span.start:dl.date_span.end] == dl.date_span.text
        assert doc.reference_date == when
    assert text[dl.end:].startswith(body)


@pytest.mark.parametrize("text, when", [
    ("03/14/2019: Assailants attacked a checkpoint in Kunar, Afghanistan.", date(2019, 3, 14)),
    ("Boy shot\n\n(08/02/16) - A boy was shot in the leg.", date(2016, 8, 2)),
])
def test_date_prefix_is_a_date_not_a_place(text, when):
    doc = build_document(text)
    assert doc.dateline.place is None
    assert doc.dateline.date == when
    assert doc.reference_date == when


def test_caller_reference_date_wins():
    doc = build_document("LIMA, 12 MAR 91 -- [TEXT] A BOMB", reference_date=date(1991, 3, 13))
    assert doc.reference_date == date(1991, 3, 13)
    assert doc.dateline.date == date(1991, 3, 12)


@pytest.mark.parametrize("text", [
    "Three men were hurt - police said nothing more.",
    "Headline\n\nFour people were injured by gunfire - a witness said.",
    "A quiet night in the city ended in gunfire.",
])
def test_no_dateline(text):
    assert build_document(text).dateline is None
