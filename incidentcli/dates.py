"""The incident's own date, as ISO (issue 6).

Our own patterns find date phrases and a small parser normalises them; dateparser (imported
lazily) only sees a phrase that parser rejects, anchored on the document's reference date,
never today's clock.

How a date is chosen for one incident:

1. A coder's summary that opens with ``02/28/2016:`` (GTD) is dated by that prefix.
2. Otherwise date phrases are collected in the incident's scope sentences, the anchor's
   sentence first, then the nearest (following before preceding): ``3 JAN 90``,
   ``January 12, 2014``, ``Jan. 12``, ``02/28/2016``, ``on Monday``, ``early Saturday``,
   ``yesterday``, ``last night``, ``this morning``, ``today``, ``a few hours ago``, ``on
   Thanksgiving Day`` (news stories; data/date_holidays.tsv), ``ON 12 AND 13 FEBRUARY``
   (the first day for the attack told nearest it); in wire
   reports also a bare time of day (``AT 0730``: the reference day), and only follow-up
   sentences that talk about the attack (wire reports date every statement "today").
   Skipped: phrases that date a statement ("police said Thursday", "TODAY SAID", "Posted:"),
   names and conversions ("9 October Avenue", "[0230 GMT ON 12 JANUARY]"), dates after the
   reference date or coming soon after it, and the dateline.
   A weekday or relative phrase found in a sentence about a later step of the case
   ('charged with murder Tuesday') gives way to a date with month and day that the story
   gives an attack days to a few years before it ('the Sept. 27 shooting').
3. Relative phrases resolve against ``doc.reference_date`` (else the dateline's date), or
   against the page's own earlier publication stamp ('(Published Friday, Sept. 2, 2016)')
   when the reference date is later (a page fetched later); without one they are dropped.
   A yearless date takes the reference date's year (the year before when that would put it
   months ahead).
4. Nothing found in a wire report: the date the story last gave an attack (the nearest
   preceding sentence about an attack that has one, else the nearest following one): a
   wire report tells the day's attacks one after another ('ANOTHER BOMB EXPLODED ...');
   else a time of day a following sentence gives the attacks ('ALL THE BLASTS OCCURRED AT
   1130': the reference day).
5. Nothing found in a story that names no day before its publication day: its main (primary)
   incident takes the reference date, with the attack cue as evidence (in a wire report
   only when the lead sentence tells it, or any attack of a report that speaks of its own
   day, 'TODAY', 'A FEW HOURS AGO'; in a news story not when it names a vague earlier
   time, 'last weekend', 'in August', or its headline a later step, 'Man Arrested in ...').
6. Otherwise ``None``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from pathlib import Path

from .document import Document, Scope, Span
from .document import cased_twin
from .document import lowered as document_lowered
from .regex_words import parsed, required_words


@dataclass
class DateResult:
    """The incident's date (ISO), its evidence span and the reason it was chosen."""

    date: str | None = None
    evidence: dict[str, Span] = field(default_factory=dict)  # key: "date"
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DateMention:
    """A date phrase (or stand-in span) and the day it names."""

    start: int
    end: int
    value: date
    kind: str  # "absolute" | "relative" | "clock" (a time of day on the reference day) |
    #            "publication" (no phrase: the reference date; the span is the attack cue)


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|overnight))?"

