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

ROWS = [
    # --- number forms ---
    ("Gunmen killed 12 villagers in the market.", (12, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Twelve villagers were killed and twenty-one were wounded.",
     (12, None, None, EXACT, None), (21, None, None, EXACT, None)),
    ("THREE PEASANTS WERE KILLED AND TWO OTHERS WERE WOUNDED BY THE TERRORISTS.",
     (3, None, None, EXACT, None), (2, None, None, EXACT, None)),
    ("A dozen shoppers were killed in the blast.", (12, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("The bombing killed 1,200 people, officials said.", (1200, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Between 10 and 15 people were killed in the raid.", (None, 10, 15, "range", None), (0, None, None, EXACT, None)),
    ("The blast killed at least 52 people and wounded more than 105 others.",
     (52, 52, None, "at_least", None), (105, 106, None, "more_than", None)),
    ("Nearly 40 people died and about 30 were hurt.",
     (40, None, None, "about", None), (30, None, None, "about", None)),
    ("Up to 12 miners were injured in the attack.", (0, None, None, EXACT, None), (12, None, 12, "at_most", None)),
    ("Dozens of people were wounded when the bomb went off.", (0, None, None, EXACT, None), (None, 24, None, "vague", None)),
    # --- ways of saying it ---
    ("The car bomb left 3 dead outside the ministry.", (3, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("The explosion claimed the lives of seven pilgrims.", (7, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("A roadside bomb hit the convoy. 12 dead and 30 injured, police said.",
     (12, None, None, EXACT, None), (30, None, None, EXACT, None)),
    ("A man was shot dead outside his shop on Tuesday.", (1, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Two policemen and a civilian were killed in the ambush.", (3, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Four miners were hospitalised with gunshot wounds after the raid.",
     (0, None, None, EXACT, None), (4, None, None, EXACT, None)),
    ("Gunmen shot and wounded two guards at the gate.", (0, None, None, EXACT, None), (2, None, None, EXACT, None)),
    ("Five people were hurt when the grenade exploded.", (0, None, None, EXACT, None), (5, None, None, EXACT, None)),
    ("Rebels ambushed a truck, killing a driver and injuring four passengers.",
     (1, None, None, EXACT, None), (4, None, None, EXACT, None)),
    ("Saleh Amin, a village elder, was killed in the attack.", (1, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("The mayor and his two bodyguards died when their car was ambushed.",
     (3, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Shooting at a bar leaves one dead, four injured.", (1, None, None, EXACT, None), (4, None, None, EXACT, None)),
    ("Three men were shot late Friday and one of them died at the hospital.",
     (1, None, None, EXACT, None), (2, None, None, EXACT, None)),
    ("Darnell Rowe, 24, and Keisha Bell, 31, were shot and killed outside the club.",
     (2, None, None, EXACT, None), (0, None, None, EXACT, None)),
    # --- attackers apart ---
    ("The gunman opened fire in the hall, killing himself and 4 others.",
     (4, None, None, EXACT, 1), (0, None, None, EXACT, None)),
    ("A suicide bomber blew himself up at the checkpoint, killing six soldiers.",
     (6, None, None, EXACT, 1), (0, None, None, EXACT, None)),
    ("A suicide bomber struck the rally. In addition to the bomber, nine people were killed and 20 others were wounded.",
     (9, None, None, EXACT, 1), (20, None, None, EXACT, None)),
    ("Two soldiers and six assailants were killed in the ensuing clash.",
     (2, None, None, EXACT, 6), (0, None, None, EXACT, None)),
    ("At least 20 people, including 14 assailants, were killed in the fighting.",
     (6, 6, None, "at_least", 14), (0, None, None, EXACT, None)),
    ("Three militants were killed when the device exploded prematurely.",
     (0, None, None, EXACT, 3), (0, None, None, EXACT, None)),
    ("Police said the shooter later turned the gun on himself.",
     (0, None, None, EXACT, 1), (0, None, None, EXACT, None)),
    # --- tolls that change ---
    ("Six people were killed in the blast on Monday. The death toll rose to 11 on Tuesday.",
     (11, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Two people were killed in Sunday's shooting. A third victim died on Monday.",
     (3, None, None, EXACT, None), (0, None, None, EXACT, None)),
    # --- traps ---
    ("A 25-year-old man was shot dead on Elm Street.", (1, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Shots were fired at 3:10 a.m. in the 300 block of Main Street; two men were wounded.",
     (0, None, None, EXACT, None), (2, None, None, EXACT, None)),
    ("A bus carrying 120 pilgrims was attacked and 14 passengers were killed.",
     (14, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("The blast killed eight people in Mosul, Iraq's second largest city.",
     (8, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Four people were killed. It was the deadliest attack since 2014, when 150 died in a bombing.",
     (4, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Two officers were wounded. More than 500 people have been killed in the region this year.",
     (0, None, None, EXACT, None), (2, None, None, EXACT, None)),
    ("The gunman fired a .40-caliber pistol and wounded a guard, who was paid $2,000 a month.",
     (0, None, None, EXACT, None), (1, None, None, EXACT, None)),
    ("A bomb exploded near the station on Monday. No one was hurt.",
     (0, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("The grenade attack caused no casualties.", (0, None, None, EXACT, None), (0, None, None, EXACT, None)),
    ("Gunmen attacked a police post overnight, officials said.", None, None),
    ("She could have been killed, her mother said.", None, None),
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


def test_prefers_counts_near_the_anchor():
    text = ("A car bomb killed nine people in Kirkuk on Sunday. "
            "In an unrelated incident in Basra, gunmen shot dead two traders.")
    doc = build_document(text)
    second = Scope(sentences=[1], anchor=doc.span(text.index("gunmen"), text.index("gunmen") + 6))
    assert find_casualties(doc, second).killed.value == 2
    first = Scope(sentences=[0, 1], anchor=doc.span(text.index("car bomb"), text.index("car bomb") + 8))
    assert find_casualties(doc, first).killed.value == 9
