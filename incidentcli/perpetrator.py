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
4. When the scope links no group and says nothing about a claim: a group linked to an
   attack in the few sentences around the scope (suspected), else the one lexicon group
   the scope names in no bystander role -- not the report's source ("[FMLN COMMUNIQUE]",
   "THE FMLN REPORTS"), not the other side ("talks with the FMLN"), not in a rebel radio's
   own report -- stated as the doer (reported; suspected when its sentence hedges); else the one armed group the whole text
   names (a group and its branches count as one), suspected: the likeliest doer, though the
   text does not tie it to this attack -- unless the text states elsewhere that the group
   acts ("THE SHINING PATH DYNAMITED TWO PYLONS"): then reported (claimed, if it claims).
   Generic words for the insurgents linked to the attack ("the guerrillas attacked") stand
   for the armed group the text names most.  In a rebel radio's own report the state's
   services and units are doers ("THE AIR FORCE BOMBED"); bare "soldiers" are the armed
   forces; a named armed group's acts it tells are that group's claim.

Every value carries evidence: "perpetrator" is the group's words, "claim" the cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter

from .actor_phrase import (Name, called_name, is_a, is_no_act, is_rebel_phrase, is_response,
                           is_unit_phrase, may_name_agent, phrase_after, phrase_before,
                           resolve_name, tokens)
from .claim_cues import Cue, cue_spans, cue_starts, first_hedge_end, own_report
from .document import Document, Scope, Span
from .groups import GroupMention, find_groups, names_any
from .record import Perpetrator


@dataclass
class PerpetratorResult:
    """The perpetrator and claim of one incident, with evidence and reasons."""

    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "perpetrator", "claim"
    reasons: dict[str, str] = field(default_factory=dict)


STRENGTH = {"claimed": 4, "denied": 3, "reported": 2, "suspected": 1}
_CLAUSE_BREAK = re.compile(r"[,;:]|--")
_NEGATIONS = ("no", "none", "nobody", "neither")
_MAX_CUES = 64  # cues read per sentence
# Links whose phrase names someone only with a group, unit, people's or insurgents' noun or an
# army's word in it (``resolve_name`` then asks for one; "X shot", "shot by X", "members of
# X"): a sentence of such cues without any of those words links no one (``may_name_agent``).
_AGENT_LINKS = frozenset(("reported", "member"))


@dataclass(frozen=True)
class _Candidate:
    """An actor a cue names, with its claim status and nearness."""

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
    """The links text[start:end] makes, at ``rank``: read once per document (the scopes of
    a wire report's incidents and the sentences around them overlap), then given the
    rank asked for."""
    memo = doc.memo("perpetrator.sentences")
    key = (start, end, caps, tuple(mentions))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _read_sentence(doc, start, end, mentions, caps)
    if not found or found[0].rank == rank:
        return list(found)
    return [_Candidate(c.name, c.span, c.status, c.cue, rank, c.kind, c.weak) for c in found]


