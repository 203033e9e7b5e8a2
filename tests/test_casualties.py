"""Killed and wounded as articles state them (issue 3): sentences we wrote in news style.

Each row: text, expected killed, expected wounded.  A count is
(value, min, max, qualifier, perpetrators); None means the field stays empty (null).
"""
import pytest

from incidentcli.casualties import find_casualties
from incidentcli.document import Scope
from incidentcli.pipeline import build_document


def casualties(text):
    doc = build_document(text)
    scope = Scope(sentences=list(range(len(doc.sentences))))
    return doc, find_casualties(doc, scope)


def as_tuple(count):
    if count.is_empty():
        return None
    return (count.value, count.min, count.max, count.qualifier, count.perpetrators)


EXACT = "exact"


def C(value, min=None, max=None, q=EXACT, perps=None):
    """An expected count: (value, min, max, qualifier, perpetrators)."""
    return (value, min, max, q, perps)


ZERO = C(0)

ROWS = [
    # --- number forms ---
    ("Gunmen killed 12 villagers in the market.", C(12), ZERO),
    ("Twelve villagers were killed and twenty-one were wounded.",
     C(12), C(21)),
    ("THREE PEASANTS WERE KILLED AND TWO OTHERS WERE WOUNDED BY THE TERRORISTS.",
     C(3), C(2)),
    ("A dozen shoppers were killed in the blast.", C(12), ZERO),
    ("The bombing killed 1,200 people, officials said.", C(1200), ZERO),
    ("Between 10 and 15 people were killed in the raid.", C(None, min=10, max=15, q="range"), ZERO),
    ("The blast killed at least 52 people and wounded more than 105 others.",
     C(52, min=52, q="at_least"), C(105, min=106, q="more_than")),
    ("Nearly 40 people died and about 30 were hurt.",
     C(40, q="about"), C(30, q="about")),
    ("Up to 12 miners were injured in the attack.", ZERO, C(12, max=12, q="at_most")),
    ("Dozens of people were wounded when the bomb went off.", ZERO, C(None, min=24, q="vague")),
    # --- ways of saying it ---
    ("The car bomb left 3 dead outside the ministry.", C(3), ZERO),
    ("The explosion claimed the lives of seven pilgrims.", C(7), ZERO),
    ("A roadside bomb hit the convoy. 12 dead and 30 injured, police said.",
     C(12), C(30)),
    ("A man was shot dead outside his shop on Tuesday.", C(1), ZERO),
    ("Two policemen and a civilian were killed in the ambush.", C(3), ZERO),
    ("Four miners were hospitalised with gunshot wounds after the raid.",
     ZERO, C(4)),
    ("Gunmen shot and wounded two guards at the gate.", ZERO, C(2)),
    ("Five people were hurt when the grenade exploded.", ZERO, C(5)),
    ("Rebels ambushed a truck, killing a driver and injuring four passengers.",
     C(1), C(4)),
    ("Saleh Amin, a village elder, was killed in the attack.", C(1), ZERO),
    ("The mayor and his two bodyguards died when their car was ambushed.",
     C(3), ZERO),
    ("Shooting at a bar leaves one dead, four injured.", C(1), C(4)),
    ("Shooting leaves 1 killed 3 injured", C(1), C(3)),
    ("Three men were shot late Friday and one of them died at the hospital.",
     C(1), C(2)),
    ("Darnell Rowe, 24, and Keisha Bell, 31, were shot and killed outside the club.",
     C(2), ZERO),
    # --- who is one person, who is a list ---
    ("Two civilians, Hamid Rauf and Nasir Karimi, were injured in the blast.",
     ZERO, C(2)),
    ("Three others, two men and a woman in their twenties, were wounded.",
     ZERO, C(3)),
    ("Two teenagers, one 16 and the other 17, were shot and wounded.",
     ZERO, C(2)),
    ("Two policemen, a soldier and a civilian were killed.", C(4), ZERO),
    ("One teacher, identified as Peter Mbah, was killed in the attack.",
     C(1), ZERO),
    # a noun phrase read forward ends at a semicolon or at the verb of its own clause
    ("Mourners marked the murder of Judge Alvarez; however, the inquiry has stalled.", C(1), ZERO),
    ("THE ASSASSINATION OF THE GOVERNOR SHOCKED THE PROVINCE.", C(1), None),
    ("The explosion that killed Maria Lopez also left her two sons with burns.", C(1), ZERO),
    ("Police said the gunshot wounds he suffered were not life-threatening.", None, None),
    # a singular verb after descriptions strung with commas: one person
    ("Okafor, the head of the council and a former teacher, was killed in the raid.", C(1), ZERO),
    ("At least one person, a hospital guard, was killed.", C(1, min=1, q="at_least"), ZERO),
    ("A driver and one passenger was wounded in the blast.", ZERO, C(2)),
    # a possessive names one victim ("the mayor's murder"), unless it is a compound or a plural
    ("Courts closed for a week after Judge Osei's murder.", C(1), ZERO),
    ("THE UNIONS MARCHED TO PROTEST MENDOZA'S ASSASSINATION.", C(1), None),
    ("Prosecutors opened Karimi's murder trial on Monday.", None, None),
    ("THE STUDENTS' MURDER WAS CONDEMNED BY THE CHURCH.", None, None),
    # a negated subject or object states none
    ("Neither the clerk nor her husband was hurt in the robbery.", ZERO, ZERO),
    ("The grenade damaged two shops but injured no one.", ZERO, ZERO),
    ("No passengers were hurt in the crash.", ZERO, ZERO),
    # how badly, or the next clause, is no more people
    ("The blast wounded 23 people, some seriously, at the depot.", ZERO, C(23)),
    ("The mortar hit the market, wounding six vendors and causing heavy damage.", ZERO, C(6)),
    ("The bomb went off at noon, injuring only three people, but wrecking the hall.", ZERO, C(3)),
    # "one of the N ... killed" counts the group; "would have killed" did not happen
    ("Father Ruiz, one of the four priests murdered last week, founded the school.", C(4), ZERO),
    ("One of the people killed was a teacher. The bomb left five people dead.", C(5), ZERO),
    ("Had the fuse worked, the device would have killed dozens of shoppers.", None, None),
    # a murder-suicide: the killer died too
    ("Police said a woman was found dead at her home in what they called a murder-suicide.",
     C(1, perps=1), ZERO),
    ("A man and his wife died in a murder/suicide on Elm Street.", C(1, perps=1), ZERO),
    # what nearly happened, or happened in another year, is no count
    ("The driver almost lost his life in the crash.", None, None),
    ("The guard was nearly killed by the blast.", None, None),
    ("Her brother was shot dead outside the same bar in March 2011.", None, None),
    ("The corner is known for the 2009 murder of a shop owner.", None, None),
    # "no victims" wordings
    ("A BOMB WENT OFF OUTSIDE THE TAX OFFICE. POLICE REPORTED NO VICTIMS.", ZERO, ZERO),
    ("The grenade shattered windows but there were no victims.", ZERO, ZERO),
    ("Officials said there was no loss of life in the fire.", ZERO, ZERO),
    ("The guard was rushed to hospital, where he passed away on Sunday.", C(1), ZERO),
    ("Both bodies were recovered from the river on Friday.", C(2), ZERO),
    ("THE CITY WAS CALM: NOT A SINGLE PERSON WAS KILLED OVER THE HOLIDAY.", ZERO, ZERO),
    ("Two men stabbed a cashier and a customer before fleeing.", ZERO, C(2)),
    # a bare title before a name or another title is no person of its own
    ("Gunmen shot dead Senator and party chairman Okoye outside his home.", C(1), ZERO),
    ("RAMOS, MAYOR AND FORMER JUDGE, WAS KILLED IN THE AMBUSH.", C(1), None),
    ("A mayor and a judge were killed in the ambush.", C(2), ZERO),
    # commas with no "and": descriptions of one person, not a list
    ("A second reporter, Ana Ruiz, a camera operator for a local station, died on Sunday.", C(1), ZERO),
    # wire text (all caps): a count of one kind says nothing of the other, unless it is none
    ("THE MAYOR, A FORMER ARMY OFFICER, WAS KILLED BY GUNMEN.", C(1), None),
    ("GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE BRIDGE; FOUR SOLDIERS WERE WOUNDED.", None, C(4)),
    ("A BOMB EXPLODED OUTSIDE THE BANK LAST NIGHT, BUT NO ONE WAS KILLED.", ZERO, ZERO),
    ("The minister was murdered in his car. Two of his bodyguards were also killed.",
     C(3), ZERO),
    ("The judge was killed outside the court, along with two of his guards.",
     C(3), ZERO),
    ("Gunmen abducted four engineers near the dam. The engineers were shot dead the next day.",
     C(4), ZERO),
    ("Four teenagers were shot, one fatally, outside the school.",
     C(1), C(3)),
    ("Police are investigating the fatal shooting of a man on Oak Street.", C(1),
     ZERO),
    ("Police are investigating a fatal shooting on Oak Street.", C(1, min=1, q="at_least"),
     ZERO),
    ("Officers arrived to find a man shot to death in the hallway.", C(1),
     ZERO),
    ("Three people were taken to the hospital after the shooting; one of them died.",
     C(1), C(2)),
    ("Jamal Reed, 25, of Dayton, was pronounced dead at the scene.", C(1),
     ZERO),
    # --- attackers apart ---
    ("The gunman opened fire in the hall, killing himself and 4 others.",
     C(4, perps=1), ZERO),
    ("A suicide bomber blew himself up at the checkpoint, killing six soldiers.",
     C(6, perps=1), ZERO),
    ("A suicide bomber struck the rally. "
     "In addition to the bomber, nine people were killed and 20 others were wounded.",
     C(9, perps=1), C(20)),
    ("Two soldiers and six assailants were killed in the ensuing clash.",
     C(2, perps=6), ZERO),
    ("At least 20 people, including 14 assailants, were killed in the fighting.",
     C(6, min=6, q="at_least", perps=14), ZERO),
    ("Three militants were killed when the device exploded prematurely.",
     C(0, perps=3), ZERO),
    ("A man opened fire at the depot, killing two workers before officers shot and killed him.",
     C(2, perps=1), ZERO),
    ("The gunman wounded three people. He was killed in an exchange of gunfire with officers.",
     C(0, perps=1), C(3)),
    ("Suicide bomber kills 31 at market. The bomber struck at 9 a.m., killing at least 31 people.",
     C(31, min=31, q="at_least", perps=1), ZERO),
    ("Police said the shooter later turned the gun on himself.",
     C(0, perps=1), ZERO),
    # --- tolls that change ---
    ("Six people were killed in the blast on Monday. The death toll rose to 11 on Tuesday.",
     C(11), ZERO),
    ("Two people were killed in Sunday's shooting. A third victim died on Monday.",
     C(3), ZERO),
    # --- traps ---
    ("A 25-year-old man was shot dead on Elm Street.", C(1), ZERO),
    ("Shots were fired at 3:10 a.m. in the 300 block of Main Street; two men were wounded.",
     ZERO, C(2)),
    ("A bus carrying 120 pilgrims was attacked and 14 passengers were killed.",
     C(14), ZERO),
    ("The blast killed eight people in Mosul, Iraq's second largest city.",
     C(8), ZERO),
    ("Four people were killed. It was the deadliest attack since 2014, when 150 died in a bombing.",
     C(4), ZERO),
    ("Two officers were wounded. More than 500 people have been killed in the region this year.",
     ZERO, C(2)),
    ("The gunman fired a .40-caliber pistol and wounded a guard, who was paid $2,000 a month.",
     ZERO, C(1)),
    ("A bomb exploded near the station on Monday. No one was hurt.",
     ZERO, ZERO),
    ("The grenade attack caused no casualties.", ZERO, ZERO),
    ("Police defused a bomb found outside the bank.", ZERO, ZERO),
    ("Militants attacked three villages. This was one of three related attacks in the district. "
     "Twelve people were killed in the attacks.", None, None),
    ("Gunmen attacked a police post overnight, officials said.", None, None),
    ("She could have been killed, her mother said.", None, None),
    # --- headline and lead; an uncounted "wounded" leaves the wounded unknown, not none ---
    ("Gunmen Kill More Than 20 In Market Attack\n\nGunmen killed at least 23 people in a crowded "
     "market on Sunday, officials said.", C(23, min=23, q="at_least"), ZERO),
    ("Rocket Attack Kills More Than 30 In Border Town\n\nThe rockets struck the bus depot "
     "shortly after dawn. Residents ran into the streets. Shops closed. Ambulances came from the "
     "next valley. The army sealed the road. The attack killed at least 34 people, the governor "
     "said.", C(34, min=34, q="at_least"), ZERO),
    ("Three soldiers were killed and others were wounded when rebels ambushed their patrol.",
     C(3), None),
    ("Nine Injured In Mall Shooting, Suspect Dead", C(0, perps=1), C(9)),
    ("A father killed his daughter and then himself, police said.", C(1, perps=1), ZERO),
    # --- a shooter who "shot himself" in a murder-suicide died ---
    ("Deputies said the woman was killed in her kitchen. Her husband shot her and then shot "
     "himself in what investigators called a murder-suicide.", C(1, perps=1), ZERO),
    # --- a lone death stated after police killed the suspect is the suspect's; a victim's before it is not ---
    ("Deputies said the robbery suspect was killed in an exchange of gunfire with officers. He was "
     "pronounced dead at the scene, police said.", C(0, perps=1), ZERO),
    ("One person was killed and two were wounded at the gate. Security guards then killed the attacker.",
     C(1, perps=1), C(2)),
    # --- "Name, 29, dead": the number is an age, the name is the one dead ---
    ("The argument spilled into the parking lot, leaving Daniel Roberts, 29, dead and two women "
     "wounded, police said.", C(1), C(2)),
    ("Officers found Maria Lopez, 36, dead in the kitchen of her home.", C(1), ZERO),
    ("Maria Lopez, 36, and Ann Lee, 40, were killed.", C(2), ZERO),
    # --- a name, then a bare description set off by commas: one person ---
    ("Hamidi, editor of the provincial weekly, was shot dead outside his office.", C(1), ZERO),
    ("Ortega, head of the local council, was killed on Tuesday.", C(1), ZERO),
    # --- a suspect who "turned himself in" surrendered: no attacker died ---
    ("Suspect In Fatal Shooting Of Teen Girl Turns Himself In\n\nA 16-year-old girl was shot and "
     "killed on Friday night, police said.", C(1), ZERO),
    # --- "N are among the wounded" is part of a total stated elsewhere ---
    ("SEVEN PEOPLE WERE INJURED WHEN A BOMB WENT OFF IN A MARKET.  THREE POLICE AGENTS ARE AMONG "
     "THE INJURED.", None, C(7)),
    ("Two bodyguards are among the wounded after a grenade attack on the mayor's convoy. Police "
     "said eleven people were wounded in all.", ZERO, C(11)),
    # --- the injury of N people; tens and units written as one word ---
    ("A CAR BOMB WENT OFF NEAR THE COURTHOUSE, RESULTING IN THE INJURY OF FOUR PEOPLE.", None, C(4)),
    ("TWENTYSIX TRAVELLERS WERE INJURED WHEN THE BUS WAS BLOWN UP.", None, C(26)),
    # --- a list that goes on after a relative clause ---
    ("THE JUDGE WAS SHOT DEAD. THREE SOLDIERS WHO GUARDED HIS HOUSE AND A NEIGHBOUR WERE WOUNDED.",
     C(1), C(4)),
    ("Two deputies who answered the call and a bystander were wounded in the exchange of fire.",
     ZERO, C(3)),
    # --- a murder-suicide toll counts the attacker; the object of his verb does not ---
    ("Deputies called it a murder-suicide: a man killed four of his neighbours before turning the "
     "rifle on himself.", C(4, perps=1), ZERO),
    ("Three people were found dead in a murder-suicide at a farmhouse, the sheriff said.",
     C(2, perps=1), ZERO),
    # --- an attempted suicide or murder-suicide: the attacker lived ---
    ("A woman fatally shot her husband and her son, then tried to take her own life, the sheriff "
     "said.", C(2), ZERO),
    ("Officers found the couple in what they called an attempted murder-suicide at a motel.",
     None, None),
    # --- a fronted phrase with no comma before the counted subject ---
    ("During the ambush three policemen were killed, officials said.", C(3), ZERO),
    ("IN THE EXPLOSION AT THE DEPOT 12 WORKERS WERE INJURED.", None, C(12)),
    ("After the man called 911 saying he had been shot, officers came.", None, None),
    # --- a dateline set off by a spaced dash is no part of the subject ---
    ("DAYTON, Ohio (AP) – Five teenagers were wounded outside a skating rink late Friday.", ZERO, C(5)),
    ("SPRINGFIELD, Mo. - Two brothers were killed in a shooting at a gas station.", C(2), ZERO),
    # --- "found N with gunshot wounds": hit, the outcome told later (the dead are not wounded) ---
    ("Officers found three men with gunshot wounds outside the bar. One man was pronounced dead at "
     "the scene.", C(1), C(2)),
    ("Deputies found a woman suffering from a gunshot wound in the driveway. She died at the hospital.",
     C(1), ZERO),
    ("Officers found two men suffering from gunshot wounds at the corner. Both were taken to a "
     "hospital in stable condition.", ZERO, C(2)),
    # --- "along with two other militiamen": the others are of the victim's kind ---
    ("The village chief was killed along with two other militiamen, officials said.", C(3), ZERO),
    ("The soldier was killed along with two gunmen.", C(1, perps=2), ZERO),
    # --- "two adults, three children": two groups listed; "two victims, two men": the same two ---
    ("2 adults, 2 children killed in house fire on Elm Street", C(4), ZERO),
    ("Two victims, two men in their 20s, were wounded outside the store.", ZERO, C(2)),
    # --- "ages 12 and 16": the ages of the group, not more people ---
    ("Four boys between ages 12 and 16 were wounded near the park, police said.", ZERO, C(4)),
    ("Three girls, ages 9, 11 and 14, were wounded by stray bullets.", ZERO, C(3)),
    # --- a toll that names no one ("three dead") counts an attacker who died too ---
    ("Three dead after a man shot two neighbours and then turned the gun on himself.", C(2, perps=1), ZERO),
    # --- "a family of five": the number after "of" ---
    ("A family of five was found dead in their home on Sunday, deputies said.", C(5), ZERO),
    ("A member of a family of four was killed when the bomb went off.", C(1), ZERO),
    # --- but not after a clause about the attack ("a shooting that left ... and ...") ---
    ("Police are investigating a shooting that left one man dead and two others injured.", C(1), C(2)),
]


