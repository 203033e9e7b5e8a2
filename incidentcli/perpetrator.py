"""Who did it, and on what word (issue 5).

``find_perpetrator(doc, scope)`` names the group (canonical name from the group lexicon, or an
open-ended organisation name) and the claim status from the sentence that links it to the
incident.

How it reads a sentence:

1. Claim cues (``claim_cues.py``, ``data/claim_cues.tsv``) are found in one regex pass:
   "claimed responsibility", "attributed the attack to", "denied involvement", "X guerrillas
   attacked", "no group has claimed" ...  Each says where its group phrase is (just before or
   just after the cue) and what it tells (claimed, suspected, denied, reported as fact,
   unclaimed).
2. The phrase in that slot is read token by token (``actor_phrase.py``; ``data/actor_words.tsv``
   says which words may belong to a name).  A lexicon group inside it (``groups.py``) gives
   the canonical name;
   otherwise an open-ended name is kept when it is one: capitalised words with an
   organisation head ("Zero Guerrilla Force"), an abbreviation, or a proper modifier on a
   group noun ("Mapuche activists").  Generic actors ("gunmen", "unidentified men",
   "police") give no name.
3. The scope's sentences are read nearest the anchor first; the nearest linked group wins
   (stronger link first within a sentence; a mere membership link, or a clause about
   "another attack", only when nothing else links a group); its claim status is the
   strongest one attested for it (claimed > denied > reported > suspected): a denial stays a
   denial.  No group named: "claimed" when someone unnamed claimed it, "unclaimed" when the
   text says no one did, else null.

Every value carries evidence: "perpetrator" is the group's words, "claim" the cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .actor_phrase import is_response, phrase_after, phrase_before, resolve_name, tokens
from .claim_cues import find_cues, is_hedged
from .document import Document, Scope, Span
from .groups import GroupMention, find_groups
from .record import Perpetrator


@dataclass
class PerpetratorResult:
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "perpetrator", "claim"
    reasons: dict[str, str] = field(default_factory=dict)


STRENGTH = {"claimed": 4, "denied": 3, "reported": 2, "suspected": 1}
_CLAUSE_BREAK = re.compile(r"[,;:]|--")
_NEGATIONS = ("no", "none", "nobody", "neither")
_MAX_CUES = 64  # cues read per sentence


@dataclass(frozen=True)
class _Candidate:
    name: str | None
    span: tuple[int, int] | None
    status: str
    cue: tuple[int, int]
    rank: int  # sentence distance from the anchor (0 = the anchor's sentence)
    kind: str
    weak: bool = False  # only membership links it ("a member of X"), or it is about another
    # attack ("after another attack claimed by X")


def _sentence_candidates(doc: Document, start: int, end: int, rank: int,
                         mentions: list[GroupMention], caps: bool) -> list[_Candidate]:
    found = [(m.cue, m.start, m.end) for m in find_cues(doc.text, start, end)]
    if not found:
        return []
    found = found[:_MAX_CUES]  # prose has a handful; thousands mean a list, not a sentence
    toks = tokens(doc.text, start, end)
    caps = caps or _title_case(toks)
    starts = {t.start: i for i, t in enumerate(toks)}
    token_starts = [t.start for t in toks]
    lexical = _covered(token_starts, mentions)
    groups = _covered(token_starts, [m for m in mentions if m.group.kind == "group"])
    hedged = any(cue.status in ("suspected", "accused") for cue, _, _ in found) or \
        is_hedged(doc.text, start, end)
    background = [e for cue, s, e in found if cue.status == "background"]
    claimed = any(cue.status == "claimed" for cue, _, _ in found)
    out: list[_Candidate] = []
    for cue, s, e in found:
        if cue.slot == "sentence":
            if cue.status == "unclaimed":
                out.append(_Candidate(None, None, "unclaimed", (s, e), rank, "none"))
            continue
        if cue.slot == "after":
            i = bisect_left(token_starts, e)
            if cue.status == "reported" and is_response(toks, i):
                continue
            rng = phrase_after(toks, i, caps, lexical)
            passive = False
        else:
            j = starts.get(s)
            if j is None:
                continue
            rng, passive = phrase_before(toks, j, caps, lexical, groups)
        if rng is None or (passive and cue.status == "reported"):
            continue
        name = resolve_name(doc, toks, rng, mentions, caps, cue.status)
        if name is None and cue.status == "claimed" and \
                toks[rng[0]].text.lower() not in _NEGATIONS:
            # "an unknown group claimed responsibility": claimed, by no one we can name
            out.append(_Candidate(None, None, "claimed", (s, e), rank, "none"))
            continue
        if name is None or (cue.status in ("member", "arrested") and name.kind == "open"):
            continue
        status, weak = cue.status, cue.status == "member"
        if weak:
            status = "claimed" if claimed else "reported"
        if status in ("arrested", "accused"):  # "two X members were arrested over it"
            status = "suspected"
        if status == "reported" and hedged:
            status = "suspected"
        other = any(b <= s and not _CLAUSE_BREAK.search(doc.text, b, s) for b in background)
        out.append(_Candidate(name.name, name.span, status, (s, e), rank, name.kind,
                              weak or other))
    return out


def _scope_order(doc: Document, scope: Scope) -> list[int]:
    anchor = doc.sentence_at(scope.anchor.start).index if scope.anchor and \
        doc.sentence_at(scope.anchor.start) else (scope.sentences[0] if scope.sentences else 0)
    return sorted(scope.sentences, key=lambda i: (abs(i - anchor), i))


def _covered(token_starts: list[int], mentions: list[GroupMention]) -> frozenset[int]:
    """Indexes of the tokens inside the mentions."""
    out: set[int] = set()
    for m in mentions:
        out.update(range(bisect_left(token_starts, m.start), bisect_left(token_starts, m.end)))
    return frozenset(out)


def _title_case(toks: list) -> bool:
    """A headline in Title Case ("Gang Members Shot Outside Club") gives capitals no meaning:
    read it like wire copy in capitals."""
    words = [t for t in toks if t.word and t.text[0].isalpha()]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def find_perpetrator(doc: Document, scope: Scope) -> PerpetratorResult:
    caps = doc.all_caps
    candidates: list[_Candidate] = []
    for rank, si in enumerate(_scope_order(doc, scope)):
        # the scope's sentences only: an article with many incidents is read once in all,
        # not once per incident
        sent = doc.sentences[si]
        inside = find_groups(doc.text, caps, sent.start, sent.end)
        candidates += _sentence_candidates(doc, sent.start, sent.end, rank, inside, caps)
    return _choose(doc, candidates)


def _choose(doc: Document, candidates: list[_Candidate]) -> PerpetratorResult:
    result = PerpetratorResult()
    named = [c for c in candidates if c.name]
    if not named:
        nameless = sorted((c for c in candidates if c.status in ("claimed", "unclaimed")),
                          key=lambda c: (c.status != "claimed", c.rank, c.cue[0]))
        if nameless:
            c = nameless[0]
            result.perpetrator = Perpetrator(None, c.status)
            result.evidence["claim"] = doc.span(*c.cue)
            result.reasons["claim"] = ("claimed by someone not named" if c.status == "claimed"
                                       else "no group claimed")
        return result
    best = min(named, key=lambda c: (c.weak, c.rank, -STRENGTH[c.status], c.cue[0]))
    same = [c for c in named if c.name == best.name and c.weak == best.weak]
    claim = max(same, key=lambda c: (STRENGTH[c.status], -c.rank))
    result.perpetrator = Perpetrator(best.name, claim.status)
    result.evidence["perpetrator"] = doc.span(*best.span)
    result.evidence["claim"] = doc.span(*claim.cue)
    result.reasons["perpetrator"] = f"{best.kind} name, {best.status} link"
    result.reasons["claim"] = f"{claim.status} cue"
    return result
