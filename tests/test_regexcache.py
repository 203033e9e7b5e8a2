"""regexcache: patterns kept between runs come back equal to what re compiles, or not at all."""
from __future__ import annotations

import re

import pytest

from incidentcli import regexcache

PATTERNS = [  # (pattern, flags, text, what the first match must be)
    (r"(?P<n>\d+)\s+(?:people|persons)\s+(?:were\s+)?killed", re.I,
     "Police said 12 People were killed on Monday.", "12 People were killed"),
    (r"(?i)\bcar\s+bomb(?:ing)?s?\b", 0, "A CAR BOMB exploded near the market.", "CAR BOMB"),
    (r"[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*+\s++(?=[A-Z])|(?<=\n)[ \t]*\n)", 0,
     "Shots rang out!! Two men died.", "!! "),
    (r"^(?P<place>[A-Z]+), (?P<date>\d{1,2} [A-Z]{3} \d{2}) --", re.M,
     "Headline\nSAN SALVADOR, 3 JAN 90 -- text", None),
]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTCLI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("INCIDENTCLI_REGEX_CACHE", raising=False)
    re.purge()
    yield tmp_path
    re.purge()


def _compile_all():
    return [re.compile(p, f) for p, f, _, _ in PATTERNS]


def test_saved_patterns_come_back_equal(cache_dir):
    fresh = _compile_all()
    regexcache.save()
    assert regexcache.cache_file().exists()
    re.purge()
    regexcache.prime()
    for (pattern, flags, text, first), made, again in zip(PATTERNS, fresh, _compile_all()):
        assert again is re._cache[str, pattern, int(flags)]   # served from the primed cache
        assert again == made                                 # same flags and opcodes
        assert again.groupindex == made.groupindex and again.groups == made.groups
        m1, m2 = made.search(text), again.search(text)
        assert (m1 and m1.group(0)) == (m2 and m2.group(0))
        if first is not None:
            assert m2.group(0) == first


def test_switched_off(cache_dir, monkeypatch):
    monkeypatch.setenv("INCIDENTCLI_REGEX_CACHE", "0")
    _compile_all()
    regexcache.save()
    assert not list(cache_dir.glob("regex-*"))


def test_damaged_file_is_ignored(cache_dir):
    path = regexcache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00not marshal at all")
    regexcache.prime()          # nothing, and no exception
    made = _compile_all()
    regexcache.save()           # replaces it with a good file
    re.purge()
    regexcache.prime()
    assert _compile_all() == made
