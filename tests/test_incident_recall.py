"""Incident recall: wire reports (MUC-4 style, all capitals) that report an attack MUC-4 keys
although the sentence telling it reads like background (a trial, a speech, a denial).

Every report here was written for these tests in wire style."""
from __future__ import annotations

from datetime import date

import pytest

from incidentcli.document import Document
from incidentcli.incidents import _anchor_sentences, _cues_by_sentence, find_incidents

WIRE_REF = date(1990, 10, 20)


def incidents(text: str, ref: date | None = WIRE_REF):
    return find_incidents(Document(text=text, reference_date=ref))


# --- a named victim's killing or kidnapping, told in a background sentence: keyed ----------
@pytest.mark.parametrize("text, kind", [
    # a trial
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] A COURT TODAY ACQUITTED TWO POLICEMEN CHARGED WITH THE "
     "MURDER OF JOURNALIST PABLO TORRES VEGA.", "armed_assault"),
    # a denial
    ("SAN SALVADOR, 20 OCT 90 (AFP) -- [TEXT] THE PARTY SAID IT PLAYED NO PART IN THE "
     "ASSASSINATION OF SENATOR MARIO LOPEZ RIVAS ON TUESDAY.", "assassination"),
    # a relative clause after the victim's name, in a sentence recalling earlier crimes
    ("MEDELLIN, 20 OCT 90 (EFE) -- [TEXT] THE FAMILY ASKED FOR NEWS OF ENGINEER ANA MARIA "
     "ROJAS, WHO HAS BEEN KIDNAPPED BY THE REBELS WHO HAVE KIDNAPPED OTHERS.", "kidnapping"),
    # an earlier year in the report's lead, not the crime's ('MAYOR IN 1984')
    ("MEDELLIN, 20 OCT 90 (EFE) -- [TEXT] THE COUNCIL MET TODAY.  IT MOURNED THE KILLING OF "
     "LUIS PEREZ GIL, A BANKER AND MAYOR OF ENVIGADO IN 1984.", "armed_assault"),
    # a plan named in the sentence
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE GROUP PLANS TO FREE ITS MEMBERS, WHO STAGED THE "
     "KIDNAPPING OF BUSINESSMAN JORGE SALAS MENA.", "kidnapping"),
])
def test_named_victim_in_background(text, kind):
    found = incidents(text)
    assert len(found) == 1
    assert found[0].attack_type in (kind, "assassination")


# --- ... but not a named victim's killing recalled among old crimes ------------------------
@pytest.mark.parametrize("text", [
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE TODAY.  LET US NOT FORGET SENATOR "
    "PEDRO GIL ARANA, WHO WAS MURDERED WHEN THE LAW WAS NOT IN EFFECT.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE TODAY.  HUNDREDS OF PEOPLE WERE "
    "MURDERED, INCLUDING JUDGE RAMON DIAZ PARDO.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE TODAY.  HE MET THE JUDGES.  THE "
    "GROUP BEGAN ITS CAMPAIGN IN 1984 WITH THE ASSASSINATION OF JUDGE RAMON DIAZ PARDO.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE TODAY.  ON THAT OCCASION, WHEN "
    "SENATOR PEDRO GIL ARANA WAS ASSASSINATED, THE PRESIDENT DEMANDED THE TRIAL OF THE "
    "CARTEL BOSSES.",
])
def test_named_victim_recalled(text):
    assert incidents(text) == []


# --- 'the murders of' a named target, whatever the white space before the cue -------------
@pytest.mark.parametrize("text", [
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE TWO JUDGES INVESTIGATING THE\nMURDERS OF THE MAYOR "
    "OF CALI AND HIS DRIVER RESIGNED TODAY.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE TWO JUDGES INVESTIGATING THE MURDERS OF THE MAYOR "
    "OF CALI AND HIS DRIVER RESIGNED TODAY.",
])
def test_the_plural_across_lines(text):
    assert len(incidents(text)) == 1


# --- a quotation telling an attack of this report's time: news, as an event or a mention ----
@pytest.mark.parametrize("text", [
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] THE PARTY SPOKESMAN SAID: \"THE PARTY HAD NOTHING TO DO "
    "WITH THAT MURDER COMMITTED TODAY IN CALLAO.\"",
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MAYOR SAID THAT THE TOWN HALL WAS \"RUINED BY A BOMB "
    "EXPLOSION LAST NIGHT.\"",
])
def test_quoted_attack_of_today(text):
    assert len(incidents(text)) == 1


