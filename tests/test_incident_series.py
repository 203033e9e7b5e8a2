"""Incident grouping of bomb series in wire reports: a blast named with a definite ordinal
('THE SECOND EXPLOSION') is one of those the report already counted, not a new incident.

Every report here was written for these tests in wire style."""
from __future__ import annotations

from datetime import date

import pytest

from incidentcli.document import Document
from incidentcli.incidents import find_incidents

WIRE_REF = date(1990, 10, 20)


@pytest.mark.parametrize("text, count", [
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] TWO BOMBS EXPLODED EARLY TODAY IN THE MIRAFLORES "
     "DISTRICT OF LIMA, DAMAGING SEVERAL SHOPS.  THE FIRST EXPLOSION OCCURRED AT A BANK ON "
     "LARCO AVENUE.  THE SECOND EXPLOSION TOOK PLACE AT A SUPERMARKET ON BENAVIDES AVENUE.", 1),
])
def test_definite_ordinal_blast_joins_the_series(text, count):
    assert len(find_incidents(Document(text=text, reference_date=WIRE_REF))) == count
