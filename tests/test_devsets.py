"""The ratchet: score the dev sets through the CLI exactly as ../shared/eval/run-dev.sh does and
fail when any field's F1 falls below the floor recorded in tests/ratchet.json.

Raise the floors (``python -m tests.test_devsets --update``) when the scores improve; never lower
them to make a change pass.  Skips when ../shared is absent.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED, run_cli

RATCHET = ROOT / "tests" / "ratchet.json"
KITS = ("muc4", "gtd", "gva")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"shared_{name}", SHARED / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_kit(kit: str, workdir: Path) -> dict:
    """Per-field F1 of the CLI on one dev set (same selection and path as run-dev.sh)."""
    adapt, score = _load("adapt"), _load("score")
    gold_rows, inputs = [], []
    for line in (SHARED / "data" / kit / f"{kit}-dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        extra = (row["incidents"][0].get("extra") or {}) if row["incidents"] else {}
        if kit == "gva" and not (extra.get("consistent") and not extra.get("accidental")):
            continue
        gold_rows.append(row)
        inputs.append(json.dumps({"id": row["id"], "text": row["text"],
                                  "reference_date": row.get("reference_date")}))
    src = workdir / f"{kit}-in.jsonl"
    src.write_text("\n".join(inputs) + "\n")
    result = run_cli("parse", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "2",
                     str(src), timeout=900)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    pred = {}
    for line in result.stdout.decode().splitlines():
        rec = json.loads(line)
        pred[rec["id"]] = [adapt.incident(i, kit) for i in rec["incidents"]]
    gold = {row["id"]: row["incidents"] for row in gold_rows}
    scored = score.score(gold, pred)
    f1 = {field: v["f1"] for field, v in scored["fields"].items() if v["f1"] is not None}
    f1["all_fields"] = scored["all_fields_macro_f1"]
    f1["documents"] = scored["documents"]["f1"]
    return f1


@pytest.mark.parametrize("kit", KITS)
def test_dev_set_f1_does_not_fall_below_the_ratchet(kit, needs_shared, tmp_path):
    floors = json.loads(RATCHET.read_text())[kit]
    got = score_kit(kit, tmp_path)
    fallen = {f: (got.get(f), floor) for f, floor in floors.items()
              if got.get(f) is None or got[f] < floor - 1e-9}
    assert not fallen, f"{kit}: F1 below the ratchet (got, floor): {fallen}"


if __name__ == "__main__":  # python -m tests.test_devsets --update : record today's scores
    import tempfile
    sys.path.insert(0, str(ROOT))
    current = json.loads(RATCHET.read_text()) if RATCHET.exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        for kit in KITS:
            got = score_kit(kit, Path(tmp))
            print(kit, json.dumps(got))
            if "--update" in sys.argv:
                old = current.get(kit, {})
                current[kit] = {f: round(max(v, old.get(f, 0.0)) - 0.002, 3)
                                if v is not None else 0.0 for f, v in got.items()}
    if "--update" in sys.argv:
        RATCHET.write_text(json.dumps(current, indent=1) + "\n")
