"""The one reader of zone_ner's word lists and tab-separated tables (lines starting with # are comments),
where a list's phrases occur in a text, and where a text lists items with 、."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path


def read_rows(path: Path) -> list[list[str]]:
    """Tab-separated cells (stripped) of every non-empty, non-comment line of `path`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def read_words(path: Path) -> list[str]:
    """The first cell of every row of `path`, in file order."""
    return [row[0] for row in read_rows(path)]


def phrase_spans(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    """Every (start, end) where one of `phrases` occurs in `text`, overlapping occurrences included."""
    spans = []
    for phrase in phrases:
        pos = text.find(phrase)
        while pos != -1:
            spans.append((pos, pos + len(phrase)))
            pos = text.find(phrase, pos + 1)
    return spans


def occurrences(text: str, word: str) -> Iterator[int]:
    """Start of every occurrence of `word` in `text`, left to right, none overlapping the last."""
    pos = text.find(word)
    while pos != -1:
        yield pos
        pos = text.find(word, pos + len(word))


def separated_lists(pattern: re.Pattern[str], text: str, first_max: int, separator: str = "、") -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a list pattern whose first item is 2 to `first_max` characters
    followed by `separator` (X{2,n}(、X{2,n})+): the same matches, tried only just before each
    separator instead of at every character (re cannot skip ahead over a character class)."""
    end = 0
    k = text.find(separator)
    while k != -1:
        match = next(
            (m for p in range(max(end, k - first_max), k - 1) if (m := pattern.match(text, p)) is not None), None
        )
        if match is None:
            k = text.find(separator, k + 1)
            continue
        yield match
        end = match.end()
        k = text.find(separator, end)
