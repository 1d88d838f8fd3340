"""Copy a trained spaCy model into models/ without scratch paths and with zone_ner's meta.

    python scripts/export_model.py SRC DST --name zone_ner_ner --description "..." [--license "..."]

Used by scripts/train_ner.sh and scripts/train_cluener.sh (their export stage).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

SCRATCH = re.compile(r'^(train|dev|base_model|vectors|init_tok2vec) = ".*"$', flags=re.MULTILINE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="the trained model (model-best)")
    parser.add_argument("dst", type=Path, help="the folder in models/ (replaced)")
    parser.add_argument("--name", required=True)
    parser.add_argument("--description", required=True)
    parser.add_argument("--license", default="research use (see models/MODEL_CARD.md)")
    args = parser.parse_args()
    shutil.rmtree(args.dst, ignore_errors=True)
    shutil.copytree(args.src, args.dst)
    cfg = args.dst / "config.cfg"
    cfg.write_text(SCRATCH.sub(r"\1 = null", cfg.read_text(encoding="utf-8")), encoding="utf-8")
    meta_path = args.dst / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name=args.name, version="0.1.0", license=args.license, description=args.description)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
