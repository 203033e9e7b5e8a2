"""Where the incident happened in wire reports in capitals (MUC-style): news-style sentences
we wrote, and the place they give.

Each row: the article text, the word the incident is anchored on (its attack cue), and the
expected fields (None = must be empty; a field left out of the row is not checked).
"""
import pytest

from .test_location import assert_located


CASES = [
    # in capitals a city's own services ('X METROPOLITAN POLICE', 'X FIRE DEPARTMENT') name
    # the city they serve, as 'Chicago police' does in mixed case
    ("BOGOTA, 2 JUN 90 (EFE) -- [TEXT] THE GOVERNMENT ANNOUNCED NEW MEASURES TODAY.  MEANWHILE, "
     "CALI METROPOLITAN POLICE REPORTED THAT UNIDENTIFIED MEN PLACED TWO BOMBS AT BANK BRANCHES "
     "EARLY TODAY.", "BOMBS", {"place": "Cali", "country": "Colombia"}),
    # a place the attack sentence binds to a meeting ('BEFORE THE SUMMIT IN X') dates the
    # attack, it does not place it: the town of the report's first sentence is the place
    ("QUITO, 2 MAR 90 (EFE) -- [TEXT] GUERRILLAS KIDNAPPED A BRITISH ENGINEER IN ESMERALDAS "
     "LAST NIGHT.  THE ENGINEER WAS SEIZED BY FIVE MEN ONE DAY BEFORE THE ANDEAN SUMMIT IN "
     "GUAYAQUIL.", "SEIZED", {"place": "Esmeraldas", "country": "Ecuador"}),
    # 'ON THE OUTSKIRTS OF THIS CITY', 'IN THIS CITY'S NORTHERN DISTRICT' say 'here': the
    # dateline's city, not the town a victim comes from
    ("LIMA, 18 AUG 89 (EFE) -- [TEXT] A PUNO JUDGE WAS SHOT DEAD TODAY ON THE OUTSKIRTS OF THIS "
     "CITY, THE POLICE SAID.", "SHOT", {"place": "Lima", "country": "Peru"}),
    ("QUITO, 18 AUG 89 (EFE) -- [TEXT] A CUENCA BANKER WAS KIDNAPPED THIS MORNING IN THIS CITY'S "
     "NORTHERN DISTRICT, THE POLICE SAID.", "KIDNAPPED", {"place": "Quito", "country": "Ecuador"}),
    # a name before a thoroughfare's word, itself or after 'AND' and a second name, is a
    # street's: the dateline's city is the place ...
    ("CARACAS, 4 JUN 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT NOON ON THE CORNER OF BOLIVAR "
     "AND SAN FELIX STREETS, DAMAGING TWO SHOPS, THE POLICE SAID.", "BOMB",
     {"place": "Caracas", "country": "Venezuela, Bolivarian Republic of"}),
    ("LIMA, 4 JUN 90 (EFE) -- [TEXT] GUNMEN SHOT A JUDGE TODAY ON TRUJILLO AVENUE AS HE LEFT "
     "HIS OFFICE, THE POLICE SAID.", "SHOT", {"place": "Lima", "country": "Peru"}),
    # ... but 'A DOWNTOWN X AVENUE' is an avenue of the town X
    ("LIMA, 4 JUN 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY ON A DOWNTOWN AREQUIPA AVENUE, "
     "THE POLICE SAID.", "BOMB", {"place": "Arequipa", "country": "Peru"}),
    ("LIMA, 4 JUN 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY ON AREQUIPA AVENUE, THE POLICE "
     "SAID.", "BOMB", {"place": "Lima", "country": "Peru"}),
    # a later sentence that says where the event took place names the attack's town: it beats
    # the capital the wire filed from
    ("BOGOTA, 3 JUN 90 (EFE) -- [TEXT] TWO POLICEMEN WERE MURDERED YESTERDAY BY A COMMANDO OF "
     "HIRED ASSASSINS, COLOMBIAN OFFICIAL SOURCES SAID. THE CHIEF OF POLICE CALLED FOR CALM. "
     "THE CRIME TOOK PLACE IN FUSAGASUGA, SOUTH OF THE CAPITAL.", "MURDERED",
     {"place": "Fusagasugá", "country": "Colombia"}),
    # a town of several words whose gazetteer readings all lie abroad: a town of the report's
    # country the gazetteer lacks, not the dateline's capital
    ("LIMA, 4 APR 90 (EFE) -- [TEXT] SHINING PATH MEMBERS MURDERED THREE PEASANTS IN SAN JUAN "
     "DE LOS LAGOS, HUANUCO DEPARTMENT, LAST NIGHT, THE POLICE REPORTED.", "MURDERED",
     {"place": "San Juan De Los Lagos", "country": "Peru"}),
    # 'X MUNICIPALITY' names the town X, more specific than the dateline's capital
    ("BOGOTA, 2 MAY 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK BRANCH ON 10TH STREET, "
     "ENVIGADO MUNICIPALITY, THE POLICE SAID. NOBODY WAS HURT.", "BOMB",
     {"place": "Envigado", "country": "Colombia"}),
    # in capitals a generic word marks the word before it as a name, with no 'in' before it
    ("LIMA, 6 MAY 90 (EFE) -- [TEXT] LAST NIGHT A SHINING PATH COLUMN RAIDED HUAYCHAPAMPA "
     "VILLAGE AND KILLED FOUR PEASANTS, THE ARMY SAID.", "KILLED",
     {"place": "Huaychapampa", "country": "Peru"}),
    # ... but not when a word of English morphology or a function word comes before it
    ("LIMA, 6 MAY 90 (EFE) -- [TEXT] THE ARMY SAID THAT RESIDENTS OF THE VILLAGE WERE "
     "KILLED BY GUERRILLAS IN LIMA LAST NIGHT.", "KILLED",
     {"place": "Lima", "country": "Peru"}),
    # a farm or a municipal jurisdiction is a place; the name starts after 'THE'
    ("SAN SALVADOR, 7 MAY 90 (ACAN-EFE) -- [TEXT] REBELS BURNED TWO TRACTORS AND A BARN AT THE "
     "LOS CIPRESALES FARM, USULUTAN DEPARTMENT, THE ARMED FORCES SAID.", "BURNED",
     {"place": "Los Cipresales", "country": "El Salvador"}),
    ("BOGOTA, 8 MAY 90 (EFE) -- [TEXT] GUERRILLAS BLEW UP A POWER PYLON IN CHIQUINQUIRITA "
     "JURISDICTION, NEAR THE BORDER, THE ARMY REPORTED.", "BLEW UP",
     {"place": "Chiquinquirita", "country": "Colombia"}),
    # ... but a generic word after a function word names nothing ('DIRECTOR OF RPC NEWS
    # DEPARTMENT' is no place called 'Rpc')
    ("PANAMA CITY, 9 MAY 90 (RPC TELEVISION) -- [TEXT] JUAN PEREZ, DIRECTOR OF RPC NEWS "
     "DEPARTMENT, WAS SHOT DEAD IN PANAMA CITY LAST NIGHT.", "SHOT",
     {"place": "Panama City", "country": "Panama"}),
    # a report from abroad: the capital the attack sentence binds is where it happened
    ("MADRID (SPAIN), 10 MAY 90 (EFE) -- [TEXT] THE SPANISH GOVERNMENT TODAY CONDEMNED THE "
     "MURDER OF TWO SPANISH ENGINEERS WHO WERE SHOT DEAD IN GUATEMALA CITY ON MONDAY. SPAIN'S "
     "FOREIGN MINISTER SAID SPAIN WILL ASK FOR AN INQUIRY.", "SHOT",
     {"place": "Guatemala City", "country": "Guatemala"}),
    # ... but a town abroad named in passing stays background
    ("BOGOTA, 11 MAY 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY IN A BANK IN CALI. THE BANK'S "
     "PRESIDENT, WHO LIVES IN MADRID, SAID HE WOULD RETURN.", "BOMB",
     {"place": "Cali", "country": "Colombia"}),
    # a dateline names a big city: its reading that dwarfs the others gives the country,
    # not a small namesake abroad of a word in the text
    ("LA PAZ, 12 MAY 90 (EFE) -- [TEXT] TWO BOMBS EXPLODED LAST NIGHT IN LA PAZ, ONE NEAR THE "
     "HOME OF A SENATOR IN THE ZAMORA NEIGHBORHOOD, THE POLICE REPORTED.", "BOMBS",
     {"country": "Bolivia, Plurinational State of"}),
    ("MEDELLIN, 12 MAY 90 (EFE) -- [TEXT] A JUDGE WAS SHOT DEAD LAST NIGHT AS HE LEFT HIS "
     "OFFICE, THE POLICE REPORTED. HIS BROTHER LIVES IN THE TOWN OF EL REFUGIO.", "SHOT",
     {"place": "Medellín", "country": "Colombia"}),
    # a neighbourhood whose name the gazetteer knows only as a small town abroad says nothing
    # of the country
    ("BOGOTA, 12 MAY 90 (EFE) -- [TEXT] TWO BOMBS EXPLODED LAST NIGHT NEAR THE HOME OF A "
     "SENATOR IN THE LAS BRISAS NEIGHBORHOOD, THE POLICE REPORTED.", "BOMBS",
     {"place": "Las Brisas", "country": "Colombia"}),
    # in capitals an institution a wire report gives as the site is the place, named whole
    ("SAN SALVADOR, 14 MAY 90 (ACAN-EFE) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT THE "
     "MATIAS\nDELGADO UNIVERSITY, DAMAGING TWO CLASSROOMS, THE POLICE REPORTED.", "BOMB",
     {"place": "Matias Delgado University", "country": "El Salvador"}),
    ("LIMA, 15 MAY 90 (EFE) -- [TEXT] A STUDENT LEADER WAS SHOT DEAD TODAY OUTSIDE THE "
     "UNIVERSITY OF PUNTARENITA, THE POLICE SAID.", "SHOT",
     {"place": "University Of Puntarenita", "country": "Peru"}),
    # ... but not a university before a person ('UNIVERSITY STUDENTS')
    ("GUATEMALA CITY, 16 MAY 90 (ACAN-EFE) -- [TEXT] TWO UNIVERSITY STUDENTS WERE KIDNAPPED "
     "LAST NIGHT IN GUATEMALA CITY, THEIR ASSOCIATION REPORTED.", "KIDNAPPED",
     {"place": "Guatemala City", "country": "Guatemala"}),
    # a time of day is no place ('AT NOON' is not the town of Noon)
    ("BOGOTA, 17 MAY 90 (EFE) -- [TEXT] GUERRILLAS KIDNAPPED A RANCHER AT NOON YESTERDAY ON "
     "A ROAD IN CORDOBA DEPARTMENT, THE ARMY REPORTED.", "KIDNAPPED",
     {"place": "Córdoba", "country": "Colombia"}),
    # a second dateline at the start of a radio report's body names where the story happened
    ("BOGOTA, 21 MAY 90 (RADIO CADENA NACIONAL) -- [TEXT] PEREIRA -- TWO POLICEMEN WERE "
     "WOUNDED LAST NIGHT WHEN A BOMB EXPLODED OUTSIDE A BANK.", "BOMB",
     {"place": "Pereira", "country": "Colombia"}),
    # ... but a town the body names beats it
    ("BOGOTA, 22 MAY 90 (RADIO CADENA NACIONAL) -- [TEXT] MEDELLIN -- A BOMB EXPLODED LAST "
     "NIGHT AT A BANK BRANCH IN ENVIGADO MUNICIPALITY, THE POLICE SAID.", "BOMB",
     {"place": "Envigado", "country": "Colombia"}),
    # a neighbouring country's government condemning an attack: the dateline is where the
    # reaction was voiced, the attack happened in the other country
    ("GUATEMALA CITY, 20 MAY 90 (ACAN-EFE) -- [TEXT] THE GUATEMALAN GOVERNMENT TODAY CONDEMNED "
     "THE MURDER OF A SALVADORAN JUDGE, WHO WAS SHOT DEAD LAST NIGHT IN SAN SALVADOR.", "MURDER",
     {"place": "San Salvador", "country": "El Salvador"}),
    # a surname after a given name or a title is a person, not the town of that name
    ("SAN SALVADOR, 18 MAY 90 (ACAN-EFE) -- [TEXT] THE CAR OF OPPOSITION LEADER ERNESTO ZAMORA "
     "WAS DESTROYED BY A BOMB TODAY. ZAMORA WAS NOT HURT.", "BOMB",
     {"country": "El Salvador"}),
    ("TEGUCIGALPA, 19 MAY 90 (ACAN-EFE) -- [TEXT] UNIDENTIFIED MEN SHOT AND WOUNDED LAWYER "
     "RAMON IBARRA TODAY. IBARRA'S DRIVER WAS ALSO HURT, THE POLICE REPORTED.", "SHOT",
     {"place": "Tegucigalpa", "country": "Honduras"}),
    # 'IN X' / 'NEAR X' where the phrase ends (a comma, 'LAST NIGHT', 'ON <date>') names a
    # town the gazetteer lacks: the attack's town, not the dateline's capital
    ("QUITO, 14 MAY 90 (EFE) -- [TEXT] THE POLICE REPORTED TODAY THAT ARMED MEN KIDNAPPED TWO "
     "ENGINEERS IN PUNCHUYACU LAST NIGHT.", "KIDNAPPED",
     {"place": "Punchuyacu", "country": "Ecuador"}),
    ("GUATEMALA CITY, 15 MAY 90 (ACAN-EFE) -- [TEXT] A LANDOWNER WAS SHOT DEAD ON 13 MAY BY "
     "GUNMEN WHO ENTERED HIS HOUSE IN SAN BARTOLO XOCOTENANGO, 40 KM WEST OF THE CAPITAL.", "SHOT",
     {"place": "San Bartolo Xocotenango", "country": "Guatemala"}),
    ("LIMA, 16 MAY 90 (EFE) -- [TEXT] THE ARMY BOMBED AREAS NEAR HUAYLLAPUQUIO, WHERE A "
     "SHINING PATH COLUMN HAD TAKEN REFUGE, THE POLICE SAID.", "BOMBED",
     {"place": "Huayllapuquio", "country": "Peru"}),
    # ... not a phrase of English words ('IN BROAD DAYLIGHT,', 'IN COLD BLOOD.') ...
    ("BOGOTA, 17 MAY 90 (EFE) -- [TEXT] GUNMEN SHOT A JUDGE TO DEATH IN BROAD DAYLIGHT, "
     "THE POLICE REPORTED.", "SHOT",
     {"place": "Bogotá", "country": "Colombia"}),
    ("SAN SALVADOR, 17 MAY 90 (ACAN-EFE) -- [TEXT] THE GUERRILLAS MURDERED TWO MAYORS IN COLD "
     "BLOOD.", "MURDERED",
     {"place": "San Salvador", "country": "El Salvador"}),
    # ... nor a person's name ('NEAR MARTIN X STADIUM')
    ("LIMA, 17 MAY 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED IN LIMA NEAR MARTIN OLAECHEA "
     "COLISEUM, THE POLICE SAID.", "EXPLODED",
     {"place": "Lima", "country": "Peru"}),
    # a known name that only starts the name after 'IN' gives way to the whole name
    ("SAN SALVADOR, 18 MAY 90 (ACAN-EFE) -- [TEXT] THE ARMED FORCES REPORTED THAT REBELS "
     "KIDNAPPED 20 PEASANTS ON 16 MAY IN SAN LORENZO DE LAS QUEBRADAS.", "KIDNAPPED",
     {"place": "San Lorenzo De Las Quebradas", "country": "El Salvador"}),
    # ... with its generic word after it, across a line break
    ("MEDELLIN, 24 MAY 90 (EFE) -- [TEXT] TWO MEN WERE GUNNED DOWN IN A BAR IN ENVIGADO SUR\n"
     "MUNICIPALITY.", "GUNNED",
     {"place": "Envigado Sur", "country": "Colombia"}),
    # 'THE MASS KIDNAPPING' says nothing of Massachusetts
    ("SAN SALVADOR, 25 MAY 90 (ACAN-EFE) -- [TEXT] THE MASS KIDNAPPING TOOK PLACE ON 20 MAY "
     "IN SAN ISIDRO LABRADOR.", "KIDNAPPING",
     {"place": "San Isidro Labrador", "country": "El Salvador"}),
    # a country someone was sent to ('EXTRADITED TO THE UNITED STATES') is no evidence of
    # where the news happened
    ("BOGOTA, 26 MAY 90 (EFE) -- [TEXT] A DRUG TRAFFICKER ACCUSED OF MURDERING A JUDGE WAS "
     "EXTRADITED TO THE UNITED STATES THIS MORNING. HE WILL APPEAR BEFORE A COURT IN MIAMI, "
     "FLORIDA, ON MONDAY. ELEVEN OTHERS WERE EXTRADITED TO THE UNITED STATES IN APRIL.", "MURDERING",
     {"country": "Colombia"}),
    # 'X, LA FONDA CORREGIMIENTO': 'LA' opens a name, it is no Louisiana
    ("BOGOTA, 19 MAY 90 (EFE) -- [TEXT] REBELS BLEW UP A POWER PYLON IN TOTORITO, LA PLATA "
     "CORREGIMIENTO, THE ARMY SAID.", "BLEW UP",
     {"place": "Totorito", "country": "Colombia"}),
    # of the places the attack sentence names, the one nearest the cue (after it) is the
    # attack's: the first is where the victim worked
    ("BOGOTA, 20 MAY 90 (EFE) -- [TEXT] A JUDGE OF THE HIGHER COURT IN CALI WAS SHOT DEAD "
     "THIS EVENING IN PALMIRA.", "SHOT",
     {"place": "Palmira", "country": "Colombia"}),
    # a province in the attack sentence, and the next sentence binds a municipal
    # jurisdiction of it: the town
    ("BOGOTA, 21 MAY 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POLICE POST IN META DEPARTMENT "
     "LAST NIGHT. THE REBELS WERE SEEN IN YACUARITO JURISDICTION AT 2200.", "ATTACKED",
     {"place": "Yacuarito", "country": "Colombia"}),
    # 'THE SAME AREA' is no town called Same; 'THE MEDELLIN CARTEL' names no place
    ("SAN SALVADOR, 22 MAY 90 (ACAN-EFE) -- [TEXT] LATER, REBELS BURNED TWO BUSES IN THE SAME "
     "AREA, NEAR APOPA.", "BURNED",
     {"place": "Apopa", "country": "El Salvador"}),
    ("BOGOTA, 23 MAY 90 (EFE) -- [TEXT] THE POLICE SAID THAT HIRED GUNMEN OF THE MEDELLIN "
     "CARTEL MURDERED A JUDGE IN BOGOTA TODAY.", "MURDERED",
     {"place": "Bogotá", "country": "Colombia"}),
]


