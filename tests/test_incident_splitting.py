"""How a report's attacks are parted into incidents (incidents._group and its helpers).

Wire reports (all capitals, MUC-4 style) key one incident per kind of attack and per event:
a sentence that tells a murder and an arson with their own verbs gives two incidents sharing
the sentence; a turn to another time ('FOUR DAYS LATER') opens a new incident; a kidnapped
victim later murdered stays one incident.  All sentences are our own, written in news style.
"""
from __future__ import annotations

import pytest

from incidentcli.incidents import find_incidents
from incidentcli.pipeline import build_document

WIRE = "LIMA, 3 MAR 91 (EFE) -- [TEXT] "


def _kinds(text: str) -> list[str | None]:
    return [f.attack_type for f in find_incidents(build_document(text))]


@pytest.mark.parametrize("body, kinds", [
    # two kinds, each with its own verb: two incidents
    ("SHINING PATH GUERRILLAS YESTERDAY SHOT SIX PEASANTS IN THE VILLAGE OF TOCACHE AND SET "
     "FIRE TO THE TOWN HALL.", ["armed_assault", "facility_attack"]),
    ("THE REBELS DETONATED TWO BOMBS AT A BANK AND SET A WAREHOUSE ON FIRE IN HUANCAYO "
     "LAST NIGHT, THE POLICE REPORTED.", ["bombing", "facility_attack"]),
    ("WHEN THEY ENTERED THE CLINIC, THE GUERRILLAS MURDERED A GUARD; THEY THEN PLANTED "
     "EXPLOSIVES IN THE BUILDING AND FLED.", ["bombing", "armed_assault"]),  # best-ranked first
    # a participle used as an adjective is not an attack of its own
    ("A BOMB EXPLODED TODAY AT THE HOUSE OF THE RECENTLY MURDERED MAYOR OF TRUJILLO.",
     ["bombing"]),
    # what the bomb did, not an arson of its own
    ("THE FRONT OF THE BANK WAS BURNED WHEN A BOMB PLANTED BY UNIDENTIFIED MEN EXPLODED "
     "TODAY.", ["bombing"]),
    # a kidnapped victim murdered: MUC-4 keys the kidnapping, with the death as its outcome
    ("POLICE REPORTED TODAY THAT A CUSTOMS OFFICER WAS SHOT TO DEATH AFTER HE HAD BEEN "
     "KIDNAPPED BY ARMED STRANGERS.", ["kidnapping"]),
    ("UNIDENTIFIED MEN KIDNAPPED A TEACHER IN THE TOWN OF HUARI YESTERDAY. THE TEACHER WAS "
     "MURDERED BY HIS CAPTORS.", ["kidnapping"]),
])
def test_kinds_in_one_wire_sentence(body: str, kinds: list[str]) -> None:
    assert _kinds(WIRE + body) == kinds


