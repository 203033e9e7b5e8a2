"""Run the extraction on a Dask cluster, and write results as partitioned JSON Lines (issue 9).

Optional: ``pip install 'incidentcli[dask]'`` (dask + distributed).  Nothing here imports Dask
at module level, so the core install never needs it; ``require_dask()`` says what to install.

The client reads the inputs with the same reader as a single-machine run (so ids are the same),
cuts the stream into partitions of ``partition_size`` items, and submits one task per partition;
a task (``runner.process_chunk``) runs ``runner.process`` on each item, which never raises, so
a bad article is an error record, never a failed task.  A partition's data travels inside its
task (not scattered), so when a worker is lost Dask simply runs the task again elsewhere;
results are taken once per partition, in input order, so no record is lost or doubled.  At most a few partitions per worker
thread are in flight: memory stays flat however long the input is.

    >>> from incidentcli.distributed import records_on_dask
    >>> for record in records_on_dask(items, "local"):  # or "tcp://scheduler:8786"
    ...     print(record.to_dict())
"""
from __future__ import annotations

import itertools
import json
import os
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .reader import Item
from .record import Error, Record
from .runner import process_chunk, warm_up

DEFAULT_PARTITION_SIZE = 2000
INSTALL_HINT = "pip install 'incidentcli[dask]'"
MANIFEST = "manifest.json"


class DaskUnavailable(RuntimeError):
    """dask/distributed are not installed."""


class ClusterUnavailable(RuntimeError):
    """The scheduler address is malformed or cannot be reached, or a local cluster won't start."""


def require_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskUnavailable(
            f"--scheduler needs the Dask extra ({exc.name} is not installed): {INSTALL_HINT}"
        ) from None


def record_of(id: str, text: str | None, reference_date=None, html: bool = False) -> dict:
    """One article's record as a dict, never raising (a bad input gives an error record): the
    function to map over a dask.bag or the rows of a Dask DataFrame (see docs/scaling.md).
    ``reference_date``: a date, a datetime/Timestamp, 'YYYY-MM-DD...' or None."""
    from datetime import date, datetime

    ref, error = reference_date, None
    if ref is None or ref != ref or ref == "":  # None, NaN, NaT, '': no date
        ref = None
    elif isinstance(ref, datetime):  # also pandas.Timestamp
        ref = ref.date()
    elif isinstance(ref, str):
        try:
            ref = date.fromisoformat(ref[:10])
        except ValueError:
            error = Error("bad_input", f"{id}: reference_date {ref!r} is not YYYY-MM-DD")
    elif not isinstance(ref, date):
        error = Error("bad_input", f"{id}: reference_date {ref!r} is not a date")
    if error is None and not isinstance(text, str):
        error = Error("bad_input", f"{id}: \"text\" is not a string")
    item = Item(id=str(id), error=error) if error else \
        Item(id=str(id), text=text, html=html, reference_date=ref)
    return process_chunk([item], keep_text=False)[0].to_dict()


# ---- on the workers: the task is runner.process_chunk (one record per item, never raises) ----

def _warm_plugin():
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        name = "incidentcli-warm-up"

        def setup(self, worker) -> None:
            warm_up()  # once per worker process, before its first task

    return WarmUp()


# ---- on the client --------------------------------------------------------------------------

@contextmanager
def dask_client(scheduler: str, workers: int | None = None):
    """A ``distributed.Client``: ``scheduler`` is 'local' (start a LocalCluster of ``workers``
    single-threaded worker processes; default one per core) or a scheduler address."""
    require_dask()
    import logging

    from distributed import Client, LocalCluster

    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            cluster, client = None, Client(scheduler)
    except (OSError, ValueError, TimeoutError) as exc:
        where = "start a local Dask cluster" if scheduler == "local" else \
            f"reach the Dask scheduler at {scheduler}"
        raise ClusterUnavailable(f"cannot {where}: {exc}") from None
    try:
        client.register_plugin(_warm_plugin())
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while part := list(itertools.islice(iterator, size)):
        yield part


def map_partitions(client, items: Iterable[Item], partition_size: int = DEFAULT_PARTITION_SIZE,
                   keep_text: bool = False, in_flight: int | None = None) -> Iterator[list[Record]]:
    """Each partition's records, in input order, computed on ``client``'s cluster."""
    if in_flight is None:
        threads = sum(client.nthreads().values()) or 1
        in_flight = 2 * threads + 1
    pending: deque = deque()
    for n, part in enumerate(partitions(items, partition_size)):
        future = client.submit(process_chunk, part, keep_text, pure=False,
                               key=f"incidentcli-partition-{n}-{os.urandom(4).hex()}")
        pending.append((part, future))
        if len(pending) >= in_flight:
            yield _result(*pending.popleft())
    while pending:
        yield _result(*pending.popleft())


def _result(part: list[Item], future) -> list[Record]:
    """The partition's records; if the cluster gave up on the task (e.g. it killed worker after
    worker), one error record per item, so every input is still accounted for."""
    try:
        return future.result()
    except Exception as exc:  # KilledWorker, lost scheduler, ...
        why = f"{type(exc).__name__}: {exc}"
        return [Record(id=item.id, error=Error("internal", f"{item.id}: partition failed ({why})"))
                for item in part]
    finally:
        future.release()


def records_on_dask(items: Iterable[Item], scheduler: str, partition_size: int | None = None,
                    workers: int | None = None, keep_text: bool = False) -> Iterator[Record]:
    """Records in input order, computed on a Dask cluster ('local' or 'tcp://HOST:PORT')."""
    with dask_client(scheduler, workers) as client:
        for part in map_partitions(client, items, partition_size or DEFAULT_PARTITION_SIZE,
                                   keep_text):
            yield from part


# ---- partitioned output ---------------------------------------------------------------------

def write_parts(records: Iterable[Record], out_dir: str | os.PathLike,
                partition_size: int | None = None) -> dict:
    """Write ``records`` (in input order) as ``part-00000.jsonl``, ``part-00001.jsonl``... of
    ``partition_size`` records each (one per partition) and a ``manifest.json`` listing the parts
    and their counts.  Each part appears under its final name only once complete."""
    size = partition_size or DEFAULT_PARTITION_SIZE
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stale = sorted(p.name for p in out.glob("part-*.jsonl")) + (
        [MANIFEST] if (out / MANIFEST).exists() else [])
    if stale:
        raise FileExistsError(f"{out} already holds {stale[0]}; give an empty or new folder")
    parts: list[dict] = []
    iterator = iter(records)
    while True:
        batch = list(itertools.islice(iterator, size))
        if not batch:
            break
        name = f"part-{len(parts):05d}.jsonl"
        tmp = out / f".{name}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            for rec in batch:
                fh.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        tmp.replace(out / name)
        parts.append({"file": name, "records": len(batch),
                      "errors": sum(rec.error is not None for rec in batch),
                      "incidents": sum(len(rec.incidents) for rec in batch),
                      "first_id": batch[0].id, "last_id": batch[-1].id})
    manifest = {"parts": parts, "records": sum(p["records"] for p in parts),
                "errors": sum(p["errors"] for p in parts),
                "incidents": sum(p["incidents"] for p in parts), "partition_size": size}
    tmp = out / f".{MANIFEST}.tmp"
    tmp.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(out / MANIFEST)
    return manifest