# mixed-case reports: a town named like a common word, followed by its own state
MIXED = [
    ("Man wounded outside convenience store\n\nMobile, AL (WXXV) - A man was shot in the leg "
     "outside a convenience store late Friday, officers said.", "shot",
     {"city": "Mobile", "admin1": "Alabama", "country": "United States"}),
    ("A woman was shot in her car on Friday night in Mobile, Alabama, officers said.", "shot",
     {"city": "Mobile", "country": "United States"}),
    # a generic word inside a longer name is a site's name ('Zephyr City Central', 'Quorra
    # Village apartments'), not a place called 'Zephyr' or 'Quorra'
    ("Four people were hurt when a man opened fire at the Zephyr City Central bus station "
     "on Monday, Tulsa police said.", "opened fire", {"place": "Tulsa", "city": "Tulsa"}),
    ("Two men were shot at the Quorra Village apartments early Sunday, Tulsa police said.",
     "shot", {"place": "Tulsa", "city": "Tulsa"}),
]


@pytest.mark.parametrize("text, cue, expected", CASES + MIXED)
def test_location(text, cue, expected):
    assert_located(text, cue, expected)


def test_english_word_list_is_sorted_for_bisection():
    """The English word list is read as a sorted list (membership by bisection): the file
    must stay sorted, one word a line, with no blank line."""
    import gzip
    from incidentcli.gazetteer import DATA
    from incidentcli.english import english_words
    lines = gzip.decompress((DATA / "english_words.txt.gz").read_bytes()).decode("utf-8")
    lines = lines.rstrip("\n").split("\n")
    assert lines == sorted(lines) and "" not in lines
    english = english_words()
    assert "daylight" in english and "broad" in english
    assert "tocopamba" not in english and "" not in english and "zzzzzz" not in english
