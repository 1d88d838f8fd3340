"""Train static character vectors for the statistical NER, from scratch.

    OMP_NUM_THREADS=1 taskset -c 1 python scripts/train_vectors.py --out /work/train/ner/vec/vectors

Text: bulk/*.jsonl (minus every document of corpus/test.jsonl, corpus/test_selection.tsv
and the corpus dev sets, by id and by opening text) and the texts of the NER training
files of scripts/build_ner_data.py (never CLUENER dev). Tokens are the pipeline's own
(zone_ner.PageTokenizer, char segmenter), keyed by NORM; skip-gram word2vec (gensim).
Writes a blank spaCy pipeline whose vocab holds the vectors (for `[initialize] vectors`).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import spacy
from gensim.models import Word2Vec
from spacy.vectors import Vectors

from build_ner_data import BULK, CORPORA, ROOT, SENT_CUT, TRAIN_FILES, test_ids
from zone_ner.segmentation import PageTokenizer

HELD_OUT = ["corpus/test.jsonl", "corpus/dev.jsonl", "corpus/dev2.jsonl", "corpus/dev3.jsonl"]


def held_out() -> tuple[set[str], set[str]]:
    """Ids and 40-character openings of documents that must not be seen."""
    ids, heads = test_ids(), set()
    for rel in HELD_OUT:
        path = ROOT / rel
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    ids.add(rec["id"])
                    heads.add(rec["text"].strip()[:40])
    return ids, heads


def texts() -> Iterator[str]:
    """Unlabelled training text: bulk minus held-out documents, NER train texts."""
    ids, heads = held_out()
    for path in sorted(BULK.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] not in ids and rec["text"].strip()[:40] not in heads:
                    yield rec["text"]
    for _, rel in TRAIN_FILES:
        with (CORPORA / rel).open(encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)["text"]


def sentences(tokenizer: PageTokenizer) -> list[list[str]]:
    """Token NORMs per sentence (whitespace tokens dropped)."""
    out = []
    for text in texts():
        for sent in SENT_CUT.split(text):
            toks = [t.norm_ for t in tokenizer(sent) if not t.is_space]
            if len(toks) > 1:
                out.append(toks)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=5)
    args = ap.parse_args()
    nlp = spacy.blank("zh")
    t0 = time.time()
    sents = sentences(PageTokenizer(nlp.vocab, segmenter="char"))
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens ({time.time() - t0:.0f}s)", flush=True)
    w2v = Word2Vec(sents, vector_size=args.dim, window=args.window, min_count=args.min_count, sg=1,
                   negative=5, sample=1e-4, epochs=args.epochs, workers=1, seed=1)
    kv = w2v.wv
    print(f"{len(kv)} vectors ({time.time() - t0:.0f}s)", flush=True)
    keys = [nlp.vocab.strings.add(w) for w in kv.index_to_key]
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=np.asarray(kv.vectors, dtype="float32"),
                                keys=keys, attr="NORM")
    nlp.to_disk(args.out)
    for probe in ["京", "司", "长", "区"]:
        if probe in kv:
            print(probe, [w for w, _ in kv.most_similar(probe, topn=8)])


if __name__ == "__main__":
    main()
