"""The record incidentcli emits (contract v1) as typed dataclasses.

Output schema (``incidentcli schema`` prints it as JSON Schema)::

    {"id": "...", "incidents": [
       {"primary": true,
        "attack_type": "bombing",          # GTD types, see ATTACK_TYPES
        "suicide": true, "weapon": "explosives",
        "date": "2016-11-12",
        "location": {"place": ..., "city": ..., "admin1": ..., "country": "Pakistan",
                     "country_code": "PK", "latitude": ..., "longitude": ..., "reason": "dateline"},
        "killed":  {"value": 52, "min": 52, "max": null, "qualifier": "at_least", "perpetrators": 1},
        "wounded": {"value": 105, "min": 106, "max": null, "qualifier": "more_than", "perpetrators": null},
        "perpetrator": {"name": "Islamic State", "claim": "claimed"},
        "evidence": {"killed": {"text": "killed at least 52", "start": 1234, "end": 1252}, ...},
        "reasons": {"location": "attack sentence", ...}}],
     "error": null}

Every non-null field has an ``evidence`` entry whose ``text`` equals ``input[start:end]``.
Unknown is null, never 0.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .document import Span

SCHEMA_VERSION = "1"
ATTACK_TYPES = ("assassination", "armed_assault", "bombing", "hijacking", "hostage_taking",
                "kidnapping", "facility_attack", "unarmed_assault", "unknown")
WEAPONS = ("explosives", "firearms", "incendiary", "melee", "vehicle", "chemical", "other")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "about", "range", "vague")
CLAIMS = ("claimed", "suspected", "denied", "unclaimed", "reported")


@dataclass
class Count:
    """A casualty count as the article states it.

    ``value`` counts victims; ``min``/``max`` bound it; ``qualifier`` keeps the hedge;
    ``perpetrators`` counts attackers who died (killed) or were hurt (wounded)."""

    value: int | None = None
    min: int | None = None
    max: int | None = None
    qualifier: str | None = None
    perpetrators: int | None = None

    def is_empty(self) -> bool:
        return self.value is None and self.min is None and self.perpetrators is None

    def to_dict(self) -> dict:
        return {"value": self.value, "min": self.min, "max": self.max,
                "qualifier": self.qualifier, "perpetrators": self.perpetrators}


@dataclass
class Location:
    """Where the incident took place, as precise as the article says, and why so."""

    place: str | None = None
    city: str | None = None
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"place": self.place, "city": self.city, "admin1": self.admin1,
                "country": self.country, "country_code": self.country_code,
                "latitude": self.latitude, "longitude": self.longitude, "reason": self.reason}


@dataclass
class Perpetrator:
    """Who did it, and how the article ties them to it (``claim``, see CLAIMS)."""

    name: str | None = None
    claim: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "claim": self.claim}


@dataclass
class Incident:
    """One incident of an article, each field with its evidence span and reason."""

    primary: bool = True
    attack_type: str | None = None
    suicide: bool | None = None
    weapon: str | None = None
    date: str | None = None
    location: Location = field(default_factory=Location)
    killed: Count = field(default_factory=Count)
    wounded: Count = field(default_factory=Count)
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    evidence: dict[str, Span] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "primary": self.primary,
            "attack_type": self.attack_type,
            "suicide": self.suicide,
            "weapon": self.weapon,
            "date": self.date,
            "location": self.location.to_dict(),
            "killed": self.killed.to_dict(),
            "wounded": self.wounded.to_dict(),
            "perpetrator": self.perpetrator.to_dict(),
            "evidence": {k: v.to_dict() for k, v in self.evidence.items()},
            "reasons": dict(self.reasons),
        }


@dataclass
class Error:
    """Why an input gave no incidents (unreadable, too large, a bug of ours...)."""

    type: str
    message: str

    def to_dict(self) -> dict:
        return {"type": self.type, "message": self.message}


@dataclass
class Record:
    """What one article gives: its incidents, or the error that stands in their place.
    (A docstring on each dataclass also spares ``dataclass`` building one from the
    signature at import: ~0.3 ms a class of start-up.)"""

    id: str | None
    incidents: list[Incident] = field(default_factory=list)
    error: Error | None = None
    text: str | None = None  # the text offsets refer to (kept for --explain; not serialised)

    def to_dict(self) -> dict:
        return {"id": self.id, "incidents": [i.to_dict() for i in self.incidents],
                "error": self.error.to_dict() if self.error else None}
