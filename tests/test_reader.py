"""reader: decoding, binary detection, JSON / JSON Lines error items, folder walks, size limits."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from incidentcli import reader
from incidentcli.reader import Source, decode_bytes, expand_inputs, read_jsonl, read_source

ARTICLE = ("KABUL, Afghanistan (AP) — A car bomb killed 12 people and wounded 30 others near "
           "a market on Monday, police said.")


# ---------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("data, expected", [
    ("Bogotá".encode("latin-1"), "Bogotá"),
    ("Un coche bomba mató a cinco personas en Bogotá.".encode("latin-1"),
     "Un coche bomba mató a cinco personas en Bogotá."),
    ("L’attaque a fait trois morts à Médéa — selon la police.".encode("cp1252"),
     "L’attaque a fait trois morts à Médéa — selon la police."),
    ("Взрыв в Москве: погибли 12 человек, ранены 30.".encode("cp1251"),
     "Взрыв в Москве: погибли 12 человек, ранены 30."),
    ("Bogotá".encode("utf-8"), "Bogotá"),
    (b"\xef\xbb\xbf" + "Bogotá".encode("utf-8"), "Bogotá"),
    ("Bogotá — bomb".encode("utf-16"), "Bogotá — bomb"),           # BOM
    (codecs_bom := b"\xfe\xff" + "Kabul".encode("utf-16-be"), "Kabul"),
    ("A bomb exploded in Kabul on Monday.".encode("utf-16-le"),       # no BOM: NUL pattern
     "A bomb exploded in Kabul on Monday."),
    ("Bogotá".encode("utf-32"), "Bogotá"),
    (b"one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),            # mixed newlines
    (b"\xef\xbb\xbfone\r\ntwo", "one\ntwo"),                          # BOM and CRLF
    ("one\r\ntwo".encode("utf-16"), "one\ntwo"),
    (b"", ""),
])
def test_decode(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200),
    b"GIF89a" + bytes(100),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    b"PK\x03\x04" + bytes(50),
    b"\x1f\x8b\x08\x00" + bytes(20),
    b"\x7fELF\x02\x01\x01" + bytes(50),
    bytes(range(256)) * 20,                                    # control bytes and NULs
    bytes((i * 7919 + 13) % 256 for i in range(20000)),      # pseudo-random bytes
    bytes(range(128, 256)) * 50,                             # high bytes only: no encoding fits
])
def test_binary_is_not_text(data):
    assert decode_bytes(data) is None


def test_lone_surrogates_become_replacement_characters():
    item = reader.item_from_object({"id": "x\udc80", "text": "a\ud800b"}, "f:1", None)
    assert item.text == "a\ufffdb" and item.id == "x\ufffd"
    json.dumps({"id": item.id, "text": item.text}, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------------------- JSON Lines

def _items(lines: bytes, name="in.jsonl"):
    return list(read_jsonl(io.BytesIO(lines), name, None))


def test_jsonl_bad_lines_keep_their_id_or_line_number():
    good = json.dumps({"id": "a", "text": ARTICLE}).encode()
    data = b"\n".join([
        good,
        b'{"id": "b", "text": "cut in the mid',        # broken: id salvaged
        b'{"text": ',                                    # broken, no id: line number
        json.dumps({"id": "d"}).encode(),                # no text
        json.dumps({"id": 5, "text": 42}).encode(),      # text not a string
        json.dumps({"id": "f", "text": None, "html": "<p>x</p>"}).encode(),
        b"[1, 2]",                                       # not an object
        b"   ",                                          # blank: skipped
        b"[" * 100_000 + b"]" * 100_000,                 # nested too deeply
        json.dumps({"id": "g", "text": ARTICLE, "reference_date": "May 8"}).encode(),
        b'{"id": "h", "text": "caf\xe9 bomb"}',         # latin-1 inside a UTF-8 file
        good.replace(b'"a"', b'"z"'),
    ])
    items = _items(data)
    got = [(i.id, i.error.type if i.error else None) for i in items]
    assert got == [("a", None), ("b", "bad_json"), ("in.jsonl:3", "bad_json"),
                   ("d", "bad_input"), ("5", "bad_input"), ("f", None),
                   ("in.jsonl:7", "bad_json"), ("in.jsonl:9", "bad_json"), ("g", "bad_input"),
                   ("h", None), ("z", None)]
    assert items[5].html and items[9].text == "café bomb"
    assert all(i.error.message.startswith("in.jsonl:") for i in items if i.error)
    assert all("\n" not in i.error.message for i in items if i.error)


def test_jsonl_huge_line_is_refused_without_reading_it_whole(monkeypatch):
    monkeypatch.setattr(reader, "MAX_INPUT_BYTES", 1000)
    huge = json.dumps({"id": "big", "text": "x" * 50_000}).encode()
    data = b"\n".join([json.dumps({"id": "a", "text": "one"}).encode(), huge,
                       json.dumps({"text": "y" * 5000}).encode(),
                       json.dumps({"id": "c", "text": "two"}).encode()])
    items = _items(data)
    assert [(i.id, i.error.type if i.error else None) for i in items] == [
        ("a", None), ("big", "too_large"), ("in.jsonl:3", "too_large"), ("c", None)]


def test_jsonl_with_bom_and_crlf():
    data = b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "one"}).encode() + b"\r\n" + \
        json.dumps({"id": "b", "text": "two"}).encode() + b"\r\n"
    assert [(i.id, i.text) for i in _items(data)] == [("a", "one"), ("b", "two")]


def test_jsonl_in_utf16():
    data = (json.dumps({"id": "a", "text": "Bogotá"}, ensure_ascii=False) + "\n").encode("utf-16")
    assert [(i.id, i.text) for i in _items(data)] == [("a", "Bogotá")]


# ---------------------------------------------------------------------------- sources

def _read(path: Path, fmt="auto"):
    return list(read_source(Source(str(path), path), fmt, None))


def test_json_array_and_pretty_printed_object(tmp_path):
    arr = tmp_path / "a.json"
    arr.write_text(json.dumps([{"id": "x", "text": "one"}, {"text": 3}, {"id": "y", "text": "two"}],
                              indent=2))
    assert [(i.id, i.error.type if i.error else None) for i in _read(arr)] == [
        ("x", None), (f"{arr}[2]", "bad_input"), ("y", None)]
    obj = tmp_path / "b.json"
    obj.write_text(json.dumps({"id": "solo", "text": ARTICLE}, indent=2))
    assert [i.id for i in _read(obj)] == ["solo"]
    lines = tmp_path / "c.json"  # JSON Lines under .json, first line broken: others survive
    lines.write_text('{"id": "p", "text": \n' + json.dumps({"id": "q", "text": "ok"}) + "\n")
    assert [(i.id, i.error.type if i.error else None) for i in _read(lines)] == [
        ("p", "bad_json"), ("q", None)]


def test_sniffing_without_extension(tmp_path):
    (tmp_path / "page").write_text("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    (tmp_path / "lines").write_text(json.dumps({"id": "j", "text": "x"}) + "\n")
    (tmp_path / "brace").write_text("{Breaking} A bomb exploded.")
    assert _read(tmp_path / "page")[0].html
    assert _read(tmp_path / "lines")[0].id == "j"
    assert _read(tmp_path / "brace")[0].text == "{Breaking} A bomb exploded."


def test_too_large_file_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_INPUT_BYTES", 100)
    big = tmp_path / "big.txt"
    big.write_text("x" * 101)
    (item,) = _read(big)
    assert item.error.type == "too_large" and "101 bytes" in item.error.message


def test_folder_walk_skips_with_one_note(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text("x")
    os.mkfifo(tmp_path / "pipe.txt")  # would block a read forever
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>")
    notes = []
    got = list(expand_inputs([str(tmp_path), str(tmp_path / "missing.txt")], warn=notes.append))
    names = [Path(getattr(s, "name", None) or s.id).name for s in got]
    assert names == ["a.txt", "b.html", "missing.txt"]
    assert got[-1].error.type == "not_found"
    assert len(notes) == 1 and "and 2 more" in notes[0]


def test_unreadable_paths_give_error_items(tmp_path):
    got = list(expand_inputs(["x" * 5000, "bad\x00name"]))
    assert [g.error.type for g in got] == ["unreadable", "not_found"]