@pytest.mark.parametrize("text, killed, wounded", ROWS)
def test_counts(text, killed, wounded):
    doc, found = casualties(text)
    assert as_tuple(found.killed) == killed
    assert as_tuple(found.wounded) == wounded
    for key in ("killed", "wounded"):
        if key in found.evidence:
            span = found.evidence[key]
            assert doc.text[span.start:span.end] == span.text  # evidence quotes the input
        else:
            assert getattr(found, key).is_empty()


@pytest.mark.parametrize("text, phrase", [
    ("Gunmen killed 12 villagers in the market.", "killed 12 villagers"),
    ("The blast killed at least 52 people and wounded more than 105 others.", "killed at least 52 people"),
    ("Six people were killed in the blast on Monday. The death toll rose to 11 on Tuesday.",
     "death toll rose to 11"),
])
def test_killed_evidence_quotes_the_phrase(text, phrase):
    _, found = casualties(text)
    assert found.evidence["killed"].text == phrase


def test_a_count_stated_alone_implies_none_of_the_other_kind():
    _, found = casualties("Gunmen killed 12 villagers in the market.")
    assert found.wounded.value == 0
    assert found.reasons["wounded"] == "none reported beside the killed count"
    assert found.evidence["wounded"].text == "killed 12 villagers"


