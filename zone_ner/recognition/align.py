"""Make token boundaries agree with character spans by splitting tokens; spans by character offsets."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span


def split_at(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that has a character boundary from `boundaries` strictly inside it."""
    if not boundaries or not len(doc):
        return
    starts = doc.to_array([IDX]).astype("int64")
    points = numpy.array(sorted(boundaries), dtype="int64")
    owners = numpy.searchsorted(starts, points, side="right") - 1
    cuts: dict[int, list[int]] = defaultdict(list)
    for point, i in zip(points.tolist(), owners.tolist()):
        if i >= 0 and starts[i] < point < starts[i] + len(doc[i].text):
            cuts[i].append(point)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, points_in in cuts.items():
            token = doc[i]
            edges = [token.idx, *points_in, token.idx + len(token.text)]
            parts = [token.text[a - token.idx : b - token.idx] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))


class CharSpans:
    """`doc.char_span` (strict alignment) without creating tokens, for many spans of one doc.

    Token offsets are read once; the doc's tokens must not change while it is in use.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        bounds = doc.to_array([IDX, LENGTH]) if len(doc) else numpy.zeros((0, 2), dtype="uint64")
        self._starts: list[int] = bounds[:, 0].tolist()
        self._ends: list[int] = (bounds[:, 0] + bounds[:, 1]).tolist()

    def span(self, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
        """The span of the tokens covering exactly [start, end), or None when they do not align."""
        first = bisect_left(self._starts, start)
        if first == len(self._starts) or self._starts[first] != start:
            return None
        last = bisect_left(self._starts, end) - 1  # the token holding character end - 1
        if last < first:
            return self.doc.char_span(start, end, label=label, kb_id=kb_id)
        if self._ends[last] != end:
            return None
        return Span(self.doc, first, last + 1, label=label, kb_id=kb_id)
