"""The tokenizer's fast paths (orth cache, one-pass char segmentation) build the same docs as the plain ones."""

from __future__ import annotations

import json
from pathlib import Path

import spacy
from spacy.tokens import Doc

from zone_ner.segmentation.tokenizer import OrthCache, PageTokenizer

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev.jsonl"


def corpus_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
    ]


def test_same_tokens_and_lexemes_as_plain_words() -> None:
    tokenizer = PageTokenizer(spacy.blank("zh").vocab)
    plain_vocab = spacy.blank("zh").vocab
    for text in corpus_texts() * 2:  # the second round reads every word from the cache
        doc = tokenizer(text)
        words = [t.text for t in doc]
        plain = Doc(plain_vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        assert doc.text == plain.text
        assert [(t.orth_, t.idx, t.norm_, t.shape_, t.like_num) for t in doc] == [
            (t.orth_, t.idx, t.norm_, t.shape_, t.like_num) for t in plain
        ]


def test_words_first_seen_in_a_memory_zone_are_not_cached() -> None:
    nlp = spacy.blank("zh")
    cache = OrthCache()
    with nlp.memory_zone():
        out = cache.of(nlp.vocab, ["高", "新", "区", "2026"])
        assert out == ["高", "新", "区", "2026"] and not cache._orths
    out = cache.of(nlp.vocab, ["高", "新", "区", "高"])
    assert out[0] == out[3] == nlp.vocab["高"].orth and set(cache._orths) == {
        "高",
        "新",
        "区",
    }
    assert Doc(nlp.vocab, words=out).text == "高 新 区 高 "
    other = spacy.blank("zh").vocab
    assert cache.of(other, ["园"]) == [other["园"].orth] and set(cache._orths) == {"园"}


def test_orths_of_characters_are_orths_of_words() -> None:
    nlp = spacy.blank("zh")
    cache = OrthCache()
    text = "高新区\x00𠀀 a1\n高"
    with nlp.memory_zone():
        assert cache.of_chars(nlp.vocab, text) == list(text) and not cache._orths
    for _ in range(2):  # the second round reads every character from the table
        assert cache.of_chars(nlp.vocab, text) == [nlp.vocab[c].orth for c in text]


def test_char_fast_path_cuts_like_the_run_loop() -> None:
    tokenizer = PageTokenizer(spacy.blank("zh").vocab)

    def cut_all(text: str) -> tuple[list[str], list[bool]]:
        return tokenizer.segmenter.cut_all(text, list(text), list)

    spaced = [
        " 高新区",
        "高新区 ",
        "  高新区  管委会\n \n2026年 GDP 3.5%",
        "\n\n",
        " ",
        "a  b",
        "区 \n 园",
        "",
    ]
    for text in corpus_texts() + spaced:
        assert cut_all(text) == tokenizer._cut_runs(text)
    words, spaces = cut_all("  高新区  管委会 ")
    assert words == ["  ", "高", "新", "区", " ", "管", "委", "会"] and spaces == [
        False,
        False,
        False,
        True,
        False,
        False,
        False,
        True,
    ]


def test_cached_orths_survive_a_vocabulary_reload() -> None:
    nlp = spacy.blank("zh")
    tokenizer = PageTokenizer(nlp.vocab)
    text = corpus_texts()[0]
    before = [t.text for t in tokenizer(text)]
    nlp.vocab.from_bytes(
        nlp.vocab.to_bytes()
    )  # drops every lexeme from the index, keeps the strings
    assert [t.text for t in tokenizer(text)] == before
