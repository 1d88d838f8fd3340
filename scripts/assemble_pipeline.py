"""Assemble the shipped pipeline models/zone_ner_default from configs/pipeline.cfg.

    python scripts/assemble_pipeline.py [--ner models/ner] [--segmenter char|pkuseg]

The statistical `ner` (with its `tok2vec`) is sourced from a trained pipeline
directory and inserted before `zn_merge`, followed by `zn_model_check`; no training
happens here.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy
from spacy.util import load_config

import zone_ner.components  # noqa: F401
from zone_ner.about import __version__

ROOT = Path(__file__).resolve().parents[1]


def assemble(config: Path, ner: Path | None, segmenter: str, pkuseg: Path, out: Path) -> None:
    cfg = load_config(config)
    cfg["nlp"]["tokenizer"]["segmenter"] = segmenter
    cfg["nlp"]["tokenizer"]["pkuseg_model"] = str(pkuseg) if segmenter == "pkuseg" else ""
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True, validate=True)
    if ner is not None:
        source = spacy.load(ner)
        for name in ("tok2vec", "ner"):
            if name in source.pipe_names:
                nlp.add_pipe(name, source=source, before="zn_merge")
        nlp.add_pipe("zn_model_check", before="zn_merge")
    nlp.meta.update({
        "name": "zone_ner_default",
        "version": __version__,
        "description": "zone_ner default pipeline: normalisation, structure, gazetteer, rules, statistical NER, linking",
        "license": "see models/MODEL_CARD.md",
    })
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"wrote {out}: {nlp.pipe_names}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=ROOT / "configs" / "pipeline.cfg")
    parser.add_argument("--ner", type=Path, default=None, help="trained pipeline to source tok2vec+ner from")
    parser.add_argument("--segmenter", choices=("char", "pkuseg"), default="char")
    parser.add_argument("--pkuseg", type=Path, default=ROOT / "models" / "pkuseg")
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "zone_ner_default")
    args = parser.parse_args()
    assemble(args.config, args.ner, args.segmenter, args.pkuseg, args.out)


if __name__ == "__main__":
    main()
