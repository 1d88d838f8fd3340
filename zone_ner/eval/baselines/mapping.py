"""Tag-to-label maps of the baselines, read from `data/*.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class SuffixRule:
    """Relabel a mention tagged one of `sources` whose surface ends with one of `suffixes`."""

    sources: frozenset[str]
    suffixes: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class LabelMap:
    """A baseline's tag → zone_ner label map with suffix rules."""

    labels: dict[str, str]
    rules: tuple[SuffixRule, ...]

    @classmethod
    def load(cls, name: str) -> LabelMap:
        """The map in `data/<name>.json`."""
        data = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
        rules = tuple(
            SuffixRule(frozenset(r["from"]), tuple(r["suffixes"]), r["label"]) for r in data.get("suffix_rules", [])
        )
        return cls(dict(data["labels"]), rules)

    def label(self, tag: str, surface: str) -> str | None:
        """The zone_ner label of a mention with this tag and surface, or None when not an entity."""
        if tag not in self.labels:
            return None
        for rule in self.rules:
            if tag in rule.sources and surface.endswith(rule.suffixes):
                return rule.label
        return self.labels[tag]
