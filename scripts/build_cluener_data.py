"""Build spaCy DocBins for the dedicated CLUENER2020 model (native labels).

    PYTHONPATH=. python scripts/build_cluener_data.py --out /work/train/cluener/data

Writes train/cluener.spacy (CLUENER train) and dev_cluener.spacy (CLUENER dev) with the
ten native labels (address, book, company, game, government, movie, name, organization,
position, scene), tokenized by the pipeline's own char tokenizer (zone_ner.PageTokenizer),
as scripts/build_ner_data.py does for models/ner (an entity that does not fall on token
boundaries becomes missing, not guessed). CLUENER test is unlabelled and never read.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

import spacy
from build_ner_data import CORPORA, Record, write

from zone_ner.segmentation import PageTokenizer

CLUENER_LABELS = ("address", "book", "company", "game", "government", "movie", "name",
                  "organization", "position", "scene")


def read_native(path: Path) -> Iterator[Record]:
    """Records of the shared unified JSONL format with CLUENER's own labels."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            yield rec["text"], [(e["start"], e["end"], e["label"]) for e in rec["entities"]
                                if e["label"] in CLUENER_LABELS]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cluener", type=Path, default=CORPORA / "cluener")
    args = ap.parse_args()
    (args.out / "train").mkdir(parents=True, exist_ok=True)
    tokenizer = PageTokenizer(spacy.blank("zh").vocab, segmenter="char")
    write(args.out / "train/cluener.spacy", tokenizer, read_native(args.cluener / "train.jsonl"))
    write(args.out / "dev_cluener.spacy", tokenizer, read_native(args.cluener / "dev.jsonl"))


if __name__ == "__main__":
    main()
