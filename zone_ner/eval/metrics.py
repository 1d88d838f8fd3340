"""Pure metric functions: nervaluate's four schemes, confusion, bootstrap CIs, linking, records.

The schemes follow nervaluate 1.x (SemEval-2013 task 9.1 categories). For one gold/predicted pair:

| pair | strict | exact | partial | type |
|---|---|---|---|---|
| same offsets, same label | COR | COR | COR | COR |
| same offsets, other label | INC | COR | COR | INC |
| overlap, same label | INC | INC | PAR | COR |
| overlap, other label | INC | INC | PAR | INC |
| prediction overlapping no gold span | SPU | SPU | SPU | SPU |
| gold span left unmatched | MIS | MIS | MIS | MIS |

Matching is one-to-one and done per scheme: predictions are taken in order; each takes the
first still-unmatched gold span that it matches perfectly (strict: offsets and label; exact and
partial: offsets; type: overlap and label, closest boundaries first), else the first unmatched
gold span it overlaps (INC, or PAR in partial); a prediction left without gold is SPU, a gold
span left without prediction MIS.

POSSIBLE = COR+INC+PAR+MIS, ACTUAL = COR+INC+PAR+SPU; precision = (COR + w·PAR)/ACTUAL and
recall = (COR + w·PAR)/POSSIBLE with w = 0.5 in partial and type, 0 in strict and exact.
Per label, as in nervaluate, the document is scored again with only that label's gold and
predicted spans (a prediction of another label on a gold span is then MIS for the gold label and
SPU for the predicted one). The overall (micro) counts come from the full matching; cross-label
errors show there and in the confusion table. Macro = the mean of the per-label scores.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from zone_ner.eval.types import EvalDoc, OfficialRec, Span, ZoneKey

SCHEMES = ("strict", "exact", "partial", "type")
CATEGORIES = ("correct", "incorrect", "partial", "missed", "spurious")
PARTIAL_WEIGHT = np.array([0.0, 0.0, 0.5, 0.5])
"""Credit of a PAR count per scheme (strict, exact, partial, type)."""


@dataclass(frozen=True, slots=True)
class Match:
    """A gold span, a predicted span, or both, and their category in one scheme."""

    gold: Span | None
    pred: Span | None
    category: str

    @property
    def label(self) -> str:
        """The gold label, or the prediction's when spurious."""
        span = self.gold if self.gold is not None else self.pred
        assert span is not None
        return span.label

    @property
    def kind(self) -> str:
        """correct, missed, spurious, wrong_type (same offsets), boundary or boundary_type (overlap)."""
        if self.gold is None or self.pred is None:
            return "spurious" if self.gold is None else "missed"
        same_label = self.gold.label == self.pred.label
        if self.gold.same_offsets(self.pred):
            return "correct" if same_label else "wrong_type"
        return "boundary" if same_label else "boundary_type"


def _perfect(scheme: str, g: Span, p: Span) -> bool:
    if scheme == "strict":
        return g.same_offsets(p) and g.label == p.label
    return g.same_offsets(p)


def match_scheme(gold: Sequence[Span], pred: Sequence[Span], scheme: str) -> list[Match]:
    """nervaluate's one-to-one matching of one document in one scheme (see the module doc)."""
    fallback = "partial" if scheme == "partial" else "incorrect"
    matched: set[int] = set()
    matches: list[Match] = []
    for p in pred:
        hit: int | None = None
        other: int | None = None
        for i, g in enumerate(gold):
            if i in matched or not g.overlaps(p):
                continue
            if scheme == "type":
                if g.label == p.label and (hit is None or _distance(g, p) < _distance(gold[hit], p)):
                    hit = i
                elif g.label != p.label and other is None:
                    other = i
            elif _perfect(scheme, g, p):
                hit = i
                break
            elif other is None:
                other = i
        if hit is not None:
            matched.add(hit)
            matches.append(Match(gold[hit], p, "correct"))
        elif other is not None:
            matched.add(other)
            matches.append(Match(gold[other], p, fallback))
        else:
            matches.append(Match(None, p, "spurious"))
    matches.extend(Match(g, None, "missed") for i, g in enumerate(gold) if i not in matched)
    return matches


def _distance(g: Span, p: Span) -> int:
    return abs(g.start - p.start) + abs(g.end - p.end)


