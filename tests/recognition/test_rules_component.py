"""The zn_rules factory in a blank pipeline: gazetteer → rules → merge → linker, offsets into the raw text."""

from __future__ import annotations

import spacy

import zone_ner.components  # noqa: F401  (registers the factories)


def _pipeline():
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "zone_ner.PageTokenizer.v1"}}})
    for name in ("zn_gazetteer", "zn_rules", "zn_merge", "zn_linker"):
        nlp.add_pipe(name)
    return nlp


def test_component_writes_entities_and_span_group():
    doc = _pipeline()("株洲高新区党工委书记邬凌云、管委会主任刘智勇参加。")
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("ORG", "株洲高新区党工委"),
        ("TITLE", "书记"),
        ("PERSON", "邬凌云"),
        ("ORG", "管委会"),
        ("TITLE", "主任"),
        ("PERSON", "刘智勇"),
    ]
    assert all(e._.zn_source == "rules" for e in doc.ents)
    assert {s.label_ for s in doc.spans["zn_rules"]} >= {"ORG", "TITLE", "PERSON"}


def test_component_offsets_map_back_to_the_raw_text():
    raw = "延吉高新区管委会主任\u200b苏志远主持开工仪式。"
    doc = _pipeline()(raw)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    start, end = doc._.zn_norm.to_source(person.start_char, person.end_char)
    assert raw[start:end] == "苏志远"
