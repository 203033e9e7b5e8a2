"""Read inputs: files, folders, stdin; text, HTML and JSON Lines -> a stream of ``Item``s.

Every input yields items, never an exception: a file that cannot be read, a JSON line that
is broken, a binary file give an ``Item`` with ``error`` set, and the stream goes on.
JSON Lines inputs are read line by line (a 100,000-line file is never held in memory).
"""
from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Iterable, Iterator

from .record import Error

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.jsonl", "*.json", "*.md")
TEXT_EXT = {".txt", ".md", ".text", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".json", ".ndjson"}
MAX_DOC_CHARS = 5_000_000  # a document longer than this is cut (with a warning), not refused


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


def expand_inputs(inputs: Iterable[str], globs: tuple[str, ...] = DEFAULT_GLOBS,
                  warn=None) -> Iterator[Source | Item]:
    """Sources in command-line order; folders walked recursively in sorted order.
    A missing path gives an error Item."""
    for raw in inputs:
        if raw == "-":
            yield Source("-", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, globs, warn):
                yield Source(str(child), child)
        elif path.exists():
            yield Source(raw, path)
        else:
            yield Item(id=raw, error=Error("not_found", f"{raw}: no such file or directory"))


def _walk(folder: Path, globs: tuple[str, ...], warn) -> Iterator[Path]:
    import fnmatch
    for root, dirs, files in os.walk(folder, onerror=None):
        dirs.sort()
        for name in sorted(files):
            if name.startswith("."):
                continue
            if any(fnmatch.fnmatch(name, g) for g in globs):
                yield Path(root) / name
            elif warn is not None:
                warn(f"skipped {Path(root) / name}: not matched by --glob")


def read_source(source: Source, input_format: str, reference_date: date | None,
                stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Items of one source.  ``input_format``: auto | text | html | jsonl."""
    try:
        if source.path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            fmt = input_format
            if fmt == "auto":
                head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
                fmt = sniff_format(head)
            if fmt == "jsonl":
                yield from read_jsonl(io.TextIOWrapper(stream, encoding="utf-8", errors="replace"),
                                      "-", reference_date)
                return
            data = stream.read()
        else:
            fmt = input_format if input_format != "auto" else format_by_extension(source.path)
            if fmt == "jsonl":
                with open(source.path, "rb") as fh:
                    yield from read_jsonl(io.TextIOWrapper(fh, encoding="utf-8", errors="replace"),
                                          source.name, reference_date)
                return
            data = source.path.read_bytes()
            if fmt == "auto":
                fmt = sniff_format(data[:4096])
                if fmt == "jsonl":
                    yield from read_jsonl(io.StringIO(decode_bytes(data)), source.name, reference_date)
                    return
    except OSError as exc:
        yield Item(id=source.name, error=Error("unreadable", f"{source.name}: {exc.strerror or exc}"))
        return
    yield item_from_bytes(source.name, data, fmt, reference_date)


def item_from_bytes(name: str, data: bytes, fmt: str, reference_date: date | None) -> Item:
    if looks_binary(data):
        return Item(id=name, error=Error("not_text", f"{name}: not text (binary data)"))
    text = decode_bytes(data)
    html = fmt == "html" or (fmt in ("auto", "text-or-html") and looks_like_html(text))
    return Item(id=name, text=text, html=html, reference_date=reference_date)


def format_by_extension(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in HTML_EXT:
        return "html"
    if ext in JSONL_EXT:
        return "jsonl"
    if ext in TEXT_EXT and ext:
        return "text"
    return "auto"


def sniff_format(head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "jsonl"
    low = stripped[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in low or b"<p>" in low:
        return "html"
    return "text"


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 text, or mostly control bytes: not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > 0.1


def decode_bytes(data: bytes) -> str:
    """UTF-8 (BOM or not), UTF-16 with BOM, else the detected legacy encoding (cp1252, latin-1...)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_legacy(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detector failure: fall back below
        pass
    return data.decode("cp1252", errors="replace")


def read_jsonl(lines: IO[str], name: str, default_ref: date | None) -> Iterator[Item]:
    """One Item per non-blank line; a bad line gives an error Item keeping its id or line number."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield Item(id=where, error=Error("bad_json", f"{where}: not valid JSON ({msg})"))
            continue
        if not isinstance(obj, dict):
            yield Item(id=where, error=Error("bad_json", f"{where}: a line must be a JSON object"))
            continue
        raw_id = obj.get("id")
        item_id = str(raw_id) if raw_id is not None else where
        text, html = obj.get("text"), False
        if text is None and "html" in obj:
            text, html = obj.get("html"), True
        if not isinstance(text, str):
            what = "has no \"text\"" if text is None else "has a \"text\" that is not a string"
            yield Item(id=item_id, error=Error("bad_input", f"{where}: line {what}"))
            continue
        ref = default_ref
        raw_ref = obj.get("reference_date")
        if raw_ref:
            try:
                ref = date.fromisoformat(str(raw_ref)[:10])
            except ValueError:
                yield Item(id=item_id, error=Error(
                    "bad_input", f"{where}: reference_date {raw_ref!r} is not YYYY-MM-DD"))
                continue
        yield Item(id=item_id, text=text, html=html or looks_like_html(text), reference_date=ref)
