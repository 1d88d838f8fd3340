"""Fold the static vectors of a trained NER into a hash-embedding table.

    PYTHONPATH=. python scripts/ner_fold_vectors.py VEC_MODEL OUT [--rows 40000]

A model trained with static vectors (configs/ner_avg.cfg on a scripts/ner_add_vectors.py
warm start) needs the vectors in the vocab of every pipeline it serves in. Its
StaticVectors layer maps a token's NORM key k to W·v_k, a fixed 64-dimensional vector
per key. A third thinc HashEmbed on NORM (the sum of four hashed rows of a table)
can give exactly these vectors: the table is the minimum-norm solution of the linear
system "the four rows of key k sum to W·v_k" for every key of the vectors. The
result is configs/ner.cfg with attrs NORM, SHAPE, NORM and no vectors; every other
weight is copied. Keys without a vector (0 before) now read a small sum of rows.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import spacy
from scipy.sparse import csr_matrix
from scipy.sparse.linalg import splu
from thinc.api import Model

from ner_add_vectors import ROOT, param_nodes, print_probe

import zone_ner.segmentation.tokenizer  # noqa: F401  (registers zone_ner.PageTokenizer.v1)


def solve_table(table: Model, keys: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Minimum-norm rows E of `table` with sum(E[hash(k)]) == target(k) for each key."""
    n_rows = table.get_dim("nV")
    cols = table.ops.hash(table.ops.asarray1i(keys, dtype="uint64"), table.attrs["seed"]) % n_rows
    cols = np.asarray(cols, dtype=np.int64)
    a = csr_matrix((np.ones(cols.size), (np.repeat(np.arange(len(keys)), cols.shape[1]), cols.ravel())),
                   shape=(len(keys), n_rows))
    gram = (a @ a.T).tocsc()
    e = a.T @ splu(gram).solve(targets.astype(np.float64))
    return np.asarray(e, dtype="float32")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--rows", type=int, default=40000)
    args = ap.parse_args()
    old = spacy.load(args.model)
    config = spacy.util.load_config(ROOT / "configs/ner.cfg", overrides={
        "components.tok2vec.model.embed.attrs": ["NORM", "SHAPE", "NORM"],
        "components.tok2vec.model.embed.rows": [16000, 100, args.rows]})
    new = spacy.util.load_model_from_config(config, auto_fill=True)
    for label in old.get_pipe("ner").labels:
        new.get_pipe("ner").add_label(label)
    new.initialize()
    t_old, t_new = old.get_pipe("tok2vec").model, new.get_pipe("tok2vec").model
    sv = next(n for n in t_old.walk() if n.name == "static_vectors")
    vectors = old.vocab.vectors
    keys = np.fromiter(vectors.keys(), dtype="uint64")
    targets = np.asarray(vectors.data)[vectors.find(keys=keys)] @ sv.get_param("W").T
    old_nodes = param_nodes(t_old)
    new_nodes = param_nodes(t_new)
    folded = new_nodes.pop(2)  # the third hash table (sorted by name, walk order kept)
    assert folded.name == "hashembed" and folded.attrs["column"] == 2, folded.attrs
    for o, n in zip(old_nodes, new_nodes, strict=True):
        for name in o.param_names:
            n.set_param(name, o.get_param(name).copy())
    folded.set_param("E", solve_table(folded, keys, targets))
    new.get_pipe("ner").from_bytes(old.get_pipe("ner").to_bytes(exclude=["vocab"]), exclude=["vocab"])
    new.to_disk(args.out)
    print_probe(old, args.out, ("vectors:", "folded: "))


if __name__ == "__main__":
    main()