def _read_sentence(doc: Document, start: int, end: int, mentions: list[GroupMention],
                   caps: bool, rank: int = 0) -> list[_Candidate]:
    """The candidates the claim cues of text[start:end] link, at ``rank``."""
    found = _live_cues(doc, start, end)
    if not found:
        return []
    rebel_voice = _own_voice(doc)
    if not mentions and not rebel_voice and \
            all(cue.status in _AGENT_LINKS or _idle(doc.text, start, cue, s)
                for cue, s, _ in found) and not may_name_agent(doc.text, start, end):
        return []  # ("a man shot him": a deed's agent names no one without such a word)
    toks = tokens(doc.text, start, end)
    caps = caps or _title_case(toks)
    token_starts = list(map(_START, toks))
    lexical = _covered(token_starts, mentions)
    groups = _covered(token_starts, [m for m in mentions if m.group.kind == "group"])
    accusing = any(cue.status in ("suspected", "accused") for cue, _, _ in found)
    hedges: list = []  # [hedge_end, breaks], read the first time a link asks (most never do)

    def hedged_at(e: int) -> bool:
        """Is the link ending at ``e`` hedged: an accusation in the sentence, or a hedge
        before it or in its own clause ("X ATTACKED THE POSTS, AND THE ATTACKS ARE
        APPARENTLY CONTINUING": the hedge is about the second clause)?"""
        if accusing:
            return True
        if not hedges:
            hedge = first_hedge_end(doc.text, start, end)
            hedges.extend((hedge, [m.start() for m in _NEW_CLAUSE.finditer(doc.text, start, end)]
                           if hedge is not None else []))
        hedge_end, breaks = hedges
        if hedge_end is None:
            return False
        k = bisect_left(breaks, e)
        return hedge_end <= (breaks[k] if k < len(breaks) else end)
    background = [e for cue, s, e in found if cue.status == "background"]
    claimed = any(cue.status == "claimed" for cue, _, _ in found)
    out: list[_Candidate] = []
    for cue, s, e in found:
        if cue.slot == "sentence":
            if cue.status == "unclaimed":
                out.append(_Candidate(None, None, "unclaimed", (s, e), rank, "none"))
            continue
        if cue.status == "uniform":
            # "MEN WEARING MILITARY UNIFORMS": the service the uniform names, suspected
            words = [t for t in toks[bisect_left(token_starts, s):bisect_left(token_starts, e)]
                     if t.word and t.text.lower() not in ("wearing", "dressed", "clad", "in")]
            if len(words) >= 2:  # the service, then "uniforms"
                a, b = words[0].start, words[-2].end
                out.append(_Candidate(" ".join(doc.text[a:b].split()), (a, b), "suspected",
                                      (s, e), rank, "state", weak=True))
            continue
        if cue.slot == "after" and (_NEGATED.search(doc.text, max(start, s - 24), s) or
                                    _NEGATION.search(doc.text, s, e)):
            continue  # "THE MURDER WAS NOT THE WORK OF LEFTIST GUERRILLAS"
        if cue.slot == "after":
            i = bisect_left(token_starts, e)
            if cue.status == "reported" and is_response(toks, i):
                continue
            rng = phrase_after(toks, i, caps, lexical)
            passive = False
        else:
            j = bisect_left(token_starts, s)
            if j == len(token_starts) or token_starts[j] != s:
                continue  # (the cue does not begin a token)
            rng, passive = phrase_before(toks, j, caps, lexical, groups)
        if rng is None or (passive and cue.status == "reported"):
            continue
        if cue.slot == "before" and cue.status == "reported" and \
                is_no_act(toks, bisect_left(token_starts, e)):
            continue
        name = _given_name(doc, toks, rng, caps, lexical)
        given = name is not None  # "MEMBERS OF THE GANG CALLED THE OWLS WERE ARRESTED ..."
        if name is None:
            name = resolve_name(doc, toks, rng, mentions, caps, cue.status, rebel_voice)
        if name is None and cue.slot == "before" and cue.status in ("accused", "claimed"):
            # "a colonel and eight members of the army were involved in it": the first of
            # two names none, the one next to the cue
            near, _ = phrase_before(toks, j, caps, lexical, groups, first=False)
            if near is not None and near != rng:
                name = resolve_name(doc, toks, near, mentions, caps, cue.status, rebel_voice)
                rng = near if name is not None else rng
        if name is None and cue.status not in ("member", "background") and \
                is_rebel_phrase(toks, rng):
            # "the guerrillas attacked": the insurgents, named elsewhere in the text
            status = "suspected" if cue.status in ("arrested", "accused") or (
                cue.status == "reported" and hedged_at(e)) else cue.status
            out.append(_Candidate(None, (toks[rng[0]].start, toks[rng[1] - 1].end), status,
                                  (s, e), rank, "rebel"))
            continue
        if name is None and cue.status in ("reported", "claimed") and \
                is_unit_phrase(toks, rng):
            # "THE FMLN REPORTS THAT OUR COMMANDO UNITS RAIDED ...": the speaker's units;
            # "OUR UNITS SABOTAGED ..." in a rebel radio's report: the insurgents'
            speaker = _speaker(doc, start, s)
            if speaker is not None:
                out.append(_Candidate(speaker.group.canonical, (speaker.start, speaker.end),
                                      "claimed", (s, e), rank, "lexicon"))
                continue
            if rebel_voice and rng[0] > 0 and toks[rng[0] - 1].word and \
                    is_a(toks[rng[0] - 1].text, "speaker_own"):
                out.append(_Candidate(None, (toks[rng[0]].start, toks[rng[1] - 1].end),
                                      cue.status, (s, e), rank, "rebel"))
                continue
        if name is None and cue.status == "claimed" and \
                toks[rng[0]].text.lower() not in _NEGATIONS:
            # "an unknown group claimed responsibility": claimed, by no one we can name
            out.append(_Candidate(None, None, "claimed", (s, e), rank, "none"))
            continue
        if name is None or (cue.status in ("member", "arrested") and name.kind == "open"
                            and not given):
            continue
        if cue.slot == "after" and _THAT.search(doc.text, s, e) and not any(
                c.slot == "before" and name.span[1] <= s2 <= name.span[1] + 60
                for c, s2, _ in found):
            # "THEY THOUGHT THAT THE FMLN WAS GOING TO SUFFER A DEFEAT": the belief is about
            # the group only if it goes on to say what the group did
            continue
        if name.kind == "state" and cue.status == "reported" and cue.slot == "after" and \
                not rebel_voice and _OF_LINK.search(doc.text, s, e):
            # "S-3 UNITS OF THE SALVADORAN ARMED FORCES PUT AN END TO IT": whose units they
            # are, not what they did (a rebel radio's "TROOPS OF THE 6TH BRIGADE" are its
            # report's doers)
            continue
        status, weak = cue.status, cue.status == "member"
        if weak:
            status = "claimed" if claimed else "reported"
        if status in ("arrested", "accused"):  # "two X members were arrested over it"
            status = "suspected"
        if status == "reported" and hedged_at(e):
            status = "suspected"
        other = any(b <= s and not _CLAUSE_BREAK.search(doc.text, b, s) for b in background)
        out.append(_Candidate(name.name, name.span, status, (s, e), rank, name.kind,
                              weak or other))
    accused = {c.name for c in out if c.status == "suspected" and c.name}
    if accused and any(c.status == "denied" for c in out):
        # "COPREFA denied any responsibility and blamed the FMLN": the denier is out
        out = [c for c in out if c.status != "denied" or c.name in accused]
    return out


