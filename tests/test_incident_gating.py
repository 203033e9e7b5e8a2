"""Incident gating: which sentences of a wire report (MUC-4 style, all capitals) report an
attack of their own, and which only talk about attacks (old crimes, combat, speeches).

Every report here was written for these tests in wire style."""
from __future__ import annotations

from datetime import date

import pytest

from incidentcli.document import Document
from incidentcli.incidents import _is_past, find_incidents

WIRE_REF = date(1990, 10, 20)


def incidents(text: str, ref: date | None = WIRE_REF):
    return find_incidents(Document(text=text, reference_date=ref))


# --- no incident: the report only talks about attacks ------------------------------------
@pytest.mark.parametrize("text", [
    # an attack dated months before the report: background
    "LA PAZ, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER MET BOLIVIAN OFFICIALS TODAY.  ON 12 "
    "JUNE THE SAME ORGANIZATION MURDERED TWO FOREIGN ENGINEERS ON A STREET IN ORURO.",
    # soldiers as the victims: war, not terrorism
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] TODAY AT 1130 A TRUCK CARRYING 18 ARMY SOLDIERS WAS "
    "BOMBED BY TERRORISTS ON THE ROAD TO HUANTA.",
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE ARMY REPORTED THAT ONE SOLDIER WAS KILLED "
    "AND TWO WERE WOUNDED AS A RESULT OF THE ATTACK LAST NIGHT.",
    "BUENOS AIRES, 20 OCT 90 -- [TEXT] THE NEW COMMANDER REPLACES A MAJOR WHO DIED DURING "
    "THE ATTACK ON THE 5TH INFANTRY REGIMENT ON 17 OCTOBER.",
    "SAN SALVADOR, 20 OCT 90 -- [TEXT] THE REBELS SAID THIS WAS THE THIRD ATTACK ON THE "
    "JOINT CHIEFS OF STAFF IN LESS THAN A WEEK.",
    # a mention with a vague target: a bare plural, a people
    "SANTIAGO, 20 OCT 90 (DOMESTIC SERVICE) -- [TEXT] THE SENATOR SAID HE CONDEMNS ALL "
    "VIOLENCE.  HE CONDEMNED THE MURDER OF UNION ACTIVISTS IN THE NORTH.",
    "MANAGUA, 20 OCT 90 (DOMESTIC SERVICE) -- [SPEECH] [TEXT] WE WANT A NEGOTIATED PEACE.  "
    "WE REJECT THE BOMBING OF HONDURAN VILLAGES.",
    "SAN SALVADOR, 20 OCT 90 -- [STATEMENT] [TEXT] THE GOVERNMENT CONDEMNS THE REBELS.  "
    "IT REJECTS THE CRIMINAL ATTACK AGAINST THE SALVADORAN PEOPLE.",
    # a negated or absent attack
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [TEXT] WE WISH TO STATE THE FOLLOWING.  "
    "THE FRONT DOES NOT TAKE HOSTAGES.",
    "SANTIAGO, 20 OCT 90 -- [TEXT] THE LEADER SPOKE TO THE PARTY.  HE SAID: WE WANT A "
    "COUNTRY WITHOUT MURDERED PEOPLE AND WITHOUT EXILES.",
    # a month months before the report, named without a day
    "LA PAZ, 20 OCT 90 (EFE) -- [TEXT] THE POLICE ARRESTED A MAN TODAY.  IN MAY, THE SAME "
    "GROUP BLEW UP THE PYLONS CARRYING POWER TO ORURO.",
    "LA PAZ, 20 OCT 90 (EFE) -- [TEXT] THE POLICE ARRESTED A MAN TODAY.  IN MID-MAY, THE "
    "SAME GROUP BOMBED THE OFFICES OF A MINING COMPANY IN ORURO.",
    # an attack noun that modifies another noun
    "MEDELLIN, 20 OCT 90 (AFP) -- [TEXT] THE JUDGE, WHO WAS HANDLING SEVERAL KIDNAPPING CASES "
    "TODAY, RESIGNED.",
    # a toll over months, the name of a committee of relatives
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE COURT SAID THAT SIX JUDGES HAVE BEEN KILLED IN "
    "3 MONTHS.",
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE COMMITTEE OF RELATIVES OF MISSING AND "
    "MURDERED PEOPLE OCCUPIED THE CATHEDRAL ON 18 OCTOBER.",
    # a demand: the second noun of 'must cease all bombing and shelling'
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [TEXT] WE DEMAND THE "
    "FOLLOWING.  THE GOVERNMENT MUST STOP ALL KIDNAPPING AND SHELLING OF VILLAGES.",
    # a habit or an unspecific toll
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE BISHOP SPOKE TODAY.  HE SAID THE REBELS "
    "HAVE ROUTINELY KIDNAPPED BUSINESSMEN IN THE EAST.",
    "TAIPEI, 20 OCT 90 (CNA) -- [TEXT] THE GOVERNMENT EXPRESSED ITS REGRETS.  THE ATTACKS "
    "KILLED MANY INNOCENT CIVILIANS.",
    # shots into the air, burns as injuries, a campaign announced to go on
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE REBELS HANDED OVER THEIR ARMS TODAY.  BEFORE "
    "THAT, THE REBELS FIRED THEIR RIFLES INTO THE AIR.",
    "GUATEMALA CITY, 20 OCT 90 (EFE) -- [TEXT] A SMALL PLANE CRASHED TODAY.  THE PILOT "
    "DIED AND HIS COMPANION WAS SERIOUSLY BURNED.",
    "CLANDESTINE, 20 OCT 90 -- [STATEMENT] [TEXT] WE ANNOUNCE THAT THE STOPPAGE AND THE "
    "SABOTAGE OF THE POWER SUPPLY WILL CONTINUE UNTIL THE REGIME FALLS.",
    # a denial
    "BUENOS AIRES, 20 OCT 90 -- [TEXT] THE POLICE CHIEF SPOKE TODAY.  HE DENIED, HOWEVER, "
    "THAT THE SHOOTING OCCURRED INSIDE THE BARRACKS GATE.",
    # guerrillas as the victims
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE TRUCE IS IN DANGER.  TWO FARC GUERRILLAS JUAN "
    "PEREZ AND LUIS GOMEZ WERE GUNNED DOWN ON 18 OCTOBER NEAR NEIVA.",
    # a definite mention of the combat told before
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [TEXT] TODAY OUR UNITS AMBUSHED AN ARMY "
    "PATROL NEAR SESORI.  THE AMBUSH TOOK PLACE AT DAWN ON THE ROAD TO SAN MIGUEL.",
    # fighting: a bombing from the air or of a military target is war news
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] DURING THE FIGHTING IN THE NORTH, AN AIR FORCE "
    "HELICOPTER BOMBED THE VILLAGE OF EL PAISNAL.",
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] HEAVY CLASHES WERE REPORTED TODAY IN SAN "
    "VICENTE, WHERE THE REBELS BLEW UP A BRIDGE GUARDED BY TROOPS.",
    # 'attacked' alone against anything else: combat or background
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] EARLY TODAY THE REBELS ATTACKED THE POWER "
    "PLANT NEAR SAN ISIDRO.",
    # a rumour is no report
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE POLICE ASKED RESIDENTS NOT TO BELIEVE "
    "RUMORS THAT THE MARKET WILL BE BOMBED.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THERE ARE RUMORS THAT THE BANKER WAS MURDERED BY "
    "HIS OWN BODYGUARDS LAST WEEK.",
    # shots in the air during a protest
    "QUITO, 20 OCT 90 (EFE) -- [TEXT] STUDENTS MARCHED DOWNTOWN TODAY.  DURING THE MARCH, "
    "THE POLICE SHOT IN THE AIR TO DISPERSE THEM.",
    # a crime only linked to someone, a share of many crimes, an event told from years later
    "PANAMA CITY, 20 OCT 90 (EFE) -- [TEXT] TWO MEN WERE DEPORTED TODAY.  ONE OF THEM HAD "
    "BEEN LINKED WITH THE DEATH OF A LABOR LEADER WHO WAS MURDERED.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE POLICE SAID THE GANG HAD TAKEN PART IN MOST OF "
    "THE MURDERS OF UNION LEADERS IN THE REGION.",
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] THE BUILDING WAS SOLD IN 1980.  TWO YEARS LATER A BOMB "
    "EXPLODED AT ITS DOOR.",
    # officers killed on the battlefields: war
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [SPEECH] [TEXT] THE WAR GOES ON.  MANY YOUNG STUDENTS "
    "WHO WERE RECRUITED HAVE BEEN KILLED ON THE BATTLEFIELDS.",
    # a month named with its year, months before the report
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER VISITED THE PORT TODAY.  IN MARCH 1990 "
    "THE SAME GROUP BOMBED A BUS CARRYING TOURISTS NEAR THE DOCKS.",
    # a negation before an auxiliary and a pronoun
    "TEGUCIGALPA, 20 OCT 90 (HRN) -- [STATEMENT] [TEXT] THE UNION CALLED A STRIKE.  WE ARE "
    "NOT BLOCKING ROADS, NOR ARE WE HOLDING THE TOWN HOSTAGE.",
    # ongoing or habitual ('are being brutally murdered'), a possible attack, a suspension of
    # its attacks, a habit 'in many cases', a noun's modifier after 'and'
    "SAN SALVADOR, 20 OCT 90 -- [STATEMENT] [TEXT] THE GOVERNMENT ASKS HOW THE REBELS CAN "
    "TALK OF PEACE WHEN FARMERS ARE BEING BRUTALLY AND SENSELESSLY MURDERED.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE CARTEL SAID THE REPORTS OF A POSSIBLE ATTACK ON "
    "THE VISITING PRIME MINISTER IN CALI ARE FALSE.",
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [TEXT] THE FRONT TODAY DECREED THE "
    "SUSPENSION OF ITS SABOTAGE AGAINST THE POWER GRID.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE FIGURES ARE ONLY ESTIMATES, BECAUSE IN MOST CASES "
    "THE RANCHERS WERE KIDNAPPED BY GANGS THAT NEVER CLAIM IT.",
    "MEDELLIN, 20 OCT 90 (AFP) -- [TEXT] THE JUDGE, WHO WAS HANDLING SEVERAL MURDER AND "
    "EXTORTION CASES, RESIGNED TODAY.",
    # a call for an attack, a hostage held for months, a soldier named before the verb
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER SAID THAT SOME STUDENT LEADERS URGED THE "
    "THROWING OF FIRE BOMBS AT THE MINISTRY'S CARS.",
    "SANTIAGO, 20 OCT 90 -- [TEXT] THE BANKER RETURNED HOME TODAY.  THE BANKER WAS TAKEN "
    "HOSTAGE FOR 14 MONTHS BY A LEFTIST GROUP.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE POLICE REPORTED THAT 7TH BRIGADE SOLDIER PEDRO "
    "LUIS ROJAS WAS SHOT TO DEATH NEAR THE MARKET.",
    # 'the attack' right after a sentence telling combat: that combat
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [TEXT] OUR UNITS SURROUNDED THE HILL AT "
    "DAWN.  HEAVY FIGHTING WENT ON ALL MORNING NEAR THE BRIDGE.  AS A RESULT OF THE ATTACK, "
    "THERE WERE 15 CASUALTIES.",
    # 'who have also been murdered': people killed over the years
    "SAN SALVADOR, 20 OCT 90 (DOMESTIC SERVICE) -- [SPEECH] [TEXT] WE THANK THE TEACHERS OF THE "
    "NORTH, WHO HAVE ALSO BEEN MURDERED BY THE BANDS FROM ACROSS THE BORDER.",
    # 'seven other murders': a count of earlier crimes, not of attacks told now
    "MEDELLIN, 20 OCT 90 (EFE) -- [TEXT] THE POLICE ARRESTED A HIRED GUNMAN TODAY.  THE "
    "REPORT SAID THE GUNMAN IS RESPONSIBLE FOR FIVE OTHER MURDERS.",
    # a hedged report: 'it is believed that' something happened
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] PARTS OF THE CITY WERE DARK LAST NIGHT.  IT IS "
    "BELIEVED THAT TWO TRANSFORMERS WERE SABOTAGED NEAR THE RIVER.",
    # a habit in the present tense: 'when they take people hostage', 'those who like bombing'
    "SAN SALVADOR, 20 OCT 90 -- [INTERVIEW] [TEXT] THE COLONEL SPOKE TO REPORTERS.  HE SAID "
    "THE ARMY CANNOT ADVANCE WHEN THEY TAKE WHOLE FAMILIES AS HOSTAGES.",
    "SANTIAGO, 20 OCT 90 -- [TEXT] THE MINISTER SAID THE COUNTRY IS QUIET, EXCEPT FOR A FEW "
    "EXTREMISTS WHO LIKE THROWING GRENADES AND SHOOTING POLICEMEN.",
    # an attack noun paired with an abstract evil: a speech's charge, no event
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [TEXT] WE ACCUSE THE REGIME.  "
    "ITS DEATH SQUADS ARE SPREADING TERROR AND MURDER IN THE POOR NEIGHBORHOODS.",
    "CLANDESTINE, 20 OCT 90 -- [COMMUNIQUE] [TEXT] THE ANSWER TO OUR PROPOSAL WAS MORE "
    "REPRESSION BY MEANS OF PERSECUTION AND MURDER, WHICH ENDED IN THE MASSACRE OF THE "
    "TEACHERS OF THE NATIONAL UNION.",
    # a running tally of the same attack
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE GENERAL SAID THAT THE REBELS HAVE BLOWN UP THE "
    "NORTHERN OIL PIPELINE THUS FAR THIS YEAR WITHOUT BEING CAUGHT.",
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE GENERAL SAID THAT THE REBELS HAVE DYNAMITED THE "
    "NORTHERN OIL PIPELINE 14 TIMES THIS YEAR.",
    # a burn as an injury ('his burnt hands'), not a fire set
    "SAN SALVADOR, 20 OCT 90 -- [TEXT] THE SPOKESMAN SAID THE PRISONER WAS WELL TREATED.  "
    "HE ONLY SHOWED REPORTERS HIS BURNT HANDS AFTER HIS RELEASE.",
    # 'the ambush' after an ambush of a military vehicle told as an anniversary
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [TEXT] ON THE ANNIVERSARY OF OUR RADIO, "
    "A FRONT UNIT AMBUSHED A MILITARY VEHICLE CARRYING NATIONAL GUARDSMEN NEAR JUCUARAN.  "
    "THE AMBUSH TOOK PLACE ON THE COASTAL ROAD AND WAS CARRIED OUT WITH MINES.",
    # a rhetorical question argues with an attack, reports none
    "SAN SALVADOR, 20 OCT 90 -- [SPEECH] [TEXT] THE SENATOR ANSWERED HIS CRITICS.  HOW CAN "
    "INSPECTORS BE KEPT OUT OF THE BOMBED LIBRARY WHEN WEAPONS MAY BE HIDDEN THERE?",
    "SAN SALVADOR, 20 OCT 90 -- [SPEECH] [TEXT] WE ASK THE OFFICERS.  [BEGIN RECORDING] "
    "[GOMEZ] WAS IT BECAUSE THE TEACHER WAS A UNIONIST THAT HE WAS KIDNAPPED?",
    # anti-aircraft fire: war
    "SAN SALVADOR, 20 OCT 90 -- [COMMUNIQUE] [TEXT] REBELS FIRED A SURFACE-TO-AIR MISSILE "
    "TODAY FROM THE HILLS ABOVE USULUTAN AND FIRED ANOTHER ONE AT NOON.",
    # a camera crew 'shooting video footage' of a scene
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE FIRE WAS PUT OUT BY NOON.  A LOCAL TV CREW "
    "WAS SHOOTING VIDEO OF THE RUINS WHEN GUARDS ATTACKED THE CAMERAMAN.",
    # a habit in a present-tense 'when' clause
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [TEXT] WE DENOUNCE THE REGIME.  WHEN ITS "
    "POLICEMEN CATCH WOUNDED STUDENTS, THEY BEAT THEM IN A CELL AND LATER MURDER THEM.",
    # a promise that no one will be harmed
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE MINISTER WELCOMED THE TRUCE.  HE HOPES THE "
    "PLEDGE THAT NO ONE WILL BE KIDNAPPED ON THE HIGHWAYS IS HONORED.",
    # suspects called 'alleged kidnappers': a court story
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE COURT SUSPENDED A JUDGE TODAY FOR FREEING "
    "FOUR ALLEGED KIDNAPPERS WITHOUT A HEARING.",
])
def test_wire_no_incident(text):
    assert incidents(text) == []


