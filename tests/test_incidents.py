"""Incident detection, primary incident, scopes and attack type (issue 6).

Every article here was written for these tests in news style."""
from __future__ import annotations

from datetime import date

import pytest

from incidentcli.document import Document
from incidentcli.incidents import find_cues, find_incidents

REF = date(2024, 5, 8)  # a Wednesday


def incidents(text: str, ref: date | None = REF):
    return find_incidents(Document(text=text, reference_date=ref))


def check_evidence(text, found):
    for inc in found:
        for span in inc.evidence.values():
            assert text[span.start:span.end] == span.text


# --- attack type, weapon, suicide: one cue each ---------------------------------------
@pytest.mark.parametrize("text, attack_type, weapon, suicide", [
    ("A suicide bomber blew himself up at a crowded market in the city, killing 14 people.",
     "bombing", "explosives", True),
    ("A car bomb exploded outside the ministry on Monday, wounding nine people.",
     "bombing", "explosives", None),
    ("Militants hurled a grenade at a police checkpoint late on Tuesday.",
     "bombing", "explosives", None),
    ("Gunmen shot dead the town's mayor as he left his office on Monday.",
     "assassination", "firearms", None),
    ("The provincial governor was assassinated in an ambush on Sunday.",
     "assassination", None, None),
    ("Gunmen opened fire on worshippers leaving a church, killing three.",
     "armed_assault", "firearms", None),
    ("Armed men abducted two engineers from a construction site on Monday.",
     "kidnapping", None, None),
    ("Rebels stormed the hotel and took 30 guests hostage, demanding the release of prisoners.",
     "hostage_taking", None, None),
    ("Four men hijacked a passenger bus on the highway and forced it to turn north.",
     "hijacking", "vehicle", None),
    ("Unknown attackers set fire to a school building overnight.",
     "facility_attack", "incendiary", None),
    ("Rebels burned two buses and a lorry on the highway on Monday.",
     "facility_attack", "incendiary", None),
    ("Saboteurs sabotaged the pylon feeding the city's power grid on Tuesday.",
     "facility_attack", None, None),
    ("Assailants attacked an electricity tower outside the town on Monday.",
     "facility_attack", None, None),
    ("A man stabbed two commuters at the station on Tuesday evening.",
     "armed_assault", "melee", None),
    ("Students were poisoned at a girls' school on Monday, and 40 were taken to hospital.",
     "unarmed_assault", "chemical", None),
])
def test_attack_type_cues(text, attack_type, weapon, suicide):
    found = incidents(text)
    assert len(found) == 1
    inc = found[0]
    assert inc.attack_type == attack_type
    assert inc.weapon == weapon
    assert inc.suicide is suicide
    assert inc.scope.primary is True
    assert "attack_type" in inc.evidence
    check_evidence(text, found)


# --- a coder's summary is one incident, typed by the strongest cue -------------------
def test_summary_is_one_incident_with_the_strongest_type():
    text = ("03/14/2019: Assailants attacked a village in the district. Three people were killed "
            "and two others were abducted in the attack. No group claimed responsibility.")
    found = incidents(text, None)
    assert len(found) == 1
    assert found[0].attack_type == "kidnapping"


# --- single incident: mentions of the same event merge -------------------------------
def test_mentions_of_one_bombing_merge():
    text = ("Bomb kills 12 at bus station\n\n"
            "A bomb exploded at the main bus station on Monday morning, killing 12 people. "
            "The blast shattered windows across the square. "
            "Police said the explosion was caused by a device hidden in a bag. "
            "The attack was the deadliest in the city this year.")
    found = incidents(text)
    assert len(found) == 1
    assert found[0].attack_type == "bombing"
    assert found[0].scope.sentences[0] == 0


