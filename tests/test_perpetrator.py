"""Perpetrator and claim: each cue and each trap, in sentences written for these tests."""
import pytest

from incidentcli.document import Scope
from incidentcli.perpetrator import find_perpetrator
from incidentcli.pipeline import build_document


def run(text):
    doc = build_document(text)
    scope = Scope(sentences=list(range(len(doc.sentences))), anchor=doc.span(0, 1))
    result = find_perpetrator(doc, scope)
    for span in result.evidence.values():
        assert doc.text[span.start:span.end] == span.text
    return result


CASES = [
    # --- claimed
    ("A car bomb killed nine people outside a market in Kabul on Monday. The Taliban claimed "
     "responsibility for the blast in a statement.", "Taliban", "claimed"),
    ("Gunmen stormed a hotel in Mogadishu. Al-Shabaab said it had carried out the raid.",
     "Al-Shabaab", "claimed"),
    ("A suicide bomber struck a mosque in Peshawar. Responsibility for the bombing was "
     "claimed by the Pakistani Taliban.", "Tehrik-i-Taliban Pakistan (TTP)", "claimed"),
    ("Two rockets hit the base. A group calling itself the Guardians of the Valley Brigade "
     "claimed the attack.", "Guardians of the Valley Brigade", "claimed"),
    ("A bomb damaged a bank in Athens. The Red Dawn Cells claimed responsibility in a post "
     "on a left-wing website.", "Red Dawn Cells", "claimed"),
    ("Islamic State claimed the attack through its Amaq news agency. The explosion in Kirkuk "
     "killed four soldiers.", "Islamic State", "claimed"),
    ("Arsonists burned a relay mast near Grenoble. Anarchists who signed their message "
     "\"the night owls\" claimed responsibility for the fire.", "Anarchists", "claimed"),
    ("A bomb damaged a bank in Athens. People who phoned a newspaper said that the Red Dawn "
     "Cells were responsible for the blast.", "Red Dawn Cells", "suspected"),
    # a faction of a known group is that group; a faction named on its own is a name
    ("Gunmen attacked an army post near Diffa. Boko Haram's Shekau faction (Jama'atu Ahlis "
     "Sunna) claimed responsibility for the raid.", "Boko Haram", "claimed"),
    ("A bomb hit a bus depot. The Red Valley faction claimed responsibility on Monday.",
     "Red Valley faction", "claimed"),
    # "the X and Y Division of <known group>": the group, not the first branch's name
    ("Rebels torched a road roller in Malkangiri. The Kalimela and Motu Area Committee of "
     "the CPI (Maoist) claimed the raid on Friday.",
     "Communist Party of India - Maoist (CPI-Maoist)", "claimed"),
    # a lone attacker described by the kind of extremist he is: that kind
    ("A man stabbed two guards at a synagogue in Lyon. Marc Dupont, an unaffiliated "
     "white-supremacist extremist, claimed responsibility in a video.",
     "White-supremacist extremists", "claimed"),
    # the known group that claims it outranks an open-ended agent of the act
    ("A roadside bomb aimed at a Polish ISAF convoy exploded near Ghazni. The Taliban claimed "
     "responsibility for the blast.", "Taliban", "claimed"),
    ("Village Guard members opened fire on their commander in Khost. The Taliban claimed "
     "responsibility for the shooting.", "Taliban", "claimed"),
    # a known name that begins a longer proper name: that group, as worded
    ("Gunmen raided a mining camp near Walikale. Mai Mai Shetani Force claimed responsibility "
     "for the raid.", "Mai Mai Shetani Force", "claimed"),
    ("Gunmen raided a mining camp near Walikale. Sources attributed the raid to a Mai Mai "
     "militia.", "Mayi Mayi", "suspected"),
    ("A convoy was ambushed near Kandahar. The Taliban Sunday claimed responsibility for the "
     "ambush.", "Taliban", "claimed"),
    # a relative clause between the name and its verb
    ("A bomb wrecked a bank in Athens. The Red Dawn Cells, which had been silent since the "
     "spring, claimed responsibility in a post online.", "Red Dawn Cells", "claimed"),
    ("A BOMB EXPLODED AT A BANK IN LIMA. THE SHINING PATH, WHICH HAD NOT STRUCK IN THE "
     "CAPITAL FOR A YEAR, HAS CLAIMED RESPONSIBILITY FOR THE ATTACK.", "SHINING PATH",
     "claimed"),
    ("THE TUPAC AMARU REVOLUTIONARY MOVEMENT MACHINEGUNNED A POLICE POST IN HUANCAYO.",
     "TUPAC AMARU REVOLUTIONARY MOVEMENT", "reported"),
    # --- stated as fact
    ("Boko Haram fighters attacked a village near Maiduguri, killing 12 farmers.",
     "Boko Haram", "reported"),
    ("SIX POLICEMEN WERE KILLED IN AN AMBUSH BY GUERRILLAS OF THE FARABUNDO MARTI NATIONAL "
     "LIBERATION FRONT NEAR THE CAPITAL.", "FARABUNDO MARTI NATIONAL LIBERATION FRONT",
     "reported"),
    ("THE BRIDGE WAS DYNAMITED BY THE NEW DAWN POPULAR FRONT LAST NIGHT.",
     "NEW DAWN POPULAR FRONT", "reported"),
    ("THE NEW DAWN POPULAR FRONT, WHICH ON 3 MAY CLAIMED RESPONSIBILITY FOR THE BOMBING, "
     "ISSUED A STATEMENT.", "NEW DAWN POPULAR FRONT", "claimed"),
    ("THE BUS WAS BURNED BY A SELF- STYLED \"RED FLAME COMMAND\" GROUP.",
     "RED FLAME COMMAND", "reported"),
    # --- suspected
    ("Gunmen shot dead a village chief in Borno. No group claimed responsibility; however, "
     "officials attributed the attack to Boko Haram.", "Boko Haram", "suspected"),
    ("Assailants burned three trucks in Araucania. Police suspect that Mapuche activists "
     "carried out the arson.", "Mapuche extremists", "suspected"),
    ("A roadside bomb struck a patrol. Officials blamed the attack on the Kurdistan Workers' "
     "Party.", "Kurdistan Workers' Party (PKK)", "suspected"),
    ("A grenade was thrown at a police post. Sources suspected the involvement of the "
     "Lashkar-e-Taiba.", "Lashkar-e-Taiba (LeT)", "suspected"),
    ("Two buses were set on fire. Authorities said the arson bore the hallmarks of the "
     "Black Lantern Movement.", "Black Lantern Movement", "suspected"),
    ("A trade union leader was shot dead in Cali. His family accused the Colombian army of "
     "the killing.", "Colombian army", "suspected"),
    ("Gunmen robbed a bank in Srinagar. Police arrested two Hizbul Mujahideen members in "
     "connection with the robbery.", "Hizbul Mujahideen (HM)", "suspected"),
    ("A grenade hit a market. Officials suspected Jaish-e-Mohammad was involved.",
     "Jaish-e-Mohammad (JeM)", "suspected"),
    # "took part in", "participated in" the attack: accused
    ("A bomb destroyed the bridge. Police said two men and a member of the Red Hand Brigade "
     "took part in the bombing.", "Red Hand Brigade", "suspected"),
    ("THE MINISTER SAID THAT MEMBERS OF THE NATIONAL GUARD PARTICIPATED IN THE MASSACRE OF "
     "THE PEASANTS.", "NATIONAL GUARD", "suspected"),
    # linked with, charged with, brought to trial for the attack; "were the ones who killed"
    ("CONGRESS SAID THE ARREST OF FIVE ARMY MEMBERS LINKED WITH THE ASSASSINATION OF THE "
     "MAYOR HAS CAUSED A RIFT.", "ARMY", "suspected"),
    ("THE JUDGE SAID FOUR MEMBERS OF THE NATIONAL GUARD WERE CHARGED WITH THE MURDER OF "
     "THE NUNS.", "NATIONAL GUARD", "suspected"),
    ("HE SAID THAT IF OFFICERS OF THE HONDURAN ARMY ARE TO BE BROUGHT TO TRIAL FOR THE "
     "KILLING OF THE TEACHERS, IT WILL BE A STEP FORWARD.", "HONDURAN ARMY", "suspected"),
    ("THE PRESIDENT HAS ACCEPTED THAT ARMED FORCES PERSONNEL WERE THE ONES WHO MURDERED THE "
     "STUDENTS.", "ARMED FORCES", "suspected"),
    ("Prosecutors said the Red Hand Brigade is linked to the bombing of the bank.",
     "Red Hand Brigade", "suspected"),
    # the name before an aside in dashes and "who said they ..."
    ("THE STATION RECEIVED A CALL FROM THE RED DAWN COMMAND -- A GROUP UNKNOWN UNTIL NOW -- "
     "WHO SAID THEY WERE RESPONSIBLE FOR THE BLAST.", "RED DAWN COMMAND", "claimed"),
    # the kind of group, then which one, in the next sentence
    ("THE POLICE POST IN TINGO MARIA WAS ATTACKED BY ARMED NARCOTERRORISTS. THE GROUP WAS "
     "MADE UP OF SOME 200 MEMBERS OF THE SHINING PATH AND LOCAL DRUG TRAFFICKERS.",
     "SHINING PATH", "reported"),
    # the attackers left the group's leaflets or painted its name: suspected
    ("The attackers left leaflets signed by the Red Dawn Cells at the scene.",
     "Red Dawn Cells", "suspected"),
    ("THE ASSAILANTS PAINTED THE WALLS WITH SLOGANS OF THE LAUTARO YOUTH FRONT BEFORE "
     "FLEEING.", "LAUTARO YOUTH FRONT", "suspected"),
    # whose units they are is no act: the attack's doer is named further on
    ("THIS MORNING UNITS OF THE HONDURAN ARMED FORCES ENDED THE TERRORIST OPERATION CARRIED "
     "OUT BY THE CINCHONEROS AT THE BANK.", "CINCHONEROS", "reported"),
    # a hedge in another clause leaves the link stated; in its own clause it hedges it
    ("URBAN CELLS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED SIX POSTS IN THE "
     "CAPITAL, AND THE FIGHTING IS APPARENTLY GOING ON.",
     "FARABUNDO MARTI NATIONAL LIBERATION FRONT", "reported"),
    ("URBAN CELLS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT APPARENTLY ATTACKED SIX "
     "POSTS IN THE CAPITAL.", "FARABUNDO MARTI NATIONAL LIBERATION FRONT", "suspected"),
    ("FMLN GUERRILLAS ATTACKED SIX POSTS IN THE CAPITAL, ACCORDING TO POLICE.", "FMLN",
     "suspected"),
    ("THE MINISTER CLAIMED THAT FMLN GUERRILLAS HAD ATTACKED SIX POSTS IN THE CAPITAL.",
     "FMLN", "suspected"),
    ("IT HAS NOT YET BEEN CONFIRMED THAT A HOTEL WAS ALSO ATTACKED BY THE FMLN.", "FMLN",
     "suspected"),
    # the group's own claim stays a claim
    ("THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK ON SIX POSTS IN THE CAPITAL.", "FMLN",
     "claimed"),
    # the one who ordered or masterminded the attack
    ("THE MINISTER SAID THAT THE CALI CARTEL ORDERED THE ASSASSINATION OF THE JUDGE.",
     "CALI CARTEL", "reported"),
    # "by mistake" names no agent: the subject did it
    ("HONDURAN ARMY TROOPS KILLED FOUR FISHERMEN BY MISTAKE NEAR THE BORDER.", "HONDURAN ARMY",
     "reported"),
    ("THE SQUATTERS WERE ATTACKED BY FARABUNDO MARTI NATIONAL LIBERATION FRONT UNITS.",
     "FARABUNDO MARTI NATIONAL LIBERATION FRONT", "reported"),
    # of "X and Y", the one next to the cue when X names no one
    ("A JUDGE ORDERED THE ARREST OF A COLONEL AND SIX MEMBERS OF THE ARMY INVOLVED IN THE "
     "MURDER OF THE UNION LEADERS.", "ARMY", "suspected"),
    # --- appositives: the group in it, or the name before it, or no one when it is a person
    ("A bomb hit a bank. The Iron Spring Cells, an anarchist group, claimed responsibility "
     "online.", "Iron Spring Cells", "claimed"),
    ("A shop was torched. Omar Haddad, a member of the Kurdistan Workers' Party, claimed "
     "responsibility.", "Kurdistan Workers' Party (PKK)", "claimed"),
    # --- denied: a denial stays a denial
    ("A mortar hit a school in Helmand. Officials blamed the Taliban, which denied "
     "involvement.", "Taliban", "denied"),
    # --- the strongest link attested wins
    ("Police said the bombing was suspected to be the work of the ELN. The ELN later claimed "
     "responsibility for the bombing.", "National Liberation Army (ELN)", "claimed"),
    # --- coordinated names: the first named
    ("The Taliban and the Haqqani Network both claimed responsibility for the assault.",
     "Taliban", "claimed"),
    # --- a unit of a known group: the group, as GTD codes it
    ("Sources attributed the attack to the Northern Column of the New People's Army.",
     "New People's Army (NPA)", "suspected"),
    ("Officials blamed the raid on the Eastern faction (Lake Command) of Boko Haram.",
     "Boko Haram", "suspected"),
    # --- whoever answered the attack is not its author
    ("A bomber was shot dead by vigilante guards at the gate. Police attributed the attack to "
     "Boko Haram.", "Boko Haram", "suspected"),
    ("The raid was repelled by the Cameroon army. Sources attributed the attack to "
     "separatists.", "Separatists", "suspected"),
    # --- a branch is named only when the text names it
    ("A bomb exploded in Jalalabad. Islamic State Khorasan Province claimed responsibility.",
     "Khorasan Chapter of the Islamic State", "claimed"),
    ("A bomb exploded in Jalalabad. Islamic State claimed responsibility.",
     "Islamic State", "claimed"),
    ("In a post online, a left-wing extremist claimed responsibility for the arson.",
     "Left-wing extremists", "claimed"),
    ("The Red Dawn Cells has claimed the responsibilty for the fire.", "Red Dawn Cells",
     "claimed"),  # sic: misspelt in the source
    # --- a category word does not hide the group it describes
    ("Police blamed the attack on the Maoist Shining Path.",
     "Shining Path (Sendero Luminoso)", "suspected"),
    # --- categories are plural names
    ("An assailant stabbed a guard. Sources attributed the attack to a Palestinian extremist.",
     "Palestinian Extremists", "suspected"),
    # --- "accused X of <the deed>": the name stands before the "of"
    ("SEVEN FARMERS WERE SHOT DEAD IN A HAMLET NEAR SAN VICENTE. THE HUMAN RIGHTS OFFICE "
     "ACCUSED THE ARMY OF THE MASSACRE.", "ARMY", "suspected"),
    ("SEVEN FARMERS WERE SHOT DEAD IN A HAMLET NEAR SAN VICENTE. THE PARISH PRIEST ACCUSED "
     "MEMBERS OF THE NATIONAL GUARD OF COMMITTING THE CRIME.", "NATIONAL GUARD", "suspected"),
    ("Seven farmers were shot dead in a hamlet near San Vicente. The bishop accused the "
     "army of the killings.", "army", "suspected"),
    # --- "<X> as (having been) responsible for": X is accused
    ("SEVEN FARMERS WERE SHOT DEAD IN A HAMLET NEAR SAN VICENTE. THE MINISTER DID NOT RULE "
     "OUT ROGUE ELEMENTS OF THE ARMY AS HAVING BEEN RESPONSIBLE FOR THE CRIME.", "ARMY",
     "suspected"),
    ("SEVEN FARMERS WERE SHOT DEAD IN A HAMLET NEAR SAN VICENTE. SURVIVORS IDENTIFIED THE "
     "NATIONAL GUARD AS RESPONSIBLE FOR THE KILLINGS.", "NATIONAL GUARD", "suspected"),
]


