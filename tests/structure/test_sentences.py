"""Sentences: 。！？；… and closing quotes end them; a line without punctuation is cut, in bounded time."""

from __future__ import annotations

from itertools import pairwise

from zone_ner.structure import split_sentences


def test_sentence_ends() -> None:
    text = "他说：“项目很好。”今天开工！明天签约；后天投产……\n新的一段\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["他说：“项目很好。”", "今天开工！", "明天签约；", "后天投产……", "新的一段"]


def test_long_line_without_punctuation_is_bounded() -> None:
    text = "江城高新区" * 200_000  # 1M characters, no punctuation
    spans = split_sentences(text, max_chars=300)
    assert len(spans) == -(-len(text) // 300)
    assert all(e - s <= 300 for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))


def test_long_sentence_cut_after_a_comma() -> None:
    text = "，".join(["江城高新区新签约项目十二个"] * 40) + "。"
    spans = split_sentences(text, max_chars=100)
    assert all(e - s <= 100 for s, e in spans)
    assert all(text[e - 1] in "，。" for _, e in spans)