_START = itemgetter(0)  # a token's start


def _idle(text: str, start: int, cue: Cue, at: int) -> bool:
    """Does the cue at ``at`` surely give no candidate, as the loop of
    ``_sentence_candidates`` would find: a sentence-wide cue other than "unclaimed", or a
    'reported' cue with the group before it right after a passive auxiliary ("was shot":
    ``phrase_before`` would say passive)?  Read off the characters, without tokens: the
    word before the cue, past white space, made of word characters only and not joined to
    a word before it (by '-', an apostrophe, '.', '&' or '/') is the token before the cue."""
    if cue.slot == "sentence":
        return cue.status != "unclaimed"
    if cue.slot != "before" or cue.status != "reported":
        return False
    k = at
    while k > start and text[k - 1].isspace():
        k -= 1
    if k == at:
        return False
    i = k
    while i > start and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if i == k or (i > start and text[i - 1] in _JOINERS):
        return False
    return is_a(text[i:k], "passive")


_JOINERS = "-'\u2019.&/"  # (what joins two words into one token: ``actor_phrase._TOKEN``)
_NEGATED = re.compile(r"\b(?:not|never)\s+(?:even\s+|been\s+)?$", re.I)
_NEGATION = re.compile(r"\b(?:not|never)\b", re.I)
_THAT = re.compile(r"\bthat$", re.I)
_NOT_BY = re.compile(r"\b(?:not|never)\s+(?:\S+\s+){0,3}?(?:of|by)\s+(?:the\s+)?$", re.I)
_NEW_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:the|it|they|he|she|this|that|there)\b|;|"
                         r"\bbut\b|\bwhile\b|\bwhereas\b", re.I)
_OF_LINK = re.compile(r"\b(?:of|from|to)(?:\s+the)?$", re.I)
_BEFORE = re.compile(r"(?:according to|against|with|not|nor|to|from|on|between|combat|"
                     r"combating|combatting|fight|fighting|fought|"
                     r"between\s+(?:\S+\s+){1,4}?and)\s+(?:the\s+)?$", re.I)
_OWNER = re.compile(r"(\w+)\s+of\s+(?:the\s+)?$", re.I)
_SOURCE_TAG = re.compile(r"(?:\]|--|\))\s*\[[^\[\]]*$")


_GLOSS = re.compile(r"\s*[\[(]\s*")


def _bystanders(doc: Document, mentions: list[GroupMention]) -> set[tuple[int, int]]:
    """The (start, end) of the mentions in a bystander role; a name glossed in brackets
    ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]") shares the role of the name it
    glosses; a name in the dateline's place ("BEIJING (PRC), 15 DEC --") is where the story
    was filed, no doer."""
    text = doc.text
    out: set[tuple[int, int]] = set()
    prev: GroupMention | None = None
    for m in sorted(mentions, key=lambda m: m.start):
        glossed = prev is not None and prev.end <= m.start and \
            _GLOSS.fullmatch(text, prev.end, m.start) is not None
        if _bystander(text, m) or _in_place_line(doc, m) or \
                (glossed and (prev.start, prev.end) in out):
            out.add((m.start, m.end))
        prev = m
    return out


def _in_place_line(doc: Document, m: GroupMention) -> bool:
    """Is the mention part of the dateline's place ("BEIJING (PRC)")?"""
    place = doc.dateline.place if doc.dateline else None
    return place is not None and m.start < place.end and m.end > place.start


def _bystander(text: str, m: GroupMention) -> bool:
    """A group named without a cue but in a role that is not the doer's: the source of the
    report ("[FMLN COMMUNIQUE]", "THE FMLN REPORTS", "according to the FMLN"), the target or
    the other side ("against the FMLN", "talks with the FMLN", "talks between the government
    and the FMLN", "a unit to combat the FMLN"), denied ("not the FMLN", "not the work of the
    FMLN")."""
    before = text[max(0, m.start - 60):m.start]
    if _BEFORE.search(before) or _SOURCE_TAG.search(before) or _NOT_BY.search(before):
        return True
    owner = _OWNER.search(before)
    if owner and not is_a(owner.group(1), "act_noun"):
        return True  # "THE HEADQUARTERS OF THE X", "A LEADER OF THE X": not "AN ATTACK OF THE X"
    after = tokens(text, m.end, min(len(text), m.end + 40))
    words = [t.text for t in after if t.word][:2]
    return any(is_a(w, "speaker") for w in words)


