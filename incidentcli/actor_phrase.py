"""The phrase next to a claim cue, read token by token, and whether it names a group.

``phrase_after`` / ``phrase_before`` read the words just after or before a cue ("attributed
the attack to | the Camilo Torres Front of the ELN", "the Taliban and the Haqqani Network |
claimed"); ``resolve_name`` decides what the phrase names: a lexicon group (``groups.py``), an
open-ended organisation ("Zero Guerrilla Force", "Mapuche activists"), state forces when they
are accused ("the army"), or nothing ("unidentified gunmen", "police").  Word classes are
data (``data/actor_words.tsv``).  Wire copy in capitals has no capitalisation to go by, so
there a name needs an organisation word and stops at verbs, articles and punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

from .document import Document
from .english import english_words
from .groups import GroupMention, lookup


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


# The word classes an agent phrase needs one of to name anyone as the doer of a deed
# ("X shot", "X opened fire"): a group or unit noun, a word for people ("militants"), a
# word for the insurgents, or the word that makes the army one ("military").
_AGENT_CLASSES = ("org_head", "actor", "rebel", "unit_noun", "service_men")
_AGENT_EXTRA = ("group", "groups", "military", "army", "guard", "force", "forces")


def may_name_agent(text: str, start: int, end: int) -> bool:
    """Might a phrase in text[start:end] name the agent of a deed: is any word of the
    agent classes (``_AGENT_CLASSES``) there, in any case?  When none is, no phrase before a
    deed verb in it names one (unless a lexicon name or a rebel radio say so: the
    caller's tests).  (Its words, split at every character no word has, met against the
    first such piece of each class word: a superset, one C call each.)"""
    return not _agent_words().isdisjoint(_WORD_RUN.findall(text[start:end].lower()))


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _agent_words() -> frozenset[str]:
    words = _words()
    found = set(_AGENT_EXTRA).union(*(words[c] for c in _AGENT_CLASSES))
    return frozenset(_WORD_RUN.findall(w)[0] for w in found)


@lru_cache(maxsize=1 << 15)  # (a few thousand words, asked again and again: one C call)
def is_a(word: str, cls: str) -> bool:
    return _norm_word(word) in _words()[cls]


@lru_cache(maxsize=1 << 14)  # (asked of the same few thousand words again and again)
def _norm_word(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    return w[:-2] if w.endswith("'s") and len(w) > 3 else w.rstrip("'")


# ----------------------------------------------------------------------------------------
# Tokens
# ----------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\w+(?:[-'\u2019.&/]\w+)*(?:['\u2019](?=\s))?|--+|[^\w\s\"'\u201c\u201d\u2018\u2019-]")
# (quotes and lone hyphens are skipped: 'the "Red Dawn" cells', 'SELF- STYLED')
_OPEN, _CLOSE = {"(": ")", "[": "]"}, {")": "(", "]": "["}
_ABBREV = re.compile(r"^(?=(?:[^a-z]*[A-Z]){2})[A-Z][A-Za-z\-/&]*[A-Z]$")  # TTP, LeT, CPI-Maoist
_ARTICLES = frozenset(("the", "a", "an"))
_VERB_FORM = re.compile(r"\w{3}(?:ED|ING|LY)$")  # in capitals, a verb or adverb ends a name
_UNIT_NUMBER = re.compile(r"^\d+(?:ST|ND|RD|TH|D)?$", re.I)  # "3D BRIGADE", "5TH BATTALION"


class Token(NamedTuple):
    """A word or punctuation mark at text[start:end].  (A named tuple: a sentence's tokens
    are made by the thousand, and a tuple is made several times quicker than a frozen
    dataclass.)"""
    start: int
    end: int
    text: str
    word: bool  # a word (it begins with a letter or digit), not punctuation

    @property
    def cap(self) -> bool:
        return self.text[0].isupper() or self.text[0].isdigit() or \
            any(p[:1].isupper() for p in self.text.split("-")[1:])


def tokens(text: str, start: int, end: int) -> list[Token]:
    new = tuple.__new__
    return [new(Token, (m.start(), m.end(), w, w[0].isalnum()))
            for m in _TOKEN.finditer(text, start, end) for w in (m.group(),)]


def _content(tok: Token) -> bool:
    """A word that can carry a name on its own (not a closed-class word)."""
    w = _norm_word(tok.text)
    words = _words()
    return not any(w in words[c] for c in ("determiner", "linker", "generic", "modifier",
                                           "stop", "actor", "aux", "passive"))


# ----------------------------------------------------------------------------------------
# Reading the phrase next to a cue
# ----------------------------------------------------------------------------------------


def _block_end(toks: list[Token], i: int) -> int | None:
    """Index of the bracket closing the one at toks[i], within a few tokens."""
    close = _OPEN[toks[i].text]
    for j in range(i + 1, min(len(toks), i + 14)):
        if toks[j].text == close:
            return j
    return None


def _block_start(toks: list[Token], i: int) -> int | None:
    opening = _CLOSE[toks[i].text]
    for j in range(i - 1, max(-1, i - 14), -1):
        if toks[j].text == opening:
            return j
    return None


def _appositive(toks: list[Token], k: int) -> tuple[int, int] | None:
    """Token range of ", a/an/the ... ," ending at the comma toks[k], if there is one."""
    for c in range(k - 1, max(0, k - 12), -1):
        if toks[c].text == ",":
            first = toks[c + 1].text.lower() if c + 1 < k else ""
            if first in _ARTICLES and c >= 1 and toks[c - 1].word:
                return c + 2, k
            if first == "including" and c + 2 < k:
                return c + 2, k  # "a group of people, including members of the army, were"
            return None
        if not toks[c].word and toks[c].text not in "()[]":
            return None
    return None


def _name_word(tok: Token, caps: bool) -> bool:
    """May this token be part of a name?"""
    if not tok.word:
        return False
    if caps:
        return not is_a(tok.text, "stop") and not tok.text.isdigit() and not (
            _VERB_FORM.search(tok.text) and not is_a(tok.text, "participle"))
    return tok.cap or is_a(tok.text, "actor") or is_a(tok.text, "generic")


def phrase_after(toks: list[Token], i: int, caps: bool,
                  lexical: frozenset[int]) -> tuple[int, int] | None:
    """Token range [i, j) of the name phrase starting at toks[i]."""
    n = len(toks)
    while i < n and toks[i].word and (is_a(toks[i].text, "determiner") or
                                      is_a(toks[i].text, "modifier")) and not (
            caps and _content(toks[i])):
        i += 1
    j = i
    closed = False  # a lower-case group noun was read: only "(...)" or "of the X" may follow
    while j < n and j - i < 14:
        t = toks[j]
        if closed and t.text not in _OPEN and t.text.lower() != "of":
            break
        if t.text in _OPEN:
            k = _block_end(toks, j)
            if k is None or j == i:
                break
            j = k + 1
            continue
        if not t.word:
            break
        if is_a(t.text, "linker") and j > i and not (caps and is_a(t.text, "stop")):
            if t.text.lower() == "and":
                break
            k = j
            while k < n and toks[k].word and is_a(toks[k].text, "linker") and k - j < 3:
                k += 1
            if k < n and toks[k].word and (caps or toks[k].cap or k in lexical):
                j, closed = k, False
                continue
            break
        if caps and t.text.lower() == "and":
            break
        if caps and j > i and t.text.lower() in _ARTICLES and not is_a(toks[j - 1].text, "linker"):
            break
        if j in lexical:
            j += 1
            continue
        if not caps and not t.cap and is_a(t.text, "org_head") and j > i:
            j += 1  # "the Al-Barnawi faction (...) of Boko Haram"
            closed = True
            continue
        if not _name_word(t, caps):
            break
        j += 1
        if not caps and not t.cap:  # a lower-case group noun ends the phrase
            break
    return (i, j) if j > i else None


_CALLED = frozenset(("called", "named", "dubbed"))


def called_name(toks: list[Token], rng: tuple[int, int], caps: bool,
                lexical: frozenset[int]) -> tuple[int, int] | None:
    """The name a group noun is given by "called", "named" or "known as" -- "THE GANG CALLED
    THE OWLS", "a group known as the Night Riders" -- when the phrase toks[rng] is that group
    noun (the name then follows it) or that name (it follows the words): the token range
    of the name; a name so given is a group's, whatever its words."""
    a, b = rng

    def group_noun(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].word and (
            is_a(toks[k].text, "org_head") or _norm_word(toks[k].text) in ("group", "groups"))

    def giving(k: int) -> int | None:  # the end of "called" / "known as" at toks[k], if any
        if k < len(toks) and toks[k].text.lower() in _CALLED:
            return k + 1
        if k + 1 < len(toks) and toks[k].text.lower() == "known" and \
                toks[k + 1].text.lower() == "as":
            return k + 2
        return None

    k = giving(b) if group_noun(b - 1) else None
    if k is not None:
        return phrase_after(toks, k, caps, lexical)
    k = a - 1
    while k >= 0 and toks[k].word and is_a(toks[k].text, "determiner"):
        k -= 1
    if k >= 1 and toks[k].text.lower() in _CALLED and group_noun(k - 1):
        return rng
    if k >= 2 and toks[k].text.lower() == "as" and toks[k - 1].text.lower() == "known" and \
            group_noun(k - 2):
        return rng
    return None


