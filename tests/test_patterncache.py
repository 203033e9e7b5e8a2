"""patterncache: a compiled expression's engine code kept between runs (start-up, issue 8)."""
import re

import pytest

from incidentcli import patterncache

EXPRESSIONS = [
    (r"\b(?P<day>\d{1,2})\s+(?P<month>jan(?:uary)?|feb(?:ruary)?)\b", re.IGNORECASE),
    (r"(?P<cue>killed|wounded)|(?P<other>(?i:bomb\w*))", 0),
    (rb"\x00+[a-z]{2,}", 0),
]


def _compile_all(salt: str):
    """Fresh compiles (a salt makes each expression new to ``re``'s own in-process cache)."""
    return [re.compile(p + (salt if isinstance(p, str) else salt.encode()), f)
            for p, f in EXPRESSIONS]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("INCIDENTCLI_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_second_run_builds_equal_patterns_from_the_file(cache_dir):
    with patterncache.installed():
        first = _compile_all("(?#a)")
    files = list(cache_dir.glob("patterns-*.marshal"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    re.purge()
    with patterncache.installed():
        second = _compile_all("(?#a)")
    assert second == first  # same expression, flags and engine code
    assert [p.groupindex for p in second] == [p.groupindex for p in first]
    assert second[0].match("12 January").group("month") == "January"
    assert files[0].stat().st_mtime_ns == stamp  # nothing new: the file is not written again


def test_a_damaged_file_is_ignored(cache_dir):
    with patterncache.installed():
        expected = _compile_all("(?#b)")
    for path in cache_dir.glob("patterns-*.marshal"):
        path.write_bytes(b"\x00garbage")
    re.purge()
    with patterncache.installed():
        assert _compile_all("(?#b)") == expected


def test_the_hook_is_removed_after_the_block(cache_dir):
    import re._compiler as compiler

    original = compiler.compile
    with patterncache.installed():
        assert compiler.compile is not original
    assert compiler.compile is original


def test_compiler_internals_of_another_shape_keep_nothing_and_compile_as_usual(cache_dir,
                                                                                monkeypatch):
    def other_shape(*args):
        raise TypeError("a compiler of another Python")

    monkeypatch.setattr(patterncache, "_entry", other_shape)
    with patterncache.installed():
        compiled = _compile_all("(?#c)")
    assert compiled == [re.compile(p + (b"(?#c)" if isinstance(p, bytes) else "(?#c)"), f)
                        for p, f in EXPRESSIONS]
    assert not list(cache_dir.glob("patterns-*.marshal"))  # nothing learnt, nothing written
