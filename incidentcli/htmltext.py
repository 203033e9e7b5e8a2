"""HTML page -> article text (headline first), with trafilatura.

trafilatura is the benchmark leader for main-text extraction: it drops scripts, styles,
navigation and boilerplate.  It is imported only when an HTML input arrives.  When it finds no
main text (a page that is all markup, or a fragment) we fall back to the page's plain text.
Offsets in the record refer to the text returned here (``--explain`` shows it).
"""
from __future__ import annotations

import html as html_lib
import re

_TAG = re.compile(r"<[^>]{0,2000}>")
_DROP = re.compile(r"<(script|style|noscript|template)\b[^>]{0,2000}>.*?</\1\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]{0,2000}>(.*?)</title\s*>", re.I | re.S)


def html_to_text(markup: str) -> str:
    title = _title(markup)
    body = _main_text(markup)
    if not body:
        body = _plain_text(markup)
    if title and not body.startswith(title):
        return f"{title}\n\n{body}".strip()
    return body.strip()


def _title(markup: str) -> str:
    m = _TITLE.search(markup[:200_000])
    return " ".join(html_lib.unescape(m.group(1)).split()) if m else ""


def _main_text(markup: str) -> str:
    try:
        import trafilatura
        text = trafilatura.extract(markup, include_comments=False, include_tables=False,
                                   favor_recall=True, deduplicate=False)
    except (Exception, RecursionError):  # malformed or hostile markup: use the plain text
        return ""
    return text or ""


def _plain_text(markup: str) -> str:
    text = _DROP.sub(" ", markup)
    text = re.sub(r"<(br|/p|/div|/h\d|/li|/tr)\b[^>]{0,2000}>", "\n\n", text, flags=re.I)
    text = html_lib.unescape(_TAG.sub(" ", text))
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