_QUOTES = ('"', "'", "\u201c", "\u201d", "\u2018", "\u2019")
_RELATIVE_WORDS = 14  # words of a relative clause between a name and its verb, at most


def phrase_before(toks: list[Token], j: int, caps: bool, lexical: frozenset[int],
                  groups: frozenset[int] = frozenset(),
                  first: bool = True) -> tuple[tuple[int, int] | None, bool]:
    """Token range [i, j) of the name phrase ending before toks[j]; and whether the verb
    after it is passive ("was attacked").  ``lexical``: indexes of tokens in lexicon names;
    ``groups``: those in names of organisations (not categories); ``first``: of "X and Y",
    X (the first named) rather than Y (the words next to the cue)."""
    k = j - 1
    passive = False
    while k >= 0 and toks[k].word and (is_a(toks[k].text, "aux") or is_a(toks[k].text, "passive")):
        passive = passive or is_a(toks[k].text, "passive")
        k -= 1
    # "the Front, which on 25 January claimed"; not before a noun cue with its article
    # ("THE ARMED FORCES, WHICH CONFIRMED THE | ATTACK": the attack is not theirs)
    article = k >= 0 and toks[k].text.lower() in _ARTICLES
    if k >= 2 and not caps and not article and not toks[k].cap and k not in lexical:
        # "Anarchists who called themselves "wolves" claimed": the name before "who" (not
        # past a name next to the verb: "people who said that the Front was responsible")
        for r in range(k - 1, max(0, k - _RELATIVE_WORDS), -1):
            if toks[r].text in _QUOTES:
                continue
            if not toks[r].word or r in lexical:
                break
            if toks[r].text.lower() == "who" and toks[r - 1].word and (
                    toks[r - 1].cap or is_a(toks[r - 1].text, "actor")):
                k = r - 1
                break
    if k >= 3 and toks[k].text == ",":
        # "the Front, which had been quiet for months, claimed": the name before the clause
        for r in range(k - 1, max(0, k - _RELATIVE_WORDS), -1):
            if not toks[r].word:
                break
            if toks[r].text.lower() in ("which", "who") and toks[r - 1].text == ",":
                k = r - 2
                break
    for r in range(k, max(0, k - 6) if not article else k, -1):
        if toks[r].text.lower() in ("which", "who") and r >= 1 and \
                toks[r - 1].text in (",", "--"):
            if all(t.word for t in toks[r + 1:k + 1]):
                k = r - 2
                if toks[r - 1].text == "--":
                    # "THE EXTRADITABLES -- TRAFFICKERS SOUGHT FOR EXTRADITION -- WHO SAID":
                    # the name before the aside
                    aside = next((q for q in range(r - 2, max(-1, r - 16), -1)
                                  if toks[q].text == "--"), None)
                    if aside is not None:
                        k = aside - 1
            break
        if not toks[r].word:
            break
    if k >= 2 and toks[k].text == "," and toks[k - 1].word and toks[k - 2].text == ",":
        k -= 1  # "the Front, FPMR, has claimed"
    elif k >= 1 and toks[k].text == ",":
        appositive = _appositive(toks, k)
        if appositive is not None:
            a, b = appositive  # "X, an anarchist group, claimed" / "X, a member of Y, claimed"
            if any(t in groups for t in range(a, b)) or any(
                    toks[t].word and is_a(toks[t].text, "person") for t in range(a, b)) or \
                    toks[a - 1].text.lower() == "including" or \
                    _lone_actor(toks[a:b]) is not None:
                return (a, b), passive
            k = a - 3  # the name before the appositive (a - 2 is its comma)
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
        if is_a(t.text, "linker") and i < end and not (caps and is_a(t.text, "stop")):
            if t.text.lower() == "and":
                break
            m = k
            while m >= 0 and toks[m].word and is_a(toks[m].text, "linker") and k - m < 3:
                m -= 1
            if m >= 0 and toks[m].word and (caps or toks[m].cap or m in lexical):
                k = m
                continue
            break
        if caps and t.text.lower() == "and":
            break
        if caps and t.text.lower() in _ARTICLES and not (
                k > 0 and toks[k - 1].word and is_a(toks[k - 1].text, "linker")):
            break  # in capitals "THE" starts the phrase
        if k in lexical:
            i = k
            k -= 1
            continue
        if not _name_word(t, caps):
            break
        if not caps and not t.cap and i < end and not (
                toks[i].text in _OPEN and is_a(t.text, "org_head")):
            break  # a lower-case group noun only as the head ("the Barnawi faction (...)")
        i = k
        k -= 1
        if i == end - 1 and k >= 1 and toks[k].text == "," and toks[k - 1].word and \
                (caps or toks[k - 1].cap) and (k + 1 in lexical or _ABBREV.match(t.text)):
            k -= 1  # "the Manuel Rodriguez Front, FPMR": go on to the full name
    if i >= end:
        return None, passive
    while i < end and (toks[i].word and is_a(toks[i].text, "linker") or toks[i].text in _OPEN):
        if toks[i].text in _OPEN:  # "[TEXT] SALVADORAN GUERRILLAS": a tag, not the name
            close = _block_end(toks, i)
            if close is None:
                break
            i = close
        i += 1
    if i >= end:
        return None, passive
    # "X and Y claimed": the first named comes first
    c = i - 1
    while c >= 0 and toks[c].word and is_a(toks[c].text, "determiner") and \
            toks[c].text.lower() not in ("and", "or"):
        c -= 1
    if first and c >= 1 and toks[c].text.lower() in ("and", "or"):
        before, _ = phrase_before(toks, c, caps, lexical, groups)
        if before is not None and not (
                any(t in groups for t in range(i, end)) and
                not any(t in lexical for t in range(*before))):
            # (not past a known group to an unknown name: "the X and Y Division of the
            # Communist Party of India - Maoist": the branches of the party)
            return before, passive
    return (i, end), passive


