"""zone_ner's knowledge table as the evaluator needs it: official name → id, id → parent id."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.eval.metrics import Resolver


@dataclass(frozen=True)
class ZoneIndex:
    """`resolve(name)`: id of the first ZONE entry with that alias; `parent(id)`: the zone a sub-area belongs to."""

    resolve: Resolver
    parent: Callable[[str], str | None]


@lru_cache(maxsize=1)
def knowledge_index() -> ZoneIndex | None:
    """The index over the shipped knowledge table, or None when zone_ner.linking is unavailable."""
    try:
        from zone_ner.linking.kb import KnowledgeTable

        table = KnowledgeTable.load()
    except (ImportError, OSError, ValueError):
        return None

    @lru_cache(maxsize=4096)
    def resolve(name: str) -> str | None:
        entries = table.lookup(name, label="ZONE")
        return entries[0].id if entries else None

    def parent(kb_id: str) -> str | None:
        entry = table.get(kb_id)
        return entry.parent_id if entry else None

    return ZoneIndex(resolve, parent)
