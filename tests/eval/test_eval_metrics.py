"""Metric functions on small hand-checked cases (nervaluate's published example among them)."""

from __future__ import annotations

import numpy as np
import pytest

from zone_ner.eval import metrics
from zone_ner.eval.metrics import (
    document_counts,
    match_scheme,
    prf_from_counts,
    scheme_summary,
)
from zone_ner.eval.types import EvalDoc, OfficialRec, ProjectRec, Span, ZoneKey

# nervaluate's README / D. Batista's blog example, one gold-pred pair per scenario (offsets invented).
GOLD = [
    Span(0, 3, "BRAND"),    # missed
    Span(10, 14, "DRUG"),   # overlap, same type
    Span(20, 25, "DRUG"),   # same offsets, other type
    Span(30, 34, "DRUG"),   # correct
    Span(40, 46, "GROUP"),  # overlap, other type
]
PRED = [
    Span(8, 14, "DRUG"),
    Span(20, 25, "BRAND"),
    Span(30, 34, "DRUG"),
    Span(38, 46, "DRUG"),
    Span(50, 55, "BRAND"),  # spurious
]
LABELS = ["BRAND", "DRUG", "GROUP"]


def summary(gold, pred, labels=LABELS):
    overall, per_label = document_counts(gold, pred, labels)
    support = [sum(g.label == label for g in gold) for label in labels]
    return scheme_summary(overall, per_label, support, labels)


def test_error_kinds_of_the_nervaluate_example():
    kinds = sorted(m.kind for m in match_scheme(GOLD, PRED, "strict"))
    assert kinds == ["boundary", "boundary_type", "correct", "missed", "spurious", "wrong_type"]


@pytest.mark.parametrize(
    ("scheme", "cor", "inc", "par", "score"),
    [("strict", 1, 3, 0, 0.2), ("exact", 2, 2, 0, 0.4), ("partial", 2, 0, 2, 0.6), ("type", 2, 2, 0, 0.4)],
)
def test_nervaluate_example_counts_and_scores(scheme, cor, inc, par, score):
    micro = summary(GOLD, PRED)[scheme]["micro"]
    assert (micro["correct"], micro["incorrect"], micro["partial"]) == (cor, inc, par)
    assert (micro["missed"], micro["spurious"], micro["possible"], micro["actual"]) == (1, 1, 5, 5)
    assert micro["precision"] == pytest.approx(score)
    assert micro["recall"] == pytest.approx(score)
    assert micro["f1"] == pytest.approx(score)
    assert micro["support"] == 5


def test_per_label_scores_score_each_label_on_its_own():
    # nervaluate 1.x: the BRAND prediction on the DRUG span is spurious for BRAND and leaves DRUG missed.
    result = summary(GOLD, PRED)
    brand, drug, group = (result["strict"]["labels"][label] for label in LABELS)
    assert (brand["missed"], brand["spurious"], brand["support"]) == (1, 2, 1)
    assert (drug["correct"], drug["incorrect"], drug["missed"], drug["spurious"]) == (1, 1, 1, 1)
    assert drug["precision"] == pytest.approx(1 / 3) and drug["support"] == 3
    assert (group["missed"], group["actual"], group["f1"]) == (1, 0, 0.0)
    assert result["partial"]["labels"]["DRUG"]["precision"] == pytest.approx(0.5)
    assert result["type"]["labels"]["DRUG"]["recall"] == pytest.approx(2 / 3)
    assert result["strict"]["macro"]["f1"] == pytest.approx((0 + 1 / 3 + 0) / 3)


def test_a_second_fragment_of_a_matched_gold_span_is_spurious():
    result = summary([Span(0, 10, "ORG")], [Span(0, 4, "ORG"), Span(5, 10, "ORG")], ["ORG"])
    partial = result["partial"]["micro"]
    assert (partial["partial"], partial["spurious"], partial["missed"], partial["possible"]) == (1, 1, 0, 1)
    assert partial["precision"] == pytest.approx(0.25)
    assert partial["recall"] == pytest.approx(0.5)
    assert (result["strict"]["micro"]["incorrect"], result["strict"]["micro"]["f1"]) == (1, 0.0)


def test_type_scheme_prefers_the_same_label_with_the_closest_boundaries():
    gold = [Span(0, 4, "LOC"), Span(4, 9, "ORG"), Span(9, 12, "ORG")]
    result = summary(gold, [Span(2, 10, "ORG")], ["LOC", "ORG"])
    assert result["type"]["micro"]["correct"] == 1
    assert result["strict"]["micro"]["incorrect"] == 1
    kinds = [m.kind for m in match_scheme(gold, [Span(2, 10, "ORG")], "type") if m.pred]
    assert kinds == ["boundary"]