def test_unknown_stays_null():
    _, found = casualties("Gunmen attacked a police post overnight, officials said.")
    assert found.killed.is_empty() and found.wounded.is_empty()
    assert found.evidence == {}


def test_prefers_counts_near_the_anchor():
    text = ("A car bomb killed nine people in Kirkuk on Sunday. "
            "In an unrelated incident in Basra, gunmen shot dead two traders.")
    doc = build_document(text)
    second = Scope(sentences=[1], anchor=doc.span(text.index("gunmen"), text.index("gunmen") + 6))
    assert find_casualties(doc, second).killed.value == 2
    first = Scope(sentences=[0, 1], anchor=doc.span(text.index("car bomb"), text.index("car bomb") + 8))
    assert find_casualties(doc, first).killed.value == 9


def _anchored(text, cue):
    doc = build_document(text)
    at = text.index(cue)
    scope = Scope(sentences=list(range(len(doc.sentences))), anchor=doc.span(at, at + len(cue)))
    return find_casualties(doc, scope)


@pytest.mark.parametrize("text, cue, killed, wounded", [
    # a news report of an attack that never speaks of the dead (or the hurt) reports none
    ("Gunmen fired at a police post overnight and fled into the hills, officials said.",
     "fired at", 0, 0),
    ("A man was shot in the leg outside a bar on Friday, police said.", "shot", 0, 1),
    ("A bomb went off near the market; it was not clear whether there were deaths.", "bomb", None, 0),
    ("Masked men set fire to the clinic; two guards were taken to hospital.", "set fire", 0, 2),
    # wire text relays events as they come in: nothing stated stays unknown
    ("GUERRILLAS DYNAMITED A POWER PYLON NEAR THE DAM LAST NIGHT.", "DYNAMITED", None, None),
])
def test_unreported_casualties_are_none(text, cue, killed, wounded):
    found = _anchored(text, cue)
    assert found.killed.value == killed
    assert found.wounded.value == wounded
    if killed == 0 and found.reasons["killed"] == "no death reported":
        assert found.evidence["killed"].text == cue