# ----------------------------------------------------------------------------------------
# Is the phrase a name?
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """An actor named in a phrase: its name, its span and how it was found."""

    name: str
    span: tuple[int, int]
    kind: str  # "lexicon" | "category" | "open"


def _lone_actor(words: list[Token]) -> list[Token] | None:
    """Of "(an) unaffiliated <creed> extremist", the words "<creed> extremist": a lone
    attacker described by the kind of extremist he is ("an unaffiliated jihadi-inspired
    extremist"), if the phrase is one."""
    words = [w for w in words if w.word]
    while words and is_a(words[0].text, "determiner"):
        words = words[1:]
    if len(words) >= 3 and words[0].text.lower() == "unaffiliated" and \
            is_a(words[-1].text, "actor") and not is_a(words[-2].text, "actor"):
        return words[1:]
    return None


def _longer_name(doc: Document, toks: list[Token], rng: tuple[int, int], m: GroupMention,
                 caps: bool) -> Name | None:
    """In mixed case, a lexicon name that begins a longer proper name -- capitalised words
    that are no English words follow it ("Mai Mai Kyandenga", "Mai Mai Umoja ni Nguvu"):
    that one group of the family, as worded."""
    if caps or m.group.kind != "group":
        return None
    k = next((i for i in range(rng[0], rng[1]) if toks[i].start >= m.end), None)
    if k is None or toks[k].start > m.end + 1 or not toks[k].word or not toks[k].cap:
        return None
    english = english_words()
    if toks[k].text.lower() in english or is_a(toks[k].text, "calendar"):
        return None
    last = k
    for i in range(k + 1, rng[1]):  # on over capitalised words, linkers, foreign words
        t = toks[i]
        if not t.word or is_a(t.text, "calendar"):
            break
        if t.cap:
            last = i
        elif not (is_a(t.text, "linker") or t.text.lower() not in english):
            break
    e = toks[last].end
    return Name(" ".join(doc.text[m.start:e].split()), (m.start, e), "open")


