"""--scheduler (Dask): records identical to a single-machine run, order and ids kept, error
records for bad lines, --output-dir parts complete, a lost worker costs nothing."""
from __future__ import annotations

import io
import json
import os
import signal
import sys

import pytest
from click.testing import CliRunner

from incidentcli.cli import cli
from incidentcli.reader import read_jsonl
from incidentcli.runner import run

ARTICLES = [
    "A suicide bomber blew himself up at a checkpoint near Kandahar on Friday, killing 9.",
    "Police said a gunman shot and wounded three people outside a bar early on Sunday.",
    "Militants abducted a district official and his driver on Wednesday.",
    "Farmers in the valley expect a good harvest this year, the ministry said.",
    "A grenade thrown into a crowded market killed two children and injured 15 others.",
]


def _lines(n: int) -> str:
    out = []
    for k in range(n):
        if k % 11 == 3:
            out.append("{not json")
        else:
            out.append(json.dumps({"id": f"art-{k}", "text": ARTICLES[k % len(ARTICLES)],
                                   "reference_date": "2023-11-02"}))
    return "\n".join(out) + "\n"


def _items(n: int):
    return read_jsonl(io.StringIO(_lines(n)), "news.jsonl", None)


def _dicts(records) -> list[dict]:
    return [r.to_dict() for r in records]


def test_without_dask_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(_lines(3))
    result = CliRunner().invoke(cli, ["parse", str(corpus), "--scheduler", "local"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "pip install 'incidentcli[dask]'" in result.stderr


def test_output_dir_refuses_other_formats(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(_lines(3))
    result = CliRunner().invoke(cli, ["parse", str(corpus), "--output-dir", str(tmp_path / "o"),
                                      "--format", "csv"])
    assert result.exit_code == 2


def test_write_parts_without_a_cluster(tmp_path):
    from incidentcli.distributed import write_parts
    manifest = write_parts(run(_items(10)), tmp_path / "out", partition_size=4)
    assert [p["records"] for p in manifest["parts"]] == [4, 4, 2]
    with pytest.raises(FileExistsError):
        write_parts(run(_items(2)), tmp_path / "out", partition_size=4)


# ---- with Dask ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster, Client(cluster) as c:
        yield c


@pytest.mark.parametrize("partition_size", [1, 4, 1000])
def test_partitions_identical_to_single_machine(client, partition_size):
    from incidentcli.distributed import map_partitions
    expected = _dicts(run(_items(40)))
    parts = list(map_partitions(client, _items(40), partition_size, in_flight=3))
    assert [len(p) for p in parts][:-1] == [partition_size] * (len(parts) - 1)
    got = _dicts(r for p in parts for r in p)
    assert got == expected
    assert [r["id"] for r in got] == [f"art-{k}" if k % 11 != 3 else f"news.jsonl:{k + 1}"
                                      for k in range(40)]
    assert [r["error"]["type"] for r in got if r["error"]] == ["bad_json"] * 4


def test_cli_on_a_running_cluster(client, tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(_lines(25))
    runner = CliRunner()
    local = runner.invoke(cli, ["parse", str(corpus), "--format", "jsonl"])
    on_dask = runner.invoke(cli, ["parse", str(corpus), "--format", "jsonl", "--scheduler",
                                  client.scheduler.address, "--partition-size", "3"])
    assert on_dask.exit_code == local.exit_code == 1  # bad lines are error records
    assert on_dask.stdout == local.stdout
    assert on_dask.stderr == local.stderr


def test_cli_output_dir_parts_complete(client, tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(_lines(25))
    out = tmp_path / "parts"
    runner = CliRunner()
    local = runner.invoke(cli, ["parse", str(corpus), "--format", "jsonl"])
    result = runner.invoke(cli, ["parse", str(corpus), "--scheduler", client.scheduler.address,
                                 "--partition-size", "10", "--output-dir", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    manifest = json.loads((out / "manifest.json").read_text())
    assert [p["file"] for p in manifest["parts"]] == [f"part-0000{k}.jsonl" for k in range(3)]
    assert [p["records"] for p in manifest["parts"]] == [10, 10, 5]
    assert manifest["records"] == 25 and manifest["errors"] == 2
    joined = "".join((out / p["file"]).read_text() for p in manifest["parts"])
    assert joined == local.stdout
    assert sorted(os.listdir(out)) == ["manifest.json"] + [p["file"] for p in manifest["parts"]]


def test_lost_worker_loses_and_doubles_nothing(monkeypatch):
    """Kill a worker process mid-run: Dask reruns its partitions; every record comes once."""
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from incidentcli.distributed import map_partitions
    expected = _dicts(run(_items(120)))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as c:
        pids = c.run(os.getpid)
        got, killed = [], False
        for part in map_partitions(c, _items(120), partition_size=2, in_flight=20):
            got.extend(part)
            if not killed:
                os.kill(next(iter(pids.values())), signal.SIGKILL)
                killed = True
        assert _dicts(got) == expected


@pytest.mark.parametrize("ref, error", [
    ("2023-11-02", None), (None, None), (float("nan"), None), ("", None),
    ("02/11/2023", "bad_input"), (20231102, "bad_input"),
])
def test_record_of_never_raises(ref, error):
    from incidentcli.distributed import record_of
    record = record_of("x", ARTICLES[0], ref)
    assert (record["error"] or {}).get("type") == error
    assert record["id"] == "x"


def test_record_of_matches_the_cli_record():
    from datetime import datetime

    from incidentcli.distributed import record_of
    expected = _dicts(run(_items(5)))
    for k, rec in enumerate(expected):
        if rec["error"]:
            continue
        assert record_of(f"art-{k}", ARTICLES[k % len(ARTICLES)], "2023-11-02") == rec
        assert record_of(f"art-{k}", ARTICLES[k % len(ARTICLES)], datetime(2023, 11, 2)) == rec


def test_bag_recipe(client, tmp_path):
    """The dask.bag recipe of docs/scaling.md gives the CLI's records."""
    import dask.bag as db

    from incidentcli.distributed import record_of
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(line + "\n" for line in _lines(12).splitlines() if "{not" not in line))
    lines = db.read_text(str(corpus), blocksize=200)
    records = lines.map(json.loads).map(
        lambda obj: record_of(obj.get("id"), obj.get("text"), obj.get("reference_date")))
    assert records.npartitions > 1
    assert records.compute() == _dicts(run(read_jsonl(io.StringIO(corpus.read_text()), "n", None)))


def test_bad_scheduler_address_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(_lines(3))
    result = CliRunner().invoke(cli, ["parse", str(corpus), "--scheduler", "no-port-here"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "incidentcli: cannot reach the Dask scheduler at no-port-here: "
        "missing port number in address 'no-port-here'"]
