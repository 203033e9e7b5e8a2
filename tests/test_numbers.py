"""Counts as news text writes them (incidentcli.numbers)."""
import pytest

from incidentcli.numbers import Quantity, find_quantities, quantity_at

Q = Quantity


@pytest.mark.parametrize("text, phrase, expected", [
    ("12 people", "12", Q(12)),
    ("twelve people", "twelve", Q(12)),
    ("TWENTY-ONE PEASANTS", "TWENTY-ONE", Q(21)),
    ("twenty one soldiers", "twenty one", Q(21)),
    ("FORTYSEVEN MINERS WERE RESCUED", "FORTYSEVEN", Q(47)),  # transcripts run the words together
    ("twentytwo passengers", "twentytwo", Q(22)),
    ("1,200 refugees", "1,200", Q(1200)),
    ("one hundred and five", "one hundred and five", Q(105)),
    ("two thousand", "two thousand", Q(2000)),
    ("a dozen villagers", "a dozen", Q(12)),
    ("at least 52 people", "at least 52", Q(52, 52, None, "at_least")),
    ("AT LEAST FIVE", "AT LEAST FIVE", Q(5, 5, None, "at_least")),
    ("more than 105 people", "more than 105", Q(105, 106, None, "more_than")),
    ("over 30 wounded", "over 30", Q(30, 31, None, "more_than")),
    ("nearly 40 dead", "nearly 40", Q(40, None, None, "about")),
    ("about 30 people", "about 30", Q(30, None, None, "about")),
    ("up to 12 miners", "up to 12", Q(12, None, 12, "at_most")),
    ("between 10 and 15 people", "between 10 and 15", Q(None, 10, 15, "range")),
    ("10 to 15 people", "10 to 15", Q(None, 10, 15, "range")),
    ("dozens of people", "dozens of", Q(None, 24, None, "vague")),
    ("hundreds of people", "hundreds of", Q(None, 200, None, "vague")),
])
def test_reads_counts(text, phrase, expected):
    found = find_quantities(text)
    assert found, text
    m = found[0]
    assert text[m.start:m.end] == phrase
    assert m.quantity == expected


@pytest.mark.parametrize("text", [
    "a 25-year-old man",
    "the 19-year-old",
    "at 3:10 a.m.",
    "about 8 p.m.",
    "a $200,000 bond",
    "rose 13 percent",
    "in the 300 block of Elm Street",
    "a 9mm handgun",
    "a .40-caliber pistol",
    "the 2nd floor",
    "call 555-0199",
    "1.5 kilometres away",
    "THE VILLAGE, 120 KM NORTH OF THE CAPITAL",
    "a truck loaded with 50 kg of explosives",
    "about 3 miles from the border",
    "TWENTY KILOMETERS FROM THE BASE",
])
def test_numbers_that_are_not_counts(text):
    assert find_quantities(text) == []


def test_quantity_at_reads_only_at_the_position():
    text = "killing at least 52 people"
    m = quantity_at(text, len("killing"))
    assert m is not None and text[m.start:m.end] == "at least 52"
    assert quantity_at(text, 0) is None


# The word lists are compiled as prefix tries (speed): each must match what the plain
# longest-first alternation of the same phrases matches.
@pytest.mark.parametrize("text", [
    "at least twenty-one people and more than a dozen others",
    "DOZENS OF SOLDIERS, SEVERAL HUNDRED PEASANTS AND A FEW  POLICEMEN",
    "no fewer than 15, up to thirty, nearly forty or some 3 victims",
    "a couple of hostages, hundreds of residents, thousands of refugees",
])
def test_word_tries_match_as_alternations(text):
    import re

    from incidentcli.numbers import lexicon, phrase_trie

    lex = lexicon()
    for phrases in (list(lex.words), list(lex.hedges)):
        plain = "|".join(re.escape(p).replace(r"\ ", r"\s+")
                         for p in sorted(phrases, key=len, reverse=True))
        trie = re.compile(rf"\b(?:{phrase_trie(phrases)})\b", re.I)
        plain_re = re.compile(rf"\b(?:{plain})\b", re.I)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain_re.finditer(text)]
