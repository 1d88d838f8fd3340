"""The merge policy of `zn_merge`: priorities, weak candidates, labels taken from the model."""

from __future__ import annotations

import pytest
import spacy

import zone_ner.components  # noqa: F401
from zone_ner.recognition.candidates import (
    AFTER_PERSON,
    BEFORE_PERSON,
    Candidate,
    add_candidates,
)
from zone_ner.recognition.merge import Merge, set_ents

TEXT = "庞思齐报道，西安高新区管委会主任李明出席。"


def _found(text: str, candidates: list[Candidate], merge: Merge) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.label, c.source) for c in merge.select(candidates)]


def test_rules_outrank_the_model_and_a_weak_rule_candidate_yields_when_configured() -> None:
    weak_rule = Candidate(0, 5, "ORG", "rules", 0.6)  # 庞思齐报道 as a weak ORG
    model = Candidate(0, 3, "PERSON", "model", 0.9)
    strong_rule = Candidate(6, 14, "ORG", "rules", 0.85)
    model_inside = Candidate(6, 11, "ZONE", "model", 0.9)
    pooled = [weak_rule, model, strong_rule, model_inside]
    plain = Merge({"rules": 3, "gazetteer": 2, "model": 1}, 0.0)
    assert _found(TEXT, pooled, plain) == [("庞思齐报道", "ORG", "rules"), ("西安高新区管委会", "ORG", "rules")]
    demoting = Merge({"rules": 3, "gazetteer": 2, "model": 1}, 0.0, weak_below={"rules": 0.65})
    assert _found(TEXT, pooled, demoting) == [("庞思齐", "PERSON", "model"), ("西安高新区管委会", "ORG", "rules")]


def test_the_model_contributes_only_the_configured_labels() -> None:
    nlp = spacy.blank("zh")
    nlp.add_pipe("zn_merge", config={"model_labels": ["PERSON"]})
    doc = nlp.make_doc(TEXT)
    doc.ents = [doc.char_span(0, 3, label="PERSON"), doc.char_span(6, 11, label="ZONE")]
    add_candidates(doc, [Candidate(16, 18, "PERSON", "rules", 0.85)])
    doc = nlp.get_pipe("zn_merge")(doc)
    assert [(e.text, e.label_, e._.zn_source) for e in doc.ents] == [("庞思齐", "PERSON", "model"), ("李明", "PERSON", "rules")]


def test_set_ents_writes_the_tokens_as_doc_set_ents_does() -> None:
    nlp = spacy.blank("zh")
    docs = [nlp.make_doc(TEXT) for _ in range(2)]
    for doc in docs:  # earlier entities (a model's) with a kb id, partly replaced
        doc.ents = [doc.char_span(0, 3, label="PERSON", kb_id="Q1"), doc.char_span(6, 11, label="ZONE")]
    spans = [[d.char_span(0, 2, label="ORG"), d.char_span(6, 14, label="ORG", kb_id="Q2")] for d in docs]
    docs[0].set_ents(spans[0])
    set_ents(docs[1], spans[1])
    expected, got = ([(t.ent_iob_, t.ent_type_, t.ent_kb_id_, t.ent_id_) for t in d] for d in docs)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "source", "title", "lone", "person"),
    [
        ("华夏银行副行长黄金老认为，副行长职位空缺。", BEFORE_PERSON, (4, 7), (13, 16), (7, 10)),  # 副行长 + 黄金老
        ("北京大学张信荣教授课题组与教授们座谈。", AFTER_PERSON, (7, 9), (13, 15), (4, 7)),  # 张信荣 + 教授
    ],
)
def test_a_conditional_title_is_kept_only_beside_a_chosen_person(
    text: str, source: str, title: tuple[int, int], lone: tuple[int, int], person: tuple[int, int]
) -> None:
    cue = Candidate(*title, "TITLE", source, 0.5)
    lone_cue = Candidate(*lone, "TITLE", source, 0.5)
    name = Candidate(*person, "PERSON", "model", 0.9)
    merge = Merge({"rules": 3, "gazetteer": 2, "model": 1}, 0.0)
    assert sorted(_found(text, [cue, lone_cue, name], merge)) == sorted(
        [(text[slice(*title)], "TITLE", source), (text[slice(*person)], "PERSON", "model")]
    )
    assert _found(text, [cue, lone_cue], merge) == []
