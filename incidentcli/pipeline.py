"""The path of one document, top to bottom.

read input (``reader``) -> document (sentences, headline, dateline) -> incidents (anchors and
their scopes, attack type) -> per incident: casualties, location, perpetrator, date -> Record.
"""
from __future__ import annotations

from datetime import date

from .casualties import find_casualties
from .dateline import read_dateline
from .dates import find_date
from .document import Document
from .incidents import find_incidents
from .location import find_location
from .perpetrator import find_perpetrator
from .record import Incident, Record


def build_document(text: str, id: str | None = None, reference_date: date | None = None) -> Document:
    doc = Document(text=text, id=id, reference_date=reference_date)
    doc.dateline = read_dateline(doc)
    if doc.dateline and doc.dateline.date and reference_date is None:
        doc.reference_date = doc.dateline.date
    return doc


def extract_document(doc: Document) -> Record:
    incidents = []
    for found in find_incidents(doc):
        inc = Incident(primary=found.scope.primary, attack_type=found.attack_type,
                       suicide=found.suicide, weapon=found.weapon)
        inc.evidence.update(found.evidence)
        inc.reasons.update(found.reasons)
        cas = find_casualties(doc, found.scope)
        inc.killed, inc.wounded = cas.killed, cas.wounded
        loc = find_location(doc, found.scope)
        inc.location = loc.location
        perp = find_perpetrator(doc, found.scope)
        inc.perpetrator = perp.perpetrator
        when = find_date(doc, found.scope)
        inc.date = when.date
        for part in (cas, loc, perp, when):
            inc.evidence.update(part.evidence)
            inc.reasons.update(part.reasons)
        incidents.append(inc)
    return Record(id=doc.id, incidents=incidents, text=doc.text)


def extract(text: str, reference_date: date | str | None = None, id: str | None = None) -> Record:
    """Extract the incidents of one article.  ``reference_date`` (a date or 'YYYY-MM-DD') is
    what relative dates resolve against when the article has no dateline."""
    if isinstance(reference_date, str):
        reference_date = date.fromisoformat(reference_date)
    return extract_document(build_document(text, id, reference_date))
