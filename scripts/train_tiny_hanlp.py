"""Train a HanLP character BiLSTM-CRF NER (with zone_ner's CRF fix) on span JSONL.

Usage: python scripts/train_tiny_hanlp.py TRAIN.jsonl OUT_DIR [--dev DEV.jsonl] [--epochs N]
Needs the hanlp extra. The default training file is the invented tiny corpus
shipped for the tests; pass corpus/train.jsonl to train on zone_ner's labels.
Load the result with `zone_ner.load(backend="hanlp", hanlp_model=OUT_DIR)` or
`ZONE_NER_HANLP_MODEL=OUT_DIR zone-ner evaluate --pipeline hanlp ...`.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

TINY = Path(__file__).resolve().parents[1] / "zone_ner" / "recognition" / "hanlp" / "data" / "tiny_ner.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", nargs="?", default=str(TINY))
    parser.add_argument("out")
    parser.add_argument("--dev", default=None, help="span JSONL for model selection (default: the training file)")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--embed", type=int, default=64)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--lr", type=float, default=0.01)
    args = parser.parse_args()

    from zone_ner.recognition.hanlp.training import train_ner

    started = time.perf_counter()
    train_ner(
        args.train, args.out, args.dev, epochs=args.epochs, embed=args.embed, hidden=args.hidden,
        batch_size=args.batch_size, lr=args.lr,
    )
    print(f"\ntrained {args.out} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
