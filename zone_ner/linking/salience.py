"""Indexes the linker's anaphora uses on long documents: span overlaps and the salient zone of each scope."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from zone_ner.linking.kb import Entry, KnowledgeTable


@dataclass(frozen=True)
class Mention:
    """A zone named in the document (entity or inside a container): where, which (None = NIL), what kind."""

    start: int
    kb_id: str | None
    kind: str | None


class Overlaps:
    """Character spans answering "does any of them overlap [start, end)?" by bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self._starts = [s for s, _ in pairs]
        self._reach = list(accumulate((e for _, e in pairs), max))  # furthest end among spans starting so far

    def overlaps(self, start: int, end: int) -> bool:
        """True if some span [s, e) has s < end and start < e."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


Verdict = tuple[bool, Entry | None]
"""(decided, zone): decided with the zone, decided with None (a NIL or several zones), or undecided (no zone)."""


class Salience:
    """The zones a document's scopes (its articles, the whole document) name, each scope's verdict computed once."""

    def __init__(self, table: KnowledgeTable, mentions: list[Mention], articles: list[tuple[int, int]],
                 length: int) -> None:
        self.table = table
        self.length = length
        self._mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._mentions]
        self._articles = articles
        self._article_starts = [lo for lo, _ in articles]
        self._verdicts: dict[tuple[int, int, tuple[str, ...]], Verdict] = {}

    def scopes(self, pos: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The article around `pos` (the document when none holds it), then the document."""
        k = bisect_right(self._article_starts, pos) - 1
        article = self._articles[k] if k >= 0 and pos < self._articles[k][1] else (0, self.length)
        return article, (0, self.length)

    def verdict(self, lo: int, hi: int, kinds: tuple[str, ...]) -> Verdict:
        """The one top zone of a compatible kind named in [lo, hi); a compatible NIL zone blocks."""
        key = (lo, hi, kinds)
        if key not in self._verdicts:
            self._verdicts[key] = self._judge(lo, hi, kinds)
        return self._verdicts[key]

    def _judge(self, lo: int, hi: int, kinds: tuple[str, ...]) -> Verdict:
        inside = self._mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]
        scoped = [m for m in inside if "*" in kinds or m.kind in kinds]
        if any(m.kb_id is None for m in scoped):
            return True, None
        ids = {m.kb_id for m in scoped}
        top = [e for e in map(self.table.get, ids) if e is not None and e.parent_id not in ids]
        if len(top) == 1:
            return True, top[0]
        return bool(top), None
