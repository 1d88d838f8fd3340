"""Shared helpers for the rule tests: the rules with the shipped knowledge table, merged like zn_merge."""

from __future__ import annotations

from functools import lru_cache

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import Gazetteer
from zone_ner.recognition.merge import Merge
from zone_ner.recognition.rules.component import RuleRecogniser

LABELS = ["ZONE", "COMPANY", "PERSON", "TITLE", "PROJECT", "ORG"]


@lru_cache(maxsize=1)
def recognisers() -> tuple[Gazetteer, RuleRecogniser, Merge]:
    kb = KnowledgeTable.load()
    return (
        Gazetteer(kb, ["ZONE", "LOC", "COMPANY"], 2),
        RuleRecogniser.from_kb(kb, LABELS),
        Merge({"rules": 3, "gazetteer": 2, "model": 1}, 0.0),
    )


def merged(text: str) -> list[Candidate]:
    """The merged mentions of gazetteer + rules for `text` (what zn_merge keeps)."""
    gazetteer, rules, merge = recognisers()
    prior = gazetteer.find(text)
    return merge.select(prior + rules.find(text, prior))


def spans(text: str, label: str | None = None) -> list[tuple[str, str]]:
    """(label, surface) of the merged mentions, in text order."""
    return [
        (c.label, text[c.start : c.end])
        for c in merged(text)
        if label is None or c.label == label
    ]