@pytest.mark.parametrize("text, cue, killed, wounded", [
    # the attack's own report of no casualties outweighs a count from another event further on
    ("REBELS BOMBED A BANK IN THE CAPITAL LAST NIGHT, BUT THE BLAST CAUSED NO CASUALTIES. "
     "IN THE NORTH, FOUR SOLDIERS WERE KILLED AND TWO WERE WOUNDED IN A CLASH.", "BOMBED", 0, 0),
    ("A BOMB WRECKED THE TOWN HALL TODAY. NOBODY WAS INJURED. "
     "LATER, GUERRILLAS WOUNDED THREE POLICEMEN AT A ROADBLOCK.", "BOMB", 0, 0),
    # some people spared is not a report of none: the count stands
    ("A bomb exploded at the mall, injuring five shoppers. The guards were not harmed.", "bomb", 0, 5),
])
def test_nearer_report_of_none_wins(text, cue, killed, wounded):
    found = _anchored(text, cue)
    assert found.killed.value == killed
    assert found.wounded.value == wounded


def _scoped(text, sentences, cue):
    doc = build_document(text)
    at = text.index(cue)
    return find_casualties(doc, Scope(sentences=sentences, anchor=doc.span(at, at + len(cue))))


@pytest.mark.parametrize("text, sentences, cue, killed, wounded", [
    # wire text: the sentence right next to the incident's own ones gives the count of the dead
    ("REBELS RAIDED THE TOWN OF SAN PEDRO LAST NIGHT.  GUERRILLAS ALSO AMBUSHED A BUS NEAR THE BRIDGE. "
     "ONE PASSENGER WAS KILLED.", [1], "AMBUSHED", 1, None),
    # ... or a statement of none
    ("TERRORISTS PLACED TWO BOMBS AT THE TELEPHONE EXCHANGE.  THE BUILDING WAS BADLY DAMAGED. "
     "NO ONE WAS INJURED.", [0, 1], "BOMBS", 0, 0),
    # a count of the hurt next to the incident is left alone (it is as often another event's)
    ("A BOMB WENT OFF AT THE BANK.  FOUR PEOPLE WERE INJURED.", [0], "BOMB", None, None),
    # not when the incident's own sentences speak of the dead
    ("GUNMEN KILLED A JUDGE IN THE CAPITAL.  TWO SOLDIERS WERE KILLED IN THE NORTH.", [0], "KILLED", 1, None),
    # news text: the incident's own sentences only
    ("Gunmen attacked a bus near the bridge. One passenger was killed. Another bus was set on fire "
     "in the next town.", [2], "set on fire", 0, 0),
])
def test_counts_next_to_the_incident(text, sentences, cue, killed, wounded):
    found = _scoped(text, sentences, cue)
    assert found.killed.value == killed
    assert found.wounded.value == wounded