# --- two incidents: another attack with its own place and toll ------------------------
def test_another_attack_is_a_second_incident():
    text = ("Suicide bombing at shrine kills 40\n\n"
            "A suicide bomber struck a crowded shrine on Saturday, killing at least 40 people. "
            "The blast wounded more than 90 others. "
            "It came two weeks after another attack on a police training centre in the same "
            "province killed 25 recruits. "
            "Officials said security at shrines would be reviewed.")
    found = incidents(text)
    assert len(found) == 2
    first, second = found
    assert first.scope.primary and not second.scope.primary
    assert first.attack_type == "bombing" and first.suicide is True
    assert 3 not in first.scope.sentences  # the other attack's sentence is not the shrine's
    assert 3 in second.scope.sentences
    check_evidence(text, found)


def test_an_earlier_attack_named_by_a_time_gap_is_a_second_incident():
    text = ("Truck bomb kills 20 in port city\n\n"
            "A truck bomb exploded at the port gate on Tuesday, killing 20 dock workers. "
            "The bombing came three days after gunmen raided a bank in the capital, killing "
            "four guards.")
    found = incidents(text)
    assert [f.attack_type for f in found] == ["bombing", "armed_assault"]
    assert found[1].scope.primary is False


def test_days_after_being_shot_is_the_same_incident():
    text = ("A man was shot in the chest outside a bar on Friday. "
            "He died in hospital two days after he was shot, police said.")
    assert len(incidents(text)) == 1


def test_wire_report_lists_events_of_different_kinds():
    text = ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN DOWNTOWN "
            "MEDELLIN, CAUSING SERIOUS DAMAGE. THE EXPLOSION SHATTERED WINDOWS IN NEARBY "
            "BUILDINGS. IN A SEPARATE INCIDENT, UNIDENTIFIED MEN KIDNAPPED A BUSINESSMAN IN "
            "CALI YESTERDAY.")
    found = incidents(text, date(1990, 3, 12))
    assert [f.attack_type for f in found] == ["bombing", "kidnapping"]


# --- no incident ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # policy
    "The cabinet approved a new budget for the police on Tuesday. Ministers said crime fell.",
    # trial / sentence
    "A court sentenced a man to life in prison on Monday for the 2019 bombing of a bus.",
    # anniversary
    "Hundreds gathered on Sunday to mark the anniversary of the massacre at the market.",
    # cumulative statistics
    "Over the past five years, more than 2,000 people have been killed in attacks in the region.",
    # analysis / plans
    "Analysts expect the group to plan more suicide bombings as it loses territory.",
    # weapons seized, no attack
    "Police seized rifles, grenades and explosives in a raid on a warehouse, officials said.",
])
def test_no_incident(text):
    assert incidents(text) == []


def test_wire_military_clash_is_not_an_incident():
    text = ("SAN SALVADOR, 5 FEB 90 (AFP) -- [TEXT] HEAVY CLASHES BETWEEN ARMY TROOPS AND "
            "GUERRILLAS WERE REPORTED TODAY IN THE NORTH OF THE COUNTRY. SEVEN SOLDIERS WERE "
            "KILLED IN THE FIGHTING.")
    assert incidents(text, date(1990, 2, 5)) == []


def test_cues_quote_the_input():
    text = "Gunmen opened fire on a bus, then set fire to it."
    for cue in find_cues(text):
        assert text[cue.start:cue.end] in ("Gunmen", "opened fire", "set fire to")


def test_scope_anchor_is_where_the_incident_is_first_reported():
    text = ("Blast kills 7 at wedding\n\n"
            "A bomb hidden in a car exploded outside a wedding hall on Friday, killing seven. "
            "Police said the device was detonated remotely.")
    (inc,) = incidents(text)
    assert inc.scope.anchor.text == "kills"
    assert inc.attack_type == "bombing" and inc.evidence["attack_type"].text == "Blast"
    assert inc.scope.sentences == [0, 1, 2]


def test_an_unspecific_attack_takes_its_kind_from_the_follow_up():
    text = ("There was a terrorist attack at the central market today. A bomb was thrown from "
            "a passing car into a crowd of shoppers.")
    (inc,) = incidents(text)
    assert inc.attack_type == "bombing"


def test_offsets_survive_text_whose_lower_case_is_longer():
    text = "İstanbul: a bomb exploded near İstiklal Avenue on Monday, killing three people."
    (inc,) = incidents(text)
    assert inc.attack_type == "bombing"
    check_evidence(text, [inc])


