"""The perpetrator step's shortcuts give what the full reading gives (issue 8: speed).

``_idle`` lets ``_sentence_candidates`` skip tokenising a sentence whose cues surely link no
group; here each sentence is read with and without the shortcut, and must give the same."""
import dataclasses

import pytest

import incidentcli.perpetrator as perpetrator
from incidentcli.actor_phrase import may_name_agent
from incidentcli.pipeline import build_document

SENTENCES = [
    "A man was shot outside a bar on Friday night, police said.",
    "Two teenagers were shot and one was killed near the park.",
    "The Red Hand Brigade was blamed for the attack, which was carried out at dawn.",
    "The clerk had been   shot in the arm during the robbery.",
    "A deputy-was shot while serving a warrant.",
    "Officers say the victim's brother, who was\nshot twice, survived.",
    "The Popular Front attacked the outpost and was bombed in return.",
    "She is believed to have been killed by members of the Crimson Star gang.",
    "The courier was kidnapped, and the Liberation Army claimed responsibility.",
    "GUERRILLAS OF THE NATIONAL FRONT WERE AMBUSHED NEAR THE BRIDGE.",
    "THE TOWN HALL WAS DYNAMITED BY THE PEOPLE'S REVOLUTIONARY COMMAND.",
    "Reportedly, the man was shot; nobody has claimed the killing.",
    "It's shot... was shot. 'was' shot \u201cwas\u201d shot was/shot was.shot",
    "Police said the gunman fired at the crowd before he was killed by officers.",
    "A teenager shot his neighbour after an argument on Elm Street, deputies said.",
    "The Eastside gang's shooter opened fire on a passing car.",
    "Two masked men opened fire on the store clerk and fled in a van.",
    "Army Troops Fired On Protesters Near The Old Square",
    "Local Militants Shot Two Guards At The Gate",
    "Security forces\u2019 snipers shot three marchers, witnesses said.",
    "THE MAYOR'S BODYGUARD WAS SHOT BY TWO MEN ON A MOTORCYCLE.",
    "THE ARMY SHOT FOUR PEASANTS NEAR THE RIVER, RESIDENTS SAID.",
    "TWO MEN OPENED FIRE ON THE BUS AND FLED.",
    "THREE MEMBERS OF THE FAMILY WERE KILLED BY UNIDENTIFIED MEN.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_shortcut_gives_the_full_reading(text, monkeypatch):
    doc = build_document(text)
    got = [perpetrator._sentence_candidates(doc, s.start, s.end, 0, [], doc.all_caps)
           for s in doc.sentences]
    again = [perpetrator._sentence_candidates(doc, s.start, s.end, 2, [], doc.all_caps)
             for s in doc.sentences]  # (from the document's memo, at another rank)
    monkeypatch.setattr(perpetrator, "_idle", lambda *args: False)
    monkeypatch.setattr(perpetrator, "may_name_agent", lambda *args: True)
    doc = build_document(text)
    full = [perpetrator._sentence_candidates(doc, s.start, s.end, 0, [], doc.all_caps)
            for s in doc.sentences]
    assert got == full
    assert again == [[dataclasses.replace(c, rank=2) for c in found] for found in full]


@pytest.mark.parametrize("text, idle", [
    ("A man was shot.", True),
    ("A man got shot.", True),
    ("A deputy-was shot.", False),   # 'deputy-was' is one token
    ("The gang shot him.", False),
    ("He was\tshot.", True),
    ("He was-shot.", False),  # not after white space
])
def test_idle(text, idle):
    doc = build_document(text)
    s = doc.sentences[0]
    found = perpetrator.cue_spans(doc.text, s.start, s.end)
    assert found
    assert all(perpetrator._idle(doc.text, s.start, cue, at) for cue, at, _ in found) == idle


@pytest.mark.parametrize("text, agent", [
    ("A man shot his cousin at a party.", True),     # 'party' is a word for a group
    ("A man shot his cousin outside a bar.", False),
    ("The Hill Street GANG'S gunman fired twice.", True),
    ("Anti-government fighters fired on the convoy.", True),
    ("She was struck by a stray round.", False),
    ("Soldiers fired into the air.", True),
])
def test_may_name_agent(text, agent):
    assert may_name_agent(text, 0, len(text)) == agent