@pytest.mark.parametrize("text, killed, wounded", [
    # wire text: "shot" with no outcome stated is not read as hurt (reports say "shot" of the dead)
    ("UNIDENTIFIED MEN SHOT LABOR LEADER JOSE PEREZ IN FRONT OF HIS HOME YESTERDAY.", None, None),
    # news text: still hurt
    ("Unidentified men shot a union leader in front of his home on Friday.", 0, 1),
    # victims said to have "also" died before the named victim's own report add to it
    ("THE MINISTER'S DRIVER AND A BODYGUARD WERE ALSO KILLED IN THE AMBUSH.  THE MINISTER WAS "
     "KILLED AS HE LEFT HIS HOME.", 3, None),
])
def test_shot_and_also(text, killed, wounded):
    _, found = casualties(text)
    assert found.killed.value == killed
    assert found.wounded.value == wounded


@pytest.mark.parametrize("text, killed", [
    # a noun phrase listing the chosen group and others besides is the fuller count
    ("THE JUDGE OPENED THE TRIAL FOR THE MURDER OF FOUR NUNS AND THEIR TWO DRIVERS.  THE PROSECUTOR "
     "SAID THE FOUR NUNS WERE KILLED BY A PATROL.", 6),
    # not for a lone victim (a list naming him is as often another event's)
    ("THE KILLING OF JUDGE RAMOS AND THE MURDER OF A JOURNALIST SHOCKED THE CITY.  THE JUDGE WAS "
     "KILLED AS HE LEFT COURT.", 1),
])
def test_fuller_list(text, killed):
    _, found = casualties(text)
    assert found.killed.value == killed


