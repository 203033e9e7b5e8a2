"""Hostile and messy input, through the CLI (issue 7).

Every input gives a clean record or an error record plus one line on stderr; exit code 1 at
worst; never a traceback, never a hang; the good documents' records survive.  Fixtures are
our own, generated here (large ones in tmp_path).  Each case runs the console entry point
(``incidentcli.cli.main``, the same code as ``python -m incidentcli``) in this process, to
keep the suite fast (data files load once), and checks: the exit code, no "Traceback" on
stderr, stdout is JSON Lines valid against the record schema, and the good records are
there.  Closed pipes, Ctrl-C and one folder of every hostile file at once run
``python -m incidentcli`` in a real subprocess.
"""
from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from incidentcli.schema import record_schema

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ("KABUL, Afghanistan (AP) — A car bomb killed 12 people and wounded 30 others near "
           "a crowded market in Kabul on Monday, police said. The Taliban claimed "
           "responsibility for the attack in a statement sent to reporters.\n")
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Car bomb kills 12 in Kabul</title>
<meta http-equiv="refresh" content="0; url=http://tracker.invalid/r">
<base href="http://cdn.invalid/"><link rel="stylesheet" href="http://cdn.invalid/s.css">
<style>body { font-family: serif } .x:before { content: "bomb killed 99" }</style>
<script src="http://cdn.invalid/app.js"></script>
<script>var story = "A bomb killed 500 people"; fetch("http://api.invalid/track");</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Car bomb kills 12 in Kabul</h1>
<p>KABUL, Afghanistan (AP) — A car bomb killed 12 people and wounded 30 others near a
crowded market in Kabul on Monday, police said.</p>
<img src="http://images.invalid/photo.jpg"><iframe src="http://ads.invalid/frame"></iframe>
<p>The Taliban claimed responsibility for the attack in a statement sent to reporters.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""
VALIDATOR = jsonschema.Draft202012Validator(record_schema())


def run_subprocess(*args: str, stdin: bytes | None = None, timeout: float = 120):
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_COLOR="1")
    env.pop("INCIDENTCLI_DEBUG", None)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "incidentcli", *args], input=stdin,
                          stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, env=env, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), \
        time.perf_counter() - start


@pytest.fixture
def run_cli(monkeypatch, capfd):
    """``run_cli(*args, stdin=b"...")`` -> (exit code, stdout, stderr, seconds), in process."""
    from incidentcli import cli as cli_module

    def run(*args: str, stdin: bytes | None = None, timeout: float = 120):
        monkeypatch.setenv("NO_COLOR", "1")
        monkeypatch.delenv("INCIDENTCLI_DEBUG", raising=False)
        monkeypatch.setenv("INCIDENTCLI_DOC_TIMEOUT", str(timeout))
        monkeypatch.setattr(sys, "argv", ["incidentcli", *args])
        raw = io.BufferedReader(io.BytesIO(stdin or b""))
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
        capfd.readouterr()
        start = time.perf_counter()
        try:
            cli_module.main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 0
        seconds = time.perf_counter() - start
        out, err = capfd.readouterr()
        return code, out, err, seconds

    return run


def records(stdout: str) -> list[dict]:
    out = []
    for line in stdout.splitlines():
        rec = json.loads(line)
        VALIDATOR.validate(rec)
        out.append(rec)
    return out


@pytest.fixture
def parse(run_cli):
    """``parse(*inputs, stdin=..., expect_rc=0)`` -> (records, stderr), checked."""
    def run(*args, stdin=None, timeout=120, expect_rc=0):
        rc, out, err, _ = run_cli("parse", "--format", "jsonl", *args, stdin=stdin,
                                  timeout=timeout)
        return check_run(rc, out, err, expect_rc)
    return run


def check_run(rc, out, err, expect_rc):
    assert "Traceback" not in err, err
    assert rc == expect_rc, (rc, err)
    recs = records(out)
    errors = [r for r in recs if r["error"]]
    # one line on stderr per error record (plus, at most, notes of skipped files)
    assert len([ln for ln in err.splitlines() if "skipped" not in ln]) == len(errors), err
    return recs, err


