"""--jobs N: the same records as a single-process run, in input order, with flat memory."""
from __future__ import annotations

import io
import itertools
import json

import pytest
from click.testing import CliRunner

from incidentcli.cli import cli
from incidentcli.reader import Item, read_jsonl
from incidentcli.runner import process_chunk, run

ARTICLES = [
    "A car bomb exploded outside a police station in Mosul on Tuesday, killing 7 people.",
    "Gunmen opened fire on a wedding party late on Saturday, wounding 4 guests.",
    "Rebels kidnapped two aid workers on the road to the airport, officials said.",
    "The city council approved a new budget for parks and libraries on Monday.",
    "Arsonists set fire to a mosque overnight; no one was hurt, police said.",
    "Two people were shot dead at a petrol station in the north of the city.",
]


def _lines(n: int) -> str:
    out = []
    for k in range(n):
        if k % 17 == 5:
            out.append("{this line is broken")
        elif k % 23 == 7:
            out.append(json.dumps({"id": f"doc-{k}", "text": 42}))
        else:
            out.append(json.dumps({"id": f"doc-{k}", "text": ARTICLES[k % len(ARTICLES)],
                                   "reference_date": "2024-05-08"}))
    return "\n".join(out) + "\n"


def _items(n: int) -> list[Item]:
    return list(read_jsonl(io.StringIO(_lines(n)), "corpus.jsonl", None))


def _dicts(records) -> list[dict]:
    return [r.to_dict() for r in records]


@pytest.mark.parametrize("jobs, chunksize", [(2, 1), (2, 3), (3, 16)])
def test_pool_gives_the_serial_records_in_order(jobs, chunksize):
    items = _items(120)
    serial = _dicts(run(items, jobs=1))
    pooled = _dicts(run(iter(items), jobs=jobs, chunksize=chunksize))
    assert pooled == serial
    assert [r["id"] for r in pooled] == [i.id for i in items]
    assert any(r["error"] for r in pooled) and any(r["incidents"] for r in pooled)


def test_pool_stopped_early_shuts_down():
    stream = run(iter(_items(400)), jobs=2, chunksize=2)
    first = [next(stream) for _ in range(5)]
    stream.close()  # terminates the pool; must not hang
    assert [r.id for r in first] == [f"doc-{k}" for k in range(5)]


def test_pool_reads_input_lazily():
    """At most a bounded window of items is taken from the input ahead of the output."""
    taken = 0

    def counting():
        nonlocal taken
        for item in _items(2000):
            taken += 1
            yield item

    stream = run(counting(), jobs=2, chunksize=4)
    next(stream)
    assert taken <= 2 * 4 * 4 + 4
    stream.close()


@pytest.mark.parametrize("keep_text", [True, False])
def test_keep_text(keep_text):
    rec, = process_chunk([Item(id="x", text=ARTICLES[0])], keep_text=keep_text)
    assert (rec.text == ARTICLES[0]) if keep_text else rec.text is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json"])
def test_cli_jobs_output_identical(tmp_path, fmt):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(_lines(60))
    runner = CliRunner()
    one = runner.invoke(cli, ["parse", str(corpus), "--format", fmt])
    two = runner.invoke(cli, ["parse", str(corpus), "--format", fmt, "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # the broken lines are reported, the rest go on
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr


def test_cli_jobs_over_a_folder_in_order(tmp_path):
    for k, text in enumerate(ARTICLES):
        (tmp_path / f"{k:02d}.txt").write_text(text)
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "--format", "jsonl", "-j", "2"])
    assert result.exit_code == 0
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == [str(tmp_path / f"{k:02d}.txt") for k in range(len(ARTICLES))]


@pytest.mark.parametrize("kit", ["muc4", "gtd", "gva"])
def test_pool_on_real_articles(needs_shared, kit):
    """Real articles (read from ../shared at test time): --jobs 2 gives the records of --jobs 1."""
    with open(needs_shared / "data" / kit / f"{kit}-dev.jsonl", encoding="utf-8") as fh:
        lines = [json.dumps({k: obj[k] for k in ("id", "text", "reference_date") if k in obj})
                 for obj in map(json.loads, itertools.islice(fh, 24))]
    items = list(read_jsonl(io.StringIO("\n".join(lines)), kit, None))
    assert _dicts(run(iter(items), jobs=2, chunksize=5)) == _dicts(run(items))