# One alternation; each branch is a named group so the parser knows the form it matched.
_DATE_RE = re.compile(
    rf"""
    (?P<mdy>\b(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})\b(?:,?\s+(?P<mdy_y>(?:19|20)\d\d)\b)?)
  | (?P<dmy>\b(?P<dmy_d>{_DAY})(?:\s+of)?\s+(?P<dmy_m>{_MONTH})(?![a-z])(?:,?\s+(?P<dmy_y>(?:19|20)\d\d|(?<=\b[a-z]{3}\s)\d\d|(?<=\b[a-z]{3}\.\s)\d\d)\b)?)
  | (?P<num>\b(?P<num_m>0?[1-9]|1[0-2])/(?P<num_d>0?[1-9]|[12][0-9]|3[01])/(?P<num_y>(?:19|20)\d\d|\d\d)\b)
  | (?P<wd>\b(?:(?:early|late|last|on|this\s+past)\s+)?(?P<wd_name>{_WEEKDAY}){_PART}\b
            (?!,?\s+(?:{_MONTH}|{_DAY}(?:\s+of)?\s+{_MONTH}(?![a-z]))))
  | (?P<rel>\b(?:the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|
            last\s+night|late\s+last\s+night|early\s+(?:this|today)\s+(?:morning)|
            this\s+(?:morning|afternoon|evening)|earlier\s+today|tonight|today|
            (?:a\s+few|several)\s+(?:minutes|hours)\s+ago|in\s+the\s+(?:past|last)\s+few\s+hours)\b)
  | (?P<clock>\bat\s+(?:approximately\s+|about\s+|around\s+)?(?:[01][0-9]|2[0-3])[0-5][0-9]\b
            (?!\s*(?:gmt|hours?\s+gmt)))
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MONTH_AT_END = re.compile(rf"\b{_MONTH}$", re.IGNORECASE)
# 'MM/DD/YYYY: ' at the very start of a coder's summary (GTD); a stray digit is tolerated.
_SUMMARY_PREFIX = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\d?:")
# 'SAN SALVADOR, 3 JAN 90 --' or 'KADUNA, Nigeria, June 17, 2023 —' opening a line near the
# top, when no dateline was read for us.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][^\n]{0,80}?,\s+(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<y1>\d{2,4})|"
    r"(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))\b[^\n]{0,60}?(?:--|\u2014|\u2013)",
    re.MULTILINE)
_DATELINE_WINDOW = 800
# Words right before a phrase that make it date a statement, not the event:
# 'police said Thursday', 'Posted: Saturday', 'according to military sources today'.
_STATEMENT_WORDS = frozenset(
    "said says say told reported announced stated added confirmed declared noted explained "
    "disclosed revealed denied posted updated published released identified arraigned charged "
    "arrested appeared died sentenced scheduled held planned condemned arrived headlines homily "
    "sources urged promised buried found modified date update since".split())
_WIRE_EVENT_WORDS = frozenset({"died", "found"})
_STATEMENT_AFTER = re.compile(
    r"^(?:,?\s*that\b|\s+(?:\w+\s+)?(?:said|says|told|called|charged|urged|promised|read|denied|"
    r"announced|reported|stated|asked|condemned|demanded|indicated|confirmed|declared|added|"
    r"noted|explained|expressed|issued|released|rejected|accused|blamed)\b)", re.IGNORECASE)
# A date that names a street or a group ('9 October Avenue', the '9 May' forces) or gives the
# GMT equivalent of a local time ('[0230 GMT ON 12 JANUARY]'), and the paper 'USA TODAY'.
_NOT_A_DAY_AFTER = re.compile(
    r"[\"'”’]?\s*(?:avenues?|streets?|st\b|squares?|plaza|boulevard|bridge|highway|movement|"
    r"people's|front|forces|command|brigade)|,?\s+(?:file\s+)?photo\b", re.IGNORECASE)
_NOT_A_DAY_BEFORE = re.compile(r"(?:[\"“]|gmt,?\s+(?:on\s+)?|\busa\s+)$", re.IGNORECASE)
# A follow-up sentence that dates the event itself, not what was said or done after it.
_ABOUT_EVENT = re.compile(
    r"\b(?:attack\w*|bomb\w*|blast|explo\w+|shoot\w*|shot|kill\w*|murder\w*|kidnap\w*|"
    r"abduct\w*|assassinat\w*|massacre\w*|fire|incident|took\s+place|occurred|happened|"
    r"wounded|injured|dynamit\w*|charges?|derail\w*|sabot\w*|burn\w*|set\s+off|detonat\w*|"
    r"destroy\w*|ambush\w*|grenades?|machinegun\w*|raid\w*|assault\w*|hostages?|stormed|"
    r"torched|arson|hijack\w*|blew\s+up|blown\s+up)\b", re.IGNORECASE)
_FUTURE_DAYS = 90
_RELATIVE_DAYS = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}


def find_date(doc: Document, scope: Scope) -> DateResult:
    prefix = _summary_prefix(doc)
    if prefix is not None:
        mention, reason = prefix, "summary date prefix"
    else:
        reference = _settings(doc)[0]
        order = _by_closeness(doc, scope)  # (asked by the steps below: sorted once)
        mention = _best_mention(doc, scope, reference, order)
        reason = "date phrase nearest the attack"
        if mention is not None:
            earlier = _explicit_earlier(doc, mention, order)
            if earlier is not None:
                mention, reason = earlier, "the attack's own date, not a later step's day"
            elif mention.kind == "clock":
                mention = _local_day_of_gmt(doc.text, mention, reference)
            elif _names_the_next_day(doc.text, mention, reference):
                mention = DateMention(mention.start, mention.end, reference, mention.kind)
                reason = "a weekday after the reference date: the reference date"
        if mention is None:
            mention = _death_day(doc, reference, order)
            reason = "the day the victims died or were found"
        if mention is None:
            mention = _story_date(doc, scope)
            reason = "the story's nearest attack date"
        if mention is None:
            mention = _lead_date(doc, scope)
            reason = "the wire report's lead sentence date"
        if mention is None:
            mention = _publication_day(doc, scope)
            reason = "the story names no earlier day: the reference date"
    if mention is None:
        return DateResult()
    span = doc.span(mention.start, mention.end)
    return DateResult(mention.value.isoformat(), {"date": span},
                      {"date": f"{reason} ({mention.kind})"})


# 'AT 2335 [0335 GMT ON 12 JANUARY]': a local time of day and its GMT equivalent with the day
_GMT_AFTER = re.compile(
    rf"\s*(?:hours\s*)?\[\s*(?P<gmt>[01][0-9]|2[0-3])[0-5][0-9]\s+gmt,?\s+on\s+"
    rf"(?P<d>{_DAY})\s+(?P<m>{_MONTH})(?![a-z])", re.IGNORECASE)


def _local_day_of_gmt(text: str, mention: DateMention, reference: date | None) -> DateMention:
    """A wire report's time of day told with its GMT equivalent on a named day: the local
    day is that day, or the day before when the local hour is later than the GMT one (west
    of Greenwich, 'AT 2335 [0335 GMT ON 12 JANUARY]' is the night of 11 January)."""
    m = _GMT_AFTER.match(text, mention.end)
    local = re.search(r"([01][0-9]|2[0-3])[0-5][0-9]\s*$", text[mention.start:mention.end])
    if m is None or local is None or reference is None:
        return mention
    try:
        day = _absolute(None, m.group("m"), m.group("d"), reference + timedelta(days=1))
    except (ValueError, KeyError):
        return mention
    if day is None:
        return mention
    if int(local.group(1)) > int(m.group("gmt")):
        day -= timedelta(days=1)
    if day > reference:
        return mention
    return DateMention(mention.start, mention.end, day, mention.kind)


# A bare weekday ('Thursday', 'early Thursday morning'; not 'last Thursday')
_BARE_WEEKDAY = re.compile(rf"(?:(?:early|late|on)\s+)?{_WEEKDAY}{_PART}", re.IGNORECASE)
_NEXT_DAY_BACK = 6


def _names_the_next_day(text: str, mention: DateMention, reference: date | None) -> bool:
    """Whether a bare weekday names the day after the reference date (read as six days
    back; a week-old day is told 'last Thursday' or with its date): either the page was
    written or updated a day after the date it is given ('Update Saturday' on a page of
    Friday) or the phrase tells a coming day ('turns 6 on Sunday'); either way the attack
    is dated by the reference date, the last day the page vouches for."""
    return reference is not None and mention.kind == "relative" and \
        (reference - mention.value).days == _NEXT_DAY_BACK and \
        _BARE_WEEKDAY.fullmatch(text, mention.start, mention.end) is not None


def _summary_prefix(doc: Document) -> DateMention | None:
    m = _SUMMARY_PREFIX.match(doc.text)
    if not m:
        return None
    try:
        value = date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None
    start = m.start(1)
    return DateMention(start, m.end(3), value, "absolute")


def _dateline_date(doc: Document) -> date | None:
    if doc.dateline is not None:
        return doc.dateline.date
    m = _dateline_match(doc.text)
    if not m:
        return None
    month = _MONTHS.get((m.group("m1") or m.group("m2")).lower())
    if not month:
        return None
    try:
        return date(_full_year(int(m.group("y1") or m.group("y2")), None), month,
                    int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def _reference(doc: Document) -> date | None:
    """What relative phrases resolve against: the reference date (else the dateline's), or
    the page's own publication stamp ('Posted: Saturday, April 5, 2014', '(Published Friday,
    Sept. 2, 2016)') when that is earlier, within a year: a page fetched or filed later still
    says 'Thursday' of the week it was written."""
    reference = doc.reference_date or _dateline_date(doc)
    if reference is None:
        return None
    stamp = _stamp_date(doc.text)
    if stamp is not None and reference - timedelta(days=_STAMP_DAYS) <= stamp < reference:
        return stamp
    return reference


_STAMP = re.compile(
    rf"\b(?:posted|published|updated)\b:?\s*(?:on\s+)?(?:{_WEEKDAY},?\s+)?"
    rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
_STAMP_DAYS = 366
# (the stamp words less the opening \b, which _word_start_matches tests: the regex engine
# then skips straight to a 'p' or 'u' instead of trying every offset)
_STAMP_WORDS = ("posted", "published", "updated")
_STAMP_WORD = re.compile(rf"(?:{'|'.join(_STAMP_WORDS)})\b")
_STAMP_TRIES = 20


def _word_start_matches(unanchored: re.Pattern, text: str, pos: int, end: int):
    """The matches of ``\\b`` + ``unanchored`` in ``text[pos:end]``, as ``finditer`` finds them:
    a match is kept where the regex engine's ``\\b`` holds at its start (a word character on
    one side only), else the search goes on one character further.  (Matches are non-empty.)"""
    search = unanchored.search
    while (m := search(text, pos, end)) is not None:
        s = m.start()
        c = text[s]
        if (c.isalnum() or c == "_") == (s > 0 and ((b := text[s - 1]).isalnum() or b == "_")):
            pos = s + 1
            continue
        yield m
        pos = m.end()


@lru_cache(maxsize=4)
def _stamp_date(text: str) -> date | None:
    """The date of the first publication stamp in the text."""
    lowered = _lowered(text)
    if lowered is None:
        m = _STAMP.search(text)
    else:  # tried only where a stamp word is (most texts have none: three quick finds)
        m = None
        first = min((at for at in map(lowered.find, _STAMP_WORDS) if at >= 0), default=None)
        tries = () if first is None else \
            _word_start_matches(_STAMP_WORD, lowered, first, len(lowered))
        for at in islice(tries, _STAMP_TRIES):
            m = _STAMP.match(text, at.start())
            if m:
                break
    if not m:
        return None
    try:
        return _absolute(m.group("y"), m.group("m"), m.group("d"), None)
    except (ValueError, KeyError):
        return None


def _dateline_span(doc: Document) -> tuple[int, int] | None:
    if doc.dateline is not None:
        return (doc.dateline.place.start if doc.dateline.place else 0, doc.dateline.end)
    m = _dateline_match(doc.text)
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=4)
def _dateline_match(text: str) -> re.Match | None:
    """``_DATELINE.search(text, 0, _DATELINE_WINDOW)``, tried only at the line starts, where
    its ``^`` can hold (the search tries every offset: 3x the cost)."""
    at = 0
    while True:
        m = _DATELINE.match(text, at, _DATELINE_WINDOW)
        if m is not None:
            return m
        at = text.find("\n", at, _DATELINE_WINDOW) + 1
        if at <= 0:
            return None


def sentence_dates(doc: Document, index: int) -> list[DateMention]:
    """Event date phrases of one sentence (the dateline excluded).  Remembered per document
    (incident grouping and each incident's date ask for the same sentences)."""
    memo = _settings_memo(doc)
    found = memo.get(index)
    if found is None:
        found = memo[index] = _sentence_dates(doc, index, *memo["settings"])
    return found


def _settings(doc: Document) -> tuple:
    """(reference date, dateline span, wire report?) of a document, remembered."""
    return _settings_memo(doc)["settings"]


def _settings_memo(doc: Document) -> dict:
    memo = doc.memo("dates")
    context = (doc.text, doc.reference_date, doc.dateline)
    if memo.get("context") != context:  # the first call, or the document was changed
        memo.clear()
        memo["context"] = context
        memo["settings"] = (_reference(doc), _dateline_span(doc), doc.all_caps)
    return memo


def _sentence_dates(doc: Document, index: int, reference: date | None,
                    dateline: tuple[int, int] | None, wire: bool) -> list[DateMention]:
    sentence = doc.sentences[index]
    end = sentence.end
    # 'on Feb.' | '27, ...' split (a month name is at most 10 characters)
    if _MONTH_AT_END.search(doc.text, max(sentence.start, end - 12), end):
        end = min(len(doc.text), end + 12)
    keys_from = _first_key(doc.text, sentence.start, end, sentence.end,
                           not wire and reference is not None)
    if keys_from is None:
        return []
    found = find_date_mentions(doc.text, sentence.start, end, reference, clock=wire,
                               keys_from=keys_from)
    if not wire and reference is not None:
        found += _holiday_mentions(doc.text, sentence.start, sentence.end, reference)
    return [m for m in found
            if m.start < sentence.end and not (dateline and dateline[0] <= m.start < dateline[1])]


def _first_key(text: str, start: int, end: int, sentence_end: int,
               holidays: bool) -> int | None:
    """None when ``text[start:end]`` holds no key of a date phrase (see _date_phrases) and,
    when ``holidays``, ``text[start:sentence_end]`` no key of a holiday name (see
    _holiday_keys): most sentences, which then cost two scans and nothing more.  Else where
    _date_phrases may start its scan for keys: the first key ('end': none, a holiday's name
    only; 'start' when the text has no faithful lower-cased copy)."""
    lowered = _lowered(text)
    if lowered is None:
        return start
    key = _KEYS.search(lowered, start, end)
    if key is not None:
        return key.start()
    if not holidays:
        return None
    keys = _holiday_keys()
    return None if keys is not None and keys.search(lowered, start, sentence_end) is None \
        else end


def _holiday_mentions(text: str, start: int, end: int, reference: date) -> list[DateMention]:
    """'on Thanksgiving Day', 'during the Fourth of July': the holiday's latest date on or
    before the reference date (none when it is coming within weeks: 'plans for Christmas')."""
    names, rules = _holidays()
    keys = _holiday_keys()
    low = _lowered(text)
    if keys is not None and low is not None and keys.search(low, start, end) is None:
        return []  # no holiday's name in the sentence
    out = []
    twin = _holiday_names_low()
    strict = document_lowered(text) if twin is not None else None
    found = names.finditer(text, start, end) if strict is None else \
        twin.finditer(strict, start, end)  # (same matches, same offsets; only offsets are read)
    for m in found:
        which = next(i for i, g in enumerate(m.groups()) if g is not None)
        rule = rules[which]
        value = rule(reference.year)
        if value > reference + timedelta(days=1):
            if value <= reference + timedelta(days=_FUTURE_DAYS):
                continue
            value = rule(reference.year - 1)
        out.append(DateMention(m.start(which + 1), m.end(), value, "relative"))
    return out


@lru_cache(maxsize=1)
def _holidays() -> tuple[re.Pattern, list]:
    """The holiday file as one expression (a group per holiday) and each one's date rule."""
    text = (Path(__file__).parent / "data" / "date_holidays.tsv").read_text("utf-8")
    phrases, rules = [], []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, rule = line.split("\t")
            phrases.append(f"({phrase})")
            rules.append(_holiday_rule(rule.split()))
    names = re.compile(rf"\b(?:on|during|over)\s+(?:the\s+)?(?:{'|'.join(phrases)})\b",
                       re.IGNORECASE)
    return names, rules


@lru_cache(maxsize=1)
def _holiday_names_low() -> re.Pattern | None:
    """The holiday expression's case-sensitive twin, to run over the document's lower-cased
    copy (see document.cased_twin; None when it may not find the same)."""
    return cased_twin(_holidays()[0])


@lru_cache(maxsize=1)
def _holiday_keys() -> re.Pattern | None:
    """Words one of which every holiday phrase's match holds (in lower case): of each name's
    expression the words one of which each of its matches holds (``regex_words``:
    'christmas', 'thanksgiving', 'day'), to be searched in the lower-cased text before the
    case-blind expression; None when a name has none."""
    text = (Path(__file__).parent / "data" / "date_holidays.tsv").read_text("utf-8")
    keys = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            words = required_words(parsed(line.split("\t")[0]).data)
            if not words:
                return None
            keys.update(word.lower() for word in words)
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k))))


