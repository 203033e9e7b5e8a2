"""Our own sample articles and their expected records (paired fixtures, as jc does)."""
from __future__ import annotations

import json

import jsonschema
import pytest

from incidentcli.schema import record_schema

from .conftest import ROOT, SAMPLES, jsonl, run_cli

EXPECTED = {k: v for k, v in json.loads(
    (ROOT / "tests" / "fixtures" / "samples_expected.json").read_text()).items()
    if not k.startswith("_")}


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    """Every sample through the CLI once, keyed like samples_expected.json."""
    result = run_cli("parse", "samples/", "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    out = {}
    for rec in jsonl(result.stdout):
        name = rec["id"].split("/")[-1]
        out[name if name.endswith((".txt", ".html")) else f"batch.jsonl#{rec['id']}"] = rec
    return out


def _check(incident: dict, want: dict) -> list[str]:
    loc, perp = incident["location"], incident["perpetrator"]
    got = {"primary": incident["primary"], "attack_type": incident["attack_type"],
           "suicide": incident["suicide"], "date": incident["date"], "country": loc["country"],
           "city": loc["city"], "admin1": loc["admin1"], "place": loc["place"] or loc["city"],
           "perpetrator": perp["name"], "claim": perp["claim"]}
    wrong = []
    for key, expected in want.items():
        if key in ("killed", "wounded"):
            for sub, value in expected.items():
                if incident[key][sub] != value:
                    wrong.append(f"{key}.{sub}: {incident[key][sub]!r} != {value!r}")
        elif isinstance(expected, list):
            if got[key] not in expected:
                wrong.append(f"{key}: {got[key]!r} not in {expected!r}")
        elif got[key] != expected:
            wrong.append(f"{key}: {got[key]!r} != {expected!r}")
    return wrong


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_gives_its_expected_record(records, name):
    rec, want = records[name], EXPECTED[name]
    assert rec["error"] is None
    assert len(rec["incidents"]) == len(want), [i["attack_type"] for i in rec["incidents"]]
    for incident, expected in zip(rec["incidents"], want):
        assert _check(incident, expected) == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_record_validates_and_its_evidence_quotes_the_input(records, name):
    from incidentcli.htmltext import html_to_text

    rec = records[name]
    jsonschema.validate(rec, record_schema())
    if name.startswith("batch.jsonl#"):
        line = next(json.loads(l) for l in (SAMPLES / "batch.jsonl").read_text().splitlines()
                    if json.loads(l)["id"] == rec["id"])
        text = line["text"]
    else:
        text = (SAMPLES / name).read_text()
        if name.endswith(".html"):
            text = html_to_text(text)
    for incident in rec["incidents"]:
        for field, span in incident["evidence"].items():
            assert text[span["start"]:span["end"]] == span["text"], field


def test_schema_command_prints_the_schema_every_record_meets():
    result = run_cli("schema")
    assert json.loads(result.stdout) == record_schema()
