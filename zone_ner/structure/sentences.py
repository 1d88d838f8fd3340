"""Sentences of clean text: ends at 。！？；… (with closing quotes) and line breaks.

A sentence longer than `max_chars` (a page line without punctuation) is cut after
its last comma within the limit, else at the limit, so time and memory stay linear.
"""

from __future__ import annotations

from zone_ner.structure.cues import patterns, rules


def _cap(text: str, start: int, end: int, max_chars: int, out: list[tuple[int, int]]) -> None:
    soft = rules()["sentence_soft_end"]
    while end - start > max_chars:
        limit = start + max_chars
        cut = max(text.rfind(mark, start + max_chars // 2, limit) for mark in soft) + 1
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, end))


def split_sentences(text: str, max_chars: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence, leading/trailing whitespace excluded, in order."""
    max_chars = max_chars or rules()["max_sentence_chars"]
    sentences: list[tuple[int, int]] = []
    start = 0
    ends = [m.end() for m in patterns()["sentence_end"].finditer(text)]
    for end in ends + [len(text)]:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            _cap(text, s, e, max_chars, sentences)
        start = end
    return sentences
