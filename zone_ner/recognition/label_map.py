"""Tag-to-label maps of outside taggers (the LAC and jieba baselines, HanLP components), read from JSON
files with `labels` (tag → zone_ner label) and `suffix_rules` (relabel a mention by how it ends)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SuffixRule:
    """Relabel a mention whose tag or mapped label is one of `sources` and whose surface ends with one
    of `suffixes` (an ORG ending in 有限公司 is a COMPANY)."""

    sources: frozenset[str]
    suffixes: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class LabelMap:
    """A tagger's tag → zone_ner label table with its suffix rules; `upper`: tags compared in upper case
    (the HanLP tag sets write NR, nr and PERSON)."""

    labels: dict[str, str]
    rules: tuple[SuffixRule, ...]
    upper: bool = False

    @classmethod
    def read(cls, path: Path, upper: bool = False) -> LabelMap:
        """The map in the JSON file `path`."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        rules = tuple(
            SuffixRule(frozenset(r["from"]), tuple(r["suffixes"]), r["label"]) for r in data.get("suffix_rules", [])
        )
        labels = {k.upper() if upper else k: v for k, v in data["labels"].items()}
        return cls(labels, rules, upper)

    def label(self, tag: str, surface: str) -> str | None:
        """The zone_ner label of a mention with this tag and surface, or None when the tag is not kept."""
        key = tag.upper() if self.upper else tag
        mapped = self.labels.get(key)
        if mapped is None:
            return None
        for rule in self.rules:
            if (key in rule.sources or mapped in rule.sources) and surface.endswith(rule.suffixes):
                return rule.label
        return mapped