@pytest.mark.parametrize("body, count", [
    # a turn to another time opens another incident
    ("ON 1 MARCH GUNMEN SHOT DEAD A JUDGE IN PIURA. FOUR DAYS LATER, A POLICE CAPTAIN WAS SHOT "
     "DEAD IN PIURA.", 2),
    ("A RADIO JOURNALIST WAS MURDERED IN PIURA TODAY. THE MURDER OF THE JOURNALIST CAME ONLY "
     "12 HOURS AFTER GUNMEN SHOT DEAD A JUDGE IN PIURA.", 2),
    ("GUNMEN SHOT DEAD A JUDGE IN PIURA YESTERDAY. BESIDES THE JUDGE'S MURDER THERE WERE "
     "OTHER ATTACKS THAT NIGHT: TWO LAWYERS WERE SHOT DEAD.", 2),
    # a time of day names no day of its own: last night's attack told again
    ("GUNMEN SHOT DEAD A JUDGE IN PIURA LAST NIGHT. THE JUDGE WAS SHOT DEAD AT 2230 AS HE LEFT "
     "HIS HOUSE.", 1),
    ("ON 1 MARCH GUNMEN SHOT DEAD A JUDGE IN PIURA. ON 2 MARCH GUNMEN SHOT DEAD A LAWYER IN "
     "PIURA.", 2),
    # a wave of attacks 'continued today when' another attack came
    ("A BOMB WENT OFF AT A BANK IN PIURA. THE BOMB ATTACKS, WHICH THE POLICE BLAME ON THE "
     "REBELS, CONTINUED TODAY WHEN A CAR BOMB EXPLODED AT A HOTEL IN PIURA.", 2),
    # a date with another deed between it and the attack dates that deed
    ("GUNMEN SHOT DEAD A JUDGE IN PIURA ON 20 FEBRUARY. ON 2 MARCH THE MINISTER ACKNOWLEDGED "
     "THAT POLICEMEN SHOT DEAD THE JUDGE.", 1),
    # 'hours later' in the same event's telling is no turn
    ("GUNMEN SHOT DEAD A JUDGE IN PIURA YESTERDAY. THE JUDGE WAS SHOT DEAD HOURS LATER THAN "
     "HIS ESCORT HAD EXPECTED.", 1),
])
def test_turns_to_another_time(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # the victims' release, wherever they were set free, ends the kidnapping told before
    ("REBELS KIDNAPPED TWO ITALIAN GEOLOGISTS IN NEIVA. THE GEOLOGISTS, WHO WERE KIDNAPPED BY "
     "THE REBELS, WERE RELEASED IN THE TOWN OF GARZON.", 1),
    # the same kind of attack in another town with its own verb: another incident
    ("REBELS KIDNAPPED TWO ITALIAN GEOLOGISTS IN NEIVA. OTHER REBELS KIDNAPPED A RANCHER IN "
     "THE TOWN OF GARZON.", 2),
])
def test_release_joins_the_kidnapping(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


def test_joint_incident_shares_the_sentence_and_its_follow_ups() -> None:
    doc = build_document(WIRE + "SHINING PATH GUERRILLAS YESTERDAY SHOT SIX PEASANTS IN THE "
                         "VILLAGE OF TOCACHE AND SET FIRE TO THE TOWN HALL. THE ATTACKERS FLED "
                         "TOWARD THE JUNGLE.\n\nIN OTHER NEWS, THE CABINET MET TODAY.")
    murder, arson = find_incidents(doc)
    assert murder.scope.primary and not arson.scope.primary
    assert arson.scope.sentences == [0, 1]
    assert set(arson.scope.sentences) <= set(murder.scope.sentences)
    assert doc.text[arson.scope.anchor.start:arson.scope.anchor.end] == "SET FIRE TO"


@pytest.mark.parametrize("text, count", [
    # news stories (mixed case) are not parted by kind: GTD and GVA code one incident
    ("Gunmen shot dead a shopkeeper and set fire to his store in the town on Monday, police "
     "said.", 1),
    ("A gunman opened fire at a bar on Saturday. Four days later, police arrested a suspect.",
     1),
])
def test_news_stories_keep_one_incident(text: str, count: int) -> None:
    assert len(_kinds(text)) == count


@pytest.mark.parametrize("body, count", [
    # another titled victim with an attack verb of its own: another incident
    ("GUERRILLAS SHOT DEAD JUDGE MANUEL TORRES QUISPE IN HUANTA YESTERDAY. THE GUERRILLAS ALSO "
     "MURDERED MAYOR JUAN RAMOS.", 2),
    ("GUNMEN MURDERED SENATOR PABLO ARIAS YESTERDAY. THE COUNCIL PROTESTED THE MURDER OF "
     "MAGISTRATE ELENA VARGAS PRADO, WHICH TOOK PLACE IN CALI.", 2),
    # the same victim named again is the same incident, whatever the date
    ("UNIDENTIFIED MEN KIDNAPPED MAYOR JUAN RAMOS ON 2 MARCH. ON 5 MARCH THE BODY OF MAYOR "
     "JUAN RAMOS WAS FOUND; MAYOR JUAN RAMOS HAD BEEN MURDERED BY HIS CAPTORS.", 1),
    ("GUNMEN SHOT DEAD JUDGE MANUEL TORRES QUISPE ON 1 MARCH. JUDGE TORRES, 54, WAS SHOT DEAD "
     "ON 2 MARCH AS HE LEFT HIS OFFICE.", 1),
    # a name after its title ends at a number or a time word: the same mayor
    ("GUERRILLAS MURDERED MAYOR JUAN RAMOS YESTERDAY. THE GUERRILLAS HAD KIDNAPPED MAYOR JUAN "
     "RAMOS TWO MONTHS AGO.", 1),
    # a victim named without a title, opening with a given name
    ("GUNMEN SHOT DEAD JUDGE MANUEL TORRES QUISPE IN HUANTA YESTERDAY. THE GUNMEN ALSO "
     "MURDERED ROSA ELENA CUTIPA, A TEACHER.", 2),
    ("UNIDENTIFIED MEN KIDNAPPED MAYOR JUAN RAMOS ON 2 MARCH. ON 9 MARCH JUAN "
     "RAMOS, 40, WAS MURDERED BY HIS CAPTORS.", 1),
    # an attack recalled to date another does not part incidents by its victim
    ("A BOMB EXPLODED AT THE HOUSE OF JUDGE ANA LUCIA PAZ TODAY. THE ATTACK CAME A MONTH "
     "AFTER THE MURDER OF GOVERNOR LUIS ALBERTO MENDEZ.", 1),
])
def test_named_victims_part_incidents(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


def _places(text: str) -> list[str | None]:
    from incidentcli.pipeline import extract
    return [inc.location.place if inc.location else None for inc in extract(text).incidents]


SAN_SALVADOR = "SAN SALVADOR, 4 MAY 90 (ACAN-EFE) -- [TEXT] "


@pytest.mark.parametrize("body, places", [
    # an attack told in a list of towns: one incident per town, each with its own place
    ("URBAN COMMANDOS BLEW UP FOUR ELECTRICITY PYLONS IN SOYAPANGO, APOPA, AND MEJICANOS "
     "LAST NIGHT, THE ARMY REPORTED.", ["Soyapango", "Apopa", "Mejicanos"]),
    ("THE REBELS KIDNAPPED ABOUT 20 PEASANTS IN USULUTAN AND SAN MIGUEL DEPARTMENTS "
     "YESTERDAY.", ["Usulután", "San Miguel"]),
    # a town and its province are one place, not a list
    ("GUERRILLAS BURNED THREE BUSES IN ILOBASCO, CABANAS DEPARTMENT, LAST NIGHT.",
     ["Ilobasco"]),
    # a street corner is one place
    ("A BOMB EXPLODED TODAY AT ARCE AND DELGADO STREETS IN SAN SALVADOR.", ["San Salvador"]),
    # 'and' joining a town to another deed is no list
    ("A POLICEMAN WAS MURDERED IN SOYAPANGO AND THE ATTACKERS FLED.", ["Soyapango"]),
    # the attacks told first, their towns in the next sentence
    ("GUERRILLAS ATTACKED THREE TOWNS IN THE NORTH OF THE COUNTRY LAST NIGHT. THE ATTACKS TOOK "
     "PLACE IN THE TOWNS OF SOYAPANGO, APOPA, AND MEJICANOS.", ["Soyapango", "Apopa", "Mejicanos"]),
    # a later sentence with more attacks in a list of towns: one more incident per town
    ("A BOMB EXPLODED AT A BANK IN SOYAPANGO LAST NIGHT. THE HOMES OF TWO JUDGES IN APOPA AND "
     "MEJICANOS, RESPECTIVELY, WERE ALSO DYNAMITED BY THE REBELS.",
     ["Soyapango", "Apopa", "Mejicanos"]),
    # one attack told with an article is one incident, whatever towns follow
    ("THE ATTACK WAS CARRIED OUT IN SOYAPANGO, BETWEEN APOPA AND MEJICANOS.", ["Soyapango"]),
    ("AN ATTACK BY URBAN COMMANDOS LED TO INCURSIONS IN SOYAPANGO, APOPA, AND MEJICANOS.",
     ["Soyapango"]),
    # bombing from planes over several towns: war news, not a list of attacks
    ("THE FMLN SAID TODAY THAT AIR FORCE PLANES BOMBED CIVILIANS IN SOYAPANGO, APOPA, AND "
     "ILOPANGO.", []),
])
def test_attacks_listed_by_town(body: str, places: list[str]) -> None:
    got = _places(SAN_SALVADOR + body)
    assert len(got) == len(places) if places else len(got) <= 1
    if places:
        assert got == places


@pytest.mark.parametrize("body, count", [
    # a sentence opening as the next item of a list of attacks, with its own verb
    ("REBELS BLEW UP A POWER PYLON IN NEIVA. FINALLY, THE REBELS BLEW UP A BRIDGE IN THE TOWN "
     "OF GARZON.", 2),
    ("GUNMEN SHOT DEAD A JUDGE IN CALI. SIMILARLY, GUNMEN SHOT DEAD A LAWYER IN BUGA.", 2),
    # a generic 'killed' of its own after the list word
    ("HIRED GUNMEN KILLED A JUDGE IN CALI. FINALLY, ACCORDING TO THE POLICE, UNIDENTIFIED "
     "MEN KILLED A BANK CLERK IN CALI.", 2),
    ("REBELS SET OFF A BOMB AT THE TOWN HALL OF NEIVA.\n\n   IN THE TOWN OF GARZON THE REBELS "
     "HURLED DYNAMITE AT THE HOMES OF TWO COUNCILMEN.", 2),
    ("REBELS SET OFF A BOMB AT THE TOWN HALL OF NEIVA.\n\n   IN THE TOWN OF NEIVA THE ATTACK "
     "CAUSED A BLACKOUT.", 1),
    # no verb of its own: more of the attack told before
    ("REBELS BLEW UP A POWER PYLON IN NEIVA. FINALLY, THE ATTACK LEFT THE TOWN WITHOUT "
     "ELECTRICITY.", 1),
])
def test_next_item_of_a_list(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


def test_definite_mention_joins_the_attack_told_last() -> None:
    doc = build_document(WIRE + "REBELS BLEW UP A POWER PYLON IN NEIVA. THE REBELS THEN SHOT "
                         "AT A POLICE POST, WOUNDING TWO POLICEMEN. TWO BRIDGES WERE ALSO BLOWN UP "
                         "BY THE REBELS. THE ATTACKS OCCURRED IN THE TOWN OF GARZON.")
    found = find_incidents(doc)
    last = doc.sentences[-1].index
    owners = [n for n, f in enumerate(found) if last in f.scope.sentences]
    assert [found[n].attack_type for n in owners] == ["bombing"]


@pytest.mark.parametrize("body, count", [
    # a bomb defused and bombs that went off: MUC-4 keys the attempt apart
    ("POLICE LAST NIGHT DEFUSED A BOMB PLANTED AT THE DOOR OF THE COURTHOUSE IN HUANCAYO. THE "
     "POLICE ALSO REPORTED THAT TWO BOMBS EXPLODED AT A BANK IN HUANCAYO LAST NIGHT. EXPERTS "
     "DEFUSED THE BOMB AT THE COURTHOUSE AFTER TWO HOURS.", 2),
    # the device just told, whatever became of it: the same bombing
    ("UNIDENTIFIED MEN PLANTED A DYNAMITE CHARGE AT A BANK IN HUANCAYO TODAY. THAT CHARGE WAS "
     "DEFUSED BY THE POLICE.", 1),
])
def test_defused_bombs_apart(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # two victims taken on two days: one kidnapping per day
    ("THE REBELS ARE HOLDING TWO ITALIAN ENGINEERS WHO WERE KIDNAPPED IN CUCUTA ON 4 AND 6 "
     "MARCH, THE ARMY REPORTED.", 2),
    ("TWO MERCHANTS WERE ABDUCTED IN TUMACO ON 21 AND 23 FEBRUARY BY ELN GUERRILLAS.", 2),
    # two days that are not the attack's: one kidnapping (talks on two days told after)
    ("GUERRILLAS KIDNAPPED A RANCHER IN TUMACO TODAY. THE GOVERNMENT WILL HOLD TALKS WITH THE "
     "REBELS IN CARACAS ON 16 AND 17 JULY.", 1),
    # one day: one kidnapping
    ("TWO ITALIAN ENGINEERS WERE KIDNAPPED IN CUCUTA ON 4 MARCH.", 1),
])
def test_two_days_two_attacks(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # a second bombing at another target minutes later, or at another clock time
    ("UNIDENTIFIED MEN PLANTED A BOMB UNDER A CAR OUTSIDE THE CUBAN EMBASSY IN LIMA LAST NIGHT. "
     "TEN MINUTES LATER A TRUCK LOADED WITH DYNAMITE EXPLODED AT THE GATE OF THE SPANISH "
     "EMBASSY.", 2),
    ("A CAR BOMB EXPLODED LAST NIGHT AT THE DOOR OF THE CUSTOMS OFFICE IN LIMA. AND AT 2130 "
     "HOURS TERRORISTS DETONATED A CAR BOMB NEAR THE CENTRAL BANK.", 2),
    # the time of the attack just told, with no verb of its own: the same bombing
    ("TERRORISTS BOMBED THE CUSTOMS OFFICE IN LIMA LAST NIGHT. AT 2100 HOURS THE ATTACK "
     "LEFT THE DISTRICT WITHOUT ELECTRICITY.", 1),
])
def test_another_bombing_minutes_later(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # a total shared out over targets: one bombing per target
    ("FOUR BOMBS EXPLODED AT DAWN TODAY IN TRUJILLO, ONE AT THE COURTHOUSE, ANOTHER AT A BANK, "
     "AND ANOTHER AT THE OFFICES OF THE RULING PARTY.", 3),
    # victims counted per town after the verb: one murder per town
    ("GUERRILLAS OF THE ELN MURDERED FOUR PEASANTS IN SARAVENA, TWO IN TAME, AND ONE IN "
     "FORTUL TODAY, THE ARMY REPORTED.", 3),
    # one count, no shares: one attack
    ("GUERRILLAS OF THE ELN MURDERED FOUR PEASANTS IN SARAVENA TODAY, THE ARMY REPORTED.", 1),
])
def test_count_shared_out(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # two attacks told apart as 'one ... the other': two incidents
    ("TWO DYNAMITE ATTACKS WERE PERPETRATED IN CALI LAST NIGHT. ONE ATTACK WAS AIMED AT A "
     "POWER SUBSTATION AND THE OTHER AGAINST THE OFFICES OF A BANK.", 2),
    ("TWO BOMBS EXPLODED IN CALI TODAY. ONE BOMB WENT OFF AT A SUPERMARKET, WHILE THE OTHER "
     "DAMAGED A BRIDGE ON THE ROAD TO PALMIRA.", 2),
    # one victim and another: casualties of one attack, not two attacks
    ("A BOMB EXPLODED AT A SUPERMARKET IN CALI TODAY. ONE MAN WAS KILLED AND THE OTHER "
     "CUSTOMERS FLED.", 1),
])
def test_one_and_the_other(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, kinds", [
    # people killing with a generic verb beside an arson: a murder and an arson
    ("THE ARMY SAID THAT REBELS KILLED A FARMER IN THE TOWN OF POPTUN AND BURNED A BUS ON THE "
     "ROAD TO FLORES.", ["facility_attack", "armed_assault"]),
    # a passive 'killed' beside the arson: what the arson did, one incident
    ("REBELS BURNED A BUS ON THE ROAD TO FLORES; TWO PASSENGERS WERE KILLED.",
     ["facility_attack"]),
    # what the fire did
    ("REBELS BURNED A WAREHOUSE IN POPTUN AND THE FIRE KILLED A WATCHMAN.",
     ["facility_attack"]),
])
def test_generic_killing_beside_arson(body: str, kinds: list[str]) -> None:
    assert _kinds(WIRE + body) == kinds