def by_id(recs):
    return {Path(r["id"]).name if r["id"] and "/" in r["id"] else r["id"]: r for r in recs}


# ---------------------------------------------------------------------------- fixtures

@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE)
    return path


def _assert_good(rec):
    assert rec["error"] is None and rec["incidents"], rec


# ---------------------------------------------------------------------------- HTML

def test_html_page_keeps_article_and_title_drops_scripts_and_boilerplate(tmp_path, good, parse, run_cli):
    from incidentcli.htmltext import html_to_text
    text = html_to_text(HTML_PAGE)
    assert text.startswith("Car bomb kills 12 in Kabul\n\n")
    assert "A car bomb killed 12 people" in text and "Taliban claimed" in text
    for junk in ("500 people", "99", "font-family", "Home", "Copyright", "fetch("):
        assert junk not in text, junk
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE)
    recs, _ = parse(str(page), str(good))
    assert all(r["error"] is None for r in recs) and len(recs) == 2
    rc, out, err, _ = run_cli("parse", "--explain", "--no-color", str(page))
    assert rc == 0 and "Traceback" not in err and "500 people" not in out


@pytest.mark.parametrize("depth", [300, 5000])
def test_deeply_nested_html(tmp_path, good, depth, parse):
    from incidentcli.htmltext import html_to_text
    body = "<div><span>" * depth + f"<p>{ARTICLE}</p>" + "</span></div>" * depth
    page = f"<html><head><title>Deep</title></head><body><nav><a href='/'>Home</a></nav>" \
           f"{body}</body></html>"
    unclosed = "<html><body>" + "<div><font><b>" * depth + ARTICLE
    for markup in (page, unclosed):
        assert "A car bomb killed 12 people" in html_to_text(markup)
    (tmp_path / "deep.html").write_text(page)
    (tmp_path / "unclosed.html").write_text(unclosed)
    recs, _ = parse(str(tmp_path / "deep.html"), str(tmp_path / "unclosed.html"), str(good))
    assert len(recs) == 3
    for rec in recs:
        _assert_good(rec)


def test_no_network_for_urls_in_html_or_text(tmp_path, monkeypatch, parse):
    """Nothing in the input is fetched: every way to open a connection raises here."""
    calls = []

    def forbidden(*args, **kwargs):
        calls.append(args)
        raise OSError("network access in a test")

    monkeypatch.setattr(socket, "socket", forbidden)
    monkeypatch.setattr(socket, "create_connection", forbidden)
    monkeypatch.setattr(socket, "getaddrinfo", forbidden)
    (tmp_path / "page.html").write_text(HTML_PAGE)
    (tmp_path / "urls.txt").write_text("See http://example.invalid/story and "
                                       "https://news.invalid/a.html: " + ARTICLE)
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "u", "html": HTML_PAGE}) + "\n")
    recs, _ = parse(str(tmp_path))
    assert len(recs) == 3 and all(r["error"] is None for r in recs)
    assert calls == []


# ---------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("name, data", [
    ("latin1.txt", "Un coche bomba mató a cinco personas en Bogotá.\r\nBogotá, lunes.".encode(
        "latin-1")),
    ("cp1252.txt", "“Bomb” in Bogotá — five killed.".encode("cp1252")),
    ("utf8.txt", "A bomb exploded in Bogotá.".encode("utf-8")),
    ("utf8bom.txt", b"\xef\xbb\xbf" + "A bomb exploded in Bogotá.\r\n".encode("utf-8")),
    ("utf16.txt", "A bomb exploded in Bogotá.\r\n".encode("utf-16")),
    ("mixed.txt", "A bomb exploded in Bogotá.\r\nTwo killed.\rThree hurt.\n".encode("utf-8")),
])
def test_encodings(tmp_path, name, data, parse, run_cli):
    path = tmp_path / name
    path.write_bytes(data)
    recs, _ = parse(str(path))
    assert recs[0]["error"] is None
    rc, out, err, _ = run_cli("parse", "--explain", "--no-color", str(path))
    assert rc == 0 and "Traceback" not in err
    assert "Bogotá" in out and "Bogot\ufffd" not in out and "\r" not in out