def _own_voice(doc: Document) -> bool:
    """A clandestine (rebel) radio or communique: the group named is the one reporting."""
    d = doc.dateline
    # ("CLANDESTINE, NO DATE -- ...": the place is read with the missing date)
    return bool(d and d.place and
                d.place.text.split(",")[0].strip().lower() in ("clandestine",))


def _scope_order(doc: Document, scope: Scope) -> list[int]:
    at = doc.sentence_at(scope.anchor.start) if scope.anchor else None
    anchor = at.index if at else (scope.sentences[0] if scope.sentences else 0)
    return sorted(scope.sentences, key=lambda i: (abs(i - anchor), i))


def _given_name(doc: Document, toks: list, rng: tuple[int, int], caps: bool,
                lexical: frozenset[int]) -> Name | None:
    """The name "called", "named" or "known as" gives a group noun in or next to the phrase
    ("THE GANG CALLED THE OWLS"), as worded; a lexicon name there is read as usual."""
    given = called_name(toks, rng, caps, lexical)
    if given is None or any(k in lexical for k in range(*given)):
        return None
    words = [t for t in toks[given[0]:given[1]] if t.word]
    while words and is_a(words[0].text, "determiner"):
        words = words[1:]
    if not words:
        return None
    a, b = words[0].start, words[-1].end
    return Name(" ".join(doc.text[a:b].split()), (a, b), "open")


def _covered(token_starts: list[int], mentions: list[GroupMention]) -> frozenset[int]:
    """Indexes of the tokens inside the mentions."""
    out: set[int] = set()
    for m in mentions:
        out.update(range(bisect_left(token_starts, m.start), bisect_left(token_starts, m.end)))
    return frozenset(out)


def _cue_sentences(doc: Document) -> frozenset[int]:
    """The indexes of the sentences whose claim cues may give candidates (``_live_cues``):
    the others give none, and are not read for them.  Read once per document, from the
    places where a cue may begin (``cue_starts``); each sentence's cues are kept for
    ``_live_cues``."""
    memo = doc.memo("perpetrator")
    found = memo.get("cued")
    if found is None:
        text = doc.text
        starts = cue_starts(text)
        live = memo["cues"] = {}
        for s in doc.sentences:
            if bisect_left(starts, s.start) < bisect_left(starts, s.end):
                live[s.start, s.end] = _read_cues(text, s.start, s.end)
        found = memo["cued"] = frozenset(s.index for s in doc.sentences
                                         if live.get((s.start, s.end)))
    return found


def _live_cues(doc: Document, start: int, end: int) -> list[tuple[Cue, int, int]]:
    """The cues of text[start:end] (``_read_cues``), kept from ``_cue_sentences`` when it
    read them."""
    found = doc.memo("perpetrator").get("cues", {}).get((start, end))
    return _read_cues(doc.text, start, end) if found is None else found


def _read_cues(text: str, start: int, end: int) -> list[tuple[Cue, int, int]]:
    """The claim cues of text[start:end] that are read for candidates: none when every one
    surely gives none (``_idle``)."""
    found = cue_spans(text, start, end)
    if not found:
        return []
    found = found[:_MAX_CUES]  # prose has a handful; thousands mean a list, not a sentence
    if all(_idle(text, start, cue, s) for cue, s, _ in found):
        return []  # (most sentences with cues: "a man was shot"; not worth reading word by word)
    return found


def _title_case(toks: list) -> bool:
    """A headline in Title Case ("Gang Members Shot Outside Club") gives capitals no meaning:
    read it like wire copy in capitals."""
    firsts = "".join(filter(str.isalpha, [t[2][0] for t in toks]))  # (words that begin a letter)
    return len(firsts) >= 4 and sum(map(str.isupper, firsts)) >= 0.8 * len(firsts)