@pytest.mark.parametrize("body, kinds", [
    # people attacking told with a generic verb, then a bombing with its own verb: two acts
    ("FIVE URBAN GUERRILLAS ATTACKED A POLICE CHECKPOINT IN SANTA TECLA THIS MORNING, WOUNDING "
     "TWO AGENTS.\n\n   THE ARMY ALSO REPORTED THAT GUERRILLAS BLEW UP TWO ELECTRIC TOWERS IN "
     "USULUTAN.", ["armed_assault", "bombing"]),
    # the attack was told with its explosives: the bombing is the same act
    ("UNIDENTIFIED MEN ATTACKED THE OFFICES OF A BANK IN LIMA WITH EXPLOSIVES TONIGHT.\n\n   "
     "THE ATTACKERS THREW TWO DYNAMITE CHARGES AT THE DOOR.", ["bombing"]),
    # a definite mention of the attack told: the same act
    ("FIVE URBAN GUERRILLAS ATTACKED A POLICE CHECKPOINT IN SANTA TECLA THIS MORNING. THE "
     "ATTACK WAS CARRIED OUT WITH GRENADES THAT EXPLODED AT THE GATE.", None),
])
def test_typed_act_after_a_generic_attack(body: str, kinds: list[str] | None) -> None:
    found = _kinds(WIRE + body)
    if kinds is None:
        assert len(found) == 1
    else:
        assert found == kinds


