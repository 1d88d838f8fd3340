"""Readers and writers: span JSONL ↔ CoNLL (BIO, BIOES, BMES) ↔ DocBin, manifests, errors."""

from __future__ import annotations

import hashlib
import json

import pytest

from zone_ner.errors import InputError
from zone_ner.eval.conll import decode_tags, encode_tags, read_conll, write_conll
from zone_ner.eval.docbin import read_docbin, write_docbin
from zone_ner.eval.readers import read_documents, read_gold, write_jsonl
from zone_ner.eval.types import EvalDoc, Span

TRICKY = "株洲高新区 管委会\r\n主任\t李明说：#\\　好。"


def tricky_doc() -> EvalDoc:
    text = TRICKY
    spans = [Span(0, 5, "ZONE", "株洲高新区", kb_id="GBT37028:43103001"), Span(6, 9, "ORG", "管委会"),
             Span(11, 13, "TITLE", "主任"), Span(14, 16, "PERSON", "李明"), Span(18, 19, "LOC", "#")]
    return EvalDoc("tricky", text, spans)


def key(docs):
    return [(d.id, d.text, [(s.start, s.end, s.label, s.text) for s in d.spans]) for d in docs]


def test_gold_sample_is_read_with_records_and_relations(gold_docs):
    assert len(gold_docs) == 2
    doc = gold_docs[1]
    assert all(doc.text[s.start:s.end] == s.text for s in doc.spans)
    assert [(o.name, sorted(o.titles)) for o in doc.officials] == [("陈磊", ["党工委副书记", "管委会主任"])]
    assert gold_docs[0].projects[0].amount == 140000000
    assert doc.relations and doc.relations[0]["label"] == "HAS_TITLE"


@pytest.mark.parametrize("scheme", ["bio", "bioes", "bmes"])
def test_conll_round_trip(tmp_path, gold_docs, scheme):
    docs = [*gold_docs, tricky_doc()]
    path = tmp_path / f"gold.{scheme}"
    write_conll(docs, path, scheme)
    assert key(read_conll(path)) == key(docs)


def test_jsonl_round_trip_keeps_records_and_kb_ids(tmp_path, gold_docs):
    docs = [*gold_docs, tricky_doc()]
    write_jsonl(docs, tmp_path / "gold.jsonl")
    again = read_documents(tmp_path / "gold.jsonl")
    assert key(again) == key(docs)
    assert again[2].spans[0].kb_id == "GBT37028:43103001"
    assert again[1].officials == gold_docs[1].officials
    assert again[0].projects == gold_docs[0].projects


def test_docbin_round_trip(tmp_path, gold_docs):
    docs = [*gold_docs, tricky_doc()]
    write_docbin(docs, tmp_path / "gold.spacy")
    again = read_docbin(tmp_path / "gold.spacy")
    assert key(again) == key(docs)
    assert again[2].spans[0].kb_id == "GBT37028:43103001"


def test_jsonl_to_conll_to_docbin_and_back(tmp_path, gold_docs):
    write_conll(gold_docs, tmp_path / "a.conll", "bmes")
    write_docbin(read_conll(tmp_path / "a.conll"), tmp_path / "b.spacy")
    write_jsonl(read_docbin(tmp_path / "b.spacy"), tmp_path / "c.jsonl")
    assert key(read_documents(tmp_path / "c.jsonl")) == key(gold_docs)


def test_the_three_tag_schemes_decode_to_the_same_spans(gold_docs):
    doc = gold_docs[1]
    spans = [(s.start, s.end, s.label) for s in doc.spans]
    for scheme in ("bio", "bioes", "bmes"):
        decoded = decode_tags(doc.text, encode_tags(len(doc.text), doc.spans, scheme))
        assert [(s.start, s.end, s.label) for s in decoded] == spans


def test_tag_decoding_edge_cases():
    text = "西安高新区李明"
    assert [(s.start, s.end, s.label) for s in decode_tags(text, ["O", "I-LOC", "I-LOC", "O", "O", "B_PER", "E_PER"])] \
        == [(1, 3, "LOC"), (5, 7, "PER")]
    assert [(s.start, s.end) for s in decode_tags(text[:3], ["B-LOC", "I-ORG", "S-ORG"])] == [(0, 1), (1, 2), (2, 3)]
    with pytest.raises(InputError, match="unknown tag"):
        decode_tags("西", ["X-LOC"])


def test_space_separated_conll_with_a_space_character(tmp_path):
    path = tmp_path / "spaces.bio"
    path.write_text("西 B-LOC\n安 I-LOC\n  O\n李 B-PER\n\n", encoding="utf-8")
    (doc,) = read_conll(path)
    assert doc.text == "西安 李"
    assert [(s.start, s.end, s.label) for s in doc.spans] == [(0, 2, "LOC"), (3, 4, "PER")]