@pytest.mark.parametrize("text", [
    # hypothetical and planned attacks
    "Officials warned that militants could attack the city's power plants.",
    "The group is preparing an attack on the capital, intelligence sources said.",
    # metaphor, accident
    "Rising prices are a time bomb for the government, the opposition said.",
    "A gas explosion caused by a leak destroyed a house; officials called it an accident.",
    # abstaining from or suspending attacks, attacks of a year ago, figurative explosions
    "The rebels offered to suspend attacks on the power grid during the talks.",
    "The building was almost destroyed in a dynamite attack last year, the mayor said.",
    "A political crisis that has exploded in the capital worries the markets.",
])
def test_no_incident_in_hypothetical_or_figurative_sentences(text):
    assert incidents(text) == []


# --- wire reports (MUC-4 style, all capitals) ----------------------------------------
WIRE_REF = date(1990, 3, 12)


@pytest.mark.parametrize("text, attack_type", [
    # a counted plural reports particular attacks
    ("QUITO, 12 MAR 90 (EFE) -- [TEXT] TWO POWERFUL EXPLOSIONS OCCURRED LAST NIGHT IN THE "
     "CENTER OF GUAYAQUIL. FOUR PEOPLE WERE WOUNDED.", "bombing"),
    # a plural with a toll and a time of this report
    ("LIMA, 12 MAR 90 (AFP) -- [TEXT] THE MINISTER TONIGHT DEPLORED THE DYNAMITE ATTACKS "
     "AGAINST TWO BANKS IN HUANCAYO, WHICH KILLED THREE GUARDS.", None),
    # killing an office holder is an attack even when the only cue is 'killed'
    ("LIMA, 12 MAR 90 (EFE) -- [TEXT] GUERRILLAS HAVE KILLED THE MAYOR OF A SMALL ANDEAN "
     "TOWN, LOCAL RADIO STATIONS REPORTED TODAY.", "assassination"),
    # ... and so is killing civilians
    ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] AN ARMED GROUP KILLED FOUR PEASANTS ON A FARM NEAR "
     "SEGOVIA LAST NIGHT, THE POLICE REPORTED.", "armed_assault"),
])
def test_wire_particular_plurals_and_killings(text, attack_type):
    found = incidents(text, WIRE_REF)
    assert len(found) == 1
    if attack_type:
        assert found[0].attack_type == attack_type
    check_evidence(text, found)


@pytest.mark.parametrize("text", [
    "LIMA, 12 MAR 90 (EFE) -- [TEXT] THE MINISTER SPOKE ABOUT BOMBINGS AND KIDNAPPINGS IN "
    "THE COUNTRY.",
    "LIMA, 12 MAR 90 (EFE) -- [TEXT] POLICE FOUND TWO GRENADES AND A RIFLE IN A HOUSE TODAY.",
])
def test_wire_generic_plurals_are_no_incident(text):
    assert incidents(text, WIRE_REF) == []


@pytest.mark.parametrize("text, attack_type, evidence", [
    ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] REBELS SABOTAGED TWO POWER PYLONS NEAR CUCUTA "
     "TODAY WITH DYNAMITE, CAUSING A BLACKOUT.", "bombing", "DYNAMITE"),
    ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] REBELS SABOTAGED A TRAIN NEAR CUCUTA TODAY AND SET "
     "THE CARS ON FIRE.", "facility_attack", None),
    ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] REBELS SABOTAGED THE TELEPHONE EXCHANGE IN CUCUTA "
     "TODAY, CUTTING LINES TO THE COAST.", "armed_assault", None),
])
def test_wire_sabotage_is_coded_by_its_means(text, attack_type, evidence):
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == attack_type
    if evidence:
        assert inc.evidence["attack_type"].text == evidence
    check_evidence(text, [inc])


