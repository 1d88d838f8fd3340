"""Score a trained NER pipeline (e.g. models/ner) on raw text, strict spans.

    python scripts/eval_ner.py models/ner [--cluener DEV.jsonl] [--domain corpus/dev.jsonl]

CLUENER dev is scored per *source* label, as the CLUENER2020 paper reports it:
company, name and position map one-to-one (COMPANY, PERSON, TITLE); government and
organization both map to ORG, so their precision counts a predicted ORG as that label's
when it matches one of its gold spans, and ORG's unmatched predictions are charged to
both in proportion to their gold counts. The domain dev set is scored per label.
Predicted entities are mapped back to the caller's text with doc._.zn_norm.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy

import zone_ner.segmentation.tokenizer  # noqa: F401  (registers the tokenizer)

ROOT = Path(__file__).resolve().parents[1]
LABEL_MAP = json.loads((ROOT / "configs/ner/label_map.json").read_text(encoding="utf-8"))
CLUENER_REPORTED = ("company", "name", "position", "government", "organization", "address")


def predict(nlp, texts: list[str]) -> list[set[tuple[int, int, str]]]:
    """Predicted (start, end, label) in raw-text offsets."""
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        offsets = doc._.zn_norm.offsets
        out.append({(offsets[e.start_char], offsets[e.end_char - 1] + 1, e.label_) for e in doc.ents})
    return out


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_cluener(nlp, path: Path) -> dict[str, tuple[float, float, float]]:
    """Per source label P/R/F1 on CLUENER dev (see module doc for government/organization)."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = predict(nlp, [r["text"] for r in recs])
    cmap = LABEL_MAP["cluener"]
    tp, gold_n, pred_n = Counter(), Counter(), Counter()
    org_unmatched = 0
    for rec, pred in zip(recs, preds):
        gold = {(e["start"], e["end"], cmap[e["label"]]): e["label"] for e in rec["entities"] if e["label"] in cmap}
        for src in gold.values():
            gold_n[src] += 1
        for span in pred:
            if span in gold:
                tp[gold[span]] += 1
                pred_n[gold[span]] += 1
            elif span[2] == "ORG":
                org_unmatched += 1
            else:
                pred_n[{v: k for k, v in cmap.items() if v != "ORG"}[span[2]]] += 1
    n_org = gold_n["government"] + gold_n["organization"]
    for src in ("government", "organization"):
        pred_n[src] += org_unmatched * gold_n[src] / n_org
    return {src: prf(tp[src], pred_n[src], gold_n[src]) for src in CLUENER_REPORTED}


def score_domain(nlp, path: Path) -> dict[str, tuple[float, float, float]]:
    """Per label strict P/R/F1 on the project's corpus format, for the model's labels."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = predict(nlp, [r["text"] for r in recs])
    labels = set(nlp.get_pipe("ner").labels)
    tp, gold_n, pred_n = Counter(), Counter(), Counter()
    for rec, pred in zip(recs, preds):
        gold = {(s["start"], s["end"], s["label"]) for s in rec["spans"] if s["label"] in labels}
        for s in gold:
            gold_n[s[2]] += 1
        for s in pred:
            pred_n[s[2]] += 1
            tp[s[2]] += s in gold
    res = {lab: prf(tp[lab], pred_n[lab], gold_n[lab]) for lab in sorted(labels)}
    res["ALL"] = prf(sum(tp.values()), sum(pred_n.values()), sum(gold_n.values()))
    return res


def table(title: str, scores: dict[str, tuple[float, float, float]]) -> str:
    rows = [f"| {title} | P | R | F1 |", "|---|---|---|---|"]
    rows += [f"| {k} | {p*100:.1f} | {r*100:.1f} | {f*100:.1f} |" for k, (p, r, f) in scores.items()]
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", type=Path)
    ap.add_argument("--cluener", type=Path, default=Path("/work/shared/data/corpora/cluener/dev.jsonl"))
    ap.add_argument("--domain", type=Path, default=ROOT / "corpus/dev.jsonl")
    args = ap.parse_args()
    nlp = spacy.load(args.model)
    print(table("CLUENER dev (source label)", score_cluener(nlp, args.cluener)))
    if args.domain.exists():
        print()
        print(table(f"{args.domain.name} (label)", score_domain(nlp, args.domain)))


if __name__ == "__main__":
    main()