def find_perpetrator(doc: Document, scope: Scope) -> PerpetratorResult:
    caps = doc.all_caps
    candidates: list[_Candidate] = []
    mentions: list[tuple[int, GroupMention]] = []
    order = _scope_order(doc, scope)
    cued = _cue_sentences(doc)
    named = names_any(doc.text, caps)  # (most news names no group at all)
    for rank, si in enumerate(order):
        # the scope's sentences only: an article with many incidents is read once in all,
        # not once per incident
        sent = doc.sentences[si]
        inside = find_groups(doc.text, caps, sent.start, sent.end) if named else []
        if inside:
            mentions += [(rank, m) for m in inside]
        if si in cued:
            candidates += _sentence_candidates(doc, sent.start, sent.end, rank, inside, caps)
    result = _named_after_kind(doc, _choose(doc, candidates))
    if result.perpetrator.name is None:
        rebels = [c for c in candidates if c.kind == "rebel"]
        if rebels:
            result = _insurgents(doc, rebels) or result
    if result.perpetrator.name is None and result.perpetrator.claim is None:
        result = _unlinked(doc, order, mentions, result)
    if result.perpetrator.name is None and result.perpetrator.claim is None:
        result = _text_claim(doc, set(order), result)
    elif result.perpetrator.name is None and result.perpetrator.claim == "unclaimed":
        result = _unclaimed(doc, order, mentions, result)
    return _as_worded(doc, result)


_CLAIM_WORDS = re.compile(r"claim|respons|credit|admit", re.I)
_NO_BREAK = re.compile(r"[^,.;:()\[\]]{0,60}")


def _named_after_kind(doc: Document, result: PerpetratorResult) -> PerpetratorResult:
    """A kind of group named, then which one, in one phrase ("THE WORK OF THE MAOIST-INCLINED
    LEFTIST ARMED GROUPING 'SENDERO LUMINOSO'"): the group."""
    ev = result.evidence.get("perpetrator")
    if ev is None or not result.reasons.get("perpetrator", "").startswith("category"):
        return result
    gap = _NO_BREAK.match(doc.text, ev.end)
    after = [m for m in find_groups(doc.text, doc.all_caps, ev.end, gap.end())
             if m.group.kind == "group"]
    if not after:
        return result
    m = after[0]
    result.perpetrator = Perpetrator(m.group.canonical, result.perpetrator.claim)
    result.evidence["perpetrator"] = doc.span(m.start, m.end)
    result.reasons["perpetrator"] = "lexicon name after the kind of group the link names"
    return result


def _text_claim(doc: Document, inside: set[int], result: PerpetratorResult) -> PerpetratorResult:
    """The scope ties no one to the attack, but the text says who claimed its attacks ("THE
    SALVADORAN ARMY ACCEPTED RESPONSIBILITY FOR THE DEATH OF TWO REPORTERS", the shootings
    told one by one further on): the one claimant the text names, claimed."""
    found: dict[str, _Candidate] = {}
    for si, sent in enumerate(doc.sentences):
        if si in inside or not _CLAIM_WORDS.search(doc.text, sent.start, sent.end):
            continue
        groups = find_groups(doc.text, doc.all_caps, sent.start, sent.end)
        for c in _sentence_candidates(doc, sent.start, sent.end, 0, groups, doc.all_caps):
            if c.name and c.status == "claimed" and not c.weak:
                found.setdefault(c.name, c)
    if len(found) != 1:
        return result
    c = next(iter(found.values()))
    out = PerpetratorResult()
    out.perpetrator = Perpetrator(c.name, "claimed")
    out.evidence["perpetrator"] = doc.span(*c.span)
    out.evidence["claim"] = doc.span(*c.cue)
    out.reasons["perpetrator"] = f"{c.kind} name, the one claimant the text names"
    out.reasons["claim"] = "claimed cue elsewhere in the text"
    return out


def _unclaimed(doc: Document, order: list[int], mentions: list[tuple[int, GroupMention]],
               result: PerpetratorResult) -> PerpetratorResult:
    """No one has claimed the attack: a group the text ties to it (or the one group it
    names) is no more than suspected ("no group has claimed it; the FPMR has carried out
    similar attacks")."""
    found = _unlinked(doc, order, mentions, PerpetratorResult())
    ev = found.evidence.get("perpetrator")
    if found.perpetrator.name is None or ev is None or _victim_side(doc.text, ev.start, ev.end):
        return result
    found.perpetrator = Perpetrator(found.perpetrator.name, "suspected")
    found.evidence["claim"] = result.evidence["claim"]
    found.reasons["claim"] = "no group claimed it: the group named is suspected"
    return found


_ARTICLE_WORDS = ("the", "a", "an")


def _victim_side(text: str, start: int, end: int) -> bool:
    """Is the group named at text[start:end] the victim's side ("a former Hizb-i-Islami
    commander", "an SDF vehicle", "a leader in the PMF") rather than a possible doer?
    (data/actor_words.tsv: victim_side, victim_before)"""
    depth, seen = 0, 0
    for t in tokens(text, end, min(len(text), end + 80)):  # past a gloss in brackets
        if t.text in "([":
            depth += 1
        elif t.text in ")]":
            depth = max(0, depth - 1)  # (the name may be the gloss itself: "(FDN)")
        elif depth:
            continue
        elif not t.word or seen == 3:
            break
        else:
            seen += 1
            if is_a(t.text, "victim_side"):
                return True
    before = [t for t in tokens(text, max(0, start - 40), start) if t.word]
    while before and before[-1].text.lower() in _ARTICLE_WORDS:
        before.pop()
    return bool(before) and is_a(before[-1].text, "victim_before")


