"""HTML page -> article text (headline first), with trafilatura.

trafilatura is the benchmark leader for main-text extraction: it drops scripts, styles,
navigation and boilerplate.  It is imported only when an HTML input arrives, is given the
markup as a string (it never fetches anything: no URL of the page is ever opened), and when
it finds no main text (a page that is all markup, or a fragment) we fall back to the page's
plain text.  The page's ``<title>`` comes first, as the headline, unless the text already
starts with it.  Offsets in the record refer to the text returned here (``--explain``
shows it).

Hostile markup: lxml (under trafilatura) silently drops what is nested deeper than 255
elements, so a deeply nested page is first flattened (layout-only tags removed) and, when
still too deep, read as plain text.  Every pattern here is linear: tags are matched with
possessive quantifiers over ``[^<>]``, and comments and raw-text elements are skipped with
``find``, never with ``.*?`` (which rescans the rest of the page at each unclosed tag).
"""
from __future__ import annotations

import html as html_lib
import re

MAX_DEPTH = 200  # lxml's parser gives up past 255 levels of nesting
# A tag or the start of a comment / doctype.  Possessive: no backtracking on '<aaaa...'.
_TOKEN = re.compile(r"<(?:(!--)|(/?)([A-Za-z][A-Za-z0-9:-]*+)[^<>]*+>|![^<>]*+>)")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr "
                  "p li dt dd tr td th option optgroup thead tbody tfoot colgroup "
                  "rp rt".split())  # void, or with an optional end tag: not nesting
_RAW = frozenset(("script", "style", "noscript", "template", "head", "svg", "math",
                  "iframe", "object", "textarea", "select"))
_BLOCK = frozenset("p div br h1 h2 h3 h4 h5 h6 li tr table section article header footer "
                   "blockquote pre ul ol dl dt dd hr figure figcaption main aside nav "
                   "address title".split())
_LAYOUT = re.compile(r"</?(?:div|span|font|center|b|i|u|em|strong|small|big|section|article)"
                     r"(?![A-Za-z0-9:-])[^<>]*+>", re.I)
_TITLE_OPEN = re.compile(r"<title(?![A-Za-z0-9:-])[^<>]*+>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*+>", re.I)
_BLANKS = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """The article: headline, blank line, paragraphs separated by blank lines."""
    title = _title(markup)
    body = _main_text(markup)
    if not body:
        body = _plain_text(markup)
    body = body.strip()
    first = body.split("\n", 1)[0]
    # The page title often repeats the <h1> with the site's name: "Headline | Site".
    if title and not (first and title.startswith(first) and 2 * len(first) >= len(title)):
        return f"{title}\n\n{body}".strip()
    return body


def _title(markup: str) -> str:
    head = markup[:200_000]
    m = _TITLE_OPEN.search(head)
    if not m:
        return ""
    end = _TITLE_CLOSE.search(head, m.end())
    raw = head[m.end():end.start() if end else m.end() + 1000]
    return " ".join(html_lib.unescape(_TOKEN.sub(" ", raw)).split())[:1000]


def _main_text(markup: str) -> str:
    if nesting_depth(markup) > MAX_DEPTH:
        markup = _LAYOUT.sub(" ", markup)
        if nesting_depth(markup) > MAX_DEPTH:
            return ""
    try:
        import trafilatura
        text = trafilatura.extract(markup, include_comments=False, include_tables=False,
                                   favor_recall=True, deduplicate=False)
    except Exception:  # markup that trips the parser (RecursionError included): plain text
        return ""
    # trafilatura puts one block (heading, paragraph, list item) per line: make each a
    # paragraph, so that the headline stays apart from the dateline and the story.
    return _BLANKS.sub("\n\n", (text or "").replace("\n", "\n\n"))


def nesting_depth(markup: str) -> int:
    """Deepest element nesting, counting only tags that must be closed (linear scan)."""
    depth = deepest = 0
    for m in _TOKEN.finditer(markup):
        name = m.group(3)
        if name is None:
            continue
        name = name.lower()
        if name in _VOID or m.group(0).endswith("/>"):
            continue
        if m.group(2):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _plain_text(markup: str) -> str:
    """All text of the page outside scripts, styles, <head> and comments; blocks on their
    own lines."""
    parts: list[str] = []
    pos = 0
    n = len(markup)
    while pos < n:
        m = _TOKEN.search(markup, pos)
        if m is None:
            parts.append(markup[pos:])
            break
        parts.append(markup[pos:m.start()])
        pos = m.end()
        if m.group(1):  # comment: skip to its end (or the end of the page)
            end = markup.find("-->", pos)
            pos = n if end < 0 else end + 3
            continue
        name = (m.group(3) or "").lower()
        if name in _RAW and not m.group(2) and not m.group(0).endswith("/>"):
            close = re.compile(rf"</{name}\s*+>", re.I).search(markup, pos)
            pos = n if close is None else close.end()
            parts.append("\n\n" if name == "head" else " ")
            continue
        parts.append("\n\n" if name in _BLOCK else " ")
    text = html_lib.unescape("".join(parts))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
