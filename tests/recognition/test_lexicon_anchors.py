"""`Anchors` (alone and in the shared search) finds what a plain pyahocorasick search finds."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import ahocorasick

from zone_ner.recognition.rules.lexicon import SHARED, Anchors, read_rows, read_words

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "dev.jsonl"


def plain(words: dict[str, str], text: str) -> list[list[tuple[int, int, str, str]]]:
    """Every match grouped by end, sorted: the reference search."""
    automaton = ahocorasick.Automaton()
    for word, kind in words.items():
        automaton.add_word(word, (word, kind))
    automaton.make_automaton()
    by_end: dict[int, list[tuple[int, int, str, str]]] = {}
    for last, (word, kind) in automaton.iter(text):
        by_end.setdefault(last, []).append((last + 1 - len(word), last + 1, word, kind))
    return [sorted(by_end[k]) for k in sorted(by_end)]


def texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for line in CORPUS.read_text(encoding="utf-8").splitlines()
    ]


def test_shared_and_alone_match_plain_search() -> None:
    lists = [
        {r[0]: r[1] for r in read_rows("org_suffixes.tsv")},
        {w: "title" for w in read_words("titles.txt")}
        | {w: "role" for w in read_words("role_words.txt")},
        {w: "COMPANY" for w in read_words("company_brands.txt")},
        {
            "高新区": "zone",
            "新区": "zone",
            "区": "zone",
        },  # nested words at one end position
    ]
    anchors = [Anchors(words) for words in lists]
    corpus = texts()
    assert len(corpus) > 5
    for i, text in enumerate(corpus):
        for words, a in zip(lists, anchors):
            expected = plain(words, text)
            assert a.find_all(text) == expected
            assert a.find(text) == [hits[0] for hits in expected]
        if i == 0:
            assert all(a._slot is None for a in anchors)  # one text: searched alone
    assert all(
        a._slot is not None for a in anchors
    )  # several texts: joined the shared search
    assert any(len(hits) > 1 for text in corpus for hits in anchors[3].find_all(text))


def test_collected_anchors_leave_the_shared_search() -> None:
    text_a, text_b = texts()[:2]
    a = Anchors({"管委会": "org"})
    a.find(text_a)
    a.find(text_b)
    slot = a._slot
    assert slot is not None and slot in SHARED._words
    del a
    gc.collect()
    assert slot not in SHARED._words