def _holiday_rule(parts: list[str]):
    kind = parts[0]
    if kind == "fixed":
        month, day = (int(x) for x in parts[1].split("-"))
        return lambda year: date(year, month, day)
    month, weekday = int(parts[1]), int(parts[2])
    if kind == "nth":
        n = int(parts[3])
        return lambda year: _nth_weekday(year, month, weekday, n)
    return lambda year: _nth_weekday(year + (month == 12), month % 12 + 1, weekday, 1) - \
        timedelta(days=7)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _best_mention(doc: Document, scope: Scope, reference: date | None,
                  order: list[int]) -> DateMention | None:
    """The anchor sentence's phrase nearest the anchor; else the nearest scope sentence's
    (in wire reports, which date every statement 'today', only a sentence that talks about
    the attack: 'the blast occurred at 2350 on 16 January')."""
    anchor = scope.anchor.start if scope.anchor else None
    at = doc.sentence_at(anchor) if anchor is not None else None
    for index in order:
        if doc.all_caps and at is not None and index != at.index and \
                not _about_event(doc, index):
            continue
        found = sentence_dates(doc, index)
        if found:
            if anchor is None:
                return min(found, key=lambda m: (m.kind == "clock", m.start))
            return min(found, key=lambda m: (m.kind == "clock", abs(m.start - anchor), m.start))
    return None