@pytest.mark.parametrize("text, name, claim", CASES)
def test_named(text, name, claim):
    result = run(text)
    assert result.perpetrator.name == name
    assert result.perpetrator.claim == claim
    assert "perpetrator" in result.evidence and "claim" in result.evidence


@pytest.mark.parametrize("text, claim", [
    # generic actors are not names
    ("Unidentified gunmen opened fire on a bus, killing three passengers.", None),
    # claimed, by someone the text does not name
    ("Assailants claimed responsibility in a phone call to a local radio station.", "claimed"),
    ("An unknown group claimed responsibility in a note left at the scene.", "claimed"),
    ("A gym was set on fire. Mark Doyle, an unaffiliated individual, claimed responsibility.",
     "claimed"),
    ("Police said the suspect detonated a device at the gate.", None),
    ("SEVERAL TERRORISTS ATTACKED THE POWER STATION WITH RIFLES.", None),
    ("Armed men kidnapped two engineers; police said the kidnappers fled by boat.", None),
    # state forces acting, not accused, are not perpetrators
    ("THE 4TH INFANTRY BRIGADE HEAVILY BOMBED REBEL POSITIONS NEAR THE VOLCANO.", None),
    ("Afghan National Army soldiers opened fire on the attackers, killing two.", None),
    ("At a base near the river, an Afghan National Army (ANA) soldier turned his rifle on his comrades.", None),
    # unclaimed: no name, an explicit no-claim
    ("A bomb exploded near a checkpoint in Mosul. No group has claimed responsibility.",
     "unclaimed"),
    # people are accused too; a Title Case headline is no name
    ("Police said Darren Cole is accused of the murder of two men.", None),
    ("Family Members Shot Outside Downtown Club", None),
    ("Detectives believe that Paul Ruiz was behind the shooting.", None),
    ("A car with a Confederate flag was seen near the scene.", None),
    # a place or a person before a verb is not a group
    ("An explosive device attached to the car of Ahmad Rahimi detonated in Kandahar.", None),
    # taking part in something that is no attack
    ("A BOMB DESTROYED THE CLINIC. FIREMEN AND RELIEF BRIGADE MEMBERS PARTICIPATED IN THE "
     "EVACUATION OF THE WOUNDED.", None),
])
def test_no_name(text, claim):
    result = run(text)
    assert result.perpetrator.name is None
    assert result.perpetrator.claim == claim


