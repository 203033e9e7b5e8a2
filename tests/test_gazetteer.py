"""The offline gazetteer: names as texts write them, folded to one key."""
import pytest

from incidentcli.gazetteer import ADMIN1, CITY, COUNTRY, DEMONYM, STATE, fold, fold_char_map, load


@pytest.mark.parametrize("written, key", [
    ("Bogotá", "bogota"),
    ("BOGOTA", "bogota"),
    ("San Salvador", "san salvador"),
    ("Ras al-Ain", "ras al ain"),
    ("Côte d'Ivoire", "cote d ivoire"),
    ("St. Louis", "st louis"),
])
def test_fold(written, key):
    assert fold(written) == key


def test_fold_char_map_keeps_offsets():
    text = "Bogotá, Ñuñoa and KABUL"
    folded = fold_char_map(text)
    assert len(folded) == len(text)
    assert folded == "bogota, nunoa and kabul"


@pytest.mark.parametrize("name, kind, code, extra", [
    ("kabul", CITY, "AF", "Kabul"),
    ("bogota", CITY, "CO", "Bogotá"),
    ("san miguel", ADMIN1, "SV", "San Miguel"),
    ("ill", STATE, "US", "Illinois"),
    ("texas", STATE, "US", "Texas"),
    ("ivory coast", COUNTRY, "CI", None),
    ("the philippines", COUNTRY, "PH", None),
    ("u s", COUNTRY, "US", None),
    ("syria", COUNTRY, "SY", None),
    ("salvadoran", DEMONYM, "SV", None),
    ("pakistani", DEMONYM, "PK", None),
])
def test_lookup(name, kind, code, extra):
    found = [e for e in load().lookup(name) if e.kind == kind and e.country_code == code]
    assert found, (name, load().lookup(name))
    if extra:
        assert any(e.name == extra or e.admin1 == extra or
                   load().us_states.get(e.admin1) == extra for e in found)


def test_country_names_are_pycountry_short_names():
    gaz = load()
    assert gaz.country_name("SY") == "Syrian Arab Republic"
    assert gaz.country_name("US") == "United States"
    assert gaz.capitals["SV"] == "San Salvador"


def test_city_has_coordinates_and_population():
    kabul = max(load().lookup("kabul"), key=lambda e: e.population)
    lat, lon = kabul.coordinates()
    assert 34 < lat < 35 and 69 < lon < 70
    assert kabul.population > 1_000_000


def test_alternate_names():
    # GeoNames alternate names: the exonym a news text uses finds the place
    assert any(e.name == "Mosul" for e in load().lookup("al mawsil"))
    assert any(e.name == "Baghdad" for e in load().lookup("bagdad"))


def test_load_is_cached():
    assert load() is load()


def test_first_words():
    gaz = load()
    assert gaz.starts("san") >= 2
    assert gaz.starts("zzzqx") == 0


def test_sqlite_cache_and_memory_fallback(tmp_path, monkeypatch):
    from incidentcli import gazetteer
    try:
        monkeypatch.setenv("INCIDENTCLI_CACHE_DIR", str(tmp_path / "cache"))
        gazetteer.load.cache_clear()
        built = gazetteer.load()
        assert gazetteer.cache_path().exists()
        assert built.known(["kabul", "zzqx", "san salvador"]) == {"kabul", "san salvador"}
        # a cache directory that cannot be made: the TSV is read into memory instead
        (tmp_path / "file").write_text("")
        monkeypatch.setenv("INCIDENTCLI_CACHE_DIR", str(tmp_path / "file" / "sub"))
        gazetteer.load.cache_clear()
        memory = gazetteer.load()
        assert memory.known(["kabul", "zzqx"]) == {"kabul"}
        assert [e.name for e in memory.lookup("bogota")][:1] == \
            [e.name for e in built.lookup("bogota")][:1]
    finally:
        gazetteer.load.cache_clear()