def _as_worded(doc: Document, result: PerpetratorResult) -> PerpetratorResult:
    """Wire copy in capitals names the group in its own words -- its own spelling
    ("ZARATE WILKA"), its own language ("SENDERO LUMINOSO"), the plain name ("NATIONAL
    LIBERATION ARMY") -- and the name is quoted as the text writes it.  Not for a branch
    (its lexicon name carries the parent's) nor for a mouthpiece named for the group
    ("RADIO VENCEREMOS").  A creed just before the name is part of it ("MAOIST POPULAR
    LIBERATION ARMY", "PRO-CASTROITE ARMY OF NATIONAL LIBERATION"; data/actor_words.tsv:
    creed)."""
    ev = result.evidence.get("perpetrator")
    name = result.perpetrator.name
    if not (doc.all_caps and name and ev):
        return result
    found = find_groups(doc.text, True, ev.start, ev.end)
    if len(found) != 1:
        return result
    m = found[0]
    if (m.start, m.end) != (ev.start, ev.end) or m.group.canonical != name or \
            m.group.kind != "group" or m.group.parent:
        return result
    words = tokens(doc.text, m.start, m.end)
    if words and is_a(words[0].text, "media"):
        return result
    creed = _CREED.search(doc.text, max(0, m.start - 40), m.start)
    start = creed.start(1) if creed and is_a(creed.group(1), "creed") else m.start
    # ("MAOIST POPULAR LIBERATION ARMY": the creed the wire names it by is part of its name)
    name = " ".join(doc.text[start:m.end].split())
    gloss = _GLOSSED.match(doc.text, m.end)
    if gloss:  # "ARMY OF NATIONAL LIBERATION (ELN)": the abbreviation tells which one
        abbr = find_groups(doc.text, True, gloss.start(1), gloss.end(1))
        if abbr and abbr[0].group.canonical == m.group.canonical and \
                (abbr[0].start, abbr[0].end) == gloss.span(1):
            name = f"{name} ({gloss.group(1)})"
    result.perpetrator = Perpetrator(name, result.perpetrator.claim)
    return result


_GLOSSED = re.compile(r"\s*[\[(]\s*([A-Z][A-Z0-9-]{1,9})\s*[\])]")
_CREED = re.compile(r"([A-Z][A-Z-]+)\s+$")


def _insurgents(doc: Document, rebels: list[_Candidate]) -> PerpetratorResult | None:
    """The scope links only "the guerrillas" / "the rebels" to the attack: they are the
    armed group the text names most often (nearest the phrase on a tie), if it names one."""
    best = min(rebels, key=lambda c: (c.rank, -STRENGTH[c.status], c.cue[0]))
    mentions = [m for m in find_groups(doc.text, doc.all_caps) if m.group.kind == "group"
                and not _in_place_line(doc, m)]
    if not mentions:
        return None
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.group.canonical] = counts.get(m.group.canonical, 0) + 1
    top = max(counts.values())
    at = best.span[0]
    m = min((m for m in mentions if counts[m.group.canonical] == top),
            key=lambda m: abs(m.start - at))
    status = best.status
    if status == "reported" and _told_by_itself(doc, m.group.canonical, best.cue[0]):
        status = "claimed"  # "RADIO VENCEREMOS SAID THE REBELS ATTACKED ..."
    out = PerpetratorResult()
    out.perpetrator = Perpetrator(m.group.canonical, status)
    out.evidence["perpetrator"] = doc.span(m.start, m.end)
    out.evidence["claim"] = doc.span(*best.cue)
    out.reasons["perpetrator"] = f"lexicon name the text gives the insurgents, {best.status} link"
    out.reasons["claim"] = f"{status} cue"
    return out


def _near_candidates(doc: Document, order: list[int]) -> list[_Candidate]:
    """Named links in the few sentences around the scope (rank: distance from the anchor)."""
    if not order:
        return []
    caps = doc.all_caps
    inside = set(order)
    lo, hi = min(order) - _NEAR, max(order) + _NEAR
    near = [i for i in range(max(0, lo), min(len(doc.sentences), hi + 1)) if i not in inside]
    anchor = order[0]
    near.sort(key=lambda i: (abs(i - anchor), i))
    out: list[_Candidate] = []
    for rank, si in enumerate(near):
        sent = doc.sentences[si]
        found = find_groups(doc.text, caps, sent.start, sent.end)
        out += [c for c in _sentence_candidates(doc, sent.start, sent.end, rank, found, caps)
                if c.name and not c.weak]
    return out


_NEAR = 3  # sentences beyond the scope read when the scope links no group