# --- still an incident ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a recent date: news
    "LA PAZ, 20 OCT 90 (EFE) -- [TEXT] ON 18 OCTOBER UNIDENTIFIED GUNMEN MURDERED TWO "
    "FOREIGN ENGINEERS ON A STREET IN ORURO.",
    # a civilian who works at a barracks is no soldier
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THIS MORNING A CIVILIAN COOK AT THE 2D "
    "INFANTRY BRIGADE WAS SHOT TO DEATH BY UNIDENTIFIED MEN IN SANTA TECLA.",
    # a mention naming its victim
    "SAN SALVADOR, 20 OCT 90 -- [TEXT] THE BISHOP SPOKE TODAY.  HE SAID THE MURDER OF "
    "FATHER JUAN ROBLES MUST BE INVESTIGATED.",
    # a month of this report
    "LA PAZ, 20 OCT 90 (EFE) -- [TEXT] THE POLICE ARRESTED A MAN TODAY.  EARLY IN OCTOBER, "
    "TERRORISTS BLEW UP THE PYLONS CARRYING POWER TO ORURO.",
    # guerrillas as the attackers
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] TODAY GUERRILLAS ATTACKED THE TOWN OF HUANTA AND FIVE "
    "PEASANTS WERE KILLED.",
    # ... but not of an attack told as news
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] UNIDENTIFIED MEN TODAY BOMBED A BUS IN SANTA "
    "ANA.  THE ATTACK TOOK PLACE AT DAWN ON THE ROAD TO THE BORDER.",
    # a bombing of property told amid the fighting
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] HEAVY FIGHTING WENT ON TODAY IN MEJICANOS, WHERE "
    "THE REBELS BLEW UP A PHARMACY AND TWO POWER POLES.",
    "SAN SALVADOR, 20 OCT 90 (AFP) -- [TEXT] CLASHES CONTINUED IN THE SUBURBS, AND URBAN "
    "COMMANDOS DYNAMITED A BANK BRANCH ON THE MAIN AVENUE OF SOYAPANGO.",
    # 'attacked' alone, but against a town or a home: news
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] EARLY TODAY THE REBELS ATTACKED THE TOWN OF "
    "SAN ISIDRO, IN CABANAS DEPARTMENT.",
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] THE FMLN SAID THAT THE MAYOR'S HOUSE IN "
    "JUCUAPA WAS ALSO ATTACKED LAST NIGHT.",
    # a threat in the future passive: MUC-4 codes threats
    "TEGUCIGALPA, 20 OCT 90 (HRN) -- [COMMUNIQUE] [TEXT] WE HAVE A LIST OF TRAITORS.  THE "
    "UNION LEADERS ON THIS LIST WILL BE EXECUTED ONE BY ONE.",
    "CLANDESTINE, 20 OCT 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [TEXT] WE WARN DRIVERS NOT "
    "TO USE THE HIGHWAY, BECAUSE ALL VEHICLES ON IT WILL BE DYNAMITED.",
    # a month with its year, of this report
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] THE POLICE REPORTED THAT ON 18 OCTOBER 1990 TERRORISTS "
    "BOMBED A BUS CARRYING TOURISTS NEAR THE DOCKS.",
    # ... but 'the murder of X' after combat names its own victim
    "SAN SALVADOR, 20 OCT 90 (EFE) -- [TEXT] HEAVY FIGHTING WENT ON ALL MORNING NEAR THE "
    "BRIDGE.  THE BISHOP SAID THE MURDER OF FATHER JUAN ROBLES TODAY MUST BE INVESTIGATED.",
    # a victim shot several times: one attack, not a tally
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE CANDIDATE WAS RUSHED TO HOSPITAL THIS MORNING "
    "AFTER HE WAS SHOT SEVERAL TIMES BY A GUNMAN ON A FLIGHT TO BARRANQUILLA.",
    # 'an undetermined number of dead' is one attack's toll, not a statistic
    "LIMA, 20 OCT 90 (EFE) -- [TEXT] TERRORISTS DYNAMITED A BUS TERMINAL IN HUANCAYO "
    "TONIGHT, CAUSING AN UNDETERMINED NUMBER OF DEAD AND WOUNDED.",
    # captors who 'sentence' a hostage to death: no court story
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] THE REBELS KIDNAPPED THE OIL ENGINEER ON 17 OCTOBER "
    "AND SENTENCED HIM TO DEATH AS A SPY.",
    # 'since 2 October, when ...' dates the attack it tells, no running period
    "GUATEMALA CITY, 20 OCT 90 (ACAN-EFE) -- [TEXT] THE PARTY HAS HAD NO LEADER SINCE 2 "
    "OCTOBER, WHEN ITS SECRETARY GENERAL WAS SHOT TO DEATH BY TWO GUNMEN.",
    # a charge names who did the attack it tells
    "BOGOTA, 20 OCT 90 (EFE) -- [TEXT] A YOUTH WAS CHARGED WITH MURDER TODAY FOR THE "
    "SHOOTING OF A JUDGE IN CALI ON 18 OCTOBER.",
    # a reporter's question that names a particular attack still tells it
    "BOGOTA, 20 OCT 90 (EFE) -- [INTERVIEW] [TEXT] [REPORTER] WHAT DO YOU THINK OF THE FOUR "
    "BOMBS THAT EXPLODED YESTERDAY AT THE BANKS IN CALI, KILLING TWO GUARDS?",
])
def test_wire_incident_kept(text):
    assert len(incidents(text)) == 1