def test_a_prediction_spanning_two_gold_spans_matches_the_first_only():
    result = summary([Span(0, 3, "LOC"), Span(3, 6, "LOC")], [Span(0, 6, "LOC")], ["LOC"])
    partial = result["partial"]["micro"]
    assert (partial["partial"], partial["missed"]) == (1, 1)
    assert partial["precision"] == pytest.approx(0.5)
    assert partial["recall"] == pytest.approx(0.25)


def test_empty_predictions_and_empty_gold():
    none_predicted = summary([Span(0, 2, "LOC")], [], ["LOC"])["strict"]["micro"]
    assert (none_predicted["precision"], none_predicted["recall"], none_predicted["missed"]) == (0.0, 0.0, 1)
    nothing = prf_from_counts(np.zeros((4, 5)))
    assert all(float(x.sum()) == 0.0 for x in nothing)


def test_confusion_pairs_each_gold_span_with_its_most_overlapping_prediction():
    gold = [Span(0, 4, "ZONE"), Span(5, 8, "PERSON"), Span(10, 12, "LOC"), Span(20, 30, "COMPANY")]
    pred = [Span(0, 4, "ORG"), Span(5, 7, "PERSON"), Span(13, 15, "LOC"), Span(20, 22, "LOC"), Span(22, 30, "ORG")]
    assert metrics.confusion(gold, pred) == {
        ("ZONE", "ORG"): 1, ("PERSON", "PERSON"): 1, ("LOC", None): 1, (None, "LOC"): 1, ("COMPANY", "ORG"): 1,
    }


def doc_counts(docs):
    counted = [document_counts(g, p, ["LOC"]) for g, p in docs]
    return np.stack([c[0] for c in counted]), np.stack([c[1] for c in counted])


def test_bootstrap_of_identical_documents_has_no_spread():
    docs = [([Span(0, 2, "LOC"), Span(3, 5, "LOC")], [Span(0, 2, "LOC")])] * 5
    ci = metrics.bootstrap_ci(*doc_counts(docs), ["LOC"], n=200, seed=1)
    assert ci["strict"]["micro"]["recall"] == pytest.approx([0.5, 0.5])
    assert ci["strict"]["micro"]["precision"] == pytest.approx([1.0, 1.0])


def test_bootstrap_is_seeded_and_brackets_the_estimate():
    docs = [([Span(0, 2, "LOC")], [Span(0, 2, "LOC")])] * 6 + [([Span(0, 2, "LOC")], [Span(5, 7, "LOC")])] * 4
    counts = doc_counts(docs)
    first = metrics.bootstrap_ci(*counts, ["LOC"], n=300, seed=7)
    assert first == metrics.bootstrap_ci(*counts, ["LOC"], n=300, seed=7)
    assert first != metrics.bootstrap_ci(*counts, ["LOC"], n=300, seed=8)
    low, high = first["strict"]["micro"]["f1"]
    assert low < 0.6 < high
    assert low >= 0.1 and high <= 1.0


K2_NAME = "株洲高新技术产业开发区"


def linking_case():
    gold = [
        Span(0, 5, "ZONE", kb_id="K1"),
        Span(6, 10, "ZONE", kb_name=K2_NAME),
        Span(11, 15, "ZONE"),                 # NIL
        Span(16, 20, "ZONE", kb_id="K4"),
        Span(21, 25, "ZONE", kb_id="K5"),     # not predicted
        Span(26, 28, "LOC", kb_id="L1"),      # not a ZONE: ignored
    ]
    pred = [
        Span(0, 5, "ZONE", kb_id="K1"),
        Span(6, 10, "ZONE", kb_id="K2"),
        Span(11, 15, "ZONE"),
        Span(16, 20, "ZONE"),
        Span(21, 24, "ZONE", kb_id="K5"),     # wrong boundary: not matched strictly
    ]
    return gold, pred


def test_linking_accuracy_and_nil_scores_with_a_name_resolver():
    gold, pred = linking_case()
    resolve = {K2_NAME: "K2"}.get
    scores = metrics.linking_scores(metrics.linking_outcomes(gold, pred, resolve))
    assert (scores["gold_linked"], scores["matched"], scores["correct"]) == (4, 3, 2)
    assert scores["accuracy"] == pytest.approx(2 / 3)
    assert scores["end_to_end"] == pytest.approx(0.5)
    assert scores["nil"] == {"gold": 1, "matched": 1, "predicted": 2, "correct": 1, "precision": 0.5, "recall": 1.0}