@pytest.mark.parametrize("body, count", [
    # another target 'was also attacked': an attack of its own
    ("REBELS MACHINEGUNNED THE MAYOR'S OFFICE IN JUCUAPA LAST NIGHT AND WOUNDED A GUARD.\n\n"
     "   THE NATIONAL POLICE POST IN BERLIN WAS ALSO ATTACKED, THE ARMY SAID.", 2),
    # the second 'also' of the sentence is the one before the verb
    ("REBELS MACHINEGUNNED THE MAYOR'S OFFICE IN JUCUAPA LAST NIGHT AND WOUNDED A GUARD.\n\n"
     "   WE HAVE ALSO LEARNED THAT TWO CITY BUSES HAVE ALSO BEEN ATTACKED.", 2),
    # a relative clause far before 'WAS ALSO ATTACKED' is no blast told again
    ("REBELS MACHINEGUNNED THE MAYOR'S OFFICE IN JUCUAPA LAST NIGHT AND WOUNDED A GUARD.\n\n"
     "   THE JUDGE'S HOUSE, WHICH STANDS NEXT TO THE MARKET OF THE OLD QUARTER, WAS ALSO "
     "ATTACKED.", 2),
    # people hurt in the attack told: the same attack
    ("REBELS MACHINEGUNNED THE MAYOR'S OFFICE IN JUCUAPA LAST NIGHT AND WOUNDED A GUARD. TWO "
     "POLICEMEN WERE ALSO KILLED.", 1),
    # what the blast did: the same attack
    ("A BOMB EXPLODED AT THE MAYOR'S OFFICE IN JUCUAPA LAST NIGHT. THE BLAST ALSO DAMAGED A "
     "BANK, WHICH WAS ALSO ATTACKED.", 1),
])
def test_another_target_also_attacked(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


def test_also_attacked_in_the_same_paragraph_stays() -> None:
    # a target told on in the attack's own paragraph: one raid, one incident
    body = ("REBELS MACHINEGUNNED THE MAYOR'S OFFICE IN JUCUAPA LAST NIGHT AND WOUNDED A GUARD. "
            "THE NATIONAL POLICE POST WAS ALSO ATTACKED, THE ARMY SAID.")
    assert len(_kinds(WIRE + body)) == 1


@pytest.mark.parametrize("body", [
    # troops searching farms are no attack of their own to part a bombing from
    "ARMY TROOPS RAIDED FIVE FARMS NEAR PUERTO BOYACA YESTERDAY.\n\n   THE POLICE REPORTED THAT "
    "UNIDENTIFIED MEN BLEW UP A POWER PYLON IN PUERTO BOYACA.",
    # a passive typed cue ('ROCKETS WERE LAUNCHED') tells more of the attack told
    "FIVE URBAN GUERRILLAS ATTACKED THE BRIGADE HEADQUARTERS IN SAN MIGUEL TONIGHT.\n\n   A "
    "DRIVER WAS HIT WHEN THE ROCKETS WERE LAUNCHED.",
])
def test_typed_act_after_a_generic_attack_stays(body: str) -> None:
    assert len(_kinds(WIRE + body)) == 1


@pytest.mark.parametrize("body, count", [
    # a list of three or more towns, one of them known, the last after a wrapped line
    ("URBAN COMMANDOS ALSO ATTACKED MUNICIPAL OFFICES IN SOYAPANGO, CHIQUIRIN, TALPUJA, AND\n"
     "NEJAPA, IN SAN SALVADOR DEPARTMENT, THE ARMY REPORTED.", 4),
    ("URBAN COMMANDOS ALSO ATTACKED MUNICIPAL OFFICES IN SOYAPANGO, CHIQUIRIN AND TALPUJA, THE "
     "ARMY REPORTED.", 3),
])
def test_villages_few_gazetteers_hold(body: str, count: int) -> None:
    assert len(_kinds(SAN_SALVADOR + body)) == count


@pytest.mark.parametrize("body, count", [
    # a paragraph opening on a day and another town, with an attack verb of its own
    ("A BOMB EXPLODED AT A BANK IN NEIVA LAST NIGHT.\n\n   YESTERDAY IN GARZON, A BOMB WAS "
     "THROWN AT THE HOUSE OF A JUDGE.", 2),
    ("HIRED GUNMEN MURDERED A LAWYER IN NEIVA THIS MORNING.\n\n   ON TUESDAY IN GARZON, A "
     "SCHOOL TEACHER WAS MURDERED BY TWO MEN ON A MOTORCYCLE.", 2),
    # no attack of its own: more of the bombing told
    ("A BOMB EXPLODED AT A BANK IN NEIVA LAST NIGHT.\n\n   YESTERDAY IN NEIVA, THE ATTACK LEFT "
     "THE TOWN WITHOUT ELECTRICITY.", 1),
])
def test_day_and_town_opening(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


def test_the_attack_after_a_typed_act_told_apart_is_the_attack() -> None:
    text = (WIRE + "FIVE URBAN GUERRILLAS ATTACKED A POLICE CHECKPOINT IN SANTA TECLA THIS "
            "MORNING.\n\n   THE ARMY ALSO REPORTED THAT GUERRILLAS BLEW UP TWO ELECTRIC TOWERS "
            "IN USULUTAN.\n\n   THE POLICE SAID THAT TWO AGENTS WERE WOUNDED DURING THE ATTACK ON "
            "THE CHECKPOINT.")
    found = find_incidents(build_document(text))
    assert [(f.attack_type, f.scope.sentences) for f in found] == \
        [("armed_assault", [0, 2]), ("bombing", [1])]


@pytest.mark.parametrize("body, count", [
    # a paragraph opening on a turn to other news: its attack is another incident
    ("GUERRILLAS BURNED THREE TRUCKS NEAR USULUTAN YESTERDAY MORNING.\n\n   LIKEWISE, A REBEL "
     "COLUMN ENTERED THE TOWN OF JUCUARAN AT DAWN. THE REBELS BURNED THE MAYOR'S OFFICE AND A "
     "STORE.", 2),
    ("URBAN COMMANDOS SET FIRE TO TWO BUSES IN SOYAPANGO THIS MORNING.\n\n   THE POLICE ALSO "
     "REPORTED THAT UNIDENTIFIED MEN BURNED A TANK TRUCK IN THE CITY OF ILOPANGO.", 2),
    # no turn: the same raid told on
    ("GUERRILLAS BURNED THREE TRUCKS NEAR USULUTAN YESTERDAY MORNING.\n\n   A REBEL COLUMN "
     "ENTERED THE TOWN OF JUCUARAN AT DAWN. THE REBELS BURNED THE MAYOR'S OFFICE AND A STORE.", 1),
    # a turn, but what follows tells no attack of its own
    ("GUERRILLAS BURNED THREE TRUCKS NEAR USULUTAN YESTERDAY MORNING.\n\n   MEANWHILE, THE ARMY "
     "SENT TROOPS TO THE AREA. THE FIRE THAT THE REBELS SET DESTROYED THE TRUCKS.", 1),
])
def test_paragraph_turning_to_other_news(body: str, count: int) -> None:
    assert len(_kinds(SAN_SALVADOR + body)) == count


@pytest.mark.parametrize("body, count", [
    # a noun after 'the' is no town: 'IN THE STREET', 'AT THE HEADQUARTERS' part nothing
    ("A BOMB EXPLODED AT A BANK IN SANTA ANA LAST NIGHT. WITNESSES SAID THAT TWO MEN PLANTED "
     "A BOMB IN THE STREET OUTSIDE THE BANK.", 1),
    ("A BOMB EXPLODED AT A BANK IN SANTA ANA LAST NIGHT. UNIDENTIFIED MEN HAD PLACED THE "
     "DYNAMITE CHARGE AT THE HEADQUARTERS OF THE BANK.", 1),
    # a town of its own still parts the same kind of attack
    ("A BOMB EXPLODED AT A BANK IN SANTA ANA LAST NIGHT. UNIDENTIFIED MEN PLANTED A BOMB AT A "
     "STORE IN SONSONATE.", 2),
])
def test_a_noun_after_the_is_no_town(body: str, count: int) -> None:
    assert len(_kinds(SAN_SALVADOR + body)) == count


@pytest.mark.parametrize("body, count", [
    # 'the attack' in a paragraph that opened on another act, told without anchoring
    ("URBAN COMMANDOS BLEW UP A BUS IN MEJICANOS AT DAWN.\n\n   IN ADDITION, A TELEPHONE "
     "COMPANY PICKUP WAS BADLY DAMAGED BY A DYNAMITE CHARGE. THE ATTACK TOOK PLACE ON THE "
     "HIGHWAY TO APOPA AT ABOUT 1000.", 2),
    # no turn: 'the attack' is the bombing told before
    ("URBAN COMMANDOS BLEW UP A BUS IN MEJICANOS AT DAWN.\n\n   THE BUS WAS BADLY DAMAGED BY "
     "THE DYNAMITE CHARGE. THE ATTACK TOOK PLACE ON THE HIGHWAY TO APOPA AT ABOUT 1000.", 1),
])
def test_the_attack_after_a_turn_to_another_act(body: str, count: int) -> None:
    assert len(_kinds(SAN_SALVADOR + body)) == count


@pytest.mark.parametrize("body, count", [
    # two murders joined by 'and', each with its own day: two incidents
    ("THE PARTY DENOUNCED THE MURDER ON 1 MARCH OF THE MAYOR OF TURBO AND THE MURDER ON THE "
     "NIGHT OF 2 MARCH OF TWO COUNCILMEN IN NECOCLI.", 2),
    # one day for both, or a day for one only: one incident
    ("THE PARTY DENOUNCED THE MURDER ON 1 MARCH OF THE MAYOR OF TURBO AND THE MURDER ON 1 "
     "MARCH OF HIS DRIVER.", 1),
    ("THE PARTY DENOUNCED THE MURDER ON 1 MARCH OF THE MAYOR OF TURBO AND THE MURDER OF HIS "
     "DRIVER.", 1),
])
def test_two_attacks_with_days_of_their_own(body: str, count: int) -> None:
    assert len(_kinds(WIRE.replace("LIMA", "BOGOTA") + body)) == count


@pytest.mark.parametrize("body, count", [
    # the victims an incident named, told again with another day: the same incident
    ("ON 2 MARCH THE MINISTER MADE A STATEMENT IN COURT ON THE MURDER OF THREE RURAL TEACHERS "
     "IN AYACUCHO. THE TEACHERS WERE KILLED ON 25 FEBRUARY.", 1),
    # victims it did not name, on another day: another incident
    ("ON 2 MARCH THE MINISTER MADE A STATEMENT IN COURT ON THE MURDER OF THREE RURAL TEACHERS "
     "IN AYACUCHO. THE NURSES WERE KILLED ON 25 FEBRUARY.", 2),
])
def test_victims_told_again_on_another_day(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # targets listed with semicolons: one attack per target
    ("URBAN GUERRILLAS LAST NIGHT ATTACKED THE TOWN HALL OF SAN MARCOS; A BRANCH OF THE "
     "AGRICULTURAL BANK; AND THE OFFICES OF THE ELECTRIC COMPANY IN SOYAPANGO.", 3),
    ("POLICE SAID THAT THE TARGETS THAT WERE BOMBED WERE: THE CUSTOMS BUILDING; THE TOWN "
     "HALL, AND SEVERAL OTHER BUILDINGS.", 2),
    # victims listed with semicolons: one attack
    ("GUNMEN LAST NIGHT KILLED THE DRIVER, JOSE PEREZ; THE COOK, ANA ROJAS; AND A GUARD OF "
     "THE FARM.", 1),
    # no semicolons: one attack
    ("URBAN GUERRILLAS LAST NIGHT ATTACKED THE TOWN HALL, A BANK, AND THE OFFICES OF THE "
     "ELECTRIC COMPANY IN SOYAPANGO.", 1),
])
def test_targets_listed_with_semicolons(body: str, count: int) -> None:
    assert len(_kinds(SAN_SALVADOR + body)) == count


def test_a_later_sentence_naming_one_town_of_the_list_goes_to_its_attack() -> None:
    text = (SAN_SALVADOR + "URBAN GUERRILLAS ATTACKED POLICE POSTS IN SANTA ANA, SONSONATE, AND "
            "AHUACHAPAN LAST NIGHT. A POLICEMAN WAS WOUNDED BY AN EXPLOSION IN SONSONATE.")
    doc = build_document(text)
    found = find_incidents(doc)
    assert [doc.text[f.scope.anchor.start:f.scope.anchor.end] for f in found] == \
        ["SANTA ANA", "SONSONATE", "AHUACHAPAN"]
    assert [1 in f.scope.sentences for f in found] == [False, True, False]


@pytest.mark.parametrize("body, count", [
    # a bomb that did not go off is keyed apart from one that did
    ("A BOMB EXPLODED AT A BANK IN HUANCAYO LAST NIGHT. THE BOMB SQUAD DEFUSED ANOTHER "
     "DEVICE NEAR THE MARKET.", 2),
    ("A BOMB EXPLODED AT A BANK IN HUANCAYO LAST NIGHT.\n\n   A DYNAMITE CHARGE WAS FOUND "
     "BEFORE IT EXPLODED AT A SCHOOL.", 2),
    # the device told again: the same bombing
    ("A BOMB EXPLODED AT A BANK IN HUANCAYO LAST NIGHT. THE BOMB HAD BEEN LEFT IN A CAR "
     "THAT WAS PARKED NEAR THE MARKET.", 1),
])
def test_a_bomb_that_did_not_go_off(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, count", [
    # victims told before, told again with 'also': the same attack
    ("GUNMEN SHOT DEAD THREE NUNS AT THEIR HOUSE IN SAN MIGUEL LAST NIGHT. THE NUNS WERE ALSO "
     "SHOT IN THE BACK FROM A DISTANCE.", 1),
    ("HIRED GUNMEN MURDERED A JUDGE AND HIS DRIVER IN BUGA LAST NIGHT.\n\n   THE TWO MEN ALSO "
     "KILLED THE JUDGE'S DRIVER, WHO TRIED TO FLEE.", 1),
    # a victim not told before: another attack
    ("HIRED GUNMEN MURDERED A JUDGE IN BUGA LAST NIGHT.\n\n   THE TWO MEN ALSO KILLED THE "
     "MAYOR'S DRIVER IN TULUA.", 2),
])
def test_victims_told_again_with_also(body: str, count: int) -> None:
    assert len(_kinds(WIRE.replace("LIMA", "BOGOTA") + body)) == count


@pytest.mark.parametrize("body, count", [
    # an indefinite 'an attack' with a day of its own, in a later paragraph: another attack
    ("A BOMB WENT OFF AT THE OFFICES OF THE LIBERAL PARTY IN TRUJILLO.\n\n   ON 1 MARCH A "
     "SENATOR ESCAPED UNHARMED FROM AN ATTACK ON HIS CAR NEAR PIURA.", 2),
    # 'the attack': the bombing told again, whatever day it gives
    ("A BOMB WENT OFF AT THE OFFICES OF THE LIBERAL PARTY IN TRUJILLO.\n\n   ON 1 MARCH A "
     "SENATOR LEFT THE OFFICES SHORTLY BEFORE THE ATTACK ON THE BUILDING.", 1),
])
def test_an_attack_with_a_day_of_its_own(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count
