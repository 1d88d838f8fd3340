"""Our schemes against the nervaluate package itself on random flat annotations (skipped without it)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zone_ner.eval.metrics import CATEGORIES, SCHEMES, document_counts, scheme_summary
from zone_ner.eval.types import Span

nervaluate = pytest.importorskip("nervaluate")
LABELS = ["ZONE", "ORG", "LOC"]
NERVALUATE_SCHEME = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}


@st.composite
def flat_spans(draw):
    """Non-overlapping spans over 40 characters."""
    cuts = sorted(draw(st.sets(st.integers(0, 40), max_size=12)))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        spans.append(Span(start, end, draw(st.sampled_from(LABELS))))
    return spans


def nonempty(spans):
    return len(spans) > 0


def as_nervaluate(spans):
    return [{"label": s.label, "start": s.start, "end": s.end - 1} for s in spans]


@settings(max_examples=300, deadline=None)
@given(gold=flat_spans().filter(nonempty), pred=flat_spans().filter(nonempty))
def test_same_counts_as_nervaluate(gold, pred):
    overall, per_label = document_counts(gold, pred, LABELS)
    support = [sum(g.label == label for g in gold) for label in LABELS]
    ours = scheme_summary(overall, per_label, support, LABELS)
    theirs = nervaluate.Evaluator([as_nervaluate(gold)], [as_nervaluate(pred)], tags=LABELS).evaluate()
    for scheme in SCHEMES:
        expected = theirs["overall"][NERVALUATE_SCHEME[scheme]]
        for category in CATEGORIES:
            assert ours[scheme]["micro"][category] == getattr(expected, category), (scheme, category)
        assert ours[scheme]["micro"]["f1"] == pytest.approx(expected.f1)
        for label in set(LABELS) & set(theirs["entities"]):
            expected = theirs["entities"][label][NERVALUATE_SCHEME[scheme]]
            for category in CATEGORIES:
                assert ours[scheme]["labels"][label][category] == getattr(expected, category), (scheme, label, category)
