"""The command line: inputs, formats, ids, errors and exit codes, help and docs."""
from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from incidentcli.cli import cli
from incidentcli.render import CSV_COLUMNS

from .conftest import ROOT, SAMPLES, jsonl, run_cli

ARTICLE = "A car bomb exploded outside a police station in Kabul on Monday, killing 12 people."


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_piped_output_is_json_lines_one_record_per_file(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text("The council met on Monday to discuss the budget.")
    result = run_cli("parse", str(tmp_path))
    assert result.returncode == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert records[0]["incidents"] and records[1]["incidents"] == []
    assert all(r["error"] is None for r in records)


def test_json_format_is_one_valid_array(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = invoke("parse", str(tmp_path / "a.txt"), "--format", "json")
    data = json.loads(result.output)
    assert isinstance(data, list) and data[0]["id"].endswith("a.txt")


def test_csv_has_the_flat_columns_and_one_row_per_incident(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = invoke("parse", str(tmp_path / "a.txt"), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0].keys()) == CSV_COLUMNS
    for column in ("country", "attack_type", "killed", "wounded", "perpetrator", "killed_qualifier"):
        assert column in rows[0]
    assert rows[0]["attack_type"] == "bombing"


def test_jsonl_input_keeps_ids_and_reference_dates():
    result = invoke("parse", str(SAMPLES / "batch.jsonl"), "--format", "jsonl")
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["id"] for r in records] == ["batch-1", "batch-2"]


def test_stdin_dash_reads_standard_input():
    result = invoke("parse", "-", "--format", "jsonl", input=ARTICLE)
    assert json.loads(result.output)["id"] == "-"


def test_no_input_with_piped_stdin_reads_stdin():
    result = run_cli("parse", input=ARTICLE.encode())
    assert result.returncode == 0 and jsonl(result.stdout)[0]["incidents"]


def test_no_input_on_a_terminal_is_a_usage_error_not_a_wait():
    master, slave = pty.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "incidentcli", "parse"], stdin=slave,
                              capture_output=True, timeout=30,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    finally:
        os.close(master)
        os.close(slave)
    assert proc.returncode == 2
    assert b"standard input is a terminal" in proc.stderr


def test_a_missing_file_among_good_ones_keeps_the_good_records(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    result = run_cli("parse", str(good), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    records = jsonl(result.stdout)
    assert records[0]["incidents"] and records[0]["error"] is None
    assert records[1]["error"]["type"] == "not_found"
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "missing.txt" in lines[0] and "Traceback" not in result.stderr.decode()


@pytest.mark.parametrize("args", [["parse", "--bogus"], ["parse", "--format", "xml", "x"],
                                  ["parse", "--reference-date", "yesterday", "x"], ["nosuch"]])
def test_usage_errors_exit_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_version_and_module_entry_point():
    result = run_cli("--version")
    assert result.returncode == 0 and re.search(rb"\d+\.\d+\.\d+", result.stdout)


def test_machine_formats_have_no_ansi_escapes(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    for fmt in ("jsonl", "json", "csv"):
        assert "\x1b[" not in invoke("parse", str(tmp_path / "a.txt"), "--format", fmt).output


def test_table_format_and_explain_render_without_colour(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    table = invoke("parse", str(tmp_path / "a.txt"), "--format", "table", "--no-color").output
    assert "bombing" in table and "\x1b[" not in table
    explained = invoke("parse", str(tmp_path / "a.txt"), "--explain", "--no-color").output
    assert "attack_type" in explained and "\x1b[" not in explained


def _all_options():
    for name, command in cli.commands.items():
        for param in command.params:
            if param.param_type_name == "option":
                yield name, param


@pytest.mark.parametrize("command,option", [(c, p) for c, p in _all_options()],
                         ids=lambda x: getattr(x, "name", x))
def test_every_option_has_help_and_is_in_the_readme(command, option):
    assert option.help, f"{command} {option.opts} has no help text"
    readme = (ROOT / "README.md").read_text()
    assert any(opt in readme for opt in option.opts), f"{option.opts} is not in README.md"


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name, command in cli.commands.items():
        assert command.help and f"incidentcli {name}" in readme
