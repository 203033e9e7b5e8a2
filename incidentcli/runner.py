"""Run the extraction over a stream of items, in this process or over N processes, in input order.

``process(item)`` never raises: whatever goes wrong in one document becomes that document's
error record (a one-line message naming the document), and the stream goes on.  A text
longer than ``MAX_DOC_CHARS`` (after HTML extraction) is refused, not cut silently.

Last resort against a hang: one document may take at most ``DOC_SECONDS`` (environment
``INCIDENTCLI_DOC_TIMEOUT`` overrides it; 0 turns it off).  Every stage is meant to be linear
(tests/test_linearity.py), so this only fires on a bug; the document then gets a "timeout"
error record and the others go on.
"""
from __future__ import annotations

import gc
import itertools
import os
import signal
import threading
from contextlib import contextmanager
from typing import Iterable, Iterator

from .reader import MAX_DOC_CHARS, Item
from .record import Error, Record


DOC_SECONDS = 60.0


class DocumentTimeout(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` swallows it."""


def process(item: Item, handled: bool = False) -> Record:
    """The record of one item.  ``handled``: the caller holds ``alarm_handler()`` for a run of
    items, so only the timer is set per document."""
    if item.error is not None:
        return Record(id=item.id, error=item.error)
    seconds = _doc_seconds()
    try:
        with time_limit(seconds, handled):
            return _extract_item(item)
    except DocumentTimeout:
        return Record(id=item.id, error=Error(
            "timeout", f"{item.id}: gave up after {seconds:g} s (a bug of ours: please report "
                       f"this input)"))


def _doc_seconds() -> float:
    try:
        return float(os.environ.get("INCIDENTCLI_DOC_TIMEOUT", DOC_SECONDS))
    except ValueError:
        return DOC_SECONDS


def _alarms_here() -> bool:
    """Whether SIGALRM can limit the time here (main thread of a POSIX process)."""
    return hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()


def _expire(signum, frame):
    raise DocumentTimeout


@contextmanager
def alarm_handler():
    """Within the block, SIGALRM raises ``DocumentTimeout``: installed once for a run of
    documents (``signal.signal`` costs ~3 us a call, twice a document otherwise).  Gives
    whether it was installed (False where there are no alarms: see _alarms_here)."""
    if not _alarms_here():
        yield False
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        yield True
    finally:
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def time_limit(seconds: float, handled: bool = False):
    """SIGALRM after ``seconds`` (main thread of a POSIX process only; else no limit).
    ``handled``: ``alarm_handler()`` is in force, only the timer is set."""
    if seconds <= 0 or not _alarms_here():
        yield
        return
    previous = None if handled else signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        if not handled:
            signal.signal(signal.SIGALRM, previous)


def _extract_item(item: Item) -> Record:
    try:
        from .pipeline import extract
        text = item.text or ""
        if item.html:
            from .htmltext import html_to_text
            text = html_to_text(text)
        if len(text) > MAX_DOC_CHARS:
            return Record(id=item.id, error=Error(
                "too_large", f"{item.id}: text too large ({len(text):,} characters; the limit "
                             f"is {MAX_DOC_CHARS:,})"))
        return extract(text, reference_date=item.reference_date, id=item.id)
    except RecursionError:
        return Record(id=item.id, error=Error("too_complex", f"{item.id}: input nested too deeply"))
    except MemoryError:
        return Record(id=item.id, error=Error("too_large", f"{item.id}: input too large"))
    except Exception as exc:  # a bug of ours must not lose the other documents
        detail = " ".join(str(exc).split())[:200]
        return Record(id=item.id, error=Error(
            "internal", f"{item.id}: internal error ({type(exc).__name__}: {detail})"))


def run(items: Iterable[Item], jobs: int = 1, chunksize: int = 16,
        keep_text: bool = True) -> Iterator[Record]:
    """Records in input order.  With ``jobs > 1`` the items go to a pool of ``jobs`` processes
    in chunks of ``chunksize``; at most a few chunks per worker are in flight at once, so memory
    stays flat however long the input is, and no worker idles waiting for a batch to drain.
    ``keep_text=False`` drops ``Record.text`` (only --explain needs it) before it is sent back."""
    if jobs <= 1:
        with alarm_handler() as handled:
            for item in items:
                yield process(item, handled)
        return
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    if ctx.get_start_method() == "fork":
        warm_up()  # load the data once, here: the forked workers share it, copy-on-write
    if not gc.isenabled():  # the CLI's start-up setting: forked workers would inherit it
        settle_gc()
    with ctx.Pool(jobs, initializer=_warm) as pool:
        pending: deque = deque()
        for chunk in _chunks(items, chunksize):
            pending.append(pool.apply_async(process_chunk, (chunk, keep_text)))
            if len(pending) >= jobs * 4:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def settle_gc() -> None:
    """End of start-up: what is loaded so far (modules, patterns, lexicons) stays for the
    life of the process, so it moves to the collector's permanent generation (never scanned
    again; forked workers' pages stay shared) and collection, which ``cli.main`` turns off
    while all that is built, is switched on again.  The first generation is collected every
    20,000 allocations rather than 700: an article's work makes tens of thousands of short-lived
    objects that reference counting frees anyway, and a collection per few hundred of them
    cost ~3% of the run (cycles still go, a little later; memory stays flat)."""
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
    gc.enable()


def process_chunk(items: list[Item], keep_text: bool = True) -> list[Record]:
    with alarm_handler() as handled:
        records = [process(item, handled) for item in items]
    if not keep_text:
        for rec in records:
            rec.text = None
    return records


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


WARM_UP_TEXT = ("KABUL, Afghanistan (AP) — A car bomb exploded near a police station on Monday, "
                "killing 3 people and wounding 12, officials said. The Taliban claimed the attack.")


def warm_up() -> None:
    """Load the patterns, lexicons and gazetteer (all loaded lazily, on first use) now."""
    try:
        from .pipeline import extract
        extract(WARM_UP_TEXT, reference_date="2024-05-08", id="warm-up")
    except Exception:  # a bug here shows again, per document, where it is reported properly
        pass


def _warm() -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from . import pipeline  # noqa: F401  (load patterns once per worker)
