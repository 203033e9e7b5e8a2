"""More than one act in one wire report (incidents._bystander_parts and the helpers added
with it).  All sentences are our own, written in news style."""
from __future__ import annotations

import pytest

from incidentcli.incidents import find_incidents
from incidentcli.pipeline import build_document

WIRE = "LIMA, 3 MAR 91 (EFE) -- [TEXT] "


def _kinds(text: str) -> list[str | None]:
    return [f.attack_type for f in find_incidents(build_document(text))]


@pytest.mark.parametrize("body, kinds", [
    # a kidnapping with others killed and wounded in it: the kidnapping and an attack
    ("THE POLICE SAID THAT ARMED MEN IN UNIFORM YESTERDAY KIDNAPPED A CANADIAN GEOLOGIST, "
     "KILLED A PERUVIAN GUIDE, AND WOUNDED A COOK AT THE MINING CAMP.",
     ["kidnapping", "armed_assault"]),
    ("DURING THE RAID THE BANKER'S ESCORT WAS KILLED AND HIS CHAUFFEUR BADLY INJURED, WHILE "
     "THE BANKER HIMSELF WAS ABDUCTED BY THE COMMANDO.", ["kidnapping", "armed_assault"]),
    # a kidnapping that describes a person in a relative clause: no attack of its own
    ("THE ARMY IS SEARCHING THE HILLS FOR THE MINE OWNER, WHO WAS APPARENTLY KIDNAPPED BY "
     "REBELS IN AN ASSAULT IN WHICH HIS DRIVER WAS KILLED AND A GUARD WOUNDED.",
     ["kidnapping"]),
    # the captive killed: one kidnapping, with the death as its outcome
    ("TWO UNION LEADERS WERE ABDUCTED AND LATER KILLED BY UNIDENTIFIED MEN IN HUANCAYO.",
     ["kidnapping"]),
    ("THE TRADER WHO WAS KIDNAPPED ON 2 MARCH WAS FOUND DEAD TODAY NEAR THE HIGHWAY.",
     ["kidnapping"]),
])
def test_kidnapping_with_others_struck(body: str, kinds: list[str]) -> None:
    assert _kinds(WIRE + body) == kinds


@pytest.mark.parametrize("body, kinds", [
    # acts of different kinds listed as items: one incident per kind
    ("A BUS DRIVER WAS SHOT DEAD IN CALI YESTERDAY BY TWO GUNMEN ON A MOTORCYCLE.  THE POLICE "
     "SAID THE GUNMEN ARE ALSO LINKED TO THE CAR BOMB ATTACK ON A RADIO STATION, TO THE THEFT "
     "OF TWO TRUCKS, AND TO THE MURDER OF JUDGE ANA MARIA TORRES.", ["armed_assault", "bombing"]),
    # the listed murder names another victim than the murder told before: three incidents
    ("FOUR MEN INVOLVED IN THE MURDER OF SENATOR JORGE LUIS PARRA WERE ARRESTED IN CALI TODAY.  "
     "THEY ARE ALSO LINKED TO THE CAR BOMB ATTACK ON A RADIO STATION, TO THE THEFT OF TWO "
     "TRUCKS, AND TO THE MURDER OF JUDGE ANA MARIA TORRES.",
     ["armed_assault", "armed_assault", "bombing"]),
    # a kidnapping and a murder of other victims, each its own item: two incidents, and the
    # murder's later sentences stay with the murder
    ("THE KIDNAPPING OF THREE NURSES AND THE MURDER OF A WEALTHY RANCHER IN PIURA THIS WEEK "
     "ALARMED THE REGION.  THE RANCHER WAS SHOT DEAD BY FOUR GUNMEN AT HIS FARM ON 2 MARCH.",
     ["armed_assault", "kidnapping"]),
    # the same victims kidnapped and murdered: one incident
    ("THE KIDNAPPING AND MURDER OF THREE NURSES IN PIURA THIS WEEK ALARMED THE REGION.",
     ["kidnapping"]),
    # the murder's item names the bombing that did it: one incident
    ("THE PARTY SPOKE TODAY.  IT CONDEMNED THE CURFEW AND THE MURDER OF NINE PEASANTS IN A "
     "BOMB ATTACK IN PIURA ON 2 MARCH.", ["bombing"]),
    # one act whose item names how it was done: one incident
    ("THE UNION BLAMED THE ARMY FOR THE MURDER OF SEVEN WORKERS IN A DYNAMITE ATTACK ON ITS "
     "OFFICES LAST WEEK.", ["bombing"]),
])
def test_acts_listed_as_items(body: str, kinds: list[str]) -> None:
    assert sorted(_kinds(WIRE + body)) == sorted(kinds)


