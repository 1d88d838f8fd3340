"""Component `zn_gazetteer`: knowledge-table aliases matched with Aho-Corasick."""

from __future__ import annotations

import ahocorasick
from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.extensions import ensure_extensions, text_of
from zone_ner.linking.kb import KnowledgeTable, load_table
from zone_ner.recognition.candidates import Candidate, add_candidates


class Gazetteer:
    """Proposes every longest knowledge-table alias found in the text."""

    def __init__(self, kb: KnowledgeTable, labels: list[str], min_length: int = 2) -> None:
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, tuple[str, set[str]]] = {}
        for alias, kb_id, label in kb.alias_items():
            if label in labels and len(alias) >= min_length:
                entry = entries.setdefault(alias, (label, set()))
                entry[1].add(kb_id)
        for alias, (label, ids) in entries.items():
            kb_id = next(iter(ids)) if len(ids) == 1 else None
            self.automaton.add_word(alias, (len(alias), label, kb_id))
        if entries:
            self.automaton.make_automaton()
        self.size = len(entries)

    def find(self, text: str) -> list[Candidate]:
        """Longest non-overlapping alias matches, left to right."""
        if not self.size:
            return []
        return [
            Candidate(end + 1 - length, end + 1, label, "gazetteer", 1.0, kb_id)
            for end, (length, label, kb_id) in self.automaton.iter_long(text)
        ]

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self.find(text_of(doc)))
        return doc


@Language.factory(
    "zn_gazetteer",
    default_config={"kb_path": "", "kb_extra": [], "labels": ["ZONE", "LOC", "COMPANY"], "min_length": 2},
    requires=["doc._.zn_norm"],
    assigns=["doc.user_data"],
)
def make_gazetteer(
    nlp: Language, name: str, kb_path: str, kb_extra: list[str], labels: list[str], min_length: int
) -> Gazetteer:
    """Build the gazetteer from the shipped knowledge table (or `kb_path`) and the `kb_extra` files."""
    ensure_extensions()
    return Gazetteer(load_table(kb_path, kb_extra), labels, min_length)
