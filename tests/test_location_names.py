"""Which name a chain of places gives: whole names the gazetteer knows only in part, quarters
of big cities, neighbourhoods of towns the gazetteer lacks.  News-style sentences we wrote.
"""
import pytest

from tests.test_location import assert_located

CASES = [
    # in capitals a Spanish opener before a known name ('NUEVA', 'PUERTO') opens a longer name
    # the gazetteer lacks, even over a US state's name; a connector ('DE') goes on past an
    # unbound name ('THE RAID ON X DE Y')
    ("BOGOTA, 3 MAR 90 (EFE) -- [TEXT] REBELS BURNED TWO TRUCKS TODAY IN NUEVA FLORIDA, SAN "
     "PABLO MUNICIPALITY, BOLIVAR DEPARTMENT, THE ARMY SAID.", "BURNED",
     {"place": "Nueva Florida", "country": "Colombia"}),
    ("SAN SALVADOR, 3 MAR 90 (EFE) -- [TEXT] TWO SOLDIERS DIED DURING THE REBEL RAID ON SAN "
     "PEDRO DE TALPUNCA, THE ARMED FORCES SAID.", "RAID",
     {"place": "San Pedro De Talpunca", "country": "El Salvador"}),
    # a known word ending a longer capitalised name the text binds: the whole name
    ("05/04/2017: Gunmen stormed a border post in Kerim Saraj district, Helmand, Afghanistan. "
     "Two guards died.", "stormed", {"place": "Kerim Saraj", "country": "Afghanistan"}),
    ("05/04/2017: A roadside bomb went off in Lal Tapa, Kunduz, Afghanistan. One man died.",
     "bomb", {"place": "Lal Tapa", "country": "Afghanistan"}),
    # an Arabic article capitalised after 'in' starts the name
    ("07/01/2018: A mortar shell landed in Ad Durayhimi district, Al Hudaydah, Yemen. Three "
     "children were hurt.", "mortar", {"place": "Ad Durayhimi", "country": "Yemen"}),
    # a compass word starts a district's name
    ("03/03/2015: Militants ambushed a convoy in East Garo district, Meghalaya, India. Four "
     "soldiers were hurt.", "ambushed", {"place": "East Garo", "country": "India"}),
    # an unknown name cut short before its last word: the words up to the generic word ...
    ("09/09/2016: Rebels raided a market in Sheikh Tamim Kalay district, Zabul, Afghanistan. "
     "Five people were killed.", "raided", {"place": "Sheikh Tamim Kalay"}),
    # ... or up to the comma of its chain
    ("09/09/2016: Rebels raided a market in Sheikh Tamim Kalay, Zabul, Afghanistan. "
     "Five people were killed.", "raided", {"place": "Sheikh Tamim Kalay"}),
    # a word of another kind before the town is not part of its name
    ("Insurgents shelled rebel-held Aleppo on Sunday, killing nine people.", "shelled",
     {"city": "Aleppo"}),
    # a place the gazetteer lacks, chained to a city of millions: one of its quarters
    ("10/10/2016: An explosive device detonated near a bakery in Qala-e Bakhtiar, Kabul, "
     "Afghanistan. Two people were hurt.", "explosive",
     {"place": "Qala-e Bakhtiar", "city": "Kabul", "country": "Afghanistan"}),
    # ... not a village named before a smaller town's province
    ("10/10/2016: An explosive device detonated near a bakery in Deh Bala, Farah, "
     "Afghanistan. Two people were hurt.", "explosive",
     {"place": "Deh Bala", "city": None, "country": "Afghanistan"}),
    # a neighbourhood chained to a town the gazetteer lacks: the town
    ("11/11/2016: Gunmen shot a shopkeeper in Sarwan neighborhood, Qarabulaq, Laghman, "
     "Afghanistan. The victim died.", "shot", {"place": "Qarabulaq", "country": "Afghanistan"}),
    # a name that goes on after a connector
    ("02/02/2019: A car bomb exploded near a bakery in Tell al-Hamam, Al Hasakah, Syria. Six "
     "people died.", "car bomb", {"place": "Tell al-Hamam", "country_code": "SY"}),
    ("   LIMA, 3 MAY 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY IN SAN MIGUEL DE ARCANGEL, NEAR "
     "THE BORDER, CAUSING DAMAGE.", "BOMB", {"place": "San Miguel De Arcangel"}),
    # a name the attack verb names, chained to its province
    ("06/06/2018: Assailants overran Lal Tapa, Kunduz, Afghanistan. Nine people died.",
     "overran", {"place": "Lal Tapa"}),
    # a shop named after a word that is a town abroad is no place
    ("A clerk was shot inside the Linden Food Store in Garland on Sunday, police said.", "shot",
     {"city": "Garland"}),
    # a province of the chain gives the country, not a small town of the same name abroad
    ("05/13/2021: Assailants attacked Mapili, Basiri Kobi, Ituri, Democratic Republic of the "
     "Congo. Ten people were abducted.", "attacked",
     {"country": "Congo, The Democratic Republic of the"}),
    # a county in a local report, and a town the next sentence binds about as strongly
    ("Two hurt in shooting at Marlow County bar\n\nTwo men were shot at a bar on Pine Street "
     "outside of Bennettsville in Marlow County early Sunday.\n\nDeputies said both men are "
     "expected to survive.", "shot", {"city": "Bennettsville"}),
    # ... not a town named in passing without a word that binds it
    ("Man shot in Marlow County\n\nA man was shot at a home in Marlow County early Sunday, "
     "deputies said. The victim, a Bennettsville man, is expected to live.", "shot",
     {"place": "Marlow County"}),
    # a state alone chosen for a local report, and a town of that country the text binds
    ("Man held in killing of Oregon college student\n\nPolice arrested a man Friday in the "
     "shooting death of a 19-year-old student who was shot outside his home north of "
     "Redmond last month.", "shooting", {"city": "Redmond"}),
    # a business named with a possessive is no place
    ("Man shot outside Fresno bar\n\nA man was shot early Sunday outside Bremen's Bar and "
     "Grill in Fresno, police said.", "shot", {"city": "Fresno"}),
    # an unknown 'place' named only with English words is a department's adjective
    ("Officers of the Metropolitan Police Department said a man was shot Friday in Seattle.",
     "shot", {"city": "Seattle"}),
    # in capitals, a town that opens the story body as its subject beats the wire's dateline
    ("   BOGOTA, 9 MAY 90 (RADIO CARACOL) -- [TEXT] CALI IS LIVING THROUGH ANOTHER NIGHT OF "
     "FEAR.  A BOMB EXPLODED AT A SUPERMARKET EARLY TODAY, WOUNDING SIX SHOPPERS.", "BOMB",
     {"place": "Cali"}),
    # ... not a country or its people
    ("   BOGOTA, 9 MAY 90 (RADIO CARACOL) -- [TEXT] COLOMBIAN POLICE SAID A BOMB EXPLODED "
     "AT A SUPERMARKET EARLY TODAY, WOUNDING SIX SHOPPERS.", "BOMB", {"place": "Bogotá"}),
    # a neighbourhood, a comma, and a bigger town that ends the phrase: the town
    ("Three men were shot late Friday outside a deli in Bushwick, Brooklyn.\n\nPolice said "
     "no arrests have been made.", "shot", {"place": "Brooklyn"}),
    # ... not a town that opens another clause
    ("Two shot at motel in Dothan, Mobile man charged\n\nA Mobile man faces charges after two "
     "people were shot at a motel in Dothan on Sunday.", "shot", {"city": "Dothan"}),
    # a marked neighbourhood, then a town of its country the gazetteer knows: the town
    ("03/03/2019: A suicide bomber detonated in Sabongari neighborhood, Kolofata, Far-North, "
     "Cameroon. Three people died.", "suicide bomber", {"place": "Kolofata"}),
]


@pytest.mark.parametrize("text, cue, expected", CASES)
def test_names(text, cue, expected):
    assert_located(text, cue, expected)
