"""Fixtures of the evaluator tests: real annotated CRUD_RAG documents (Apache-2.0) from corpus/dev.jsonl."""

from __future__ import annotations

from pathlib import Path

import pytest

from zone_ner.eval.readers import read_gold
from zone_ner.eval.types import EvalDoc

DATA = Path(__file__).resolve().parent / "data"
GOLD_SAMPLE = DATA / "gold_sample.jsonl"


@pytest.fixture
def gold_docs() -> list[EvalDoc]:
    return read_gold([GOLD_SAMPLE])
