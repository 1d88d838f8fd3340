"""Fixtures of tests/structure: the bundled example page, raw and normalised."""

from __future__ import annotations

from pathlib import Path

import pytest

from zone_ner.text import NormalisedText, normalise

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "page.txt"


@pytest.fixture(scope="session")
def page() -> NormalisedText:
    return normalise(EXAMPLE.read_text(encoding="utf-8"))
