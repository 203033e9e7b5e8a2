"""Which incidents an article reports, the primary one, and each one's attack type (issue 6).

``find_incidents(doc)`` returns one ``FoundIncident`` per incident: its ``Scope`` (the
sentences that talk about it), its attack type, weapon and suicide flag, with evidence.
An article with no attack gives an empty list.

How it works, top to bottom:

1. ``find_cues``: one pass of the cue lexicon (``data/attack_cues.tsv``) over the text.
2. ``_anchor_sentences``: sentences that report an attack event — an event cue that is not
   about a trial, an anniversary, a statistic, a plan or (in wire reports) combat between
   armed forces and guerrillas.
3. ``_group``: anchor sentences become incidents.  A sentence joins the incident before it
   unless it marks a different event: "another attack", "in a separate incident", a date of
   its own, or (in wire reports, which list many events) an attack of another kind.  A coder's
   summary ("02/28/2016: ...") is one incident.
4. Each incident's scope is its anchor sentences plus the follow-up sentences up to the next
   incident's anchor; the first incident (the headline/lead one) is primary.
5. Attack type, weapon and suicide come from the best-ranked cue of the incident's first
   anchor sentence (then its other sentences).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .document import Document, Scope, Sentence, Span


@dataclass
class FoundIncident:
    scope: Scope
    attack_type: str | None = None
    suicide: bool | None = None
    weapon: str | None = None
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "attack_type", "weapon", "suicide"
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CueEntry:
    type: str | None
    weapon: str | None
    role: str  # event | mention | weapon | suicide
    rank: int


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    entry: CueEntry

    @property
    def anchors(self) -> bool:
        return self.entry.role in ("event", "suicide")


@dataclass
class _Draft:
    """An incident being assembled: its anchor sentences and cues."""

    anchors: list[int]
    cues: list[Cue]
    kind: str | None
    dates: set


# --------------------------------------------------------------------------------------
# Cue lexicon
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _lexicon(ignore_case: bool = True) -> tuple[re.Pattern, tuple[CueEntry, ...]]:
    """The cue table compiled into one alternation; group ``c<i>`` is entry ``i``.
    ``ignore_case=False`` gives the (faster) pattern for text already in lower case."""
    text = resources.files("incidentcli").joinpath("data/attack_cues.tsv").read_text("utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    branches, entries = [], []
    for row in rows:
        entries.append(CueEntry(_dash(row["type"]), _dash(row["weapon"]), row["role"],
                                int(row["rank"])))
        branches.append(f"(?P<c{len(branches)}>{row['pattern'].lower()})")
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])",
                         re.IGNORECASE if ignore_case else 0)
    return pattern, tuple(entries)


def _dash(value: str) -> str | None:
    return None if value.strip() in ("", "-") else value.strip()


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Cues in ``text[start:end]`` (matched on a lower-cased copy when that keeps offsets)."""
    end = len(text) if end is None else end
    lowered = text.lower()
    pattern, entries = _lexicon(ignore_case=len(lowered) != len(text))
    source = lowered if len(lowered) == len(text) else text
    return [Cue(m.start(), m.end(), entries[int(m.lastgroup[1:])])
            for m in pattern.finditer(source, start, end)]


# --------------------------------------------------------------------------------------
# Sentences that do not report an attack event
# --------------------------------------------------------------------------------------

# Aftermath, commemoration, statistics, plans, warnings, opinion.
_NOT_EVENT = re.compile(
    r"\b(?:sentenced|convicted|acquitted|trial|verdict|indicted|extradit(?:ed|ion)|anniversary|"
    r"commemorat\w+|memorial\s+service|so\s+far\s+this\s+year|since\s+(?:19|20)\d\d|"
    r"in\s+recent\s+(?:years|months|weeks)|(?:a|the)\s+wave\s+of|spate\s+of|series\s+of|"
    r"(?:will|would|could|might|may)\s+(?:\w+\s+)?(?:attack|bomb|kill|kidnap)|"
    r"plan(?:ned|ning|s)?\s+to|tactics|accused\s+of|charged\s+with|case\s+no|"
    r"time\s+bomb|bomb\s+threats?|shoot\s+down|shot\s+down|accidents?|accidental\w*|"
    r"crash(?:ed|es)?|riot\w*|loot(?:ers|ing)|mutin\w+|inmates|so\s+many|attempts|crisis|"
    r"over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|months|decades?)|"
    r"tens\s+of\s+thousands|thousands\s+of|hundreds\s+of|\d{1,3},000|continues?\s+(?:\w+ing)|"
    r"blamed\s+for|linked\s+(?:\w+\s+){0,3}to|denied\s+charges|"
    r"nicaragu\w*|managua|sandinist\w*|contras|panama\w*|noriega)\b",
    re.IGNORECASE)
