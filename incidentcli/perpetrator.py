"""Who did it, and on what word (issue 5).

``find_perpetrator(doc, scope)`` names the group (canonical name from the group lexicon, or an
open-ended organisation name) and the claim status from the sentence that links it to the
incident.

How it reads a sentence:

1. Claim cues (``data/claim_cues.tsv``) are found in one regex pass: "claimed
   responsibility", "attributed the attack to", "denied involvement", "X guerrillas attacked",
   "no group has claimed" ...  Each says where its group phrase is (just before or just after
   the cue) and what it tells (claimed, suspected, denied, reported as fact, unclaimed).
2. The phrase in that slot is read token by token (``data/actor_words.tsv`` says which words
   may belong to a name).  A lexicon group inside it (``groups.py``) gives the canonical name;
   otherwise an open-ended name is kept when it is one: capitalised words with an
   organisation head ("Zero Guerrilla Force"), an abbreviation, or a proper modifier on a
   group noun ("Mapuche activists").  Generic actors ("gunmen", "unidentified men",
   "police") give no name.
3. The scope's sentences are read nearest the anchor first; the nearest linked group wins
   (stronger link first within a sentence); its claim status is the strongest one attested
   for it (claimed > denied > reported > suspected): a denial stays a denial.

Every value carries evidence: "perpetrator" is the group's words, "claim" the cue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .document import Document, Scope, Span
from .groups import GroupMention, find_groups, lookup
from .record import Perpetrator


@dataclass
class PerpetratorResult:
    perpetrator: Perpetrator = field(default_factory=Perpetrator)
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "perpetrator", "claim"
    reasons: dict[str, str] = field(default_factory=dict)


# ----------------------------------------------------------------------------------------
# Data: claim cues and word classes
# ----------------------------------------------------------------------------------------

STRENGTH = {"claimed": 4, "denied": 3, "reported": 2, "suspected": 1}


@dataclass(frozen=True)
class _Cue:
    status: str
    slot: str  # "before" | "after" | "sentence"


_LITERAL_GROUP = re.compile(r"\(\?:([a-z'\- ]+\??(?:\|[a-z'\- ]+\??)+)\)")


def _expand(option: str) -> list[str]:
    """'attacks?' -> ['attack', 'attacks']."""
    return [option[:-2], option[:-1]] if option.endswith("?") else [option]


def _trie(words: list[str]) -> str:
    """One regex for a list of literal words, factored by common prefix so that the engine
    rejects a position on its first letter instead of trying every word in turn."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _trie_regex(tree) + ")"


def _trie_regex(node: dict) -> str:
    if list(node) == [""]:
        return ""
    optional = "" in node
    alts = [ch + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if optional:
        body = ("(?:" + body + ")?") if len(alts) == 1 and len(body) > 1 else body + "?"
    return body


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, tuple[_Cue, ...]]:
    text = resources.files("incidentcli").joinpath("data/claim_cues.tsv").read_text("utf-8")
    cues, parts = [], []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        status, slot, pattern = line.split("\t", 2)
        pattern = _LITERAL_GROUP.sub(
            lambda m: _trie([w for o in m.group(1).split("|") for w in _expand(o)]), pattern.strip())
        pattern = pattern.replace(" ", r"\s+")  # wire text breaks lines anywhere
        parts.append(f"{pattern}(?!\\w)")
        cues.append(_Cue(status.strip(), slot.strip()))
    # Dispatch on the first letter: at a word start the engine then tries only the cues that
    # can begin with that letter (in file order), not all of them.
    by_letter: dict[str, list[str]] = {}
    for i, part in enumerate(parts):
        for letter in _first_letters(part):
            by_letter.setdefault(letter, []).append(f"(?P<c{i}_{letter}>{part})")
    branches = [f"(?=[{c}{c.upper()}])(?:{'|'.join(alts)})" for c, alts in sorted(by_letter.items())]
    return re.compile(r"\b(?:" + "|".join(branches) + ")", re.I), tuple(cues)


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _first_letters(pattern: str) -> frozenset[str]:
    """The letters a match of ``pattern`` can start with (all letters when unsure)."""
    try:
        from re import _parser  # CPython >= 3.11; only an optimisation
        letters, empty = _first(list(_parser.parse(pattern, re.I)))
        return _LETTERS if empty else letters
    except Exception:  # pragma: no cover - other interpreters
        return _LETTERS