def test_a_plane_that_exploded_was_bombed_not_attacked_from_the_air():
    text = ("BOGOTA, 12 MAR 90 (AFP) -- [TEXT] A CARGO PLANE WAS DESTROYED EARLY THIS MORNING "
            "WHEN A BOMB EXPLODED AT THE AIRPORT OF MONTERIA.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "bombing"
    text = ("SAN SALVADOR, 12 MAR 90 (AFP) -- [TEXT] AIR FORCE PLANES BOMBED A VILLAGE IN "
            "CHALATENANGO TODAY, KILLING FOUR CIVILIANS.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "armed_assault"


def test_wire_definite_mention_refers_back_whatever_kind_it_names():
    text = ("LIMA, 12 MAR 90 (EFE) -- [TEXT] UNIDENTIFIED INDIVIDUALS ATTACKED THE OFFICES OF A "
            "MINING COMPANY IN HUANCAYO TODAY, INJURING A WATCHMAN. THE TERRORIST ATTACK "
            "OCCURRED AT 2200 WHEN TWO MEN ON A MOTORCYCLE THREW DYNAMITE AT THE BUILDING.")
    assert len(incidents(text, WIRE_REF)) == 1


def test_wire_also_with_an_attack_verb_is_another_incident():
    text = ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] GUERRILLAS DYNAMITED A BRIDGE IN ARAUCA "
            "TODAY. THE REBELS ALSO BLEW UP A SECTION OF THE OIL PIPELINE NEAR SARAVENA.")
    found = incidents(text, WIRE_REF)
    assert [f.attack_type for f in found] == ["bombing", "bombing"]
    # but an attack's further effect is the same incident
    text = ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK IN ARAUCA TODAY. "
            "THE BLAST ALSO KILLED A PASSERBY.")
    assert len(incidents(text, WIRE_REF)) == 1


@pytest.mark.parametrize("second, count", [
    # people doing another attack with 'also' and an active verb: another incident
    ("THE GUERRILLAS ALSO KILLED THE MAYOR OF SARAVENA IN HIS OFFICE.", 2),
    ("THE SAME GROUP ALSO ATTACKED THE TOWN HALL OF TAME WITH RIFLES.", 2),
    # a passive 'also attacked' adds a target to the attack told before
    ("THE OFFICES OF THE LIBERAL PARTY WERE ALSO ATTACKED BY THE REBELS.", 1),
    # more victims of the attack told before, or the attack itself: the same incident
    ("TWO OF THE JUDGE'S BODYGUARDS WERE ALSO KILLED.", 1),
    ("THE SHOOTING ALSO KILLED A PASSERBY.", 1),
])
def test_wire_also_killed_or_attacked(second, count):
    text = ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] UNIDENTIFIED GUNMEN SHOT DEAD A JUDGE IN ARAUCA "
            "TODAY. " + second)
    assert len(incidents(text, WIRE_REF)) == count


@pytest.mark.parametrize("text", [
    # the noun 'shot', not the verb
    "LIMA, 12 MAR 90 (EFE) -- [TEXT] THE MARCH ENDED PEACEFULLY AND NOT A SINGLE SHOT WAS "
    "FIRED, THE INTERIOR MINISTER SAID TODAY.",
    "SAN SALVADOR, 12 MAR 90 (AFP) -- [TEXT] THE COLONEL BOASTED THAT EVERY SHOT OF HIS "
    "MARKSMEN FOUND ITS TARGET DURING THE EXERCISES TODAY.",
    # protesters burning a flag or an effigy
    "TEGUCIGALPA, 12 MAR 90 (ACAN) -- [TEXT] HUNDREDS OF STUDENTS MARCHED TO THE EMBASSY "
    "TODAY, WHERE THE DEMONSTRATORS BURNED A FLAG AND SHOUTED SLOGANS.",
    "LA PAZ, 12 MAR 90 (EFE) -- [TEXT] THE STRIKING MINERS BURNED AN EFFIGY OF THE MINISTER "
    "IN FRONT OF THE GOVERNMENT PALACE TODAY.",
])
def test_wire_reports_without_an_attack_shot_noun_and_protests(text):
    assert incidents(text, WIRE_REF) == []


