"""Headline and dateline of an article ('SAN SALVADOR, 3 JAN 90 --', 'KABUL, Afghanistan (AP) —').

``read_dateline(doc)`` looks at the start of the text and of the first paragraphs (a web
article has its headline first) for a dateline:

* wire style ``PLACE[ (COUNTRY)][, QUALIFIER][, DATE][ (AGENCY)] --``:
  ``SAN SALVADOR, 3 JAN 90 --``, ``MOSCOW (USSR), 22 NOV 89 (TASS) --``,
  ``KABUL, Afghanistan (AP) —``, ``ELGIN, Ill. —``, ``WASHINGTON, May 4 (Reuters) -``;
* a date prefix without place: GTD's ``02/28/2016: `` summaries, ``(07/21/15) - ``.

The place span covers the whole place expression ("KABUL, Afghanistan", "ELGIN, Ill.",
"MOSCOW (USSR)"); the location step splits it.  A mixed-case place must be known to the
gazetteer or be followed by a date or an agency, so that a sentence such as "Four men were
hurt - police said" is not read as a dateline.
"""
from __future__ import annotations

import re
from datetime import date

from .document import Dateline, Document
from .gazetteer import fold, load

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
           "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[A-Z]*\.?"

_WIRE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'\-]*(?:[ ][A-Za-z.'\-]+){0,4}"
    r"(?:[ ]\([A-Z][A-Za-z. ]{1,25}\))?"                       # MOSCOW (USSR)
    r"(?:,[ ]*(?!\d)[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*){0,3})?)"  # , Afghanistan / , Ill.
    r"(?:,?[ ]*(?P<date>\d{1,2}[ ]+" + _MONTH + r"(?:[ ]+\d{2,4})?"   # 3 JAN 90, 7 FEB
    r"|" + _MONTH + r"[ ]+\d{1,2}(?:,[ ]*\d{4}|[ ]+\d{2}(?!\d))?))?"   # May 4, 2016; JUNE 11 89
    r"(?P<agency>[ ]*[(\[][^()\n]{1,40}\))?"   # (AFP); a typo'd '[INRAVISION ...)'
    r"[ ]*\n?[ ]*(?P<dash>--|—|–|-)(?=\s|(?<=[—–])[A-Z])",   # 'CHICAGO (STMW) –Five people ...'
    re.IGNORECASE)
_DATE_PREFIX = re.compile(r"\(?(?P<date>(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2}))\)?"
                          r"[ ]*(?::|--|—|–|-)[ ]")
# a dateline's dash on its line: before white space, or an em or en dash before a letter
# (what _WIRE's dash and the look-ahead after it need; with re.I '[A-Z]' is any letter that
# folds to one, 'ı' 'ſ' 'K' included).  It opens with one character class, so that the regex
# engine skips straight to the next dash (two branches are tried at every offset: 7x slower).
_DASH = re.compile("[-\u2014\u2013](?:\\s|(?<=[\u2014\u2013])[A-Za-z\u0130\u0131\u017f\u212a])")
_LEADING = re.compile(r"[ \t]*")
_PARAGRAPH = re.compile(r"\n[ \t]*\n[ \t]*")   # (a literal first: the engine skips to each \n)
_SEARCH_CHARS = 2000


def read_dateline(doc: Document) -> Dateline | None:
    text = doc.text
    found = _read_at(doc, _LEADING.match(text, 0, _SEARCH_CHARS).end())
    if found:
        return found
    for para in _PARAGRAPH.finditer(text, 0, _SEARCH_CHARS):   # the paragraphs after the first
        found = _read_at(doc, para.end())
        if found:
            return found
    return None


def _read_at(doc: Document, pos: int) -> Dateline | None:
    text = doc.text
    m = _DATE_PREFIX.match(text, pos)
    if m:
        when = _numeric_date(m.group("m"), m.group("d"), m.group("y"))
        if when:
            return Dateline(None, when, doc.span(m.start("date"), m.end("date")), m.end())
    line_end = text.find("\n", pos)
    if line_end >= 0:   # (the dash may open the next line: '... (AGENCY)\n-- [TEXT]')
        line_end = text.find("\n", line_end + 1)
    if not _DASH.search(text, pos, len(text) if line_end < 0 else line_end + 1):
        return None   # _WIRE matches within one line and needs its dash: skip the costly try
    m = _WIRE.match(text, pos)
    if not m or "\n\n" in m.group(0):
        return None
    place = m.group("place").rstrip(" ,")
    if not _plausible_place(place, bool(m.group("date") or m.group("agency"))):
        return None
    when, date_span = None, None
    if m.group("date"):
        when = _wire_date(m.group("date"), doc.reference_date)
        date_span = doc.span(m.start("date"), m.end("date"))
    body = m.end()
    while body < len(text) and text[body] in " \t":
        body += 1
    start = m.start("place")
    return Dateline(doc.span(start, start + len(place)), when, date_span, body)


def _plausible_place(place: str, has_date_or_agency: bool) -> bool:
    head = place.split(",")[0].split(" (")[0].strip()
    letters = [c for c in head if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return True
    if not head[0].isupper() or any(w[:1].islower() for w in head.split()):
        return False
    return has_date_or_agency or fold(head) in load()


def _numeric_date(m: str, d: str, y: str) -> date | None:
    year = int(y)
    if year < 100:
        year += 2000 if year < 50 else 1900
    try:
        return date(year, int(m), int(d))
    except ValueError:
        return None


def _wire_date(phrase: str, reference: date | None) -> date | None:
    parts = re.findall(r"[A-Za-z]+|\d+", phrase)
    nums = [int(p) for p in parts if p.isdigit()]
    words = [p for p in parts if not p.isdigit()]
    if not words or words[0][:3].lower() not in _MONTHS:
        return None
    month = _MONTHS[words[0][:3].lower()]
    if phrase.strip()[0].isdigit():   # 3 JAN 90
        day, year = nums[0], nums[1] if len(nums) > 1 else None
    else:                             # May 4[, 2016]
        day, year = nums[0], nums[1] if len(nums) > 1 else None
    if year is None:
        if reference is None:
            return None
        year = reference.year
    elif year < 100:
        year += 1900 if year >= 50 else 2000
    try:
        return date(year, month, day)
    except ValueError:
        return None
