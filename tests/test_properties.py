"""Properties of the Python API on any input (hypothesis).

For any text, ``incidentcli.extract`` returns a record valid against the JSON Schema, every
evidence span quotes its input exactly, and counts are non-negative ints or null.  The
readers never raise on any bytes.  Example counts stay modest (the suite must stay fast).
"""
from __future__ import annotations

import io

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidentcli import extract
from incidentcli.htmltext import html_to_text
from incidentcli.reader import decode_bytes, read_jsonl
from incidentcli.schema import record_schema

VALIDATOR = jsonschema.Draft202012Validator(record_schema())
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of news prose, so that examples reach the extractors' rules, not only noise.
FRAGMENTS = [
    "A car bomb", "killed", "at least", "more than", "12", "twelve", "1,200", "dozens of",
    "people", "wounded", "injured", "were", "and", "in", "Kabul", "Bogotá", "San Salvador",
    "Pakistan", "on Monday", "on 3 January 1990", "yesterday", "police said", "gunmen",
    "opened fire", "suicide bomber", "the Taliban", "Islamic State", "claimed responsibility",
    "FMLN", "GUERRILLAS", "KILLED", "SAN SALVADOR, 3 JAN 90 (RADIO) --", "KABUL (AP) —",
    "Mr.", "Gen.", "U.S.", ".", ",", "!", "?", "—", "-", "(", ")", "\"", "'", "\n", "\n\n",
    "  ", "\t", "\r\n", "…", "’", "\ufffd", "\x00", "5-7", "between 3 and 5", "2024-05-08",
]
news = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=60).map(
    " ".join)
any_text = st.one_of(st.text(max_size=400), news)


def _check_record(text: str, record) -> None:
    data = record.to_dict()
    VALIDATOR.validate(data)
    assert data["error"] is None
    for inc in data["incidents"]:
        for field, span in inc["evidence"].items():
            assert 0 <= span["start"] <= span["end"] <= len(text), field
            assert text[span["start"]:span["end"]] == span["text"], field
        for name in ("killed", "wounded"):
            for key in ("value", "min", "max", "perpetrators"):
                value = inc[name][key]
                assert value is None or (type(value) is int and value >= 0), (name, key, value)


@SETTINGS
@given(any_text)
def test_extract_any_text_gives_a_valid_record_with_exact_spans(text):
    _check_record(text, extract(text))


@SETTINGS
@given(news, st.dates())
def test_extract_with_reference_date(text, ref):
    _check_record(text, extract(text, reference_date=ref))


@SETTINGS
@given(news.map(str.upper))
def test_extract_all_caps_wire_text(text):
    _check_record(text, extract(text))


@SETTINGS
@given(st.binary(max_size=600))
def test_decode_never_raises(data):
    text = decode_bytes(data)
    assert text is None or (isinstance(text, str) and "\r" not in text)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(["<div>", "</div>", "<p>", "<script>", "</script>",
                                           "<!--", "-->", "<title>", "</title>", "<", ">",
                                           "&amp;", "&#x0;", "<br/>", "<html>", "<body>"]),
                          news), max_size=40).map("".join))
def test_html_to_text_never_raises(markup):
    assert isinstance(html_to_text(markup), str)


@SETTINGS
@given(st.binary(max_size=600))
def test_read_jsonl_never_raises(data):
    for item in read_jsonl(io.BytesIO(data), "x.jsonl", None):
        assert (item.text is None) != (item.error is None)
