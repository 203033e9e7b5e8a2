from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("INCIDENTCLI_SHARED", ROOT.parent / "shared"))


def run_cli(*args: str, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python -m incidentcli` in a subprocess, as a user's shell would."""
    env = dict(os.environ, NO_COLOR="1", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "incidentcli", *args], input=input,
                          capture_output=True, timeout=timeout, env=env, cwd=ROOT)


def jsonl(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


@pytest.fixture
def needs_shared():
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared (real dev data) is not here")
    return SHARED


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "linearity: time grows linearly with adversarial input sizes (fast)")
