"""`records.context.entities` reads what `doc.ents` and the span extensions hold."""

from __future__ import annotations

import json
from pathlib import Path

from zone_ner.records.context import entities

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev.jsonl"


def test_entities_match_spans_and_their_extensions(fast_nlp) -> None:
    texts = [
        json.loads(line)["text"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
    ]
    sources = set()
    for text in texts:
        doc = fast_nlp.nlp(text)
        expected = [
            (
                e.start_char,
                e.end_char,
                e.label_,
                e.kb_id_,
                e.text,
                e._.zn_source,
                e._.zn_score,
            )
            for e in doc.ents
        ]
        assert [tuple(e) for e in entities(doc)] == expected
        sources.update(e.source for e in entities(doc))
    assert {"rules", "gazetteer"} <= sources