# A cue under a modal or an infinitive: 'would be a massacre', 'plans to attack'.
_HYPOTHETICAL = re.compile(
    r"(?:\b(?:will|would|could|might|may|must|can|cannot|should|shall|if|danger\s+of)\s+"
    r"(?:\w+\s+){0,2}|\bto\s+)$", re.IGNORECASE)
# What makes a mention ('the bombing') report an event: an outcome, a time, a perpetration.
_SPECIFIC = re.compile(
    r"\b(?:killed|wounded|wounding|injured|injuring|dead|died|deaths?|damaged?|"
    r"destroyed|destroying|victims?|casualties|took\s+place|occurred|happened|carried\s+out|"
    r"perpetrated|staged|committed|claimed|responsibility|today|yesterday|tonight|"
    r"last\s+night|this\s+morning|at\s+\d{4}|on\s+\d{1,2}\s+[a-z]+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
# 'the murder of Father X', 'the attack on the embassy': a mention naming its target.
_VICTIM_AFTER = re.compile(r"\s+(?:of|on|against)\s+(?!(?:the\s+)?(?:\w+\s+)?(?:peace|democracy|"
                           r"dialogue|sovereignty|process)\b)", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# War between armed forces and guerrillas: not terrorism in wire reports (MUC-4).
_MILITARY = (r"(?:garrisons?|barracks|brigades?|battalions?|patrols?|troops|soldiers|positions|"
             r"enemy|outposts?|air\s+base|paratroopers|command\s+posts?|military\s+(?:units?|posts?|bases?|"
             r"targets?|installations?|headquarters)|army\s+(?:units?|posts?|bases?))")
_COMBAT = re.compile(
    r"\b(?:clash(?:es|ed)?|combats?|skirmish(?:es)?|fighting|battles?|offensive|engagements?|"
    r"launchers?|ammunition|repression|killed\s+in\s+action|war\s+(?:bulletin|report)|artillery|"
    r"(?:troops|soldiers|patrols?|paratroopers|guardsmen)\s+(?:were|was)\s+(?:ambushed|attacked)|"
    r"killing\s+(?:\w+\s+){0,2}(?:subversives|guerrillas|rebels|terrorists)|"
    r"(?:attack\w*|ambush\w*|harass\w*|against|on|overran|seized)\s+(?:\w+\s+){0,4}"
    + _MILITARY +
    r"|(?:soldiers|troops|paratroopers|servicemen|guardsmen|policemen|rebels|guerrillas|"
    r"subversives|terrorists)\s+(?:were\s+|had\s+been\s+)?(?:killed|wounded|injured|dead|"
    r"captured)|(?:rebel|guerrilla|enemy)\s+casualties)\b",
    re.IGNORECASE)
# A different event from the one before: "another attack", "in a separate incident".
_ANOTHER = re.compile(
    r"\b(?:another|a\s+separate|separately|in\s+a\s+(?:similar|second|related|different)|"
    r"(?:a|the)\s+(?:second|third|previous|earlier)\s+(?:attack|bombing|blast|explosion|incident)|"
    r"meanwhile|elsewhere|in\s+other\s+(?:incidents|news|developments)|also\s+in)\b",
    re.IGNORECASE)
# In news stories only an explicit other attack starts a second incident.
_ANOTHER_ATTACK = re.compile(
    r"\b(?:another|a\s+separate|an\s+earlier|a\s+previous|a\s+similar)\s+(?:\w+\s+){0,2}"
    r"(?:attack|bombing|blast|explosion|shooting|incident|assault|kidnapping)s?\b",
    re.IGNORECASE)
# 'MM/DD/YYYY: ' opening a coder's summary: one incident.
_SUMMARY = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}")
_TITLES = re.compile(
    r"\b(?:mayor|governor|judge|magistrate|prosecutor|attorney\s+general|minister|"
    r"politician|lawmaker|legislator|senator|deputy|congressman|councilor|councillor|"
    r"candidate|president|commissioner|ambassador|diplomat|tribal\s+elder|official)s?\b",
    re.IGNORECASE)
_INFRASTRUCTURE = re.compile(
    r"\b(?:pylons?|(?:electricity|power|transmission|telecommunications?|telephone|radio)\s+"
    r"(?:towers?|poles?|lines?|stations?|plants?|substations?)|pipelines?|oil\s+wells?|"
    r"substations?|railway\s+lines?|rail\s+lines?|bridges?)\b", re.IGNORECASE)
_KILLING = re.compile(
    r"\b(?:shot\s+dead|shot\s+and\s+killed|gunned\s+down|shot\s+to\s+death|murdered|killed)\b",
    re.IGNORECASE)


def find_incidents(doc: Document) -> list[FoundIncident]:
    sentences = doc.sentences
    if not sentences:
        return []
    cues_by_sentence = _cues_by_sentence(doc)
    wire = doc.all_caps
    summary = bool(_SUMMARY.match(doc.text))
    anchors = _anchor_sentences(doc, cues_by_sentence, wire)
    if not anchors and summary:  # a coder's summary is about one attack, however worded
        anchors = [i for i, found in enumerate(cues_by_sentence)
                   if any(c.entry.type for c in found)][:1]
    if not anchors:
        return []
    if wire and not summary and not any(
            (c.entry.rank < _UNSPECIFIC_RANK or c.entry.role == "mention") and
            _can_anchor(doc, sentences[i], c)
            for i in anchors for c in cues_by_sentence[i]):
        return []  # a wire report that only says 'attacked' or 'killed': combat or background
    if summary:
        typed = [i for i, found in enumerate(cues_by_sentence) if any(c.entry.type for c in found)]
        drafts = [_Draft(anchors, [c for i in anchors for c in cues_by_sentence[i]], None, set())]
    else:
        drafts = _group(doc, anchors, cues_by_sentence, wire)
    scopes = _scopes(doc, drafts)
    found = []
    for n, (draft, sentence_ids) in enumerate(zip(drafts, scopes)):
        found.append(_describe(doc, draft, sentence_ids, cues_by_sentence, primary=n == 0,
                               pooled=typed if summary else None))
    return found


def _cues_by_sentence(doc: Document) -> list[list[Cue]]:
    out: list[list[Cue]] = [[] for _ in doc.sentences]
    for cue in find_cues(doc.text):
        s = doc.sentence_at(cue.start)
        if s is not None and cue.end <= s.end:
            out[s.index].append(cue)
    return out


def _anchor_sentences(doc: Document, cues: list[list[Cue]], wire: bool) -> list[int]:
    """Sentences that report an attack: an event cue, or a mention cue with an outcome, a
    time or a perpetration in the same sentence; background sentences never anchor."""
    out = []
    for s, found in zip(doc.sentences, cues):
        if not any(_can_anchor(doc, s, c) for c in found):
            continue
        if _is_background(doc, s, wire):
            continue
        out.append(s.index)
    return out


def _can_anchor(doc: Document, s: Sentence, cue: Cue) -> bool:
    role = cue.entry.role
    if role not in ("event", "suicide", "mention"):
        return False
    if _HYPOTHETICAL.search(doc.text, max(s.start, cue.start - 40), cue.start):
        return False
    if role == "mention":
        return bool(_SPECIFIC.search(doc.text, s.start, s.end) or
                    _VICTIM_AFTER.match(doc.text, cue.end, s.end))
    return True


def _is_background(doc: Document, s: Sentence, wire: bool) -> bool:
    text = doc.text[s.start:s.end]
    if _NOT_EVENT.search(text):
        return True
    if doc.reference_date and _is_past(doc, s):
        return True
    return wire and bool(_COMBAT.search(text))


def _is_past(doc: Document, s: Sentence) -> bool:
    """The sentence names an earlier year (not just last year in January): background."""
    ref = doc.reference_date
    return any(int(y) < ref.year - 1 or (int(y) < ref.year and ref.month > 2)
               for y in _YEAR.findall(doc.text, s.start, s.end))


# --------------------------------------------------------------------------------------
# Grouping anchor sentences into incidents
# --------------------------------------------------------------------------------------


def _group(doc: Document, anchors: list[int], cues: list[list[Cue]], wire: bool) -> list[_Draft]:
    from .dates import sentence_dates

    drafts: list[_Draft] = []
    for i in anchors:
        s = doc.sentences[i]
        here = cues[i]
        kind = _kind(here)
        dates = {m.value for m in sentence_dates(doc, i)}
        target = _merge_target(doc, drafts, s, kind, dates, wire)
        if target is None:
            drafts.append(_Draft([i], list(here), kind, set(dates)))
        else:
            target.anchors.append(i)
            target.cues.extend(here)
            target.dates |= dates
            if target.kind is None:
                target.kind = kind
    return drafts


def _kind(cues: list[Cue]) -> str | None:
    """The attack family a sentence reports (best-ranked typed cue); None when it only
    says 'attack' or 'killed', which refer back rather than name a new kind of event."""
    typed = [c for c in cues if c.entry.type and c.entry.role not in ("weapon", "generic")
             and c.entry.rank < _UNSPECIFIC_RANK]
    return min(typed, key=lambda c: c.entry.rank).entry.type if typed else None


_UNSPECIFIC_RANK = 8
_FAMILY = {"hostage_taking": "kidnapping", "assassination": "armed_assault",
           "unarmed_assault": "armed_assault", "hijacking": "kidnapping"}


def _merge_target(doc: Document, drafts: list[_Draft], s: Sentence, kind: str | None,
                  dates: set, wire: bool) -> _Draft | None:
    if not drafts:
        return None
    text = doc.text[s.start:s.end]
    if (_ANOTHER if wire else _ANOTHER_ATTACK).search(text):
        return None
    last = drafts[-1]
    if not wire:
        return last
    if dates and last.dates and not (dates & last.dates):
        # a date of its own: an earlier incident with that date, or a new one
        for d in drafts:
            if dates & d.dates:
                return d
        return None
    if kind is None:
        return last
    family = _FAMILY.get(kind, kind)
    for d in reversed(drafts):
        if _FAMILY.get(d.kind, d.kind) == family:
            return d
    return None


def _scopes(doc: Document, drafts: list[_Draft]) -> list[list[int]]:
    """Each incident's sentences: its anchors and the follow-ups before the next anchor of
    another incident.  Sentences before the first anchor (headline, lead) go to the first."""
    owner: dict[int, int] = {}
    for n, d in enumerate(drafts):
        for i in d.anchors:
            owner.setdefault(i, n)
    scopes: list[list[int]] = [[] for _ in drafts]
    current = 0
    for s in doc.sentences:
        if s.index in owner:
            current = owner[s.index]
        scopes[current].append(s.index)
    return scopes


# --------------------------------------------------------------------------------------
# Attack type, weapon, suicide
# --------------------------------------------------------------------------------------


def _describe(doc: Document, draft: _Draft, sentence_ids: list[int], cues: list[list[Cue]],
              primary: bool, pooled: list[int] | None = None) -> FoundIncident:
    """Type from the first anchor sentence's best cue (then the next anchors'); a coder's
    summary (``pooled``) is typed by its best cue anywhere, as the coders' hierarchy does."""
    first = draft.anchors[0]
    ordered = [first] + [i for i in draft.anchors if i != first]
    groups = [[c for i in pooled for c in cues[i]]] if pooled else [cues[i] for i in ordered]
    typed: Cue | None = None
    for group in groups:  # the first anchor's best cue; 'the attack' defers to a later 'bomb'
        candidates = [c for c in group if c.entry.type and c.entry.role != "weapon"]
        if candidates:
            best = min(candidates, key=lambda c: (c.entry.role == "generic", c.entry.rank,
                                                  c.start))
            if typed is None or (best.entry.rank < typed.entry.rank and
                                 best.entry.role != "generic"):
                typed = best
            if typed.entry.rank < _UNSPECIFIC_RANK:
                break
    anchor = doc.span(typed.start, typed.end) if typed else None
    scope = Scope(sentences=sentence_ids, anchor=anchor, primary=primary)
    result = FoundIncident(scope)
    if typed is None:
        return result
    result.attack_type = typed.entry.type
    result.evidence["attack_type"] = anchor
    result.reasons["attack_type"] = f"{typed.entry.role} cue"
    if result.attack_type == "armed_assault":
        _maybe_assassination(doc, result, first)
    if result.attack_type == "armed_assault" and typed.entry.rank >= 9:
        _maybe_facility(doc, result, typed)
    in_scope = [c for i in ordered for c in cues[i]]
    weapon = typed if typed.entry.weapon else next(
        (c for c in in_scope if c.entry.weapon and c.entry.type in (None, result.attack_type)),
        None)
    if weapon is not None:
        result.weapon = weapon.entry.weapon
        result.evidence["weapon"] = doc.span(weapon.start, weapon.end)
    suicide = next((c for c in in_scope if c.entry.role == "suicide"), None)
    if suicide is not None and result.attack_type == "bombing":
        result.suicide = True
        result.evidence["suicide"] = doc.span(suicide.start, suicide.end)
    return result


def _maybe_facility(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """'attacked an electricity tower': an attack on infrastructure, not on people."""
    s = doc.sentence_at(typed.start)
    if s is not None and _INFRASTRUCTURE.search(doc.text, s.start, s.end):
        result.attack_type = "facility_attack"
        result.reasons["attack_type"] = "attack on infrastructure"


def _maybe_assassination(doc: Document, result: FoundIncident, index: int) -> None:
    """'shot dead a judge', 'gunned down the mayor': a killing aimed at an office holder."""
    s = doc.sentences[index]
    text = doc.text[s.start:s.end]
    kill = _KILLING.search(text)
    if kill and _TITLES.search(text):
        result.attack_type = "assassination"
        result.evidence["attack_type"] = doc.span(s.start + kill.start(), s.start + kill.end())
        result.reasons["attack_type"] = "killing of an office holder"
