"""The incident's own date (issue 6): each date form against a fixed reference date.

Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from incidentcli.dates import find_date
from incidentcli.document import Document, Scope

REF = date(2016, 3, 2)  # a Wednesday


def date_of(text: str, ref: date | None = REF, anchor_word: str | None = None,
            primary: bool = False):
    """The date found for an incident anchored on ``anchor_word``; not the article's main
    incident unless ``primary`` (a main incident the story never dates takes REF)."""
    doc = Document(text=text, reference_date=ref)
    anchor = None
    if anchor_word:
        at = text.index(anchor_word)
        anchor = doc.span(at, at + len(anchor_word))
    scope = Scope(sentences=list(range(len(doc.sentences))), anchor=anchor, primary=primary)
    result = find_date(doc, scope)
    if result.date:
        span = result.evidence["date"]
        assert text[span.start:span.end] == span.text
    return result.date


@pytest.mark.parametrize("text, expected", [
    # absolute forms
    ("A bomb exploded in the market on January 12, 2016, killing four.", "2016-01-12"),
    ("A bomb exploded in the market on Feb. 27, killing four.", "2016-02-27"),
    ("A bomb exploded in the market on 27 February 2016, killing four.", "2016-02-27"),
    ("A BOMB EXPLODED IN THE MARKET ON 27 FEB 16, KILLING FOUR.", "2016-02-27"),
    ("A BOMB EXPLODED IN THE MARKET ON 27 FEBRUARY, KILLING FOUR.", "2016-02-27"),
    ("A bomb exploded in the market on 02/27/2016, killing four.", "2016-02-27"),
    # relative forms
    ("Gunmen opened fire on a bus on Monday, killing two.", "2016-02-29"),
    ("Gunmen opened fire on a bus early Saturday, killing two.", "2016-02-27"),
    ("Gunmen opened fire on a bus Sunday night, killing two.", "2016-02-28"),
    ("Gunmen opened fire on a bus yesterday, killing two.", "2016-03-01"),
    ("Gunmen opened fire on a bus last night, killing two.", "2016-03-01"),
    ("Gunmen opened fire on a bus this morning, killing two.", "2016-03-02"),
    ("Gunmen opened fire on a bus early this morning, police said.", "2016-03-02"),
    ("GUNMEN OPENED FIRE ON A BUS TODAY, KILLING TWO.", "2016-03-02"),
    ("Gunmen opened fire on a bus a few hours ago, killing two.", "2016-03-02"),
    # the event's own day, not the day of a statement
    ("Gunmen opened fire on a bus on Monday. Police said Tuesday they had no suspects.",
     "2016-02-29"),
    # dates that are names or conversions, not the day of the attack
    ("A bomb exploded on 9 October Avenue on Monday, killing four.", "2016-02-29"),
    ("A BOMB EXPLODED AT 2230 ON 1 MARCH [0430 GMT ON 2 MARCH].", "2016-03-01"),
    ("Video by USA TODAY. Gunmen opened fire on a bus on Monday, killing two.", "2016-02-29"),
    # no date: null, not the publication date
    ("Gunmen opened fire on a bus, killing two.", None),
])
def test_date_forms(text, expected):
    assert date_of(text) == expected


def test_summary_prefix():
    text = "02/28/2016: Assailants detonated an explosive device in the city. Two were killed."
    assert date_of(text, None) == "2016-02-28"


def test_wire_dateline_is_not_the_incident_date():
    text = ("LIMA, 3 JAN 90 -- [TEXT] A BOMB EXPLODED AT A BANK IN THE CAPITAL. THE EXPLOSION "
            "OCCURRED AT 2300 ON 1 JANUARY.")
    assert date_of(text, date(1990, 1, 3), "EXPLODED") == "1990-01-01"


def test_dateline_is_the_reference_when_the_input_gives_none():
    text = "SAN SALVADOR, 4 JAN 90 -- [TEXT] URBAN COMMANDOS BOMBED A BANK YESTERDAY."
    assert date_of(text, None, "BOMBED") == "1990-01-03"


def test_relative_dates_need_a_reference():
    assert date_of("Gunmen opened fire on a bus on Monday.", None) is None


def test_nearest_to_the_anchor():
    text = "On Friday the council met. A bomb exploded on Monday near the council building."
    assert date_of(text, anchor_word="exploded") == "2016-02-29"


def test_wire_time_of_day_is_the_reference_day():
    text = "LIMA, 3 JAN 90 -- [TEXT] A BOMB EXPLODED AT 1215 AT A BANK IN THE CAPITAL."
    assert date_of(text, date(1990, 1, 3), "EXPLODED") == "1990-01-03"


def test_time_of_day_alone_does_not_date_a_news_story():
    assert date_of("A bomb exploded at 1215 near the bank.", anchor_word="exploded") is None


def test_died_dates_the_death_in_a_wire_report_not_in_a_news_story():
    wire = "A FORMER MINISTER DIED TODAY IN LIMA AS A RESULT OF A TERRORIST ATTACK."
    assert date_of(wire, anchor_word="ATTACK") == "2016-03-02"
    news = "A man shot at a party last month died Tuesday, police said."
    assert date_of(news, anchor_word="shot") is None


@pytest.mark.parametrize("text", [
    "Police said that in  the\n past   few\t hours and a few minutes ago gunmen struck.",
    "AT APPROXIMATELY 0730 ON JAN.  5, 2020, LATE LAST NIGHT AND EARLY THIS MORNING",
    "This past Saturday, the day before yesterday, (Sunday) and \"Jan 5\" on 12/3/2020.",
    "x12/3/2020 1/2/99 tonight; İstanbul yesterday afternoon",
    "Several minutes ago, at about 2350, on the 12th of Sept. 2019 and Sept. 9 a blast hit.",
    "EARLY TODAY MORNING, MONDAY NIGHT AND IN THE LAST FEW HOURS, 3 DAYS AGO, AT 12:45",
    "The raid came late Friday evening, 48 hours after the 2 Nov 19 attack, nıght and daſ.",
])
def test_fast_date_scan_finds_what_the_expression_finds(text):
    from incidentcli.dates import _DATE_RE, _date_phrases

    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 5):
            fast = [(m.start(), m.end()) for m in _date_phrases(text, start, end)]
            assert fast == [(m.start(), m.end()) for m in _DATE_RE.finditer(text, start, end)]


def test_wire_lead_that_tells_the_attack_in_other_words_dates_it():
    # the anchor is the follow-up's 'EXPLOSION'; the lead tells the attack as a dynamite charge
    text = ("A CARGO TRUCK OVERTURNED EARLY TODAY AFTER RUNNING OVER A DYNAMITE CHARGE ON THE "
            "HIGHWAY.  ITS DRIVER DIED IN THE EXPLOSION.")
    assert date_of(text, anchor_word="EXPLOSION") == "2016-03-02"


@pytest.mark.parametrize("text, expected", [
    # a weekday followed by the day and month: the explicit date counts
    ("A JUDGE WAS SHOT DEAD IN THE CAPITAL ON THURSDAY, 11 FEBRUARY.", "2016-02-11"),
    ("A judge was shot dead in the capital on Thursday, 11 February.", "2016-02-11"),
])
def test_weekday_with_a_date(text, expected):
    assert date_of(text) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # an undated attack in a wire report shares the date the story last gave an attack
    ("REBELS BLEW UP A POWER PYLON NEAR THE PORT LAST NIGHT. ANOTHER BOMB EXPLODED AT A "
     "BANK IN THE CITY CENTER, DAMAGING WINDOWS.", "ANOTHER BOMB", "2016-03-01"),
    # ... the nearest such date before it, not an earlier one
    ("GUERRILLAS AMBUSHED A CONVOY ON 20 FEBRUARY. A CAR BOMB WENT OFF TODAY NEAR THE "
     "BARRACKS. A SECOND DEVICE EXPLODED AT THE STATION, INJURING TWO.", "SECOND DEVICE",
     "2016-03-02"),
    # ... else the first one after it
    ("A GRENADE WAS HURLED AT THE MAYOR'S HOUSE. THE ATTACK WAS ONE OF SEVERAL CARRIED OUT "
     "THIS MORNING.", "GRENADE", "2016-03-02"),
    # a story that dates no attack gives none (one that speaks of its own day dates all its
    # attacks on that day: see test_every_attack_of_a_wire_report_of_the_day_takes_its_date)
    ("A GRENADE WAS HURLED AT THE MAYOR'S HOUSE. THE MINISTER SAID HE WOULD RESIGN ON 20 "
     "FEBRUARY.", "GRENADE", None),
    # ... else a time of day a following sentence gives the attacks: the reference day
    ("A NEW REBEL FRONT ANNOUNCED ITSELF. TWO CHARGES WENT OFF IN THE CAPITAL, ONE AT THE "
     "MINISTRY AND THE OTHER AT A BANK. BOTH EXPLOSIONS TOOK PLACE AT 2215.", "TWO CHARGES",
     "2016-03-02"),
])
def test_wire_story_date_for_an_undated_attack(text, anchor, expected):
    doc = Document(text=text, reference_date=REF)
    at = text.index(anchor)
    here = doc.sentence_at(at).index
    scope = Scope(sentences=[here], anchor=doc.span(at, at + len(anchor)), primary=False)
    assert find_date(doc, scope).date == expected


def test_a_news_story_does_not_lend_its_date_to_an_undated_attack():
    text = ("Rebels blew up a power pylon near the port last night. Another bomb exploded at a "
            "bank in the city center, damaging windows.")
    doc = Document(text=text, reference_date=REF)
    at = text.index("Another bomb")
    scope = Scope(sentences=[1], anchor=doc.span(at, at + 12), primary=False)
    assert find_date(doc, scope).date is None


@pytest.mark.parametrize("text, anchor, expected", [
    # a weekday that dates a later step of the case does not date the shooting
    ("A teenager shot outside a corner store last week has died. His cousin was arrested in "
     "a nearby town on Monday.", "shot", None),
    ("The man charged in a fatal shooting at a car wash appeared in court Tuesday.", "shooting",
     None),
    ("Two men were arraigned on murder charges Friday in the killing of a delivery driver.",
     "killing", None),
    # ... unless the attack is told after the later step, or the phrase modifies the attack
    ("A man was arrested Sunday for shooting his neighbor Saturday evening.", "shooting",
     "2016-02-27"),
    ("Police have charged a woman in the Feb. 12 shooting of her landlord.", "shooting",
     "2016-02-12"),
    ("Detectives identified a suspect in Sunday's deadly downtown shooting.", "shooting",
     "2016-02-28"),
    # the victims' condition or the investigation on a later day
    ("A boy remained in critical condition Tuesday after he was shot outside a gym.", "shot",
     None),
    ("Four people were wounded in the shooting. Detectives on Tuesday were still looking for "
     "the gunman.", "wounded", None),
    ("Shots rang out Sunday morning outside a bar, and three men were hurt.", "hurt",
     "2016-02-28"),
    ("The chief held a news briefing Thursday about the officer shot during a traffic stop.",
     "shot", None),
    # a coming step, or a span of days
    ("The victim of the shooting at the mall will be buried Saturday.", "shooting", None),
    ("Nine people have been shot across the city since Friday night.", "shot", None),
    # the words right after the phrase tell what it dates
    ("Officials on Tuesday identified the gunman who shot three people at a bus stop.", "shot",
     None),
    ("The mayor visited the two women wounded before Tuesday's news conference.", "wounded",
     None),
    ("The man fatally shot outside a pool hall Monday night has been identified.", "shot",
     "2016-02-29"),
    ("Detectives are looking into a shooting Saturday afternoon that injured four people.",
     "shooting", "2016-02-27"),
    ("Officers answered a call about a shooting early Sunday that sent three men to a "
     "hospital.", "shooting", "2016-02-28"),
    ("Two men were shot and hospitalized early Monday after gunfire broke out at a party.",
     "shot", "2016-02-29"),
    # a street named Court is not a court
    ("Officers found a man shot on Maple Court on Monday night.", "shot", "2016-02-29"),
])
def test_later_steps_of_the_case_do_not_date_the_attack(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # publication stamps do not date the attack
    ("Posted: Monday, February 29, 2016 9:41 AM EST. Two men were shot near a gas station "
     "Sunday night.", "shot", "2016-02-28"),
    ("(Published Tuesday, March 1, 2016) A woman was wounded in a drive-by shooting on "
     "Sunday.", "wounded", "2016-02-28"),
    ("Three hurt in tavern shooting March 1, 2016, 10:05 AM. Three people were hurt when a "
     "gunman fired into a tavern.", "fired", None),
    ("UPDATE: (03/01/16) - Police are looking for the gunman who shot four people at a party.",
     "shot", None),
    ("Shots rang out at the fair, a witness wrote. - A. Writer (@awriter) March 1, 2016. Two "
     "teens were shot.", "shot", None),
    # an event's own time of day is not a stamp
    ("Four people were shot on February 27, 2016 at 11:40 p.m. outside a club.", "shot",
     "2016-02-27"),
])
def test_publication_stamps_do_not_date_the_attack(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # a story that names no day at all reports its main attack on the day it was published
    ("Four people were shot outside a nightclub, police said.", "shot", "2016-03-02"),
    ("Three hurt in tavern shooting March 2, 2016, 10:05 AM. Three people were hurt when a "
     "gunman fired into a tavern.", "fired", "2016-03-02"),
    # ... but not one that names another day, even of a later step of the case or a stamp
    ("Three hurt in tavern shooting March 1, 2016, 10:05 AM. Three people were hurt when a "
     "gunman fired into a tavern.", "fired", None),
    ("A man shot at a bar has died. His brother was arrested Tuesday.", "shot", None),
    ("Four people were shot outside a nightclub on 9 October Avenue. The mayor will meet "
     "club owners on March 10.", "shot", "2016-03-02"),
    # ... in a wire report, when its lead sentence tells the attack
    ("QUITO, 2 MAR 16 -- [TEXT] GUNMEN HAVE SHOT FOUR PEOPLE OUTSIDE A NIGHTCLUB IN THE PORT. "
     "POLICE SAID THE VICTIMS WERE TAXI DRIVERS.", "SHOT", "2016-03-02"),
    ("QUITO, 2 MAR 16 -- [TEXT] THE MINISTER SPOKE ABOUT THE ECONOMY. GUNMEN HAVE SHOT FOUR "
     "PEOPLE OUTSIDE A NIGHTCLUB.", "SHOT", None),
    # ... or anywhere in one that speaks of its own day and names no earlier one
    ("QUITO, 2 MAR 16 -- [TEXT] THE MINISTER TODAY SPOKE ABOUT THE ECONOMY. GUNMEN HAVE SHOT "
     "FOUR PEOPLE OUTSIDE A NIGHTCLUB.", "SHOT", "2016-03-02"),
    ("QUITO, 2 MAR 16 -- [TEXT] A FEW HOURS AGO THE MINISTER SPOKE ABOUT THE ECONOMY. "
     "GUNMEN HAVE SHOT FOUR PEOPLE OUTSIDE A NIGHTCLUB.", "SHOT", "2016-03-02"),
    ("QUITO, 2 MAR 16 -- [TEXT] THE MINISTER TODAY SPOKE ABOUT THE TALKS OF 27 FEBRUARY. "
     "GUNMEN HAVE SHOT FOUR PEOPLE OUTSIDE A NIGHTCLUB.", "SHOT", None),
])
def test_publication_date_for_a_main_attack_the_story_never_dates(text, anchor, expected):
    assert date_of(text, anchor_word=anchor, primary=True) == expected


def test_publication_date_needs_a_reference_and_a_main_incident():
    text = "Four people were shot outside a nightclub, police said."
    assert date_of(text, None, "shot", primary=True) is None
    assert date_of(text, anchor_word="shot", primary=False) is None


@pytest.mark.parametrize("text, anchor, expected", [
    # a vague earlier time: the attack was not on the publication day
    ("Police have made an arrest in the shooting that took place last weekend outside a "
     "bar.", "shooting", None),
    ("Two men were shot and killed at a New Year's Eve party in the suburb.", "shot", None),
    ("The gunman who shot three people at a cookout in August is still at large.", "shot",
     None),
    ("Three people were wounded at a bar, a day after a man was killed nearby.", "wounded",
     None),
    # a headline that tells a later step of the case
    ("Teen Arrested in Drive-By Shooting\n\nA teenager faces charges in a drive-by shooting "
     "that wounded a girl.", "shooting", None),
    ("Man Pleads Guilty in Bar Shooting\n\nFour men were shot at the bar.", "shot", None),
    # ... not a street named for a holiday or a person, nor an ongoing investigation
    ("Four people were shot on Martin Luther King Jr. Boulevard, police said.", "shot",
     "2016-03-02"),
    ("Police Investigate Shooting at Apartment\n\nTwo men were shot at an apartment.", "shot",
     "2016-03-02"),
])
def test_no_publication_date_for_a_story_about_an_earlier_attack(text, anchor, expected):
    assert date_of(text, anchor_word=anchor, primary=True) == expected


@pytest.mark.parametrize("text, ref, expected", [
    # a publication stamp earlier than the reference date (a page fetched later) anchors
    # the weekdays of the text
    ("(Published Friday, Feb. 26, 2016) A man was shot and killed outside a store "
     "Thursday.", date(2016, 4, 20), "2016-02-25"),
    ("Posted: Sunday, February 28, 2016. Two men were wounded in a shooting Saturday night.",
     date(2016, 3, 9), "2016-02-27"),
    # a stamp more than a year before the reference date, or after it, is ignored
    ("Posted: Sunday, February 22, 2015. Two men were wounded in a shooting Saturday night.",
     REF, "2016-02-27"),
    ("Updated: Friday, March 4, 2016. Two men were wounded in a shooting Saturday night.",
     REF, "2016-02-27"),
])
def test_publication_stamp_anchors_relative_days(text, ref, expected):
    assert date_of(text, ref, anchor_word="wounded" if "wounded" in text else "shot") == \
        expected


@pytest.mark.parametrize("text, anchor, expected", [
    # a later step's weekday gives way to the date the story gives the attack
    ("Police charged a man with murder Tuesday in the killing of a cab driver. The driver "
     "was shot dead on Feb. 12 outside a hotel.", "killing", "2016-02-12"),
    ("A teenager appeared in court Monday. He is accused of shooting two men at a party on "
     "January 30, 2016.", "shooting", "2016-01-30"),
    ("THE POLICE ARRESTED TWO MEN TODAY FOR THE MURDER OF THE MAYOR. THE MAYOR WAS SHOT ON "
     "20 FEBRUARY.", "MURDER", "2016-02-20"),
    ("Police charged a man with murder Tuesday. The boy was shot at a picnic on the 4th of "
     "July.", "murder", "2015-07-04"),
    # ... not a date whose weekday disagrees (a typo), nor an old one (an earlier arrest)
    ("Police charged a man with murder Tuesday in the killing of a cab driver. The driver "
     "was shot dead on Wednesday, Feb. 12, 2016 outside a hotel.", "killing", "2016-03-01"),
    ("Police charged a man with murder Tuesday in the killing of a cab driver. He had shot "
     "a clerk on May 3, 2009.", "killing", "2016-03-01"),
    # ... and not the attack's own weekday
    ("Two men were shot on Sunday outside a bar. A third man was shot there on Feb. 12.",
     "shot", "2016-02-28"),
])
def test_later_step_weekday_gives_way_to_the_attacks_date(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # a statement verb in the next sentence does not make the date one of a statement
    ("THE MINISTER CONDEMNED THE MURDER OF TWO JUDGES ON 27 FEBRUARY.  THE MINISTER ADDED "
     "THAT THE GOVERNMENT WOULD ACT.", "MURDER", "2016-02-27"),
    # 'THAT LEFT 10 DEAD' tells the attack's toll, not what was said
    ("THE UNIONS PROTESTED A BOMB ATTACK ON 27 FEBRUARY THAT LEFT 10 DEAD.", "ATTACK",
     "2016-02-27"),
    ("A CAR BOMB ATTACK IN THE CAPITAL TODAY THAT KILLED 12 PEOPLE WAS CONDEMNED.", "ATTACK",
     "2016-03-02"),
    # ... while 'REPORTED YESTERDAY THAT' still dates the report
    ("THE ARMY REPORTED YESTERDAY THAT REBELS ATTACKED A BRIDGE.", "ATTACKED", None),
])
def test_statement_cues_stay_within_the_sentence(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


def test_every_attack_of_a_wire_report_of_the_day_takes_its_date():
    text = ("QUITO, 2 MAR 16 -- [TEXT] THE MINISTER TODAY SPOKE ABOUT THE ECONOMY. GUNMEN HAVE "
            "SHOT FOUR PEOPLE OUTSIDE A NIGHTCLUB. A BOMB DAMAGED A BANK IN THE SUBURBS.")
    assert date_of(text, anchor_word="BOMB") == "2016-03-02"
    calm = text.replace("TODAY ", "")
    assert date_of(calm, anchor_word="BOMB") is None


@pytest.mark.parametrize("text, anchor, expected", [
    # the attack told nearest the first day takes it; one anchored on the second day, that one
    ("TWO ENGINEERS WERE ABDUCTED NEAR CALI ON 24 AND 26 FEBRUARY BY AN ARMED BAND.",
     "ABDUCTED", "2016-02-24"),
    ("TWO ENGINEERS WERE ABDUCTED NEAR CALI ON 24 AND 26 FEBRUARY BY AN ARMED BAND.",
     "26 FEB", "2016-02-26"),
    ("Two engineers were abducted near Cali on 3 and 4 January, police said.",
     "abducted", "2016-01-03"),
    # not a pair of days: a count before the date
    ("REBELS BURNED 3 BUSES AND 2 TRUCKS ON 26 FEBRUARY NEAR THE BORDER.", "BURNED",
     "2016-02-26"),
])
def test_two_days_of_one_month(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


@pytest.mark.parametrize("text, ref, expected", [
    # 'last Thursday' told on a Thursday is the week before; a bare 'Thursday' is that day
    ("A man was shot outside a bar last Thursday, police said.", date(2016, 3, 3), "2016-02-25"),
    ("A man was shot outside a bar Thursday, police said.", date(2016, 3, 3), "2016-03-03"),
    ("A man was shot outside a bar last Monday, police said.", date(2016, 3, 3), "2016-02-29"),
    # a yearless date with its weekday on a page read months later: the year that fits
    ("The shooting happened at 1:15 a.m. Saturday, Sept. 12, near the river.",
     date(2017, 1, 20), "2015-09-12"),
    # ... in a fresh report the reference year stands even when the weekday is a slip
    ("THE JUDGE WAS KILLED ON MONDAY, 4 AUGUST, NEAR HIS HOME.", date(1989, 9, 6),
     "1989-08-04"),
])
def test_weekday_and_year_against_the_reference(text, ref, expected):
    assert date_of(text, ref=ref) == expected


@pytest.mark.parametrize("text, ref, expected", [
    ("Three people were shot at a family gathering on Thanksgiving Day, police said.",
     date(2016, 11, 28), "2016-11-24"),
    ("A man was shot outside a bar on Christmas Eve, police said.", date(2016, 12, 27),
     "2016-12-24"),
    ("Two teens were wounded during the Fourth of July fireworks in the park.",
     date(2015, 7, 6), "2015-07-04"),
    ("A woman was shot on Memorial Day in the east end.", date(2016, 6, 2), "2016-05-30"),
    # a holiday still to come is not the attack's day
    ("A man was shot outside a bar. His family had plans for Christmas.", date(2016, 12, 20),
     None),
    ("A man was shot outside a bar. He was to visit his mother on Christmas Day.",
     date(2016, 12, 20), None),
])
def test_holidays(text, ref, expected):
    assert date_of(text, ref=ref) == expected


# REF 2016-03-02 is a Wednesday.
@pytest.mark.parametrize("text, anchor, expected", [
    # a page's update stamps
    ("Update (9:40 p.m. Tuesday) Two men were shot outside a bar late Monday.", "shot",
     "2016-02-29"),
    ("UPDATE TUESDAY 6:10 AM Two men were shot outside a bar late Monday.", "shot",
     "2016-02-29"),
    ("Tuesday 3:15 p.m. UPDATE: Two men were shot outside a bar late Monday.", "shot",
     "2016-02-29"),
    # a newscast's stamp
    ("Two men were shot outside a bar Sunday night. Jo Smith reports for the Channel 5 News "
     "at 6 p.m. on Tuesday, March 1, 2016.", "shot", "2016-02-28"),
    # a release told after the date
    ("The sheriff's office on Tuesday, March 1, released the names of two men shot outside a "
     "bar on Sunday.", "shot", "2016-02-28"),
    # a file photo's date
    ("In this June 3, 2011 photo, the gunman poses at a range. He shot three people at a "
     "diner on Monday.", "shot", "2016-02-29"),
])
def test_page_and_newscast_stamps_do_not_date_the_attack(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


@pytest.mark.parametrize("text, anchor, expected", [
    # no other day: the day the victims died or were found
    ("A mother and her son died Monday in an apparent murder-suicide, police said.",
     "murder-suicide", "2016-02-29"),
    ("Two men were shot and one of them died early Sunday outside a club.", "shot",
     "2016-02-28"),
    # not a death told weeks after the attack, nor one at a hospital
    ("A man shot at a party last month died Tuesday, police said.", "shot", None),
    ("A teenager shot in the head died Tuesday at a hospital.", "shot", None),
    # another day given for the attack wins
    ("A woman shot Saturday night died Tuesday.", "shot", "2016-02-27"),
])
def test_the_day_the_victims_died_when_nothing_else_dates_the_attack(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


def test_a_holiday_phrase_has_its_own_span():
    text = "Five people were shot at a party on New Year's Eve."
    doc = Document(text=text, reference_date=date(2017, 1, 3))
    at = text.index("shot")
    scope = Scope(sentences=[0], anchor=doc.span(at, at + 4), primary=False)
    result = find_date(doc, scope)
    assert result.date == "2016-12-31"
    assert result.evidence["date"].text == "New Year's Eve"


@pytest.mark.parametrize("text, anchor, expected", [
    # REF is a Wednesday: a bare 'Thursday' is the day after it, not six days back
    ("Four men were found shot early Thursday morning inside a home.", "shot", "2016-03-02"),
    ("Police responded about 2 p.m. Thursday and found two men shot.", "shot", "2016-03-02"),
    # told as a week-old day, or five days back: as usual
    ("Four men were shot last Thursday inside a home.", "shot", "2016-02-25"),
    ("Four men were shot Friday inside a home.", "shot", "2016-02-26"),
])
def test_a_weekday_after_the_reference_date(text, anchor, expected):
    assert date_of(text, anchor_word=anchor) == expected


def test_an_update_stamp_of_the_next_day_does_not_stop_the_publication_date():
    text = ("Three hurt in shooting at mall\n\nUPDATE THURSDAY 6:05 AM\n\n"
            "Three people were hurt when shots were fired at a mall.")
    assert date_of(text, anchor_word="shooting", primary=True) == "2016-03-02"


def test_a_wire_reports_main_attack_takes_its_lead_sentence_date():
    text = ("LIMA, 2 MAR 16 (EFE) -- [TEXT] AT 0900 ON 28 FEBRUARY, ARMED MEN ENTERED THE TOWN "
            "OF HUANTA.  THE VILLAGERS FLED TO THE HILLS.  THE MEN THEN FIRED ROCKETS AT THE "
            "POLICE STATION.")
    doc = Document(text=text, reference_date=REF)
    at = text.index("FIRED ROCKETS")
    main = Scope(sentences=list(range(len(doc.sentences))), anchor=doc.span(at, at + 13),
                 primary=True)
    assert find_date(doc, main).date == "2016-02-28"
    other = Scope(sentences=main.sentences, anchor=main.anchor, primary=False)
    assert find_date(doc, other).date is None


@pytest.mark.parametrize("text, expected", [
    ("LIMA, 2 MAR 89 -- [TEXT] A CAR BOMB EXPLODED AT 2340 [0440 GMT ON 2 MARCH] NEAR THE "
     "PALACE.", "1989-03-01"),
    ("LIMA, 2 MAR 89 -- [TEXT] A CAR BOMB EXPLODED AT 1030 [1530 GMT ON 2 MARCH] NEAR THE "
     "PALACE.", "1989-03-02"),
])
def test_a_wire_time_of_day_with_its_gmt_day(text, expected):
    assert date_of(text, ref=None, anchor_word="EXPLODED") == expected



@pytest.mark.parametrize("text", [
    "Posted: Monday; reposted Tuesday, UPDATED_ later, updated at 5 pm, published.",
    "xposted posted9 posted_ (posted) Updated Published",
])
def test_stamp_words_found_as_the_bounded_pattern_finds_them(text):
    import re

    from incidentcli.dates import _STAMP_WORD, _word_start_matches
    low = text.lower()
    bounded = re.compile(r"\b" + _STAMP_WORD.pattern)
    for lo, hi in ((0, len(low)), (3, len(low) - 4)):
        assert [m.span() for m in _word_start_matches(_STAMP_WORD, low, lo, hi)] == \
            [m.span() for m in bounded.finditer(low, lo, hi)]
