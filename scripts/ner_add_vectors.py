"""Warm start a static-vector NER from a trained NER without vectors.

    PYTHONPATH=. python scripts/ner_add_vectors.py OLD_MODEL VECTORS OUT

Builds the pipeline of configs/ner.cfg with include_static_vectors = true on the
vectors of VECTORS (scripts/train_vectors.py), then copies every weight of OLD_MODEL
(same widths, attrs and ner): the hash tables, the CNN, the ner. The embedding mixer
gains input columns for the projected static vectors; they start near zero, so the new
model starts out predicting what OLD_MODEL predicts and training learns to use the vectors.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import spacy
from thinc.api import Model

import zone_ner.segmentation.tokenizer  # noqa: F401  (registers zone_ner.PageTokenizer.v1)

ROOT = Path(__file__).resolve().parents[1]
NEW_COLUMN_SCALE = 0.01
PROBE = "2023年3月，北京中关村科技有限公司总经理张伟在海淀区政府会议上发言。"


def param_nodes(model: Model) -> list[Model]:
    """Nodes with parameters (without the static-vector projection), grouped by layer
    name in walk order: the walk orders differ between the two embeddings, the order
    among same-named layers (hash tables, mixer before CNN) does not."""
    nodes = [n for n in model.walk() if n.param_names and n.name != "static_vectors"]
    return sorted(nodes, key=lambda n: n.name)


def print_probe(old: spacy.Language, out: Path, tags: tuple[str, str]) -> None:
    """Print the entities of PROBE by `old` and by the model saved in `out`."""
    for tag, nlp in zip(tags, (old, spacy.load(out)), strict=True):
        print(tag, [(e.text, e.label_) for e in nlp(PROBE).ents])


def copy_tok2vec(old: Model, new: Model) -> None:
    """Copy old tok2vec weights into new; widen the mixer's input with small weights."""
    old_nodes, new_nodes = param_nodes(old), param_nodes(new)
    assert [n.name for n in old_nodes] == [n.name for n in new_nodes], "architectures differ"
    rng = np.random.default_rng(0)
    for o, n in zip(old_nodes, new_nodes, strict=True):
        for name in o.param_names:
            src, dst = o.get_param(name), n.get_param(name)
            if src.shape == dst.shape:
                n.set_param(name, src.copy())
                continue
            # the mixer: W (nO, nP, nI); old columns first, static vectors last
            assert src.shape[:-1] == dst.shape[:-1], (n.name, name, src.shape, dst.shape)
            w = (rng.standard_normal(dst.shape) * NEW_COLUMN_SCALE * src.std()).astype(dst.dtype)
            w[..., : src.shape[-1]] = src
            n.set_param(name, w)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("vectors", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    old = spacy.load(args.old)
    config = spacy.util.load_config(ROOT / "configs/ner.cfg", overrides={
        "paths.vectors": str(args.vectors), "components.tok2vec.model.embed.include_static_vectors": True})
    new = spacy.util.load_model_from_config(config, auto_fill=True)
    ner_old = old.get_pipe("ner")
    ner_new = new.get_pipe("ner")
    for label in ner_old.labels:
        ner_new.add_label(label)
    new.initialize()
    copy_tok2vec(old.get_pipe("tok2vec").model, new.get_pipe("tok2vec").model)
    ner_new.from_bytes(ner_old.to_bytes(exclude=["vocab"]), exclude=["vocab"])
    new.to_disk(args.out)
    print_probe(old, args.out, ("old:", "new:"))


if __name__ == "__main__":
    main()
