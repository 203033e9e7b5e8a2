"""Read inputs: files, folders, stdin; text, HTML and JSON Lines -> a stream of ``Item``s.

Every input yields items, never an exception: a file that cannot be read, a JSON line that
is broken, a binary file give an ``Item`` with ``error`` set, and the stream goes on.
Memory stays bounded whatever is on disk: a file, stdin or a JSON line longer than
``MAX_INPUT_BYTES`` is refused (an error item) without being read whole, and JSON Lines
inputs are read line by line (a 100,000-line file is never held in memory).

Decoding: UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM (UTF-16 without BOM when the
NUL bytes say so), else charset-normalizer's guess among legacy encodings, biased to
cp1252 when the guess is any Latin-script code page (short Spanish or French texts are
otherwise often read as cp1250).  Newlines are normalised to ``\\n``; lone surrogates
(JSON ``"\\udc80"``, undecodable file names) become U+FFFD so that output can always be
encoded.  Offsets in records refer to the decoded text.
"""
from __future__ import annotations

import codecs
import io
import json
import os
import re
import stat
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator

from .record import Error

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.jsonl", "*.json", "*.md")
TEXT_EXT = {".txt", ".md", ".text", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
MAX_INPUT_BYTES = 32_000_000  # a file, stdin or JSON line larger than this is refused unread
MAX_DOC_CHARS = 5_000_000     # a text (after HTML extraction) longer than this is refused

# File signatures of common non-text formats (images, archives, documents, executables).
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04",
          b"PK\x05\x06", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c", b"\x7fELF",
          b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*", b"OggS", b"fLaC", b"ID3", b"\x00asm",
          b"SQLite format 3\x00", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"Rar!\x1a\x07",
          b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"wOFF", b"wOF2", b"\x00\x01\x00\x00\x00")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SURROGATE = re.compile("[\ud800-\udfff]")
_NEWLINE = re.compile(r"\r\n?")
# The id of a JSON line we could not parse or read whole: '"id": "abc"' or '"id": 42' near its start.
_SALVAGE_ID = re.compile(rb'"id"\s{0,20}:\s{0,20}("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,30})')

Warn = Callable[[str], None]


@dataclass
class Item:
    """One document to extract, or the error that stands in its place."""

    id: str
    text: str | None = None
    html: bool = False
    reference_date: date | None = None
    error: Error | None = None


@dataclass(frozen=True)
class Source:
    """One INPUT argument resolved to a readable thing: a path or stdin ('-')."""

    name: str
    path: Path | None  # None: stdin


def _error(item_id: str, kind: str, message: str) -> Item:
    return Item(id=clean_str(item_id), error=Error(kind, clean_str(message)))


def clean_str(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (same length: offsets are kept)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


# ---------------------------------------------------------------------------- inputs, folders

def expand_inputs(inputs: Iterable[str], globs: tuple[str, ...] = DEFAULT_GLOBS,
                  warn: Warn | None = None) -> Iterator[Source | Item]:
    """Sources in command-line order; folders walked recursively in sorted order.
    A missing or unreadable path gives an error Item; files a folder walk skips (not matched
    by ``globs``, or not regular files) are summed up in one ``warn`` note per folder."""
    for raw in inputs:
        if raw == "-":
            yield Source("-", None)
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError) as exc:  # EACCES on a parent, name too long, NUL byte
            yield _error(raw, "unreadable", f"{raw}: {_reason(exc)}")
            continue
        if is_dir:
            yield from _walk(path, globs, warn)
        elif exists:
            yield Source(clean_str(raw), path)
        else:
            yield _error(raw, "not_found", f"{raw}: no such file or directory")