def resolve_name(doc: Document, toks: list[Token], rng: tuple[int, int],
                 mentions: list[GroupMention], caps: bool, link: str,
                 rebel_voice: bool = False) -> Name | None:
    """The name the phrase toks[rng] gives, if any.  ``link`` is the status of the cue that
    ties the phrase to the attack; it sets how much an open-ended name must look like an
    organisation: after "claimed responsibility" or "attributed the attack to" any proper
    name will do ("Weichan Auka Mapu"); after "is accused of", "was involved in" it needs an
    organisation word, a group noun or an abbreviation (people are accused too: "Smith is
    accused of the murder"); as the agent of an attack verb, an organisation word or group
    noun.  Only the accused, or those who admit it, may be state forces
    ("the army", "the armed forces"), or any agent in a rebel radio's own report
    (``rebel_voice``: there the army's acts are what it reports, "THE AIR FORCE BOMBED")."""
    lone = _lone_actor(toks[rng[0]:rng[1]])
    if lone is not None:  # "an unaffiliated anti-police extremist": the kind of extremist
        s, e = lone[0].start, lone[-1].end
        name = _plural_head(" ".join(doc.text[s:e].split()))
        return Name(name[:1].upper() + name[1:], (s, e), "category")
    strict = link in ("reported", "member", "arrested")
    needs_org = link in ("accused", "denied")
    accused = link in ("suspected", "accused")
    start, end = toks[rng[0]].start, toks[rng[1] - 1].end
    inside = [m for m in mentions if m.start < end and m.end > start]
    if inside:
        m = _head_mention(doc.text, inside)
        if m.group.kind == "descriptive":  # "drug mafias": a description, kept as worded
            return Name(" ".join(m.alias.split()), (m.start, m.end), "category")
        kind = "lexicon" if m.group.kind == "group" else m.group.kind
        longer = _longer_name(doc, toks, rng, m, caps)
        if longer is not None:
            return longer
        return Name(m.group.canonical, (m.start, m.end), kind)
    words = _before_deed(toks[rng[0]:rng[1]])
    # "members of the X", "troops of the X": X
    for k in range(len(words) - 1):
        if not (words[k].word and (is_a(words[k].text, "generic") or is_a(words[k].text, "actor")
                                   or is_a(words[k].text, "determiner")
                                   or is_a(words[k].text, "modifier"))):
            if words[k].text.lower() == "of" and k > 0:
                words = words[k + 1:]
            break
    if caps:
        words = _after_head_noun(words)
    # drop leading determiners / generic modifiers and a trailing possessive or group noun
    while words and words[0].word and (is_a(words[0].text, "determiner") or
                                       is_a(words[0].text, "modifier")):
        words = words[1:]
    while len(words) > 1 and words[-1].word and (
            is_a(words[-1].text, "generic") or is_a(words[-1].text, "actor")) and \
            any(is_a(w.text, "org_head") for w in words[:-1] if w.word):
        words = words[:-1]
    while words and (not words[-1].word and words[-1].text not in _CLOSE):
        words = words[:-1]
    while words and words[-1].word and is_a(words[-1].text, "linker"):
        words = words[:-1]
    if not words or words[0].text.lower() in ("no", "none", "nobody", "neither"):
        return None
    if caps:
        words = _first_state_body(words)
    ours = toks[rng[0]].word and is_a(toks[rng[0]].text, "speaker_own")
    if (accused or link in ("claimed", "arrested") or
            caps and link == "reported" and _armed_service(words)
            or rebel_voice and not ours and _armed_unit(words)) and _state_force(words, caps):
        # wire reports name the army as the doer of what it did to civilians ("THE VILLAGE
        # WAS BOMBED BY THE AIR FORCE"); police and bare "soldiers" as agents mostly answer
        # an attack, so only the armed services count
        text = doc.text[words[0].start:words[-1].end]
        if all(is_a(w.text, "service_men") for w in words if w.word):
            # bare "SOLDIERS", "TROOPS": the men of the armed forces, named as the body
            text = _SERVICE.upper() if caps else _SERVICE
        return Name(" ".join(text.split()), (words[0].start, words[-1].end), "state")
    content = [w for w in words if w.word and _content(w)]
    heads = [w for w in words if w.word and is_a(w.text, "org_head")]
    abbrev = [w for w in words if w.word and _ABBREV.match(w.text)]
    last = words[-1]
    grouped = bool(heads) or (is_a(last.text, "actor") and bool(content))
    if strict and not grouped or needs_org and not (grouped or abbrev):
        return None
    if not accused and _state_force(words, caps):
        return None  # the army acting is no perpetrator unless someone accuses it
    if caps:
        named = [w for w in content if not is_a(w.text, "org_head")]
        ok = bool(heads and named) or any(w.text in "[(" for w in words) and bool(named)
    else:
        proper = [w for w in content if w.text[0].isupper() and not is_a(w.text, "org_head")]
        if not proper and not abbrev:
            return None
        if is_a(last.text, "generic") and not is_a(last.text, "org_head"):
            return None  # "Afghan gunmen", "Nigerian soldiers"
        if _state_force(words, caps):
            return None
        ok = True
    if not ok:
        return None
    if any(w.word and w.text.endswith(("'", "\u2019")) for w in words[:-1]):
        return None  # "THE ARMED FORCES COMMANDERS' REJECTION OF ...": a thing of theirs
    s, e = words[0].start, words[-1].end
    text = doc.text[s:e]
    if text.endswith(("'s", "\u2019s")):
        text, e = text[:-2], e - 2
    name = _plural_head(text) if is_a(last.text, "actor") else text
    group = lookup(name) or lookup(text)
    if group:
        return Name(group.canonical, (s, e), "lexicon" if group.kind == "group" else group.kind)
    return Name(" ".join(name.split()), (s, e), "open")  # (wire copy breaks lines anywhere)