def _unlinked(doc: Document, order: list[int], mentions: list[tuple[int, GroupMention]],
              result: PerpetratorResult) -> PerpetratorResult:
    """No group is linked to the attack in the scope.  A group linked to an attack in the
    sentences just around it is the likeliest doer (a statement "X attacked" there is the
    report stating the doer, as wire keys code it; hedged, suspected); else the
    one group the scope names without a cue, in no bystander role, is the doer as the report
    states it (wire copy names the doer in a lead our cues miss: "FMLN URBAN COMMANDOS AND
    A TRUCK OF THE SODA COMPANY"); else the one group the whole text names."""
    if not order:
        return result
    candidates = _near_candidates(doc, order)
    if candidates:
        best = min(candidates, key=lambda c: (c.rank, -STRENGTH[c.status], c.cue[0]))
        out = PerpetratorResult()
        out.perpetrator = Perpetrator(best.name, best.status)
        out.evidence["perpetrator"] = doc.span(*best.span)
        out.evidence["claim"] = doc.span(*best.cue)
        out.reasons["perpetrator"] = f"{best.kind} name, {best.status} link near the attack"
        out.reasons["claim"] = f"{best.status} cue near the attack"
        return out
    if _own_voice(doc):
        return result
    away = _bystanders(doc, [m for _, m in mentions])
    named = [(r, m) for r, m in mentions if m.group.kind == "group"
             and (m.start, m.end) not in away]
    if not named:
        # none in the attack's sentences: the one armed group the whole text names
        # ("THE SHINING PATH ... [later] A BOMB DESTROYED A BANK IN HUANCAYO")
        return _text_group(doc, result)
    families = {m.group.parent or m.group.canonical for _, m in named}
    if len(families) > 1:
        return result
    # a group and its branch count as one; the branch is the more precise name
    branches = [(r, m) for r, m in named if m.group.parent]
    rank, m = min(branches or named, key=lambda x: (x[0], x[1].start))
    sent = doc.sentence_at(m.start)
    if sent is not None and first_hedge_end(doc.text, sent.start, sent.end) is not None:
        # "IN THE OPINION OF THE POLICE THE EXPLOSION WAS THE SHINING PATH'S": a hedged word
        return _group_result(doc, m, "suspected",
                             "lexicon name, the only group the attack's sentences name",
                             "named without a cue in a hedged sentence: suspected")
    return _group_result(doc, m, "reported",
                         "lexicon name, the only group the attack's sentences name",
                         "named without a cue: stated")


def _text_group(doc: Document, result: PerpetratorResult) -> PerpetratorResult:
    """The one armed group the whole text names (not as a bystander), suspected: the
    likeliest doer, though the text does not tie it to this attack; reported (or claimed)
    when the text links it to an act elsewhere; ``result`` when the text names none or
    several."""
    family = _family_mentions(doc)
    away = _bystanders(doc, family)
    named = [m for m in family if (m.start, m.end) not in away]
    if not named:
        return result
    link = _text_link(doc, family)
    if link is not None:
        # the text tells elsewhere, in so many words, that the group attacks ("THE SHINING
        # PATH MURDERED TWO OFFICIALS"): the doer as the report states it
        out = _group_result(doc, named[0], link.status,
                            "lexicon name, the only group the text names",
                            f"the group the text names, {link.status} link elsewhere in it")
        out.evidence["claim"] = doc.span(*link.cue)
        return out
    return _group_result(doc, named[0], "suspected",
                         "lexicon name, the only group the text names",
                         "the likeliest doer, not tied to the attack: suspected")


def _text_link(doc: Document, family: list[GroupMention]) -> _Candidate | None:
    """The strongest link of the group named at ``family`` to an act anywhere in the text,
    stated as fact or claimed, if there is one: only the sentences that name it are read."""
    names = {n for m in family for n in (m.group.canonical, m.group.parent) if n}
    found: list[_Candidate] = []
    seen: set[int] = set()
    for m in family:
        sent = doc.sentence_at(m.start)
        if sent is None or sent.index in seen:
            continue
        seen.add(sent.index)
        groups = find_groups(doc.text, doc.all_caps, sent.start, sent.end)
        found += [c for c in _sentence_candidates(doc, sent.start, sent.end, 0, groups,
                                                  doc.all_caps)
                  if c.name in names and not c.weak and c.status in _TEXT_LINK]
    return max(found, key=lambda c: STRENGTH[c.status]) if found else None


_TEXT_LINK = ("reported", "claimed")


def _group_result(doc: Document, m: GroupMention, claim: str, why_name: str,
                  why_claim: str) -> PerpetratorResult:
    """The perpetrator named by the group mention ``m``, which is also the claim's evidence."""
    out = PerpetratorResult()
    out.perpetrator = Perpetrator(m.group.canonical, claim)
    out.evidence["perpetrator"] = doc.span(m.start, m.end)
    out.evidence["claim"] = doc.span(m.start, m.end)
    out.reasons["perpetrator"] = why_name
    out.reasons["claim"] = why_claim
    return out