# --- a mention naming its victim after the place: 'the murder in Lima of ...' ---------------
@pytest.mark.parametrize("text", [
    "CARACAS, 20 OCT 90 (EFE) -- [TEXT] THE COUNCIL CONDEMNED THE RECENT MURDER IN MARACAIBO OF "
    "UNION LEADER PEDRO GIL ARANA.",
])
def test_mention_place_then_victim(text):
    assert len(incidents(text)) == 1


# --- sabotage 'actions against' a target: a mention naming its target; a tally does not -----
@pytest.mark.parametrize("text, count", [
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE TO THE PRESS TODAY.  HE SAID "
     "THAT THE REBELS STEPPED UP SABOTAGE ACTIONS AGAINST THE POWER LINES OF USULUTAN.", 1),
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE TO THE PRESS TODAY.  HE SAID "
     "THAT THE REBELS CONDUCTED 140 SABOTAGE OPERATIONS AGAINST THE POWER GRID.", 0),
])
def test_sabotage_actions_against(text, count):
    assert len(incidents(text)) == count


# --- an attack cue set in quotes of its own is the reporter's wording, not a quoted speech --
@pytest.mark.parametrize("text, count", [
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] THE PARTY SAID TODAY.  ITS LEADER WAS \"KIDNAPPED\" AS HE "
     "LEFT HIS HOME IN QUITO.", 1),
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] THE PARTY SAID TODAY.  THE POLICE CALLED IT AN \"ATTACK "
     "WITH A CAR BOMB\" CARRIED OUT BY THE REBELS.", 1),
    # a quoted speech: words, not news
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] THE PARTY SAID TODAY.  HE SAID: \"THEY KIDNAPPED OUR "
     "LEADERS AND THEY WILL PAY FOR IT.\"", 0),
])
def test_scare_quotes(text, count):
    assert len(incidents(text)) == count


# --- civilians counted as the victims of an attack told amid combat words: keyed ----------
@pytest.mark.parametrize("text, count", [
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE UNION SPOKE TODAY.  IT DENOUNCED THE "
     "REPRESSION AND THE MURDER OF 12 UNION MEMBERS IN A BOMB ATTACK IN SANTA ANA ON 18 "
     "OCTOBER.", 1),
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE COLONEL SPOKE TODAY.  ON BEHALF OF THE ARMED "
     "FORCES HE CONDEMNED THOSE WHO LAST NIGHT MASSACRED FOUR NUNS.", 1),
    # soldiers as the victims: still combat
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE COLONEL SPOKE TODAY.  HE SAID THAT 12 "
     "SOLDIERS WERE KILLED IN THE CLASHES.", 0),
])
def test_civilians_amid_combat(text, count):
    assert len(incidents(text)) == count


# --- a day after its month is no tally: the headline's mention still names its target ------
def test_day_before_mention_is_no_tally():
    text = ("June 14 Shooting on Elm Street\n\nOfficers responded to a call of shots fired at "
            "a home on Elm Street on Friday evening, police said.")
    found = incidents(text, ref=date(2021, 6, 16))
    assert len(found) == 1
    assert found[0].evidence["attack_type"].text == "Shooting"


# --- an '-ING' cue whose object is counted people tells the act itself ---------------------
@pytest.mark.parametrize("text, count", [
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MAYOR OPENED A SCHOOL TODAY.  LATER THE POLICE "
     "CHARGED THE REBELS WITH KIDNAPPING ABOUT 20 VILLAGERS IN HUANTA PROVINCE.", 1),
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MAYOR OPENED A SCHOOL TODAY.  LATER THE POLICE "
     "BLAMED THE GANG FOR ABDUCTING SEVERAL YOUTHS FROM A MARKET IN HUANTA.", 1),
    # the noun with 'THE': a case named, not an act told
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MAYOR OPENED A SCHOOL TODAY.  LATER HE SPOKE ABOUT "
     "THE KIDNAPPING AND THE LAWS ON SCHOOLS.", 0),
])
def test_gerund_with_counted_victims(text, count):
    assert len(incidents(text)) == count