def _first_state_body(words: list[Token]) -> list[Token]:
    """"THE GOVERNMENT AND THE ARMED FORCES ARE RESPONSIBLE": two state bodies joined by
    "and" -- the first named (each is a name of its own; wire keys list them apart)."""
    k = next((k for k, w in enumerate(words) if w.text.lower() == "and"), None)
    if not k:
        return words
    left, right = words[:k], words[k + 1:]
    while right and right[0].word and is_a(right[0].text, "determiner"):
        right = right[1:]
    if right and _state_force(left, True) and _state_force(right, True):
        return left
    return words


def _before_deed(words: list[Token]) -> list[Token]:
    """"accused the army of the massacre", "blamed troops of killing": what follows an "of"
    may be the deed (data/actor_words.tsv: deed), not the body the doers belong to; the
    name is what stands before that "of"."""
    cut = None  # the index of the last "of" seen, while only determiners follow it
    for k, w in enumerate(words):
        if not w.word:
            continue
        if cut is not None and not is_a(w.text, "determiner"):
            if is_a(w.text, "deed"):
                return words[:cut]
            cut = None
        if k and w.text.lower() == "of":
            cut = k
    return words


def _head_mention(text: str, inside: list[GroupMention]) -> GroupMention:
    """The group a phrase names: the parent in 'the X Front of the Y' (as GTD codes it),
    else the first group not in brackets."""
    named = [m for m in inside if m.group.kind == "group"] or inside  # not "Maoist" in
    for m in named:                                                      # "Maoist Shining Path"
        before = text[max(0, m.start - 8):m.start].lower()
        if re.search(r"\bof (?:the )?$", before):
            return m
    for m in named:
        if text[max(0, m.start - 1):m.start] not in ("(", "["):
            return m
    return named[0]


