"""The incident's country: news-style wire reports we wrote, and the country they give.

Each row: the article text, the word the incident is anchored on (its attack cue), and the
expected country code (the country of the report's news, whatever other countries it names).
"""
import pytest

from incidentcli.document import Scope
from incidentcli.location import find_location
from incidentcli.pipeline import build_document


def country_of(text: str, cue: str) -> str | None:
    doc = build_document(text)
    start = text.index(cue)
    scope = Scope(sentences=list(range(len(doc.sentences))), anchor=doc.span(start, start + len(cue)))
    res = find_location(doc, scope)
    for span in res.evidence.values():
        assert text[span.start:span.end] == span.text
    return res.location.country_code


CASES = [
    # a report filed abroad: what the U.S. owns or does ('U.S. PLANS', 'U.S. PILOTS', 'U.S. $20
    # MILLION') names no attack's country, however often the text says it
    ("HAVANA (CUBA), 3 JUN 90 (INTERNATIONAL SERVICE) -- [COMMENTARY] [TEXT] THE HONDURAN ARMY "
     "SERVES U.S. PLANS.  U.S. PILOTS FLY OVER THE HILLS, U.S. STRATEGISTS DRAW THE MAPS AND SOME "
     "U.S. $20 MILLION PAYS FOR THE WAR.  LAST WEEK SOLDIERS MURDERED A TEACHER IN A VILLAGE.  "
     "HONDURAS IS NOT FREE.", "MURDERED", "HN"),
    # a report filed abroad: the filing country reacts, the victim's nationality says where
    ("MEXICO CITY (MEXICO), 4 FEB 90 (NOTIMEX) -- [TEXT] MEXICO TODAY REJECTED THE CHARGES THAT "
     "IT HAD SHELTERED THE GUNMEN WHO MURDERED THE PERUVIAN LABOR MINISTER LAST WEEK.  MEXICAN "
     "OFFICIALS SAID MEXICO HAS NEVER GIVEN REFUGE TO ANY GROUP.  THE ASSASSINATION OF PERUVIAN "
     "LABOR MINISTER JUAN PEREZ TOOK PLACE AS HE LEFT HIS HOME.  MEXICO WILL COOPERATE.",
     "ASSASSINATION", "PE"),
    # an extradition story: the country a suspect is sent to is no attack's country
    ("BOGOTA, 3 MAR 90 (EFE) -- [TEXT] THE SUSPECTED KILLER OF A COLOMBIAN JUDGE WAS "
     "EXTRADITED TO THE UNITED STATES TODAY.  A MIAMI COURT HAS INDICTED HIM ON DRUG CHARGES "
     "IN THE UNITED STATES.  THE UNITED STATES HAD ASKED FOR HIS EXTRADITION.  THE JUDGE "
     "WAS SHOT DEAD LAST YEAR.", "SHOT", "CO"),
    # a district at home whose name is only a small town abroad: still at home
    ("LIMA, 9 JUN 89 (RADIO PANAMERICANA) -- [TEXT] A POLICEMAN WAS SHOT DEAD TODAY IN THE "
     "VILLA REGINA DISTRICT.  THE ATTACKERS ESCAPED IN A STOLEN CAR.", "SHOT", "PE"),
    # a victim's nationality in a sentence that binds another country: a national abroad
    ("SAN JOSE (COSTA RICA), 2 FEB 90 (ACAN-EFE) -- [TEXT] PRESIDENT ARIAS TODAY CONDEMNED THE "
     "MURDER OF SALVADORAN UNION LEADER JOSE LOPEZ IN GUATEMALA.  GUATEMALAN POLICE ARE "
     "INVESTIGATING THE CRIME IN GUATEMALA CITY.", "MURDER", "GT"),
    # a victim named by the nationality of a national abroad says nothing of the country
    ("LA PAZ, 2 JUN 89 (EFE) -- [TEXT] POLICE TODAY REPORTED THE MURDER OF TWO U.S. "
     "MISSIONARIES IN A VILLAGE NEAR THE CAPITAL.  THE U.S. EMBASSY ASKED FOR AN INQUIRY.",
     "MURDER", "BO"),
    # a capital's name, bigger than all its namesakes abroad, is the capital
    ("A BOMB DESTROYED THE CAR OF A MEXICAN TELEVISION REPORTER TODAY.  THE CAR WAS PARKED IN "
     "A STREET OF SAN SALVADOR, WHERE THE ARMY IS FIGHTING THE REBELS.", "BOMB", "SV"),
    # 'LATIN AMERICA', 'CENTRAL AMERICAN' and what the U.S. owns ('U.S. AID', 'U.S. CATHOLIC
    # NUNS') name no attack's country
    ("QUITO, 8 APR 90 (EFE) -- [COMMENTARY] [TEXT] U.S. MILITARY AID TO LATIN AMERICA HAS "
     "GROWN.  THE CENTRAL AMERICAN AND SOUTH AMERICAN GOVERNMENTS GET U.S. DOLLARS AND U.S. "
     "ADVISERS.  LAST WEEK GUNMEN MURDERED TWO U.S. CATHOLIC NUNS ON A ROAD IN ECUADOR.  "
     "LATIN AMERICA MUST WAKE UP.", "MURDERED", "EC"),
    # a capital abroad where talks are held or people study is no attack's place
    ("SAN SALVADOR, 4 DEC 89 (ACAN-EFE) -- [TEXT] THE GOVERNMENT AND THE REBELS WERE TO HOLD "
     "A NEW ROUND OF TALKS IN MEXICO CITY NEXT WEEK, BUT AFTER THE ASSASSINATION OF A "
     "SALVADORAN UNION LEADER THE REBELS SUSPENDED THE DIALOGUE.  THE OFFICERS NOW CONDUCT "
     "STUDIES, MAINLY IN THE UNITED STATES.", "ASSASSINATION", "SV"),
    ("TEGUCIGALPA, 5 MAY 90 (EFE) -- [TEXT] THE BISHOPS WHO MET IN BOGOTA LAST YEAR CONDEMNED "
     "THE MURDER OF A PRIEST IN HONDURAS.  HONDURAN POLICE ARE INVESTIGATING.", "MURDER", "HN"),
    # a nationality's territory is that country's ground, whose troops ever cross into it
    ("CLANDESTINE, 3 JUN 89 (RADIO VENCEREMOS) -- [TEXT] GUATEMALAN TROOPS ENTERED 2 KM INSIDE "
     "SALVADORAN TERRITORY YESTERDAY.  THE GUATEMALAN SOLDIERS BURNED HOUSES AND KIDNAPPED "
     "THREE PEASANTS.  GUATEMALAN OFFICERS LED THE RAID.", "KIDNAPPED", "SV"),
    # where a minister stays abroad and where people demonstrate against a killing: not the
    # attack's country
    ("CARACAS, 9 SEP 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK BRANCH IN VALENCIA, "
     "CAUSING DAMAGE.  THE INTERIOR MINISTER WILL STAY FOR TWO WEEKS IN THE UNITED STATES.  "
     "SHE WILL STAY IN THE UNITED STATES UNTIL THE END OF THE MONTH.  STUDENTS HELD "
     "DEMONSTRATIONS IN THE UNITED STATES.", "BOMB", "VE"),
    # a border is named from the other side
    ("QUITO (ECUADOR), 2 APR 90 (EFE) -- [TEXT] GUNMEN AMBUSHED A POLICE PATROL TODAY NEAR "
     "THE PERUVIAN BORDER, KILLING TWO POLICEMEN.  THE AREA LIES ALONG THE BORDER WITH PERU.  "
     "ECUADOR WILL SEND TROOPS.", "AMBUSHED", "EC"),
    # a report filed at home that keeps naming a neighbour: still about home
    ("TEGUCIGALPA, 4 MAR 90 (RADIO AMERICA) -- [INTERVIEW WITH THE FOREIGN MINISTER] [TEXT] "
     "[REPORTER] WHAT WILL THE RELATIONS WITH THE NEW NICARAGUAN GOVERNMENT BE?  [MINISTER] "
     "NICARAGUA IS A NEIGHBOR.  WE HOPE NICARAGUA WILL DISARM THE CONTRAS.  THE NICARAGUAN "
     "PEOPLE VOTED.  [REPORTER] WHO MURDERED THE HONDURAN UNION LEADER?  [MINISTER] THE "
     "POLICE ARE INVESTIGATING THE MURDER.", "MURDERED", "HN"),
    # 'IN THE X-IAN TOWN OF': a town of that country, whoever reports it from across the border
    ("LA PAZ, 3 NOV 89 (EFE) -- [TEXT] A BOLIVIAN NAVY OFFICER REPORTED THAT A BOMB EXPLODED "
     "TODAY IN THE PERUVIAN TOWN OF KASANI, ACROSS THE LAKE.", "BOMB", "PE"),
    # a clandestine station speaks from the country of the groups it names, not from the
    # country whose government reacts to its news
    ("CLANDESTINE, 3 MAR 90 (RADIO VENCEREMOS) -- [TEXT] WE HAVE A REPORT FROM FRANCE.  THE "
     "FRENCH GOVERNMENT HAS ASKED FRANCE'S PARLIAMENT TO DEMAND AN INQUIRY INTO THE MASSACRE OF "
     "PEASANTS.  FRENCH DEPUTIES SAID FRANCE WILL ACT.  THE FMLN DEMANDS JUSTICE.",
     "MASSACRE", "SV"),
    # 'here' far from the attack cue, a capital abroad bound right before it: the capital's
    ("TEGUCIGALPA, 2 MAY 90 (RADIO AMERICA) -- [INTERVIEW] [REPORTER] HOW DO YOU SEE THE "
     "COUNTRY?  [MINISTER] HONDURAS IS CALM.  HONDURAS WILL GROW.  WHILE STUDENTS MARCHED HERE "
     "ON FRIDAY, NINE PERSONS DIED IN GUATEMALA CITY IN A BOMB EXPLOSION.", "BOMB", "GT"),
    # a country named only through its rebel front: the front's name is the evidence
    ("CLANDESTINE, 4 JUN 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] THE FMLN DENOUNCES THE BOMB "
     "ATTACK ON THE NATIONAL UNIVERSITY AT DAWN TODAY.", "BOMB", "SV"),
]


@pytest.mark.parametrize("text,cue,code", CASES)
def test_country(text: str, cue: str, code: str) -> None:
    assert country_of(text, cue) == code
