"""Names that GeoNames lists only as an alternate name (nicknames, old names) lose to towns
that bear the name as their own; in capitals an English word is no alternate name.
News-style sentences we wrote."""
import pytest

from incidentcli.gazetteer import load
from incidentcli.location import _main_readings
from tests.test_location import assert_located

CASES = [
    # 'Bridgetown' is also a nickname of Portland, Oregon: Barbados's capital it is
    ("BRIDGETOWN, 4 MAY 89 (CANA) -- [TEXT] GUNMEN ROBBED A JEWELLERY SHOP TODAY AND SHOT A "
     "GUARD DEAD.", "ROBBED", {"country": "Barbados"}),
    # ... even when the country is named beside it
    ("Gunmen robbed a jewellery shop in Bridgetown, Barbados, on Friday and shot a guard.",
     "robbed", {"place": "Bridgetown", "country": "Barbados"}),
    # an old English name still names the city the article is about
    ("Gunmen shot two soldiers guarding the ruins of Palmyra on Monday, the Syrian army said.",
     "shot", {"country": "Syrian Arab Republic"}),
]


@pytest.mark.parametrize("text, cue, expected", CASES)
def test_alternate_names(text, cue, expected):
    assert_located(text, cue, expected)


@pytest.mark.parametrize("key, caps, kept, demoted", [
    # a nickname of a bigger city: still a reading, but a demoted one
    ("bridgetown", False, "Portland", "Portland"),
    # an old name of a city fifty times bigger than its namesakes is no mere nickname
    ("calcutta", False, "Kolkata", None),
    # in capitals an English word that is only a nickname is no town at all
    ("peace", True, None, None),
    ("peace", False, "Sterling", None),
])
def test_main_readings(key, caps, kept, demoted):
    entries, alternates = _main_readings(key, load().lookup(key), caps)
    names = {e.name for e in entries}
    assert (kept in names) if kept else not any(e.name == "Sterling" for e in entries)
    if demoted:
        assert demoted in {e.name for e in alternates}
    else:
        assert not alternates
