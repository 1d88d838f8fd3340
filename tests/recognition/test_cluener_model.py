"""models/cluener: the shipped CLUENER2020 benchmark model loads and tags CLUENER's native labels."""

from __future__ import annotations

from pathlib import Path

import spacy

import zone_ner  # noqa: F401  (registers the page tokenizer the model's config names)

MODEL = Path(__file__).resolve().parents[2] / "models" / "cluener"


def test_the_benchmark_model_tags_native_labels() -> None:
    nlp = spacy.load(MODEL)
    doc = nlp("腾讯公司董事长马化腾在深圳表示，公司将加大投入。他还看了电影《流浪地球》。")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("腾讯公司", "company"), ("董事长", "position"), ("马化腾", "name"), ("《流浪地球》", "movie")} <= ents
    assert set(nlp.get_pipe("ner").labels) == {
        "address", "book", "company", "game", "government", "movie", "name", "organization", "position", "scene"
    }
