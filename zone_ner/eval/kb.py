"""Resolve official zone names (gold `kb_name`) to knowledge-table ids, when the table is available."""

from __future__ import annotations

from functools import lru_cache

from zone_ner.eval.metrics import Resolver


@lru_cache(maxsize=1)
def knowledge_resolver() -> Resolver | None:
    """name → kb id of the first ZONE entry with that alias in zone_ner's knowledge table, or None."""
    try:
        from zone_ner.linking.kb import KnowledgeTable

        table = KnowledgeTable.load()
    except (ImportError, OSError, ValueError):
        return None

    @lru_cache(maxsize=4096)
    def resolve(name: str) -> str | None:
        entries = table.lookup(name, label="ZONE")
        return entries[0].id if entries else None

    return resolve
