"""Shared fixtures: the shipped pipelines, loaded once per test session."""

from __future__ import annotations

import pytest

import zone_ner


@pytest.fixture(scope="session")
def nlp() -> zone_ner.ZoneNER:
    return zone_ner.load()


@pytest.fixture(scope="session")
def fast_nlp() -> zone_ner.ZoneNER:
    return zone_ner.load("fast")
