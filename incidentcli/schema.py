"""JSON Schema (draft 2020-12) of the record (contract v1); ``incidentcli schema`` prints it."""
from __future__ import annotations

from .record import ATTACK_TYPES, CLAIMS, QUALIFIERS, SCHEMA_VERSION, WEAPONS


def _nullable(kind: str | list, **extra) -> dict:
    kinds = [kind] if isinstance(kind, str) else list(kind)
    return {"type": kinds + ["null"], **extra}


def _enum(values) -> dict:
    return {"enum": list(values) + [None]}


_SPAN = {
    "type": "object",
    "required": ["text", "start", "end"],
    "properties": {"text": {"type": "string"}, "start": {"type": "integer", "minimum": 0},
                   "end": {"type": "integer", "minimum": 0}},
    "additionalProperties": False,
}

_COUNT = {
    "type": "object",
    "required": ["value", "min", "max", "qualifier", "perpetrators"],
    "properties": {
        "value": _nullable("integer", minimum=0),
        "min": _nullable("integer", minimum=0),
        "max": _nullable("integer", minimum=0),
        "qualifier": _enum(QUALIFIERS),
        "perpetrators": _nullable("integer", minimum=0),
    },
    "additionalProperties": False,
}


def record_schema() -> dict:
    incident = {
        "type": "object",
        "required": ["primary", "attack_type", "suicide", "weapon", "date", "location", "killed",
                     "wounded", "perpetrator", "evidence"],
        "properties": {
            "primary": {"type": "boolean"},
            "attack_type": _enum(ATTACK_TYPES),
            "suicide": _nullable("boolean"),
            "weapon": _enum(WEAPONS),
            "date": _nullable("string", pattern=r"^\d{4}-\d{2}-\d{2}$"),
            "location": {
                "type": "object",
                "properties": {
                    "place": _nullable("string"), "city": _nullable("string"),
                    "admin1": _nullable("string"), "country": _nullable("string"),
                    "country_code": _nullable("string", pattern="^[A-Z]{2}$"),
                    "latitude": _nullable("number", minimum=-90, maximum=90),
                    "longitude": _nullable("number", minimum=-180, maximum=180),
                    "reason": _nullable("string"),
                },
                "additionalProperties": False,
            },
            "killed": _COUNT,
            "wounded": _COUNT,
            "perpetrator": {
                "type": "object",
                "properties": {"name": _nullable("string"), "claim": _enum(CLAIMS)},
                "additionalProperties": False,
            },
            "evidence": {"type": "object", "additionalProperties": {"$ref": "#/$defs/span"}},
            "reasons": {"type": "object", "additionalProperties": {"type": "string"}},
        },
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://incidentcli.invalid/schema/record-v{SCHEMA_VERSION}.json",
        "title": "incidentcli record",
        "description": "One record per input article: the incidents it reports, each value "
                       "with the span of input text it came from.",
        "type": "object",
        "required": ["id", "incidents", "error"],
        "properties": {
            "id": _nullable("string"),
            "incidents": {"type": "array", "items": {"$ref": "#/$defs/incident"}},
            "error": {
                "oneOf": [{"type": "null"}, {
                    "type": "object", "required": ["type", "message"],
                    "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
                    "additionalProperties": False}],
            },
        },
        "additionalProperties": False,
        "$defs": {"incident": incident, "span": _SPAN},
    }