def test_wire_year_long_before_the_latest_year_named():
    """A report without a date: a year two or more before the latest year it names is past."""
    text = ("MOSCOW, NO DATE (DOMESTIC SERVICE) -- [TEXT] THE DRUG WAR GOES ON IN 1990.  IN "
            "1985 THE SAME CARTEL MURDERED THE MINISTER OF JUSTICE IN BOGOTA.")
    assert incidents(text, ref=None) == []
    recent = text.replace("IN 1985", "IN 1990")
    assert len(incidents(recent, ref=None)) == 1


# --- a clock time is not a year: 'AT 1945 HOURS' does not make a sentence background -------
@pytest.mark.parametrize("sentence, past", [
    ("AT 1945 HOURS YESTERDAY, GUERRILLAS MACHINE-GUNNED THE HOME OF THE MAYOR.", False),
    ("THE BOMB WENT OFF AT 2030 IN FRONT OF THE BANK.", False),
    ("THE BLAST WAS HEARD AT 1910 GMT.", False),
    ("THE SAME GROUP MACHINE-GUNNED THE HOME OF THE MAYOR IN 1985.", True),
    ("THE JUDGE WAS KILLED AT THE END OF 1987.", True),
])
def test_clock_time_is_not_a_year(sentence, past):
    doc = Document(text=sentence, reference_date=date(1990, 10, 20))
    assert _is_past(doc, doc.sentences[0]) is past


# --- a news story's headline names its own attack, even with court words -------------------
@pytest.mark.parametrize("text, count", [
    # the headline is the only sentence that tells the shooting
    ("Teen charged with murder in Sunday shooting outside bowling alley\n\n"
     "DAYTON, Ohio (WDTN) - Police say a 17-year-old was arrested on Tuesday.  He is held "
     "without bond at the county jail.", 1),
    # the same words in the body of a story are still background
    ("DAYTON, Ohio (WDTN) - Police say a 17-year-old was arrested on Tuesday.  He was "
     "convicted last year of a shooting outside a bowling alley.", 0),
])
def test_news_headline_is_not_background(text, count):
    from incidentcli.pipeline import build_document
    assert len(find_incidents(build_document(text))) == count
