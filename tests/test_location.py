"""Where the incident happened: news-style sentences we wrote, and the location they give.

Each row: the article text, the word the incident is anchored on (its attack cue), and the
expected fields (None = must be empty; a field left out of the row is not checked).
"""
import pytest

from incidentcli.document import Scope
from incidentcli import location
from incidentcli.location import find_location
from incidentcli.pipeline import build_document


def locate(text: str, cue: str):
    doc = build_document(text)
    start = text.index(cue)
    scope = Scope(sentences=list(range(len(doc.sentences))), anchor=doc.span(start, start + len(cue)))
    return doc, find_location(doc, scope)


def assert_located(text: str, cue: str, expected: dict) -> None:
    """The incident anchored on ``cue`` has the expected location fields, and its evidence
    quotes the text."""
    doc, res = locate(text, cue)
    loc = res.location.to_dict()
    for key, value in expected.items():
        assert loc[key] == value, (key, loc)
    for span in res.evidence.values():
        assert text[span.start:span.end] == span.text


CASES = [
    # a local report with no country evidence: a town also named abroad is the US one
    ("Teen hurt in shooting near Chester park\n\nChester police are looking for the man who "
     "shot a 17-year-old near the park on Friday.", "shot",
     {"country": "United States"}),
    # '<Name> County' in an English-language report is a US county when the name is a US town's
    ("Deputies said a man was shot outside a bar in Durham County on Thursday night.", "shot",
     {"place": "Durham County", "city": None, "country": "United States"}),
    # a county and a town: a local report is about the town
    ("A man was shot outside a store in Lucas County on Friday night. The shooting happened in "
     "Maumee, deputies said.", "shot", {"city": "Maumee", "country": "United States"}),
    # a neighbourhood named like a town in another state: the town whose police speak
    ("A 17-year-old was shot in Austin on Saturday evening, Chicago police said.", "shot",
     {"city": "Chicago", "country": "United States"}),
    # a neighbourhood the gazetteer knows only abroad, in a report about a US city
    ("MEMPHIS, Tenn. (WMC) — Three people were shot at an apartment complex in Whitehaven on "
     "Sunday, Memphis police said.", "shot", {"country": "United States", "city": "Memphis"}),
    # a station's dateline city and a suburb of the same state bound in the attack sentence
    ("SPOKANE, Wash. (KXYZ) - Two men were shot outside a bar in Lacey late Friday, "
     "deputies said.\n\nTacoma police were not involved.", "shot",
     {"city": "Lacey", "country": "United States"}),
    # ... but not where someone was arrested afterwards
    ("SPOKANE, Wash. - A man suspected of shooting a clerk on Monday was arrested Friday in "
     "Cheney, police said.", "shooting", {"city": "Spokane"}),
    # a part of town ('the East Side'): the town the title names and the text names again
    ("Akron man hurt in East Side shooting\n\nA man was wounded in an East Side shooting on "
     "Sunday night, a spokesman said. The man was taken to a hospital in Akron.", "wounded",
     {"city": "Akron", "country": "United States"}),
    # a state bound in the attack sentence: the town of that state whose police speak
    ("Officers arrested after boy shot in Louisiana\n\nA 6-year-old boy was killed in a "
     "shooting in Louisiana on Tuesday night, state police said.\n\nThe Lafayette Police "
     "Department has opened an internal review.", "killed",
     {"city": "Lafayette", "admin1": "Louisiana", "country": "United States"}),
    # a word nothing binds that is a town in another state: the page's station market
    ("Man asks for answers after brother is wounded - WXYZ News 4 - Memphis, Tennessee\n\n"
     "According to Norman, his brother was shot in the back on Friday night. Norman wants the "
     "shooter charged.", "shot", {"city": "Memphis", "admin1": "Tennessee"}),
    # a big town's short form is reported by its name
    ("Three people were shot outside a Philly bar late Saturday, police said.", "shot",
     {"city": "Philadelphia", "country": "United States"}),
    # a '... Village' the gazetteer does not know, in a US local report: the town whose police speak
    ("Teen wounded in shooting in Maple Village\n\nA 16-year-old was wounded in a shooting in "
     "Maple Village on Sunday night, Akron police said.", "wounded",
     {"city": "Akron", "country": "United States"}),
    # attack sentence binds the place
    ("A bomb exploded in Kandahar on Monday, killing three people.", "bomb",
     {"city": "Kandahar", "country": "Afghanistan", "country_code": "AF", "reason": "attack sentence"}),
    ("Gunmen opened fire on a bus near Bogota late on Friday.", "opened fire",
     {"city": "Bogotá", "country": "Colombia"}),
    ("Gunmen opened fire on a bus near Bogotá late on Friday.", "opened fire",
     {"city": "Bogotá", "country": "Colombia"}),
    # datelines
    ("KABUL, Afghanistan (AP) — A suicide bomber struck a crowd of worshippers on Friday.",
     "suicide bomber", {"city": "Kabul", "country": "Afghanistan", "reason": "dateline"}),
    ("Two hurt in shooting\n\nROCKFORD, Ill. — Two men were shot outside a bar early Sunday, "
     "police said.", "shot", {"city": "Rockford", "admin1": "Illinois", "country": "United States"}),
    ("PARIS, Texas — A man was shot and killed at a gas station on Tuesday night.", "shot",
     {"city": "Paris", "admin1": "Texas", "country": "United States"}),
    ("A gunman opened fire at a cafe in Paris on Saturday, police said.", "opened fire",
     {"city": "Paris", "country": "France"}),
    # wire reports in capitals
    ("SAN SALVADOR, 5 MAR 90 -- [TEXT] URBAN GUERRILLAS ATTACKED A POLICE POST IN SAN MIGUEL\n"
     "DEPARTMENT TODAY.  TWO POLICEMEN WERE WOUNDED.", "ATTACKED",
     {"admin1": "San Miguel", "country": "El Salvador", "place": "San Miguel"}),
    ("BOGOTA, 9 JUN 90 (RADIO CARACOL) -- [TEXT] A CAR BOMB EXPLODED TODAY IN THE AREA NEAR THE\n"
     "CENTER OF TOWN, KILLING FOUR PEOPLE.", "BOMB", {"city": "Bogotá", "country": "Colombia"}),
    # places the gazetteer lacks: kept as written, country and province from the text
    ("03/02/2019: Assailants attacked a police post in Darra Khel village, Paktika province, "
     "Afghanistan. Two officers were killed.", "attacked",
     {"place": "Darra Khel", "city": None, "admin1": "Paktika", "country": "Afghanistan"}),
    ("03/02/2019: Assailants attacked Gul Tepa, Kunduz, Afghanistan. No casualties were "
     "reported.", "attacked", {"place": "Gul Tepa", "country": "Afghanistan"}),
    # an area inside a town: the town is the city
    ("A grenade exploded in Shorbazar area, Jalalabad, Nangarhar, Afghanistan, wounding two.",
     "grenade", {"place": "Shorbazar", "city": "Jalalabad", "country": "Afghanistan"}),
    # a neighbourhood the gazetteer lacks and the town whose police speak
    ("Three people were shot Sunday night in the Brightwood neighborhood, Chicago police said.",
     "shot", {"place": "Brightwood", "city": "Chicago", "country": "United States"}),
    # countries: adjectives, "the Philippines", "Ivory Coast"
    ("Pakistani police said a bomb exploded at a crowded market, killing eight.", "bomb",
     {"place": None, "country": "Pakistan"}),
    ("A bomb exploded at a market in the southern Philippines on Sunday.", "bomb",
     {"country": "Philippines"}),
    ("Gunmen attacked a beach hotel in Ivory Coast on Sunday, killing 14.", "attacked",
     {"country": "Côte d'Ivoire"}),
    ("Salvadoran army troops said guerrillas blew up a bridge overnight.", "blew up",
     {"country": "El Salvador"}),
    # a US town needs no country name
    ("Police say a man was shot in Marietta, Ga., on Friday evening.", "shot",
     {"city": "Marietta", "admin1": "Georgia", "country": "United States"}),
    # "Kabul University" is not the town's name standing alone; the town bound to the attack is
    ("A teacher at Kabul University said a bomb exploded in Jalalabad on Monday.", "bomb",
     {"city": "Jalalabad"}),
    # wire reports in capitals: a dateline that spells out its country is filed abroad
    ("MADRID (SPAIN), 4 MAR 90 (EFE) -- [TEXT] PERUVIAN POLICE SAID THAT GUERRILLAS BLEW UP "
     "A BRIDGE NEAR AYACUCHO LAST NIGHT. THE PERUVIAN GOVERNMENT CONDEMNED THE ATTACK, AND "
     "PERU WILL ASK FOR HELP.", "BLEW UP", {"country": "Peru"}),
    # 'the U.S. embassy' in a capital's report: the incident is in the dateline's country
    ("LA PAZ, 3 FEB 90 (EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT OUTSIDE THE U.S. EMBASSY "
     "IN THIS CAPITAL. U.S. OFFICIALS SAID NOBODY WAS HURT. THE U.S. GOVERNMENT PROTESTED.",
     "BOMB", {"place": "La Paz", "country": "Bolivia, Plurinational State of"}),
    # a capital in a dateline is that capital, whatever else the report names
    ("BOGOTA, 2 MAR 90 (AFP) -- [TEXT] A CAR BOMB EXPLODED TODAY. THE UNITED STATES "
     "CONDEMNED THE ATTACK. THE UNITED STATES WILL SEND EXPERTS.", "CAR BOMB",
     {"country": "Colombia"}),
    # a rebel radio's report: no dateline country; 'US' is a pronoun; the front names its
    # country, and an ambiguous town is read in it
    ("CLANDESTINE, 5 APR 90 (RADIO VENCEREMOS) -- [TEXT] THE FMLN REPORTS THAT ITS UNITS "
     "AMBUSHED AN ARMY PATROL IN SAN FRANCISCO. THE PEOPLE TOLD US THAT THE SOLDIERS FLED. "
     "THE FMLN CALLS ON US TO RESIST. THE FMLN WILL GO ON.", "AMBUSHED",
     {"country": "El Salvador"}),
    # a local report: a town with a big namesake abroad is the US one unless the article
    # names the other country
    ("Rome police charged a man with murder on Friday after a shooting on Elm Street left "
     "one man dead, the county sheriff's office said.", "shooting",
     {"city": "Rome", "country": "United States"}),
    ("A man was shot dead in Paris on Sunday, French police said.", "shot",
     {"city": "Paris", "country": "France"}),
    # a neighbourhood named like a town of the same state, in the town whose police speak
    ("Two men were shot in Dorchester late on Friday, Boston police said.", "shot",
     {"city": "Boston", "country": "United States"}),
    ("Three people were hurt in a shooting in Broad Ripple, Indianapolis Metro Police said.",
     "shooting", {"city": "Indianapolis"}),
    # a hall or a shop named for a town is a building, not a place
    ("Two men were shot at the Westbrook Community Hall early Sunday, Detroit police said.",
     "shot", {"place": "Detroit", "city": "Detroit"}),
    ("A man was shot outside the Big Elm Liquors on Friday, police said.", "shot",
     {"place": None}),
    # a county the gazetteer knows only abroad, in a report with US cues
    ("A man was shot dead in Cook County on Sunday, the sheriff's office said. Deputies "
     "said the man was from Joliet, Ill.", "shot",
     {"place": "Cook County", "country": "United States"}),
    # a province in the attack sentence, a town bound in the next one: the town
    ("BOGOTA, 9 MAR 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED A COLOMBIAN ARMY PATROL IN ARAUCA "
     "DEPARTMENT LAST NIGHT. THE REBELS THEN BURNED THE TOWN HALL IN ARAUQUITA.",
     "ATTACKED", {"place": "Arauquita", "country": "Colombia"}),
    ("BOGOTA, 9 MAR 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED AN ARMY PATROL IN ARAUCA "
     "DEPARTMENT LAST NIGHT. THE REBELS THEN BURNED A BRIDGE IN THE VILLAGE OF CHUMBIQUE.",
     "ATTACKED", {"place": "Chumbique", "country": "Colombia"}),
    # in capitals a word that is only a small town abroad is a word ('IN TIME')
    ("SAN SALVADOR, 8 APR 90 (ACAN-EFE) -- [TEXT] THE FMLN SAID THAT ITS UNITS ATTACKED A "
     "GARRISON IN TIME TO STOP THE OFFENSIVE. THE SALVADORAN ARMY DENIED IT.", "ATTACKED",
     {"country": "El Salvador"}),
    # a report filed abroad does not happen at the filing place
    ("PARIS (FRANCE), 2 APR 90 (AFP) -- [TEXT] SALVADORAN GUERRILLAS ATTACKED AN ARMY "
     "BARRACKS LAST NIGHT, THE SALVADORAN ARMY REPORTED. EL SALVADOR'S PRESIDENT SPOKE.",
     "ATTACKED", {"place": None, "country": "El Salvador"}),
    # in capitals an adjective before a generic word names no place ('RESIDENTIAL SECTOR')
    ("SAN SALVADOR, 4 APR 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT IN THE "
     "RESIDENTIAL SECTOR OF THIS CAPITAL, THE POLICE REPORTED.", "BOMB",
     {"place": "San Salvador", "country": "El Salvador"}),
    # ... and an unknown hamlet's name ends before a function word
    ("SAN SALVADOR, 6 APR 90 (ACAN-EFE) -- [TEXT] GUERRILLAS AMBUSHED A PATROL NEAR THE "
     "HAMLET OF LOS ZORZALES IN NORTHERN CHALATENANGO DEPARTMENT.", "AMBUSHED",
     {"place": "Los Zorzales", "country": "El Salvador"}),
    # 'in the vicinity of X', 'on the outskirts of X': X is a town even if the gazetteer lacks it
    ("SAN SALVADOR, 9 APR 90 (ACAN-EFE) -- [TEXT] TWO SOLDIERS WERE KILLED WHEN A MINE "
     "EXPLODED IN THE VICINITY OF TALCHUNE, THE ARMED FORCES REPORTED.", "EXPLODED",
     {"place": "Talchune", "country": "El Salvador"}),
    ("LIMA, 3 MAY 90 (EFE) -- [TEXT] GUERRILLAS DYNAMITED A POWER PYLON ON THE OUTSKIRTS "
     "OF HUAYLLACOTO LAST NIGHT, THE POLICE SAID.", "DYNAMITED",
     {"place": "Huayllacoto", "country": "Peru"}),
    # ... but a single letter is an abbreviation, not a place ('the area of E. 9th St.')
    ("Officers responded to the area of E. 9th St. and Grove Ave. in Cleveland after reports "
     "of a man shot.", "shot", {"place": "Cleveland"}),
    # a victim's nationality ('A SPANISH PRIEST') is not where it happened
    ("MANAGUA (NICARAGUA), 2 MAY 90 (ACAN-EFE) -- [TEXT] A SPANISH PRIEST AND TWO SPANISH "
     "NUNS WERE KIDNAPPED IN SALVADORAN TERRITORY, CHURCH SOURCES REPORTED. THE SPANISH "
     "PRIEST HAD WORKED WITH SALVADORAN PEASANTS.", "KIDNAPPED",
     {"country": "El Salvador"}),
    # 'A COLOMBIAN CITY' is no place called 'Colombian'
    ("BOGOTA, 7 MAR 90 (AFP) -- [TEXT] A CAR BOMB EXPLODED TODAY IN A COLOMBIAN CITY NEAR "
     "THE BORDER, THE POLICE SAID.", "CAR BOMB", {"country": "Colombia"}),
]