def _walk(folder: Path, globs: tuple[str, ...], warn: Warn | None) -> Iterator[Source | Item]:
    import fnmatch
    errors: list[OSError] = []
    skipped: list[str] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        while errors:
            exc = errors.pop()
            where = exc.filename or root
            yield _error(str(where), "unreadable", f"{where}: {_reason(exc)}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if not any(fnmatch.fnmatch(name, g) for g in globs):
                skipped.append(str(path))
                continue
            try:
                regular = stat.S_ISREG(path.stat().st_mode)
            except OSError as exc:  # dangling symlink, vanished file
                yield _error(str(path), "unreadable", f"{path}: {_reason(exc)}")
                continue
            if regular:
                yield Source(clean_str(str(path)), path)
            else:  # FIFO, socket, device: reading could block forever
                skipped.append(str(path))
    for exc in errors:
        yield _error(str(exc.filename or folder), "unreadable",
                     f"{exc.filename or folder}: {_reason(exc)}")
    if skipped and warn is not None:
        example = clean_str(skipped[0])
        more = f" and {len(skipped) - 1} more" if len(skipped) > 1 else ""
        warn(f"{clean_str(str(folder))}: skipped {example}{more} (not matched by --glob, "
             f"or not a regular file)")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


# ---------------------------------------------------------------------------- one source

def read_source(source: Source, input_format: str, reference_date: date | None,
                stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Items of one source.  ``input_format``: auto | text | html | jsonl.

    auto goes by extension, then by sniffing the first bytes.  A JSON input (``.json``, or
    sniffed) whose first line is a whole object is read as JSON Lines, otherwise as one JSON
    document (an array of objects, or one object)."""
    name = source.name
    try:
        if source.path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            ext_fmt = "auto"
        else:
            stream = open(source.path, "rb")
            ext_fmt = format_by_extension(source.path)
        with stream if source.path is not None else _nullcontext(stream):
            fmt = input_format if input_format != "auto" else ext_fmt
            if fmt == "jsonl":
                yield from read_jsonl(stream, name, reference_date)
                return
            size = _regular_size(stream)
            if size is not None and size > MAX_INPUT_BYTES:
                yield _too_large(name, size)
                return
            if fmt in ("auto", "json"):
                head = _peek(stream, 4096)
                sniffed = sniff_format(head)
                if fmt == "json" or sniffed == "json":
                    if _first_line_is_object(head):
                        yield from read_jsonl(stream, name, reference_date)
                    else:
                        yield from read_json(stream, name, reference_date)
                    return
                fmt = sniffed if fmt == "auto" else fmt
            data = stream.read(MAX_INPUT_BYTES + 1)
            if len(data) > MAX_INPUT_BYTES:
                yield _too_large(name, None)
                return
    except OSError as exc:
        yield _error(name, "unreadable", f"{name}: {_reason(exc)}")
        return
    yield item_from_bytes(name, data, fmt, reference_date)


class _nullcontext:
    def __init__(self, obj):
        self.obj = obj

    def __enter__(self):
        return self.obj

    def __exit__(self, *exc):
        return False


def _regular_size(stream) -> int | None:
    try:
        st = os.fstat(stream.fileno())
    except (OSError, AttributeError, ValueError, io.UnsupportedOperation):
        return None
    return st.st_size if stat.S_ISREG(st.st_mode) else None


def _peek(stream, n: int) -> bytes:
    """Up to ``n`` leading bytes, left in the stream."""
    if hasattr(stream, "peek"):
        head = stream.peek(n)[:n]
        # A pipe may hand over fewer bytes than asked; that is enough to sniff.
        return head
    if stream.seekable():
        pos = stream.tell()
        head = stream.read(n)
        stream.seek(pos)
        return head
    return b""


def _too_large(name: str, size: int | None) -> Item:
    what = f"{size:,} bytes" if size is not None else "more bytes"
    return _error(name, "too_large", f"{name}: too large ({what}; the limit is "
                                     f"{MAX_INPUT_BYTES:,} bytes per document)")


def item_from_bytes(name: str, data: bytes, fmt: str, reference_date: date | None) -> Item:
    text = decode_bytes(data)
    if text is None:
        return _error(name, "not_text", f"{name}: not text (binary data)")
    html = fmt == "html" or (fmt == "auto" and looks_like_html(text))
    return Item(id=clean_str(name), text=text, html=html, reference_date=reference_date)


def format_by_extension(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in JSON_EXT:
        return "json"
    if ext in TEXT_EXT and ext:
        return "text"
    return "auto"


def sniff_format(head: bytes) -> str:
    head = _head_text(head)
    stripped = head.lstrip(" \t\r\n")
    if stripped.startswith(('{"', "{\n", "[{", "[\n")):
        return "json"
    low = stripped[:512].lower()
    if low.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in low or "<p>" in low:
        return "html"
    return "text"


def _head_text(head: bytes) -> str:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return head.decode(enc, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _first_line_is_object(head: bytes) -> bool:
    """A JSON Lines file: its first line is a whole JSON object (or too long to tell)."""
    text = _head_text(head).lstrip(" \t\r\n")
    if not text.startswith("{"):
        return False
    if "\n" not in text:
        return len(head) >= 4096
    try:
        return isinstance(json.loads(text.split("\n", 1)[0]), dict)
    except (ValueError, RecursionError):
        return False


def looks_like_html(text: str) -> bool:
    head = text.lstrip()
    if head.find("<", 0, 1024) < 0:  # most texts: no tag opens in the head, nothing to lower
        return False
    head = head[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


# ---------------------------------------------------------------------------- decoding

def looks_binary(data: bytes) -> bool:
    """A known binary signature, NUL bytes outside UTF-16/32 text, or mostly control bytes."""
    return _sniff_encoding(data) == "binary"


def _sniff_encoding(data: bytes) -> str | None:
    """'binary', an encoding the data announces (BOM, NUL pattern), or None (to detect)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    if data.startswith(_MAGIC):
        return "binary"
    sample = data[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        half = max(len(sample) // 2, 1)
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > 0.3 * half and even == 0:
            return "utf-16-le"
        if even > 0.3 * half and odd == 0:
            return "utf-16-be"
        return "binary"
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return "binary" if control / len(sample) > 0.1 else None


def decode_bytes(data: bytes) -> str | None:
    """The text of ``data``, newlines normalised; None when it is not text."""
    enc = _sniff_encoding(data)
    if enc == "binary":
        return None
    if enc is not None:
        text = data.decode(enc, errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
            if text is None:
                return None
    if text and text.count("\ufffd") > 0.1 * len(text):
        return None
    return _NEWLINE.sub("\n", text)


_LATIN_BLOCKS = ("Basic Latin", "Latin", "General Punctuation", "Spacing Modifier",
                 "Currency", "Letterlike")


def _decode_legacy(data: bytes) -> str | None:
    """Legacy 8-bit text.  Among charset-normalizer's least chaotic guesses, any Latin-script
    code page is read as cp1252 (short Western texts are otherwise misread); no fitting
    guess and mostly non-ASCII bytes: not text."""
    try:
        from charset_normalizer import from_bytes
        matches = [m for m in from_bytes(data[:200_000])
                   if not m.encoding.startswith(("utf_16", "utf_32"))]
    except Exception:  # detector failure: fall back below
        matches = []
    if matches:
        best = min(m.chaos for m in matches)
        tied = [m for m in matches if m.chaos <= best + 1e-9]
        if any(all(a.startswith(_LATIN_BLOCKS) for a in m.alphabets) for m in tied):
            return _cp1252(data)
        return data.decode(tied[0].encoding, errors="replace")
    ascii_share = sum(1 for b in data[:8192] if b < 128) / max(min(len(data), 8192), 1)
    return _cp1252(data) if ascii_share >= 0.7 else None


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in cp1252
        return data.decode("latin-1")


# ---------------------------------------------------------------------------- JSON, JSON Lines

def read_jsonl(stream: IO[bytes], name: str, default_ref: date | None) -> Iterator[Item]:
    """One Item per non-blank line; a bad line gives an error Item keeping its id or line
    number.  Lines are read with a bounded buffer: a line over ``MAX_INPUT_BYTES`` is
    skipped (an error item), never held whole."""
    if isinstance(stream, io.TextIOBase):  # tolerate a text stream (API callers)
        stream = io.BytesIO(stream.read().encode("utf-8", "surrogatepass"))
    head = _peek(stream, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = stream.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            yield _too_large(name, None)
            return
        stream = io.BytesIO((decode_bytes(data) or "").encode("utf-8", "surrogatepass"))
    for n, line, head in _bounded_lines(stream, MAX_INPUT_BYTES):
        where = f"{name}:{n}"
        if line is None:
            item_id = _salvage_id(head) or where
            yield _error(item_id, "too_large", f"{where}: line too large (over "
                                               f"{MAX_INPUT_BYTES:,} bytes)")
            continue
        if n == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[3:]
        if not line.strip():
            continue
        yield _item_from_json_line(line, where, default_ref)


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, bytes]]:
    """(line number, line or None when longer than ``limit``, first bytes of the line)."""
    n = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            head = line[:4096]
            del line
            while True:  # drain the rest of the long line in 1 MB pieces
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield n, None, head
        else:
            yield n, line, line[:0]


def _salvage_id(raw: bytes) -> str | None:
    m = _SALVAGE_ID.search(raw[:4096])
    if not m:
        return None
    try:
        value = json.loads(m.group(1).decode("utf-8", errors="replace"))
    except ValueError:
        return None
    return clean_str(str(value))


def _item_from_json_line(line: bytes, where: str, default_ref: date | None) -> Item:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = decode_bytes(line) or line.decode("utf-8", errors="replace")
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return _error(_salvage_id(line) or where, "bad_json", f"{where}: not valid JSON ({msg})")
    return item_from_object(obj, where, default_ref)


def item_from_object(obj, where: str, default_ref: date | None) -> Item:
    """The Item of one JSON object ``{"id", "text" | "html", "reference_date"}``."""
    if not isinstance(obj, dict):
        return _error(where, "bad_json", f"{where}: a line must be a JSON object")
    raw_id = obj.get("id")
    item_id = clean_str(str(raw_id)) if raw_id is not None else where
    text, html = obj.get("text"), False
    if text is None and "html" in obj:
        text, html = obj.get("html"), True
    if not isinstance(text, str):
        what = "has no \"text\"" if text is None else \
            f"has a \"text\" that is not a string ({type(text).__name__})"
        return _error(item_id, "bad_input", f"{where}: {what}")
    ref = default_ref
    raw_ref = obj.get("reference_date")
    if raw_ref:
        try:
            ref = date.fromisoformat(str(raw_ref)[:10])
        except ValueError:
            return _error(item_id, "bad_input",
                          f"{where}: reference_date {str(raw_ref)[:40]!r} is not YYYY-MM-DD")
    text = clean_str(text)
    return Item(id=item_id, text=text, html=html or looks_like_html(text), reference_date=ref)


def read_json(stream: IO[bytes], name: str, default_ref: date | None) -> Iterator[Item]:
    """A whole JSON document: an array of objects (one item each) or one object.  When it
    does not parse and starts like JSON Lines, it is read as JSON Lines (its good lines
    survive a bad one)."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        yield _too_large(name, None)
        return
    text = decode_bytes(data)
    if text is None:
        yield _error(name, "not_text", f"{name}: not text (binary data)")
        return
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as exc:
        if text.lstrip().startswith("{"):
            yield from read_jsonl(io.BytesIO(text.encode("utf-8", "surrogatepass")), name,
                                  default_ref)
            return
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        yield _error(name, "bad_json", f"{name}: not valid JSON ({msg})")
        return
    if isinstance(obj, list):
        for n, element in enumerate(obj, 1):
            yield item_from_object(element, f"{name}[{n}]", default_ref)
    else:
        yield item_from_object(obj, name, default_ref)
