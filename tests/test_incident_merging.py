"""When a wire report's later sentences tell more of an attack already told rather than
another attack (incidents._group and its helpers).  All sentences are our own, in news style.
"""
from __future__ import annotations

import pytest

from incidentcli.incidents import find_incidents
from incidentcli.pipeline import build_document

WIRE = "LIMA, 3 MAR 91 (EFE) -- [TEXT] "


def _count(body: str) -> int:
    return len(find_incidents(build_document(WIRE + body)))


@pytest.mark.parametrize("body, count", [
    # 'another' as a pronoun or a count: more of the attack just told
    ("THE GOVERNMENT WILL NAME THOSE RESPONSIBLE FOR THE MURDER OF FIVE TEACHERS IN HUANTA. "
     "A POLICE SPOKESMAN SAID THAT TWO SQUADS TOOK PART, ONE THAT MURDERED THE TEACHERS AND "
     "ANOTHER THAT MURDERED THREE FARMHANDS.", 1),
    ("THE RIGHTIST DEATH SQUAD HAS MURDERED LAWYERS IN HUANTA. THE SQUAD WAS BEHIND THE RECENT "
     "KILLINGS IN WHICH SIX LAWYERS WERE SHOT DEAD AND ANOTHER 4 WERE KILLED WITH MACHETES.", 1),
    # the attackers' vehicle
    ("A JUDGE WAS WOUNDED TODAY WHEN SHOTS WERE FIRED AT HIS CAR NEAR PIURA. THE JUDGE WAS "
     "DRIVING TO HIS OFFICE WHEN GUNMEN IN ANOTHER CAR OPENED FIRE.", 1),
    # one more victim of the attack told
    ("GUNMEN ATTACKED A POLICE STATION IN PIURA LAST NIGHT AND KILLED A GUARD. THERE WAS "
     "ANOTHER GUARD WOUNDED IN THE ATTACK.", 1),
    # still another attack
    ("A BOMB EXPLODED AT A BANK IN PIURA LAST NIGHT. ANOTHER BOMB EXPLODED AT A SCHOOL IN "
     "PIURA.", 2),
    ("GUNMEN SHOT DEAD A JUDGE IN PIURA YESTERDAY. ANOTHER JUDGE WAS KILLED IN TUMBES ON "
     "1 MARCH.", 2),
])
def test_another_telling_more_of_the_same_attack(body: str, count: int) -> None:
    assert _count(body) == count


@pytest.mark.parametrize("body, count", [
    # the town of the attack named again after a preposition: not an attack elsewhere
    ("FOUR PEOPLE WERE KILLED TODAY IN A BOMB ATTACK ON A FARMHOUSE IN THE TOWN OF HUARAZ. "
     "THE ARMY SAID THE ATTACK WAS THE WORK OF REBELS WHO PLANTED THE BOMB AT THE HOME OF A "
     "FARMER IN CARHUAZ, A FEW KILOMETERS FROM HUARAZ.", 1),
    # another town only: another attack
    ("FOUR PEOPLE WERE KILLED TODAY IN A BOMB ATTACK ON A FARMHOUSE IN THE TOWN OF HUARAZ. "
     "REBELS ALSO PLANTED A BOMB AT THE HOME OF A FARMER IN CARHUAZ.", 2),
])
def test_the_town_of_the_attack_named_again(body: str, count: int) -> None:
    assert _count(body) == count


@pytest.mark.parametrize("body, count", [
    # a plain word ('FIVE OF THEM') is no town: the victims told again in no other place
    ("GUNMEN MURDERED SIX TEACHERS IN PIURA ON 1 MARCH. THE DELEGATION CAME TO PERU AFTER SIX "
     "TEACHERS, FIVE OF THEM WOMEN, WERE MURDERED BY MEN IN UNIFORMS.", 1),
    ("THE OFFICIALS CONDEMNED THE MURDER OF SIX TEACHERS IN PIURA ON 1 MARCH. THEY ARRIVED "
     "AFTER SIX TEACHERS, FOUR OF THEM FROM LIMA, WERE MURDERED BY MEN IN UNIFORMS.", 1),
])
def test_a_plain_word_is_no_town(body: str, count: int) -> None:
    assert _count(body) == count