def _after_head_noun(words: list[Token]) -> list[Token]:
    """In capitals, 'HANDS OF MEMBERS OF THE X', 'SPOKESMAN FOR THE X', 'RUMORS OF A X':
    the words before the first 'OF'/'FOR' hold no organisation word, so they are the noun
    the phrase is about, and the name (if any) is after it."""
    for k, w in enumerate(words[:6]):
        if not w.word:
            return words
        if w.text.lower() in ("of", "for") and k > 0:
            if any(is_a(x.text, "org_head") for x in words[:k]):
                return words
            rest = words[k + 1:]
            while rest and rest[0].word and rest[0].text.lower() in _ARTICLES:
                rest = rest[1:]
            return _after_head_noun(rest) if rest else words
    return words


def _plural_head(name: str) -> str:
    """'Palestinian extremist' -> 'Palestinian extremists' (category names are plural)."""
    head = name.rsplit(" ", 1)[-1]
    if head.lower().endswith(("s", "men")):
        return name
    return name + "s"


_STATE_WORDS = frozenset("national security armed air border special federal government regular "
                         "royal defense defence republican police army forces force military "
                         "soldiers troops guard navy naval marines intelligence service "
                         "services reserve central brigade brigades battalion battalions "
                         "detachment detachments zone zones subunits command committee press "
                         "high infantry engineers antiaircraft anti-aircraft joint staff "
                         "general garrison".split())