def test_wire_shot_verb_and_arson_still_anchor():
    text = ("LIMA, 12 MAR 90 (EFE) -- [TEXT] TERRORISTS SHOT A POLICEMAN IN HUANCAYO TODAY.")
    assert len(incidents(text, WIRE_REF)) == 1
    text = ("LIMA, 12 MAR 90 (EFE) -- [TEXT] TERRORISTS BURNED THREE BUSES IN HUANCAYO TODAY.")
    assert [f.attack_type for f in incidents(text, WIRE_REF)] == ["facility_attack"]


@pytest.mark.parametrize("text, count", [
    # 'killed' alone in a wire report: an attack when gunmen or assassins did it
    ("MEDELLIN, 12 MAR 90 (EFE) -- [TEXT] HIRED KILLERS ON A MOTORCYCLE TODAY KILLED A "
     "LAWYER OUTSIDE HIS HOME IN ENVIGADO.", 1),
    # ... not when soldiers and rebels fight
    ("SAN SALVADOR, 12 MAR 90 (AFP) -- [TEXT] TWO REBELS WERE KILLED WHEN TROOPS ATTACKED A "
     "GUERRILLA CAMP NEAR SUCHITOTO TODAY.", 0),
])
def test_wire_killed_by_terror_agent_as_subject(text, count):
    assert len(incidents(text, WIRE_REF)) == count


@pytest.mark.parametrize("text, count", [
    # a Nicaraguan or Panamanian victim of an attack in a country the wire reports cover
    ("TEGUCIGALPA, 12 MAR 90 (ACAN) -- [TEXT] A NICARAGUAN DIPLOMAT WAS SHOT DEAD BY "
     "UNIDENTIFIED GUNMEN IN TEGUCIGALPA TODAY.", 1),
    # an attack in Nicaragua or Panama, or by their forces: outside the wire reports' scope
    ("SAN JOSE, 12 MAR 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A JUDGE IN NICARAGUA TODAY.", 0),
    ("TEGUCIGALPA, 12 MAR 90 (ACAN) -- [TEXT] NICARAGUAN TROOPS BOMBED A HONDURAN VILLAGE "
     "NEAR THE BORDER TODAY.", 0),
])
def test_wire_nicaragua_and_panama_only_as_the_place(text, count):
    assert len(incidents(text, WIRE_REF)) == count


