"""HanLP tag sets (MSRA, OntoNotes, PKU) mapped to zone_ner labels, read from `data/labels.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class SuffixRule:
    """Relabel a mention mapped to one of `sources` whose surface ends with one of `suffixes`."""

    sources: frozenset[str]
    suffixes: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class LabelMap:
    """Tag -> label table plus suffix rules (e.g. an ORG ending in 有限公司 is a COMPANY)."""

    labels: dict[str, str]
    rules: tuple[SuffixRule, ...]

    def label(self, tag: str, surface: str) -> str | None:
        """The zone_ner label of a HanLP mention, or None when its tag is not one we keep."""
        mapped = self.labels.get(tag.upper())
        if mapped is None:
            return None
        for rule in self.rules:
            if mapped in rule.sources and surface.endswith(rule.suffixes):
                return rule.label
        return mapped


@cache
def load_label_map(path: Path = DATA_DIR / "labels.json") -> LabelMap:
    """The label map in `path` (default: the shipped `data/labels.json`)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    rules = tuple(
        SuffixRule(frozenset(r["from"]), tuple(r["suffixes"]), r["label"]) for r in data.get("suffix_rules", [])
    )
    return LabelMap({k.upper(): v for k, v in data["labels"].items()}, rules)
