"""A text with its offsets, edited by deletions and one-to-one substitutions only.

Normalisation never inserts characters, so every clean character keeps exactly one
index in the source; each pass returns deletions and substitutions on the current
text and `Edits.apply` composes them with the offsets so far (a numpy keep-mask).
"""

from __future__ import annotations

import numpy as np


class Edits:
    """Deletions (half-open ranges) and substitutions (position -> char)."""

    __slots__ = ("ranges", "subs")

    def __init__(self) -> None:
        self.ranges: list[tuple[int, int]] = []
        self.subs: dict[int, str] = {}

    def delete(self, start: int, end: int) -> None:
        """Drop text[start:end]."""
        if end > start:
            self.ranges.append((start, end))

    def extend(self, other: Edits) -> Edits:
        """Add the edits of `other` (made on the same text); overlapping deletions are fine."""
        self.ranges += other.ranges
        self.subs.update(other.subs)
        return self

    def substitute(self, pos: int, char: str) -> None:
        """Replace text[pos] by `char` (one character)."""
        self.subs[pos] = char

    def __bool__(self) -> bool:
        return bool(self.subs) or bool(self.ranges)

    def _ranges(self) -> list[tuple[int, int]]:
        """The deletions as sorted, merged ranges."""
        merged: list[tuple[int, int]] = []
        for start, end in sorted(self.ranges):
            if merged and start <= merged[-1][1]:
                if end > merged[-1][1]:
                    merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        return merged

    def apply(self, text: str, offsets: np.ndarray) -> tuple[str, np.ndarray]:
        """The edited text and its offsets (`offsets[i]` = source index of text[i])."""
        if not self:
            return text, offsets
        if self.subs:
            chars = list(text) if len(self.subs) > 64 else None
            if chars is not None:
                for pos, char in self.subs.items():
                    chars[pos] = char
                text = "".join(chars)
            else:
                for pos, char in sorted(self.subs.items()):
                    text = f"{text[:pos]}{char}{text[pos + 1:]}"
        ranges = self._ranges()
        if not ranges:
            return text, offsets
        keep = np.ones(len(text), dtype=bool)
        pieces = []
        previous = 0
        for start, end in ranges:
            keep[start:end] = False
            pieces.append(text[previous:start])
            previous = end
        pieces.append(text[previous:])
        return "".join(pieces), offsets[keep]


def code_points(text: str) -> np.ndarray:
    """The code points of `text` as a uint32 array (a view, no copy of the characters)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
