"""Headline and dateline of an article ('SAN SALVADOR, 3 JAN 90 --', 'KABUL, Afghanistan (AP) —')."""
from __future__ import annotations

from .document import Dateline, Document


def read_dateline(doc: Document) -> Dateline | None:
    return None