def _about_event(doc: Document, index: int) -> bool:
    """Whether a sentence talks about the attack (_ABOUT_EVENT), remembered per document
    (each incident asks again)."""
    memo = _settings_memo(doc)
    key = ("about", index)
    about = memo.get(key)
    if about is None:
        sentence = doc.sentences[index]
        about = memo[key] = doc.search(_ABOUT_EVENT, sentence.start, sentence.end) is not None
    return about


def _explicit_earlier(doc: Document, best: DateMention, order: list[int]) -> DateMention | None:
    """A weekday or relative phrase in a sentence about a later step of the case ('police
    arrested a man Tuesday', 'appeared in court Monday') gives way to a date with its
    month and day that the story gives an attack, days to years before ('the Sept. 27
    shooting'), in the incident's nearest sentence that has one.  Not a date whose weekday
    disagrees ('Wednesday, January 18th, 2016': a typo), nor one older than a few years (an
    earlier arrest, a birth)."""
    if _explicit(doc.text, best):
        return None
    here = doc.sentence_at(best.start)
    if here is None or not _has_cue("followup", doc.text, here.start, here.end):
        return None
    latest = best.value - timedelta(days=_LATER_STEP_DAYS)
    earliest = best.value - timedelta(days=_HISTORY_DAYS)
    for index in order:
        sentence = doc.sentences[index]
        if not _has_numbered_date(doc.text, sentence.start, sentence.end) or \
                not _about_event(doc, index):
            continue  # no 'Sept. 27' nor '27 SEPTEMBER' nor '09/27' in it: not worth parsing
        for m in sentence_dates(doc, index):
            if earliest <= m.value < latest and _explicit(doc.text, m) and \
                    _weekday_agrees(doc.text, m):
                return m
    return None


# (two expressions, each opening with what the regex engine can skip to: a digit, a month's
# first letter; one alternation of the three forms is tried at every offset, 1.7x slower)
_NUMBERED_DAY = re.compile(rf"\d(?:(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|/\d)")
_NUMBERED_MONTH = re.compile(rf"{_MONTH}\s+\d")


def _has_numbered_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a month with a day number (in the lower-cased text)."""
    if _DIGIT.search(text, start, end) is None:
        return False
    lowered = _lowered(text)
    if lowered is None:
        return True
    return _NUMBERED_DAY.search(lowered, start, end) is not None or \
        _NUMBERED_MONTH.search(lowered, start, end) is not None


_DIGIT = re.compile(r"\d")
_LATER_STEP_DAYS = 2
_HISTORY_DAYS = 4 * 365
_WEEKDAY_BEFORE = re.compile(rf"({_WEEKDAY}),?\s*$", re.IGNORECASE)


def _explicit(text: str, m: DateMention) -> bool:
    """A date with its month and day ('Sept. 27', '27 SEPTEMBER', '09/27/2015')."""
    return m.kind != "clock" and _DIGIT.search(text, m.start, m.end) is not None


def _weekday_agrees(text: str, m: DateMention) -> bool:
    wd = _WEEKDAY_BEFORE.search(text, max(0, m.start - 12), m.start)
    return wd is None or _WEEKDAYS[wd.group(1).lower()] == m.value.weekday()


_DEATH_WORDS = frozenset({"died", "found"})
_HOSPITAL = re.compile(r"\bhospital", re.IGNORECASE)
_DEATH_WORD = re.compile(r"\b(?:died|found)\b", re.IGNORECASE)


def _death_day(doc: Document, reference: date | None, order: list[int]) -> DateMention | None:
    """A news story that gives no other day for an attack: the day told right after 'died'
    or 'found' in its nearest scope sentence ('two people died Friday in a murder-suicide',
    'were found dead Sunday' is read as usual): a death is usually the attack's day, though
    such a phrase dates a later outcome when the story gives the attack's own day."""
    if doc.all_caps or reference is None:
        return None
    text = doc.text
    for index in order:
        sentence = doc.sentences[index]
        if _DEATH_WORD.search(text, sentence.start, sentence.end) is None:
            continue  # most sentences: no phrase to read
        if _has_cue("earlier", text, sentence.start, sentence.end) or \
                _HOSPITAL.search(text, sentence.start, sentence.end):
            continue  # 'shot last month, died Tuesday'; 'died Monday at a hospital'
        for m in _date_phrases(text, sentence.start, sentence.end):
            if m.lastgroup == "clock" or m.start() >= sentence.end:
                continue
            tail = text[max(sentence.start, m.start() - 16):m.start()].split()
            if tail and tail[-1].lower() == "on":
                tail.pop()
            if not tail or tail[-1].lower() not in _DEATH_WORDS:
                continue
            value = _value(m, reference)
            if value is not None and value <= reference:
                return DateMention(m.start(), m.end(), value, "relative")
    return None