def test_background_group_is_not_the_perpetrator():
    text = ("Gunmen attacked a police station in Diyala on Tuesday, killing two officers. "
            "It came weeks after another attack claimed by Islamic State on a checkpoint. "
            "Kata'ib Hezbollah fighters carried out Tuesday's assault, officials said.")
    result = run(text)
    assert result.perpetrator.name == "Kata'ib Hezbollah"


def test_nearest_sentence_to_the_anchor_wins():
    text = ("In March, the Shining Path claimed the bombing of a power line. "
            "On Friday, MRTA guerrillas kidnapped a businessman in Lima.")
    doc = build_document(text)
    anchor = text.index("kidnapped")
    scope = Scope(sentences=[0, 1], anchor=doc.span(anchor, anchor + 9))
    assert find_perpetrator(doc, scope).perpetrator.name == \
        "Tupac Amaru Revolutionary Movement (MRTA)"


def run_scope(text, sentences, anchor_sentence=None):
    doc = build_document(text)
    first = doc.sentences[sentences[0] if anchor_sentence is None else anchor_sentence]
    scope = Scope(sentences=sentences, anchor=doc.span(first.start, first.start + 1))
    return find_perpetrator(doc, scope)


@pytest.mark.parametrize("text, name, claim", [
    # the scope names one group without a cue: it is the doer, as stated
    ("SHINING PATH COLUMNS AND A BUS BURNING ON THE HIGHWAY NEAR HUANTA TODAY. FOUR "
     "PASSENGERS DIED.", "SHINING PATH", "reported"),
    # ... unless its sentence hedges it
    ("IN THE OPINION OF THE POLICE, THE BUS BURNING ON THE HIGHWAY NEAR HUANTA TODAY IS A "
     "SHINING PATH WARNING. FOUR PASSENGERS DIED.", "SHINING PATH", "suspected"),
    ("THE BUS BURNING ON THE HIGHWAY NEAR HUANTA TODAY WAS PROBABLY A SHINING PATH WARNING. "
     "FOUR PASSENGERS DIED.", "SHINING PATH", "suspected"),
    # "<act> of the X": X did it
    ("THE BRIDGE WAS DESTROYED IN AN ATTACK OF THE SHINING PATH ON THE HIGHWAY NEAR HUANTA "
     "TODAY.", "SHINING PATH", "reported"),
    # a branch keeps the branch name (its abbreviation still says the parent)
    ("THE CAMILIST UNION OF THE ARMY OF NATIONAL LIBERATION DYNAMITED THE PIPELINE.",
     "Camilist Union (UC-ELN)", "reported"),
])
def test_named_without_cue(text, name, claim):
    result = run(text)
    assert (result.perpetrator.name, result.perpetrator.claim) == (name, claim)