def _family_mentions(doc: Document) -> list[GroupMention]:
    """The mentions of the one armed group the whole text names, if it names one: a group
    and its branches count as one ("the ELN" and "its Camilist Union"), and the branch is
    named when the text names it (it is the more precise name); none when two unrelated
    groups are named."""
    found = [m for m in find_groups(doc.text, doc.all_caps) if m.group.kind == "group"
             and not _in_place_line(doc, m)]
    families = {m.group.parent or m.group.canonical for m in found}
    if len(families) != 1:
        return []
    branches = [m for m in found if m.group.parent]
    return branches or found


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
    if best.kind in ("open", "state") and best.status == "reported":
        # "A NATO patrol detonated ... The Taliban claimed responsibility": an open-ended
        # agent of the act gives way to the known group that claims it in the attack's
        # sentences
        claimants = [c for c in named if c.kind == "lexicon" and c.status == "claimed"
                     and not c.weak]
        if claimants:
            best = min(claimants, key=lambda c: (c.rank, c.cue[0]))
    if best.kind == "category":
        # "ATTACKED BY NARCOTERRORISTS. THE GROUP WAS MADE UP OF MEMBERS OF THE SHINING PATH":
        # the kind of group, then which one
        groups = [c for c in named if c.kind == "lexicon" and c.rank <= best.rank + 2]
        if groups:
            group = min(groups, key=lambda c: (c.rank, c.weak, c.cue[0]))
            best = _Candidate(group.name, group.span, best.status, best.cue, best.rank,
                              group.kind, best.weak)
            named.append(best)
    same = [c for c in named if c.name == best.name and c.weak == best.weak]
    # a claim or a denial anywhere is the group's word on it; otherwise the nearest link
    # says how it is known (a suspicion near the attack is not made fact by the group's
    # record of attacks told further on)
    claim = max(same, key=lambda c: (c.status in ("claimed", "denied"), STRENGTH[c.status]
                                     if c.status in ("claimed", "denied") or c.rank == best.rank
                                     else 0, -c.rank))
    if claim.status == "reported":
        # "A LEFTIST GROUP ... CLAIMED RESPONSIBILITY" with the doer named elsewhere in the
        # attack's sentences: the claim is the doer's
        unnamed = [c for c in candidates if not c.name and c.status == "claimed"]
        if unnamed:
            claim = min(unnamed, key=lambda c: (c.rank, c.cue[0]))
    status = claim.status
    if status == "reported" and best.kind == "lexicon" and not best.weak and \
            (_own_voice(doc) or _told_by_itself(doc, best.name, claim.cue[0])):
        # (a rebel radio's own report: the armed group's acts it tells are its claim)
        status = "claimed"
    result.perpetrator = Perpetrator(best.name, status)
    result.evidence["perpetrator"] = doc.span(*best.span)
    result.evidence["claim"] = doc.span(*claim.cue)
    result.reasons["perpetrator"] = f"{best.kind} name, {best.status} link"
    result.reasons["claim"] = f"{status} cue" if status == claim.status else \
        "reported in the group's own report: claimed"
    return result


def _speaker(doc: Document, start: int, at: int) -> GroupMention | None:
    """The armed group that speaks in text[start:at] ("THE FMLN REPORTS THAT ...",
    "RADIO VENCEREMOS SAID"), if one does."""
    for m in find_groups(doc.text, doc.all_caps, start, at):
        if m.group.kind == "group" and _speaks(doc, m, at):
            return m
    return None


def _speaks(doc: Document, m: GroupMention, at: int) -> bool:
    """Does the group named at ``m`` speak in the words up to ``at``: a speech verb right
    after it ("THE FMLN REPORTS"), or anywhere after its radio's or agency's name?"""
    words = [t for t in tokens(doc.text, m.end, at) if t.word]
    mouthpiece = is_a(doc.text[m.start:m.end].split()[0], "media")
    return any(is_a(t.text, "speech") for t in (words if mouthpiece else words[:2]))


def _told_by_itself(doc: Document, canonical: str | None, at: int) -> bool:
    """Does the sentence tell the act at ``at`` in the insurgents' own report -- "THE
    REBEL COMMUNIQUE READS: ...", "ACCORDING TO THE GUERRILLAS", the group itself or its
    radio speaking before it ("THE FMLN REPORTS THAT ...")?  Then it is their claim."""
    sent = doc.sentence_at(at)
    if sent is None:
        return False
    if own_report(doc.text, sent.start, at):
        return True
    return any(canonical in (m.group.canonical, m.group.parent) and _speaks(doc, m, at)
               for m in find_groups(doc.text, doc.all_caps, sent.start, at))
