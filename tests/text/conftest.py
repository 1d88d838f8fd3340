"""Fixtures of tests/text: the shared news folder and the bundled example page."""

from __future__ import annotations

from pathlib import Path

import pytest
from textcheck import NEWS

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "page.txt"


@pytest.fixture(scope="session")
def news_dir() -> Path:
    if not NEWS.is_dir():
        pytest.skip("../shared/data/news is not present")
    return NEWS


@pytest.fixture(scope="session")
def example_page() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