def test_span_text_mismatch_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    rows = [{"id": "a", "text": "西安高新区", "spans": []},
            {"id": "b", "text": "西安高新区", "entities": [{"start": 0, "end": 2, "label": "LOC", "text": "高新"}]}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2: span 0"):
        read_documents(path)


def test_directory_reads_every_supported_file(tmp_path, gold_docs):
    write_jsonl(gold_docs[:1], tmp_path / "a.jsonl")
    write_conll([tricky_doc()], tmp_path / "b.conll")
    (tmp_path / "notes.md").write_text("not a corpus", encoding="utf-8")
    assert [d.id for d in read_documents(tmp_path)] == [gold_docs[0].id, "tricky"]


def manifest(tmp_path, text: str, source: dict) -> str:
    path = tmp_path / "manifest.jsonl"
    row = {"id": "news:9999_x", "source": source,
           "spans": [{"start": 0, "end": 5, "label": "ZONE", "text": text[:5]}],
           "records": {"officials": [], "projects": []}}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_manifest_without_shared_data_is_a_clear_error(tmp_path):
    path = manifest(tmp_path, TRICKY, {"path": "news/9999_x.txt", "id": None, "sha256": None})
    with pytest.raises(InputError, match=r"manifest\.jsonl:1: .*news/9999_x\.txt.*--shared-data"):
        read_gold([path])


def test_manifest_is_rebuilt_from_news_and_bulk_files(tmp_path):
    shared = tmp_path / "shared"
    (shared / "news").mkdir(parents=True)
    (shared / "bulk").mkdir()
    (shared / "news" / "9999_x.txt").write_bytes(TRICKY.encode("utf-8"))
    digest = hashlib.sha256(TRICKY.encode("utf-8")).hexdigest()
    news = read_gold([manifest(tmp_path, TRICKY, {"path": "news/9999_x.txt", "id": None, "sha256": digest})], shared)
    assert news[0].text == TRICKY and news[0].spans[0].text == "株洲高新区"
    bulk_text = "苏州工业园区举行签约仪式。"
    (shared / "bulk" / "b.jsonl").write_text(
        json.dumps({"id": "other", "text": "无关"}, ensure_ascii=False) + "\n"
        + json.dumps({"id": "r1", "text": bulk_text}, ensure_ascii=False) + "\n", encoding="utf-8")
    bulk = read_gold([manifest(tmp_path, bulk_text, {"path": "bulk/b.jsonl", "id": "r1"})], shared)
    assert bulk[0].text == bulk_text


def test_manifest_with_changed_source_text_is_refused(tmp_path):
    shared = tmp_path / "shared"
    (shared / "news").mkdir(parents=True)
    (shared / "news" / "9999_x.txt").write_text(TRICKY + "改", encoding="utf-8")
    digest = hashlib.sha256(TRICKY.encode("utf-8")).hexdigest()
    with pytest.raises(InputError, match="sha256"):
        read_gold([manifest(tmp_path, TRICKY, {"path": "news/9999_x.txt", "id": None, "sha256": digest})], shared)


def test_document_record_lines_are_predictions_with_zone_names(tmp_path):
    from zone_ner.records import (
        DocumentRecord,
        Investment,
        Mention,
        Official,
        Project,
        ZoneRef,
    )

    record = DocumentRecord(
        id="d1", length=12,
        mentions=[Mention(text="河阳经开区", label="ZONE", start=3, end=8, kb_id="K9")],
        zones=[ZoneRef(kb_id="K9", name="河阳经济技术开发区")],
        officials=[Official(name="李明", titles=["管委会主任"]),
                   Official(name="王强", former_titles=["副市长"], proposed_titles=["市长"])],
        projects=[Project(name="华星光电一期项目", zone="K9",
                          investment=Investment(amount=1.25e9, currency="CNY", text="12.5亿元"))],
    )
    path = tmp_path / "pred.jsonl"
    path.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    (doc,) = read_documents(path)
    assert doc.id == "d1" and doc.text is None
    assert doc.spans[0].kb_name == "河阳经济技术开发区"
    assert doc.projects[0].zone.name == "河阳经济技术开发区" and doc.projects[0].amount == 1.25e9
    assert [(o.name, o.titles, o.other_titles) for o in doc.officials] == [
        ("李明", frozenset({"管委会主任"}), frozenset()),
        ("王强", frozenset(), frozenset({"副市长", "市长"})),
    ]


def test_records_of_html_extracted_text_are_refused(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps({"id": "p", "length": 3, "text_source": "html_extracted", "mentions": []}) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="extracted from HTML"):
        read_documents(path)
