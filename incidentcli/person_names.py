"""Common given names, read by the steps that tell a person's name from a place or a victim
from a crowd in wire reports written in capitals (data/given_names.txt)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names, in lower case."""
    text = resources.files("incidentcli").joinpath("data/given_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