@pytest.mark.parametrize("text, name, claim", [
    # the group reports what its units did: its claim
    ("THE ZARATE WILLKA LIBERATION ARMED FORCES REPORT THAT URBAN COMMANDO UNITS DYNAMITED "
     "TWO POWER PYLONS NEAR LA PAZ.", "ZARATE WILLKA LIBERATION ARMED FORCES", "claimed"),
    # a rebel radio's "our units": the insurgents it speaks for
    ("CLANDESTINE, 3 MAY 89 (RADIO VENCEREMOS) -- [TEXT] THE FMLN CONTINUES ITS CAMPAIGN. "
     "OUR UNITS SABOTAGED THE POWER LINES IN USULUTAN.", "FMLN", "reported"),
    ("CLANDESTINE, 9 MAY 89 (RADIO VENCEREMOS) -- [TEXT] THE FMLN OFFENSIVE GOES ON. AFTER "
     "DISLODGING THE ENEMY TROOPS, OUR FORCES SET THE SAWMILL ON FIRE.", "FMLN", "reported"),
])
def test_units_of_the_speaker(text, name, claim):
    result = run(text)
    assert (result.perpetrator.name, result.perpetrator.claim) == (name, claim)


@pytest.mark.parametrize("text", [
    # the group is the source, the target or the other side, not the doer
    ("THE FMLN REPORTS THAT A BOMB EXPLODED IN THE MARKET TODAY. SEVEN PEOPLE DIED."),
    ("TALKS WITH THE FMLN WERE SUSPENDED AFTER A BOMB EXPLODED IN THE MARKET."),
    ("TALKS BETWEEN THE GOVERNMENT AND THE FMLN WERE SUSPENDED AFTER A BOMB EXPLODED IN THE "
     "MARKET."),
    ("FIGHTING BETWEEN THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] AND THE ARMY WENT "
     "ON AS A BOMB EXPLODED IN THE MARKET."),
    ("THE NEW BATTALION WAS CREATED TO COMBAT THE FMLN.  A BOMB EXPLODED IN THE MARKET."),
    ("SAN SALVADOR, 2 MAY 90 -- [COMMUNIQUE] [FARABUNDO MARTI NATIONAL LIBERATION FRONT] "
     "[TEXT] A BOMB EXPLODED IN THE MARKET TODAY."),
    # the group owns what is named before it: its leader, its headquarters
    ("A BOMB EXPLODED OUTSIDE THE HOME OF A LEADER OF THE PATRIOTIC UNION IN CALI TODAY."),
    ("THE JUDGE WHO WAS SHOT TODAY HAD TRIED THE FINANCE CHIEF OF THE MEDELLIN CARTEL."),
    # the text says no one claimed it, and the group named is the victim's side
    ("Gunmen shot dead a former Taliban commander in Kandahar. No group has claimed "
     "responsibility for the killing."),
    ("A roadside bomb hit an SDF vehicle near Raqqa. No group claimed responsibility."),
    ("Assailants killed a leader in the Popular Mobilization Forces in Baghdad. No group "
     "claimed responsibility for the incident."),
    ("A bomb wounded two guards and a spokesman for the Taliban in Herat. No group claimed "
     "the attack."),
    ("Gunmen killed Omar Nuri, the Popular Mobilization Forces (PMF) deputy director, in "
     "Basra. No group claimed responsibility."),
])
def test_unlinked_bystander_is_no_doer(text):
    assert run(text).perpetrator.name is None


@pytest.mark.parametrize("text, name", [
    # no one has claimed it: the group the text names is no more than suspected
    ("A bomb exploded at a market in Kabul. No group has claimed responsibility. The Taliban "
     "control much of the province.", "Taliban"),
    ("A DYNAMITE CHARGE DAMAGED THE BANK IN MEDELLIN TODAY. NO GROUP HAS CLAIMED "
     "RESPONSIBILITY FOR THE ATTACK. THE MEDELLIN CARTEL OPERATES IN THE AREA.",
     "MEDELLIN CARTEL"),
])
def test_unclaimed_named_group_is_suspected(text, name):
    result = run(text)
    assert (result.perpetrator.name, result.perpetrator.claim) == (name, "suspected")


@pytest.mark.parametrize("text, claim", [
    # stated as fact in a sentence next to the scope: the report states the doer
    ("A BOMB EXPLODED AT THE POWER STATION IN CALI TODAY. THE BLAST CUT POWER TO THE "
     "CITY. POLICE SAID THE STATION WAS DYNAMITED BY THE NEW DAWN POPULAR FRONT.", "reported"),
    # hedged there: suspected
    ("A BOMB EXPLODED AT THE POWER STATION IN CALI TODAY. THE BLAST CUT POWER TO THE "
     "CITY. THE STATION WAS PRESUMABLY DYNAMITED BY THE NEW DAWN POPULAR FRONT.", "suspected"),
])
def test_group_linked_in_a_sentence_next_to_the_scope(text, claim):
    result = run_scope(text, [0])
    assert result.perpetrator.name == "NEW DAWN POPULAR FRONT"
    assert result.perpetrator.claim == claim


def test_group_linked_farther_from_the_scope_keeps_its_status():
    # stated three sentences before the attack, with sentences on both sides nearer: the
    # report states the doer (wire keys code it as fact)
    text = ("A PIPELINE WAS DYNAMITED BY THE NEW DAWN POPULAR FRONT. THE MAYOR CALLED "
            "A MEETING. SCHOOLS STAYED CLOSED. A BOMB EXPLODED AT THE POWER STATION IN CALI "
            "TODAY. THE BLAST CUT POWER TO THE CITY. REPAIR CREWS WORKED ALL NIGHT. TRAFFIC "
            "LIGHTS WERE OUT.")
    result = run_scope(text, [3])
    assert result.perpetrator.name == "NEW DAWN POPULAR FRONT"
    assert result.perpetrator.claim == "reported"


@pytest.mark.parametrize("text", [
    "THE MINISTER DENIED THAT THE ARMED FORCES HAD MURDERED THE TWO TEACHERS IN SAN MARCOS.",
    "THE GENERAL REJECTED REPORTS THAT THE ARMED FORCES HAD MURDERED THE TWO TEACHERS.",
    "THE AMBASSADOR SAID THERE WAS NO EVIDENCE THAT THE ARMED FORCES MURDERED THE TEACHERS.",
    "THE SPOKESMAN DISPUTED CLAIMS THAT THE ARMED FORCES HAD MURDERED THE TWO STUDENTS.",
])
def test_disputed_link_is_suspected(text):
    result = run(text)
    assert result.perpetrator.claim == "suspected"


