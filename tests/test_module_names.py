"""Each module binds a top-level name once: a second ``_NAME = ...`` or ``def name`` further
down silently replaces the first for every function that reads it (two branches that each
added a ``_WIDE_KINDS`` of their own merged cleanly and changed the places found)."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "incidentcli"


def _top_level_names(source: str) -> Counter:
    names: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return names


def test_a_rebound_name_is_found():
    assert _top_level_names("_KINDS = 1\ndef f(): pass\n_KINDS = 2\n")["_KINDS"] == 2


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_module_binds_each_name_once(path):
    names = _top_level_names(path.read_text(encoding="utf-8"))
    assert [name for name, n in names.items() if n > 1] == []