# ---------------------------------------------------------------------------- not text

def test_binary_inputs_give_error_records_and_good_ones_survive(tmp_path, good, parse):
    noise = bytes((i * 7919 + 13) % 256 for i in range(50_000))
    (tmp_path / "random.txt").write_bytes(noise)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + noise[:1000])
    (tmp_path / "zeros.txt").write_bytes(bytes(10_000))
    recs, err = parse(str(tmp_path / "random.txt"), str(tmp_path / "image.txt"),
                      str(tmp_path / "zeros.txt"), str(good), expect_rc=1)
    got = by_id(recs)
    for name in ("random.txt", "image.txt", "zeros.txt"):
        assert got[name]["error"]["type"] == "not_text" and not got[name]["incidents"]
    _assert_good(got["good.txt"])
    assert err.count("not text") == 3


def test_folder_with_images_is_walked_with_a_note(tmp_path, parse):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(5000))
    (tmp_path / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    (tmp_path / "disguised.txt").write_bytes(b"\xff\xd8\xff\xe0" + bytes(5000))
    os.mkfifo(tmp_path / "fifo.txt")
    recs, err = parse(str(tmp_path), expect_rc=1)
    assert sorted(by_id(recs)) == ["a.txt", "disguised.txt"]
    assert "skipped" in err and err.count("skipped") == 1


@pytest.mark.parametrize("content", ["", "   \n\n\t  \r\n"])
def test_empty_and_blank_files_give_records_without_incidents(tmp_path, content, parse):
    path = tmp_path / "empty.txt"
    path.write_text(content)
    recs, err = parse(str(path))
    assert recs == [{"id": str(path), "incidents": [], "error": None}] and err == ""


def test_empty_stdin(tmp_path, parse):
    recs, _ = parse("-", stdin=b"")
    assert recs == [{"id": "-", "incidents": [], "error": None}]


# ---------------------------------------------------------------------------- size

SIZE_CASES = {
    "1mb_single_line": lambda: "word " * 200_000,
    "1mb_of_periods": lambda: "." * 1_000_000,
    "200k_numbers": lambda: " ".join(str(i) for i in range(200_000)),
    "50k_cue_words": lambda: " ".join(
        ["killed", "wounded", "at", "least", "more", "than", "bomb", "attack"] * 6_250),
    "article_x200": lambda: ARTICLE * 200,
    "200k_commas_digits": lambda: "1," * 100_000 + "x",
    "caps_no_punctuation": lambda: "BOMB KILLED GUERRILLAS SALVADOR " * 20_000,
}


@pytest.mark.parametrize("case", sorted(SIZE_CASES))
def test_large_inputs_finish(tmp_path, good, case, parse):
    path = tmp_path / f"{case}.txt"
    path.write_text(SIZE_CASES[case]())
    recs, _ = parse(str(path), str(good), timeout=30)  # per document: fails, never hangs
    assert [r["error"] for r in recs] == [None, None]
    _assert_good(recs[1])


def test_too_large_file_is_an_error_record(tmp_path, good, parse):
    from incidentcli.reader import MAX_INPUT_BYTES
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: costs no disk
    recs, err = parse(str(big), str(good), expect_rc=1)
    assert recs[0]["error"]["type"] == "too_large" and "too large" in err
    _assert_good(recs[1])


# ---------------------------------------------------------------------------- JSON Lines

def test_jsonl_bad_lines_are_error_records_and_others_survive(tmp_path, parse):
    from incidentcli.reader import MAX_INPUT_BYTES
    path = tmp_path / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "ok1", "text": ARTICLE}) + "\n")
        fh.write('{"id": "broken", "text": "half a li\n')
        fh.write(json.dumps({"id": "notext", "body": ARTICLE}) + "\n")
        fh.write(json.dumps({"id": "number", "text": 12}) + "\n")
        fh.write(json.dumps({"id": "list", "text": ["a", "b"]}) + "\n")
        fh.write(json.dumps({"id": "toolong", "text": "y" * 5_000_001}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "z" * (MAX_INPUT_BYTES + 10)}) + "\n")
        fh.write('"just a string"\n')
        fh.write(json.dumps({"id": "sur\udc80", "text": "lone \ud800 surrogate " + ARTICLE},
                            ensure_ascii=True) + "\n")
        fh.write(json.dumps({"id": "nul", "text": "nul \x00 byte " + ARTICLE}) + "\n")
        fh.write(json.dumps({"id": "ok2", "text": ARTICLE}) + "\n")
    recs, err = parse(str(path), expect_rc=1, timeout=180)
    got = {r["id"]: r for r in recs}
    assert list(got) == ["ok1", "broken", "notext", "number", "list", "toolong", "huge",
                         f"{path}:8", "sur\ufffd", "nul", "ok2"]
    assert {k: (v["error"] or {}).get("type") for k, v in got.items()} == {
        "ok1": None, "broken": "bad_json", "notext": "bad_input", "number": "bad_input",
        "list": "bad_input", "toolong": "too_large", "huge": "too_large",
        f"{path}:8": "bad_json", "sur\ufffd": None, "nul": None, "ok2": None}
    for name in ("ok1", "ok2", "sur\ufffd", "nul"):
        _assert_good(got[name])
    assert f"{path}:2:" in err and f"{path}:7:" in err  # line numbers in the messages