def _first(items: list) -> tuple[frozenset[str], bool]:
    """(first letters, can be empty) of a parsed regex sequence."""
    out: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            ch = chr(arg).lower()
            return (frozenset(out | {ch}) if ch in _LETTERS else _LETTERS), False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue
        if name == "SUBPATTERN":
            sub, empty = _first(list(arg[-1]))
        elif name == "BRANCH":
            subs = [_first(list(b)) for b in arg[1]]
            sub = frozenset().union(*(x for x, _ in subs))
            empty = any(e for _, e in subs)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, empty = _first(list(arg[2]))
            empty = empty or arg[0] == 0
        elif name == "IN" and all(str(o) == "CATEGORY" and "SPACE" in str(a) for o, a in arg):
            sub, empty = frozenset(), False  # whitespace: no letter can start here
        else:
            return _LETTERS, False
        out |= sub
        if not empty:
            return frozenset(out), False
    return frozenset(out), True


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    text = resources.files("incidentcli").joinpath("data/actor_words.tsv").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cls, words = line.split("\t", 1)
        out[cls.strip()] = frozenset(words.split())
    return out


def _is(word: str, cls: str) -> bool:
    return _norm_word(word) in _words()[cls]


def _norm_word(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    return w[:-2] if w.endswith("'s") and len(w) > 3 else w.rstrip("'")


# ----------------------------------------------------------------------------------------
# Tokens
# ----------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+(?:[-'\u2019.&/]\w+)*(?:['\u2019](?=\s))?|[()\[\],;:.!?]")  # quotes skipped
_OPEN, _CLOSE = {"(": ")", "[": "]"}, {")": "(", "]": "["}
_ABBREV = re.compile(r"^[A-Z][A-Z0-9\-/&]+$")
_VERB_FORM = re.compile(r"\w{3}(?:ED|ING)$")  # in capitals, a verb ends a name


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str

    @property
    def word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def cap(self) -> bool:
        return self.text[0].isupper() or self.text[0].isdigit() or \
            any(p[:1].isupper() for p in self.text.split("-")[1:])


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def _content(tok: _Tok) -> bool:
    """A word that can carry a name on its own (not a closed-class word)."""
    w = _norm_word(tok.text)
    words = _words()
    return not any(w in words[c] for c in ("determiner", "linker", "generic", "modifier",
                                           "stop", "actor", "aux", "passive"))


# ----------------------------------------------------------------------------------------
# Reading the phrase next to a cue
# ----------------------------------------------------------------------------------------


def _block_end(toks: list[_Tok], i: int) -> int | None:
    """Index of the bracket closing the one at toks[i], within a few tokens."""
    close = _OPEN[toks[i].text]
    for j in range(i + 1, min(len(toks), i + 14)):
        if toks[j].text == close:
            return j
    return None


def _block_start(toks: list[_Tok], i: int) -> int | None:
    opening = _CLOSE[toks[i].text]
    for j in range(i - 1, max(-1, i - 14), -1):
        if toks[j].text == opening:
            return j
    return None


def _name_word(tok: _Tok, caps: bool) -> bool:
    """May this token be part of a name?"""
    if not tok.word:
        return False
    if caps:
        return not _is(tok.text, "stop") and not tok.text.isdigit() and not (
            _VERB_FORM.search(tok.text) and not _is(tok.text, "participle"))
    return tok.cap or _is(tok.text, "actor") or _is(tok.text, "generic")


def _phrase_after(toks: list[_Tok], i: int, caps: bool,
                  lexical: frozenset[int]) -> tuple[int, int] | None:
    """Token range [i, j) of the name phrase starting at toks[i]."""
    n = len(toks)
    while i < n and toks[i].word and (_is(toks[i].text, "determiner") or
                                      _is(toks[i].text, "modifier")) and not (
            caps and _content(toks[i])):
        i += 1
    j = i
    while j < n and j - i < 14:
        t = toks[j]
        if t.text in _OPEN:
            k = _block_end(toks, j)
            if k is None or j == i:
                break
            j = k + 1
            continue
        if not t.word:
            break
        if _is(t.text, "linker") and j > i and not (caps and _is(t.text, "stop")):
            if t.text.lower() == "and":
                break
            k = j
            while k < n and toks[k].word and _is(toks[k].text, "linker") and k - j < 3:
                k += 1
            if k < n and toks[k].word and (caps or toks[k].cap or k in lexical):
                j = k
                continue
            break
        if caps and t.text.lower() == "and":
            break
        if j in lexical:
            j += 1
            continue
        if not _name_word(t, caps):
            break
        j += 1
        if not caps and not t.cap:  # a lower-case group noun ends the phrase
            break
    return (i, j) if j > i else None


def _phrase_before(toks: list[_Tok], j: int, caps: bool,
                   lexical: frozenset[int]) -> tuple[tuple[int, int] | None, bool]:
    """Token range [i, j) of the name phrase ending before toks[j]; and whether the verb
    after it is passive ("was attacked")."""
    k = j - 1
    passive = False
    while k >= 0 and toks[k].word and (_is(toks[k].text, "aux") or _is(toks[k].text, "passive")):
        passive = passive or _is(toks[k].text, "passive")
        k -= 1
    if k >= 1 and toks[k].text.lower() in ("which", "who") and toks[k - 1].text == ",":
        k -= 2
    if k >= 2 and toks[k].text == "," and toks[k - 1].word and toks[k - 2].text == ",":
        k -= 1  # "the Front, FPMR, has claimed"
    end = k + 1
    i = end
    while k >= 0 and end - k < 14:
        t = toks[k]
        if t.text in _CLOSE:
            s = _block_start(toks, k)
            if s is None:
                break
            k = s - 1
            i = s
            continue
        if not t.word:
            break
        if _is(t.text, "linker") and i < end and not (caps and _is(t.text, "stop")):
            if t.text.lower() == "and":
                break
            m = k
            while m >= 0 and toks[m].word and _is(toks[m].text, "linker") and k - m < 3:
                m -= 1
            if m >= 0 and toks[m].word and (caps or toks[m].cap or m in lexical):
                k = m
                continue
            break
        if caps and t.text.lower() == "and":
            break
        if k in lexical:
            i = k
            k -= 1
            continue
        if not _name_word(t, caps):
            break
        if not caps and not t.cap and i < end:  # lower-case group noun only as the head
            break
        i = k
        k -= 1
        if i == end - 1 and k >= 1 and toks[k].text == "," and toks[k - 1].word and \
                (caps or toks[k - 1].cap) and (k + 1 in lexical or _ABBREV.match(t.text)):
            k -= 1  # "the Manuel Rodriguez Front, FPMR": go on to the full name
    if i >= end:
        return None, passive
    while i < end and toks[i].word and _is(toks[i].text, "linker"):
        i += 1
    if i >= end:
        return None, passive
    # "X and Y claimed": the first named comes first
    c = i - 1
    while c >= 0 and toks[c].word and _is(toks[c].text, "determiner") and \
            toks[c].text.lower() not in ("and", "or"):
        c -= 1
    if c >= 1 and toks[c].text.lower() in ("and", "or"):
        first, _ = _phrase_before(toks, c, caps, lexical)
        if first is not None:
            return first, passive
    return (i, end), passive


# ----------------------------------------------------------------------------------------
# Is the phrase a name?
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    name: str
    span: tuple[int, int]
    kind: str  # "lexicon" | "category" | "open"


def _resolve(doc: Document, toks: list[_Tok], rng: tuple[int, int],
             mentions: list[GroupMention], caps: bool, strict: bool,
             accused: bool = False) -> _Name | None:
    """The name the phrase toks[rng] gives, if any.  ``strict`` (an attack verb, not a claim
    or an accusation, links it): an open-ended name needs an organisation word.
    ``accused``: someone blames the phrase for the attack, so state forces ("the army",
    "the armed forces") count as perpetrators too."""
    start, end = toks[rng[0]].start, toks[rng[1] - 1].end
    inside = [m for m in mentions if m.start < end and m.end > start]
    if inside:
        m = _head_mention(doc.text, inside)
        if m.group.kind == "descriptive":  # "drug mafias": a description, kept as worded
            return _Name(" ".join(m.alias.split()), (m.start, m.end), "category")
        kind = "lexicon" if m.group.kind == "group" else m.group.kind
        return _Name(m.group.canonical, (m.start, m.end), kind)
    words = toks[rng[0]:rng[1]]
    # drop leading determiners / generic modifiers and a trailing possessive or group noun
    while words and words[0].word and (_is(words[0].text, "determiner") or
                                       _is(words[0].text, "modifier")):
        words = words[1:]
    while len(words) > 1 and words[-1].word and (
            _is(words[-1].text, "generic") or _is(words[-1].text, "actor")) and \
            any(_is(w.text, "org_head") for w in words[:-1] if w.word):
        words = words[:-1]
    while words and (not words[-1].word and words[-1].text not in _CLOSE):
        words = words[:-1]
    while words and words[-1].word and _is(words[-1].text, "linker"):
        words = words[:-1]
    if not words:
        return None
    if accused and _state_force(words, caps):
        text = doc.text[words[0].start:words[-1].end]
        return _Name(" ".join(text.split()), (words[0].start, words[-1].end), "state")
    content = [w for w in words if w.word and _content(w)]
    heads = [w for w in words if w.word and _is(w.text, "org_head")]
    abbrev = [w for w in words if w.word and _ABBREV.match(w.text) and len(w.text) >= 2]
    last = words[-1]
    if strict and not heads and not (_is(last.text, "actor") and content):
        return None
    if caps:
        named = [w for w in content if not _is(w.text, "org_head")]
        ok = bool(heads and named) or any(w.text in "[(" for w in words) and bool(named)
    else:
        proper = [w for w in content if w.cap]
        if not proper and not abbrev:
            return None
        if _is(last.text, "generic") and not _is(last.text, "org_head"):
            return None  # "Afghan gunmen", "Nigerian soldiers"
        if _state_force(words, caps):
            return None
        ok = True
    if not ok:
        return None
    s, e = words[0].start, words[-1].end
    text = doc.text[s:e]
    if text.endswith(("'s", "\u2019s")):
        text, e = text[:-2], e - 2
    name = _plural_head(text) if _is(last.text, "actor") else text
    group = lookup(name) or lookup(text)
    if group:
        return _Name(group.canonical, (s, e), "lexicon" if group.kind == "group" else group.kind)
    return _Name(name, (s, e), "open")


def _head_mention(text: str, inside: list[GroupMention]) -> GroupMention:
    """The group a phrase names: the parent in 'the X Front of the Y' (as GTD codes it),
    else the first group not in brackets."""
    for m in inside:
        before = text[max(0, m.start - 8):m.start].lower()
        if re.search(r"\bof (?:the )?$", before):
            return m
    for m in inside:
        if text[max(0, m.start - 1):m.start] not in ("(", "["):
            return m
    return inside[0]


def _plural_head(name: str) -> str:
    """'Palestinian extremist' -> 'Palestinian extremists' (category names are plural)."""
    head = name.rsplit(" ", 1)[-1]
    if head.lower().endswith(("s", "men")):
        return name
    return name + "s"


_STATE_WORDS = frozenset("national security armed air border special federal government regular "
                         "royal defense defence republican police army forces force military "
                         "soldiers troops guard navy naval marines intelligence service "
                         "services reserve central".split())
_DEMONYM = re.compile(r"(?:an|ian|ese|i|ish|ch|ic)$")


def _state_force(words: list[_Tok], caps: bool) -> bool:
    """'Afghan National Army', 'Nigerian Army', 'security forces': state forces, not groups."""
    depth, rest = 0, []
    for w in words:
        depth += w.text in _OPEN
        depth -= w.text in _CLOSE
        if w.word and not depth and _norm_word(w.text) not in _STATE_WORDS:
            rest.append(w)
    return all((caps or w.cap) and _DEMONYM.search(w.text.lower()) for w in rest) and \
        _norm_word(words[-1].text) in _STATE_WORDS


# ----------------------------------------------------------------------------------------
# Candidates per sentence, and the choice
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Candidate:
    name: str | None
    span: tuple[int, int] | None
    status: str
    cue: tuple[int, int]
    rank: int  # sentence distance from the anchor (0 = the anchor's sentence)
    kind: str
    weak: bool = False  # only membership links it ("a member of X")


def _sentence_candidates(doc: Document, start: int, end: int, rank: int,
                         mentions: list[GroupMention], caps: bool) -> list[_Candidate]:
    pattern, cues = _cues()
    found = []
    for m in pattern.finditer(doc.text, start, end):
        cue = cues[int(m.lastgroup[1:].split("_")[0])]
        found.append((cue, m.start(), m.end()))
    if not found:
        return []
    toks = _tokens(doc.text, start, end)
    starts = {t.start: i for i, t in enumerate(toks)}
    lexical = frozenset(i for i, t in enumerate(toks)
                        if any(m.start <= t.start and t.end <= m.end for m in mentions))
    hedged = [(s, e) for cue, s, e in found if cue.slot == "sentence" and cue.status == "suspected"]
    claimed = any(cue.status == "claimed" for cue, _, _ in found)
    out: list[_Candidate] = []
    for cue, s, e in found:
        if cue.slot == "sentence":
            if cue.status == "unclaimed":
                out.append(_Candidate(None, None, "unclaimed", (s, e), rank, "none"))
            continue
        if cue.slot == "after":
            i = next((k for k, t in enumerate(toks) if t.start >= e), len(toks))
            rng = _phrase_after(toks, i, caps, lexical)
            passive = False
        else:
            j = starts.get(s)
            if j is None:
                continue
            rng, passive = _phrase_before(toks, j, caps, lexical)
        if rng is None or (passive and cue.status == "reported"):
            continue
        name = _resolve(doc, toks, rng, mentions, caps,
                        strict=cue.status in ("reported", "member"),
                        accused=cue.status == "suspected")
        if name is None or (cue.status == "member" and name.kind == "open"):
            continue
        status, weak = cue.status, cue.status == "member"
        if weak:
            status = "claimed" if claimed else "reported"
        if status == "reported" and hedged:
            status = "suspected"
        out.append(_Candidate(name.name, name.span, status, (s, e), rank, name.kind, weak))
    return out


def _scope_order(doc: Document, scope: Scope) -> list[int]:
    anchor = doc.sentence_at(scope.anchor.start).index if scope.anchor and \
        doc.sentence_at(scope.anchor.start) else (scope.sentences[0] if scope.sentences else 0)
    return sorted(scope.sentences, key=lambda i: (abs(i - anchor), i))


def find_perpetrator(doc: Document, scope: Scope) -> PerpetratorResult:
    caps = doc.all_caps
    mentions = find_groups(doc.text, caps)
    candidates: list[_Candidate] = []
    for rank, si in enumerate(_scope_order(doc, scope)):
        sent = doc.sentences[si]
        inside = [m for m in mentions if sent.start <= m.start < sent.end]
        candidates += _sentence_candidates(doc, sent.start, sent.end, rank, inside, caps)
    return _choose(doc, candidates)


def _choose(doc: Document, candidates: list[_Candidate]) -> PerpetratorResult:
    result = PerpetratorResult()
    named = [c for c in candidates if c.name]
    if not named:
        unclaimed = next((c for c in candidates if c.status == "unclaimed"), None)
        if unclaimed:
            result.perpetrator = Perpetrator(None, "unclaimed")
            result.evidence["claim"] = doc.span(*unclaimed.cue)
            result.reasons["claim"] = "no group claimed"
        return result
    best = min(named, key=lambda c: (c.weak, c.rank, -STRENGTH[c.status], c.cue[0]))
    same = [c for c in named if c.name == best.name]
    claim = max(same, key=lambda c: (STRENGTH[c.status], -c.rank))
    result.perpetrator = Perpetrator(best.name, claim.status)
    result.evidence["perpetrator"] = doc.span(*best.span)
    result.evidence["claim"] = doc.span(*claim.cue)
    result.reasons["perpetrator"] = f"{best.kind} name, {best.status} link"
    result.reasons["claim"] = f"{claim.status} cue"
    return result
