"""Fixtures of the linking tests: the shipped table and a linker over char-segmented docs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from zone_ner.linking.chardoc import char_doc
from zone_ner.linking.kb import KnowledgeTable
from zone_ner.linking.linker import Linker


@pytest.fixture(scope="session")
def table() -> KnowledgeTable:
    return KnowledgeTable.load()


@pytest.fixture(scope="session")
def linker(table: KnowledgeTable) -> Linker:
    return Linker(table, ["ZONE", "LOC"])


@pytest.fixture()
def make_doc() -> Callable[[str, list[tuple[str, str]]], Doc]:
    """A char-segmented doc whose entities are the given (surface, label) pairs, each at its next occurrence."""

    def make(text: str, ents: list[tuple[str, str]]) -> Doc:
        spans, pos = [], 0
        for surface, label in ents:
            start = text.index(surface, pos)
            spans.append((start, start + len(surface), label))
            pos = start + len(surface)
        return char_doc(text, spans)

    return make