def _story_date(doc: Document, scope: Scope) -> DateMention | None:
    """An undated attack in a wire report takes the date the story last gave an attack
    (wire reports tell the day's attacks one after another: 'ANOTHER BOMB EXPLODED IN ...'):
    the nearest preceding sentence that dates an attack, else the nearest following one;
    else a time of day one of the next few sentences gives the attacks ('ALL THE BLASTS
    OCCURRED AT 1130': the reference day)."""
    if not doc.all_caps:
        return None
    at = doc.sentence_at(scope.anchor.start) if scope.anchor else None
    first = at.index if at is not None else 0
    order = list(range(first - 1, -1, -1)) + list(range(first, len(doc.sentences)))
    for index in order:
        if not _about_event(doc, index):
            continue
        found = [m for m in sentence_dates(doc, index) if m.kind != "clock"]
        if found:
            return found[0] if index >= first else found[-1]
    for index in range(first, min(first + _CLOCK_AHEAD, len(doc.sentences))):
        # 'ALL THE BLASTS OCCURRED AT 1130': the day's attacks
        if _about_event(doc, index):
            found = sentence_dates(doc, index)
            if found:
                return found[0]
    return None


_CLOCK_AHEAD = 4


def _lead_date(doc: Document, scope: Scope) -> DateMention | None:
    """A wire report's main attack that no sentence about an attack dates takes the day its
    lead sentence (the one after the dateline) gives, whatever it tells in other words
    ('AT 1400 ON 27 MAY, TROOPS ENTERED ...', 'WHO WAS REPORTED MISSING EARLY ON 11
    DECEMBER'): the lead tells the report's news.  Only a date with its day number: a
    lead's 'TODAY' dates what was said (see _publication_day)."""
    if not doc.all_caps or not scope.primary or not doc.sentences:
        return None
    for m in sentence_dates(doc, 0):
        if _explicit(doc.text, m) and not _OF_A_THING.search(doc.text, max(0, m.start - 24),
                                                             m.start):
            return m
    return None


# 'THE TALKS OF 27 FEBRUARY': a date naming a thing (not 'ON THE MORNING OF 3 OCTOBER')
_OF_A_THING = re.compile(r"(?<!morning)(?<!night)(?<!afternoon)(?<!evening)(?<!dawn)\s+of\s+$",
                         re.IGNORECASE)


# A wire report that speaks of the day it was filed ('TODAY', 'A FEW HOURS AGO', 'AT THIS
# MOMENT') reports that day's news.
_TODAY_NEWS = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|(?:minutes|hours)'?\s+ago|"
    r"right\s+now|at\s+this\s+(?:moment|hour)|in\s+(?:the\s+past\s+few|recent)\s+hours)\b",
    re.IGNORECASE)


def _publication_day(doc: Document, scope: Scope) -> DateMention | None:
    """A story that names no day before the one it was published ('4 shot outside a club';
    a 'Posted:' stamp, the dateline or coming talks at most) reports its main attack on that
    day: the reference date, for the primary incident only, with the attack cue as evidence.
    A story that names an earlier day (an arrest on Tuesday, a hearing) gets none; in a wire
    report only an attack told in the lead sentence (the one after the dateline), or any
    attack of a report that speaks of its own day ('TODAY', 'A FEW HOURS AGO'), is dated
    so, as wire reports often recall older attacks further down."""
    if doc.reference_date is None or scope.anchor is None:
        return None
    if not scope.primary and not (doc.all_caps and _today_news(doc)):
        return None
    if doc.all_caps and doc.sentence_at(scope.anchor.start) is not doc.sentences[0] and \
            not _today_news(doc):
        return None
    text = doc.text
    if not doc.all_caps and (_has_cue("earlier", text) or
                             _has_cue("casestep", text, 0, doc.sentences[0].end)):
        return None  # 'last weekend', 'in August'; 'Man arrested in fatal shooting'
    for m in _date_phrases(text, 0, len(text)):
        if m.lastgroup == "clock" or _NOT_A_DAY_AFTER.match(text, m.end()) or \
                _NOT_A_DAY_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # '9 October Avenue'
        value = _value(m, doc.reference_date)
        if value is None or value >= doc.reference_date or \
                _publication_day_unsaid(text, m, value, doc.reference_date):
            continue
        return None  # it names an earlier day: of an arrest, a hearing, the attack itself
    return DateMention(scope.anchor.start, scope.anchor.end, doc.reference_date, "publication")


def _today_news(doc: Document) -> bool:
    """Whether the report speaks of its own day (_TODAY_NEWS), remembered per document."""
    memo = _settings_memo(doc)
    today = memo.get("today")
    if today is None:
        today = memo["today"] = doc.search(_TODAY_NEWS) is not None
    return today


def _publication_day_unsaid(text: str, m: re.Match, value: date, reference: date) -> bool:
    """A phrase that does not name a day before the publication day after all: a page's
    update stamp ('UPDATE SATURDAY 5:45 AM'), or a bare weekday naming the day after the
    reference date (see _names_the_next_day)."""
    mention = DateMention(m.start(), m.end(), value, "relative")
    return _names_the_next_day(text, mention, reference) or \
        _news_stamp(text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 30])


def _by_closeness(doc: Document, scope: Scope) -> list[int]:
    """Scope sentences, the anchor's first, then following ones before preceding ones."""
    if not scope.anchor:
        return list(scope.sentences)
    at = doc.sentence_at(scope.anchor.start)
    if at is None:
        return list(scope.sentences)
    return sorted(scope.sentences, key=lambda i: (abs(i - at.index), i < at.index))