_SERVICE = "armed forces"  # the body whose men bare "soldiers" / "troops" are
_DEMONYM = re.compile(r"(?:an|ian|ese|i|ish|ch|ic)$")


def _state_force(words: list[Token], caps: bool) -> bool:
    """'Afghan National Army', 'Nigerian Army', 'security forces': state forces, not groups."""
    depth, rest = 0, []
    for w in words:
        depth += w.text in _OPEN
        depth -= w.text in _CLOSE
        if w.word and not depth and _norm_word(w.text) not in _STATE_WORDS and \
                not _UNIT_NUMBER.match(w.text):
            rest.append(w)
    outside = [w for w in words if w.word]
    depth = 0
    for w in words:
        depth += w.text in _OPEN
        depth -= w.text in _CLOSE
        if depth and w in outside:
            outside.remove(w)
    return bool(outside) and all(
        (caps or w.cap) and (_DEMONYM.search(w.text.lower()) or w.text.lower() in _countries())
        for w in rest) and _norm_word(outside[-1].text) in _STATE_WORDS


def _armed_service(words: list[Token]) -> bool:
    """'ARMY', 'ARMED FORCES', 'AIR FORCE', 'MILITARY', 'NATIONAL GUARD' (not police,
    soldiers, troops or bare 'FORCES')."""
    heads = [_norm_word(w.text) for w in words if w.word]
    if not heads:
        return False
    last = heads[-1]
    before = heads[-2] if len(heads) > 1 else ""
    return last in ("army", "military", "guard") or (
        last in ("forces", "force") and before in ("armed", "air"))


def _armed_unit(words: list[Token]) -> bool:
    """An armed service ('AIR FORCE') or a unit or body of its men ('ARCE BATTALION',
    'GOVERNMENT TROOPS')."""
    depth, outside = 0, []
    for w in words:  # "NATIONAL GUARD [WORD INDISTINCT]": the name is outside the brackets
        depth += w.text in _OPEN
        depth -= w.text in _CLOSE
        if w.word and not depth:
            outside.append(w)
    return _armed_service(outside) or bool(outside) and is_a(outside[-1].text, "armed_unit")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """One-word country names ('Cameroon army' is a state force like 'Cameroonian army'),
    from data/country_words.txt (pycountry's names, listed once so no run imports pycountry)."""
    text = resources.files("incidentcli").joinpath("data/country_words.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_rebel_phrase(toks: list[Token], rng: tuple[int, int]) -> bool:
    """'the guerrillas', 'SALVADORAN REBELS', 'leftist insurgents': a generic noun for the
    insurgents, with nothing but determiners, modifiers and demonyms before it."""
    words = [t for t in toks[rng[0]:rng[1]] if t.word]
    if not words or not is_a(words[-1].text, "rebel"):
        return False
    return all(is_a(w.text, "determiner") or is_a(w.text, "modifier") or
               is_a(w.text, "rebel") or (_DEMONYM.search(w.text.lower()) and
                                         _norm_word(w.text) not in _STATE_WORDS)
               for w in words[:-1])


def is_unit_phrase(toks: list[Token], rng: tuple[int, int]) -> bool:
    """'URBAN COMMANDO UNITS', 'the columns', 'our fighters': a body of armed men named by no
    more than a unit noun (data/actor_words.tsv: unit_noun) and modifiers."""
    words = [t for t in toks[rng[0]:rng[1]] if t.word]
    if not words or not is_a(words[-1].text, "unit_noun"):
        return False
    return all(is_a(w.text, "determiner") or is_a(w.text, "modifier") or
               is_a(w.text, "unit_noun") or is_a(w.text, "speaker_own") for w in words[:-1])


def is_no_act(toks: list[Token], i: int) -> bool:
    """'THE ARMY LAUNCHED A PUBLICITY CAMPAIGN': the deed verb before toks[i] does no attack
    (a word of class no_act among the next four words, before any 'of')."""
    for t in toks[i:i + 4]:
        if not t.word or t.text.lower() == "of":
            return False
        if is_a(t.text, "no_act"):
            return True
    return False


def is_response(toks: list[Token], i: int) -> bool:
    """'the bomber was shot by soldiers', 'the attack was repelled by the army': the agent
    after the "by" at toks[i] answered the attack; it did not carry it out."""
    before = [t for t in toks[max(0, i - 8):i] if t.word]
    if len(before) >= 2 and is_a(before[-2].text, "response"):
        return True
    return any(is_a(t.text, "attacker") for t in before)
