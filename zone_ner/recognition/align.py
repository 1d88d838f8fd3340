"""Make token boundaries agree with character spans by splitting tokens."""

from __future__ import annotations

from collections import defaultdict

import numpy
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc


def split_at(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that has a character boundary from `boundaries` strictly inside it."""
    if not boundaries or not len(doc):
        return
    bounds = doc.to_array([IDX, LENGTH]).astype("int64")
    starts, ends = bounds[:, 0], bounds[:, 0] + bounds[:, 1]
    points = numpy.array(sorted(boundaries), dtype="int64")
    owners = numpy.searchsorted(starts, points, side="right") - 1
    inside = (owners >= 0) & (starts[owners] < points) & (points < ends[owners])
    if not inside.any():
        return
    cuts: dict[int, list[int]] = defaultdict(list)
    for point, i in zip(points[inside].tolist(), owners[inside].tolist()):
        cuts[i].append(point)
    with doc.retokenize() as retokenizer:
        for i, points_in in cuts.items():
            token = doc[i]
            edges = [token.idx, *points_in, token.idx + len(token.text)]
            parts = [token.text[a - token.idx : b - token.idx] for a, b in zip(edges, edges[1:])]
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))