def find_date_mentions(text: str, start: int, end: int, reference: date | None,
                       clock: bool = False, keys_from: int | None = None) -> list[DateMention]:
    """Date phrases in ``text[start:end]`` that date an event on or before ``reference``.
    ``clock``: a wire report's bare time of day ('AT 0730') dates the event on the reference
    day.  ``keys_from``: see _date_phrases."""
    out = []
    for m in _date_phrases(text, start, end, keys_from):
        if m.lastgroup == "clock" and not clock:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 30]
        if _dates_a_statement(before, wire=clock) or _NOT_A_DAY_AFTER.match(after) or \
                _NOT_A_DAY_BEFORE.search(before[-12:]) or \
                (not clock and m.lastgroup != "wd" and _STAMP_AFTER.match(after)) or \
                (not clock and _news_stamp(before, after)):
            continue
        # news stories only: what the words right after, else before, the phrase say it dates
        following = preceding = None
        if not clock:
            following = _cue_after(text, m.end())
            if following is None:
                preceding = _cue_before(text, max(start, m.start() - _FOLLOWUP_WINDOW), m.start())
        rest = _within_sentence(m, after)
        if (_STATEMENT_AFTER.match(rest) and following != "event" and
                not _THAT_RESULT.match(rest) and
                not (preceding == "event" and _THAT_AFTER.match(after))) or \
                _dates_a_followup(preceding, following):
            continue
        value = _value(m, reference)
        if value is None:
            continue
        if reference is not None and value > reference:
            continue
        kind = "absolute" if m.lastgroup in ("mdy", "dmy", "num") and not _yearless(m) \
            else "clock" if m.lastgroup == "clock" else "relative"
        first = _first_of_pair(m, before, value)
        if first is not None:
            out.append(DateMention(m.start() - first[0], m.end(), first[1], kind))
        out.append(DateMention(m.start(), m.end(), value, kind))
    return out


# 'ON 12 AND 13 FEBRUARY': two days of one month, the first told bare before the second
_DAY_BEFORE_PAIR = re.compile(r"\b(0?[1-9]|[12][0-9]|3[01])\s+and\s+$", re.IGNORECASE)


def _first_of_pair(m: re.Match, before: str, value: date) -> tuple[int, date] | None:
    """For a day-first date told as the second of two days ('KIDNAPPED ON 12 AND 13
    FEBRUARY'): how far before the phrase the first day starts, and its date (the phrase
    'ON 12 AND 13 FEBRUARY' then dates the attack told nearest its first day by that day,
    and one anchored on the second day by the second)."""
    if m.lastgroup != "dmy":
        return None
    pair = _DAY_BEFORE_PAIR.search(before[-12:])
    if pair is None:
        return None
    day = int(pair.group(1))
    if day >= value.day:
        return None
    return len(before[-12:]) - pair.start(1), value.replace(day=day)


# '... ON 31 OCTOBER THAT LEFT 10 DEAD': a relative clause telling the attack's toll
_THAT_RESULT = re.compile(
    r",?\s*that\s+(?:left|killed|wounded|injured|destroyed|damaged|claimed|caused)\b",
    re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]?\s*\n\s*\n|[.!?]\s")


def _within_sentence(m: re.Match, after: str) -> str:
    """The words after a date phrase up to the end of its sentence ('... ON 16 NOVEMBER.
    ARIAS ADDED' does not make the date one of a statement)."""
    if m.group(0).endswith(".") and (not after or after[0].isspace()):
        return ""
    cut = _SENTENCE_BREAK.search(after)
    return after[:cut.start()] if cut else after


def _date_phrases(text: str, start: int, end: int, keys_from: int | None = None):
    """The matches of ``_DATE_RE.finditer(text, start, end)``, found fast: every date phrase
    holds a key (a number, 'day', 'night', 'ago', ...) and starts at a word start at most two
    words before its first key ('at approximately 0730', 'this past Monday', 'late last
    night'), four before 'hours' or 'ago' ('in the past few hours', 'a few minutes ago'), so
    the expression is only tried at those word starts (one scan of the range for keys: most
    sentences hold none and cost nothing more).  ``keys_from``: no key is before this offset
    (_first_key found the first one there): the scan for keys starts there."""
    lowered = _lowered(text)
    if lowered is None:  # a text whose lower-casing moves offsets: scan it all
        yield from _DATE_RE.finditer(text, start, end)
        return
    pos = tested = start
    reverse = None
    for key in _KEYS.finditer(lowered, start if keys_from is None else keys_from, end):
        k = key.start()
        if k < pos or k < tested:
            continue
        if reverse is None:
            reverse = _reversed(text)
        window = _BACK_FOUR if key.group() in _FAR_KEYS else _BACK_TWO
        back = window.match(reverse, len(text) - k)
        low = max(k - (back.end() - back.start()), pos, tested)
        for w in _WORD_START.finditer(text, low, k + 1):
            m = _DATE_RE.match(text, w.start(), end)
            if m:
                yield m
                pos = m.end()
                break
        tested = max(tested, k + 1)


# What every date phrase holds (see _date_phrases), in the lower-cased text; 'ı' and 'ſ'
# match 'i' and 's' in _DATE_RE's case-insensitive matching but lower-case to themselves:
# such texts are scanned whole.
# Each branch opens with a plain character (a digit's run is ten branches), so that the
# regex engine skips straight to a key's first character: twice as quick as
# '(?P<near>[0-9]+|day|...)|ago|hours', the same matches.  'ago' and 'hours' may stand
# four words after the phrase's start (_FAR_KEYS), the others two.
_KEYS = re.compile("|".join(f"{d}[0-9]*" for d in "0123456789") +
                   "|day|night|morning|afternoon|evening|ago|hours")
_FAR_KEYS = frozenset({"ago", "hours"})
_BACK_TWO = re.compile(r"\S*(?:\s+\S*){0,2}")  # on the reversed text: up to 2 words back
_BACK_FOUR = re.compile(r"\S*(?:\s+\S*){0,4}")
_WORD_START = re.compile(r"\b\w")


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    shared = document_lowered(text)  # the document's copy, made once for all steps
    if shared is not None:  # (same length, no 'ı' nor 'ſ': the same string as below)
        return shared
    lowered = text.lower()
    if len(lowered) != len(text) or "\u0131" in text or "\u017f" in text:
        return None
    return lowered


@lru_cache(maxsize=4)
def _reversed(text: str) -> str:
    return text[::-1]