@pytest.mark.parametrize("text, cue, expected", CASES)
def test_location(text, cue, expected):
    assert_located(text, cue, expected)


@pytest.mark.parametrize("text, cue, expected", CASES)
def test_evidence_quotes_the_text(text, cue, expected):
    doc, res = locate(text, cue)
    for key, span in res.evidence.items():
        assert key in ("place", "city", "admin1", "country")
        assert text[span.start:span.end] == span.text
    loc = res.location
    for key in ("place", "city", "admin1", "country"):
        if getattr(loc, key) is not None:
            assert key in res.evidence, key
    if loc.latitude is not None:
        assert loc.city is not None


BACKGROUND = (
    "Suicide Bombing at Sufi Shrine in Pakistan Kills Dozens\n\n"
    "A teenage suicide bomber blew himself up among hundreds of pilgrims at a Sufi shrine on "
    "Thursday evening, killing at least 40 people.\n\n"
    "Analysts say the group has been losing ground in Iraq and Syria, where it seized Mosul "
    "in 2014. Its affiliates are also active in Libya and Egypt.\n\n"
    "\u201cThey will try to strike wherever they can,\u201d said one researcher in Baghdad."
)


def test_background_places_are_rejected():
    doc, res = locate(BACKGROUND, "suicide bomber")
    loc = res.location
    assert loc.country == "Pakistan"
    assert loc.city not in ("Mosul", "Baghdad")
    assert loc.place not in ("Mosul", "Baghdad", "Iraq", "Syria", "Libya")


