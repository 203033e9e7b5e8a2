"""Where the incident happened (issue 4).

``find_location(doc, scope)`` picks the place bound to this incident among those the article
mentions and resolves it against the offline gazetteer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Scope, Span
from .record import Location


@dataclass
class LocationResult:
    location: Location = field(default_factory=Location)
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "place", "city", "admin1", "country"
    reasons: dict[str, str] = field(default_factory=dict)    # key: "location"


def find_location(doc: Document, scope: Scope) -> LocationResult:
    return LocationResult()
