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