def test_same_province_has_no_town_of_its_own():
    text = ("A bomb exploded at a shrine in Lahore on Friday, killing nine. It came weeks after "
            "another attack on a police academy in the same province killed 61 people.")
    doc = build_document(text)
    start = text.index("another attack")
    scope = Scope(sentences=[1], anchor=doc.span(start, start + 14), primary=False)
    loc = find_location(doc, scope).location
    assert loc.place is None and loc.city is None
    assert loc.country == "Pakistan" and loc.reason == "same province"


def test_landmark_named_for_someone_is_the_place():
    text = ("Suicide bomber kills 30 at Pakistan shrine\n\nA suicide bomber struck worshippers at "
            "the shrine of the Sufi saint Baba Farid on Thursday evening, officials said.")
    doc, res = locate(text, "suicide bomber struck")
    assert "Baba Farid" in res.location.place
    assert res.location.country == "Pakistan"


def test_colombian_city_is_no_place():
    doc, res = locate("BOGOTA, 7 MAR 90 (AFP) -- [TEXT] A CAR BOMB EXPLODED TODAY IN A "
                      "COLOMBIAN CITY NEAR THE BORDER.", "CAR BOMB")
    assert res.location.place != "Colombian"


def test_no_place_no_location():
    doc, res = locate("A man was shot dead outside his home late on Sunday.", "shot")
    assert res.location.country is None and res.location.place is None


