"""Character-segmented docs with given entities: for linking corpora and tests without a pipeline."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.vocab import Vocab

_VOCAB = Vocab()


def char_doc(text: str, spans: Iterable[tuple[int, int, str]] = ()) -> Doc:
    """A Doc with one token per character and the given (start, end, label) entities; overlapping spans are skipped."""
    doc = Doc(_VOCAB, words=list(text), spaces=[False] * len(text)) if text else Doc(_VOCAB, words=[])
    ents = []
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < end and not (ents and start < ents[-1].end_char):
            ents.append(doc.char_span(start, end, label=label))
    doc.ents = ents
    return doc