def test_threats_are_incidents_in_wire_reports_only():
    text = ("BOGOTA, 12 MAR 90 (EFE) -- [TEXT] THE EXTRADITABLES HAVE THREATENED TO KILL TEN "
            "JUDGES IN MEDELLIN, A COURT SPOKESMAN REPORTED TODAY.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "armed_assault"
    assert inc.evidence["attack_type"].text.startswith("THREATENED")
    text = "The gang had threatened to kill the shop owner last year, neighbours said."
    assert incidents(text) == []


# threats told in other words: victims threatened (passive), threats issued or made over a
# line, a threat to blow something up (a bombing threatened)
@pytest.mark.parametrize("text, attack_type, evidence", [
    ("QUITO, 12 MAR 90 (EFE) -- [TEXT] SEVERAL GUAYAQUIL JOURNALISTS HAVE BEEN THREATENED "
     "BY AN UNKNOWN GROUP, THE EDITOR OF THEIR DAILY SAID TODAY.", "armed_assault",
     "JOURNALISTS HAVE"),
    ("LA PAZ, 12 MAR 90 (EFE) -- [TEXT] THE UNION SAID THAT THREATS WERE MADE AGAINST ITS "
     "SECRETARY GENERAL AFTER THE MINERS' MARCH ON TUESDAY.", "armed_assault", "THREATS WERE"),
    ("LIMA, 12 MAR 90 (EFE) -- [TEXT] A REBEL CELL HAS THREATENED TO BLOW UP THE POWER "
     "PLANT IN HUANCAYO IF THE ELECTIONS ARE HELD ON SUNDAY.", "bombing", "THREATENED TO BLOW"),
    ("GUATEMALA CITY, 12 MAR 90 (ACAN) -- [TEXT] A GROUP OF GUNMEN HAS THREATENED THE LIVES "
     "OF TWO OPPOSITION DEPUTIES, THE CONGRESS PRESIDENT DENOUNCED TODAY.", "armed_assault",
     "THREATENED THE LIVES"),
])
def test_wire_threats_in_other_words(text, attack_type, evidence):
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == attack_type
    assert inc.evidence["attack_type"].text.startswith(evidence.split()[0])
    check_evidence(text, [inc])


def test_threat_words_do_not_anchor_in_news():
    text = "Two reporters at the paper have been threatened by a local gang, the editor said."
    assert incidents(text) == []


def test_wire_sentence_opening_on_another_place_is_another_incident():
    text = ("LIMA, 12 MAR 90 (EFE) -- [TEXT] TERRORISTS SET FIRE TO A BANK IN HUANCAYO LAST "
            "NIGHT. IN TARMA, THE TERRORISTS SET FIRE TO THE OFFICES OF A COOPERATIVE.")
    assert len(incidents(text, WIRE_REF)) == 2
    text = ("LIMA, 12 MAR 90 (EFE) -- [TEXT] TERRORISTS SET FIRE TO A BANK IN HUANCAYO LAST "
            "NIGHT. IN THE LAST 24 HOURS, THE FIRE DESTROYED THE BUILDING.")
    assert len(incidents(text, WIRE_REF)) == 1


def test_wire_lead_mention_reports_the_event():
    text = ("SANTIAGO, 12 MAR 90 (EFE) -- [TEXT] THE BOMB ATTACK ON THE CULTURAL INSTITUTE IN "
            "SANTIAGO IS CONSIDERED A GRAVE ACT BY THE GOVERNMENT.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "bombing"


@pytest.mark.parametrize("text", [
    # a speech or communique quoted in a wire report: words about attacks, not news of one
    'LIMA, 10 MAR 90 -- THE MINISTER SAID: "THE TERRORISTS HAVE MURDERED OUR MAYORS AND '
    'BOMBED OUR BRIDGES."',
    # the armed forces bombing guerrilla positions: war, not terrorism
    "SAN SALVADOR, 10 MAR 90 -- THE AIR FORCE BOMBED GUERRILLA POSITIONS NEAR THE VOLCANO "
    "THIS AFTERNOON.",
    # a running total since a month: statistics, not one event
    "BOGOTA, 10 MAR 90 -- POLICE SAID 40 PEOPLE HAVE BEEN KIDNAPPED IN THE PROVINCE SINCE "
    "JANUARY.",
])
def test_wire_quotes_air_raids_on_positions_and_running_totals_are_no_incident(text):
    assert incidents(text, WIRE_REF) == []


def test_wire_attack_told_outside_quotes_is_an_incident():
    text = ('LIMA, 10 MAR 90 -- TERRORISTS BOMBED A BRIDGE IN HUANCAYO TODAY.  THE MAYOR SAID: '
            '"WE WILL REBUILD IT."')
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "bombing"


@pytest.mark.parametrize("text", [
    # a speaker recalling attacks of the past
    "BOGOTA, 10 MAR 90 -- [TEXT] LET US RECALL THE BOMB THAT EXPLODED IN THE NEWSPAPER "
    "BUILDING AND THE MURDER OF THE EDITOR.",
    # arms seized in a raid: no attack
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] POLICE CONFISCATED 12 RIFLES, 30 GRENADES AND "
    "DETONATING CAPS IN A HOUSE IN SOYAPANGO TODAY.",
    # a figure of speech
    "LA PAZ, 10 MAR 90 -- [TEXT] THE MINISTER WARNED TODAY OF A SOCIAL EXPLOSION IF WAGES "
    "ARE NOT RAISED.",
    # attacks in general, not one of them: present perfect of 'they'/'who', vague victims
    "LIMA, 10 MAR 90 -- [TEXT] THE SENATOR SAID THE TERRORISTS ARE COWARDS WHO HAVE "
    "MURDERED MAYORS AND JUDGES.",
    "LIMA, 10 MAR 90 -- [TEXT] THE BISHOP SAID TODAY THAT MANY PEOPLE WERE KILLED IN THOSE "
    "YEARS OF VIOLENCE.",
])
def test_wire_recollections_seizures_and_generalities_are_no_incident(text):
    assert incidents(text, WIRE_REF) == []


def test_wire_past_perfect_of_one_victim_is_still_an_incident():
    text = ("BOGOTA, 10 MAR 90 -- [TEXT] A JUDGE WHO HAD BEEN KIDNAPPED ON 2 MARCH WAS FOUND "
            "DEAD IN MEDELLIN TODAY.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "kidnapping"


@pytest.mark.parametrize("text", [
    # the army's own losses and a repelled assault: war, not terrorism
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] THE ARMY SUFFERED SIX DEAD WHEN REBELS ATTACKED NEAR "
    "THE DAM TODAY.",
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] TROOPS REPELLED AN ATTACK ON THE TOWN OF BERLIN TODAY.",
    # a military unit attacked; a guerrilla war report in the first person
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] A MILITARY CONVOY WAS ATTACKED ON THE HIGHWAY TODAY.",
    "CLANDESTINE, 10 MAR 90 -- [TEXT] OUR UNITS AMBUSHED A COLUMN ON THE HIGHWAY TODAY, "
    "KILLING NINE.",
    # rebels firing on an army helicopter
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] REBELS OPENED FIRE ON A MILITARY HELICOPTER OVER "
    "GUAZAPA TODAY.",
])
def test_wire_army_losses_and_first_person_war_reports_are_no_incident(text):
    assert incidents(text, WIRE_REF) == []


