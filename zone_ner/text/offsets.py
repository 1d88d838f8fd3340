"""Clean text with an exact map back to the caller's original string."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NormalisedText:
    """`text` is the clean text; `offsets[i]` is the index in `source` of `text[i]`.

    `offsets` has one extra final entry, `len(source)`.
    """

    text: str
    source: str
    offsets: tuple[int, ...]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean span [start, end) to a span of `source`."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    @classmethod
    def identity(cls, text: str) -> "NormalisedText":
        """The trivial map of a text onto itself."""
        return cls(text, text, tuple(range(len(text) + 1)))
