"""Make token boundaries agree with character spans by splitting tokens."""

from __future__ import annotations

from spacy.tokens import Doc


def split_at(doc: Doc, boundaries: set[int]) -> None:
    """Split every token that has a character boundary from `boundaries` strictly inside it."""
    plans = []
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        cuts = sorted(b for b in boundaries if start < b < end)
        if cuts:
            edges = [start, *cuts, end]
            plans.append((token.i, [token.text[a - start : b - start] for a, b in zip(edges, edges[1:])]))
    if not plans:
        return
    with doc.retokenize() as retokenizer:
        for i, parts in plans:
            token = doc[i]
            retokenizer.split(token, parts, heads=[(token, 0)] * len(parts))