@pytest.mark.parametrize("text", [
    "The opposition leader was criticised for calling for the assassination of the minister.",
    "New rules aim to prevent witnesses from being murdered before they testify.",
    "The rebels said on Monday they had ceased all bombing of oil installations.",
])
def test_calls_for_and_prevention_of_attacks_are_no_incident(text):
    assert incidents(text) == []


def test_wire_possessive_mention_names_its_victim():
    text = ("SAN SALVADOR, 10 MAR 90 -- [TEXT] AFTER LEARNING OF THE SENATOR'S ASSASSINATION, THE "
            "PARTY SUSPENDED ITS CAMPAIGN.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "assassination"
    # 'their' names no victim
    text = ("SAN SALVADOR, 10 MAR 90 -- [TEXT] THE MINISTER SPOKE TO THE ASSEMBLY TODAY. HE "
            "SPOKE OF THE REBELS AND THEIR VIOLENT ATTACK.")
    assert incidents(text, WIRE_REF) == []


def test_wire_quoted_report_of_an_attack_today_is_an_incident():
    text = ('BOGOTA, 10 MAR 90 -- [TEXT] THE RADIO REPORT ADDS THAT "TODAY A CAR BOMB WENT OFF '
            'OUTSIDE A BANK IN CALI."')
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "bombing"


def test_wire_unspecific_attack_takes_the_kind_told_next():
    text = ("LIMA, 10 MAR 90 -- [TEXT] POLICE CONFIRMED THAT THE TERRORIST ATTACK OCCURRED AT 0500 "
            "TODAY IN HUANCAYO. A CHARGE HIDDEN IN A PARKED VAN WENT OFF AS A PATROL PASSED, "
            "WOUNDING THREE AGENTS.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "bombing"


def test_wire_same_kind_of_attack_in_another_town_is_another_incident():
    text = ("BOGOTA, 10 MAR 90 -- [TEXT] A JUDGE WAS SHOT DEAD IN MEDELLIN THIS MORNING AS HE LEFT "
            "HIS HOME. LATER TODAY, A POLICE INSPECTOR WAS SHOT DEAD BY HIRED GUNMEN IN CALI.")
    found = incidents(text, WIRE_REF)
    assert len(found) == 2
    # a follow-up in the same town is the same incident
    text = ("BOGOTA, 10 MAR 90 -- [TEXT] A JUDGE WAS SHOT DEAD IN MEDELLIN THIS MORNING AS HE LEFT "
            "HIS HOME. WITNESSES SAID TWO GUNMEN SHOT HIM FIVE TIMES IN MEDELLIN.")
    assert len(incidents(text, WIRE_REF)) == 1


@pytest.mark.parametrize("text", [
    # habitual: an army 'that has killed', helicopters 'have been bombing'
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] THE BISHOP CONDEMNED AN ARMY THAT HAS KILLED PRIESTS "
    "AND TEACHERS.",
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] THE REBELS SAID THE HELICOPTERS HAVE BEEN BOMBING "
    "VILLAGES IN THE NORTH.",
    # statistics: tens of attacks, the number of victims
    "BOGOTA, 10 MAR 90 -- [TEXT] THE CARTEL HAS SET OFF 45 BOMBS IN THE CAPITAL, THE MINISTER "
    "SAID TODAY.",
    "BOGOTA, 10 MAR 90 -- [TEXT] THE ARMY WILL RELEASE THE NUMBER OF REBELS KILLED TODAY.",
    "LIMA, 10 MAR 90 -- [TEXT] THE ENGINEERS SAID THEY HAVE BEEN HELD HOSTAGE SINCE THE STRIKE "
    "BEGAN.",
])
def test_wire_habits_and_statistics_are_no_incident(text):
    assert incidents(text, WIRE_REF) == []