@pytest.mark.parametrize("text", [
    "a bomb went off in the Kandahar district on Friday",
    "gunmen raided a village  \n  district office near the border",
    "the province\n\nprovince of Helmand and Logar province.",
    "Nad Ali district. District officials said the town\tcouncil met",
    "no place words here at all",
])
def test_suffix_scan_matches_the_full_pattern(text):
    """_suffixes is a faster finditer of the suffix pattern: the same matches, in order."""
    words = location._words()
    low = text.lower()
    expected = [(m.span(), m.group(1)) for m in words.suffix_lower_re.finditer(low)]
    assert [(m.span(), m.group(1)) for m in location._suffixes(low, words)] == expected


@pytest.mark.parametrize("text", [
    "gunmen stormed the village of Tarin and the outskirts of the city",
    "a bomb hit the subdistrict of Nari, not the district  of\tNari",
    "the roof of the township of Oak fell; township of",
    "police in the area of of Main Street and the municipality of",
    "no prefix words here, only of and of",
])
def test_prefix_scan_matches_the_full_pattern(text):
    """_prefix_of_ends gives the ends of the prefix pattern's matches, in order."""
    words = location._words()
    low = text.lower()
    expected = [m.end() for m in words.prefix_of_lower_re.finditer(low)]
    assert list(location._prefix_of_ends(low, words)) == expected


@pytest.mark.parametrize("text", [
    "Police in McAllen said the O’Neill family left “Cedar Rapids” — twice.",
    "Gunmen hit Bogotá and BOGOTÁ on Friday; the 2nd Ave shooting left 3 hurt.",
    "Officers\u00a0in Kent said Al-Tayyub and x9Y were there",
    "a lower-case line with no capitals at all",
])
def test_heads_fast_path_matches_the_token_scan(text):
    """_heads' one-scan path gives the capitalised _TOKEN runs of the folded text."""
    from incidentcli.gazetteer import fold_char_map
    folded = fold_char_map(text)
    expected = [m.span() for m in location._TOKEN.finditer(folded) if text[m.start()].isupper()]
    assert location._heads(text, folded, False) == expected
