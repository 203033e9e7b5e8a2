"""The group lexicon and its matcher (sentences written for these tests)."""
import pytest

from incidentcli.groups import find_groups, load_groups, lookup, names_any


def names(text, caps=None):
    caps = text.isupper() if caps is None else caps
    return [(m.alias, m.group.canonical) for m in find_groups(text, caps)]


@pytest.mark.parametrize("text, expected", [
    # canonical names follow GTD's spelling
    ("Militants of the Islamic State of Iraq and the Levant (ISIL) stormed the town.",
     [("Islamic State of Iraq and the Levant (ISIL)", "Islamic State")]),
    ("Daesh fighters shelled the road.", [("Daesh", "Islamic State")]),
    ("The Houthis fired a drone at the port.", [("Houthis", "Houthi extremists (Ansar Allah)")]),
    # longest name wins: the Pakistani Taliban are not the Afghan Taliban
    ("Tehreek-e-Taliban Pakistan said its men planted the mine.",
     [("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan (TTP)")]),
    ("A Taliban spokesman denied it.", [("Taliban", "Taliban")]),
    # transliterations, curly apostrophes, hyphen or space
    ("al Shabab gunmen raided the hotel.", [("al Shabab", "Al-Shabaab")]),
    ("The Kurdistan Workers\u2019 Party was blamed.",
     [("Kurdistan Workers\u2019 Party", "Kurdistan Workers' Party (PKK)")]),
    ("Sendero Luminoso rebels dynamited a pylon.",
     [("Sendero Luminoso", "Shining Path (Sendero Luminoso)")]),
    # wire copy in capitals, a name broken over two lines
    ("THE MANUEL RODRIGUEZ\nPATRIOTIC FRONT CLAIMED THE BOMBING.",
     [("MANUEL RODRIGUEZ\nPATRIOTIC FRONT", "Manuel Rodriguez Patriotic Front (FPMR)")]),
    ("FMLN URBAN COMMANDOS ATTACKED A POST.",
     [("FMLN", "Farabundo Marti National Liberation Front (FMLN)")]),
])
def test_find_groups(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "The vote is over; it is what it is.",        # "IS" the verb, in mixed case
    "IT IS A FACT THAT THE ROAD IS CLOSED.",      # "IS", "FACT" in capitals
    "Prices of eln and fmln shares fell.",        # abbreviations must be in capitals
    "The Talibanistan exhibition opened.",        # whole words only
])
def test_no_false_mentions(text):
    assert names(text) == []


def test_ambiguous_abbreviation_needs_group_word():
    assert names("IS militants ambushed a convoy.", caps=False) == [
        ("IS", "Islamic State")]
    assert names("The mayor said IS would be defeated.", caps=False) == []


def test_lookup_and_categories():
    assert lookup("the Taliban").canonical == "Taliban"
    assert lookup("Mapuche activists").canonical == "Mapuche extremists"
    assert lookup("Naxalites").kind == "category"
    assert lookup("Unknown gunmen") is None


def test_lexicon_rows_are_well_formed():
    groups = load_groups()
    assert len(groups) > 150
    assert all(g.kind in ("group", "category", "descriptive", "state") for g in groups)
    canon = {g.canonical for g in groups}
    assert all(g.parent in canon for g in groups if g.parent)


def test_range_keeps_only_names_inside_it():
    # the names are read once per text; a range keeps those wholly inside it, and a name
    # cut by the range's edge neither counts nor hides one inside
    text = "Fighters of the Taliban and the Haqqani Network attacked the base."
    whole = [(m.start, m.end) for m in find_groups(text, False)]
    assert len(whole) == 2
    (s1, e1), (s2, e2) = whole
    assert [(m.start, m.end) for m in find_groups(text, False, s1 + 1, len(text))] == [(s2, e2)]
    assert [(m.start, m.end) for m in find_groups(text, False, 0, e2 - 1)] == [(s1, e1)]
    assert find_groups(text, False, e1, s2) == []


@pytest.mark.parametrize("text, expected", [
    # a mixed-case abbreviation is case-sensitive: "let" is a word
    ("The guards would not let the crowd through the gate.", []),
    ("Police blamed the LeT for the grenade attack.", [("LeT", "Lashkar-e-Taiba (LeT)")]),
    # in capitals it needs a group word or brackets
    ("THE MAYOR WOULD NOT LET THE MARCH GO AHEAD.", []),
    ("THE LET MILITANTS FIRED ON THE CONVOY.", [("LET", "Lashkar-e-Taiba (LeT)")]),
])
def test_mixed_case_abbreviations(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, named", [
    ("A man was shot outside a bar on Friday night.", False),
    ("The Shining Path claimed the bombing of the pylons.", True),
])
def test_names_any(text, named):
    assert names_any(text) == named
