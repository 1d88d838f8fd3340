"""Score a CLUENER model (native labels, e.g. models/cluener) on CLUENER2020 dev, strict spans.

    PYTHONPATH=. python scripts/eval_cluener.py models/cluener [--dev DEV.jsonl] [--json OUT.json]

Native view: P/R/F1 per CLUENER label and micro over all ten, gold spans read from the raw
JSONL (so entities the char tokenizer cannot represent count as misses). Mapped view, for
comparison with models/ner (scripts/eval_ner.py): labels mapped with
configs/ner/label_map.json (government and organization both -> ORG, scored exactly on
their union; book, game, movie, scene dropped). CLUENER test labels are not public, so
dev is the report set; it is also the model-selection set (as for the published baselines).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy
from eval_ner import LABEL_MAP, predict, prf, table

import zone_ner.segmentation.tokenizer  # noqa: F401  (registers the tokenizer)

Scores = dict[str, tuple[float, float, float]]
REPORTED = ("company", "name", "position", "government", "organization")


def strict(golds: list[set[tuple[int, int, str]]], preds: list[set[tuple[int, int, str]]],
           labels: list[str]) -> Scores:
    """Per label and micro ("ALL") strict P/R/F1."""
    tp, gold_n, pred_n = Counter(), Counter(), Counter()
    for gold, pred in zip(golds, preds):
        for s in gold:
            gold_n[s[2]] += 1
        for s in pred:
            pred_n[s[2]] += 1
            tp[s[2]] += s in gold
    res = {lab: prf(tp[lab], pred_n[lab], gold_n[lab]) for lab in labels}
    res["ALL"] = prf(sum(tp[lab] for lab in labels), sum(pred_n[lab] for lab in labels),
                     sum(gold_n[lab] for lab in labels))
    return res


def mapped(spans: set[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Spans with zone_ner labels (configs/ner/label_map.json); unmapped labels dropped."""
    cmap = LABEL_MAP["cluener"]
    return {(s, e, cmap[lab]) for s, e, lab in spans if lab in cmap}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--dev", type=Path, default=Path("/work/shared/data/corpora/cluener/dev.jsonl"))
    ap.add_argument("--json", type=Path, default=None, help="also write the scores here")
    args = ap.parse_args()
    if args.dev.name == "test.jsonl":
        raise SystemExit("CLUENER test is unlabelled; score dev")
    recs = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = spacy.load(args.model)
    preds = predict(nlp, [r["text"] for r in recs])
    golds = [{(e["start"], e["end"], e["label"]) for e in r["entities"]} for r in recs]
    native = strict(golds, preds, sorted({s[2] for g in golds for s in g}))
    mapped_scores = strict([mapped(g) for g in golds], [mapped(p) for p in preds],
                           sorted(set(LABEL_MAP["cluener"].values())))
    print(table("CLUENER dev (native label)", native))
    print()
    print(table("CLUENER dev (mapped label; ORG = government + organization)", mapped_scores))
    if args.json:
        args.json.write_text(json.dumps({"native": native, "mapped": mapped_scores}, indent=2))


if __name__ == "__main__":
    main()