def test_linking_by_official_name_without_a_resolver():
    gold, pred = linking_case()
    assert metrics.linking_scores(metrics.linking_outcomes(gold, pred, None))["correct"] == 1
    named = [Span(6, 10, "ZONE", kb_id="K2", kb_name=K2_NAME)]
    assert metrics.linking_scores(metrics.linking_outcomes(gold, named, None))["correct"] == 1


def test_record_scores_officials_and_projects():
    gold = EvalDoc("d", "", officials=[OfficialRec("李明", frozenset({"党工委书记", "管委会主任"})),
                                       OfficialRec("王芳", frozenset({"董事长"}))],
                   projects=[ProjectRec("华星光电一期项目", 1.25e9, ZoneKey(name="河阳经济技术开发区")),
                             ProjectRec("博鲁斯潘精密机床一期项目")])
    pred = EvalDoc("d", None, officials=[OfficialRec("李明", frozenset({"党工委书记"})),
                                         OfficialRec("王芳", frozenset({"董事长"})), OfficialRec("张三")],
                   projects=[ProjectRec("华星光电一期项目", 1.25e9, ZoneKey(kb_id="K9")),
                             ProjectRec("博鲁斯潘精密机床一期项目", 5e8)])
    no_records = EvalDoc("e", "", officials=None)
    scores = metrics.record_scores([(gold, pred), (no_records, pred)], {"河阳经济技术开发区": "K9"}.get)
    assert scores["documents"] == 1
    officials, projects = scores["officials"], scores["projects"]
    assert officials["name"]["precision"] == pytest.approx(2 / 3) and officials["name"]["recall"] == 1.0
    assert (officials["name_titles"]["tp"], officials["name_titles"]["recall"]) == (1, 0.5)
    assert projects["name"]["f1"] == 1.0
    assert projects["name_investment"]["tp"] == 1
    assert projects["name_zone"]["tp"] == 2
    assert metrics.record_scores([(gold, pred)], None)["projects"]["name_zone"]["tp"] == 1
    # given the name: 1 of 2 officials has the right titles; of the projects stating an amount
    # in the gold (one), the amount is right
    assert officials["titles_of_named"] == {"matched": 2, "correct": 1, "accuracy": 0.5}
    assert projects["investment_of_named"] == {"matched": 1, "correct": 1, "accuracy": 1.0}


def test_officials_by_the_gold_records_convention():
    """Annotator A's gold lists current titles, annotator B's every position (GUIDELINES.md)."""
    gold_a = EvalDoc("a", "", officials=[OfficialRec("宁波", frozenset({"市委书记"}))])
    gold_b = EvalDoc("b", "", officials=[OfficialRec("宁波", frozenset({"市委书记", "副市长"})),
                                         OfficialRec("张成中", frozenset({"市长"}))])
    pred = [OfficialRec("宁波", frozenset({"市委书记"}), frozenset({"副市长"})),
            OfficialRec("张成中", frozenset(), frozenset({"市长"}))]
    current = metrics.record_scores([(gold_a, EvalDoc("a", None, officials=pred))])["officials"]
    assert (current["name_titles"]["tp"], current["name_titles"]["predicted"]) == (1, 1)
    every = metrics.record_scores([(gold_b, EvalDoc("b", None, officials=pred))], official_titles="all")
    assert every["officials"]["name_titles"]["f1"] == 1.0
    assert metrics.record_scores([(gold_b, EvalDoc("b", None, officials=pred))])["officials"]["name_titles"]["tp"] == 0


def test_nested_linking_accepts_a_sub_area_for_its_parent_zone():
    gold = [Span(0, 6, "ZONE", kb_id="FTZ"), Span(7, 12, "ZONE", kb_id="HTZ"), Span(13, 16, "ZONE", kb_id="X")]
    pred = [Span(0, 6, "ZONE", kb_id="FTZ-NANSHA"), Span(7, 12, "ZONE", kb_id="HTZ"), Span(13, 16, "ZONE", kb_id="Y")]
    parents = {"FTZ-NANSHA": "FTZ", "Y": "HTZ"}.get
    scores = metrics.linking_scores(metrics.linking_outcomes(gold, pred, None), parents)
    assert (scores["correct"], scores["nested_correct"]) == (1, 2)
    assert scores["accuracy_nested"] == pytest.approx(2 / 3)
