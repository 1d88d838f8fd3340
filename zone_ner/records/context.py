"""Sentence and article context used by the record builders (clean-text offsets)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc, Span

from zone_ner.extensions import doc_value, text_of
from zone_ner.text.wordlists import read_words

_DATA = Path(__file__).parent / "data"
_SENTENCE_END = re.compile(r"[。！？；!?\n]+[”’」』)）]*")


def sentence_starts(doc: Doc) -> list[int]:
    """Character starts of the doc's sentences (from zn_structure, else punctuation)."""
    sentences = doc_value(doc, "zn_sentences")
    if sentences:
        return [start for start, _ in sentences]
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text_of(doc))]


def sentence_index(starts: list[int], pos: int) -> int:
    """Index of the sentence containing character `pos`."""
    return bisect_right(starts, pos) - 1


class SpanIndex:
    """Spans in their given order, found by start offset with a bisection."""

    def __init__(self, spans: Sequence[Entity | Span]) -> None:
        self.spans = list(spans)
        self._order = sorted(range(len(self.spans)), key=lambda i: self.spans[i].start_char)
        self._starts = [self.spans[i].start_char for i in self._order]

    def starting_in(self, lo: int, hi: int) -> list[int]:
        """Positions (in the given order's numbering) of the spans starting in [lo, hi)."""
        return self._order[bisect_left(self._starts, lo) : bisect_left(self._starts, hi)]


class Entity(NamedTuple):
    """An entity of a finished doc with the fields the builders read (named like `Span`'s)."""

    start_char: int
    end_char: int
    label_: str
    kb_id_: str
    text: str
    source: str | None  # span._.zn_source
    score: float | None  # span._.zn_score


@lru_cache(maxsize=1)
def entities(doc: Doc) -> tuple[Entity, ...]:
    """`doc.ents` of a finished doc, read once (each read of `doc.ents` walks every token, and
    `Span.text` every token of the span). `span._.zn_source` and `span._.zn_score` are read from
    `doc.user_data` under spaCy's key for them, without an `Underscore` object per span."""
    text, data = text_of(doc), doc.user_data
    out = []
    for span in doc.ents:
        start, end = span.start_char, span.end_char
        out.append(
            Entity(
                start, end, span.label_, span.kb_id_, text[start:end],
                data.get(("._.", "zn_source", start, end)), data.get(("._.", "zn_score", start, end)),
            )
        )
    return tuple(out)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Words of a file in records/data, longest first."""
    return tuple(sorted(set(read_words(_DATA / name)), key=len, reverse=True))
