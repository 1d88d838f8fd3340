"""Clean text with an exact map back to the caller's original string."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NormalisedText:
    """`text` is the clean text; `offsets[i]` is the index in `source` of `text[i]`.

    `offsets` has one extra final entry, `len(source)`; it strictly increases.
    `wrapped` tells that the source was laid out in lines of one width (a PDF
    page): its paragraphs are single line breaks and blank lines separate blocks.
    """

    text: str
    source: str
    offsets: tuple[int, ...]
    wrapped: bool = False

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean span [start, end) to a span of `source`.

        The span runs from the source index of its first character to just after
        that of its last one (so it contains the line breaks it was joined across),
        plus the removed copy of the last character when the page doubled every
        character ("江江城城" -> 江城 maps to all four).
        """
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        stop = self.offsets[end - 1] + 1
        if stop < self.offsets[end] and self.source[stop] == self.source[stop - 1] and not self.source[stop].isspace():
            stop += 1
        return self.offsets[start], stop

    @classmethod
    def identity(cls, text: str) -> NormalisedText:
        """The trivial map of a text onto itself."""
        return cls(text, text, tuple(range(len(text) + 1)))
