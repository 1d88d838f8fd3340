"""Sentence and article context used by the record builders (clean-text offsets)."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

_SENTENCE_END = re.compile(r"[。！？；!?\n]+[”’」』)）]*")


def sentence_starts(doc: Doc) -> list[int]:
    """Character starts of the doc's sentences (from the parser/structure, else punctuation)."""
    if doc.has_annotation("SENT_START"):
        return [s.start_char for s in doc.sents]
    return [0] + [m.end() for m in _SENTENCE_END.finditer(doc.text)]


def sentence_index(starts: list[int], pos: int) -> int:
    """Index of the sentence containing character `pos`."""
    return bisect_right(starts, pos) - 1
