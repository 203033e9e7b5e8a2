"""The incident's own date, as ISO (issue 6).

Our own patterns find date phrases (absolute dates, datelines, relative days); dateparser only
normalises the phrase found, against the document's reference date, never today's clock.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Scope, Span


@dataclass
class DateResult:
    date: str | None = None
    evidence: dict[str, Span] = field(default_factory=dict)  # key: "date"
    reasons: dict[str, str] = field(default_factory=dict)


def find_date(doc: Document, scope: Scope) -> DateResult:
    return DateResult()