@pytest.mark.parametrize("text, name, claim", [
    # wire copy: the armed services as the doer of what they did to civilians
    ("THE HAMLET OF LAS FLORES WAS BOMBED BY THE AIR FORCE THIS MORNING, KILLING FOUR "
     "PEASANTS.", "AIR FORCE", "reported"),
    ("THE ARMED FORCES MASSACRED 12 PEASANTS IN THE HAMLET OF EL JUNCAL.", "ARMED FORCES",
     "reported"),
    # a noun before "OF" is what the phrase is about, the name comes after it
    ("THE FARM WAS BURNED BY SOME FRIENDS OF THE NEW DAWN POPULAR FRONT.",
     "NEW DAWN POPULAR FRONT", "reported"),
])
def test_wire_state_forces_and_head_nouns(text, name, claim):
    result = run(text)
    assert (result.perpetrator.name, result.perpetrator.claim) == (name, claim)


@pytest.mark.parametrize("text", [
    # police, bare soldiers and numbered units acting answer an attack
    "THE TERRORISTS WHO ATTACKED THE BANK WERE KILLED BY THE POLICE.",
    "TWO GUERRILLAS WERE KILLED BY THE 3D BRIGADE NEAR THE BRIDGE.",
    "THE AMBUSH WAS REPELLED BY SOLDIERS OF THE ARCE BATTALION.",
])
def test_wire_responders_are_no_doers(text):
    assert run(text).perpetrator.name is None


def test_we_blame():
    result = run("A BOMB KILLED THE MAYOR OF EL PARAISO. WE BLAME THE NEW DAWN POPULAR FRONT FOR "
                 "THIS COWARDLY ASSASSINATION.")
    assert (result.perpetrator.name, result.perpetrator.claim) == ("NEW DAWN POPULAR FRONT",
                                                                  "suspected")


@pytest.mark.parametrize("text, name", [
    # an "offensive" is a campaign, not the incident: it links no group to it
    ("THE MAYOR WAS SHOT DEAD IN HIS OFFICE 5 DAYS AFTER THE NEW DAWN POPULAR FRONT OFFENSIVE "
     "BEGAN.", None),
    ("THE ARMY OF NATIONAL LIBERATION-CAMILIST UNION (UC-ELN) DYNAMITED THE PIPELINE TODAY.",
     "Camilist Union (UC-ELN)"),
])
def test_campaigns_and_branches(text, name):
    assert run(text).perpetrator.name == name


@pytest.mark.parametrize("text, name, claim", [
    # the denier blames another group: the blamed one is the suspect
    ("THE ARMED FORCES PRESS OFFICE DENIED ANY RESPONSIBILITY FOR THE BLAST AND BLAMED THE NEW "
     "DAWN POPULAR FRONT.", "NEW DAWN POPULAR FRONT", "suspected"),
    # "X, which confirmed the attack": the attack is not X's
    ("THE GARRISON WAS HIT BY MORTAR FIRE. THE NEW DAWN POPULAR FRONT, WHICH CONFIRMED THE "
     "ATTACK, SAID NOTHING MORE.", None, None),
])
def test_denier_and_confirmer(text, name, claim):
    result = run(text)
    assert (result.perpetrator.name, result.perpetrator.claim) == (name, claim)


def test_misspelt_responsibility_is_still_a_claim():
    result = run("Gunmen attacked a checkpoint in Kunduz. The Taliban claimed resposnibility for "
                 "the attack.")
    assert (result.perpetrator.name, result.perpetrator.claim) == ("Taliban", "claimed")


@pytest.mark.parametrize("text, name, claim", [
    # "the guerrillas" stand for the one armed group the text names
    ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] ANNOUNCED A NEW CAMPAIGN.  "
     "YESTERDAY A BRIDGE IN USULUTAN WAS DYNAMITED BY THE GUERRILLAS.",
     "FMLN", "reported"),
    ("Rebels of the National Liberation Army (ELN) have grown stronger in Arauca. On Sunday "
     "a pipeline pumping station was blown up by leftist rebels, officials said.",
     "National Liberation Army (ELN)", "reported"),
])
def test_generic_rebels_are_the_named_group(text, name, claim):
    r = run(text)
    assert (r.perpetrator.name, r.perpetrator.claim) == (name, claim)


def test_generic_rebels_without_a_named_group_give_no_name():
    r = run("A BRIDGE IN USULUTAN WAS DYNAMITED BY THE GUERRILLAS LAST NIGHT.")
    assert r.perpetrator.name is None


@pytest.mark.parametrize("text, name", [
    # in a rebel radio's own report the state's men are the doers it reports
    ("CLANDESTINE, 4 MAR 90 (RADIO LIBERTAD) -- [TEXT] THIS MORNING THE VILLAGE OF EL "
     "ROBLE WAS BOMBED BY THE 4TH INFANTRY BRIGADE, KILLING THREE PEASANTS.",
     "4TH INFANTRY BRIGADE"),
    ("CLANDESTINE, 4 MAR 90 (RADIO LIBERTAD) -- [TEXT] THE PEASANTS OF EL ROBLE WERE "
     "MURDERED BY TROOPS OF THE ATONAL BATTALION.", "ATONAL BATTALION"),
])
def test_rebel_radio_names_the_state_forces(text, name):
    r = run(text)
    assert r.perpetrator.name == name
    assert r.perpetrator.claim == "reported"


@pytest.mark.parametrize("text, name, claim", [
    # the armed group's acts told in a rebel radio's own report are its claim
    ("CLANDESTINE, 6 MAR 90 (RADIO LIBERTAD) -- [TEXT] LAST NIGHT THE FMLN ATTACKED THE "
     "GARRISON IN EL ROBLE, WHERE WE KILLED FOUR SOLDIERS.", "FMLN", "claimed"),
    ("CLANDESTINE, NO DATE (RADIO LIBERTAD) -- [TEXT] THE POWER PYLONS NEAR EL ROBLE WERE "
     "DYNAMITED BY THE FMLN AT DAWN.", "FMLN", "claimed"),
    # the state forces it reports are no claim of theirs
    ("CLANDESTINE, 6 MAR 90 (RADIO LIBERTAD) -- [TEXT] THE AIR FORCE BOMBED THE VILLAGE OF "
     "EL ROBLE AT DAWN.", "AIR FORCE", "reported"),
])
def test_rebel_radio_reports_its_own_acts_as_claims(text, name, claim):
    r = run(text)
    assert (r.perpetrator.name, r.perpetrator.claim) == (name, claim)


