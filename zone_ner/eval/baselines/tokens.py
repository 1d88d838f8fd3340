"""Turn (word, tag) sequences of a tagger into character spans of the original text."""

from __future__ import annotations

from collections.abc import Iterable

from zone_ner.eval.types import Span
from zone_ner.recognition.label_map import LabelMap


def spans_from_tokens(text: str, tokens: Iterable[tuple[str, str]], label_map: LabelMap) -> list[Span]:
    """Spans of the tagged words that `label_map` maps to a label; words are located left to right."""
    spans: list[Span] = []
    cursor = 0
    for word, tag in tokens:
        start = text.find(word, cursor) if word else -1
        if start < 0:
            continue
        end = start + len(word)
        cursor = end
        label = label_map.label(tag, word)
        if label is not None and word.strip():
            spans.append(Span(start, end, label, word))
    return spans