# --- 'one of its attacks' that a group carried out: one particular attack, its sentence anchors
@pytest.mark.parametrize("text, anchors", [
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE REBELS TODAY STAGED ONE OF THEIR BOLDEST RAIDS IN "
     "YEARS IN THE MOUNTAIN TOWN OF PAMPAS.  THEY BURNED THE TOWN HALL.", [0, 1]),
    # 'one of the attacks' named without an act of carrying it out: not an attack told
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SAID ONE OF THE ATTACKS WORRIED HIM.  THE "
     "REBELS BURNED THE TOWN HALL YESTERDAY.", [1]),
])
def test_one_of_its_attacks(text, anchors):
    doc = Document(text=text, reference_date=WIRE_REF)
    assert _anchor_sentences(doc, _cues_by_sentence(doc), True) == anchors



# --- 'the killings of' particular victims: particular attacks, enough to key a wire report ---
@pytest.mark.parametrize("text, count", [
    ("MADRID, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SAID TODAY THAT AID TO THE GOVERNMENT "
     "WILL STAY FROZEN UNTIL THE KILLINGS OF THE FOUR NUNS ARE SOLVED.", 1),
    # killings in general, no particular victims
    ("MADRID, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SAID TODAY THAT KILLINGS MUST STOP "
     "BEFORE AID IS GIVEN.", 0),
])
def test_killings_of_particular_victims(text, count):
    assert len(incidents(text)) == count


# --- hostages held now, by people the sentence names: a hostage-taking under way -----------
@pytest.mark.parametrize("text, count", [
    ("SAN JOSE, 20 OCT 90 (EFE) -- [TEXT] THE CONSUL AND TWO CLERKS ARE BEING HELD HOSTAGE "
     "BY MEMBERS OF A PEASANT UNION INSIDE THE CONSULATE.", 1),
    ("SAN JOSE, 20 OCT 90 (EFE) -- [TEXT] THE PILOT IS STILL BEING HELD HOSTAGE BY THE "
     "GANG THAT SEIZED THE PLANE.", 1),
    # a figure of speech, no holders
    ("SAN JOSE, 20 OCT 90 (EFE) -- [TEXT] THE MAYOR SAID THE TOWN IS BEING HELD HOSTAGE "
     "AND CALLED FOR CALM.", 0),
])
def test_held_hostage_now(text, count):
    assert len(incidents(text)) == count


# --- 'fired' with the weapon as its object: a shooting ---------------------------------------
@pytest.mark.parametrize("text, count", [
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] A LAUNCH CARRYING FOUR GOLD MINERS WAS STOPPED ON THE "
     "NAPO RIVER BY MEN WHO FIRED AUTOMATIC WEAPONS, THE POLICE SAID TODAY.", 1),
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] GUARDS FIRED THEIR RIFLES AS THE PROTESTERS MARCHED "
     "TOWARD THE PALACE TODAY.", 1),
    # the weapons named, never fired
    ("QUITO, 20 OCT 90 (EFE) -- [TEXT] THE POLICE FOUND AUTOMATIC WEAPONS IN A HOUSE "
     "TODAY.", 0),
])
def test_fired_weapons(text, count):
    assert len(incidents(text)) == count


# --- a body found: a killing told by its discovery -----------------------------------------
@pytest.mark.parametrize("text, count", [
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE BODY OF A YOUNG TEACHER WAS FOUND TODAY "
     "ON A DIRT ROAD NEAR APOPA WITH HIS HANDS TIED AND TWO BULLET WOUNDS IN THE HEAD.", 1),
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE BODIES OF THREE PEASANTS HAVE BEEN FOUND "
     "IN A DITCH OUTSIDE ILOBASCO.", 1),
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] TWO UNION LEADERS WERE FOUND DEAD TODAY IN A "
     "COFFEE FIELD NEAR SANTA TECLA.", 1),
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE CORPSE OF A STUDENT WAS DISCOVERED THIS "
     "MORNING BESIDE THE HIGHWAY TO COMALAPA.", 1),
    # a body not yet found
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] RESCUERS SAID THE BODY OF THE DROWNED "
     "FISHERMAN WILL BE FOUND SOON.", 0),
])
def test_body_found(text, count):
    assert len(incidents(text)) == count


