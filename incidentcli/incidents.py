"""Which incidents an article reports, the primary one, and each one's attack type (issue 6).

``find_incidents(doc)`` returns one ``FoundIncident`` per incident, the primary first: its
``Scope`` (the sentences that talk about it, the anchor cue), its attack type, weapon and
suicide flag, each with evidence.  An article with no attack gives an empty list.

How it works, top to bottom:

1. ``find_cues``: one pass of the cue lexicon (``data/attack_cues.tsv``) over the text.  A cue
   is an *event* ("bombed", "was kidnapped"), a *mention* ("the bombing"), a *generic* noun
   ("bombings", "explosives"), a *weapon* or a *suicide* marker, with an attack type and rank.
2. ``_anchor_sentences``: sentences that report an attack — an event cue, or a mention with an
   outcome, a time or a named target ("the murder of Father X") — unless the cue is under a
   modal or an infinitive ("would be a massacre", "plans to attack") or the sentence is
   background (``data/incident_context.tsv``: trials, anniversaries, statistics, plans,
   accidents, earlier years, running totals; in wire reports also combat between armed forces
   and guerrillas, air raids on military positions, cues inside a quoted speech or
   communique, and ``wire_background``: a speaker recalling attacks, arms seized, figures of
   speech, attacks in general ('who have murdered judges', 'many people were killed')).
   Wire reports (MUC-4 style) also anchor on: a threat against lives ("threatened to kill"),
   a plural event noun that reports particular attacks ("three explosions occurred last
   night", "the ambushes took place on the highway") and a mention in the lead sentence.
   A wire report anchored only by "attacked"/"killed" has no incident, unless the killed are
   office holders or civilians ("killed the mayor", "killed five peasants").  Wire reports
   count recent terrorism only: a sentence dated over two months before the report ("ON 24
   MAY ...", "IN OCTOBER" in a May report), attacks on soldiers or on guerrillas, a definite
   mention right after combat ("THE AMBUSH TOOK PLACE ..."), a mention with a vague target
   ("the murder of activists", "the attack against the Salvadoran people"), a negated cue
   ("does not take hostages") and an attack noun modifying a noun ("kidnapping cases") do
   not anchor.
3. ``_group``: anchor sentences become incidents.  In a news story a sentence joins the
   incident before it unless it turns to another attack ("another attack on a police
   academy", "came four days after gunmen stormed a hotel"); the cues after the turn are the
   new incident's.  Wire reports (all capitals, MUC-4 style) list many events: there a
   sentence also starts a new incident when it dates its attack differently, reports an
   attack of another kind, opens on another place ("IN HUARAZ, THE TERRORISTS SET FIRE ...")
   or adds one with "also" ("THE REBELS ALSO BLEW UP ..."), or tells an attack of the same
   kind with its own verb in a town the incident's sentences do not name ("A POLICE INSPECTOR
   WAS SHOT DEAD IN CALI" after a judge shot in Medellin; towns from the location module's
   mentions).  A kind told after an attack named only as "the attack" or "explosions" is that
   attack's, and a sentence that refers back with a definite mention ("THE ATTACK OCCURRED
   WHEN TWO MEN SET OFF DYNAMITE") joins the last incident whatever kind it names.  A coder's
   summary ("02/28/2016: ...") is one incident.  A wire anchor sentence that tells only a
   threat against lives ("HE LEFT BECAUSE OF DEATH THREATS"; not one told in the pluperfect,
   before the attack) is an incident of its own, apart from the attack (``_threats_apart``).
4. ``_scopes``: the primary (first) incident owns every sentence no other incident anchors;
   another incident owns its anchor sentences and the rest of their paragraph.
5. ``_describe``: the attack type comes from the best-ranked cue of the incident's first
   anchor sentence ("the attack" defers to a later "bomb"; a summary takes its best cue
   anywhere, as GTD's coders rank types); a killing of an office holder is an assassination,
   an unspecific attack on infrastructure a facility attack; bombs dropped from aircraft an
   armed assault (not where a bomb went off: "the plane exploded").  Wire reports code
   sabotage by its means: with explosives a bombing, with fire a facility attack (arson),
   otherwise an armed assault (MUC-4's ATTACK).  Wire reports also code as an ATTACK rockets,
   mortars and shelling, explosions only heard, bombing of whole places or by the armed forces
   and explosives used with gunfire; as a BOMBING an attack on infrastructure told without its
   means and a fire an explosion caused; as a KIDNAPPING a named victim killed after being
   kidnapped; and an attack told only as 'the attack' by the means a follow-up gives it ('the
   attack, carried out with rockets and rifles') before a later act of another kind, or by
   the act the sentence before names ('a watchman fired shots at the time of the attack').
   A cue naming what the act answered ('to protest the murder of', 'in retaliation for the
   shooting'), an act given up ('who have stopped kidnapping') or (wire) the defenders' fire
   ('the guards opened fire') does not type it.  News and coders' summaries follow GTD's coding:
   explosives the attackers carry make a bombing (grenades with gunfire an armed assault), an
   attack aimed at an office holder an assassination, an attack that only took or wrecked
   property a facility attack, explosives fired without gunfire ('fired at least five
   rockets', 'fired armed drones at') a bombing, captives executed or punished ('beheaded a
   civilian') and hostages taken away kidnappings, incendiaries thrown at people an armed
   assault, a named person beaten with no weapon told an unarmed assault, people captured
   ('13 soldiers were captured') a kidnapping, and (news) people shot in an act that also
   burned or abducted an armed assault; a plain
   'official', a relative or aide of an office holder or the holder's building is no
   assassination target, and a rocket fired at an aircraft no air raid.  The contexts are in
   ``data/attack_type_context.tsv``.  Weapon and suicide come from the incident's cues.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .dates import sentence_dates
from .document import Document, Scope, Sentence, Span, may_hold
from .english import english_words
from .location import place_mentions
from .person_names import given_names
from .regex_words import parsed, required_words


@dataclass
class FoundIncident:
    """An incident the article reports: its scope, attack type and their evidence."""

    scope: Scope
    attack_type: str | None = None
    suicide: bool | None = None
    weapon: str | None = None
    evidence: dict[str, Span] = field(default_factory=dict)  # keys: "attack_type", "weapon", "suicide"
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CueEntry:
    """A row of the attack-cue lexicon (data/attack_cues.tsv)."""

    type: str | None
    weapon: str | None
    role: str  # event | mention | generic | weapon | suicide (see data/attack_cues.tsv)
    rank: int


@dataclass(frozen=True)
class Cue:
    """An attack cue found in the text."""

    start: int
    end: int
    entry: CueEntry

    def __init__(self, start: int, end: int, entry: CueEntry):
        fields = self.__dict__  # (as document.Span's: quicker than the generated __init__)
        fields["start"] = start
        fields["end"] = end
        fields["entry"] = entry


@dataclass
class _Draft:
    """An incident being assembled: its anchor sentences and cues."""

    anchors: list[int]
    own: dict[int, list[Cue]]  # per anchor sentence, the cues that are this incident's
    kind: str | None
    dates: set
    joint: bool = False  # shares its first sentence with an incident of another kind
    site: tuple[int, int] | None = None  # the town of a list of attacks this incident is told in


# --------------------------------------------------------------------------------------
# Cue lexicon
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    """The attack-cue lexicon, compiled for look-up."""

    entries: tuple[CueEntry, ...]
    patterns: tuple[re.Pattern, ...]  # per entry, on lower-cased text, anchored by .match
    triggers: object  # ahocorasick.Automaton: 3-letter word start -> entry indices
    branches: tuple[str, ...]  # per entry, its pattern as a named group (for ``_fallback``)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """The cue table: each entry's pattern, and an automaton of the word starts that can
    begin one (derived from the patterns), so that a text is scanned once."""
    import ahocorasick

    text = resources.files("incidentcli").joinpath("data/attack_cues.tsv").read_text("utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                          delimiter="\t")
    entries, patterns, branches = [], [], []
    starts: dict[str, dict[str, set[int]]] = {}  # first 3 letters -> word start -> entries
    for n, row in enumerate(rows):
        source = row["pattern"].lower()
        entries.append(CueEntry(_dash(row["type"]), _dash(row["weapon"]), row["role"],
                                int(row["rank"])))
        patterns.append(re.compile(f"(?:{source})(?![\\w-])"))
        branches.append(f"(?P<c{n}>{source})")
        for prefix in _word_starts(source, _TRIGGER_SIZE):
            starts.setdefault(prefix[:3], {}).setdefault(prefix, set()).add(n)
    triggers = ahocorasick.Automaton()
    for group in starts.values():
        for prefix, ids in _trigger_keys(group).items():
            triggers.add_word(prefix, (len(prefix), tuple(sorted(ids))))
    triggers.make_automaton()
    return _Lexicon(tuple(entries), tuple(patterns), triggers, tuple(branches))


# Cues are looked up by their first letters, up to five: 'she' begins 'she' and 'shelling',
# 'shell' only the cue; a word that begins no cue is then mostly passed by with no match tried.
_TRIGGER_SIZE = 5


def _trigger_keys(group: dict[str, set[int]]) -> dict[str, set[int]]:
    """The automaton's keys for word starts that share their first three letters: the starts
    cut to the most letters (five, four, three) at which no key begins another, each with
    the entries that can begin so.  At a word start one key matches at most, so its entries
    are all that can match there, tried in table order, as with one key of three letters."""
    for size in range(_TRIGGER_SIZE, 3, -1):
        keys: dict[str, set[int]] = {}
        for prefix, ids in group.items():
            keys.setdefault(prefix[:size], set()).update(ids)
        if not any(a != b and b.startswith(a) for a in keys for b in keys):
            return keys
    return {prefix[:3]: set().union(*group.values()) for prefix in group}


@lru_cache(maxsize=1)
def _fallback() -> re.Pattern:
    """The whole cue table as one case-insensitive alternation, for the rare text whose
    lower-casing moves offsets (compiled only then: it is a good part of the table's
    start-up)."""
    branches = _lexicon().branches
    return re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.IGNORECASE)


def _dash(value: str) -> str | None:
    return None if value.strip() in ("", "-") else value.strip()


def find_cues(text: str, start: int = 0, end: int | None = None,
              low: str | None = None) -> list[Cue]:
    """Cues in ``text[start:end]``, leftmost first, not overlapping; at one position the
    first matching table entry wins (``low``: ``text.lower()`` if the caller has it)."""
    lex = _lexicon()
    end = len(text) if end is None else end
    lowered = text.lower() if low is None else low
    if len(lowered) != len(text):  # lower-casing moved offsets: match the original text
        return [Cue(m.start(), m.end(), lex.entries[int(m.lastgroup[1:])])
                for m in _fallback().finditer(text, start, end)]
    out: list[Cue] = []
    last = start
    patterns, entries = lex.patterns, lex.entries
    for stop, (size, ids) in lex.triggers.iter(lowered, start, end):
        at = stop - size + 1
        if at < last or (at > 0 and (lowered[at - 1].isalnum() or lowered[at - 1] in "_-")):
            continue
        for n in ids:
            m = patterns[n].match(lowered, at, end)
            if m:
                last = m.end()
                out.append(Cue(at, last, entries[n]))
                break
    return out


def _word_starts(pattern: str, size: int = 3) -> set[str]:
    """The lower-case starts (up to ``size`` letters) of every string ``pattern`` matches;
    past three letters a start is cut where the pattern turns to what is not a few plain
    letters ('set' for 'set\\s+off': every match begins with it)."""
    try:
        from re import _constants as sre, _parser as parser
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as sre
        import sre_parse as parser

    def seq(items) -> set[str]:
        out = {""}
        for op, av in items:
            if all(len(p) >= size for p in out):
                break
            try:
                nxt = one(op, av)
            except ValueError:
                if any(len(p) < 3 for p in out):
                    raise
                return out  # (cut here: what follows is not plain letters)
            out = {p for p in out if len(p) >= size} | \
                  {(p + q)[:size] for p in out if len(p) < size for q in nxt}
        return out

    def one(op, av) -> set[str]:
        if op is sre.LITERAL:
            return {chr(av)}
        if op is sre.IN and all(o in (sre.LITERAL, sre.RANGE) for o, _ in av):
            chars = set()
            for o, a in av:
                chars |= {chr(a)} if o is sre.LITERAL else {chr(c) for c in range(a[0], a[1] + 1)}
            if len(chars) <= 8:
                return chars
        if op is sre.BRANCH:
            return set().union(*(seq(alt) for alt in av[1]))
        if op is sre.SUBPATTERN:
            return seq(av[-1])
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = seq(av[2])
            return inner | {""} if av[0] == 0 else inner
        raise ValueError(f"attack cue must start with plain letters: {pattern!r}")

    return seq(parser.parse(pattern))


# --------------------------------------------------------------------------------------
# A quicker opening for expressions that begin with a word boundary
# --------------------------------------------------------------------------------------

_WORD_CHAR = re.compile(r"\w")


def _word_opening(source: str, flags: int = 0) -> str:
    """``source`` ('\\b(?:a|b)...') with its opening ``\\b`` written ``(?<!\\w)`` when every
    string the rest can match begins with a word character: then a boundary there is the
    lack of a word character before it, so the matches are the same, but the engine no
    longer tries the branches at the end of every word (a quarter quicker on sentences)."""
    if not source.startswith("\\b"):
        return source
    rest = source[2:]
    return "(?<!\\w)" + rest if _opens_with_word_char(parsed(rest, flags).data) else source


def _opens_with_word_char(items: list) -> bool:
    """Every match of the parsed sequence ``items`` is non-empty and begins with a word
    character (False when unsure)."""
    try:
        from re import _constants as sre
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_constants as sre
    if not items:
        return False
    op, av = items[0]
    if op is sre.LITERAL:
        return _WORD_CHAR.match(chr(av)) is not None
    if op is sre.IN:
        return all((o is sre.LITERAL and _WORD_CHAR.match(chr(a)) is not None) or
                   (o is sre.RANGE and all(_WORD_CHAR.match(chr(c)) is not None
                                           for c in range(a[0], a[1] + 1))) or
                   (o is sre.CATEGORY and a in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD))
                   for o, a in av)
    if op is sre.SUBPATTERN:
        return _opens_with_word_char(av[-1].data)
    if op is sre.BRANCH:
        return all(_opens_with_word_char(alt.data) for alt in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):  # ('(?:military\s+)?h')
        return _opens_with_word_char(av[2].data) and (
            av[0] >= 1 or _opens_with_word_char(items[1:]))
    if op is sre.ATOMIC_GROUP:
        return _opens_with_word_char(av.data)
    if op in (sre.ASSERT, sre.ASSERT_NOT):  # (a look-around consumes nothing)
        return _opens_with_word_char(items[1:])
    return False


# --------------------------------------------------------------------------------------
# Sentences that do not report an attack event
# --------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _context(name: str) -> re.Pattern:
    """One named expression of ``data/incident_context.tsv`` (its lines OR-ed)."""
    return re.compile(_context_source(name), re.IGNORECASE)


@lru_cache(maxsize=None)
def _context_source(name: str) -> str:
    """The source of ``_context(name)`` (``_cased`` compiles it alone: most names are
    searched only in lower-cased text, and need no case-insensitive regex)."""
    table = _context_table()
    military = "(?:" + "|".join(table.get("military", ())) + ")"
    lines = [line.replace("{military}", military) for line in table[name]]
    return _word_opening(r"\b(?:" + "|".join(lines) + r")\b")


@lru_cache(maxsize=None)
def _cased(name: str) -> re.Pattern | None:
    """The case-sensitive twin of ``_context(name)``, for lower-cased ASCII text (None when
    the expression names a capital letter, which only the case-insensitive one matches)."""
    source = _context_source(name)
    return None if re.search(r"(?<!\\)[A-Z]", source) else re.compile(source)


def _search(doc: Document, name: str, start: int, end: int) -> re.Match | None:
    """``_context(name).search(doc.text, start, end)``, faster: an ASCII text is searched
    lower-cased with the case-sensitive expression (the same matches, at the same offsets),
    and not at all when it holds none of the words every match needs (``_needles``)."""
    lowered = doc.lower  # (``lowered(doc.text)``, once per document)
    cased = _cased(name) if lowered is not None else None
    if cased is None:
        return _context(name).search(doc.text, start, end)
    needles = _needles(name)
    if needles and not may_hold(lowered, needles, start, end):
        return None
    return cased.search(lowered, start, end)


def _search_in(doc: Document, name: str, s: Sentence) -> re.Match | None:
    """``_context(name).search(sentence text)`` (offsets into the sentence), as ``_search``."""
    lowered = doc.lower  # (``lowered(doc.text)``, once per document)
    cased = _cased(name) if lowered is not None else None
    if cased is None:
        return _context(name).search(doc.text[s.start:s.end])
    needles = _needles(name)
    if needles and not may_hold(lowered, needles, s.start, s.end):
        return None
    return cased.search(lowered[s.start:s.end])


# A plain look-up before a sentence-wide search pays only for a few long words: many or short
# ones ('at', 'on') are found in most sentences, and each look-up scans the sentence again.
# A long expression has many alternatives, so many words: it is not read for them (reading
# ``combat`` costs ~20 ms of start-up).
_MAX_NEEDLES = 8
_MIN_NEEDLE = 4
_MAX_NEEDLE_SOURCE = 300


@lru_cache(maxsize=None)
def _needles(name: str) -> tuple[str, ...]:
    """Words one of which every match of ``_cased(name)`` holds (``news_time_gap``: 'after'
    or 'before'), when they are few and long enough to look up before searching (else
    none): a text with none of them has no match."""
    source = _context_source(name)
    if len(source) > _MAX_NEEDLE_SOURCE:
        return ()
    opening = "(?<!\\w)"  # (what ``_word_opening`` wrote for '\\b': its rest is parsed already)
    tree = parsed(source[len(opening):]) if source.startswith(opening) else parsed(source)
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    found = required_words(tree.data)
    if not found or len(found) > _MAX_NEEDLES or min(map(len, found)) < _MIN_NEEDLE:
        return ()
    return tuple(sorted(found))


@lru_cache(maxsize=None)
def _named_patterns(filename: str) -> dict[str, tuple[str, ...]]:
    """name -> its patterns, in file order, from a name<TAB>pattern file in data/."""
    text = resources.files("incidentcli").joinpath(f"data/{filename}").read_text("utf-8")
    table: dict[str, list[str]] = {}
    for row in csv.DictReader((line for line in text.splitlines() if not line.startswith("#")),
                              delimiter="\t"):
        table.setdefault(row["name"], []).append(row["pattern"])
    return {name: tuple(lines) for name, lines in table.items()}


def _context_table() -> dict[str, tuple[str, ...]]:
    return _named_patterns("incident_context.tsv")


# A cue under a modal or an infinitive: 'would be a massacre', 'plans to attack', 'is bombing',
# 'preparing an attack', 'to launch an assault' (the words right before the cue).
_MODALS = frozenset("will would could might may must can cannot should shall if".split())
_BEFORE_CUE = frozenset("to is are preparing prepare any suspend suspending suspension abstain "
                        "halt halted halting cease ceased stop stopping prevent preventing "
                        "avoid possible potential eventual imminent urge urged urging".split())
# 'the suspension of its attacks': a possessive between a noun of _BEFORE_CUE with 'of' and the cue
_POSSESSIVES = frozenset("its their his her our your my".split())
# 'does not take hostages', 'never attacked', 'a Chile without executed people': no event
_NEGATIONS = frozenset("not never nor without".split())
_TO_VERBS = frozenset("launch stage commit perpetrate order".split())
# 'calling for the assassination of', 'to prevent judges from being murdered'
_BEFORE_TWO = (["calling", "for"], ["called", "for"], ["call", "for"], ["from", "being"],
               ["urged", "the"])
_ARTICLES = frozenset("a an the all another".split())
# 'the murder of Father X', 'the attack on the embassy', 'the murder in Lima of Father X',
# 'sabotage actions against the power grid': a mention naming its target.
_VICTIM_AFTER = re.compile(r"(?:\s+in\s+[a-z.-]+(?:\s+[a-z.-]+)?|\s+(?:actions?|activit(?:y|ies)|operations?))?"
                           r"\s+(?:of|on|against)\s+(?!(?:the\s+)?(?:\w+\s+)?(?:peace|democracy|"
                           r"dialogue|sovereignty|process|homeland|fatherland|nation|constitution|"
                           r"freedom|liberty|rights|dignity|honou?r|image|institutions?)\b)",
                           re.IGNORECASE)
# a count of ten or more right before a cue: a tally ('235 SABOTAGE OPERATIONS AGAINST ...')
_TALLY_BEFORE = re.compile(r"(?:\b([a-z]+)\.?\s+)?\b\d{2,}(?:,\d{3})*\s+\Z", re.IGNORECASE)
# 'the' right before a plural cue, whatever the white space ('THE\nMURDERS OF ...')
_THE_BEFORE = re.compile(r"the\s\Z", re.IGNORECASE)
# 'the', 'this new', 'the terrorist' right before a mention: an attack already told.
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SCARE_REACH = 20  # characters after a cue opening a quote, to the quote's end ('"KIDNAPPED"')
_PLURAL_REACH = 250  # characters around a plural cue searched for its outcome and time
_OTHER = re.compile(r"\b(?:other|previous|earlier)\b", re.IGNORECASE)  # 'seven other murders'
_DEFINITE_PLURAL = re.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "the senator's murder": a mention naming its victim (not 'its', 'their' ...).
_POSSESSIVE = re.compile(r"\b(?!(?:its|their|his|her|our|your)\b)[a-z]+(?:'s|')\s+$",
                         re.IGNORECASE)
# a year, not a clock time ('AT 1945 HOURS', 'AT 2030', '1945 GMT')
_YEAR = re.compile(r"(?<!\bat )\b((?:19|20)\d\d)\b(?!\s*(?:hours?|hrs|gmt)\b)", re.IGNORECASE)
# 'MM/DD/YYYY: ' opening a coder's summary: one incident.
_SUMMARY = re.compile(r"\s*\d{1,2}/\d{1,2}/\d{4}")
# Cues of rank 8 and above ('attacked', 'killed', 'the attack') name no particular kind of attack.
_UNSPECIFIC_RANK = 8
# Attacks on a person that a wire report keys whenever it names the victim (_named_killing).
_NAMED_KINDS = frozenset({"assassination", "armed_assault", "kidnapping", "hostage_taking"})
# Attack types that are one kind of event when deciding whether a wire sentence starts a new one.
_FAMILY = {"hostage_taking": "kidnapping", "assassination": "armed_assault",
           "unarmed_assault": "armed_assault", "hijacking": "kidnapping"}


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
    if wire and not summary and not any(_names_attack(doc, sentences[i], cues_by_sentence[i])
                                        for i in anchors):
        return []  # a wire report that only says 'attacked' or 'killed': combat or background
    if summary:
        typed = [i for i, found in enumerate(cues_by_sentence) if any(c.entry.type for c in found)]
        drafts = [_Draft(anchors, {i: cues_by_sentence[i] for i in anchors}, None, set())]
    else:
        drafts = _group(doc, anchors, cues_by_sentence, wire)
        if wire:
            drafts = _threats_apart(doc, drafts)
    scopes = _scopes(doc, drafts)
    found = []
    for n, (draft, sentence_ids) in enumerate(zip(drafts, scopes)):
        found.append(_describe(doc, draft, sentence_ids, cues_by_sentence, primary=n == 0,
                               pooled=typed if summary else None))
        if draft.site is not None:  # one town of a list of attacks: the incident's own place
            found[-1].scope.anchor = doc.span(*draft.site)
            found[-1].scope.site = True
    return found


def _cues_by_sentence(doc: Document) -> list[list[Cue]]:
    sentences = doc.sentences
    out: list[list[Cue]] = [[] for _ in sentences]
    if not sentences:
        return out
    i, last = 0, len(sentences) - 1
    # (cues and sentences both left to right: one walk, where ``doc.sentence_at`` bisected
    # per cue)
    for cue in find_cues(doc.text, low=doc.lower):
        while i < last and sentences[i + 1].start <= cue.start:
            i += 1
        s = sentences[i]
        if s.start <= cue.start < s.end and cue.end <= s.end:
            out[i].append(cue)
    return out


def _anchor_sentences(doc: Document, cues: list[list[Cue]], wire: bool) -> list[int]:
    """Sentences that report an attack: an event cue, or a mention cue with an outcome, a
    time or a perpetration in the same sentence; background sentences never anchor."""
    out = []
    combat = False  # wire reports: the last attack told was combat ('OUR UNITS AMBUSHED ...')
    for s, found in zip(doc.sentences, cues):
        if not found or not _has_anchor(doc, s, found):
            continue
        why = _background(doc, s, wire)
        if why is not None and not (wire and (_named_killing(doc, s, found, why) or
                                              _civilians_amid_combat(doc, s, found, why) or
                                              _wave_today(doc, s, found, why) or
                                              _victims_accused(doc, s, found, why) or
                                              _threat_amid_war(doc, s, found, why))):
            combat = combat or why == "combat"
            continue
        if combat and _only_refers_back(doc, s, found):
            continue  # 'THE AMBUSH TOOK PLACE AT ...' after the combat it tells of
        if wire and out and _threat_on_victim(doc, s, found, out):
            continue  # 'DEATH THREATS WERE MADE AGAINST PRIEST X' of the X murdered: its past
        if wire and out and _search(doc, "weeks_ago", s.start, s.end) is not None:
            continue  # 'ANOTHER BOMB EXPLODED ON THAT CORNER A FEW WEEKS AGO': recalled
        if wire and out and _threat_again(doc, s, found, out, cues):
            continue  # 'SUSPENDED PUBLICATION BECAUSE OF THE DEATH THREATS': those told before
        if wire and out and _only_pursued(doc, s, found):
            continue  # 'TO ARREST THOSE RESPONSIBLE FOR THE ATTACK': the attack already told
        combat = False
        out.append(s.index)
    if not out and not wire:
        return _followup_anchor(doc, cues)
    return out


def _has_anchor(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """Some cue of the sentence can anchor (``_can_anchor``).  The answer does not depend on
    the order the cues are read in, so events go first (their reading needs no search over
    the sentence, which a mention's may), and a weapon is not read (it never anchors)."""
    for c in cues:
        if c.entry.role in ("event", "suicide") and _can_anchor(doc, s, c):
            return True
    return any(_can_anchor(doc, s, c) for c in cues
               if c.entry.role not in ("event", "suicide", "weapon"))


@lru_cache(maxsize=None)
def _context_before(name: str) -> re.Pattern:
    """``_context(name)`` matched right before a cue: ending where the searched text ends."""
    return re.compile(_word_opening(r"\b(?:" + "|".join(_context_table()[name]) + r")\Z",
                                    re.IGNORECASE), re.IGNORECASE)


def _threat_on_victim(doc: Document, s: Sentence, found: list[Cue], earlier: list[int]) -> bool:
    """Wire sentence ``s`` tells only a threat, against a person (named with a title) whom an
    earlier anchor sentence names ('PUBLIC DEATH THREATS WERE MADE AGAINST PRIEST X Y' in a
    report of the murder of X Y): the attack's prelude, not an incident of its own."""
    if not _only_threat(doc, s, found):
        return False
    for c in found:
        m = _parts("victim_title").search(doc.text, c.end, min(s.end, c.end + 60))
        words = _name_words(doc.text[m.end():s.end])[0] if m is not None else []
        if len(words) < 2:
            continue
        name = re.compile(r"\b" + r"\s+".join(map(re.escape, words[:2])) + r"\b", re.IGNORECASE)
        if any(name.search(doc.text, doc.sentences[j].start, doc.sentences[j].end)
               for j in earlier):
            return True
    return False


def _threat_again(doc: Document, s: Sentence, found: list[Cue], earlier: list[int],
                  cues: list[list[Cue]]) -> bool:
    """Wire sentence ``s`` tells only threats named with a definite article ('BECAUSE OF THE
    DEATH THREATS'; the cue 'because of threats' holds its own) after an anchor sentence that
    told only a threat: those threats again."""
    return _only_threat(doc, s, found) and all(
        _DEFINITE_PLURAL.search(doc.text, max(s.start, c.start - 30), c.start) or
        doc.text[c.start:c.end].lower().startswith("because")
        for c in found if _can_anchor(doc, s, c)) and \
        any(_only_threat(doc, doc.sentences[j], cues[j]) for j in earlier)


def _only_pursued(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """Every anchoring cue of wire sentence ``s`` is an attack named only as what is hunted
    or counted from ('THOSE RESPONSIBLE FOR THE ATTACK', 'TO IDENTIFY THE MURDERERS OF',
    'THIS IS THE FIRST ATTACK'): an attack told before, not a new one."""
    found = [c for c in cues if _can_anchor(doc, s, c)]
    return bool(found) and all(
        c.entry.role in ("event", "mention", "generic") and
        _context_before("pursuit").search(doc.text, max(s.start, c.start - 60), c.start)
        for c in found)


def _followup_anchor(doc: Document, cues: list[list[Cue]]) -> list[int]:
    """A news story in which no sentence reports an attack is still about the attack it tells
    as the subject of a follow-up (the charges, the trial, the arrest of the suspects) or
    names without the outcome, time or target an anchor needs ('the coroner was called to a
    reported shooting'), which news datasets code: its first such sentence with an event or
    mention cue that is not under a modal or an infinitive nor a noun's modifier ('three men
    were indicted in the shooting outside the school'; not 'the shooting suspects'), unless
    the sentence is background for another reason (an earlier year, an anniversary,
    statistics, plans).  A coder's summary ('MM/DD/YYYY: ...') is about one attack however
    worded ('Assailants lashed six civilians'): its first sentence."""
    for s, found in zip(doc.sentences, cues):
        if not found or not _only_followup(doc, s):
            continue  # (a sentence without cues is not read for background)
        for c in found:
            if not c.entry.type or c.entry.role not in ("event", "mention", "suicide"):
                continue
            if _hypothetical(doc.text[max(s.start, c.start - 60):c.start]) or \
                    _context("cue_modifier").match(doc.text, c.end, s.end):
                continue
            return [s.index]
    return [0] if _SUMMARY.match(doc.text) else []  # a coder's summary tells one attack


def _only_followup(doc: Document, s: Sentence) -> bool:
    """The news sentence is background at most as a follow-up of an attack: each background
    match, if any, lies inside a match of ``followup`` ('were indicted', 'is charged with'),
    and it names no year before the report's."""
    if doc.reference_date and _is_past(doc, s):
        return False
    text = doc.text[s.start:s.end]
    follow = [m.span() for m in _recall("followup").finditer(text)]
    return all(any(a <= m.start() and m.end() <= b for a, b in follow)
               for m in _context("background").finditer(text))


_PLUPERFECT = re.compile(r"\bhad\s+(?:been|received)\b", re.IGNORECASE)  # a threat told before the attack


def _threats_apart(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """A wire incident some of whose anchor sentences tell only a threat against lives ('HE
    WAS THE TARGET OF DEATH THREATS', 'THREATENED TO KILL ELECTION OFFICIALS', 'THEY WILL BE
    AMBUSHED') and others an attack: MUC-4 keys the threat as an incident of its own, so
    those sentences become another incident, after the attack's."""
    out: list[_Draft] = []
    for d in drafts:
        threats = [i for i in d.anchors if _only_threat(doc, doc.sentences[i], d.own[i])]
        if not threats or len(threats) == len(d.anchors) or d.joint:
            out.append(d)
            continue
        rest = [i for i in d.anchors if i not in threats]
        out.append(_Draft(rest, {i: d.own[i] for i in rest}, d.kind, d.dates, d.joint, d.site))
        out.append(_Draft(threats, {i: d.own[i] for i in threats}, _kind(d.own[threats[0]]),
                          set()))
    return out


def _only_threat(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """Every cue that anchors wire sentence ``s`` tells a threat: a threat cue or an event
    in the future passive ('THEY WILL BE AMBUSHED')."""
    found = [c for c in cues if _can_anchor(doc, s, c)]
    return bool(found) and all(c.entry.role == "threat" for c in found) and \
        not any(_PLUPERFECT.search(doc.text, max(s.start, c.start - 40), c.start) for c in found)


def _wave_today(doc: Document, s: Sentence, cues: list[Cue], why: str) -> bool:
    """A wire sentence that is background only for naming a wave of attacks but tells one of
    this report's time ('THE WAVE OF ATTACKS ON JUDGES CONTINUED LAST NIGHT WHEN A JUDGE WAS
    SHOT DEAD', 'THE KIDNAPPING OF FIVE STUDENTS THIS WEEK UNLEASHED A WAVE OF PROTESTS'):
    the attack is news."""
    if why != "background" or not _recall("wave_time").search(doc.text, s.start, s.end):
        return False
    found = [m.group() for m in _context("background").finditer(doc.text[s.start:s.end])]
    if not found or not all(_recall("wave").fullmatch(m) for m in found):
        return False
    return any(c.entry.role in ("event", "mention") and _can_anchor(doc, s, c) for c in cues)


def _victims_accused(doc: Document, s: Sentence, cues: list[Cue], why: str) -> bool:
    """A wire sentence that is background only for an accusation that describes the victims
    of an attack it tells ('TWO PEASANTS, WHO WERE ACCUSED OF HELPING THE ARMY, WERE SHOT
    DEAD BY REBELS'): the reason the attackers gave, not a charge in court."""
    if why != "background":
        return False
    text = doc.text[s.start:s.end]
    accused = [m.span() for m in _recall("accused_victims").finditer(text)]
    if not accused:
        return False  # (before the background matches, which are then not needed)
    found = [m.span() for m in _context("background").finditer(text)]
    if not found or not all(any(a <= x and y <= b for a, b in accused)
                                           for x, y in found):
        return False
    return any(c.entry.role == "event" and _can_anchor(doc, s, c) and
               not any(a <= c.start - s.start < b for a, b in accused) for c in cues)


def _threat_amid_war(doc: Document, s: Sentence, cues: list[Cue], why: str) -> bool:
    """A wire sentence read as war news that tells a threat against lives ('DAYS AFTER THE
    GUERRILLAS BEGAN THEIR OFFENSIVE, THE OPPOSITION LEADERS LEFT, SAYING THEY HAD RECEIVED
    DEATH THREATS'): a threat is no act of combat, and MUC-4 keys it."""
    return why == "combat" and any(c.entry.role == "threat" and _can_anchor(doc, s, c)
                                   for c in cues)


def _civilians_amid_combat(doc: Document, s: Sentence, cues: list[Cue], why: str) -> bool:
    """A wire sentence read as combat that tells the killing of civilians it counts ('THE
    MURDER OF 10 UNION MEMBERS IN A DYNAMITE ATTACK', 'MASSACRED SIX PRIESTS'): MUC-4 keys
    an attack on civilians amid the war."""
    if why != "combat" or not any(c.entry.type in _NAMED_KINDS for c in cues):
        return False
    return any(c.entry.type in _NAMED_KINDS and c.entry.role in ("event", "mention") and
               _can_anchor(doc, s, c) and _recall("counted_civilians").match(doc.text, c.end, s.end)
               for c in cues)


def _named_killing(doc: Document, s: Sentence, cues: list[Cue], why: str) -> bool:
    """A wire sentence that is background for ``why`` but tells the killing or kidnapping of
    a victim it names ('THE TRIAL FOR THE MURDER OF FORMER MINISTER X', 'JUDGE Y, WHO WAS
    SHOT DEAD ON 2 MAY'): MUC-4 keys such a crime whatever the report says about it, unless
    the sentence recalls it among old ones ('LAST YEAR', 'LET US NOT FORGET', 'HUNDREDS OF
    ... WERE MURDERED') or names an earlier year outside the report's lead (its first two
    sentences)."""
    if why == "combat" or (why == "past" and s.index > 1) or \
            not any(c.entry.type in _NAMED_KINDS for c in cues):
        return False
    return not _recall("named_recalled").search(doc.text, s.start, s.end) and \
        _names_victim(doc, s, cues)


def _names_victim(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """The wire sentence names the victim of one of its killing or kidnapping cues: with a
    title or a given name next to the cue (``_victims``), or before a relative clause
    ('LUIS PEREZ GIL, WHO WAS SHOT DEAD ON 2 MAY')."""
    named = [c for c in cues if c.entry.type in _NAMED_KINDS and
             c.entry.role in ("event", "mention") and _can_anchor(doc, s, c)]
    if not named:
        return False
    return bool(_victims(doc, s.index, named)) or any(_relative_victim(doc, s, c) for c in named)


def _relative_victim(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A person named with a given name right before 'WHO WAS' and the event cue
    ('ANA MARIA ROJAS, WHO HAD BEEN KIDNAPPED')."""
    if cue.entry.role != "event":
        return False
    lo = max(s.start, cue.start - 120)
    m = None
    for m in _recall("relative_victim").finditer(doc.text, lo, cue.start):
        pass  # the last one, nearest the cue
    if m is None or doc.text[m.end():cue.start].strip():
        return False
    words = doc.text[m.start():m.end()].split(",")[0].lower().split()
    return any(w in given_names() for w in words[:-1])  # a given name, then a surname


@lru_cache(maxsize=None)
def _recall(name: str) -> re.Pattern:
    """One named expression of ``data/incident_recall.tsv`` (its lines OR-ed)."""
    lines = _named_patterns("incident_recall.tsv")[name]
    return re.compile(_word_opening(r"\b(?:" + "|".join(lines) + r")\b", re.IGNORECASE),
                      re.IGNORECASE)


def _only_refers_back(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """Every anchoring cue of the sentence is a definite mention of an attack already told
    ('THE AMBUSH', 'THAT ATTACK', 'AS A RESULT OF THE ATTACK')."""
    return all(c.entry.role == "mention" and
               _DEFINITE.search(doc.text, max(s.start, c.start - 30), c.start)
               for c in cues if _can_anchor(doc, s, c))


def _can_anchor(doc: Document, s: Sentence, cue: Cue) -> bool:
    """Can ``cue`` anchor an incident in sentence ``s``: read once per document (the
    grouping and typing steps ask it again and again for the same cues)."""
    memo = doc.memo("incidents.can_anchor")
    key = (s.start, s.end, cue.start, cue.end, id(cue.entry))  # (entries live in the lexicon;
    # a tuple of ints hashes several times quicker than the frozen dataclass)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _reads_as_anchor(doc, s, cue)
    return found


def _reads_as_anchor(doc: Document, s: Sentence, cue: Cue) -> bool:
    role = cue.entry.role
    if _particular_mention(doc, s, cue):
        role = "mention"  # 'the murders of the six Jesuits': particular attacks
    if role == "generic" and cue.entry.type and doc.all_caps and _particular_plural(doc, s, cue):
        role = "event"  # 'three explosions occurred last night', 'attacks which killed 9'
    if role == "generic" and cue.entry.type and doc.all_caps and _one_of_done(doc, s, cue):
        role = "event"  # 'THE REBELS STAGED ONE OF THEIR BOLDEST RAIDS IN YEARS'
    if role == "threat":
        role = "event" if doc.all_caps else role  # wire reports count threats
    if role not in ("event", "suicide", "mention"):
        return False
    if _hypothetical(doc.text[max(s.start, cue.start - 60):cue.start]) and not (
            doc.all_caps and role == "event" and _warned(doc, s, cue)) and \
            not _held_now(doc, s, cue):
        return False
    if _context("cue_modifier").match(doc.text, cue.end, s.end):
        return False  # 'the kidnapping cases', 'the murder charges': a noun's modifier
    if role == "event" and _shot_noun(doc, s, cue):
        return False  # 'not a single shot was fired', 'every shot hit its target': a noun
    if doc.all_caps and _quoted(doc, cue.start) and not (
            role in ("event", "mention") and _search(doc, "plural_time", s.start, s.end)) and \
            not _scare_quoted(doc, s, cue):
        return False  # a wire report quoting a speech or communique: words, not news (unless
        # the quote tells an attack of this report's time: 'a truck bomb went off today')
    if role == "mention" and doc.all_caps and _gerund_with_victims(doc, s, cue):
        return True  # 'ACCUSED THE REBELS OF KIDNAPPING 30 PEASANTS': the act, its victims
    if role == "mention":  # a wire report's lead sentence is news of an event; in wire
        # reports 'an attack on ...' (indefinite, unspecific) names no particular target
        # (the pure checks at the cue first: the sentence-wide scan only when they fail)
        return bool((s.index == 0 and doc.all_caps) or
                    _possessive_before(doc.text, max(s.start, cue.start - 40), cue.start) or
                    (_names_target(doc, s, cue) and not (
                        doc.all_caps and cue.entry.rank >= _UNSPECIFIC_RANK and
                        not _DEFINITE.search(doc.text, max(s.start, cue.start - 30),
                                             cue.start))) or
                    _tells_specifics(doc, s))
    return True


def _tells_specifics(doc: Document, s: Sentence) -> bool:
    """The sentence names an outcome, an occurrence or a time (``specific``): searched once
    per sentence, however many of its mentions ask."""
    memo = doc.memo("incidents.specific")
    found = memo.get(s.index)
    if found is None:
        found = memo[s.index] = _search(doc, "specific", s.start, s.end) is not None
    return found


def _held_now(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A hostage-taking told as the state it leaves, with its holders ('THE AMBASSADOR IS
    BEING HELD HOSTAGE BY GUERRILLAS', 'ARE STILL BEING HELD HOSTAGE BY THE GANG'): the
    hostages are held now, not an act under way (without the holders mostly a figure of
    speech: 'THE CITY IS BEING HELD HOSTAGE')."""
    if cue.entry.type != "hostage_taking" or cue.entry.role != "event":
        return False
    m = None
    for m in _recall("held_now").finditer(doc.text, max(s.start, cue.start - 30), cue.start):
        pass  # the last one, nearest the cue
    return m is not None and not doc.text[m.end():cue.start].strip() and \
        doc.text[cue.start:cue.start + 4].lower() == "held" and \
        bool(_recall("holders_after").match(doc.text, cue.end, s.end))


def _gerund_with_victims(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A wire report's '-ING' mention cue whose object is counted people ('OF KIDNAPPING
    APPROXIMATELY 30 PEASANTS', 'FOR MURDERING TWO STUDENTS'): a particular act, not the
    noun ('THE KIDNAPPING OF ...')."""
    if not doc.text[cue.start:cue.end].upper().endswith("ING") or \
            _DEFINITE.search(doc.text, max(s.start, cue.start - 30), cue.start):
        return False
    return bool(_recall("counted_victims").match(doc.text, cue.end, s.end))


def _one_of_done(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A plural attack noun as 'one of' a group's attacks that the sentence says it carried
    out ('STAGED ONE OF ITS MOST DARING ATTACKS'): one particular attack."""
    m = None
    for m in _recall("one_of_done").finditer(doc.text, max(s.start, cue.start - 60), cue.start):
        pass  # the last one, nearest the cue
    return m is not None and not doc.text[m.end():cue.start].strip()


def _scare_quoted(doc: Document, s: Sentence, cue: Cue) -> bool:
    """The cue is a word or two set in quotes of their own ('HE WAS "KIDNAPPED" AS HE
    LEFT'): the reporter's wording, not a speech quoted."""
    if doc.text[max(s.start, cue.start - 1):cue.start] != '"':
        return False
    close = doc.text.find('"', cue.end, min(s.end, cue.end + _SCARE_REACH))
    return close >= 0 and not any(ch in ".;:!?" for ch in doc.text[cue.end:close])


def _warned(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A wire report's threat told in the future passive ('THEY WILL BE EXECUTED'): MUC-4
    codes threats as incidents."""
    m = _search(doc, "threat_passive", max(s.start, cue.start - 20), cue.start)
    return m is not None and not doc.text[m.end():cue.start].strip()


def _names_target(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A mention followed by its target ('the murder of Father X', 'the attack on the
    embassy'); in wire reports not a vague one ('the murder of activists', 'the bombing of
    Salvadoran cities', 'the attack against the Salvadoran people')."""
    m = _VICTIM_AFTER.match(doc.text, cue.end, s.end)
    if m is None or _tally_before(doc, s, cue):
        return False  # '235 SABOTAGE OPERATIONS AGAINST ...': a tally, no particular attack
    return not (doc.all_caps and _context("vague_target").match(doc.text, m.end(), s.end))


def _tally_before(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A count of ten or more right before the cue ('235 SABOTAGE OPERATIONS'), not a day
    after its month ('MARCH 10 SHOOTING')."""
    m = _TALLY_BEFORE.search(doc.text, max(s.start, cue.start - 24), cue.start)
    return m is not None and not (m.group(1) and m.group(1).lower()[:3] in _MONTH_NAMES)


def _shot_noun(doc: Document, s: Sentence, cue: Cue) -> bool:
    """The cue is the noun 'shot' after a determiner ('a single shot', 'every shot')."""
    if cue.end - cue.start != 4 or doc.text[cue.start:cue.end].lower() != "shot":
        return False
    m = _search(doc, "shot_noun", max(s.start, cue.start - 16), cue.end)
    return m is not None and m.end() == cue.end


def _possessive_before(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends with a possessive ("the senator's ")."""
    return text.find("'", start, end) >= 0 and bool(_POSSESSIVE.search(text, start, end))


def _quoted(doc: Document, at: int) -> bool:
    """``at`` is inside a quotation (an odd number of double quotes since the paragraph
    began)."""
    breaks, quotes = _breaks_and_quotes(doc)
    k = bisect_right(breaks, at - 2) - 1  # the last paragraph break wholly before ``at``
    start = breaks[k] if k >= 0 else 0
    return (bisect_left(quotes, at) - bisect_left(quotes, start)) % 2 == 1


def _breaks_and_quotes(doc: Document) -> tuple[list[int], list[int]]:
    """Offsets of every (overlapping) paragraph break (two newlines) and of every double quote,
    found once per document with ``str.find`` (a lookahead regex over the text is slower)."""
    memo = doc.memo("incident_gating")
    found = memo.get("breaks_quotes")
    if found is None:
        found = memo["breaks_quotes"] = (_offsets(doc.text, "\n\n"), _offsets(doc.text, '"'))
    return found


def _offsets(text: str, needle: str) -> list[int]:
    out = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _names_attack(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """An anchor sentence that says more than 'attacked' or 'killed': a cue of a particular
    kind or a mention that anchors, a particular plural typed by another cue ('the dynamite
    attacks, which killed 9'), an attack by terrorists, gunmen or unidentified men, or a
    killing of an office holder or of civilians ('killed the mayor', 'killed five peasants')."""
    if any((c.entry.rank < _UNSPECIFIC_RANK or c.entry.role == "mention") and
           _can_anchor(doc, s, c) for c in cues):
        return True
    if any(c.entry.role == "generic" and c.entry.type and _can_anchor(doc, s, c)
           for c in cues) and any(c.entry.type and c.entry.rank < _UNSPECIFIC_RANK
                                  for c in cues):
        return True
    if any(c.entry.role == "event" and _warned(doc, s, c) and _can_anchor(doc, s, c)
           for c in cues):
        return True  # a threat: 'THEY WILL BE EXECUTED'
    if any(_particular_mention(doc, s, c) and _can_anchor(doc, s, c) for c in cues):
        return True  # 'THE KILLINGS OF THE SIX PRIESTS': particular attacks, their victims
    if any(_relative_victim(doc, s, c) and _can_anchor(doc, s, c) for c in cues):
        return True  # 'LUIS PEREZ, WHO WAS KILLED ON FRIDAY': a person's killing
    text = doc.text[s.start:s.end]
    if _context("terror_agent").search(text) or _context("civil_target").search(text):
        return True
    return bool(_context("killing").search(text) and (_context("office_holder").search(text) or
                                                        _context("civilian").search(text)))


def _particular_mention(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A plural attack noun after 'the' and before its target ('THE KILLINGS OF THE SIX
    PRIESTS', 'THE MURDERS OF TWO JUDGES'): particular attacks, read as a mention."""
    return cue.entry.role == "generic" and bool(cue.entry.type) and \
        bool(_THE_BEFORE.match(doc.text, max(s.start, cue.start - 4), cue.start)) and \
        bool(_VICTIM_AFTER.match(doc.text, cue.end, s.end))


def _particular_plural(doc: Document, s: Sentence, cue: Cue) -> bool:
    """A plural event noun that reports particular attacks: counted ('three strong
    explosions'), or with an occurrence or toll and either a time of this report in its
    sentence ('dynamite attacks, which killed 9 people' ... 'tonight') or a definite article
    ('the ambushes took place on the highway').  Used in wire reports,
    which sum up a night's attacks so; news stories name each attack."""
    if not _context("plural_event").fullmatch(doc.text, cue.start, cue.end):
        return False
    counted = _plural_count().search(doc.text, max(s.start, cue.start - 40), cue.start)
    if counted and not _OTHER.search(counted.group()):
        return True  # ('seven other murders' counts earlier ones: particular only with an outcome)
    near_start = max(s.start, cue.start - _PLURAL_REACH)
    near_end = min(s.end, cue.end + _PLURAL_REACH)
    if not _context("plural_outcome").search(doc.text, cue.end, near_end):
        return False
    return bool(_context("plural_time").search(doc.text, near_start, near_end) or
                _DEFINITE_PLURAL.search(doc.text, max(s.start, cue.start - 30), cue.start))


@lru_cache(maxsize=1)
def _plural_count() -> re.Pattern:
    counts = "|".join(_context_table()["plural_count"])
    return re.compile(_word_opening(rf"\b(?:{counts})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE),
                      re.IGNORECASE)


# every word one of _hypothetical's readings needs (the first of a _BEFORE_TWO pair suffices)
_HYPOTHETICAL_WORDS = _MODALS | _BEFORE_CUE | _NEGATIONS | _TO_VERBS | \
    frozenset(pair[0] for pair in _BEFORE_TWO) | frozenset(["being"])


def _hypothetical(before: str) -> bool:
    """The words before a cue put it under a modal or an infinitive."""
    if before[-1:].isalnum():
        return False
    low = before.lower()
    every = low.split()
    if _HYPOTHETICAL_WORDS.isdisjoint(every) and "danger" not in low:
        return False  # none of the words any reading below needs
    if len(every) > 2 and every[-1] in ("and", "or") and every[-2].endswith("ing"):
        # 'must cease all bombing and shelling': the second noun under the first one's verb
        return _hypothetical(" ".join(every[:-2]) + " ")
    words = every[-4:]
    if any(w in _MODALS for w in words[-3:]) or "danger of" in " ".join(words[-4:]):
        return True
    stripped = False
    while words and words[-1] in _ARTICLES:
        words.pop()
        stripped = True
    if not words:
        return False
    if _negated(words) or _being_done(every):
        return True
    if words[-1] in _POSSESSIVES and words[-2:-1] == ["of"] and len(words) > 2 and \
            words[-3] in _BEFORE_CUE:
        return True  # 'a suspension of its sabotage'
    last = words[-1]
    if stripped and last in ("to", "is", "are"):  # "linked to the murder": a noun, no infinitive
        return False
    return last in _BEFORE_CUE or last in _NEGATIONS or \
        words[-2:] in (["is", "being"], ["are", "being"]) or \
        (last in _TO_VERBS and words[-2:-1] == ["to"]) or words[-2:] in _BEFORE_TWO or \
        words[-3:] == ["to", "carry", "out"]


# auxiliaries and pronouns that may stand between a negation and its verb ('nor are we holding')
_AUX_OR_PRONOUN = frozenset("am is are was were be been being have has had do does did we they he "
                            "she it i you".split())


def _being_done(words: list[str]) -> bool:
    """The last words are 'is being' or 'are being' and adverbs ('are being ruthlessly and
    irrationally'): something ongoing or habitual, not a report of an attack."""
    n = len(words)
    while n > 2 and (words[n - 1].endswith("ly") or
                     (words[n - 1] in ("and", "or") and words[n - 2].endswith("ly"))):
        n -= 1
    return n < len(words) and words[n - 2:n] in (["is", "being"], ["are", "being"])


def _negated(words: list[str]) -> bool:
    """The last words are a negation followed only by auxiliaries or pronouns ('nor are we',
    'has not been', 'did they not')."""
    for n in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[n] in _NEGATIONS:
            return n < len(words) - 1 and all(w in _AUX_OR_PRONOUN for w in words[n + 1:])
        if words[n] not in _AUX_OR_PRONOUN:
            return False
    return False


def _background(doc: Document, s: Sentence, wire: bool) -> str | None:
    """Why the sentence is background ('combat' for a wire report's war news), or None."""
    if _background_words(doc, s):
        return "background"
    if doc.reference_date and _is_past(doc, s):
        return "past"
    if not wire:
        return None
    if doc.reference_date is None and _before_latest_year(doc, s):
        return "past"
    # 'sowing chaos and murder', 'HOW CAN ...?': an argument (asked before combat, whose
    # civilians-killed exception would keep it)
    if _search_in(doc, "wire_rhetoric", s) or _rhetorical_question(doc, s):
        return "background"
    if _search_in(doc, "combat", s):
        return "combat"
    if _search_in(doc, "combat_scene", s) and not _property_attack(doc, s):
        return "combat"
    if _search_in(doc, "wire_background", s):
        return "background"
    if _after_combat(doc, s):
        return "combat"
    return "stale" if _is_stale(doc, s) else None


def _background_words(doc: Document, s: Sentence) -> bool:
    """The sentence names a background context (``background`` of the context table);
    a news story's headline (before its dateline) never does: 'Man charged with murder in
    Friday's shooting' names the story's own attack."""
    line = doc.dateline
    place = line.place if line is not None else None
    if place is not None and s.end <= place.start and not doc.all_caps:
        return False
    return _search_in(doc, "background", s) is not None


# speaker and editor tags opening a wire sentence ('[REPORTER] ', '[BEGIN RECORDING] [X] ')
_TAGS = re.compile(r"(?:\s*\[[^\]\n]{0,80}\])*\s*")


def _rhetorical_question(doc: Document, s: Sentence) -> bool:
    """A wire sentence that asks a rhetorical question ('HOW CAN ...?', 'WHY ...?', 'IS IT
    BECAUSE ...?'): the speaker argues with an attack, does not report one."""
    if doc.text[s.start:s.end].rstrip()[-1:] != "?":
        return False
    at = _TAGS.match(doc.text, s.start, s.end).end()
    return _context("rhetorical_question").match(doc.text, at, s.end) is not None


def _after_combat(doc: Document, s: Sentence) -> bool:
    """A wire sentence that only refers back to an attack ('AS A RESULT OF THE ATTACK, THERE
    WERE 20 CASUALTIES') right after a sentence of its paragraph that tells combat ('FIGHTING
    RAGED ALL DAY', 'THE ARMY SUSTAINED 20 CASUALTIES'): the attack is that combat (not 'the
    murder of X', which names its own victim)."""
    if s.index == 0:
        return False
    before = doc.sentences[s.index - 1]
    if before.paragraph != s.paragraph or not (
            _search_in(doc, "combat", before) or _search_in(doc, "combat_scene", before) or
            _search_in(doc, "military", before)):
        return False
    found = [c for c in find_cues(doc.text, s.start, s.end, doc.lower) if c.entry.type]
    return bool(found) and _only_refers_back(doc, s, found) and \
        not any(_VICTIM_AFTER.match(doc.text, c.end, s.end) for c in found)  # 'the murder of X'


def _property_attack(doc: Document, s: Sentence) -> bool:
    """The sentence tells a bombing with its own verb ('the rebels blew up a store during the
    fighting'): terrorism even amid fighting, unless it names aircraft or armed forces (an
    air raid, a military target: war news)."""
    if _search_in(doc, "aircraft", s) or _search_in(doc, "military", s):
        return False
    return any(c.entry.role == "event" and c.entry.type == "bombing" and
               _can_anchor(doc, s, c) for c in find_cues(doc.text, s.start, s.end, doc.lower))


# Wire reports (MUC-4) count recent attacks only: one dated two months or more before the
# report is background ('ON 24 MAY THE SAME GROUP MURDERED ...' in an October report).
_STALE_DAYS = 62
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _is_stale(doc: Document, s: Sentence) -> bool:
    """Every date the sentence gives its events is more than ``_STALE_DAYS`` before the
    reference date (the dates module's event date phrases, shared with incident grouping)."""
    ref = doc.reference_date
    if ref is None:
        return False
    ages = [(ref - m.value).days for m in sentence_dates(doc, s.index)]
    lowered = doc.lower  # (``lowered(doc.text)``, once per document)
    cased = _cased("month_only") if lowered is not None else None
    found = cased.finditer(lowered, s.start, s.end) if cased is not None else \
        _context("month_only").finditer(doc.text, s.start, s.end)
    for m in found:
        name = m.group().split()[-1].rsplit("-", 1)[-1]  # 'IN MID-OCTOBER': 'OCTOBER'
        month = _MONTH_NAMES.index(name.lower()[:3]) + 1
        ages.append(30 * ((ref.month - month) % 12))  # 'IN OCTOBER' in May: 7 months ago
    text = doc.text
    # (a month with its year needs '19' or '20', 'months ago' the word: found quickly)
    if text.find("19", s.start, s.end) >= 0 or text.find("20", s.start, s.end) >= 0:
        for m in _context("month_year").finditer(doc.text, s.start, s.end):
            words = m.group().split()
            name = words[-2 if words[-2].lower() != "of" else -3]
            month = _MONTH_NAMES.index(name.lower()[:3]) + 1
            ages.append(30 * (12 * (ref.year - int(words[-1])) + ref.month - month))  # 'JULY 1989'
    if lowered is None or lowered.find("months", s.start, s.end) >= 0:
        ages.extend(90 for _ in _context("months_ago").finditer(doc.text, s.start, s.end))
    return bool(ages) and all(age > _STALE_DAYS for age in ages)


def _before_latest_year(doc: Document, s: Sentence) -> bool:
    """A report without a date names a year two or more before the latest year it names ('IN
    1984 HE ORGANIZED THE MURDER' in a report that also names 1989): background."""
    memo = doc.memo("incident_gating")
    if "latest_year" not in memo:
        memo["latest_year"] = max(map(int, _YEAR.findall(doc.text)), default=0)
    latest = memo["latest_year"]
    return any(int(y) < latest - 1 for y in _years_in(doc, s))


def _is_past(doc: Document, s: Sentence) -> bool:
    """The sentence names an earlier year (not just last year in January): background."""
    ref = doc.reference_date
    return any(int(y) < ref.year - 1 or (int(y) < ref.year and ref.month > 2)
               for y in _years_in(doc, s))


def _years_in(doc: Document, s: Sentence) -> list[str]:
    """``_YEAR.findall`` over the sentence, skipped when the sentence holds neither '19' nor
    '20' (two quick finds; most sentences name no year)."""
    text = doc.text
    if text.find("19", s.start, s.end) < 0 and text.find("20", s.start, s.end) < 0:
        return []
    return _YEAR.findall(doc.text, s.start, s.end)


# --------------------------------------------------------------------------------------
# Grouping anchor sentences into incidents
# --------------------------------------------------------------------------------------


def _group(doc: Document, anchors: list[int], cues: list[list[Cue]], wire: bool) -> list[_Draft]:

    drafts: list[_Draft] = []
    places: list[frozenset[str]] = []  # towns per sentence, read when first needed
    doc.memo("incident_groups")["typed_apart"] = {}  # typed act's first anchor -> the attack
    # it was told apart from (_typed_after_attack), for this grouping only
    doc.memo("incident_groups")["cues"] = cues  # (read by _turned_opening)
    if not wire:
        return _group_news(doc, anchors, cues)
    for i in anchors:
        s = doc.sentences[i]
        here = cues[i]
        split = _other_event(doc, s, here, wire) if drafts else None
        if split is not None and wire and _victims_told_again(doc, s, here, _latest(drafts)):
            split = None  # 'THE PRIESTS WERE ALSO SHOT IN THE HEAD': more of the attack told
        if split is not None and wire and _bomb_series(doc, s, here, _latest(drafts)):
            split = None  # 'TWO BOMBS EXPLODED ... THE SECOND EXPLOSION ...': the same series
        if split is not None and wire and _another_same(doc, split, s):
            split = None  # 'ONE THAT MURDERED THE PRIESTS AND ANOTHER THAT MURDERED ...'
        if split is not None:  # '... came days after gunmen stormed a hotel': a new incident
            _split_off(doc, drafts, i, here, split)
            continue
        parts = _family_parts(doc, s, here)
        parts = _act_parts(doc, s, here) if len(parts) == 1 else parts
        mentions = sentence_dates(doc, i)
        for n, part in enumerate(parts):
            places = _join(doc, drafts, i, part, wire, places, mentions, joint=n > 0)
    return _recalled_apart(doc, _split_targets(doc, _split_dated(doc, _split_other(
        doc, _split_shares(doc, _split_days(doc, _split_places(doc, drafts, cues)))))))


def _split_off(doc: Document, drafts: list[_Draft], i: int, here: list[Cue], split: int) -> None:
    """Sentence ``i`` turns to another attack at ``split``: the cues before it (when one can
    anchor) stay with the incident told last, those after it open a new incident."""
    s = doc.sentences[i]
    before = [c for c in here if c.start < split]
    if any(_can_anchor(doc, s, c) for c in before):
        drafts[-1].anchors.append(i)
        drafts[-1].own[i] = before
    after = [c for c in here if c.start >= split]
    drafts.append(_Draft([i], {i: after}, _kind(after), set()))


def _group_news(doc: Document, anchors: list[int], cues: list[list[Cue]]) -> list[_Draft]:
    """``_group`` for news: a sentence joins the incident told last unless it turns to another
    attack (``_other_event``); no dates, towns or victims are compared (wire rules only)."""
    drafts: list[_Draft] = []
    for i in anchors:
        s = doc.sentences[i]
        here = cues[i]
        split = _other_event(doc, s, here, False) if drafts else None
        if split is not None:  # '... came days after gunmen stormed a hotel': a new incident
            _split_off(doc, drafts, i, here, split)
            continue
        if not drafts:
            drafts.append(_Draft([i], {i: list(here)}, _kind(here), set()))
            continue
        target = drafts[-1]
        if i in target.own:
            target.own[i].extend(here)
            continue
        target.anchors.append(i)
        target.own[i] = list(here)
        if target.kind is None:  # (the kind is read only where it is still unknown)
            target.kind = _kind(here)
    return drafts


def _bomb_series(doc: Document, s: Sentence, here: list[Cue], latest: _Draft) -> bool:
    """Wire sentence ``s`` tells, with a definite ordinal, one of the blasts of the bombing
    told last ('TWO BOMBS EXPLODED ... THE SECOND EXPLOSION TOOK PLACE AT ...'): the same
    incident, as MUC-4 keys it ('A THIRD EXPLOSION', 'ANOTHER BOMB' still turn apart)."""
    return _FAMILY.get(latest.kind, latest.kind) == "bombing" and \
        _FAMILY.get(_kind(here), _kind(here)) in ("bombing", None) and \
        _search(doc, "bomb_series", s.start, s.end) is not None


def _another_same(doc: Document, at: int, s: Sentence) -> bool:
    """The turn at ``at`` that ``_other_event`` found is an 'another' telling more of the
    attack just told: a pronoun or a count, the attackers' vehicle, one more victim of 'the
    attack' (``another_same`` in data/incident_parts.tsv)."""
    return _parts("another_same").match(doc.text, at, s.end) is not None


def _split_targets(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """A wire incident whose sentence lists the targets of its attacks with semicolons ('ATTACKED
    THE CITY HALL OF X; AN OFFICE OF THE POWER COMPANY; AND A BANK IN Y'; 'THE TARGETS THAT
    WERE ATTACKED: THE BRIGADE HEADQUARTERS; THE POLICE ACADEMY, AND ...'): one attack per
    target, as MUC-4 keys them; the first target is the incident's own, each other one an
    incident sharing the sentence, anchored on its target."""
    def more(d: _Draft, j: int) -> list[_Draft]:
        targets = _target_list(doc, doc.sentences[j], d.own.get(j, []))
        own = list(d.own[j])
        if j != d.anchors[0] and d.kind is not None and _kind(own) is None:
            # 'BOMBED THREE BUILDINGS ... ATTACKED X; Y; AND Z': the kind told first
            own = [c for c in d.own[d.anchors[0]] if c.entry.type == d.kind] + own
        return [_Draft([j], {j: list(own)}, d.kind, set(d.dates), True, at)
                for at in targets[1:]]
    return _split_by(drafts, more)


def _split_by(drafts: list[_Draft], more, tries=None) -> list[_Draft]:
    """Each draft followed by the incidents ``more(draft, j)`` finds in the first of its
    anchor sentences ``j`` (or of the sentences ``tries(draft)``) where it finds any (the
    ``_split_*`` steps that read one sentence at a time); drafts that already share a
    sentence (``joint``) are left alone."""
    out: list[_Draft] = []
    for d in drafts:
        out.append(d)
        if d.joint:
            continue
        for j in (d.anchors if tries is None else tries(d)):
            found = more(d, j)
            if found:
                out.extend(found)
                break
    return out


def _target_list(doc: Document, s: Sentence, cues: list[Cue]) -> list[tuple[int, int]]:
    """The targets (each its first words' span) of a list told with semicolons right after one
    of wire sentence ``s``'s anchoring attack cues (or after a colon that follows it), each
    opening with an article, the last after 'AND' (or holding ', AND'); empty when there is
    no such list of two or more."""
    text = doc.text
    if text.find(";", s.start, s.end) < 0:
        return []
    for c in cues:
        if not c.entry.type or c.entry.role != "event" or not _can_anchor(doc, s, c):
            continue
        if _FAMILY.get(c.entry.type, c.entry.type) not in ("bombing", "facility_attack") and \
                not _parts("own_attack_verb").match(text, c.start, c.end):
            continue  # (people killed or kidnapped in a list are one attack's victims)
        opening = _parts("target_list_open").match(text, c.end, s.end)
        if opening is None:
            continue
        pos, items = opening.end(), []
        while True:
            semi = text.find(";", pos, s.end)
            items.append((pos, semi if semi >= 0 else s.end))
            if semi < 0:
                break
            pos = semi + 1
        if len(items) < 2:
            continue
        last = text[items[-1][0]:items[-1][1]]
        if not _parts("target_list_last").match(last):
            continue
        heads = [_parts("target_list_item").match(text, a, b) for a, b in items]
        if all(heads):
            return [(h.start("head"), h.end("head")) for h in heads]
    return []


def _split_dated(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """A wire incident whose sentence tells two attacks of one kind joined by 'and', each
    with a day of its own right after it ('THE MURDER ON 26 FEBRUARY OF THE MAYOR AND THE
    MURDER ON 27 FEBRUARY OF SIX PEASANTS'): a second incident sharing the sentence,
    anchored on its own cue (so that it reads its own day, place and victims)."""
    def more(d: _Draft, j: int) -> list[_Draft]:
        second = _second_dated(doc, j, d.own.get(j, []))
        return [] if second is None else \
            [_Draft([j], {j: list(d.own[j])}, d.kind, set(), True, second)]
    return _split_by(drafts, more)


def _second_dated(doc: Document, i: int, cues: list[Cue]) -> tuple[int, int] | None:
    """The span of the second of two cues of one kind in wire sentence ``i`` that 'and'
    joins, each followed within 30 characters by a date phrase, the two naming other days."""
    s = doc.sentences[i]
    typed = [c for c in cues if c.entry.type and c.entry.role in ("event", "mention") and
             c.entry.rank < _UNSPECIFIC_RANK]
    if len(typed) < 2:
        return None
    mentions = [m for m in sentence_dates(doc, i) if m.kind != "clock"]
    if len(mentions) < 2:
        return None

    def day(c: Cue):
        return next((m.value for m in mentions if 0 <= m.start - c.end <= 30), None)

    for a, b in zip(typed, typed[1:]):
        if _FAMILY.get(a.entry.type, a.entry.type) != _FAMILY.get(b.entry.type, b.entry.type):
            continue
        if not _parts("dated_pair_join").search(doc.text, a.end, b.start):
            continue
        first, second = day(a), day(b)
        if first is not None and second is not None and first != second and \
                _can_anchor(doc, s, a) and _can_anchor(doc, s, b):
            return b.start, b.end
    return None


def _split_other(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """A wire incident whose sentence, or the one after its first, tells two attacks apart
    as 'one ... the other' ('TWO ATTACKS WERE MADE IN MEDELLIN. ONE ATTACK WAS AIMED AT THE
    TANKS AND THE OTHER AGAINST THE CLUB'): a second incident sharing that sentence,
    anchored on 'OTHER'."""
    anchored = {i for d in drafts for i in d.anchors}

    def more(d: _Draft, j: int) -> list[_Draft]:
        s = doc.sentences[j]
        m = doc.search(_parts("one_other"), s.start, s.end)
        return [] if m is None else \
            [_Draft([j], {j: list(d.own.get(j, []))}, d.kind, set(), True, (m.end() - 5, m.end()))]

    def tries(d: _Draft) -> list[int]:
        after = _next_unanchored(doc, d, anchored)
        return d.anchors if after is None else d.anchors + [after]
    return _split_by(drafts, more, tries)


def _next_unanchored(doc: Document, d: _Draft, anchored: set[int]) -> int | None:
    """The sentence right after draft ``d``'s first, when no draft anchors on it (it may
    tell the draft's attacks apart: 'TWO ATTACKS WERE MADE ... ONE ... THE OTHER ...')."""
    after = d.anchors[0] + 1
    return after if after < len(doc.sentences) and after not in anchored else None


def _split_shares(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """A wire incident whose sentence tells its attack as a count shared out over targets or
    towns ('THREE BOMBS WENT OFF IN X, ONE AT THE PARK, ANOTHER AT THE UNIVERSITY, AND
    ANOTHER AT A SCHOOL'; 'MURDERED THREE PEASANTS IN X, TWO IN Y, AND THREE IN Z'): one
    incident per share, as MUC-4 keys them, each sharing the sentence and anchored on the
    word after its preposition (its town, when it names one).  In the incident's first
    sentence the first share is the incident's own; in a later one it is another attack."""
    def more(d: _Draft, j: int) -> list[_Draft]:
        shares = _shares(doc, doc.sentences[j], d.own.get(j, []))
        if shares and (j == d.anchors[0] or
                       doc.text[shares[0][2]:shares[0][2] + 4].lower() == "one "):
            shares = shares[1:]  # (a total shared out 'ONE AT X, ANOTHER AT Y': the
            # attacks the incident already tells, the first of them its own)
        return [_Draft([j], {j: list(d.own[j])}, d.kind, set(), True, (a, b))
                for a, b, _ in shares]
    return _split_by(drafts, more)


_WORD = re.compile(r"[A-Za-z]+")


def _shares(doc: Document, s: Sentence, cues: list[Cue]) -> list[tuple[int, int, int]]:
    """The spans of the first word after each share's preposition of a count shared out
    right after one of the sentence's anchoring attack verbs (``_split_shares``), each with
    where its share opens (the first share's count; 0 for the others); empty when there are
    fewer than two shares."""
    for c in cues:
        if not c.entry.type or c.entry.role != "event" or c.entry.rank >= _UNSPECIFIC_RANK:
            continue
        first = _parts("share_first").search(doc.text, c.end, min(s.end, c.end + 80))
        if first is None or not _can_anchor(doc, s, c):
            continue
        starts, pos = [first.end()], first.end()
        for m in _parts("share_next").finditer(doc.text, pos, min(s.end, pos + 300)):
            if m.start() - pos > 80:
                break
            starts.append(m.end())
            pos = m.end()
        if len(starts) < 2:
            continue
        words = [_WORD.match(doc.text, at) for at in starts]
        return [(w.start(), w.end(), first.start() if n == 0 else 0)
                for n, w in enumerate(words) if w is not None]
    return []


def _split_days(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """A wire incident told with two days of one month right after its attack verb ('KENT
    AND DONELLY, WHO WERE KIDNAPPED IN MEDELLIN ON 12 AND 13 FEBRUARY'): one attack per day,
    as MUC-4 keys them; the second shares the sentence and is anchored on its own day."""
    def more(d: _Draft, j: int) -> list[_Draft]:
        second = _second_day(doc, doc.sentences[j], d.own.get(j, []))
        return [] if second is None else \
            [_Draft([j], {j: list(d.own[j])}, d.kind, set(), True, second)]
    return _split_by(drafts, more)


def _second_day(doc: Document, s: Sentence, cues: list[Cue]) -> tuple[int, int] | None:
    """The span of the second day of 'ON 12 AND 13 FEBRUARY' told within 60 characters after
    one of the sentence's anchoring attack verbs, if any."""
    for c in cues:
        if not c.entry.type or c.entry.role != "event" or c.entry.rank >= _UNSPECIFIC_RANK:
            continue
        m = _parts("day_pair").search(doc.text, c.end, min(s.end, c.end + 60))
        if m is None:
            continue
        day = _parts("day_pair_second").match(doc.text, m.end(), s.end)
        if day is not None and _can_anchor(doc, s, c):
            return day.start(), day.end()
    return None


def _split_places(doc: Document, drafts: list[_Draft], cues: list[list[Cue]]) -> list[_Draft]:
    """A wire incident whose first sentence tells its attack in a list of towns ('BLEW UP
    PYLONS IN GUAZAPA, ILOBASCO, AND APOPA'), or whose later sentence or the one after its
    first tells its attacks so ('THE ATTACKS TOOK PLACE IN THE TOWNS OF ANTA, HUARI, AND
    YAULI'), becomes one incident per town, as MUC-4 keys them: the first town's keeps the
    incident's sentences, each other town's shares the sentence of the list (``joint``);
    each is anchored on its own town (``site``).  A later sentence that tells more attacks
    of the kind in a list of towns ('THE HOMES OF X AND Y IN SABANETA AND EL RETIRO WERE
    ALSO ATTACKED') adds an incident per town and leaves the first one's place alone."""
    anchored = {i for d in drafts for i in d.anchors}
    out: list[_Draft] = []
    for d in drafts:
        out.append(d)
        if d.joint:
            continue
        first = d.anchors[0]
        # (sentence, only after a plural noun of attacks, the list's first town is the
        # incident's own): its first sentence, then its later ones and the one after it
        tries = [(first, False, True)] + [(j, plural, plural) for j in d.anchors[1:]
                                          for plural in (True, False)]
        after = _next_unanchored(doc, d, anchored)
        if after is not None:
            tries.append((after, True, True))
        for at, plural, own in tries:
            sites = _place_list(doc, doc.sentences[at], d.own.get(at, cues[at]), plural)
            if len(sites) >= 2:
                break
        else:
            continue
        if own:
            d.site, sites = sites[0], sites[1:]
        here = list(d.own.get(at, cues[at]))
        towns = [_Draft([at], {at: here}, d.kind, set(d.dates), True, site) for site in sites]
        _rehome_by_town(doc, d, at, towns)
        out.extend(towns)
    return out


def _rehome_by_town(doc: Document, d: _Draft, at: int, towns: list[_Draft]) -> None:
    """A later anchor sentence of ``d`` that names one town of the list told in sentence ``at``
    ('... ATTACKED FACILITIES IN X, Y, AND Z. AN OFFICIAL WAS WOUNDED IN AN EXPLOSION IN Y'),
    and not the incident's own town, tells of that town's attack: it moves to that incident."""
    later = [j for j in d.anchors if j > at]
    if not later or not towns:
        return
    places = _sentence_places(doc)

    def name(site: tuple[int, int] | None) -> str | None:
        if site is None:
            return None
        words = _WORD.findall(doc.text[site[0]:site[1]])
        return " ".join(w for w in words if not _parts("place_list_level").fullmatch(w)).lower()

    own = name(d.site)
    names = [own] + [name(t.site) for t in towns]
    for j in later:
        here, s = places[j], doc.sentences[j]
        told = [n for n in names if n and re.search(rf"\b{re.escape(n)}\b",
                                                    doc.text[s.start:s.end], re.IGNORECASE)]
        if len(told) != 1 or told[0] == own:
            continue  # (a sentence naming two towns of the list tells of both)
        mine = [t for t in towns if name(t.site) == told[0] and told[0] in here]
        if len(mine) != 1:
            continue
        d.anchors.remove(j)
        mine[0].anchors.append(j)
        mine[0].own[j] = d.own.pop(j)


_AND = re.compile(r"\sand\s", re.IGNORECASE)


def _place_list(doc: Document, s: Sentence, cues: list[Cue],
                plural: bool = False) -> list[tuple[int, int]]:
    """The towns of a list that sentence ``s`` tells its attack in, right after one of its
    anchoring cues or just before it ('IN ANTA AND HUARI THE TERRORISTS BURNED ...'): two or
    more names joined by commas and a last 'AND', at least one of them a place the location
    module knows, none a country.  ``plural``: only after a plural noun of attacks ('THE
    ATTACKS TOOK PLACE IN ...'), anchoring or not.  Empty when there is no such list."""
    if not _AND.search(doc.text, s.start, s.end):  # (' AND\n' too: wire lines wrap)
        return []
    if plural:
        events = [c for c in cues if c.entry.type and c.entry.role in ("generic", "mention")
                  and doc.text[c.end - 1:c.end] in "sS"]
    else:
        events = [c for c in cues if c.entry.type and _can_anchor(doc, s, c) and
                  not _one_attack(doc, s, c)]
    if not events or _search_in(doc, "aircraft", s) or _search_in(doc, "forces_bombing", s):
        return []  # (bombs from planes, shelling by the army: war news, not a list of attacks)
    seen: set[int] = set()
    for c in events[:4]:  # (a list right after the cue, or one that ends just before it)
        for intro in _parts("place_list_intro").finditer(doc.text, max(s.start, c.start - 250),
                                                         min(s.end, c.end + 150)):
            if intro.start() in seen:
                continue
            seen.add(intro.start())
            items = _list_items(doc.text, intro.end(), s.end)
            if len(items) < 2 or not (0 <= items[0][0] - c.end <= 150 or
                                      0 <= c.start - items[-1][1] <= 60):
                continue
            named = _mentions_in(doc, items[0][0], items[-1][1])
            if any(m.is_country() for m in named) or not named or named[0].weak:
                continue
            items = _drop_provinces(doc, items, named)
            known = sum(any(a <= m.start < b for m in named) for a, b in items)
            if len(items) >= 2 and (known >= 2 or (known and (intro.end() - intro.start() > 8
                                                              or len(items) >= 3))):
                return items  # (one known will do after 'IN THE TOWNS OF', or in a list of
                # three or more: 'IN HUARPACHA, AMBO, AND KICHKI', villages few gazetteers hold)
    return []


def _mentions_in(doc: Document, start: int, end: int) -> list:
    """The location module's place mentions that start in ``text[start:end]``."""
    memo = doc.memo("incident_groups")
    if "mention_starts" not in memo:
        memo["mentions"] = place_mentions(doc)
        memo["mention_starts"] = [m.start for m in memo["mentions"]]
    starts, mentions = memo["mention_starts"], memo["mentions"]
    return mentions[bisect_left(starts, start):bisect_left(starts, end)]


def _drop_provinces(doc: Document, items: list[tuple[int, int]], named: list) -> list[tuple[int, int]]:
    """The list less a province told after its town with a comma ('TIBU, NORTE DE SANTANDER,
    ...': where the town is, not another town)."""
    def wide(a: int, b: int) -> bool | None:
        m = next((m for m in named if a <= m.start < b), None)
        return None if m is None else (m.level in ("admin1", "district") or (
            bool(m.entries) and m.kinds <= {"admin1", "state", "country"}))
    out = items[:1]
    for a, b in items[1:]:
        if wide(a, b) and wide(*out[-1]) is False and doc.text[out[-1][1]:a].strip() == ",":
            continue
        out.append((a, b))
    return out


def _one_attack(doc: Document, s: Sentence, cue: Cue) -> bool:
    """The cue tells one attack: after 'a', 'this', 'another' ('AN ATTACK ... LED TO
    INCURSIONS IN X, Y, AND Z'), or a singular noun after 'the' ('THE ATTACK WAS CARRIED OUT
    IN X, BETWEEN Y AND Z')."""
    before = max(s.start, cue.start - 20)
    if _parts("one_attack").search(doc.text, before, cue.start):
        return True
    return cue.entry.role == "mention" and doc.text[cue.end - 1:cue.end] not in "sS" and \
        bool(_DEFINITE.search(doc.text, before, cue.start))


_LIST_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z'-]|\.(?=[A-Za-z]))*|[^\sA-Za-z]")


def _list_items(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The names of a list of places that opens at ``pos`` ('GUAZAPA, CHALATENANGO, AND
    ILOBASCO', 'LA LIBERTAD AND CABANAS DEPARTMENTS'), each as (start, end), up to its last
    'AND' and the name after it; a name followed by its province ('ILOBASCO, CABANAS
    DEPARTMENT, AND ...') is one item.  Empty when the words there are no such list."""
    stop, level = _parts("place_list_stop"), _parts("place_list_level")
    street = _parts("place_list_street")
    items: list[list] = []  # [start, end, words, has_level]
    joins: list[str] = []  # what joined each item to the one before: ',' or 'and'
    expect, joins_next = True, ""  # a name may start here; what joined it
    for tok in _LIST_TOKEN.finditer(text, pos, min(end, pos + 400)):  # (a list is short)
        word = tok.group()
        if word == ",":
            if expect or not items:
                break
            expect, joins_next = True, ","
            continue
        if word.lower() == "and" and items and (expect and joins_next == "," or not expect):
            expect, joins_next = True, "and"
            continue
        if not word[0].isalpha():
            break
        if street.fullmatch(word):
            return []  # 'AT CARAMPANGUE AND ALBORADA STREETS': a street corner, one place
        if not expect:
            if level.fullmatch(word):
                items[-1][1], items[-1][3] = tok.end(), True
                if word.lower().endswith("s") and word.lower() != "canton":
                    break  # 'LA LIBERTAD AND CABANAS DEPARTMENTS': the list ends
                continue
            if stop.fullmatch(word) or items[-1][2] == 4:
                break
            items[-1][1] = tok.end()
            items[-1][2] += 1
            continue
        if stop.fullmatch(word) or level.fullmatch(word):
            break
        if items:
            joins.append(joins_next)
        items.append([tok.start(), tok.end(), 1, False])
        expect, joins_next = False, ""
    joins = joins[:max(0, len(items) - 1)]
    if expect and len(items) >= 3 and joins_next == "and" and "and" not in joins:
        joins[-1] = "and"  # 'IN CHALATENANGO, SAN ANTONIO, CAROLINA, AND NORTH [WORD ...]'
    if "and" not in joins:
        return []
    last = len(joins) - joins[::-1].index("and")  # the item after the last 'and'
    items, joins = items[:last + 1], joins[:last]
    kept = [items[0]]
    for item, join in zip(items[1:], joins):
        if item[3] and join == "," and not kept[-1][3]:
            kept[-1][3] = True  # 'ILOBASCO, CABANAS DEPARTMENT': the town and its province
            continue
        kept.append(item)
    return [(a, b) for a, b, _, _ in kept] if len(kept) >= 2 else []


def _join(doc: Document, drafts: list[_Draft], i: int, here: list[Cue], wire: bool,
          places: list[frozenset[str]], mentions: list, joint: bool) -> list[frozenset[str]]:
    """Add sentence ``i`` (its cues ``here``) to the incident it tells more of, or open a new
    one.  ``joint``: ``here`` is a second kind of attack told in a sentence that already joined
    an incident ('KILLED FOUR PEASANTS AND BURNED THEIR HOUSES'); a new incident of that kind
    shares the sentence.  Returns the towns per sentence (computed on first need)."""
    s = doc.sentences[i]
    kind = _kind(here)
    dates = _event_dates(doc, i, here, mentions)
    target = _merge_target(drafts, kind, dates, wire)
    decided = False
    if wire and drafts:
        decided, target = _victim_target(doc, drafts, i, here, target)
    if decided:
        pass  # the victims named tell which incident this is
    elif target is not None and wire and _released(doc, s, kind, target):
        pass  # 'THE ENGINEERS KIDNAPPED LAST MONTH WERE RELEASED IN BARRANCA': the kidnapping's
        # end, wherever the victims are set free
    elif target is not None and wire and kind is not None and target.kind is not None and \
            not _refers_back(doc, s, here) and \
            any(c.entry.role == "event" and c.entry.rank < _UNSPECIFIC_RANK and
                _can_anchor(doc, s, c) for c in here):
        places = places or _sentence_places(doc)
        if _elsewhere(places, i, target) and not _names_town_of(doc, places, i, target):
            target = None  # the same kind of attack in another town: another incident
    if target is not None and wire and not decided and not joint and \
            _indefinite_elsewhere(doc, s, here, target):
        target = None  # 'THE FMLN ALSO CONDEMNED A BOMBING OF THE TOWN OF X': another attack
    if target is not None and wire and not decided and not joint and \
            _typed_after_attack(doc, s, here, kind, target):
        doc.memo("incident_groups")["typed_apart"][i] = target
        target = None  # an act of another kind with its own verb: an incident of its own
    elif target is not None and wire and not decided and not joint and kind is None:
        target = _back_to_attack(doc, i, target)
    if target is not None and wire and not decided and not joint and kind is not None and \
            _turned_paragraph(doc, s, here, target):
        target = None  # 'LIKEWISE, REBELS ATTACKED X. ... THEY BURNED THE MAYOR'S OFFICE'
    if target is not None and wire and not decided and not joint and kind is None and \
            dates and not (dates & target.dates) and _new_dated_mention(doc, s, here, target) \
            and not _shares_rare_words(doc, i, target):
        target = None  # 'ON 14 MARCH X ESCAPED UNHARMED FROM AN ATTACK ON HIS CAR'
    opened = None
    if target is not None and wire and not decided and not joint:
        opened = _turned_opening(doc, s, here, target)
    if opened is not None and not any(opened[0] in d.anchors for d in drafts):
        # 'IN ADDITION, A VEHICLE WAS DESTROYED BY A DYNAMITE CHARGE. THE ATTACK TOOK PLACE
        # AT ...': the act the paragraph opened on, another incident
        opening, opening_kind = opened
        own = doc.memo("incident_groups")["cues"][opening]
        drafts.append(_Draft([opening, i], {opening: list(own), i: list(here)},
                             kind or opening_kind, set(dates)))
        return places
    latest = _latest(drafts) if drafts else None
    if target is not None and wire and not decided and _FAMILY.get(kind, kind) == "bombing":
        target = _same_stage(doc, drafts, i, target)
    if target is None and wire and drafts and not decided and not joint and \
            _refers_back(doc, s, here) and \
            not (dates and latest.dates and not dates & latest.dates):
        target = latest  # 'THE ATTACK OCCURRED WHEN TWO MEN SET OFF DYNAMITE': the attack
        # told last (not the incident opened last: 'BLEW UP A TOWER ... THE REBELS SHOT AT
        # A CLINIC ... TWO BOMB ATTACKS ON PIPELINES ... THE TWO ATTACKS OCCURRED IN META')
    if target is None and wire and drafts and not decided and not joint and kind is None and \
            _victims_told_again(doc, s, here, latest):
        target = latest  # 'THE PRIESTS WERE KILLED ON 16 NOVEMBER' after 'THE MURDER OF SIX
        # JESUIT PRIESTS': the victims told again, whatever day the incident had been given
    if joint and kind is None:
        target = None  # a murder told with a generic 'killed' beside an arson (_agent_killing)
    if target is not None and i in target.own:  # a kind this sentence already told
        target.own[i].extend(here)
    elif target is None:
        drafts.append(_Draft([i], {i: list(here)}, kind, set(dates), joint))
    else:
        target.anchors.append(i)
        target.own[i] = list(here)
        target.dates |= dates
        if target.kind is None:
            target.kind = kind
    return places


def _indefinite_elsewhere(doc: Document, s: Sentence, here: list[Cue], target: _Draft) -> bool:
    """Wire sentence ``s`` tells its attack first as an indefinite mention ('AN ALLEGED
    BOMBING OF THE TOWN OF X') placed in a town that none of ``target``'s anchor sentences
    names: another attack than ``target``."""
    first = next((c for c in here if c.entry.type and _can_anchor(doc, s, c)), None)
    if first is None or first.entry.role != "mention" or \
            not _parts("indefinite_before").search(doc.text, max(s.start, first.start - 12),
                                                   first.start):
        return False
    places = _sentence_places(doc)
    if not _elsewhere(places, s.index, target) or _names_town_of(doc, places, s.index, target):
        return False
    told = " ".join(" ".join(doc.text[doc.sentences[j].start:doc.sentences[j].end].lower().split())
                    for j in target.anchors)  # (a town of a list the attack was told in)
    return not any(re.search(rf"\b{re.escape(town)}\b", told) for town in places[s.index])


def _shares_rare_words(doc: Document, i: int, target: _Draft) -> bool:
    """Sentence ``i`` names a word that is no common English word nor a given name (a
    place's or a target's name: 'THE PIPELINE FROM NEIVA TO DORADA') that one of
    ``target``'s anchor sentences names too: it tells that attack again."""
    words = _rare_words(doc, i)
    return bool(words) and any(words & _rare_words(doc, j) for j in target.anchors)


def _rare_words(doc: Document, i: int) -> frozenset[str]:
    """The words of sentence ``i`` (four letters or more) that are no common English word
    nor a given name (once per sentence and document)."""
    memo = doc.memo("incident_groups").setdefault("rare_words", {})
    if i not in memo:
        s = doc.sentences[i]
        given, english = given_names(), english_words()
        memo[i] = frozenset(w for w in (m.group().lower() for m in
                                        _WORD.finditer(doc.text, s.start, s.end))
                            if len(w) >= 4 and w not in english and w not in given)
    return memo[i]


def _typed_after_attack(doc: Document, s: Sentence, here: list[Cue], kind: str | None,
                        target: _Draft) -> bool:
    """A wire sentence telling an attack of a particular kind with its own verb ('URBAN
    GUERRILLAS ALSO BLEW UP THREE POWER LINES') after an incident told so far only as people
    attacking someone ('SIX GUERRILLAS ATTACKED TWO POLICE CHECKPOINTS'): another act, which
    MUC-4 keys apart; not a sentence referring back ('THE ATTACK WAS CARRIED OUT WITH A
    BOMB')."""
    if _FAMILY.get(kind, kind) in (None, "armed_assault") or target.kind is not None or \
            _refers_back(doc, s, here) or \
            not any(c.entry.role == "event" and c.entry.rank < _UNSPECIFIC_RANK and
                    _can_anchor(doc, s, c) and
                    not _parts("passive_cue").search(doc.text, max(s.start, c.end - 40), c.end)
                    for c in here):
        return False
    family = _FAMILY.get(kind, kind)
    if any(c.entry.type and _FAMILY.get(c.entry.type, c.entry.type) == family
           for j in target.anchors for c in target.own.get(j, ())):
        return False  # 'ATTACKED THE EMBASSY WITH EXPLOSIVES': the kind was told already
    return any(c.entry.rank > _UNSPECIFIC_RANK and _active_attack(doc, j, c) and
               _parts("own_attack_verb").match(doc.text, c.start, c.end)
               for j in target.anchors for c in target.own.get(j, ()))


def _turned_paragraph(doc: Document, s: Sentence, here: list[Cue], target: _Draft) -> bool:
    """Wire sentence ``s`` tells an attack with a verb of its own in a later paragraph than
    all of ``target``'s, and its paragraph opens on a turn to other news ('LIKEWISE, ...',
    'MEANWHILE, ...'): another incident, unless it refers back ('THE ATTACK ...')."""
    if any(doc.sentences[j].paragraph >= s.paragraph for j in target.anchors):
        return False
    first = s.index
    while first > 0 and doc.sentences[first - 1].paragraph == s.paragraph:
        first -= 1
    opening = doc.sentences[first]
    if not _parts("paragraph_turn").match(doc.text, opening.start, opening.end) or \
            _refers_back(doc, s, here):
        return False
    return any(c.entry.role == "event" and c.entry.rank < _UNSPECIFIC_RANK and
               _can_anchor(doc, s, c) for c in here)


def _new_dated_mention(doc: Document, s: Sentence, here: list[Cue], target: _Draft) -> bool:
    """Wire sentence ``s``, in a later paragraph than all of ``target``'s, tells its attack
    first as an indefinite mention ('AN ATTACK ON THE CAR'): with a day of its own, another
    attack than ``target`` (whose anchors give no such day)."""
    if any(doc.sentences[j].paragraph >= s.paragraph for j in target.anchors):
        return False
    first = next((c for c in here if c.entry.type and _can_anchor(doc, s, c)), None)
    return first is not None and first.entry.role == "mention" and \
        bool(_parts("indefinite_before").search(doc.text, max(s.start, first.start - 12),
                                                 first.start))


def _turned_opening(doc: Document, s: Sentence, here: list[Cue],
                    target: _Draft) -> tuple[int, str] | None:
    """Wire sentence ``s`` refers back to an attack ('THE ATTACK TOOK PLACE AT ...', 'THE
    CHARGE WAS PLACED BY ...') in a later paragraph than all of ``target``'s, whose opening
    sentence turns to other news and tells an act of a particular kind without anchoring
    ('IN ADDITION, A VEHICLE WAS PARTLY DESTROYED BY A DYNAMITE CHARGE'): what it refers back
    to is that act, another incident.  Returns the opening sentence and the act's kind."""
    if not _refers_back(doc, s, here) or \
            any(doc.sentences[j].paragraph >= s.paragraph for j in target.anchors):
        return None
    first = s.index
    while first > 0 and doc.sentences[first - 1].paragraph == s.paragraph:
        first -= 1
    if first == s.index:
        return None
    opening = doc.sentences[first]
    if not _parts("paragraph_turn").match(doc.text, opening.start, opening.end):
        return None
    typed = [c for c in doc.memo("incident_groups")["cues"][first]
             if c.entry.type and c.entry.role in ("event", "generic", "mention")]
    if not typed:
        return None
    best = min(typed, key=lambda c: c.entry.rank)
    return first, best.entry.type


def _victims_told_again(doc: Document, s: Sentence, here: list[Cue], target: _Draft) -> bool:
    """Wire sentence ``s`` opens on a definite noun of victims and a passive attack verb ('THE
    PRIESTS WERE KILLED ON 16 NOVEMBER'), or tells an attack on a kin or aide of someone
    ('ALSO KILLED THE AGENT'S 2-YEAR-OLD SON'), a noun that one of ``target``'s anchor
    sentences names: the victims of that incident told again."""
    m = _parts("victims_again").match(doc.text, s.start, s.end)
    if m is None or not any(c.start == m.end() and c.entry.type and c.entry.role == "event"
                            for c in here):
        m = next((o for c in here if c.entry.type and c.entry.role == "event" and
                  (o := _parts("kin_object").match(doc.text, c.end, s.end))), None)
        if m is None:
            return False
    noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.IGNORECASE)
    return any(noun.search(doc.text, doc.sentences[j].start, doc.sentences[j].end)
               for j in target.anchors)


def _back_to_attack(doc: Document, i: int, target: _Draft) -> _Draft:
    """A wire sentence telling only 'the attack' or 'killed' (no kind of its own) after a typed
    act told apart from an attack told as people attacking (``_typed_after_attack``: 'REBELS
    ATTACKED THE TOWN ... A BOMB EXPLODED IN A KITCHEN DURING THE ATTACK ... FIVE HOUSES WERE
    DESTROYED DURING THE ATTACK'): more of that attack, not of the typed act."""
    parted = doc.memo("incident_groups").get("typed_apart", {})
    if target.anchors[0] not in parted or target.anchors[0] == i:
        return target
    return parted[target.anchors[0]]


def _active_attack(doc: Document, j: int, c: Cue) -> bool:
    """Cue ``c`` of sentence ``j`` tells people attacking with a generic verb ('REBELS
    ATTACKED THE POST'), not a passive or what a blast did ('WAS ATTACKED', 'WERE KILLED')."""
    s = doc.sentences[j]
    return c.entry.type is not None and c.entry.role == "event" and \
        c.entry.rank >= _UNSPECIFIC_RANK and _FAMILY.get(c.entry.type, c.entry.type) == \
        "armed_assault" and _can_anchor(doc, s, c) and \
        not _parts("kill_not_own").search(doc.text, max(s.start, c.start - 40), c.start)


def _same_stage(doc: Document, drafts: list[_Draft], i: int, target: _Draft) -> _Draft | None:
    """A wire sentence telling a bombing joins ``target`` when both tell a bomb that went off
    or both one that did not ('SECURITY FORCES DEFUSED A BOMB AT THE EMBASSY ... TWO BOMBS
    EXPLODED AT JUNCTION BOXES': two incidents, as MUC-4 keys an attempt apart); else the
    latest bombing of its own stage, or a new incident."""
    s = doc.sentences[i]
    if _FAMILY.get(target.kind, target.kind) != "bombing" or \
            _parts("device_told").match(doc.text, s.start, s.end):
        return target
    mine = _defused(doc, i)
    for d in [target] + [d for d in reversed(drafts) if d is not target]:
        if _FAMILY.get(d.kind, d.kind) == "bombing" and \
                any(_defused(doc, j) for j in d.anchors) == mine:
            return d
    return None


def _defused(doc: Document, i: int) -> bool:
    """Sentence ``i`` tells a bomb that did not go off (once per sentence and document)."""
    memo = doc.memo("incident_groups").setdefault("defused", {})
    if i not in memo:
        s = doc.sentences[i]
        memo[i] = bool(_parts("defused").search(doc.text, s.start, s.end))
    return memo[i]


def _latest(drafts: list[_Draft]) -> _Draft:
    """The incident whose anchor sentence came last (the later one of a shared sentence)."""
    return max(reversed(drafts), key=lambda d: max(d.anchors))


def _victims(doc: Document, i: int, cues: list[Cue]) -> frozenset[str]:
    """The surnames of the victims a wire sentence names with a title next to one of its attack
    cues ('KILLED JUDGE MANUEL ORTIZ PALACIOS' -> {'ortiz', 'palacios'}; not an
    attack recalled to date another, 'A MONTH AFTER THE MURDER OF GOVERNOR X')."""
    s = doc.sentences[i]
    memo = doc.memo("incidents.victims")  # (drafts ask again for the same sentences' cues)
    out: set[str] = set()
    for c in cues:
        if not c.entry.type or c.entry.role not in ("event", "mention"):
            continue
        key = (i, c.start, c.end, id(c.entry))
        found = memo.get(key)
        if found is None:
            found = memo[key] = _cue_victims(doc, s, c)
        out.update(found)
    return frozenset(out)


def _cue_victims(doc: Document, s: Sentence, c: Cue) -> tuple[str, ...]:
    """The surnames of the victim attack cue ``c`` of sentence ``s`` names (``_victims``)."""
    m = _title_after(doc, s, c)
    passive = doc.search(_PASSIVE_END, max(s.start, c.start - 150), c.start) is not None
    if m is not None:
        surname = _surname(doc.text[m.end():s.end])
    else:
        m = doc.search(_parts("victim_passive"), max(s.start, c.start - 150), c.start) \
            if passive else None  # (over the lower-cased text where it can: the name quoted)
        surname = _surname(doc.text[m.start("name"):m.end("name")]) if m else ()
    if not surname:
        surname = _given_victim(doc, s, c, passive) or _possessive_victim(doc, s, c)
    if surname and not _parts("victim_recalled").search(
            doc.text, max(s.start, c.start - 30), c.start):
        return surname
    return ()


def _surname(text: str) -> tuple[str, ...]:
    """The surnames of the name ``text`` opens (two to four words up to a comma, a full stop
    or a function word; all but the first, lower-cased: 'CARLOS VALENCIA GARCIA' is also
    'CARLOS VALENCIA'); none for a single word."""
    words, _ = _name_words(text)
    return tuple(words[1:])


def _name_words(text: str) -> tuple[list[str], int]:
    """The words (lower-cased, at most four) of the name ``text`` opens, up to a comma, a full
    stop or a function word, and where they end in ``text``."""
    words: list[str] = []
    end = 0
    for w in re.finditer(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]", text):
        if not w.group()[0].isalpha() or _parts("victim_name_stop").fullmatch(w.group()):
            break
        words.append(w.group().lower())
        end = w.end()
        if len(words) == 4:
            break
    return words, end


def _title_after(doc: Document, s: Sentence, c: Cue) -> re.Match | None:
    """The first 'victim_title' match ('KILLED JUDGE ...', 'THE MURDER OF MAYOR ...') of the
    200 characters after cue ``c`` if it starts within the cue or right after it: tried only
    where its opening word ('victim_object', the same words) is, not at every character."""
    end = min(s.end, c.end + 200)
    title, opening = _parts("victim_title"), _parts("victim_object")
    o = doc.search(opening, c.start, end)
    while o is not None and o.start() <= c.end + 1:
        m = title.match(doc.text, o.start(), end)
        if m is not None:
            return m
        o = doc.search(opening, o.start() + 1, end)
    return None


# What every passive tail of a victim's name ends with ('... WAS SHOT', 'HAD BEEN'): the cheap
# test before the name patterns are tried at each word of the 150 characters before a cue.
_PASSIVE_END = re.compile(r"(?:was|were|been)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _given_victim(doc: Document, s: Sentence, c: Cue, passive: bool = True) -> tuple[str, ...]:
    """The surnames of a victim named without a title but opening with a given name, right
    after attack cue ``c`` ('KILLED JOSE PEREZ', 'THE MURDER OF ANA ROJAS') or before it when
    it is passive ('JOSE PEREZ, 32, WAS KILLED'; ``passive``: the words before the cue end as
    a passive tail does, ``_PASSIVE_END``)."""
    given = given_names()
    m = doc.search(_parts("victim_object"), c.start, s.end)
    if m is not None and m.start() <= c.end + 1:
        words, _ = _name_words(doc.text[m.end():s.end])
        if len(words) >= 2 and words[0] in given:
            return tuple(words[1:])
    if not passive:
        return ()
    lo = max(s.start, c.start - 150)
    window = doc.text[lo:c.start]
    for w in re.finditer(r"[A-Za-z]+", window):
        if w.group().lower() not in given:
            continue
        words, end = _name_words(window[w.start():])
        if len(words) >= 2 and _parts("victim_passive_tail").match(window, w.start() + end):
            return tuple(words[1:])
    return ()


def _possessive_victim(doc: Document, s: Sentence, c: Cue) -> tuple[str, ...]:
    """The surnames of a titled victim named in the possessive right before attack cue ``c``
    ('SENATOR LUIS PEREZ'S MURDER' -> ('perez',))."""
    lo = max(s.start, c.start - 100)
    if doc.text.find("'", lo, c.start) < 0:
        return ()  # (no possessive: the pattern is not run)
    m = _parts("victim_possessive").search(doc.text, lo, c.start)
    if m is None or _hypothetical(doc.text[max(s.start, m.start() - 60):m.start()]):
        return ()  # 'ARE PLANNING GENERAL X Y'S MURDER': no attack done to him
    return _surname(m.group("name"))


def _draft_victims(doc: Document, draft: _Draft) -> frozenset[str]:
    """The victims ``draft``'s anchor sentences name (``_victims``)."""
    return frozenset().union(*(_victims(doc, j, draft.own.get(j, [])) for j in draft.anchors))


def _victim_target(doc: Document, drafts: list[_Draft], i: int, here: list[Cue],
                   target: _Draft | None) -> tuple[bool, _Draft | None]:
    """Whether the named victims decide where wire sentence ``i`` goes, and where: the
    incident that already names one of them (whatever the date), or a new incident when the
    incident it would join names only other victims."""
    mine = _victims(doc, i, here)
    if not mine:
        if target is None:  # 'OQUELI, 45, AND FLORES WERE KIDNAPPED': a victim named before
            named = _named_again(doc, drafts, i, here)
            return (True, named) if named is not None else (False, None)
        return False, target
    for d in reversed(drafts):
        if mine & _draft_victims(doc, d):
            return True, d
    if target is not None and _draft_victims(doc, target):
        return True, None  # another named victim with an attack verb of its own
    return False, target


def _named_again(doc: Document, drafts: list[_Draft], i: int, here: list[Cue]) -> _Draft | None:
    """The incident whose titled victim wire sentence ``i`` names again (by surname, near one
    of its attack cues, an attack of the same kind or of one MUC-4 keys with it), if any."""
    s = doc.sentences[i]
    kind = _kind(here)
    family = _FAMILY.get(kind, kind)
    near = [(max(s.start, c.start - 80), min(s.end, c.end + 80)) for c in here
            if c.entry.type and c.entry.role == "event" and _can_anchor(doc, s, c)]
    if not near:
        return None
    for d in reversed(drafts):
        other = _FAMILY.get(d.kind, d.kind)
        if kind is not None and d.kind is not None and other != family and \
                f"{other}+{family}" not in _same_event() and \
                f"{family}+{other}" not in _same_event():
            continue
        for name in _draft_victims(doc, d):
            word = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
            if any(word.search(doc.text, lo, hi) for lo, hi in near):
                return d
    return None


def _released(doc: Document, s: Sentence, kind: str | None, target: _Draft) -> bool:
    """A sentence telling that kidnapped people were released, joining a kidnapping (of the
    same day, or undated) told before."""
    return kind == "kidnapping" and target.kind == "kidnapping" and \
        bool(_parts("release").search(doc.text, s.start, s.end))


def _family_parts(doc: Document, s: Sentence, cues: list[Cue]) -> list[list[Cue]]:
    """A wire sentence's cues, parted by the kinds of attack it tells with their own verbs
    ('MURDERED FOUR PEASANTS AND BURNED THEIR HOUSES': a murder and an arson, which MUC-4
    keys apart).  The first part keeps the cues of no particular kind; one part when the
    sentence tells one kind."""
    verbs = [c for c in cues if c.entry.type and c.entry.role == "event" and
             c.entry.rank < _UNSPECIFIC_RANK]
    kills = _agent_killing(doc, s, cues, verbs)
    verbs += kills
    if len({_FAMILY.get(c.entry.type, c.entry.type) for c in verbs}) < 2:
        return [cues]  # one kind of attack (most sentences): nothing more to read
    verbs = [c for c in verbs if _can_anchor(doc, s, c)]
    main = _kind(cues)  # the sentence's own kind (best-ranked cue) stays first
    main = _FAMILY.get(main, main)
    families = [main]
    for c in verbs:
        family = _FAMILY.get(c.entry.type, c.entry.type)
        if family not in families and _own_attack(doc, s, c, main, cues):
            families.append(family)
    if len(families) < 2:
        return [cues]
    parts: list[list[Cue]] = [[] for _ in families]
    for c in cues:
        family = _FAMILY.get(c.entry.type, c.entry.type) if c.entry.type and \
            (c.entry.rank < _UNSPECIFIC_RANK or c in kills) else None
        parts[families.index(family) if family in families else 0].append(c)
    return parts


def _act_parts(doc: Document, s: Sentence, cues: list[Cue]) -> list[list[Cue]]:
    """More than one act told in a wire sentence that ``_family_parts`` left whole: a
    kidnapping with others struck (``_bystander_parts``), acts listed as items
    (``_listed_parts``)."""
    for read in (_bystander_parts, _listed_parts):
        parts = read(doc, s, cues)
        if len(parts) > 1:
            return parts
    return [cues]


_ITEM_BREAK = re.compile(r"[,;]|\band\b", re.IGNORECASE)  # between two items of a list


def _listed_parts(doc: Document, s: Sentence, cues: list[Cue]) -> list[list[Cue]]:
    """A wire sentence naming acts of different kinds as items of a list, each opening on an
    article ('CONNECTED TO THE CAR BOMB ATTACK ON X, ... AND TO THE MURDER OF Y'; 'A BOMB;
    THE MURDER OF Y'; 'THE KIDNAPPING OF X AND THE MURDER OF Y'): one part per kind, as MUC-4
    keys them; not acts told of the same victims ('THE KIDNAPPING AND MURDER OF'), nor a
    second kind inside the first one's item ('THE MURDER OF TEN MEN IN A BOMBING')."""
    typed = [c for c in cues if c.entry.type and c.entry.role in ("event", "mention") and
             c.entry.rank < _UNSPECIFIC_RANK]
    if len({_FAMILY.get(c.entry.type, c.entry.type) for c in typed}) < 2:
        return [cues]
    main = _kind(cues)
    main = _FAMILY.get(main, main)
    families = [main]
    opener = _parts("list_item_before")
    for c in typed:
        family = _FAMILY.get(c.entry.type, c.entry.type)
        if family in families:
            continue
        if opener.search(doc.text, max(s.start, c.start - 40), c.start) and \
                _can_anchor(doc, s, c) and all(
                    _ITEM_BREAK.search(doc.text, min(m.end, c.end), max(m.start, c.start))
                    for m in typed if _FAMILY.get(m.entry.type, m.entry.type) == main):
            families.append(family)  # (each in an item of its own: not 'THE MURDER OF TEN
            # MEN IN A BOMB ATTACK')
    if len(families) < 2:
        return [cues]
    parts: list[list[Cue]] = [[] for _ in families]
    for c in cues:
        family = _FAMILY.get(c.entry.type, c.entry.type) if c in typed else None
        parts[families.index(family) if family in families else 0].append(c)
    if any(f"{main}+{f}" in _same_event() for f in families[1:]):
        # 'THE KIDNAPPING OF X AND THE MURDER OF Y': the murder told first, so that the
        # kidnapping opens an incident of its own rather than taking the murder as its outcome
        return parts[1:] + parts[:1]
    return parts


def _recalled_apart(doc: Document, drafts: list[_Draft]) -> list[_Draft]:
    """The grouped wire incidents, each followed by the killings its anchor sentences recall
    as a participle before a named victim (``_recalled_killings``): incidents of their own,
    which no other sentence joins, as MUC-4 keys them."""
    out: list[_Draft] = []
    for d in drafts:
        out.append(d)
        for j in list(d.anchors):
            found = _recalled_killings(doc, doc.sentences[j], d.own.get(j, []))
            if found:
                d.own[j] = [c for c in d.own[j] if c not in found]
                if d.kind == _kind(found):  # the kind the recalled killing gave it
                    d.kind = _kind([c for k in d.anchors for c in d.own.get(k, [])]) or d.kind
                out.append(_Draft([j], {j: found}, _kind(found), set(), True))
        tried = _tried_kidnapping(doc, d)
        if tried:
            for j in tried:
                d.own[j] = [c for c in d.own[j] if c not in tried[j]]
            d.anchors = [j for j in d.anchors if d.own.get(j)]
            out.append(_Draft(sorted(tried), tried, "kidnapping", set()))
    return out


def _tried_kidnapping(doc: Document, d: _Draft) -> dict[int, list[Cue]]:
    """Per anchor sentence, the cues of wire kidnapping ``d`` telling only an attempt to
    kidnap a person named with a given name ('TRIED TO KIDNAP SENATOR LUIS PEREZ') when the
    incident also tells people actually taken ('TOOK TEN GUESTS HOSTAGE'): MUC-4 keys the
    failed attempt apart.  Empty otherwise."""
    if _FAMILY.get(d.kind, d.kind) != "kidnapping" or len(d.anchors) > 12:
        return {}
    tried: dict[int, list[Cue]] = {}
    done = False
    named = False
    given = None
    for j in d.anchors:
        s = doc.sentences[j]
        for c in d.own.get(j, []):
            if c.entry.role != "event" or _FAMILY.get(c.entry.type, c.entry.type) != "kidnapping":
                continue
            if not doc.text[c.start:c.end].lower().startswith("attempt") and \
                    not _parts("attempt_before").search(doc.text, max(s.start, c.start - 16),
                                                        c.start):
                done = True
                continue
            tried.setdefault(j, []).append(c)
            after = re.split(r"[,.;:(\[]", doc.text[c.end:min(s.end, c.end + 60)], maxsplit=1)[0]
            given = given or given_names()
            named = named or any(w in given for w in after.lower().split()[:-1]) or \
                bool(_parts("tried_victim").match(doc.text, c.end, s.end))
    return tried if done and named else {}


def _recalled_killings(doc: Document, s: Sentence, cues: list[Cue]) -> list[Cue]:
    """The cues of wire sentence ``s`` recalling, as a participle before the victim's name,
    the killing of a person named with a given name ('THE HEADQUARTERS OF THE PARTY, WHOSE
    LEADER IS THE RECENTLY MURDERED SENATOR LUIS PEREZ'), beside an attack the sentence tells
    (not 'THE RECENTLY MURDERED MAYOR OF X': nobody named)."""
    given = None
    found = []
    for c in cues:
        if _FAMILY.get(c.entry.type, c.entry.type) != "armed_assault" or \
                not _recalled_cue(doc, s, c):
            continue
        after = re.split(r"[,.;:(\[]", doc.text[c.end:min(s.end, c.end + 80)], maxsplit=1)[0]
        words = after.lower().split()
        given = given or given_names()
        if any(w in given for w in words[:-1]):
            found.append(c)
    if not found:
        return []
    rest = [c for c in cues if c not in found and c.entry.type and _can_anchor(doc, s, c)]
    return found if rest else []


def _recalled_cue(doc: Document, s: Sentence, c: Cue) -> bool:
    """Cue ``c`` recalls a killing as a participle ('THE RECENTLY MURDERED') or as a gerund
    after 'for'/'of' ('CLAIMED RESPONSIBILITY FOR KILLING', 'ACCUSED HIM OF ASSASSINATING')."""
    lo = max(s.start, c.start - 12)
    if c.entry.role == "event":
        return bool(_parts("recalled_killing_before").search(doc.text, lo, c.start))
    return c.entry.role == "mention" and doc.text[c.start:c.end].lower().endswith("ing") and \
        bool(_parts("recalled_gerund_before").search(doc.text, lo, c.start))


def _bystander_parts(doc: Document, s: Sentence, cues: list[Cue]) -> list[list[Cue]]:
    """A wire sentence telling a kidnapping and, with a verb of its own, a killing of others
    hurt in it ('KIDNAPPED THE ENGINEER, KILLED A GUARD, AND WOUNDED A DRIVER'; 'THE DRIVER
    WAS KILLED AND THE ESCORT WOUNDED, WHILE THE MAYOR WAS ABDUCTED'): the kidnapping and an
    attack, as MUC-4 keys them; not a killing of the captive ('ABDUCTED AND LATER KILLED',
    'WAS KIDNAPPED ... WAS FOUND DEAD': nobody wounded), nor a kidnapping that only describes
    a person ('TO FIND X, WHO WAS KIDNAPPED DURING AN INCIDENT IN WHICH HIS DRIVER WAS
    KILLED').  One part otherwise."""
    taken = [c for c in cues if c.entry.role == "event" and
             _FAMILY.get(c.entry.type, c.entry.type) == "kidnapping" and _can_anchor(doc, s, c)
             and not _parts("kidnap_described").search(doc.text, max(s.start, c.start - 40),
                                                       c.start)]
    kills = [c for c in cues if c.entry.type == "armed_assault" and c.entry.role == "event"]
    if not taken or not kills or _parts("bystanders_hurt").search(doc.text, s.start, s.end) is None:
        return [cues]
    joined = _parts("kidnap_kill_joined")
    kills = [k for k in kills if not any(
        joined.search(doc.text[min(k.end, t.end):max(k.start, t.start)]) for t in taken)]
    if not kills:
        return [cues]
    return [[c for c in cues if c not in kills], kills]


def _agent_killing(doc: Document, s: Sentence, cues: list[Cue], verbs: list[Cue]) -> list[Cue]:
    """In a wire sentence whose only verbs of a particular kind tell an arson, a generic
    'killed' with people doing it ('GUERRILLAS KILLED A PEASANT IN FLORES AND BURNED A TANK
    TRUCK'): a murder of its own, which MUC-4 keys apart from the arson; not a passive one
    ('TWO WERE KILLED') nor what a blast or the fire did ('THE FIRE KILLED ...')."""
    if not verbs or any(c.entry.type != "facility_attack" for c in verbs):
        return []
    return [c for c in cues if c.entry.type == "armed_assault" and c.entry.role == "event"
            and c.entry.rank == _UNSPECIFIC_RANK and
            not _parts("kill_not_own").search(doc.text, max(s.start, c.start - 40), c.start)]


def _own_attack(doc: Document, s: Sentence, cue: Cue, main: str, cues: list[Cue]) -> bool:
    """An event cue of another kind than the sentence's ``main`` one tells an attack of its
    own: a verb, not an adjective ('the recently murdered senator'), not what the main
    attack did ('was burned when a bomb exploded'), not a kind MUC-4 keys with the main one
    ('kidnapped and later found murdered')."""
    family = _FAMILY.get(cue.entry.type, cue.entry.type)
    if f"{main}+{family}" in _same_event() or f"{family}+{main}" in _same_event():
        return False
    if _parts("adjective_before").search(doc.text[max(s.start, cue.start - 20):cue.start]):
        return False
    m = _parts("consequence_after").search(doc.text[cue.end:s.end])
    return not (m and any(c.start >= cue.end + m.end() and
                          _FAMILY.get(c.entry.type, c.entry.type) == main for c in cues))


@lru_cache(maxsize=None)
def _parts(name: str) -> re.Pattern:
    """One named expression of ``data/incident_parts.tsv`` (its lines OR-ed)."""
    table = _parts_table()
    count = "|".join(table.get("count", ()))
    title = "|".join(table.get("title", ()))
    return re.compile("|".join(f"(?:{p})".replace("{count}", count).replace("{title}", title)
                               for p in table[name]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _same_event() -> frozenset[str]:
    return frozenset(_parts_table()["same_event"])


def _parts_table() -> dict[str, tuple[str, ...]]:
    return _named_patterns("incident_parts.tsv")


def _elsewhere(places: list[frozenset[str]], i: int, draft: _Draft) -> bool:
    """Sentence ``i`` places its attack in a town that none of ``draft``'s anchor sentences
    name, while they name one (``places``: ``_sentence_places``)."""
    here = places[i]
    if not here:
        return False
    there = set().union(*(places[j] for j in draft.anchors))
    return bool(there) and not (here & there)


def _names_town_of(doc: Document, places: list[frozenset[str]], i: int, draft: _Draft) -> bool:
    """Sentence ``i`` names after a preposition a town that one of ``draft``'s
    anchor sentences places its attack in ('THE ATTACK ... PLANTED THE BOMB IN A HOME AT X,
    A FEW KILOMETERS FROM Y': still the attack in Y)."""
    s = doc.sentences[i]
    text = " ".join(doc.text[s.start:s.end].lower().split())
    there = set().union(*(places[j] for j in draft.anchors))
    return any(re.search(rf"\b(?:in|at|near|from|outside|of)\s+{re.escape(town)}\b", text)
               for town in there)  # (not 'WHOSE CAPITAL IS Y')


_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _sentence_places(doc: Document) -> list[frozenset[str]]:
    """Per sentence, the towns it names with a preposition ('in Cali', 'near Cali'): the
    location module's mentions of the document, computed once and shared with it."""
    memo = doc.memo("incident_groups")
    if "places" not in memo:
        memo["places"] = _read_sentence_places(doc)
    return memo["places"]


def _read_sentence_places(doc: Document) -> list[frozenset[str]]:
    mentions = place_mentions(doc)
    out: list[set[str]] = [set() for _ in doc.sentences]
    for m in mentions:
        if m.weak or m.bound < 1 or not (m.kinds & {"city"}) or m.is_country() or \
                (m.level is None and
                 _ARTICLE_BEFORE.search(doc.text, max(0, m.start - 4), m.start)):
            continue  # (not 'IN THE BRANCH OFFICES': a noun after 'the' names no town)
        if m.bound < 2 and _plain_word(doc.text[m.start:m.end]):
            continue  # (not 'FIVE OF THEM': a plain word told without 'in' names no town)
        s = doc.sentence_at(m.start)
        if s is not None:
            out[s.index].add(" ".join(doc.text[m.start:m.end].lower().split()))
    return [frozenset(p) for p in out]


def _plain_word(name: str) -> bool:
    """``name`` is one common English word ('THEM', 'SEVERAL'), as a town's name only with
    'in' before it."""
    return name.isalpha() and name.lower() in english_words()


def _refers_back(doc: Document, s: Sentence, cues: list[Cue]) -> bool:
    """The sentence's first anchoring cue is a definite mention of an attack already told
    ('THE ATTACK', 'THIS NEW ATTACK', 'THE KIDNAPPERS'), whatever kind it then names."""
    first = next((c for c in cues if c.entry.type and _can_anchor(doc, s, c)), None)
    if first is None or first.entry.role != "mention":
        return False
    before = doc.text[max(s.start, first.start - 30):first.start]
    return bool(_DEFINITE.search(before))


def _event_dates(doc: Document, i: int, cues: list[Cue], mentions: list) -> set:
    """The date a sentence gives its attack: the date phrase nearest its first anchoring cue
    (a time of day alone, 'AT 2230', names no day: it may be last night's; a phrase with
    another deed between it and the cue dates that deed)."""
    if not mentions:
        return set()
    anchor = next((c for c in cues if _can_anchor(doc, doc.sentences[i], c)), None)
    if anchor is None:
        return set()
    nearest = min(mentions, key=lambda m: abs(m.start - anchor.start))
    if nearest.kind == "clock":
        return set()
    between = (nearest.end, anchor.start) if nearest.end <= anchor.start else \
        (anchor.end, nearest.start)
    if _parts("other_deed").search(doc.text, *between):
        return set()  # 'ON 7 JANUARY THE PRESIDENT ACKNOWLEDGED THAT SOLDIERS KILLED ...'
    if nearest.end <= anchor.start and _report_dated(doc, nearest.start):
        return set()  # 'RECEIVED CONFIRMATION YESTERDAY OF THE KIDNAPPING'
    return {nearest.value}


def _report_dated(doc: Document, at: int) -> bool:
    """The date phrase at ``at`` follows a word of telling ('CONFIRMED YESTERDAY', 'RECEIVED
    CONFIRMATION YESTERDAY OF ...'): the day of the telling, not of the attack."""
    return _parts("report_before_date").search(doc.text, max(0, at - 30), at) is not None


def _other_event(doc: Document, s: Sentence, cues: list[Cue], wire: bool) -> int | None:
    """Where a sentence turns to a different attack ('another attack', 'in a separate
    incident', 'days after gunmen stormed'), if an attack cue follows; else None."""
    names = ("wire_another", "wire_also", "wire_place_opening", "wire_other", "wire_next") \
        if wire else ("news_another", "news_time_gap")
    for name in names:
        if name == "wire_place_opening":  # only where the sentence opens
            m = _context(name).match(doc.text, s.start, s.end)
        elif name == "wire_next":
            m = _parts(name).match(doc.text, s.start, s.end)
        elif name == "wire_other":  # (over the lower-cased text where it can: quicker)
            m = doc.search(_parts(name), s.start, s.end)
        else:
            m = _search(doc, name, s.start, s.end)
        if m is None:
            continue
        after = [c for c in cues if c.start >= m.start() and _can_anchor(doc, s, c)]
        if name == "news_time_gap":  # 'two days after the bombing' refers back
            after = [c for c in after if c.entry.role != "mention"]
        if name == "wire_also":  # 'they also blew up a pylon'; not 'the blast also killed'
            m, after = _also_turn(doc, s, m, cues)
        if name == "wire_other":  # 'FOUR DAYS LATER, A JUDGE WAS KILLED'; not 'THE ATTACK'
            after = [c for c in after if c.entry.role == "event"]
        if name in ("wire_place_opening", "wire_next"):  # 'IN HUARAZ, THE TERRORISTS SET ...'
            after = [c for c in after if c.entry.role == "event" and
                     (c.entry.rank < _UNSPECIFIC_RANK or name == "wire_next") and
                     not _refers_back(doc, s, cues)]
        if after:
            return m.start()
    return None


def _also_turn(doc: Document, s: Sentence, m: re.Match,
               cues: list[Cue]) -> tuple[re.Match, list[Cue]]:
    """The first 'also' of wire sentence ``s`` (from ``m``, the first) right before an attack
    verb of its own ('THEY ALSO BLEW UP A PYLON'; 'WE HAVE ALSO LEARNED THAT TWO AMBULANCES
    HAVE ALSO BEEN ATTACKED': the second), with the cues it turns to (none: ``m``)."""
    first = m
    while m is not None:
        after = [c for c in cues if c.start >= m.start() and _can_anchor(doc, s, c) and
                 c.entry.role == "event" and c.start <= m.end() + 1 and
                 (c.entry.rank < _UNSPECIFIC_RANK or _agent_also(doc, s, m, cues) or
                  _also_attacked(doc, s, m, cues, c))]
        if after:
            return m, after
        m = _search(doc, "wire_also", m.end(), s.end)
    return first, []


def _agent_also(doc: Document, s: Sentence, m: re.Match, cues: list[Cue]) -> bool:
    """'THE GUERRILLAS ALSO KILLED THE MAYOR': people doing another attack with an active verb,
    not more of an attack told before ('THE BLAST ALSO KILLED', 'TWO BODYGUARDS WERE ALSO
    KILLED', 'THE BANK WAS ALSO ATTACKED')."""
    if len(doc.text[m.start():m.end()].split()) != 1 or \
            any(c.start < m.start() and c.entry.type for c in cues) or \
            _search(doc, "also_means", s.start, m.start()):
        return False
    return not _search(doc, "also_passive", max(s.start, m.start() - 6), m.start())


def _also_attacked(doc: Document, s: Sentence, m: re.Match, cues: list[Cue], cue: Cue) -> bool:
    """'THE POLICE POST IN SESORI WAS ALSO ATTACKED' opening a paragraph: another target
    attacked, which MUC-4 keys as an attack of its own; not a target told on in the attack's
    own paragraph (one raid's targets), not people hurt in the attack told ('TWO BODYGUARDS
    WERE ALSO KILLED': a casualty verb), not what the blast or fire did ('THE BLAST ALSO
    ...')."""
    if cue.entry.rank <= _UNSPECIFIC_RANK or cue.entry.role != "event" or \
            _FAMILY.get(cue.entry.type, cue.entry.type) != "armed_assault" or \
            any(c.start < m.start() and c.entry.type for c in cues) or \
            _search(doc, "also_means", max(s.start, m.start() - 25), m.start()):
        return False  # (the subject told just before: not a relative clause far before it,
        # 'THE HOUSE, WHICH IS LOCATED IN X NEIGHBORHOOD, WAS ALSO ATTACKED')
    if not (_search(doc, "also_passive", max(s.start, m.start() - 6), m.start()) or
            _search(doc, "also_passive", m.start(), m.end())):
        return False
    return s.index > 0 and doc.sentences[s.index - 1].paragraph != s.paragraph


def _kind(cues: list[Cue]) -> str | None:
    """The attack family a sentence reports (best-ranked typed cue); None when it only
    says 'attack' or 'killed', which refer back rather than name a new kind of event."""
    typed = [c for c in cues if c.entry.type and c.entry.role not in ("weapon", "generic")
             and c.entry.rank < _UNSPECIFIC_RANK]
    return min(typed, key=lambda c: c.entry.rank).entry.type if typed else None


def _merge_target(drafts: list[_Draft], kind: str | None, dates: set,
                  wire: bool) -> _Draft | None:
    if not drafts:
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
    for d in reversed(drafts):  # 'KIDNAPPED ... THE BODY WAS FOUND': the kidnapping's outcome
        if f"{d.kind}+{family}" in _same_event():
            return d
    # 'the attack occurred at 0615' then 'a charge in a pick-up went off': the kind of an
    # attack told so far only as 'the attack' or 'explosions'
    return last if last.kind is None else None


def _scopes(doc: Document, drafts: list[_Draft]) -> list[list[int]]:
    """Each incident's sentences.  The primary incident owns every sentence no other incident
    anchors (the headline, the lead, the follow-ups); another incident owns its anchor
    sentences and the follow-ups in the same paragraph, up to the next anchor.  An incident
    of a second kind told in the same sentence (``joint``) shares that sentence and its
    follow-ups with the incident that sentence opened."""
    owner: dict[int, int] = {}
    for n, d in enumerate(drafts):
        for i in d.anchors:
            if not (d.joint and i == d.anchors[0]):
                owner[i] = n  # a sentence split between two incidents opens the later one
    scopes: list[list[int]] = [[] for _ in drafts]
    current, paragraph = 0, -1
    for s in doc.sentences:
        if s.index in owner:
            current, paragraph = owner[s.index], s.paragraph
        elif current != 0 and s.paragraph != paragraph:
            current = 0  # the other incident's paragraph is over
        scopes[current].append(s.index)
    for n, d in enumerate(drafts):
        if d.joint:
            scopes[n] = sorted(set(scopes[n]) | set(_joint_sentences(doc, d.anchors[0], owner)))
    return scopes


def _joint_sentences(doc: Document, first: int, owner: dict[int, int]) -> list[int]:
    """Sentence ``first`` and its follow-ups in the same paragraph, up to the next anchor."""
    out = [first]
    paragraph = doc.sentences[first].paragraph
    for s in doc.sentences[first + 1:]:
        if s.index in owner or s.paragraph != paragraph:
            break
        out.append(s.index)
    return out


# --------------------------------------------------------------------------------------
# Attack type, weapon, suicide
# --------------------------------------------------------------------------------------


def _describe(doc: Document, draft: _Draft, sentence_ids: list[int], cues: list[list[Cue]],
              primary: bool, pooled: list[int] | None = None) -> FoundIncident:
    """Type from the first anchor sentence's best cue (then the next anchors'); a coder's
    summary (``pooled``) is typed by its best cue anywhere, as the coders' hierarchy does."""
    first = draft.anchors[0]
    ordered = [first] + [i for i in draft.anchors if i != first]
    groups = [[c for i in pooled for c in cues[i]]] if pooled else [draft.own[i] for i in ordered]
    typed: Cue | None = None
    for n, group in enumerate(groups):  # the first anchor's best cue; 'the attack' defers to
        if n and doc.all_caps and not pooled:  # a later 'bomb', or (wire) to the means told
            means = _means_between(doc, sentence_ids, ordered[n - 1], ordered[n], cues)
            if means is not None:  # in between ('the attack, carried out with rockets')
                typed = means
                break
        candidates = [c for c in group if c.entry.type and c.entry.role != "weapon" and
                      (c.entry.role != "threat" or doc.all_caps)]
        if n or len(candidates) > 1:  # a first anchor's only cue stays (checked below)
            candidates = [c for c in candidates if not _not_the_act(doc, c)] or \
                ([] if n else candidates)  # not 'to protest X's murder'
        if candidates:
            wire = doc.all_caps and len(candidates) > 1  # wire: a cue that reports first
            best = min(candidates, key=lambda c: (c.entry.role == "generic",
                                                  wire and c.entry.role != "generic" and
                                                  not _can_anchor(
                                                      doc, doc.sentence_at(c.start), c),
                                                  c.entry.rank, c.start))
            means = _wire_means(doc, doc.sentence_at(best.start), group) if \
                doc.all_caps and best.entry.rank >= _UNSPECIFIC_RANK else []
            if means:  # 'the attack, carried out with rockets and rifles'
                best = means[0]
            if typed is None or (best.entry.rank < typed.entry.rank and
                                 (best.entry.role != "generic" or means)):
                typed = best
            if typed.entry.rank < _UNSPECIFIC_RANK:
                break
    if typed is None:  # 'one attack was aimed at the tanks and the other against the club':
        typed = min((c for c in cues[first] if c.entry.type and  # the sentence's kind
                     c.entry.role not in ("weapon", "threat")),
                    key=lambda c: (c.entry.rank, c.start), default=None)
    if typed is not None and _in_time_gap(doc, typed):  # 'hours after a bus was burned'
        typed = _specific_follow_up(doc, draft, sentence_ids, cues) or typed
    if typed is not None and (typed.entry.rank >= _UNSPECIFIC_RANK or
                              _not_the_act(doc, typed)):
        typed = _plural_kind(doc, first, draft.own[first], typed) or \
            _specific_follow_up(doc, draft, sentence_ids, cues) or \
            _ordinal_of_counted(doc, first, typed, cues) or \
            _like_the_one_before(doc, first, typed, cues) or \
            _wire_referred_back(doc, first, typed, cues) or typed
    anchor = doc.span(typed.start, typed.end) if typed else None
    lead = _lead_cue(doc, first, draft.own[first])
    scope = Scope(sentences=sentence_ids, primary=primary,
                  anchor=doc.span(lead.start, lead.end) if lead else anchor)
    result = FoundIncident(scope)
    if typed is None:
        return result
    result.attack_type = typed.entry.type
    result.evidence["attack_type"] = anchor
    result.reasons["attack_type"] = f"{typed.entry.role} cue"
    if result.attack_type == "armed_assault":
        _maybe_assassination(doc, result, first)
    if result.attack_type == "armed_assault" and _SUMMARY.match(doc.text):
        _maybe_targeted(doc, result, first)
    if result.attack_type == "armed_assault" and pooled:
        _named_office_holder(doc, result, sentence_ids)
    if result.attack_type == "armed_assault" and pooled:
        _captive_killed(doc, result, sentence_ids)
    if result.attack_type == "armed_assault" and pooled and typed.entry.rank >= 8:
        _captives_taken(doc, result, sentence_ids)
    if result.attack_type == "armed_assault" and pooled and typed.entry.rank >= 9:
        _unarmed_beating(doc, result, sentence_ids)
    if result.attack_type == "armed_assault" and pooled and typed.entry.rank >= 8:
        _projectiles_in_lead(doc, result, sentence_ids)
    if result.attack_type in ("armed_assault", "facility_attack") and pooled:
        _bound_or_seized(doc, result, sentence_ids)
    if result.attack_type == "hostage_taking" and not doc.all_caps:
        _hostages_taken_away(doc, result, typed)
    if result.attack_type == "facility_attack" and not doc.all_caps and \
            typed.entry.weapon == "incendiary":
        _incendiary_at_people(doc, result, typed)
    if result.attack_type == "armed_assault" and not doc.all_caps and \
            typed.entry.weapon == "firearms":
        _fired_projectiles(doc, result, typed)
    if result.attack_type == "kidnapping" and _SUMMARY.match(doc.text) and \
            typed.entry.role == "event":
        _abducted_and_killed(doc, result, sentence_ids)
    if doc.all_caps and result.attack_type in ("armed_assault", "assassination"):
        _wire_kidnapped_first(doc, result, first, sentence_ids, cues)
    if result.attack_type == "armed_assault" and typed.entry.rank >= 9:
        _maybe_facility(doc, result, typed)
    if result.attack_type == "armed_assault" and typed.entry.rank >= 9 and not doc.all_caps:
        _maybe_property_attack(doc, result, [i for i in sentence_ids  # a summary: from its
                                             if pooled or i >= first][:4])  # lead sentence
    if result.attack_type == "bombing" and typed.entry.role != "suicide":
        _maybe_air_raid(doc, result, typed)
    if doc.all_caps and result.attack_type == "bombing" and typed.entry.role != "suicide":
        _wire_fighting(doc, result, typed)
    if doc.all_caps and result.attack_type == "bombing" and typed.entry.role != "suicide":
        _wire_ambush(doc, result, typed, sentence_ids)
    if doc.all_caps and result.attack_type == "facility_attack" and \
            typed.entry.weapon == "incendiary":
        _wire_incendiary_with_firearms(doc, result, typed)
    if doc.all_caps and result.attack_type == "facility_attack" and \
            typed.entry.weapon == "incendiary" and \
            _type_context("exploded_after").match(doc.text, typed.end):
        result.attack_type = "bombing"
        result.reasons["attack_type"] = "incendiary that exploded (wire report: a bombing)"
    if not doc.all_caps and result.attack_type == "bombing" and typed.entry.role == "event" \
            and not any(doc.text[c.start:c.end].lower().startswith("suicide")
                        for c in draft.own[first]):
        _with_gunfire(doc, result, typed)
    if doc.all_caps and result.attack_type == "facility_attack" and typed.entry.rank < 9:
        _wire_fire_from_blast(doc, result, first, cues)
    if doc.all_caps and doc.text[typed.start:typed.end].lower().startswith("sabot"):
        _wire_sabotage(doc, result, [i for i in sentence_ids if i in draft.anchors or
                                     i - 1 in draft.anchors])
    if not doc.all_caps and not pooled and result.attack_type in (
            "facility_attack", "kidnapping", "hostage_taking"):
        _news_shooting(doc, result, first, sentence_ids, cues)
    in_scope = [c for i in ordered for c in draft.own[i]]
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


def _specific_follow_up(doc: Document, draft: _Draft, sentence_ids: list[int],
                        cues: list[list[Cue]]) -> Cue | None:
    """'There was a terrorist attack at the market today.  A bomb was thrown ...': the first
    follow-up sentence that names the kind of attack (else the nearest sentence before).  In
    news and coders' summaries, failing that, a plain noun of explosives in the incident's
    sentences ('the attack ... explosives were used'): GTD codes an attack by its means."""
    after = [i for i in sentence_ids if i > draft.anchors[0]]
    before = sorted((i for i in sentence_ids if i < draft.anchors[0]), reverse=True)
    for i in after + before:  # then the headline and lead before it, nearest first
        named = [c for c in cues[i] if c.entry.type and c.entry.rank < _UNSPECIFIC_RANK
                 and c.entry.role in ("event", "mention", "suicide")
                 and not _not_the_act(doc, c)]
        if doc.all_caps:  # wire: 'two explosions took place'; not 'shooting was heard'
            s = doc.sentences[i]  # nor a later kidnapping: another act, told by its verb
            named = [c for c in named if not _heard(doc, s, c.start, c.end) and
                     (i not in after or
                      _FAMILY.get(c.entry.type, c.entry.type) != "kidnapping")] + \
                [c for c in cues[i] if c.entry.type and c.entry.rank < _UNSPECIFIC_RANK and
                 c.entry.role == "generic" and _can_anchor(doc, s, c)]
            if not named and i in after:  # 'the attack, carried out with rockets and rifles'
                named = _wire_means(doc, s, cues[i])
        if named:
            return min(named, key=lambda c: (c.entry.rank, c.start))
    if not doc.all_caps:  # news: else a plain noun of the means ('explosives', 'bombs')
        first = draft.anchors[0]
        for i in [first] + after + before:
            means = [c for c in cues[i] if c.entry.type == "bombing" and c.entry.role == "generic"
                     and (i != first or _type_context("bombing_means").fullmatch(
                         doc.text, c.start, c.end))]
            if means:
                return means[0]
        return None
    return None


def _ordinal_of_counted(doc: Document, first: int, typed: Cue,
                        cues: list[list[Cue]]) -> Cue | None:
    """'Two bomb attacks were carried out last night ...  The second attack occurred at
    2335': an attack told only by its order among others is of the kind the nearest earlier
    sentence counts ('two bomb attacks', 'three explosions')."""
    s = doc.sentences[first]
    if not _type_context("ordinal_before").search(doc.text, max(s.start, typed.start - 40),
                                                 typed.start):
        return None
    for i in range(first - 1, -1, -1):
        before = doc.sentences[i]
        counted = [c for c in cues[i] if c.entry.type and c.entry.rank < _UNSPECIFIC_RANK and
                   c.entry.role != "weapon" and _type_context("counted_before").search(
                       doc.text, max(before.start, c.start - 30), c.start)]
        if counted:
            return counted[0]
    return None


def _like_the_one_before(doc: Document, first: int, typed: Cue,
                         cues: list[list[Cue]]) -> Cue | None:
    """'A second bomb exploded at the party offices.  The homes of two leaders were
    similarly attacked': an attack told as like the one before is of the kind the nearest
    earlier sentence names."""
    s = doc.sentences[first]
    if not (_type_context("similar_before").search(doc.text, max(s.start, typed.start - 30),
                                                   typed.start) or
            _type_context("similar_after").match(doc.text, typed.end, s.end)):
        return None
    for i in range(first - 1, max(first - 4, -1), -1):
        named = [c for c in cues[i] if c.entry.type and c.entry.rank < _UNSPECIFIC_RANK and
                 c.entry.role in ("event", "mention", "suicide") and not _not_the_act(doc, c)]
        if named:
            return min(named, key=lambda c: (c.entry.rank, c.start))
    return None


def _wire_referred_back(doc: Document, first: int, typed: Cue,
                        cues: list[list[Cue]]) -> Cue | None:
    """Wire reports: 'two bombs exploded at the substation.  A watchman fired shots at the
    time of the attack': an incident told only as 'the attack' is the act the sentence
    before names."""
    s = doc.sentences[first]
    if first == 0 or not _DEFINITE.search(doc.text, max(s.start, typed.start - 30), typed.start):
        return None
    before = doc.sentences[first - 1]
    named = [c for c in cues[first - 1] if c.entry.type and c.entry.rank < _UNSPECIFIC_RANK
             and c.entry.role in ("event", "mention", "suicide")
             and not _heard(doc, before, c.start, c.end) and not _not_the_act(doc, c)]
    return min(named, key=lambda c: (c.entry.rank, c.start)) if named else None


def _not_the_act(doc: Document, cue: Cue) -> bool:
    """The cue names what the act answered ('attacks to protest the candidate's murder', 'in
    retaliation for the killing of'), an act denied or given up ('its decision not to
    continue sabotaging'), bodies found (the outcome: 'were found dead'), or the defenders' fire ('a watchman fired shots', 'police opened
    fire on the assailants'): not the act the incident is."""
    s = doc.sentence_at(cue.start)
    if s is None:
        return False
    if _type_context("outcome_cue").fullmatch(doc.text, cue.start, cue.end):
        return True  # 'three men were found dead in a burned house': the arson's outcome
    if doc.search(_type_context("cause_before"), max(s.start, cue.start - 120), cue.start):
        return True  # (Document.search: over the lower-cased text where it can, quicker)
    if doc.search(_type_context("negated_before"), max(s.start, cue.start - 40), cue.start):
        return True
    if cue.entry.weapon != "firearms":
        return False
    defender = "defender_before" if doc.all_caps else "defender_news_before"
    return bool(doc.search(_type_context(defender), max(s.start, cue.start - 40), cue.start))


def _means_between(doc: Document, sentence_ids: list[int], after: int, before: int,
                   cues: list[list[Cue]]) -> Cue | None:
    """Wire reports: the means of the attack told in a follow-up sentence between two of its
    anchor sentences ('... during an attack on the post.  The attack, carried out with
    rockets and rifles, ...'), before a later anchor that may tell another act."""
    ids = sentence_ids  # in document order
    for i in ids[bisect_right(ids, after):bisect_left(ids, before)]:
        means = _wire_means(doc, doc.sentences[i], cues[i])
        if means:
            return means[0]
    return None


def _wire_means(doc: Document, s: Sentence, cues: list[Cue]) -> list[Cue]:
    """Wire reports: a plain noun of explosives told as the attack's means ('the attack,
    carried out with two bombs', 'with rocket launchers and rifles'): the first one."""
    means = [c for c in cues if c.entry.type == "bombing" and c.entry.role == "generic"
             and _type_context("means_before").search(doc.text, max(s.start, c.start - 40),
                                                      c.start)
             and any(d.entry.rank >= _UNSPECIFIC_RANK and d.entry.role in ("event", "mention")
                     and 0 <= c.start - d.end <= 60 for d in cues)]
    return means[:1]


def _wire_sabotage(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Wire reports (MUC-4 style) code sabotage by its means: dynamiting a pylon is a
    bombing, burning one an arson (facility attack); sabotage by other means is an attack."""
    for name, kind in (("explosives", "bombing"), ("fire", "facility_attack")):
        pattern = _context(name) if name == "explosives" else _type_context("fire_means")
        for i in sentence_ids:
            s = doc.sentences[i]
            m = next((m for m in pattern.finditer(doc.text, s.start, s.end)
                      if not _heard(doc, s, m.start(), m.end()) and
                      not _type_context("accusation_after").match(doc.text, m.end(), s.end)),
                     None)
            if m:
                result.attack_type = kind
                result.evidence["attack_type"] = doc.span(m.start(), m.end())
                result.reasons["attack_type"] = f"sabotage with {name}"
                return
    result.attack_type = "armed_assault"
    result.reasons["attack_type"] = "sabotage (wire report: an attack)"


def _wire_kidnapped_first(doc: Document, result: FoundIncident, first: int,
                          sentence_ids: list[int], cues: list[list[Cue]]) -> None:
    """Wire reports (MUC-4) code a victim kidnapped and then killed as a kidnapping: 'Bishop
    X was murdered and his body found today.  Yesterday armed men kidnapped X': the killing's
    victim, named, is kidnapped in the next sentences of the incident."""
    names = _victims(doc, first, cues[first])
    if not names:
        return
    for i in [i for i in sentence_ids if i >= first][:4]:
        s = doc.sentences[i]
        for c in cues[i]:
            if c.entry.type != "kidnapping" or c.entry.role != "event" or \
                    not _can_anchor(doc, s, c):
                continue
            words = set(re.findall(r"[a-z]+", doc.text[max(s.start, c.start - 80):
                                                       min(s.end, c.end + 80)].lower()))
            if names & words:
                result.attack_type = "kidnapping"
                result.evidence["attack_type"] = doc.span(c.start, c.end)
                result.reasons["attack_type"] = "killed after a kidnapping (wire report)"
                return


def _maybe_air_raid(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """Bombs dropped or rockets fired from aircraft (in wire reports also the armed forces
    bombing or shelling a place): an armed assault, not a planted bomb; not a rocket fired at
    an aircraft ('fired a rocket at a military helicopter', 'drones targeting an air base')).
    Read in the sentence of the act that typed the bombing (the typed cue's, or the words a
    rule read the bombing from: 'fired a rocket at a helicopter.  Nine were killed')."""
    evidence = result.evidence.get("attack_type")
    s = doc.sentence_at(evidence.start if evidence is not None else typed.start)
    if s is None or _context("exploding").search(doc.text, s.start, s.end):
        return  # 'the plane exploded', 'a bomb went off at the air base': a planted bomb
    if any(not _type_context("aircraft_target_before").search(doc.text, max(s.start, m.start() - 40),
                                                               m.start())
           for m in _context("aircraft").finditer(doc.text, s.start, s.end)) or (
            doc.all_caps and _context("forces_bombing").search(doc.text, s.start, s.end)):
        result.attack_type = "armed_assault"
        result.reasons["attack_type"] = "attack from aircraft"


def _lead_cue(doc: Document, index: int, cues: list[Cue]) -> Cue | None:
    """The cue the incident is first reported with (its first anchor sentence's best
    anchoring cue): where the other fields look first."""
    anchoring = [c for c in cues if c.entry.type and _can_anchor(doc, doc.sentences[index], c)]
    return min(anchoring, key=lambda c: (c.entry.rank, c.start)) if anchoring else None


def _maybe_facility(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """'attacked an electricity tower': an attack on infrastructure, not on people.  Wire
    reports (MUC-4) code such an attack, told without its means, by the usual one: guerrillas
    dynamite pylons and pipelines ('its sixth attack this year against the oil pipeline')."""
    s = doc.sentence_at(typed.start)
    if s is None:
        return
    if doc.all_caps:
        if _type_context("infrastructure").search(doc.text, typed.end, s.end):
            result.attack_type = "bombing"
            result.reasons["attack_type"] = "attack on infrastructure (wire report: explosives)"
        return
    if _context("infrastructure").match(doc.text, typed.end, s.end) or \
            _type_context("infrastructure_after").match(doc.text, typed.end, s.end):
        result.attack_type = "facility_attack"
        result.reasons["attack_type"] = "attack on infrastructure"


def _maybe_property_attack(doc: Document, result: FoundIncident,
                           sentence_ids: list[int]) -> None:
    """'Assailants attacked a polling station.  No casualties were reported, though ballot
    boxes were stolen': an attack told only by 'attacked' that harmed no one and took or
    wrecked property is an attack on the facility (GTD's coding)."""
    if not sentence_ids:
        return
    start, end = doc.sentences[sentence_ids[0]].start, doc.sentences[sentence_ids[-1]].end
    if not _type_context("no_casualties").search(doc.text, start, end):
        return
    m = _type_context("property_loss").search(doc.text, start, end)
    if m:
        result.attack_type = "facility_attack"
        result.evidence["attack_type"] = doc.span(m.start(), m.end())
        result.reasons["attack_type"] = "no casualties, property taken or wrecked"


def _source(text: str, holder: re.Match) -> bool:
    """The office holder is a source of the report ('officials said', 'according to
    prosecutors'), not the one attacked."""
    return bool(_type_context("source_after").match(text, holder.end()) or
                _type_context("source_before").search(text, max(0, holder.start() - 40),
                                                      holder.start()))


def _maybe_targeted(doc: Document, result: FoundIncident, index: int) -> None:
    """Coders' summaries: 'Assailants attacked a district police chief', 'stabbed and
    injured a member of parliament': an attack aimed at an office holder (the title within
    the phrase after the verb, not a guard or a son of one) is an assassination, whether or
    not the target died (GTD's coding)."""
    s = doc.sentences[index]
    for verb in _type_context("target_verb").finditer(doc.text, s.start, s.end):
        title = next((t for t in _type_context("target_title").finditer(
            doc.text, verb.end(), min(s.end, verb.end() + 90))
            if not _mere_office(doc.text, t.start(), t.end()) and
            not _relative_of_holder(doc.text, t)), None)
        if title and not _type_context("target_other").search(doc.text, verb.end(),
                                                                title.start()):
            result.attack_type = "assassination"
            result.evidence["attack_type"] = doc.span(verb.start(), title.end())
            result.reasons["attack_type"] = "attack aimed at an office holder"
            return


def _abducted_and_killed(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: 'Assailants abducted X.  X, a municipal councilor, was killed
    shortly after': an office holder abducted and killed is an assassination (GTD ranks
    assassination above kidnapping)."""
    ids = sorted(sentence_ids)[:3]
    if not ids:
        return
    start, end = doc.sentences[ids[0]].start, doc.sentences[ids[-1]].end
    killed = _type_context("killed_after").search(doc.text, start, end)
    title = _type_context("target_title").search(doc.text, start, end) if killed else None
    if title and not _type_context("target_other").search(
            doc.text, max(start, title.start() - 30), title.start()):  # 'relatives of a chief'
        result.attack_type = "assassination"
        result.evidence["attack_type"] = doc.span(killed.start(), killed.end())
        result.reasons["attack_type"] = "office holder abducted and killed"


def _plural_kind(doc: Document, index: int, cues: list[Cue], typed: Cue) -> Cue | None:
    """'the dynamite attacks, which killed 9 people': where the first anchor sentence names
    its attack only with 'killed' or 'attack', a plural of a particular kind that reports
    the attacks themselves (it anchors, or it qualifies an anchoring plural: 'dynamite
    attacks') names the kind; not where the sentence names a particular killing ('the
    bombings and the killing of the priests')."""
    s = doc.sentences[index]
    if typed.entry.role == "mention" and _VICTIM_AFTER.match(doc.text, typed.end, s.end):
        return None
    anchoring = [c for c in cues if _can_anchor(doc, s, c)]
    named = [c for c in cues if c.entry.role == "generic" and c.entry.type and
             c.entry.rank < _UNSPECIFIC_RANK and
             (c in anchoring or any(d.entry.role == "generic" and 0 < d.start - c.end <= 1
                                    for d in anchoring))]
    return min(named, key=lambda c: (c.entry.rank, c.start)) if named else None


def _in_time_gap(doc: Document, cue: Cue) -> bool:
    """The cue tells another event in a time clause of its sentence ('terrorist actions were
    reported tonight, a few hours after a bus was burned')."""
    s = doc.sentence_at(cue.start)
    start = max(s.start if s is not None else 0, cue.start - 90)
    window = doc.text[start:cue.start].lower()
    if "after" not in window and "before" not in window:
        return False
    return bool(_type_context("time_gap_before").search(doc.text, start, cue.start))


def _heard(doc: Document, s: Sentence, start: int, end: int) -> bool:
    """The explosion at ``start:end`` was heard ('explosions could be heard', 'they heard
    about 20 explosions')."""
    return bool(_type_context("heard_after").match(doc.text, end, s.end) or
                _type_context("heard_before").search(doc.text, max(s.start, start - 40), start))


def _wire_fighting(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """Wire reports (MUC-4) code as an attack, not a bombing, rockets, mortars and shelling
    ('launched a mortar attack on the barracks'; not a rocket told as the device that hit a
    target: 'a rocket was launched at the embassy') and explosions only heard ('explosions could
    be heard across the city', 'residents heard about 20 explosions'): the sound of fighting."""
    s = doc.sentence_at(typed.start)
    if s is None:
        return
    if _type_context("projectile").search(doc.text, typed.start, typed.end) and \
            not _type_context("launched_device").match(doc.text, typed.start, typed.end):
        reason = "rockets or mortars (wire report: an attack)"
    elif _type_context("area_bombing").search(doc.text, s.start, s.end):
        reason = "bombing of places or by the armed forces (wire report: an attack)"
    elif _type_context("gunfire").search(doc.text, s.start, s.end):
        reason = "explosives and gunfire (wire report: an attack)"
    elif _heard(doc, s, typed.start, typed.end):
        reason = "explosions heard (wire report: an attack)"
    else:
        return
    result.attack_type = "armed_assault"
    result.reasons["attack_type"] = reason


def _wire_ambush(doc: Document, result: FoundIncident, typed: Cue,
                 sentence_ids: list[int]) -> None:
    """Wire reports (MUC-4): 'rebels ambushed an army patrol.  Several mines went off when
    the soldiers passed': explosives set off in an ambush the bombing's sentence or the
    incident's sentence before it tells are the coders' ATTACK."""
    s = doc.sentence_at(typed.start)
    if s is None:
        return
    ids = [s.index] + ([s.index - 1] if s.index - 1 in sentence_ids else [])
    if any(doc.search(_type_context("ambush"), doc.sentences[i].start, doc.sentences[i].end)
           for i in ids):
        result.attack_type = "armed_assault"
        result.reasons["attack_type"] = "explosives in an ambush (wire report: an attack)"


def _wire_incendiary_with_firearms(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """Wire reports (MUC-4): 'a group attacked the estate using molotov cocktails, stones
    and firearms': incendiaries used with firearms, told in one sentence, are an ATTACK, not
    an arson (not the defenders' arms: 'guards responded with rifles')."""
    s = doc.sentence_at(typed.start)
    if s is not None and any(not _type_context("defender_before").search(
            doc.text, max(s.start, m.start() - 40), m.start()) and
            not _type_context("defender_means_before").search(
                doc.text, max(s.start, m.start() - 60), m.start())
            for m in _type_context("firearms_with").finditer(doc.text, s.start, s.end)):
        result.attack_type = "armed_assault"
        result.reasons["attack_type"] = "incendiaries with firearms (wire report: an attack)"


def _with_gunfire(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """News and coders' summaries: 'assailants threw a grenade and opened fire on a patrol',
    'fired rockets and firearms at houses': explosives used in a gun attack make an armed
    assault (GTD's coding), where the sentence of the explosives tells the gunfire too (not
    the defenders': 'police opened fire on the bomber, who detonated his vest')."""
    s = doc.sentence_at(typed.start)
    if s is not None and not _projectiles_only(doc, s) and any(
            not _type_context("defender_news_before").search(doc.text, max(s.start, m.start() - 40),
                                                             m.start())
            for m in _type_context("gunfire_news").finditer(doc.text, s.start, s.end)):
        result.attack_type = "armed_assault"
        result.reasons["attack_type"] = "explosives with gunfire"


def _wire_fire_from_blast(doc: Document, result: FoundIncident, first: int,
                          cues: list[list[Cue]]) -> None:
    """'The attack set the building on fire' after 'two bombs were hurled at the dealership':
    a fire an explosion caused is the bombing's, not an arson (wire reports; the sentence
    itself or the one before names the explosives)."""
    s = doc.sentences[first]
    if not _type_context("fire_result").search(doc.text, s.start, s.end):
        return
    for i in (first, first - 1):
        if i < 0:
            continue
        blast = next((c for c in cues[i] if c.entry.type == "bombing" and
                      c.entry.role != "weapon"), None)
        if blast is not None:
            result.attack_type = "bombing"
            result.evidence["attack_type"] = doc.span(blast.start, blast.end)
            result.reasons["attack_type"] = "fire caused by explosives"
            return


@lru_cache(maxsize=None)
def _type_context(name: str) -> re.Pattern:
    """One named expression of ``data/attack_type_context.tsv`` (its lines OR-ed)."""
    lines = _named_patterns("attack_type_context.tsv").get(name, ())
    return re.compile("(?:" + "|".join(lines) + ")", re.IGNORECASE)


def _maybe_assassination(doc: Document, result: FoundIncident, index: int) -> None:
    """'shot dead a judge', 'gunned down the mayor': a killing aimed at an office holder."""
    s = doc.sentences[index]
    text = doc.text[s.start:s.end]
    kill = _context("killing").search(text)
    holder = next((h for h in _context("office_holder").finditer(text)
                   if not _source(text, h) and
                   (doc.all_caps or not _mere_office(text, h.start(), h.end()))), None) \
        if kill else None
    if holder and holder.start() > kill.end() and \
            _type_context("target_other").search(text, kill.end(), holder.start()):
        return  # 'killed the bodyguard of a provincial governor'
    if kill and holder:
        result.attack_type = "assassination"
        result.evidence["attack_type"] = doc.span(s.start + kill.start(), s.start + kill.end())
        result.reasons["attack_type"] = "killing of an office holder"


def _mere_office(text: str, start: int, end: int) -> bool:
    """News and coders' summaries: a title that is not an office holder GTD codes as the
    target of an assassination: a plain 'official' ('a Health Ministry official', 'a local
    official'), or the holder's building ('the governor's house', 'the district governor
    office')."""
    return bool(_type_context("plain_official").fullmatch(text, start, end) or
                _type_context("building_after").match(text, end))


def _captive_killed(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: 'Assailants beheaded a civilian', 'executed a man accused of
    spying', 'publicly flogged three people': the punishment or execution of captives, which
    GTD codes as a hostage taking (kidnapping), not an armed assault (an office holder so
    killed is an assassination, decided before)."""
    for i in sentence_ids:
        s = doc.sentences[i]
        m = _type_context("captive_killing").search(doc.text, s.start, s.end)
        if m:
            result.attack_type = "kidnapping"
            result.evidence["attack_type"] = doc.span(m.start(), m.end())
            result.reasons["attack_type"] = "captives executed or punished"
            return


def _fired_projectiles(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """News and coders' summaries: 'fired at least five rockets at', 'fired armed drones at
    oil facilities', 'opened fire with artillery on': what was fired is explosives, a
    bombing (GTD's coding), unless gunfire is told with it ('fired rockets and firearms')."""
    s = doc.sentence_at(typed.start)
    if s is not None:
        _bombing_if_fired(doc, result, s, "projectiles fired")


def _projectiles_in_lead(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: an attack told only as 'killed' or 'attacked' whose lead sentence
    tells what was fired ('fired an anti-aircraft rocket at a helicopter.  Nine soldiers
    were killed', 'attempted to shell the posts'): explosives fired, a bombing (GTD's
    coding), unless the lead tells gunfire besides."""
    if sentence_ids:
        _bombing_if_fired(doc, result, doc.sentences[sentence_ids[0]], "projectiles fired (lead)")


def _bombing_if_fired(doc: Document, result: FoundIncident, s: Sentence, reason: str) -> None:
    """A bombing, with ``reason``, when sentence ``s`` tells explosives fired and no gunfire."""
    m = doc.search(_type_context("fired_projectile"), s.start, s.end)
    if m is None or not _projectiles_only(doc, s):
        return
    result.attack_type = "bombing"
    result.evidence["attack_type"] = doc.span(m.start(), m.end())
    result.reasons["attack_type"] = reason


def _projectiles_only(doc: Document, s: Sentence) -> bool:
    """The sentence fires explosives ('opened fire with armed drones', 'fired rockets at')
    and tells no gunfire besides ('fired rockets and firearms', 'then opened fire on')."""
    return bool(doc.search(_type_context("fired_projectile"), s.start, s.end) and
                not doc.search(_type_context("projectile_gunfire"), s.start, s.end))


def _hostages_taken_away(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """News and coders' summaries: hostages 'taken' ('eight villagers were taken hostage',
    'took several farmers hostage') are a kidnapping; hostages 'held' where they were seized
    ('held the staff hostage inside the bank'), or taken in a siege ('stormed the hotel and
    took 30 guests hostage, demanding ...'), a hostage taking (GTD's barricade incident)."""
    s = doc.sentence_at(typed.start)
    if s is not None and _type_context("hostages_taken").match(doc.text, typed.start, typed.end) \
            and not _type_context("siege").search(doc.text, s.start, s.end):
        result.attack_type = "kidnapping"
        result.reasons["attack_type"] = "hostages taken away"


def _incendiary_at_people(doc: Document, result: FoundIncident, typed: Cue) -> None:
    """News and coders' summaries: petrol bombs or incendiary devices thrown at people
    ('threw petrol bombs at police officers', 'at security forces'): an armed assault, not an
    arson (GTD's coding)."""
    if _type_context("people_after").match(doc.text, typed.end):
        result.attack_type = "armed_assault"
        result.reasons["attack_type"] = "incendiaries thrown at people"


def _unarmed_beating(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: 'Assailants attacked Jan Novak, a journalist ... Novak was injured
    in the assault', told with no weapon at all: a person beaten, GTD's unarmed assault."""
    if not sentence_ids:
        return
    first = doc.sentences[sentence_ids[0]]
    verb = _type_context("person_attacked").search(doc.text, first.start, first.end)
    if verb is None:
        return
    start, end = first.start, doc.sentences[sentence_ids[-1]].end
    if _type_context("armed_means").search(doc.text, start, end):
        return
    words, _ = _name_words(doc.text[verb.end():first.end])
    if len(words) < 2:
        return
    surname = re.escape(words[-1])
    hurt = re.compile(rf"\b{surname}\b(?:,[^,.]{{1,80}},)?\s+was\s+(?:injured|hurt|beaten|wounded)",
                      re.IGNORECASE)
    m = hurt.search(doc.text, first.end, end)
    if m:
        result.attack_type = "unarmed_assault"
        result.evidence["attack_type"] = doc.span(m.start(), m.end())
        result.reasons["attack_type"] = "a named person beaten, no weapon told"


def _named_office_holder(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: 'Assailants attacked Jan Novak in Talqan.  Novak, a former militia
    commander, was killed': an attack on a person named in the lead and given an office by
    a later apposition is aimed at an office holder, an assassination (GTD's coding)."""
    if len(sentence_ids) < 2:
        return
    lead = doc.sentences[sentence_ids[0]]
    verb = _type_context("person_attacked").search(doc.text, lead.start, lead.end)
    if verb is None:
        return
    words, _ = _name_words(doc.text[verb.end():lead.end])
    if len(words) < 2:
        return
    start, end = lead.end, doc.sentences[sentence_ids[-1]].end
    apposition = re.compile(rf"\b{re.escape(words[-1])},\s+(?:an?|the)\s+[^,.]{{0,80}}?,",
                            re.IGNORECASE)
    m = apposition.search(doc.text, start, end)
    if m is None:
        return
    title = next((t for t in _type_context("target_title").finditer(doc.text, m.start(), m.end())
                  if not _mere_office(doc.text, t.start(), t.end())), None)
    if title and not _type_context("target_other").search(doc.text, m.start(), title.start()):
        result.attack_type = "assassination"
        result.evidence["attack_type"] = doc.span(m.start(), m.end())
        result.reasons["attack_type"] = "attack aimed at a named office holder"


def _bound_or_seized(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: an attack or arson in which people were bound where they were seized
    ('tied up two security guards and set fire to the school') is a hostage taking; one that
    seized a vehicle ('seized a wheat truck') a hijacking (GTD's codings)."""
    for name, kind in (("bound_captives", "hostage_taking"), ("vehicle_seized", "hijacking")):
        for i in sentence_ids:
            s = doc.sentences[i]
            m = _type_context(name).search(doc.text, s.start, s.end)
            if m is not None:
                result.attack_type = kind
                result.evidence["attack_type"] = doc.span(m.start(), m.end())
                result.reasons["attack_type"] = "captives bound" if kind == "hostage_taking" \
                    else "vehicle seized"
                return


def _relative_of_holder(text: str, title: re.Match) -> bool:
    """The title names whose relative or guard was attacked ('a former commander's son')."""
    return bool(_relative_after().match(text, title.end()))


@lru_cache(maxsize=None)
def _relative_after() -> re.Pattern:
    """A possessive right after a title, then a relative or guard ('s son', 's elder brother')."""
    return re.compile(_type_context("possessive_after").pattern +
                      _type_context("target_other").pattern, re.IGNORECASE)


def _captives_taken(doc: Document, result: FoundIncident, sentence_ids: list[int]) -> None:
    """Coders' summaries: an attack told only as 'attacked' or 'killed' in which people were
    captured ('13 soldiers were captured', 'hundreds of travelers were detained', '30 others
    surrendered to the assailants'): GTD codes the taking of captives, a kidnapping; not a
    suspect detained by the police ('a suspect was detained in connection with the attack')."""
    for i in sentence_ids:
        s = doc.sentences[i]
        for m in _type_context("captives_taken").finditer(doc.text, s.start, s.end):
            if _type_context("captor_before").search(doc.text, max(s.start, m.start() - 60),
                                                     m.start()):
                continue
            result.attack_type = "kidnapping"
            result.evidence["attack_type"] = doc.span(m.start(), m.end())
            result.reasons["attack_type"] = "captives taken"
            return


def _news_shooting(doc: Document, result: FoundIncident, first: int, sentence_ids: list[int],
                   cues: list[list[Cue]]) -> None:
    """News stories: people shot in the act ('found dead inside a car that had been set on
    fire ... a bullet lodged in the body', '3 women killed, man shot, woman kidnapped'): a
    shooting with an arson or an abduction besides is an armed assault (a fire an arson
    alone).  For a fire, any shooting the story tells; for an abduction, one in the same
    sentence."""
    ids = [first] if result.attack_type != "facility_attack" else sentence_ids
    for i in ids:
        s = doc.sentences[i]
        shot = next((c for c in cues[i] if c.entry.weapon == "firearms" and
                     c.entry.role in ("event", "mention") and not _not_the_act(doc, c) and
                     not _heard(doc, s, c.start, c.end)), None)
        if shot is not None:
            result.attack_type = "armed_assault"
            result.evidence["attack_type"] = doc.span(shot.start, shot.end)
            result.reasons["attack_type"] = "people shot (news)"
            return