def count_categories(gold: Sequence[Span], pred: Sequence[Span]) -> np.ndarray:
    """Counts `[scheme, category]` of one document."""
    counts = np.zeros((len(SCHEMES), len(CATEGORIES)), dtype=np.int64)
    for s, scheme in enumerate(SCHEMES):
        for m in match_scheme(gold, pred, scheme):
            counts[s, CATEGORIES.index(m.category)] += 1
    return counts


def document_counts(
    gold: Sequence[Span], pred: Sequence[Span], labels: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Overall counts `[scheme, cat]` and per-label counts `[label, scheme, cat]` of one document."""
    per_label = [
        count_categories([g for g in gold if g.label == label], [p for p in pred if p.label == label])
        for label in labels
    ]
    shape = (len(labels), len(SCHEMES), len(CATEGORIES))
    return count_categories(gold, pred), np.stack(per_label) if per_label else np.zeros(shape, dtype=np.int64)


def prf_from_counts(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision, recall, F1 of counts shaped `[..., scheme, category]` (0 where undefined)."""
    cor, inc, par, mis, spu = (counts[..., i].astype(float) for i in range(len(CATEGORIES)))
    hits = cor + PARTIAL_WEIGHT * par
    possible, actual = cor + inc + par + mis, cor + inc + par + spu
    precision = np.divide(hits, actual, out=np.zeros_like(hits), where=actual > 0)
    recall = np.divide(hits, possible, out=np.zeros_like(hits), where=possible > 0)
    total = precision + recall
    f1 = np.divide(2 * precision * recall, total, out=np.zeros_like(hits), where=total > 0)
    return precision, recall, f1


def scheme_summary(
    overall: np.ndarray, per_label: np.ndarray, support: Sequence[int], labels: Sequence[str]
) -> dict[str, dict]:
    """Per scheme: micro (overall counts), macro (mean over `labels`) and per-label scores with counts."""
    precision, recall, f1 = prf_from_counts(per_label)
    mp, mr, mf = prf_from_counts(overall)
    out: dict[str, dict] = {}
    for s, scheme in enumerate(SCHEMES):
        per = {
            label: _scores(precision[i, s], recall[i, s], f1[i, s], per_label[i, s], int(support[i]))
            for i, label in enumerate(labels)
        }
        macro = {
            key: float(np.mean(arr[:, s])) if len(labels) else 0.0
            for key, arr in (("precision", precision), ("recall", recall), ("f1", f1))
        }
        out[scheme] = {
            "micro": _scores(mp[s], mr[s], mf[s], overall[s], int(sum(support))),
            "macro": macro,
            "labels": per,
        }
    return out


def _scores(p: float, r: float, f: float, counts: np.ndarray, support: int) -> dict:
    cats = {name: int(counts[i]) for i, name in enumerate(CATEGORIES)}
    return {
        "precision": float(p), "recall": float(r), "f1": float(f), "support": support, **cats,
        "possible": cats["correct"] + cats["incorrect"] + cats["partial"] + cats["missed"],
        "actual": cats["correct"] + cats["incorrect"] + cats["partial"] + cats["spurious"],
    }


def bootstrap_ci(
    overall: np.ndarray, per_label: np.ndarray, labels: Sequence[str],
    n: int = 1000, seed: int = 0, level: float = 0.95,
) -> dict:
    """Percentile CIs from resampling documents with replacement.

    `overall` is `[doc, scheme, cat]`, `per_label` is `[doc, label, scheme, cat]` (from `document_counts`).
    """
    rng = np.random.default_rng(seed)
    n_docs = overall.shape[0]
    # draws[i, d] = how often document d is in resample i (a multinomial = drawing with replacement)
    draws = rng.multinomial(n_docs, np.full(n_docs, 1.0 / n_docs), size=n)
    lp, lr, lf = prf_from_counts(_weighted(draws, per_label))  # [n, label, scheme]
    mp, mr, mf = prf_from_counts(_weighted(draws, overall))  # [n, scheme]
    lo, hi = 100 * (1 - level) / 2, 100 * (1 + level) / 2

    def interval(values: np.ndarray) -> list[float]:
        return [float(np.percentile(values, lo)), float(np.percentile(values, hi))]

    out: dict = {"n": n, "seed": seed, "level": level}
    for s, scheme in enumerate(SCHEMES):
        out[scheme] = {
            "micro": {"precision": interval(mp[:, s]), "recall": interval(mr[:, s]), "f1": interval(mf[:, s])},
            "macro": {"f1": interval(lf[:, :, s].mean(axis=1)) if labels else [0.0, 0.0]},
            "labels": {
                label: {
                    "precision": interval(lp[:, i, s]), "recall": interval(lr[:, i, s]), "f1": interval(lf[:, i, s])
                }
                for i, label in enumerate(labels)
            },
        }
    return out


def _weighted(draws: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Per resample, the sum of the document counts weighted by their draws."""
    return (draws @ counts.reshape(counts.shape[0], -1)).reshape(draws.shape[0], *counts.shape[1:])


def confusion(gold: Sequence[Span], pred: Sequence[Span]) -> Counter[tuple[str | None, str | None]]:
    """(gold label, predicted label) pairs: each gold span with its most-overlapping prediction.

    A gold span that no prediction overlaps pairs with None (missed); a prediction that overlaps
    no gold span pairs None with its label (spurious).
    """
    pairs: Counter[tuple[str | None, str | None]] = Counter()
    for g in gold:
        overlapping = [p for p in pred if p.overlaps(g)]
        if not overlapping:
            pairs[(g.label, None)] += 1
            continue
        best = max(overlapping, key=lambda p: (min(p.end, g.end) - max(p.start, g.start), -p.start))
        pairs[(g.label, best.label)] += 1
    for p in pred:
        if not any(p.overlaps(g) for g in gold):
            pairs[(None, p.label)] += 1
    return pairs


def prf(tp: int, predicted: int, gold: int) -> dict:
    """Precision, recall, F1 of `tp` hits among `predicted` and `gold` items."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "predicted": predicted, "gold": gold}


Resolver = Callable[[str], "str | None"]


def gold_zone_key(span: Span, resolve: Resolver | None) -> ZoneKey:
    """The zone a gold span names: its kb_id, or its kb_name resolved through the knowledge table."""
    kb_id = span.kb_id or (resolve(span.kb_name) if resolve and span.kb_name else None)
    return ZoneKey(kb_id, span.kb_name)


def linking_outcomes(
    gold: Sequence[Span], pred: Sequence[Span], resolve: Resolver | None
) -> list[tuple[Span, Span | None, ZoneKey, ZoneKey]]:
    """Every gold ZONE span with the prediction of exactly its offsets and label (or None) and both keys."""
    by_offsets = {(p.start, p.end): p for p in pred if p.label == "ZONE"}
    out = []
    for g in gold:
        if g.label != "ZONE":
            continue
        p = by_offsets.get((g.start, g.end))
        pred_key = ZoneKey(p.kb_id, p.kb_name) if p is not None else ZoneKey()
        out.append((g, p, gold_zone_key(g, resolve), pred_key))
    return out


def _ancestors(kb_id: str | None, parent: Callable[[str], str | None]) -> set[str]:
    found: set[str] = set()
    while kb_id and kb_id not in found:
        found.add(kb_id)
        kb_id = parent(kb_id)
    return found


def same_or_nested(gold: ZoneKey, pred: ZoneKey, parent: Callable[[str], str | None] | None) -> bool:
    """The same zone, or one a sub-area (片区, 基地, 园) of the other by the knowledge table's parents."""
    if gold.same_zone(pred):
        return True
    if parent is None or gold.kb_id is None or pred.kb_id is None:
        return False
    return gold.kb_id in _ancestors(pred.kb_id, parent) or pred.kb_id in _ancestors(gold.kb_id, parent)


def linking_scores(
    outcomes: Iterable[tuple[Span, Span | None, ZoneKey, ZoneKey]],
    parent: Callable[[str], str | None] | None = None,
) -> dict:
    """Linking accuracy on strictly matched gold ZONE spans with a known zone; NIL scored apart.

    `accuracy` = correct / matched linked spans; `end_to_end` = correct / all linked gold spans;
    `accuracy_nested` also accepts a zone that contains, or lies in, the gold zone (via `parent`).
    NIL: gold ZONE spans without a zone; `precision` = predicted NIL that are gold NIL /
    predicted NIL (on matched spans), `recall` = the same / matched gold NIL spans.
    """
    linked = matched = correct = nested = 0
    nil_gold = nil_matched = nil_predicted = nil_correct = 0
    for _g, p, gold_key, pred_key in outcomes:
        if gold_key.known:
            linked += 1
            if p is not None:
                matched += 1
                correct += gold_key.same_zone(pred_key)
                nested += same_or_nested(gold_key, pred_key, parent)
        else:
            nil_gold += 1
            nil_matched += p is not None
        if p is not None and not pred_key.known:
            nil_predicted += 1
            nil_correct += not gold_key.known
    return {
        "gold_linked": linked,
        "matched": matched,
        "correct": correct,
        "accuracy": correct / matched if matched else 0.0,
        "end_to_end": correct / linked if linked else 0.0,
        "nested_correct": nested,
        "accuracy_nested": nested / matched if matched else 0.0,
        "nil": {
            "gold": nil_gold,
            "matched": nil_matched,
            "predicted": nil_predicted,
            "correct": nil_correct,
            "precision": nil_correct / nil_predicted if nil_predicted else 0.0,
            "recall": nil_correct / nil_matched if nil_matched else 0.0,
        },
    }


def greedy_pairs(gold: Sequence, pred: Sequence, same: Callable[[Any, Any], bool]) -> list[tuple[Any, Any]]:
    """One-to-one pairs (gold, pred) with `same(gold, pred)`, taken greedily in gold order."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and same(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def _same_amount(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a))


def _resolved(key: ZoneKey, resolve: Resolver | None) -> ZoneKey:
    if key.kb_id is None and key.name and resolve:
        return ZoneKey(resolve(key.name), key.name)
    return key


def _scored_officials(officials: list[OfficialRec], titles: str) -> list[OfficialRec]:
    """Predicted officials as the gold convention counts them: `current` titles only (a record
    with former or proposed titles alone is left out), or `all` (former and proposed titles too)."""
    if titles == "all":
        return [OfficialRec(o.name, o.titles | o.other_titles) for o in officials]
    return [o for o in officials if o.titles or not o.other_titles]


def record_scores(
    pairs: Iterable[tuple[EvalDoc, EvalDoc]], resolve: Resolver | None = None, official_titles: str = "current"
) -> dict:
    """Record-level P/R/F1 over documents where both sides carry records.

    `official_titles` picks the gold's records convention (corpus/GUIDELINES.md): `current`
    (annotator A: titles held at the article date) or `all` (annotator B: every position).

    officials: `name`, `name_titles` (name + exact title set); projects: `name`,
    `name_investment` (name + amount), `name_zone` (name + zone; both unknown counts as equal).
    Given the name: `officials.titles_of_named` (officials found by name whose title set is
    right) and `projects.investment_of_named` (projects found by name that state an amount in
    the gold, whose amount is right), as accuracies.
    """
    checks: dict[str, dict[str, Callable[[object, object], bool]]] = {
        "officials": {
            "name": _same_name,
            "name_titles": lambda g, p: g.name == p.name and g.titles == p.titles,
        },
        "projects": {
            "name": _same_name,
            "name_investment": lambda g, p: g.name == p.name and _same_amount(g.amount, p.amount),
            "name_zone": lambda g, p: g.name == p.name and (
                (not g.zone.known and not p.zone.known)
                or _resolved(g.zone, resolve).same_zone(_resolved(p.zone, resolve))
            ),
        },
    }
    totals = {kind: {name: [0, 0, 0] for name in tests} for kind, tests in checks.items()}
    titled, invested = [0, 0], [0, 0]  # [correct, matched by name]
    documents = 0
    for gold, pred in pairs:
        if gold.officials is None or pred.officials is None:
            continue
        documents += 1
        items: dict[str, tuple[list, list]] = {
            "officials": (gold.officials or [], _scored_officials(pred.officials or [], official_titles)),
            "projects": (gold.projects or [], pred.projects or []),
        }
        for g, p in greedy_pairs(*items["officials"], _same_name):
            titled[0] += g.titles == p.titles
            titled[1] += 1
        for g, p in greedy_pairs(*items["projects"], _same_name):
            if g.amount is not None:
                invested[0] += _same_amount(g.amount, p.amount)
                invested[1] += 1
        for kind, tests in checks.items():
            g_items, p_items = items[kind]
            for name, same in tests.items():
                t = totals[kind][name]
                t[0] += len(greedy_pairs(g_items, p_items, same))
                t[1] += len(p_items)
                t[2] += len(g_items)
    if not documents:
        return {"documents": 0}
    out: dict = {"documents": documents}
    for kind, tests in totals.items():
        out[kind] = {name: prf(*t) for name, t in tests.items()}
    out["officials"]["titles_of_named"] = _accuracy(titled)
    out["projects"]["investment_of_named"] = _accuracy(invested)
    return out


def _same_name(g: Any, p: Any) -> bool:
    return g.name == p.name


def _accuracy(counts: list[int]) -> dict[str, float | int]:
    correct, matched = counts
    return {"matched": matched, "correct": correct, "accuracy": correct / matched if matched else 0.0}