def test_to_the_attack_is_a_noun_not_an_infinitive():
    text = ("Residents woke to the shooting of two guards outside the bank on "
            "Monday, which left one of them dead.")
    (inc,) = incidents(text)
    assert inc.attack_type == "armed_assault"
    # but 'to attack' is an infinitive: a plan, not an event
    assert incidents("The group said it planned to attack the embassy next week.") == []


def test_news_attack_typed_by_the_explosives_it_used():
    text = ("05/02/2019: Assailants attacked a police post in the district. Investigators said "
            "explosives had been used. No group claimed responsibility.")
    (inc,) = incidents(text, None)
    assert inc.attack_type == "bombing"


def test_wire_indefinite_attack_on_names_no_event():
    text = ("LA PAZ, 10 MAR 90 -- [TEXT] THE CONGRESS MET TODAY. THE SENATOR CALLED THE DECREE "
            "AN ATTACK ON THE PRESS AND ON THE UNIONS.")
    assert incidents(text, WIRE_REF) == []
    text = ("LA PAZ, 10 MAR 90 -- [TEXT] THE CONGRESS MET TODAY. THE SENATOR CONDEMNED THE "
            "ATTACK ON THE MAYOR OF ORURO.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "armed_assault"


def test_wire_attacked_by_unidentified_men_is_an_incident():
    text = ("LIMA, 10 MAR 90 -- [TEXT] A POLICE STATION IN THE TOWN OF JUNIN WAS ATTACKED LAST "
            "NIGHT BY UNIDENTIFIED MEN.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "armed_assault"


@pytest.mark.parametrize("text", [
    "BOGOTA, 10 MAR 90 -- [TEXT] A DRUG BOSS WAS KILLED TODAY DURING A POLICE OPERATION ON A "
    "RANCH NEAR TOLU.",
    "SAN SALVADOR, 10 MAR 90 -- [TEXT] THE REBELS SAID THEY INFLICTED 12 CASUALTIES ON THE ARMY "
    "WHEN MINES EXPLODED ON THE ROAD TO SUCHITOTO TODAY.",
])
def test_wire_deaths_in_operations_and_army_casualties_are_combat(text):
    assert incidents(text, WIRE_REF) == []


def test_wire_army_troops_bombing_a_village_is_an_attack():
    text = ("SAN SALVADOR, 10 MAR 90 -- [TEXT] WITNESSES SAID ARMY TROOPS BOMBED THE SCHOOL IN "
            "THE VILLAGE OF SAN JOSE TODAY, KILLING TWO TEACHERS.")
    (inc,) = incidents(text, WIRE_REF)
    assert inc.attack_type == "armed_assault"