@pytest.mark.parametrize("text, killed", [
    # "as well as" joins a list; it is not "also"
    ("REBELS KILLED THE MAYOR OF THE VILLAGE, AS WELL AS THREE FARMERS, POLICE SAID.  THE MAYOR AND "
     "THE FARMERS WERE TAKEN TO THE SQUARE AND THEN KILLED.", 4),
    # "the other man died": one of a group counted before
    ("The gunmen left two men dead at the checkpoint. Witnesses said one was shot in the car. "
     "The other man killed was a local farmer.", 2),
])
def test_part_of_a_total(text, killed):
    _, found = casualties(text)
    assert found.killed.value == killed


@pytest.mark.parametrize("text, killed, wounded", [
    # "the wounded", "the dead" used as nouns state no count
    ("A BOMB EXPLODED AT THE BUS TERMINAL.  NINE PEOPLE WERE INJURED.  NURSES AT THE HOSPITAL "
     "CARED FOR THE WOUNDED THROUGH THE NIGHT.", None, 9),
    ("ONE OF THE INJURED LOST AN ARM, DOCTORS SAID.  FOUR PEOPLE WERE INJURED IN THE BLAST.", None, 4),
    # but "the wounded man" is one
    ("Police said the wounded man was taken to a hospital after the shooting.", 0, 1),
])
def test_the_wounded_as_a_noun(text, killed, wounded):
    _, found = casualties(text)
    assert found.killed.value == killed
    assert found.wounded.value == wounded


