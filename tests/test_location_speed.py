"""The location step's quick paths give what the plain ones give (issue 8: speed)."""
import pytest

from incidentcli import location
from incidentcli.gazetteer import fold_char_map, load

TEXTS = [
    "Gunmen opened fire in the Mirpur district of Dhaka on Tuesday, the provincial court said.",
    "A bomb went off near the Westgate area; the Ohio state police and the sheriff's office "
    "said the trial of the suspect would be held in the district court.",
    "THE ATTACK TOOK PLACE IN THE VILLAGE OF SAN PEDRO, USULUTAN DEPARTMENT, "
    "WHERE THE EXTRADITION HEARING WAS HELD LAST YEAR.",
    "no phrase of any set here at all",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_shared_phrase_pass_matches_each_set_alone(text):
    """One Aho-Corasick pass serves the four phrase sets: each set's occurrences, in the
    same order, as its own automaton finds them."""
    low = location._lower_same_length(text)
    for phrases in location._phrase_sets():
        alone = [] if phrases._empty else \
            [(end + 1 - size, end + 1) for end, size in phrases._auto.iter(low)]
        assert phrases.occurrences(low) == alone


def test_phrases_outside_the_shared_sets_use_their_own_pass():
    phrases = location._Phrases(["market", "Market Square"])
    low = "the market square market"
    assert phrases.occurrences(low) == [(4, 10), (4, 17), (18, 24)]


@pytest.mark.parametrize("text, caps", [
    ("Police in McAllen said the O’Neill family left “Cedar Rapids” — twice.", False),
    ("Gunmen hit Bogotá and BOGOTÁ on Friday; the 2nd Ave shooting left 3 hurt.", False),
    ("Officers in Kent said Al-Tayyub and x9Y were there", False),
    ("GUERRILLAS ATTACKED THE TOWN OF SAN JOSÉ DE LAS FLORES", True),
])
def test_head_matches_give_the_heads_and_their_folded_words(text, caps):
    folded = fold_char_map(text)
    found, words = location._head_matches(text, folded, caps)
    spans = [m.span() for m in found]
    if caps:
        assert spans == [m.span() for m in location._TOKEN.finditer(folded)]
    assert words == [folded[a:b] for a, b in spans]


def test_known_then_lookup_reads_the_same_entries():
    """known() keeps the entry numbers it read: prefetch and lookup give the entries that
    a fresh look-up gives."""
    gaz = load()
    keys = ["kandahar", "zzqx nowhere", "san salvador", "usulutan"]
    assert gaz.known(keys) >= {"kandahar", "san salvador", "usulutan"}
    assert "zzqx nowhere" not in gaz.known(keys)
    gaz.prefetch(keys)
    for key in keys:
        ids = gaz._store.ids(key)
        fresh = tuple(gaz.entry(int(i)) for i in ids.split(",")) if ids else ()
        assert gaz.lookup(key)[:len(fresh)] == fresh
