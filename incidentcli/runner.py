"""Run the extraction over a stream of items, in this process or over N processes, in input order.

``process(item)`` never raises: whatever goes wrong in one document becomes that document's
error record, and the stream goes on.
"""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator

from .reader import MAX_DOC_CHARS, Item
from .record import Error, Record


def process(item: Item) -> Record:
    if item.error is not None:
        return Record(id=item.id, error=item.error)
    try:
        from .pipeline import extract
        text = item.text or ""
        if item.html:
            from .htmltext import html_to_text
            text = html_to_text(text)
        if len(text) > MAX_DOC_CHARS:
            text = text[:MAX_DOC_CHARS]
        return extract(text, reference_date=item.reference_date, id=item.id)
    except RecursionError:
        return Record(id=item.id, error=Error("too_complex", f"{item.id}: input nested too deeply"))
    except MemoryError:
        return Record(id=item.id, error=Error("too_large", f"{item.id}: input too large"))
    except Exception as exc:  # a bug of ours must not lose the other documents
        return Record(id=item.id, error=Error("internal", f"{item.id}: {type(exc).__name__}: {exc}"))


def run(items: Iterable[Item], jobs: int = 1, chunksize: int = 16) -> Iterator[Record]:
    """Records in input order.  With ``jobs > 1`` the items go over a process pool in bounded
    batches, so memory stays flat however long the input is."""
    if jobs <= 1:
        for item in items:
            yield process(item)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(__import__("os"), "fork") else mp.get_context()
    with ctx.Pool(jobs, initializer=_warm) as pool:
        iterator = iter(items)
        window = jobs * chunksize * 8
        while True:
            batch = list(itertools.islice(iterator, window))
            if not batch:
                break
            yield from pool.imap(process, batch, chunksize=chunksize)


def _warm() -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from . import pipeline  # noqa: F401  (load patterns once per worker)