@pytest.mark.parametrize("body, count", [
    # the day of a telling ('CONFIRMATION YESTERDAY OF ...') is not the attack's
    ("THE GOVERNMENT ASKED FOR HELP IN FREEING A BUSINESSMAN KIDNAPPED LAST TUESDAY BY REBELS. "
     "THE MINISTRY RECEIVED CONFIRMATION YESTERDAY OF THE BUSINESSMAN'S KIDNAPPING.", 1),
    ("THE EMBASSY ASKED FOR HELP IN FREEING ENGINEER JOSE PEREZ, KIDNAPPED LAST TUESDAY BY "
     "REBELS. THE EMBASSY RECEIVED CONFIRMATION YESTERDAY OF PEREZ'S KIDNAPPING.", 1),
    # the day of a search for the attackers ('TODAY POLICE BEGAN TO INVESTIGATE THE ATTACK')
    ("A BOMB DAMAGED THE FRONT OF A BANK IN PIURA LAST NIGHT. TODAY POLICE UNITS BEGAN TO "
     "INVESTIGATE THE ATTACK.", 1),
    # a day of its own after the attack's noun: another kidnapping
    ("REBELS KIDNAPPED A BUSINESSMAN IN PIURA LAST TUESDAY. ON 1 MARCH REBELS KIDNAPPED A "
     "JUDGE IN TUMBES.", 2),
])
def test_the_day_of_a_telling(body: str, count: int) -> None:
    assert _count(body) == count


@pytest.mark.parametrize("body, count", [
    # an indefinite mention of an attack placed in another town: another attack
    ("THE BISHOP OF HUARAZ SAID TODAY THAT FIVE PEOPLE WERE KILLED WHEN THE VILLAGE OF YUNGAY "
     "WAS ATTACKED FROM THE AIR. THE REBELS ALSO DENOUNCED A REPORTED BOMBING OF THE TOWN OF "
     "CARHUAZ, WHICH THE ARMY HAS DENIED.", 2),
    # in the attack's own town: the same attack
    ("THE BISHOP SAID TODAY THAT FIVE PEOPLE WERE KILLED WHEN THE VILLAGE OF YUNGAY WAS "
     "ATTACKED FROM THE AIR. THE REBELS ALSO DENOUNCED A REPORTED BOMBING OF THE VILLAGE OF "
     "YUNGAY, WHICH THE ARMY HAS DENIED.", 1),
])
def test_an_indefinite_mention_elsewhere(body: str, count: int) -> None:
    assert _count(body) == count


@pytest.mark.parametrize("body, count", [
    # a later paragraph telling 'a new attack' with a day of its own, on a target named
    # with the attack's own names (not English words): the attack told again
    ("REBELS ATTACKED THE OIL PIPELINE THAT RUNS BETWEEN TUMBES AND PAITA. THE TERRORIST "
     "ATTACK TOOK PLACE IN SULLANA, WHERE THE PIPELINE WAS DYNAMITED.\n\n   [BEGIN RECORDING] "
     "A NEW ATTACK WAS CARRIED OUT LAST NIGHT AGAINST THE PIPELINE FROM TUMBES TO PAITA.", 1),
    # on another target: another attack
    ("REBELS ATTACKED THE OIL PIPELINE THAT RUNS BETWEEN TUMBES AND PAITA. THE TERRORIST "
     "ATTACK TOOK PLACE IN SULLANA, WHERE THE PIPELINE WAS DYNAMITED.\n\n   [BEGIN RECORDING] "
     "A NEW ATTACK WAS CARRIED OUT LAST NIGHT AGAINST THE POWER LINES IN CHICLAYO.", 2),
])
def test_a_new_dated_mention_of_the_same_target(body: str, count: int) -> None:
    assert _count(body) == count
