"""Which incidents an article reports, the primary one, and each one's attack type (issue 6).

``find_incidents(doc)`` returns one ``FoundIncident`` per incident: its ``Scope`` (the
sentences that talk about it), its attack type, weapon and suicide flag, with evidence.
An article with no attack gives an empty list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Document, Scope, Span


@dataclass
class FoundIncident:
    scope: Scope
    attack_type: str | None = None
    suicide: bool | None = None
    weapon: str | None = None
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "attack_type", "weapon", "suicide"
    reasons: dict[str, str] = field(default_factory=dict)


# Baseline cue table (replaced by the cue lexicon of issue 6).
_CUES = [
    ("bombing", "explosives", re.compile(r"\b(bomb\w*|explo\w+|blast|grenade|IED|car bomb)\b", re.I)),
    ("kidnapping", None, re.compile(r"\b(kidnap\w*|abduct\w*)\b", re.I)),
    ("armed_assault", "firearms", re.compile(r"\b(shot|shooting|gunm[ae]n|opened fire|gunfire)\b", re.I)),
    ("facility_attack", "incendiary", re.compile(r"\b(arson|set fire|torched)\b", re.I)),
    ("armed_assault", None, re.compile(r"\b(attack\w*|killed|murder\w*|assassinat\w*)\b", re.I)),
]


def find_incidents(doc: Document) -> list[FoundIncident]:
    for attack_type, weapon, pattern in _CUES:
        m = pattern.search(doc.text)
        if m:
            span = doc.span(m.start(), m.end())
            scope = Scope(sentences=list(range(len(doc.sentences))), anchor=span, primary=True)
            evidence = {"attack_type": span}
            if weapon:
                evidence["weapon"] = span
            return [FoundIncident(scope, attack_type, None, weapon, evidence,
                                  {"attack_type": "first attack cue"})]
    return []