@pytest.mark.parametrize("body, count", [
    # a victim named in the possessive, then an attack on another titled victim: two incidents
    ("THE MINISTRY SAID TODAY THAT MOST OF THOSE HELD SINCE SENATOR JORGE LUIS PARRA'S MURDER ON 2 "
     "MARCH ARE FREE.  THE JUDGES WENT ON STRIKE IN PROTEST OVER THE ASSASSINATION OF JUDGE ANA MARIA "
     "ROJAS IN CALI.", 2),
    # the same victim named again: one incident
    ("THE MINISTRY SAID TODAY THAT MOST OF THOSE HELD SINCE SENATOR JORGE LUIS PARRA'S MURDER ON 2 "
     "MARCH ARE FREE.  THE POLICE SAID THE ASSASSINATION OF SENATOR JORGE LUIS PARRA WAS ORDERED BY "
     "THE CARTEL.", 1),
    # a murder only planned: no attack on him, nothing to part
    ("GUNMEN SHOT DEAD JUDGE ANA MARIA ROJAS IN CALI YESTERDAY.  THE POLICE SAID THE SAME GANG "
     "IS NOW PLANNING SENATOR JORGE LUIS PARRA'S MURDER.", 1),
])
def test_possessive_victim_parts_incidents(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count


@pytest.mark.parametrize("body, kinds", [
    # a named person's killing recalled as a participle: an incident of its own, after the attack
    ("A BOMB EXPLODED EARLY TODAY AT THE OFFICES OF THE RADICAL PARTY, WHOSE FOUNDER IS THE "
     "RECENTLY MURDERED SENATOR JORGE LUIS PARRA.", ["bombing", "assassination"]),
    # nobody named: the bombing alone
    ("A BOMB EXPLODED EARLY TODAY AT THE HOUSE OF THE RECENTLY MURDERED MAYOR OF PIURA.",
     ["bombing"]),
    # recalled as a gerund after 'for': the group that owned up to a murder set off a bomb
    ("THE RED DAWN COMMAND, WHICH IN MAY CLAIMED RESPONSIBILITY FOR KILLING RETIRED COLONEL "
     "JORGE LUIS PARRA, TODAY SET OFF A BOMB AT A BANK IN PIURA.", ["bombing", "armed_assault"]),
    # the gerund with nobody named: the bombing alone
    ("THE RED DAWN COMMAND, WHICH IN MAY CLAIMED RESPONSIBILITY FOR KILLING SIX PEASANTS, "
     "TODAY SET OFF A BOMB AT A BANK IN PIURA.", ["bombing"]),
])
def test_recalled_killing_of_a_named_person(body: str, kinds: list[str]) -> None:
    assert _kinds(WIRE + body) == kinds


@pytest.mark.parametrize("body, count", [
    # a failed attempt to kidnap a named official and guests actually held: two incidents
    ("REBELS ATTEMPTED TO KIDNAP SENATOR JORGE LUIS PARRA AT A HOTEL IN PIURA TODAY.  TROOPS FOILED "
     "THE ATTEMPT, BUT THE REBELS THEN TOOK TWELVE GUESTS HOSTAGE ON THE FIFTH FLOOR.", 2),
    # the attempt alone: one incident
    ("REBELS ATTEMPTED TO KIDNAP SENATOR JORGE LUIS PARRA AT A HOTEL IN PIURA TODAY.  TROOPS FOILED "
     "THE ATTEMPT AND ARRESTED THREE OF THE ATTACKERS.", 1),
    # guests taken with nobody named as the target of the attempt: one incident
    ("REBELS ATTEMPTED TO KIDNAP SEVERAL BUSINESSMEN AT A HOTEL IN PIURA TODAY.  TROOPS FOILED "
     "THE ATTEMPT, BUT THE REBELS THEN TOOK TWELVE GUESTS HOSTAGE ON THE FIFTH FLOOR.", 1),
])
def test_tried_kidnapping_of_a_named_person(body: str, count: int) -> None:
    assert len(_kinds(WIRE + body)) == count
