"""Killed and wounded, as the article states them (issue 3).

``find_casualties(doc, scope)`` returns the victims' counts with their hedges, attackers who
died or were hurt apart (``Count.perpetrators``), and evidence spans quoting the phrase that
carries each count.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Scope, Span
from .record import Count


@dataclass
class Casualties:
    killed: Count = field(default_factory=Count)
    wounded: Count = field(default_factory=Count)
    evidence: dict[str, Span] = field(default_factory=dict)   # keys: "killed", "wounded"
    reasons: dict[str, str] = field(default_factory=dict)


def find_casualties(doc: Document, scope: Scope) -> Casualties:
    return Casualties()
