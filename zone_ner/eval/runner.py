"""Run the evaluation: read gold, get predictions (files or backends), score every system."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from zone_ner.errors import ZoneNERError
from zone_ner.eval.backends import BackendUnavailable, load_backend, to_eval_doc
from zone_ner.eval.kb import knowledge_index
from zone_ner.eval.readers import read_documents, read_gold
from zone_ner.eval.score import align, evaluate, label_order
from zone_ner.eval.types import EvalDoc


def run(
    gold_paths: Sequence[str | Path],
    *,
    pipelines: Sequence[str] = (),
    predictions: Sequence[str | Path] = (),
    shared_data: str | Path | None = None,
    labels: set[str] | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    max_errors: int = 500,
    subset: bool = False,
    label_map: dict[str, str] | None = None,
    official_titles: str = "current",
    pipeline_kw: dict[str, Any] | None = None,
    log: TextIO | None = None,
) -> dict:
    """The whole report as one JSON-ready dict; unavailable pipelines are listed under "skipped".

    `subset`: score each predictions file on the gold documents whose ids it holds (e.g. a second
    annotation of part of a split) instead of requiring a prediction for every gold document.
    `label_map` renames labels of gold and predictions alike (e.g. PER → PERSON); "" drops a label.
    `official_titles`: `current` scores predicted officials by the titles held at the article date,
    `all` adds their former and proposed titles (the gold's records convention, corpus/GUIDELINES.md).
    """
    gold = relabel(read_gold(gold_paths, shared_data), label_map)
    if not gold:
        raise ZoneNERError(f"{', '.join(map(str, gold_paths))}: no gold documents")
    index = knowledge_index()
    systems: dict[str, dict] = {}
    skipped: dict[str, str] = {}
    options = {
        "labels": labels, "bootstrap": bootstrap, "seed": seed, "max_errors": max_errors,
        "resolve": index.resolve if index else None, "parent": index.parent if index else None,
        "official_titles": official_titles,
    }
    for path in predictions:
        docs = relabel(read_documents(path), label_map)
        scored = [g for g in gold if g.id in {d.id for d in docs}] if subset else gold
        if not scored:
            raise ZoneNERError(f"{path}: no document id in common with the gold")
        preds = align(scored, docs, str(path))
        systems[_unique(Path(path).stem, systems)] = {"source": str(path), **evaluate(scored, preds, **options)}
    for name in pipelines:
        try:
            backend = load_backend(name, **(pipeline_kw or {}))
        except BackendUnavailable as err:
            skipped[name] = err.reason
            print(f"zone-ner evaluate: skipping {name}: {err.reason}", file=log or sys.stderr)
            continue
        preds, seconds = _predict(backend, gold)
        preds = relabel(preds, label_map)
        chars = sum(len(d.text or "") for d in gold)
        speed = {"seconds": seconds, "docs_per_second": len(gold) / seconds if seconds else None,
                 "chars_per_second": chars / seconds if seconds else None}
        scores = evaluate(gold, preds, **options)
        systems[_unique(name, systems)] = {"source": f"pipeline {name}", "speed": speed, **scores}
    if not systems:
        reason = "every requested pipeline was skipped" if skipped else "no system given"
        raise ZoneNERError(f"nothing to evaluate: {reason}")
    return {
        "gold": _gold_summary(gold, gold_paths, labels),
        "settings": {"bootstrap": bootstrap, "seed": seed, "labels": sorted(labels) if labels else None,
                     "knowledge_table": index is not None, "official_titles": official_titles},
        "pipelines": systems,
        "skipped": skipped,
    }


def relabel(docs: list[EvalDoc], label_map: dict[str, str] | None) -> list[EvalDoc]:
    """The documents with their span labels renamed by `label_map` (labels mapped to "" removed)."""
    if not label_map:
        return docs
    for doc in docs:
        doc.spans = [
            replace(s, label=label_map.get(s.label, s.label)) for s in doc.spans if label_map.get(s.label, s.label)
        ]
    return docs


def _predict(backend: Any, gold: list[EvalDoc]) -> tuple[list[EvalDoc], float]:
    texts = [d.text or "" for d in gold]
    list(backend.pipe([texts[0][:200]]))  # warm-up (lazy dictionaries, first-call costs), not timed
    started = time.perf_counter()
    outputs = list(backend.pipe(texts))
    seconds = time.perf_counter() - started
    if len(outputs) != len(gold):
        raise ZoneNERError(f"backend returned {len(outputs)} predictions for {len(gold)} texts")
    return [to_eval_doc(o, d.id, d.text or "") for o, d in zip(outputs, gold)], seconds


def _unique(name: str, taken: dict[str, dict]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}#{n}", n + 1
    return candidate


def _gold_summary(gold: list[EvalDoc], paths: Sequence[str | Path], labels: set[str] | None) -> dict:
    counts = Counter(s.label for d in gold for s in d.spans if labels is None or s.label in labels)
    return {
        "files": [str(p) for p in paths],
        "documents": len(gold),
        "characters": sum(len(d.text or "") for d in gold),
        "spans": sum(counts.values()),
        "labels": {label: counts[label] for label in label_order(set(counts))},
        "with_records": sum(d.officials is not None for d in gold),
    }
