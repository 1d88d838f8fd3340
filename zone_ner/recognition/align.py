"""Make token boundaries agree with character spans by splitting tokens."""

from __future__ import annotations

from collections import defaultdict

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc


def split_at(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that has a character boundary from `boundaries` strictly inside it."""
    if not boundaries or not len(doc):
        return
    starts = doc.to_array(IDX)  # token lengths are read only for the few points off a token start
    points = numpy.array(sorted(boundaries), dtype=starts.dtype)
    owners = starts.searchsorted(points, side="right") - 1
    off = (owners >= 0) & (starts[owners] != points)
    cuts: dict[int, list[int]] = defaultdict(list)
    for point, i in zip(points[off].tolist(), owners[off].tolist()):
        token = doc[i]
        if point < token.idx + len(token):
            cuts[i].append(point)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, points_in in cuts.items():
            token = doc[i]
            edges = [token.idx, *points_in, token.idx + len(token.text)]
            parts = [token.text[a - token.idx : b - token.idx] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
