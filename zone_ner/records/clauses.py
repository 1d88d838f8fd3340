"""Clauses around a mention and the zone that places it, bounded so a line without punctuation stays linear."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from zone_ner.records.context import Entity, word_list

CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
ITEM_END = re.compile(r"[、，,；;。！？!?\n]")
RADIUS = 200
"""Characters a clause reaches on either side of its mention when no break comes first."""


def clause(text: str, start: int, end: int, breaks: re.Pattern[str] = CLAUSE_END) -> tuple[int, int]:
    """The clause (between ，；。, or the list item when `breaks` has 、) around [start, end), within RADIUS."""
    lo = max(0, start - RADIUS)
    hi = min(len(text), end + RADIUS)
    left = max((m.end() for m in breaks.finditer(text, lo, start)), default=lo)
    right = breaks.search(text, end, hi)
    return left, right.start() if right else hi


class ZonePlacer:
    """The ZONE entities of a doc in text order, those right after 在 / 位于 / 落户 marked once."""

    def __init__(self, text: str, ents: Sequence[Entity]) -> None:
        self.text = text
        self.zones = sorted((e for e in ents if e.label_ == "ZONE"), key=lambda e: e.start_char)
        self._starts = [z.start_char for z in self.zones]
        self._ends = [z.end_char for z in self.zones]
        cues = word_list("location_cues.txt")
        self._cued = [i for i, z in enumerate(self.zones) if text.endswith(cues, 0, z.start_char)]

    def starting_in(self, lo: int, hi: int) -> tuple[int, int]:
        """Index range of the zones starting in [lo, hi)."""
        return bisect_left(self._starts, lo), bisect_left(self._starts, hi)

    def ending_by(self, pos: int) -> tuple[int, int]:
        """Index range of the zones ending at or before `pos` (entities do not overlap)."""
        return 0, bisect_right(self._ends, pos)

    def place(self, ent: Entity, first: int, last: int) -> Entity | None:
        """The first of zones[first:last] in the list item of `ent`, or right after a location cue."""
        left, right = clause(self.text, ent.start_char, ent.end_char, ITEM_END)
        best = last
        k = max(first, bisect_left(self._starts, left))
        if k < last and self._starts[k] < right:
            best = k
        c = bisect_left(self._cued, first)
        if c < len(self._cued) and self._cued[c] < best:
            best = self._cued[c]
        return self.zones[best] if best < last else None
