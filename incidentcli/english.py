"""The English word list (data/english_words.txt.gz, from SCOWL via Debian's wamerican; its
notice is in data/english_words.COPYRIGHT): whether a word is a common English word, which
tells a phrase ('IN BROAD DAYLIGHT') from a town's name and a group's name from the plain
words after it."""
from __future__ import annotations

import bisect
import gzip
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


class SortedWords:
    """Membership in a sorted list of words by bisection: reading the list is one split of
    the file's text (a set of its 64,000 words took ~25 ms more to build, once per run)."""

    def __init__(self, words: list[str]):
        self._words = words

    def __contains__(self, word: str) -> bool:
        i = bisect.bisect_left(self._words, word)
        return i < len(self._words) and self._words[i] == word and word != ""


@lru_cache(maxsize=1)
def english_words() -> SortedWords:
    """Lower-case English words (sorted, one a line, no blank line; the '#' header lines hold
    spaces, so no word is one), read on first use."""
    text = gzip.decompress((DATA / "english_words.txt.gz").read_bytes()).decode("utf-8")
    return SortedWords(text.rstrip("\n").split("\n"))