def test_body_found_news():
    found = incidents("The body of a 30-year-old man was found Sunday in an alley in Dayton, "
                      "police said.", ref=date(2021, 6, 16))
    assert len(found) == 1 and found[0].attack_type == "armed_assault"


# --- property wrecked with explosives, explosives used against a target: a bombing ----------
@pytest.mark.parametrize("text, kind", [
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] REBELS DESTROYED THE TOWN HALL OF PAMPAS WITH "
     "DYNAMITE LAST NIGHT, THE POLICE REPORTED.", "bombing"),
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE BRIDGE OVER THE MANTARO RIVER WAS DAMAGED BY "
     "SEVERAL EXPLOSIVE CHARGES EARLY TODAY.", "bombing"),
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE REBELS ALSO USED EXPLOSIVES AGAINST THE POLICE "
     "POST OF HUANTA TODAY.", "bombing"),
])
def test_wrecked_with_explosives(text, kind):
    found = incidents(text)
    assert len(found) == 1 and found[0].attack_type == kind


def test_explosives_destroyed_by_police_not_a_bombing():
    # the explosives are what was destroyed, not the means
    assert incidents("LIMA, 20 OCT 90 (EFE) -- [TEXT] THE POLICE DESTROYED A CACHE OF "
                     "WEAPONS FOUND IN A CAVE TODAY.") == []


# --- news follow-ups: a story that reports no attack but is about one --------------------------
NEWS_REF = date(2021, 6, 16)


@pytest.mark.parametrize("text, kind", [
    # charges and a trial: the attack is the story's subject
    ("Two brothers were indicted Tuesday in the shooting outside a Dayton nightclub that left "
     "a bouncer wounded. Both are held without bail.", "armed_assault"),
    ("Jury selection began Monday in the trial of a man accused of killing a store clerk "
     "during a robbery in Akron.", "armed_assault"),
    # named without outcome, time or target
    ("Deputies were called to a reported shooting near the county fairgrounds. Two people "
     "are dead, the sheriff said.", "armed_assault"),
])
def test_news_followup_is_about_the_attack(text, kind):
    found = incidents(text, ref=NEWS_REF)
    assert len(found) == 1 and found[0].attack_type == kind


@pytest.mark.parametrize("text", [
    # an attack of an earlier year, an anniversary, a plan: no incident of the story's own
    "A judge sentenced a man on Monday for the 2017 shooting of a deputy in Toledo.",
    "Families gathered to mark the anniversary of the shooting at the mall.",
    "The mayor said the city would hire more officers to prevent another shooting.",
])
def test_news_background_without_followup(text):
    assert incidents(text, ref=NEWS_REF) == []


def test_summary_without_cue_is_one_incident():
    found = incidents("03/14/2019: Assailants flogged four shopkeepers in a market in Kunduz, "
                      "Afghanistan. No group claimed responsibility.", ref=None)
    assert len(found) == 1


# --- shots fired in the passive, a bullet that struck someone, a pistol-whipping --------------
@pytest.mark.parametrize("text", [
    "Several shots were fired outside a bar on Elm Street late Friday, and a man was wounded, "
    "police said.",
    "A 7-year-old girl was grazed in the arm by a stray bullet while playing in her yard in "
    "Flint on Sunday.",
    "Two robbers pistol-whipped a cashier at a gas station in Tulsa on Monday night.",
])
def test_news_gunfire_told_otherwise(text):
    found = incidents(text, ref=NEWS_REF)
    assert len(found) == 1 and found[0].attack_type == "armed_assault"


