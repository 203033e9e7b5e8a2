"""Villages the gazetteer lacks: an incident of a list of towns keeps its own village, and a
wire report's village is the place itself, not the city the report was filed from."""
import pytest

from incidentcli.pipeline import extract


def places(text: str) -> list[tuple[str | None, str | None]]:
    rec = extract(text)
    return [(inc.location.place, inc.location.city) for inc in rec.incidents]


@pytest.mark.parametrize("text, expected", [
    # one incident per town of the list, each with its own town, known or not
    ("HUANCAYO, 8 MAR 90 (EFE) -- [TEXT] SHINING PATH REBELS KILLED 12 PEASANTS IN JUNIN "
     "DEPARTMENT.  THE ATTACKS TOOK PLACE ON 6 MARCH IN THE TOWNS OF HUANTA, QUERUPATA, "
     "AND MIRCAPAMPA.",
     {"Querupata", "Mircapampa"}),
])
def test_each_village_of_a_list(text, expected):
    assert {p for p, _ in places(text)} >= expected


@pytest.mark.parametrize("text, place", [
    # a village told in a report from the department's capital: the village, no city
    ("AYACUCHO, 9 MAR 90 (EFE) -- [TEXT] SHINING PATH TERRORISTS MURDERED TWO TEACHERS "
     "YESTERDAY IN QUERUPATA.", "Querupata"),
    ("HUANCAYO, 9 MAR 90 (EFE) -- [TEXT] SHINING PATH TERRORISTS MURDERED TWO TEACHERS "
     "YESTERDAY IN THE HAMLET OF CHACLLAPAMPA, 40 KM NORTH OF HUANCAYO.", "Chacllapampa"),
    # (a name only small towns abroad bear: still the village at home, not the capital)
    ("AYACUCHO, 9 MAR 90 (EFE) -- [TEXT] SHINING PATH TERRORISTS MURDERED TWO TEACHERS "
     "YESTERDAY IN THE TOWNSHIP OF MONTERO, 60 KM NORTH OF AYACUCHO.", "Montero"),
])
def test_wire_village_is_its_own_place(text, place):
    assert places(text)[0] == (place, None)


@pytest.mark.parametrize("text, place", [
    # a landmark after a comma says where the place before it is
    ("BOGOTA, 4 APR 90 (EFE) -- [TEXT] A BOMB EXPLODED YESTERDAY AT A POLICE STATION IN "
     "QUERUPATA DISTRICT, NEAR MEDELLIN.", "Querupata"),
    ("LIMA, 4 APR 90 (EFE) -- [TEXT] TWO BOMBS WERE THROWN LAST NIGHT AT A POLICE CAR PARKED "
     "OUTSIDE A BANK IN TANTAHUASI, 10 KM NORTH OF CHOSICA.", "Tantahuasi"),
    # a town told by its distance ('SOME 30 KM FROM X') is marked as a place, like 'IN X'
    ("BOGOTA, 4 APR 90 (EFE) -- [TEXT] THE GOVERNOR OF BOLIVAR MET BANKERS IN CARTAGENA TODAY.  "
     "A DUTCH ENGINEER WAS KIDNAPPED ON 2 APRIL SOME 30 KM FROM CALI AND RELEASED YESTERDAY.",
     "Cali"),
    ("BOGOTA, 4 APR 90 (EFE) -- [TEXT] A DUTCH ENGINEER WAS KIDNAPPED ON 2 APRIL SOME 30 KM "
     "FROM CALI AND RELEASED YESTERDAY.", "Cali"),
    # ('BETWEEN X AND Y' in a wire report: X is where the road was)
    ("BOGOTA, 4 APR 90 (EFE) -- [TEXT] FOUR ENGINEERS OF A FRENCH FIRM HAD WORKED FOR A MONTH IN "
     "THE TOWN OF ACHI.  ON MONDAY THEIR JEEP WAS BLOWN UP BY A MINE BETWEEN CUCUTA AND A FARM.",
     "Cúcuta"),
    # a town where people met is not where the attack was
    ("GUATEMALA CITY, 4 APR 90 (EFE) -- [TEXT] TWO STUDENT LEADERS WERE KIDNAPPED YESTERDAY BY "
     "HEAVILY ARMED MEN.  THE STUDENTS HAD ATTENDED A PEACE CONFERENCE HELD IN SAN CARLOS ON "
     "MONDAY.", "Guatemala City"),
    # 'A SECTOR OF THE CAPITAL': the capital of the dateline, like 'here'
    ("BOGOTA, 4 APR 90 (EFE) -- [TEXT] THE POLICE SAID THAT THE CARTEL HAS HIDDEN ITS LEADERS "
     "IN MEDELLIN FOR MONTHS.  YESTERDAY A CAR BOMB EXPLODED IN A BUSY SHOPPING SECTOR OF THE "
     "CAPITAL, WOUNDING NINE PEOPLE.", "Bogotá"),
])
def test_attack_place(text, place):
    """Which place named in a wire report is where the attack was."""
    assert places(text)[0][0] == place