# 'Posted: Sunday, July 5, 2015': the weekday of a stamp stands between its label and the date
_TRAILING_WEEKDAY = re.compile(rf"(?<=\S)\s+{_WEEKDAY},?$", re.IGNORECASE)
# '— A. Reporter (@areporter) June 18, 2015': the date of an embedded post
_EMBED_HANDLE = re.compile(r"\(@\w+\)$")
# 'July 6, 2015, 11:11 AM': a publication stamp (an event's time is told 'at 11:11 a.m.')
_STAMP_AFTER = re.compile(r",?\s+\d{1,2}:\d\d(?::\d\d)?\s*(?:AM|PM|[ap]\.m\.)", re.IGNORECASE)


def _dates_a_statement(before: str, wire: bool = False) -> bool:
    """'... police said [on]' or 'Posted:' right before a date phrase.  In a wire report
    'DIED TODAY' dates the death (the attack's outcome), not a later status line."""
    tail = before.rstrip()
    if tail[-1:] in (",", "y", "Y"):
        tail = _TRAILING_WEEKDAY.sub("", tail)
    if tail[-3:].lower() == " on":
        tail = tail[:-3].rstrip()
    if _EMBED_HANDLE.search(tail):
        return True
    tail = tail.rstrip(":-(\u2013\u2014").rstrip().rstrip(":-\u2013\u2014").rstrip()
    if not tail[-1:].isalpha():
        return False
    word = tail[-12:].split()[-1].lower().lstrip("([\"'") if tail[-12:].split() else ""
    return word in _STATEMENT_WORDS and not (wire and word in _WIRE_EVENT_WORDS)


# A page's own stamps around a date phrase: 'Update (8:20 p.m. Sunday)', 'UPDATE SATURDAY
# 5:45 AM', 'Sunday 4:45 p.m. UPDATE:'; a newscast's 'reports for the News at 11 p.m. on
# Thursday, Nov. 24'; a release told after the date ('The family on Monday, Nov. 9,
# released this photo').
_UPDATE_BEFORE = re.compile(
    r"\bupdated?\b:?\s*[(\[]?\s*(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?,?\s*)?$", re.IGNORECASE)
_UPDATE_AFTER = re.compile(
    r"^,?\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*[)\]]?\s*update", re.IGNORECASE)
_NEWSCAST_BEFORE = re.compile(
    rf"\bnews\s+at\s+(?:\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)\s+"
    rf"(?:on\s+)?(?:{_WEEKDAY},?\s+)?$", re.IGNORECASE)
_RELEASED_AFTER = re.compile(
    r"^,\s+(?:\d{4},\s+)?(?:released|issued|announced|identified|named)\b", re.IGNORECASE)


def _news_stamp(before: str, after: str) -> bool:
    """Whether a date phrase in a news story is a stamp of the page, a newscast or a release
    (see _UPDATE_BEFORE ...), not the attack's day."""
    return bool(_UPDATE_BEFORE.search(before) or _UPDATE_AFTER.match(after) or
                _NEWSCAST_BEFORE.search(before) or _RELEASED_AFTER.match(after))


_FOLLOWUP_WINDOW = 60
# 'a shooting Sunday that sent four to the hospital': a relative clause on the attack
_THAT_AFTER = re.compile(r",?\s*that\b", re.IGNORECASE)
_GAP_START = re.compile(r"(?:['’]s)?\s+")
_GAP_WORD = re.compile(r"([\w-]+)\s+")
_FUNCTION_WORDS = frozenset(
    "in of for the a an at on with after before and to by as from has have had is are was were "
    "been be".split())


def _dates_a_followup(preceding: str | None, following: str | None) -> bool:
    """'was arrested in Ohio on Tuesday', 'appeared in court Monday', 'officials on Tuesday
    identified': the deed nearest the phrase is a later step of the case, not the attack.
    The cue right after the phrase (``following``, see _cue_after) comes first: 'charged in
    the Aug. 14 shooting' dates the shooting, "before Sunday's news conference" the
    conference; else the nearest one before it (``preceding``, see _cue_before)."""
    return (following or preceding) == "followup"


def _cue_before(text: str, start: int, end: int) -> str | None:
    """The kind of the last cue in ``text[start:end]`` ('event', 'followup'): the last match
    of ``_followup_cues().finditer``, its matches tried only where _cue_places finds a
    place one may start (quicker: that search skips to them; the cues' own expression,
    case-blind and after a word boundary, is tried at every offset)."""
    cues = _followup_cues()
    low = _lowered(text)
    if low is None:
        last = None
        for last in cues.finditer(text, start, end):
            pass
        return last.lastgroup if last is not None else None
    places, kind, pos = _cue_places(), None, start
    while (place := places.search(low, pos, end)) is not None:
        m = cues.match(text, place.start(), end)
        if m is None:
            pos = place.start() + 1
        else:  # (as finditer: the next match starts where this one ends; none is empty)
            kind, pos = m.lastgroup, m.end()
    return kind


@lru_cache(maxsize=1)
def _cue_places() -> re.Pattern:
    """Where a match of _followup_cues may start, in the lower-cased text: its phrases in
    lower case with no word boundary before them (re.escape puts no backslash before a
    letter, so lower-casing a phrase's expression lower-cases its words only).  Each match
    of the cues is one of these at the same offset (a follow-up word as written or
    capitalised, an event word in any case); it opens with a plain letter, so the regex
    engine skips straight to the places where one may."""
    kinds = _cue_patterns()
    parts = sorted({p.lower() for p in kinds["followup"] + kinds["event"]},
                   key=lambda p: (-len(p), p))
    return re.compile(_by_first_letter(parts))


def _cue_after(text: str, at: int) -> str | None:
    """The kind of cue ('event', 'followup') right after a date phrase, at most three words
    on ("Sunday's deadly shooting", 'the Aug. 14 shooting', 'Tuesday identified'), not past a
    function word or an auxiliary ('Friday in the killing', 'shot Friday night has been
    identified': the phrase dates what came before it)."""
    gap = _GAP_START.match(text, at)
    if not gap:
        return None
    pos = gap.end()
    for _ in range(4):
        cue = _followup_cues().match(text, pos)
        if cue:
            return cue.lastgroup
        word = _GAP_WORD.match(text, pos)
        if not word or word.group(1).lower() in _FUNCTION_WORDS:
            return None
        pos = word.end()
    return None