def test_json_array_file(tmp_path, parse):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps([{"id": "a", "text": ARTICLE}, {"id": "b"},
                                {"id": "c", "html": HTML_PAGE}], indent=2))
    recs, _ = parse(str(path), expect_rc=1)
    assert [(r["id"], bool(r["error"])) for r in recs] == [("a", False), ("b", True),
                                                           ("c", False)]


def test_jsonl_on_stdin_with_bad_lines(parse):
    data = (json.dumps({"id": "a", "text": ARTICLE}) + "\n{oops\n" +
            json.dumps({"id": "b", "text": ARTICLE}) + "\n").encode()
    recs, _ = parse("-", stdin=data, expect_rc=1)
    assert [(r["id"], bool(r["error"])) for r in recs] == [("a", False), ("-:2", True),
                                                           ("b", False)]


# ---------------------------------------------------------------------------- names, messages

def test_strange_file_names_give_one_line_messages(tmp_path, good, parse):
    odd = tmp_path / "evil\nname\x1b[31m.txt"
    odd.write_bytes(bytes(300))
    recs, err = parse(str(odd), str(good), expect_rc=1)
    assert len(err.splitlines()) == 1 and "\x1b" not in err
    assert recs[0]["error"]["type"] == "not_text"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_every_output_format_survives_hostile_ids(tmp_path, fmt, run_cli):
    data = (json.dumps({"id": "[/red]", "text": 1}) + "\n" +
            json.dumps({"id": "[bold]x", "text": ARTICLE}) + "\n").encode()
    rc, out, err, _ = run_cli("parse", "-", "--format", fmt, stdin=data)
    assert rc == 1 and "Traceback" not in err and "internal error" not in err
    assert "[bold]x" in out


# ---------------------------------------------------------------------------- real processes

