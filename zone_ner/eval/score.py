"""Score one system's predictions against gold: every number of the report in one dict."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import get_args

import numpy as np

from zone_ner.errors import ZoneNERError
from zone_ner.eval import metrics
from zone_ner.eval.metrics import Match, Resolver
from zone_ner.eval.types import EvalDoc, Span
from zone_ner.records.models import Label

NONE = "—"
"""Row/column name of 'no span' in the confusion table."""


def align(gold: Sequence[EvalDoc], pred: Sequence[EvalDoc], origin: str) -> list[EvalDoc]:
    """Predictions in gold order: by id when every gold id has one, else by position.

    Raises `ZoneNERError` when a prediction's text differs from the gold text or a span lies past its end.
    """
    by_id = {p.id: p for p in pred}
    if all(g.id in by_id for g in gold):
        aligned = [by_id[g.id] for g in gold]
    elif len(pred) == len(gold):
        aligned = list(pred)
    else:
        missing = [g.id for g in gold if g.id not in by_id]
        raise ZoneNERError(
            f"{origin}: {len(pred)} predictions for {len(gold)} gold documents and {len(missing)} gold ids "
            f"without a prediction (first: {missing[0]!r})"
        )
    for g, p in zip(gold, aligned):
        if p.text is not None and g.text is not None and p.text != g.text:
            raise ZoneNERError(f"{p.origin}: the text of {p.id!r} differs from gold {g.id!r} ({g.origin})")
        beyond = [s for s in p.spans if g.text is not None and s.end > len(g.text)]
        if beyond:
            raise ZoneNERError(f"{p.origin}: span [{beyond[0].start}, {beyond[0].end}) past the end of gold {g.id!r}")
    return aligned


def label_order(labels: set[str]) -> list[str]:
    """zone_ner's labels in their canonical order, then any others alphabetically."""
    canonical = [label for label in get_args(Label) if label in labels]
    return canonical + sorted(labels - set(canonical))


def _keep(spans: Sequence[Span], labels: set[str] | None) -> list[Span]:
    return [s for s in spans if labels is None or s.label in labels]


def evaluate(
    gold: Sequence[EvalDoc],
    pred: Sequence[EvalDoc],
    *,
    labels: set[str] | None = None,
    bootstrap: int = 1000,
    seed: int = 0,
    resolve: Resolver | None = None,
    parent: Callable[[str], str | None] | None = None,
    max_errors: int = 500,
    context: int = 20,
    official_titles: str = "current",
) -> dict:
    """All scores of `pred` (aligned with `gold`), restricted to `labels` when given;
    `official_titles` is the gold's records convention (`metrics.record_scores`)."""
    pairs = [(g, _keep(g.spans, labels), _keep(p.spans, labels)) for g, p in zip(gold, pred)]
    label_list = label_order({s.label for _, gs, ps in pairs for s in (*gs, *ps)})
    overall, per_label = zip(*(metrics.document_counts(gs, ps, label_list) for _, gs, ps in pairs))
    per_doc = [metrics.match_scheme(gs, ps, "strict") for _, gs, ps in pairs]
    doc_overall, doc_labels = np.stack(overall), np.stack(per_label)
    support = Counter(s.label for _, gs, _ in pairs for s in gs)
    summary = metrics.scheme_summary(
        doc_overall.sum(axis=0), doc_labels.sum(axis=0), [support[label] for label in label_list], label_list
    )
    strict = summary["strict"]
    confusion: Counter = Counter()
    link_outcomes = []
    for g, gs, ps in pairs:
        confusion.update(metrics.confusion(gs, ps))
        link_outcomes.extend((g, o) for o in metrics.linking_outcomes(gs, ps, resolve))
    result: dict = {
        "documents": len(gold),
        **{k: strict["micro"][k] for k in ("precision", "recall", "f1", "support")},
        **summary,
        "labels": {
            label: {k: strict["labels"][label][k] for k in ("precision", "recall", "f1", "support")}
            for label in label_list
        },
        "ci": metrics.bootstrap_ci(doc_overall, doc_labels, label_list, bootstrap, seed) if bootstrap > 0 else None,
        "confusion": _confusion_table(confusion, label_list),
        "linking": metrics.linking_scores((o for _, o in link_outcomes), parent),
        "records": metrics.record_scores(zip(gold, pred), resolve, official_titles),
    }
    link_errors: dict[str, list[dict]] = {}
    for g, o in link_outcomes:
        if _link_wrong(o):
            link_errors.setdefault(g.id, []).append(_link_error(g, o, context))
    errors = [
        e
        for (g, _, _), matches in zip(pairs, per_doc)
        for e in sorted(_span_errors(g, matches, context) + link_errors.get(g.id, []), key=_error_start)
    ]
    result["error_count"] = len(errors)
    result["errors"] = errors[:max_errors]
    return result


def _confusion_table(pairs: Counter, labels: list[str]) -> dict:
    rows = labels + [NONE]
    matrix = {g: {p: 0 for p in rows} for g in rows}
    for (g, p), n in pairs.items():
        matrix[g or NONE][p or NONE] += n
    return {"labels": rows, "matrix": matrix}


def _span_json(span: Span | None) -> dict | None:
    if span is None:
        return None
    out = {"start": span.start, "end": span.end, "label": span.label, "text": span.text}
    if span.kb_id or span.kb_name:
        out["kb_id"], out["kb_name"] = span.kb_id, span.kb_name
    return out


def _context(doc: EvalDoc, start: int, end: int, width: int) -> dict:
    text = doc.text or ""
    return {"left": text[max(0, start - width):start], "span": text[start:end], "right": text[end:end + width]}


def _span_errors(doc: EvalDoc, matches: list[Match], width: int) -> list[dict]:
    out = []
    for m in matches:
        if m.category == "correct":
            continue
        spans = [s for s in (m.gold, m.pred) if s is not None]
        start, end = min(s.start for s in spans), max(s.end for s in spans)
        out.append({
            "doc": doc.id, "kind": m.kind, "gold": _span_json(m.gold), "pred": _span_json(m.pred),
            "context": _context(doc, start, end, width),
        })
    return out


def _error_start(error: dict) -> int:
    return (error["gold"] or error["pred"])["start"]


def _link_wrong(outcome: tuple) -> bool:
    _g, p, gold_key, pred_key = outcome
    if p is None:
        return False
    return not gold_key.same_zone(pred_key) if gold_key.known else pred_key.known


def _link_error(doc: EvalDoc, outcome: tuple, width: int) -> dict:
    g, p, gold_key, pred_key = outcome
    return {
        "doc": doc.id, "kind": "link",
        "gold": {**_span_json(g), "kb_id": gold_key.kb_id, "kb_name": gold_key.name},
        "pred": {**_span_json(p), "kb_id": pred_key.kb_id, "kb_name": pred_key.name},
        "context": _context(doc, g.start, g.end, width),
    }
