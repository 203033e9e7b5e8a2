"""Who did it, and on what word (issue 5).

``find_perpetrator(doc, scope)`` names the group (canonical name from the group lexicon, or an
open-ended organisation name) and the claim status from the sentence that links it to the
incident.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Scope, Span
from .record import Perpetrator


@dataclass
class PerpetratorResult:
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "perpetrator", "claim"
    reasons: dict[str, str] = field(default_factory=dict)


def find_perpetrator(doc: Document, scope: Scope) -> PerpetratorResult:
    return PerpetratorResult()