# --- a threat against lives told beside an attack: an incident of its own (MUC-4 keys it) ---
@pytest.mark.parametrize("text, count", [
    # the killing, then the threats the party's leader received: two incidents
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] UNIDENTIFIED MEN SHOT DEAD THE MAYOR OF SAN "
     "ISIDRO.  THE OPPOSITION LEADER HAS LEFT THE COUNTRY BECAUSE OF THREATS AGAINST HIM "
     "BROADCAST OVER A RADIO STATION.", 2),
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] REBELS KILLED THREE PEASANTS IN HUANCAYO.  IN A LEAFLET, "
     "THE REBELS THREATENED \"TO ANNIHILATE\" THE MAYORS WHO REFUSE TO RESIGN.", 2),
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A POLICE COLONEL IN CALI.  THE "
     "COLONEL'S DEPUTY WAS THE TARGET OF DEATH THREATS.", 2),
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A POLICE COLONEL IN CALI.  LATER, "
     "TWO MEN ON A MOTORCYCLE THREATENED THREE JOURNALISTS OUTSIDE THE MORGUE.", 2),
    # a threat told in the pluperfect, before the attack: part of the attack's story
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] GUNMEN SHOT DEAD A POLICE COLONEL IN CALI.  THE "
     "COLONEL HAD BEEN THE TARGET OF DEATH THREATS FOR MONTHS.", 1),
    # threats against a building, not lives: no incident of their own
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] A BOMB EXPLODED AT A BREWERY IN CALI.  THE BREWERY "
     "HAS RECEIVED THREATS BEFORE.", 1),
])
def test_threat_apart_from_attack(text, count):
    assert len(incidents(text)) == count


# --- a wave of attacks that goes on with one of this report's time: the attack is news ------
@pytest.mark.parametrize("text, count", [
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE WAVE OF ATTACKS ON RADIO STATIONS WENT ON LAST "
     "NIGHT WHEN UNIDENTIFIED MEN SHOT DEAD A NEWSCASTER IN CALI.", 1),
    ("GUATEMALA CITY, 20 OCT 90 (AFP) -- [TEXT] THE MURDER OF A LAWYER IN MIXCO THIS WEEK "
     "UNLEASHED A WAVE OF PROTESTS AGAINST THE GOVERNMENT.", 1),
    # a wave told without an attack of this report's time: background
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SPOKE OF A WAVE OF ATTACKS IN WHICH "
     "UNIDENTIFIED MEN SHOT DEAD SEVERAL NEWSCASTERS.", 0),
])
def test_wave_with_attack_of_today(text, count):
    assert len(incidents(text)) == count


# --- victims described by what they were accused of: the attack on them is news ------------
@pytest.mark.parametrize("text, count", [
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] TWO FARMERS, WHO WERE ACCUSED OF HELPING THE ARMY, "
     "HAVE BEEN SHOT DEAD BY REBELS NEAR SAN VICENTE.", 1),
    ("LIMA, 20 OCT 90 (EFE) -- [TEXT] A VILLAGE HEAD WHO WAS ACCUSED OF BEING AN INFORMER WAS "
     "MURDERED BY TERRORISTS IN PUNO.", 1),
    # an accusation in court: background still
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] A JUDGE TODAY SENTENCED TWO MEN WHO WERE ACCUSED OF "
     "SMUGGLING ARMS USED WHEN A MAYOR WAS MURDERED.", 0),
])
def test_victims_accused(text, count):
    assert len(incidents(text)) == count


# --- a threat against lives told amid war news: no act of combat, keyed -----------------------
@pytest.mark.parametrize("text, count", [
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] TWO DAYS AFTER THE REBEL OFFENSIVE BEGAN, THE "
     "UNION LEADER LEFT THE COUNTRY, SAYING THAT HE HAD RECEIVED DEATH THREATS.", 1),
    ("SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE ARMY REPELLED A REBEL OFFENSIVE ON THE "
     "TOWN OF BERLIN.", 0),
])
def test_threat_amid_war(text, count):
    assert len(incidents(text)) == count


# --- a person named before 'WHO WAS KILLED': the report's only attack is that killing ---------
@pytest.mark.parametrize("text, count", [
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE PARTY NAMED ITS NEW CANDIDATE TODAY.  HE TAKES THE "
     "PLACE OF MARIO LOPEZ RIVAS, WHO WAS KILLED LAST SATURDAY.", 1),
    # no person named: 'killed' alone tells no particular attack
    ("BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE PARTY NAMED ITS NEW CANDIDATE TODAY.  HE TAKES THE "
     "PLACE OF THE OLD CHAIRMAN, WHO WAS KILLED LAST SATURDAY.", 0),
])
def test_named_person_killed(text, count):
    assert len(incidents(text)) == count
