"""The public API contract of issue 2 (names and behaviour outside code relies on)."""

from __future__ import annotations

import json

import spacy

import zone_ner
from zone_ner.pipeline import pipeline_path

EXAMPLE = "江城高新区党工委书记、管委会主任李明在西安高新区调研，比亚迪股份有限公司参加。"


def _find(rec: zone_ner.DocumentRecord, label: str, text: str) -> zone_ner.Mention:
    hits = [m for m in rec.mentions if m.label == label and m.text == text]
    assert hits, f"{label} {text} not in {[(m.label, m.text) for m in rec.mentions]}"
    return hits[0]


def test_issue_example_links_zone_person_company(nlp):
    rec = nlp(EXAMPLE)
    zone = _find(rec, "ZONE", "西安高新区")
    assert EXAMPLE[zone.start : zone.end] == "西安高新区"
    ref = next(z for z in rec.zones if z.kb_id == zone.kb_id)
    assert ref.name == "西安高新技术产业开发区"
    assert ref.province == "陕西省"
    person = _find(rec, "PERSON", "李明")
    assert (person.start, person.end) == (16, 18)
    company = _find(rec, "COMPANY", "比亚迪股份有限公司")
    assert EXAMPLE[company.start : company.end] == company.text
    official = next(o for o in rec.officials if o.name == "李明")
    assert official.titles == ["党工委书记", "管委会主任"]


def test_every_mention_points_into_the_original_text(nlp):
    text = "株洲高新区\n（天元区）党工委书记邬凌云、\r\n管委会主任刘智\n勇参加。"
    rec = nlp(text)
    assert rec.mentions
    for m in rec.mentions:
        assert "".join(text[m.start : m.end].split()) == "".join(m.text.split())
        assert m.label in {"ZONE", "COMPANY", "PERSON", "TITLE", "PROJECT", "ORG", "LOC"}
        assert 0.0 <= m.score <= 1.0 and m.source


def test_pipe_keeps_order_and_count(nlp):
    texts = ["西安高新区调研。", "", "比亚迪股份有限公司在株洲高新区投资。", "今天天气很好。"]
    records = list(nlp.pipe(texts, batch_size=2))
    assert len(records) == len(texts)
    assert [r.length for r in records] == [len(t) for t in texts]
    assert any(m.text == "株洲高新区" for m in records[2].mentions)
    assert records[1].mentions == []


def test_pipe_in_worker_processes_matches_single_process(nlp):
    texts = [EXAMPLE, "总投资12.5亿元的华星光电一期项目在株洲经开区开工。"] * 2
    single = [r.model_dump() for r in nlp.pipe(texts)]
    multi = [r.model_dump() for r in nlp.pipe(texts, batch_size=1, n_process=2)]
    assert multi == single


def test_record_json_round_trip_and_schema(nlp):
    rec = nlp(EXAMPLE)
    again = zone_ner.DocumentRecord.model_validate_json(rec.model_dump_json())
    assert again == rec
    schema = zone_ner.DocumentRecord.model_json_schema()
    for field in ("mentions", "zones", "companies", "officials", "projects", "articles"):
        assert field in schema["properties"]
    json.dumps(schema)


def test_spacy_language_is_reachable_and_spacy_load_works(nlp):
    assert isinstance(nlp.nlp, spacy.language.Language)
    doc = spacy.load(pipeline_path("default"))(EXAMPLE)
    assert "西安高新区" in [e.text for e in doc.ents]


def test_fast_pipeline_has_no_statistical_model(fast_nlp):
    assert "ner" not in fast_nlp.nlp.pipe_names
    assert any(m.label == "ZONE" for m in fast_nlp(EXAMPLE).mentions)