@lru_cache(maxsize=1)
def _followup_cues() -> re.Pattern:
    """Follow-up words in lower case, or capitalised at a sentence start only ('Colletta Court'
    is a street); event words in any case."""
    kinds = _cue_patterns()
    followup = _by_first_letter(sorted(set(kinds["followup"]), key=lambda p: (-len(p), p)))
    event = _by_first_letter(sorted(set(kinds["event"]), key=lambda p: (-len(p), p)), True)
    capitalised = _by_first_letter(sorted({w[0].upper() + w[1:] for w in kinds["followup"]},
                                          key=lambda p: (-len(p), p)))
    at_sentence_start = r"(?:(?<=[.!?\"”)\]] )|(?<=\n))"
    return re.compile(rf"(?P<followup>\b(?:{followup})|{at_sentence_start}(?:{capitalised}))"
                      rf"|(?P<event>\b(?i:{event}))")


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, list[str]]:
    """The cue file's phrases as regex parts, by kind."""
    text = (Path(__file__).parent / "data" / "date_followup_cues.tsv").read_text("utf-8")
    kinds: dict[str, list[str]] = {"followup": [], "event": [], "earlier": [], "casestep": []}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrase = line.split("\t")
            words = r"\s+".join(re.escape(w) for w in phrase.rstrip("*").split())
            kinds[kind].append(words + (r"\w*" if phrase.endswith("*") else r"\b"))
    return kinds


@lru_cache(maxsize=4)
def _cue_kind(kind: str, ignore_case: bool) -> re.Pattern:
    """One kind of the cue file's phrases as one expression: in lower case, to be run over
    the lower-cased text (faster), or ignoring case."""
    parts = sorted(set(_cue_patterns()[kind]), key=lambda p: (-len(p), p))
    return re.compile(rf"\b(?:{_by_first_letter(parts, ignore_case)})",
                      re.IGNORECASE if ignore_case else 0)


def _by_first_letter(parts: list[str], ignore_case: bool = False) -> str:
    """The alternation of ``parts`` (expressions that open with a letter or digit), grouped
    by that character: 'a(?:rrest\\w*|ppeared\\b)|c(?:ourt\\b)...'.  It matches what
    'arrest\\w*|appeared\\b|court\\b' matches, in the same order of preference (parts that
    open with different characters never match at one place), but the regex engine tries at
    each place only the parts that open with its character instead of every one of them."""
    if not all(p[:1].isalnum() and p[:1].isascii() for p in parts):
        return "|".join(parts)
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0].lower() if ignore_case else part[0], []).append(part)
    return "|".join(f"{group[0][0]}(?:{'|'.join(p[1:] for p in group)})"
                    for group in groups.values())


def _has_cue(kind: str, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a cue of that kind ('earlier': 'last weekend', 'in
    August', "New Year's Eve"; 'followup': 'arrested', 'court', 'vigil'; 'casestep':
    'Arrested', 'Charged', 'Pleads' in a headline), in any case."""
    end = len(text) if end is None else end
    lowered = _lowered(text)
    if lowered is None:
        return _cue_kind(kind, True).search(text, start, end) is not None
    return _cue_kind(kind, False).search(lowered, start, end) is not None


def _yearless(m: re.Match) -> bool:
    return (m.lastgroup == "mdy" and not m.group("mdy_y")) or \
        (m.lastgroup == "dmy" and not m.group("dmy_y"))


def _value(m: re.Match, reference: date | None) -> date | None:
    form = m.lastgroup
    try:
        if form == "mdy":
            return _named_weekday_year(m, _absolute(m.group("mdy_y"), m.group("mdy_m"),
                                                    m.group("mdy_d"), reference), reference)
        if form == "dmy":
            return _named_weekday_year(m, _absolute(m.group("dmy_y"), m.group("dmy_m"),
                                                    m.group("dmy_d"), reference), reference)
        if form == "num":
            year = _full_year(int(m.group("num_y")), reference)
            return date(year, int(m.group("num_m")), int(m.group("num_d")))
    except ValueError:
        return _dateparser_value(m.group(0), reference)
    if reference is None:
        return None
    if form == "wd":
        weekday = _WEEKDAYS[m.group("wd_name").lower()]
        back = (reference.weekday() - weekday) % 7
        if back == 0 and _LAST_WEEKDAY.match(m.group(0)):
            back = 7  # 'last Thursday' told on a Thursday: the week before
        return reference - timedelta(days=back)
    phrase = " ".join(m.group(0).lower().split())
    for key, days in _RELATIVE_DAYS.items():
        if phrase.endswith(key) or phrase.startswith(key):
            return reference - timedelta(days=days)
    return reference


_LAST_WEEKDAY = re.compile(r"(?:last|this\s+past)\s", re.IGNORECASE)
_WEEKDAY_YEARS = 6
_FRESH_DAYS = 60


def _named_weekday_year(m: re.Match, value: date | None,
                        reference: date | None) -> date | None:
    """A yearless date told with its weekday ('Saturday, Sept. 12') on a page read months or
    years later: the latest year, at most a few back, in which that day is that weekday (in
    a fresh report, a date weeks back, the reference year stands: 'MONDAY, 4 AUGUST' with
    a wrong weekday is a slip)."""
    if value is None or reference is None or not _yearless(m) or \
            (reference - value).days < _FRESH_DAYS:
        return value
    wd = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    if wd is None:
        return value
    weekday = _WEEKDAYS[wd.group(1).lower()]
    for back in range(_WEEKDAY_YEARS + 1):
        try:
            earlier = value.replace(year=value.year - back)
        except ValueError:  # 29 February
            continue
        if earlier.weekday() == weekday:
            return earlier
    return value


def _absolute(year: str | None, month: str, day: str, reference: date | None) -> date | None:
    month_no = _MONTHS[month.lower().rstrip(".")]
    day_no = int(re.match(r"\d+", day).group(0))
    if year:
        return date(_full_year(int(year), reference), month_no, day_no)
    if reference is None:
        return None
    value = date(reference.year, month_no, day_no)
    if value <= reference + timedelta(days=1):
        return value
    if value <= reference + timedelta(days=_FUTURE_DAYS):
        return None  # a coming date ('the talks on 17 October'), not the attack's
    return date(reference.year - 1, month_no, day_no)


def _full_year(year: int, reference: date | None) -> int:
    if year >= 100:
        return year
    century = (reference.year // 100) * 100 if reference else 1900
    return century + year if century + year <= (reference.year if reference else 2099) \
        else century - 100 + year


def _dateparser_value(phrase: str, reference: date | None) -> date | None:
    """Last resort for a phrase our parser rejects; anchored on the reference date."""
    from datetime import datetime

    parse = _dateparser()
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if reference is not None:
        settings["RELATIVE_BASE"] = datetime(reference.year, reference.month, reference.day)
    parsed = parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # slow to import: only when a phrase needs it

    return dateparser.parse
