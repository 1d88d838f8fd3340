"""Candidate generation: a surface → the knowledge-table entries it may name."""

from __future__ import annotations

from zone_ner.linking.aliases import load_rules, normalise_key
from zone_ner.linking.kb import Entry, KnowledgeTable


def surface_keys(surface: str) -> list[str]:
    """The surface and its fallbacks: 国家级/国家/省级 prefixes stripped, 省/市 dropped, suffix variants normalised."""
    rules = load_rules()
    first = normalise_key(surface)
    keys = [first]
    stripped = next((first[len(p):] for p in rules.strip_prefixes if first.startswith(p) and len(first) > len(p) + 2), None)
    if stripped:
        keys.append(stripped)
    for key in list(keys):
        for variant, canon in rules.suffix_canon:
            if key.endswith(variant) and len(key) > len(variant):
                keys.append(key[: -len(variant)] + canon)
                break
    for key in list(keys):
        body = key[:-3] if len(key) > 3 else key
        compact = body.replace("省", "").replace("市", "") + key[len(body):]
        if compact != key and len(compact) >= 3:
            keys.append(compact)
    return list(dict.fromkeys(keys))


def candidates(surface: str, table: KnowledgeTable, label: str = "ZONE") -> list[Entry]:
    """Entries for `surface`: the exact alias first, else the first fallback key that matches.

    Zones upgraded since 2018 are replaced by their national successor; several entries = ambiguous.
    """
    for key in surface_keys(surface):
        found = table.lookup(key, label)
        if found:
            return _successors(found, table)
    return []


def _successors(entries: list[Entry], table: KnowledgeTable) -> list[Entry]:
    out: dict[str, Entry] = {}
    for e in entries:
        succ = table.get(e.superseded_by) if e.superseded_by else None
        chosen = succ or e
        out.setdefault(chosen.id, chosen)
    return list(out.values())