def test_rebel_radio_own_forces_are_not_state_forces():
    r = run("CLANDESTINE, 4 MAR 90 (RADIO LIBERTAD) -- [TEXT] THE GARRISON IN EL ROBLE "
            "WAS ATTACKED BY OUR FORCES AT DAWN.")
    assert r.perpetrator.name is None


@pytest.mark.parametrize("text, name", [
    # bare soldiers / troops stand for the armed forces
    ("CLANDESTINE, 4 MAR 90 (RADIO LIBERTAD) -- [TEXT] THREE PEASANTS WERE MURDERED BY "
     "SOLDIERS IN EL ROBLE.", "ARMED FORCES"),
    # a rebel radio dateline without a date is still the rebels' own voice
    ("CLANDESTINE, NO DATE (RADIO LIBERTAD) -- [TEXT] THREE PEASANTS WERE MURDERED BY "
     "TROOPS IN EL ROBLE.", "ARMED FORCES"),
])
def test_rebel_radio_soldiers_are_the_armed_forces(text, name):
    assert run(text).perpetrator.name == name


@pytest.mark.parametrize("text, name", [
    # killers in a service's uniform: that service is suspected, when nothing else is linked
    ("THE TWO TRADE UNIONISTS WERE MACHINEGUNNED BY MEN WEARING ARMY UNIFORMS.", "ARMY"),
    ("A judge was shot dead outside his home by two men in police uniforms.", "police"),
])
def test_uniformed_killers(text, name):
    r = run(text)
    assert (r.perpetrator.name, r.perpetrator.claim) == (name, "suspected")


def test_a_named_group_outranks_the_uniform():
    r = run("THE MAYOR WAS KILLED BY MEN IN MILITARY UNIFORMS.  POLICE BLAMED THE ATTACK ON "
            "THE NEW DAWN POPULAR FRONT.")
    assert r.perpetrator.name == "NEW DAWN POPULAR FRONT"


def test_state_forces_that_admit_it():
    r = run("THE HONDURAN ARMY ACCEPTED RESPONSIBILITY FOR THE DEATH OF A FARMER WHO WAS SHOT "
            "AT A CHECKPOINT.")
    assert (r.perpetrator.name, r.perpetrator.claim) == ("HONDURAN ARMY", "claimed")


@pytest.mark.parametrize("text, name", [
    ("CLANDESTINE, 4 MAR 90 (RADIO LIBERTAD) -- [TEXT] THE AIR FORCE BEGAN BOMBING THE "
     "VILLAGE OF EL ROBLE AT DAWN, KILLING TWO CHILDREN.", "AIR FORCE"),
    ("CLANDESTINE, 4 MAR 90 (RADIO LIBERTAD) -- [TEXT] THE ARMED FORCES ASSAULTED A "
     "CLINIC IN EL ROBLE AND KILLED A NURSE.", "ARMED FORCES"),
])
def test_more_attack_verbs(text, name):
    assert run(text).perpetrator.name == name


@pytest.mark.parametrize("text, name", [
    ("Police said five men, including members of the Guatemalan army, were detained over "
     "their alleged role in the killing of the union leader.", "Guatemalan army"),
    ("TWO MEMBERS OF THE SHINING PATH WERE ARRESTED BECAUSE OF THEIR SUSPECTED "
     "INVOLVEMENT IN THE BOMBING.", "SHINING PATH"),
])
def test_arrested_for_their_involvement(text, name):
    r = run(text)
    assert (r.perpetrator.name, r.perpetrator.claim) == (name, "suspected")


def _last_sentence_scope(doc):
    last = len(doc.sentences) - 1
    return Scope(sentences=[last], anchor=doc.span(doc.sentences[last].start,
                                                   doc.sentences[last].start + 1))


def test_the_one_group_the_whole_text_names():
    doc = build_document("LIMA, 3 APR 90 (EFE) -- [TEXT] THE SHINING PATH IS STRONG IN THE "
                         "CENTRAL ANDES.  VOTERS WERE URGED TO STAY AWAY FROM THE POLLS.  "
                         "TODAY A BOMB DESTROYED A BANK BRANCH IN HUANCAYO.")
    r = find_perpetrator(doc, _last_sentence_scope(doc))
    # the likeliest doer, but the text does not tie it to this attack: suspected
    assert (r.perpetrator.name, r.perpetrator.claim) == ("SHINING PATH", "suspected")
    assert doc.text[r.evidence["perpetrator"].start:r.evidence["perpetrator"].end] == \
        "SHINING PATH"


@pytest.mark.parametrize("first, claim", [
    # the text says, far from this attack, that the group acts: the doer as reported
    ("THE SHINING PATH DYNAMITED TWO PYLONS NEAR AYACUCHO LAST WEEK.", "reported"),
    ("LAST WEEK TWO PYLONS NEAR AYACUCHO WERE DYNAMITED BY THE SHINING PATH.", "reported"),
    # a claim there is the group's word on its campaign
    ("THE SHINING PATH CLAIMED RESPONSIBILITY FOR THE BLACKOUTS IN AYACUCHO.", "claimed"),
    # named with no act: no more than the likeliest doer
    ("THE SHINING PATH HAS MANY FOLLOWERS IN THE CENTRAL ANDES.", "suspected"),
])
def test_the_one_group_the_text_names_keeps_its_stated_link(first, claim):
    doc = build_document(f"LIMA, 3 APR 90 (EFE) -- [TEXT] {first}  VOTERS WERE URGED TO "
                         "STAY AWAY FROM THE POLLS.  THE CURFEW BEGINS AT MIDNIGHT.  THE "
                         "MAYOR CALLED A MEETING.  SCHOOLS STAYED CLOSED.  TODAY A BOMB "
                         "DESTROYED A BANK BRANCH IN HUANCAYO.")
    r = find_perpetrator(doc, _last_sentence_scope(doc))
    assert (r.perpetrator.name, r.perpetrator.claim) == ("SHINING PATH", claim)
    ev = r.evidence["claim"]
    assert doc.text[ev.start:ev.end] == ev.text


def test_a_group_and_its_branch_count_as_one():
    doc = build_document("BOGOTA, 3 APR 90 (EFE) -- [TEXT] THE ELN IS STRONG IN ARAUCA, WHERE "
                         "ITS CAMILIST UNION OPERATES.  VOTERS WERE URGED TO STAY AWAY FROM "
                         "THE POLLS.  TODAY A BOMB DESTROYED A PIPELINE NEAR SARAVENA.")
    r = find_perpetrator(doc, _last_sentence_scope(doc))
    assert r.perpetrator.name == "Camilist Union (UC-ELN)"


def test_two_groups_in_the_text_give_no_name_without_a_link():
    doc = build_document("LIMA, 3 APR 90 (EFE) -- [TEXT] THE SHINING PATH AND THE MRTA ARE "
                         "STRONG IN THE CENTRAL ANDES.  VOTERS WERE URGED TO STAY AWAY FROM "
                         "THE POLLS.  TODAY A BOMB DESTROYED A BANK BRANCH IN HUANCAYO.")
    assert find_perpetrator(doc, _last_sentence_scope(doc)).perpetrator.name is None