@pytest.mark.parametrize("text, wounded", [
    # a number stated further on wins over a vague word near the attack
    ("THE MAYOR SAID MANY PEOPLE WERE INJURED IN THE BLAST AT THE MARKET.  HOSPITAL SOURCES LATER "
     "SAID 42 PEOPLE WERE INJURED.", 42),
    ("Several people were hurt when the grenade went off. Officials said three people were hurt.", 3),
])
def test_counted_over_vague(text, wounded):
    _, found = casualties(text)
    assert found.wounded.value == wounded


@pytest.mark.parametrize("text, wounded", [
    # money and damage are no people; neither is a bare gerund
    ("THE BLAST CAUSED 40 MILLION PESOS IN DAMAGE AND 12 PERSONS INJURED.", 12),
    ("THE BOMB EXPLODED, RESULTING IN HEAVY DAMAGE AND FIVE PEOPLE INJURED.", 5),
    ("THE ATTACK LEFT LOSSES OF MILLIONS AND TWO GUARDS INJURED.", 2),
])
def test_no_people(text, wounded):
    _, found = casualties(text)
    assert found.wounded.value == wounded


@pytest.mark.parametrize("text, killed, wounded", [
    # a participle after a numbered noun phrase counts the phrase
    ("Hundreds marched at the funeral of the 12 miners killed in the blast.", C(12), ZERO),
    ("Police said the gunfire left the street in chaos, with five people shot outside the club.", ZERO, C(5)),
    # "shot five times and killed": the times are no people
    ("Witnesses said a woman was shot several times and killed in the parking lot.", C(1), ZERO),
    ("The guard was stabbed four times and wounded, police said.", ZERO, C(1)),
])
def test_participle_after_a_count(text, killed, wounded):
    _, found = casualties(text)
    assert as_tuple(found.killed) == killed
    assert as_tuple(found.wounded) == wounded


@pytest.mark.parametrize("text, killed", [
    # "<name>, <title> of <body>, and <name>": the description is no person of its own
    ("GUERRILLAS KILLED RAMON ORTIZ, MAYOR OF THE TOWN OF SAN LUIS, AND COUNCILMAN PEDRO DIAZ.", 2),
    ("JUDGE ANA RUIZ, PRESIDENT OF THE REGIONAL COURT AND THE BAR ASSOCIATION, WAS MURDERED TODAY.", 1),
    # a singular verb after "who": the one named last
    ("THE ARMY LINKED HIM AND HIS DRIVER, JOSE LARA, WHO WAS KILLED IN THE AMBUSH.", 1),
])
def test_descriptions_and_relatives(text, killed):
    _, found = casualties(text)
    assert found.killed.value == killed


@pytest.mark.parametrize("text, wounded", [
    # wire text: the one shot and the "others" wounded are all hurt
    ("THE GOVERNOR WAS SHOT AS HE LEFT THE CATHEDRAL.  THREE OTHER PERSONS WERE WOUNDED IN THE ATTACK.", 4),
    # news text: the others are counted beside those shot in the report's own total
    ("Four people were shot outside the bar. One died at the scene and three others were wounded.", 3),
])
def test_shot_and_others(text, wounded):
    _, found = casualties(text)
    assert found.wounded.value == wounded