def test_a_folder_of_everything_hostile_through_python_m_incidentcli(tmp_path):
    """One real run over a scraper's mess: only the good documents give incidents, every
    bad one an error record and a line on stderr, exit code 1, no traceback."""
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE)
    (folder / "page.html").write_text(HTML_PAGE)
    (folder / "latin1.txt").write_bytes(ARTICLE.replace("Kabul", "Bogotá").replace(
        "—", "-").encode("latin-1"))
    (folder / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (folder / "empty.txt").write_text("")
    (folder / "noise.txt").write_bytes(bytes((i * 7919 + 13) % 256 for i in range(5000)))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (folder / "deep.html").write_text("<div>" * 5000 + ARTICLE)
    (folder / "lines.jsonl").write_text(json.dumps({"id": "j1", "text": ARTICLE}) + "\n{bad\n")
    rc, out, err, _ = run_subprocess("parse", str(folder), timeout=300)
    recs = {Path(r["id"]).name: r for r in check_run(rc, out, err, 1)[0]}
    assert sorted(recs) == ["deep.html", "empty.txt", "good.txt", "j1", "latin1.txt",
                            "lines.jsonl:2", "noise.txt", "page.html", "utf16.txt"]
    for name in ("deep.html", "good.txt", "j1", "latin1.txt", "page.html", "utf16.txt"):
        _assert_good(recs[name])
    assert recs["empty.txt"] == {"id": str(folder / "empty.txt"), "incidents": [],
                                 "error": None}
    assert recs["noise.txt"]["error"]["type"] == "not_text"
    assert recs["lines.jsonl:2"]["error"]["type"] == "bad_json"
    assert "skipped" in err and "photo.jpg" in err


# ---------------------------------------------------------------------------- pipes, signals

def _many_lines(n=4000) -> bytes:
    return "".join(json.dumps({"id": f"d{i}", "text": ARTICLE}) + "\n"
                   for i in range(n)).encode()


@pytest.mark.parametrize("extra", [[], ["--format", "csv"], ["--jobs", "2"]])
def test_closed_pipe_exits_quietly(tmp_path, extra):
    src = tmp_path / "many.jsonl"
    src.write_bytes(_many_lines())
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "incidentcli", "parse", str(src), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    rc = proc.wait(timeout=60)
    assert first and rc == 0 and err == "", (rc, err)


@pytest.mark.parametrize("args, feed", [
    (["-"], b"A car bomb killed 12 people"),                       # waiting on stdin
    (["-", "--input-format", "jsonl"], b'{"id": "a", "text": "x"}\n'),
    (["MANY"], None),                                               # busy extracting
    (["MANY", "--jobs", "2"], None),
])
def test_ctrl_c_stops_promptly_without_traceback(tmp_path, args, feed):
    if args[0] == "MANY":
        src = tmp_path / "many.jsonl"
        src.write_bytes(_many_lines(50_000))
        args = [str(src), *args[1:]]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "incidentcli", "parse", *args],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    if feed is not None:
        proc.stdin.write(feed)
        proc.stdin.flush()
    time.sleep(1.5)  # started, importing done, reading or working
    assert proc.poll() is None
    sent = time.perf_counter()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert time.perf_counter() - sent < 5
    assert proc.returncode == 130 and "Traceback" not in err.decode(), err.decode()
    assert "interrupted" in err.decode()


# ---------------------------------------------------------------------------- last resort

def test_a_runaway_document_times_out_and_the_next_one_goes_on(monkeypatch):
    """The runner's time limit: a (hypothetical) catastrophic regex in a field module gives
    that document a "timeout" error record, even through a module's ``except Exception``."""
    import re

    from incidentcli import pipeline
    from incidentcli.reader import Item
    from incidentcli.runner import process
    real_extract = pipeline.extract

    def runaway(text, **kwargs):
        if "runaway" in text:
            try:
                re.match(r"(a+)+$", "a" * 64 + "b")  # exponential backtracking
            except Exception:
                pass
        return real_extract(text, **kwargs)

    monkeypatch.setattr(pipeline, "extract", runaway)
    monkeypatch.setenv("INCIDENTCLI_DOC_TIMEOUT", "0.5")
    start = time.perf_counter()
    slow = process(Item(id="slow", text="runaway " + ARTICLE))
    assert time.perf_counter() - start < 5
    assert slow.error.type == "timeout" and slow.error.message.startswith("slow: gave up")
    fine = process(Item(id="fine", text=ARTICLE))
    assert fine.error is None and fine.incidents
