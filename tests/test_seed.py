"""The article the project was conceived from (read from ../shared/seeds; never copied here)."""
from __future__ import annotations

from .conftest import jsonl, run_cli


def test_seed_article(needs_shared):
    seed = sorted((needs_shared / "seeds").glob("*.txt"))[0]
    text = seed.read_text()
    result = run_cli("parse", str(seed), "--format", "jsonl")
    assert result.returncode == 0
    (record,) = jsonl(result.stdout)
    first, *others = record["incidents"]
    assert first["primary"] and first["attack_type"] == "bombing" and first["suicide"] is True
    assert first["location"]["country"] == "Pakistan"
    assert "Shah Noorani" in (first["location"]["place"] or "")
    assert first["killed"]["value"] == 52 and first["killed"]["qualifier"] == "at_least"
    assert first["wounded"]["value"] == 105 and first["wounded"]["qualifier"] == "more_than"
    assert first["perpetrator"]["name"] == "Islamic State"
    assert first["perpetrator"]["claim"] in ("claimed", "reported")
    assert "52" in first["evidence"]["killed"]["text"]
    academy = [i for i in others if (i["killed"]["value"] or 0) >= 60]
    assert academy and academy[0]["perpetrator"]["name"] == "Islamic State"
    for incident in record["incidents"]:
        assert incident["location"]["country"] not in ("Iraq", "Syrian Arab Republic", "Libya")
        for span in incident["evidence"].values():
            assert text[span["start"]:span["end"]] == span["text"]
