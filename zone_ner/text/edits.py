"""A text with its offsets, edited by deletions and one-to-one substitutions only.

Normalisation never inserts characters, so every clean character keeps exactly one
index in the source; each pass returns deletions and substitutions on the current
text and `Edits.apply` composes them with the offsets so far (vectorised with numpy).
"""

from __future__ import annotations

import numpy as np


class Edits:
    """Deletions (half-open ranges, possibly as arrays) and substitutions (position -> char)."""

    __slots__ = ("ends", "starts", "subs")

    def __init__(self) -> None:
        self.starts: list[np.ndarray | list[int]] = [[]]
        self.ends: list[np.ndarray | list[int]] = [[]]
        self.subs: dict[int, str] = {}

    def delete(self, start: int, end: int) -> None:
        """Drop text[start:end]."""
        if end > start:
            self.starts[0].append(start)  # type: ignore[union-attr]
            self.ends[0].append(end)  # type: ignore[union-attr]

    def delete_many(self, starts: np.ndarray, ends: np.ndarray) -> None:
        """Drop every text[starts[k]:ends[k]] (empty ranges are ignored)."""
        keep = ends > starts
        self.starts.append(starts[keep])
        self.ends.append(ends[keep])

    def extend(self, other: Edits) -> Edits:
        """Add the edits of `other` (made on the same text); overlapping deletions are fine."""
        self.starts.extend(np.asarray(s, dtype=np.int64) for s in other.starts)
        self.ends.extend(np.asarray(e, dtype=np.int64) for e in other.ends)
        self.subs.update(other.subs)
        return self

    def substitute(self, pos: int, char: str) -> None:
        """Replace text[pos] by `char` (one character)."""
        self.subs[pos] = char

    def __bool__(self) -> bool:
        return bool(self.subs) or any(len(s) for s in self.starts)

    def apply(self, text: str, offsets: np.ndarray) -> tuple[str, np.ndarray]:
        """The edited text and its offsets (`offsets[i]` = source index of text[i])."""
        if not self:
            return text, offsets
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if self.subs:
            codes = codes.copy()
            codes[np.fromiter(self.subs.keys(), dtype=np.int64, count=len(self.subs))] = [
                ord(c) for c in self.subs.values()
            ]
        starts = np.concatenate([np.asarray(s, dtype=np.int64) for s in self.starts])
        if len(starts):
            ends = np.concatenate([np.asarray(e, dtype=np.int64) for e in self.ends])
            depth = np.bincount(starts, minlength=len(text) + 1)[: len(text) + 1]
            depth -= np.bincount(ends, minlength=len(text) + 1)[: len(text) + 1]
            keep = np.cumsum(depth[:-1]) == 0
            codes = codes[keep]
            offsets = offsets[keep]
        return codes.tobytes().decode("utf-32-le"), offsets


def code_points(text: str) -> np.ndarray:
    """The code points of `text` as a uint32 array (a view, no copy of the characters)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