def test_an_unnamed_claim_is_the_named_doers():
    r = run("A BOMB DAMAGED A BANK IN SAN PEDRO SULA.  THE BLAST WAS CARRIED OUT BY THE "
            "MORAZANIST PATRIOTIC FRONT; A LEFTIST GROUP CLAIMED RESPONSIBILITY IN A CALL TO A "
            "RADIO STATION.")
    assert (r.perpetrator.name, r.perpetrator.claim) == ("MORAZANIST PATRIOTIC FRONT",
                                                         "claimed")


@pytest.mark.parametrize("text, name", [
    # wire copy in capitals: the name as the text writes it (its spelling, its language)
    ("THE BRIDGE WAS BLOWN UP BY THE ZARATE WILKA ARMED FORCES OF LIBERATION.",
     "ZARATE WILKA ARMED FORCES OF LIBERATION"),
    ("SENDERO LUMINOSO GUERRILLAS AMBUSHED A POLICE PATROL NEAR AYACUCHO.", "SENDERO LUMINOSO"),
    ("THE NATIONAL LIBERATION ARMY DYNAMITED THE OIL PIPELINE NEAR SARAVENA.",
     "NATIONAL LIBERATION ARMY"),
    # the abbreviation the text glosses the name with stays with it
    ("THE ARMY OF NATIONAL LIBERATION (ELN) DYNAMITED THE OIL PIPELINE NEAR SARAVENA.",
     "ARMY OF NATIONAL LIBERATION (ELN)"),
    # the creed the wire names the group by is part of the name
    ("GUERRILLAS OF THE MAOIST POPULAR LIBERATION ARMY BURNED THREE BUSES NEAR MEDELLIN.",
     "MAOIST POPULAR LIBERATION ARMY"),
    ("THE PRO-CASTROITE ARMY OF NATIONAL LIBERATION DYNAMITED THE PIPELINE NEAR SARAVENA.",
     "PRO-CASTROITE ARMY OF NATIONAL LIBERATION"),
    # a branch keeps its lexicon name; a mouthpiece is not the group's name
    ("THE CAMILIST UNION DYNAMITED THE OIL PIPELINE NEAR SARAVENA.", "Camilist Union (UC-ELN)"),
    ("A BOMB WENT OFF AT THE MAYOR'S OFFICE.  RADIO VENCEREMOS SAID THE FMLN PLANTED THE BOMB.",
     "FMLN"),
    # mixed case: the lexicon name
    ("The National Liberation Army dynamited the pipeline near Saravena.",
     "National Liberation Army (ELN)"),
])
def test_capitals_quote_the_texts_name(text, name):
    assert run(text).perpetrator.name == name


@pytest.mark.parametrize("text, claim", [
    # the nearest link says how the group is known: its record told later does not make the
    # suspicion a fact
    ("POLICE ATTRIBUTED THE BOMBING OF THE BANK TO THE SHINING PATH.  THE SHINING PATH HAS "
     "BOMBED DOZENS OF BANKS SINCE 1985.", "suspected"),
    ("Police blamed the car bomb on the Red Dawn Cells. The Red Dawn Cells have attacked "
     "banks before.", "suspected"),
    # a claim anywhere is the group's own word
    ("POLICE ATTRIBUTED THE BOMBING OF THE BANK TO THE SHINING PATH.  LATER THE SHINING PATH "
     "CLAIMED RESPONSIBILITY FOR THE BOMBING.", "claimed"),
])
def test_the_nearest_link_sets_the_status(text, claim):
    assert run(text).perpetrator.claim == claim


@pytest.mark.parametrize("text, claim", [
    # the insurgents' own report of their act is their claim
    ("THE REBEL COMMUNIQUE SAYS THAT ON 4 JUNE FMLN UNITS DYNAMITED TWO POWER PYLONS NEAR "
     "USULUTAN.", "claimed"),
    ("ACCORDING TO THE GUERRILLAS, FMLN COMMANDOS ATTACKED THE GARRISON AT DAWN.", "claimed"),
    ("RADIO VENCEREMOS, THE REBEL STATION, SAID THE GUERRILLAS AMBUSHED AN ARMY CONVOY.  THE "
     "FMLN HAS FOUGHT THE ARMY FOR A DECADE.", "claimed"),
    ("THE FMLN REPORTED THAT FMLN UNITS AMBUSHED AN ARMY CONVOY NEAR SAN MIGUEL.", "claimed"),
    # told by others: stated as fact
    ("ARMY SPOKESMEN SAID FMLN UNITS DYNAMITED TWO POWER PYLONS NEAR USULUTAN.", "reported"),
])
def test_own_report_is_a_claim(text, claim):
    assert run(text).perpetrator.claim == claim


def test_group_and_branch_in_the_attack_sentences_count_as_one():
    # the parent and its branch named without a cue in the attack's sentences: one doer,
    # named by the branch
    r = run("THE ARMY OF NATIONAL LIBERATION AND ITS CAMILIST UNION FRONT AND A PIPELINE "
            "PUMPING STATION IN ARAUCA.  THE STATION WAS DESTROYED BY A BLAST AT DAWN.")
    assert r.perpetrator.name == "Camilist Union (UC-ELN)"


@pytest.mark.parametrize("text, name", [
    # a possessive inside the phrase makes it a thing of theirs, not a name
    ("THE MINISTER SAID HE BELIEVES THAT THE ARMED FORCES COMMANDERS' REJECTION OF THE "
     "REPORT IS JUSTIFIED.  A BOMB EXPLODED IN THE MARKET.", None),
    ("THE MINISTER SAID HE BELIEVES THAT THE NEW DAWN POPULAR FRONT PLANTED THE BOMB.",
     "NEW DAWN POPULAR FRONT"),
])
def test_open_name_shape(text, name):
    assert run(text).perpetrator.name == name


@pytest.mark.parametrize("text, name", [
    ("THE BRIDGE WAS BLOWN UP BY THE NEW DAWN POPULAR FRONT LAST NIGHT.", "NEW DAWN POPULAR FRONT"),
    ("Two traders were gunned down by Boko Haram fighters near Maiduguri.", "Boko Haram"),
])
def test_more_passive_attack_verbs(text, name):
    assert run(text).perpetrator.name == name


def test_country_word_list_matches_pycountry():
    """data/country_words.txt is pycountry's one-word country names, listed once so that no run
    imports pycountry; it must not drift from the package."""
    import pycountry

    from incidentcli.actor_phrase import _countries

    names = {n.lower() for c in pycountry.countries
             for n in (c.name, getattr(c, "common_name", "")) if n and " " not in n}
    assert _countries() == frozenset(names)