def test_one_of_them_described():
    # "one of them, a 34-year-old, died": the same one, not two
    _, found = casualties("Three men were shot outside a bar on Friday night. One of the three, "
                          "a 34-year-old roofer, later died in surgery, police said.")
    assert found.killed.value == 1
    assert found.wounded.value == 2


# The cue lexicon's patterns are prefix tries (speed): each must find what the plain
# longest-first alternation of its phrases finds, with the same cue.
@pytest.mark.parametrize("text", [
    "two men were shot dead and a third was shot outside the bar",
    "the gunman killed himself after killing three people, police said",
    "no one was hurt; nobody was injured in the blast that killed 4",
    "killers  killed\tkilling kill-ed, shot\n dead: wounded wounding the wounded",
    "one person died and 12 others were wounded in the attack on the market",
])
def test_cue_tries_match_as_alternations(text):
    import re

    from incidentcli.casualties import _alternation, lexicon
    from incidentcli.numbers import phrase_trie

    phrases: dict[str, list[str]] = {}
    for form, phrase in lexicon().cues:
        phrases.setdefault(form, []).append(phrase)
    for form, listed in phrases.items():
        trie = re.compile(rf"\b(?P<cue>{phrase_trie(listed)})\b")
        plain = re.compile(rf"\b(?P<cue>{_alternation(listed)})\b")
        assert [m.span("cue") for m in trie.finditer(text)] == \
            [m.span("cue") for m in plain.finditer(text)], form


@pytest.mark.parametrize("sentence", [
    "Two men were killed and a woman was wounded when gunmen opened fire on the bus.",
    "No one was hurt, police said; the device was defused by the bomb squad.",
    "The gunshot victim died later; unkilled is not a word, but shot-dead is.",
    "Police found a man shot to death, leaving his family in shock.",
    "_killed x9killed 3killed killed_ killed. KILLED killed",
    "Dos personas murieron y 12 resultaron heridas; no deaths were reported elsewhere.",
])
def test_word_bound_scan_finds_what_the_pattern_finds(sentence):
    # the readings' patterns less their opening \b, searched with _at_word_bounds, find the
    # same matches (offsets and groups) as the patterns themselves, in any window
    from incidentcli.casualties import _at_word_bounds, _lowered, lexicon
    lex = lexicon()
    low = _lowered("x " + sentence + " x")
    for reading, unanchored in lex.unanchored.items():
        pattern = getattr(lex, reading)
        for lo, hi in ((0, len(low)), (2, len(low) - 2), (5, len(low) // 2)):
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(low, lo, hi)]
            got = [(m.span(), m.groupdict()) for m in _at_word_bounds(unanchored, low, lo, hi)]
            assert got == want, reading


@pytest.mark.parametrize("sentence", [
    "Police said the man, who was shot twice, told officers that he had been robbed.",
    "POLICE SAID THE MAN WHO WAS SHOT TOLD OFFICERS -- BEFORE HE DIED -- THAT HE KNEW THEM.",
    "The victims; however, Confirmed reports: \"two died\" [one] when Announced — later.",
])
def test_clause_boundaries_over_lower_case_text(sentence):
    # the boundaries found in the lower-cased text are those the case-blind pattern finds
    from incidentcli.casualties import _BOUNDARY_TOKEN, _BOUNDARY_VERBS, _BOUNDARY_WORDS, _clause_boundaries
    for caps in (False, True):
        want = [m.span() for m in _BOUNDARY_TOKEN.finditer(sentence)
                if m.group("word") is None or m.group("word").lower() in _BOUNDARY_WORDS or
                (m.group("word").lower() if caps else m.group("word")) in _BOUNDARY_VERBS]
        assert [m.span() for m in _clause_boundaries(sentence, 0, len(sentence), caps)] == want


@pytest.mark.parametrize("text, blanked", [
    ("The suspect later turned himself in at the station.", True),
    ("THE SUSPECT LATER TURNED HIMSELF IN AT THE STATION.", True),
    ("The suspect Turns Herself In, police said.", True),
    ("The gunman shot himself in the head.", False),
    ("He returned to the house by himself.", False),
])
def test_surrender_is_blanked(text, blanked):
    from incidentcli.casualties import _blank_asides
    out = _blank_asides(text)
    assert len(out) == len(text)
    assert (out != text) == blanked