_CLAIMANT_TEXT = ("THE HONDURAN ARMY ACCEPTED RESPONSIBILITY TODAY FOR THE DEATHS OF TWO STUDENTS AT "
                  "CHECKPOINTS IN THE CAPITAL. THE ARMY SAID ITS MEN HAD ORDERED THE CAR TO STOP. "
                  "IN A SECOND CASE, A STUDENT DIED WHEN A SOLDIER FIRED AT HIS MOTORCYCLE NEAR "
                  "THE AIRPORT.")


def test_the_one_claimant_of_the_text_claims_an_unlinked_attack():
    # the scope (the last sentence) ties no one to the shooting; the lead says who claimed
    result = run_scope(_CLAIMANT_TEXT, [2])
    assert (result.perpetrator.name, result.perpetrator.claim) == ("HONDURAN ARMY", "claimed")


def test_two_claimants_claim_no_unlinked_attack():
    text = ("THE RED DAWN COMMAND CLAIMED RESPONSIBILITY FOR THE BOMBING OF THE BANK. THE "
            "SOUTHERN PEOPLE'S FRONT CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE BRIDGE. "
            "THE MAYOR CALLED FOR CALM. SCHOOLS WERE CLOSED. TRAFFIC WAS DIVERTED. SHOPS "
            "STAYED SHUT. IN A THIRD ATTACK, A BUS WAS BURNED NEAR THE MARKET.")
    assert run_scope(text, [6]).perpetrator.name is None



@pytest.mark.parametrize("text", [
    # the filing place of the dateline names a country, not a doer
    "BEIRUT (PRC), 3 APR 90 (XINHUA) -- [TEXT] A BOMB DESTROYED A SHOP IN THE CENTRE OF THE "
    "CITY TODAY.",
    # the group speaks about the attack: a source, not the doer
    "THE FMLN INSISTED IN A RADIO MESSAGE THAT THE BOMB ATTACK ON THE UNION OFFICES HAD BEEN "
    "PLANNED BY SENIOR OFFICERS.",
    "A BOMB EXPLODED AT THE UNION OFFICES. THE FMLN CONDEMNED THE ATTACK AND CALLED FOR AN "
    "INQUIRY.",
])
def test_place_line_and_speakers_are_no_doers(text):
    assert run(text).perpetrator.name is None


def test_has_is_no_speech():
    # "THE FMLN HAS USED ...": the group acts; an auxiliary does not make it a source
    r = run("SAN SALVADOR, 2 MAY 90 -- [TEXT] A CAR BOMB WAS DEFUSED OUTSIDE THE GARRISON "
            "TODAY.  IN RECENT MONTHS THE FMLN HAS USED CAR BOMBS AGAINST ARMY POSTS.")
    assert r.perpetrator.name == "FMLN"


def test_flags_name_only_a_known_group():
    # "flag" inside a name is no sign of a group: the words before it are no name
    r = run("COMBATANTS OF THE PEOPLE'S ARMY OF THE BLACK FLAG AND THE SEVEN STARS ATTACKED "
            "THE TOWN HALL IN SUCHITOTO.")
    assert r.perpetrator.name != "PEOPLE'S ARMY OF THE BLACK"
    r = run("Gunmen killed two soldiers near Raqqa. Islamic State flags were found at the scene.")
    assert (r.perpetrator.name, r.perpetrator.claim) == ("Islamic State", "suspected")


@pytest.mark.parametrize("text, name, claim", [
    # a group noun given its name by "called" / "known as": the name is a group's
    ("BOGOTA, 4 MAY 90 -- [TEXT] FOUR MEMBERS OF THE GANG CALLED THE NIGHT FOXES WERE "
     "ARRESTED IN CALI IN CONNECTION WITH THE ATTACK ON THE JUDGE.", "NIGHT FOXES",
     "suspected"),
    ("THE KIDNAPPERS ARE MEMBERS OF A GROUP CALLED FREE ANDES MOVEMENT, WHICH DEMANDED A "
     "RANSOM.", "FREE ANDES MOVEMENT", "reported"),
    ("Police said the bombers were members of a group known as the Night Riders.",
     "Night Riders", "reported"),
])
def test_a_group_called_by_its_name(text, name, claim):
    r = run(text)
    assert (r.perpetrator.name, r.perpetrator.claim) == (name, claim)


@pytest.mark.parametrize("text", [
    # a link the text denies names no doer
    "THE ARCHBISHOP SAID THAT THE MASSACRE OF THE PEASANTS WAS NOT THE WORK OF THE ELN, BUT "
    "OF A PARAMILITARY GROUP.",
    "The bombing was not carried out by the Red Dawn Cells, police said.",
    "I PRESUME THAT THE DEATH OF THE TEACHERS WAS NOT THE WORK OF LEFTIST GUERRILLAS.",
])
def test_a_negated_link_names_no_doer(text):
    assert run(text).perpetrator.name is None


@pytest.mark.parametrize("text", [
    # a deed verb whose object is no attack links no doer
    "A CAR BOMB KILLED A JUDGE IN CALI.  THE ARMY LAUNCHED A PUBLICITY CAMPAIGN TO FIND THE "
    "BOMBERS.",
    "A bomb exploded outside the bank. The police carried out an investigation at the scene.",
])
def test_a_deed_that_is_no_attack(text):
    assert run(text).perpetrator.name is None


def test_a_campaign_of_attacks_is_still_a_deed():
    r = run("THE EXTRADITABLES LAUNCHED A CAMPAIGN OF BOMBINGS AGAINST BANKS IN MEDELLIN.")
    assert r.perpetrator.name == "The Extraditables"


@pytest.mark.parametrize("text, name", [
    # "X believes that Y ...": Y is suspected only when the clause says what Y did
    ("A BOMB DESTROYED THE UNION OFFICES.  I BELIEVE THAT THE GOVERNMENT IS CLOSING ALL THE "
     "ROADS TO PEACE.", None),
    ("A BOMB DESTROYED THE UNION OFFICES.  POLICE BELIEVE THAT THE ELN PLANTED THE BOMB.",
     "ELN"),
    ("A bomb destroyed the union offices. Police suspect that the Red Dawn Cells were behind "
     "the blast.", "Red Dawn Cells"),
])
def test_a_belief_about_a_group_needs_a_deed(text, name):
    assert run(text).perpetrator.name == name


def test_two_state_bodies_name_the_first():
    r = run("A BOMB DESTROYED THE UNION OFFICES.  THE REBEL RADIO SAID THAT THE GOVERNMENT "
            "AND THE ARMED FORCES WERE BEHIND THE BLAST.")
    assert (r.perpetrator.name, r.perpetrator.claim) == ("GOVERNMENT", "suspected")


def test_the_kind_of_group_then_which_one():
    r = run("A BOMB DESTROYED A BUS IN LIMA.  THE POLICE BELIEVE THE BOMBING WAS THE WORK OF "
            "THE MAOIST-INCLINED ARMED GROUPING \"SENDERO LUMINOSO.\"")
    assert (r.perpetrator.name, r.perpetrator.claim) == ("SENDERO LUMINOSO", "suspected")
