"""Composed pages (corpus/pages, scripts/compose_pages.py): gold spans come back through normalisation."""

from __future__ import annotations

import bisect
import json
from pathlib import Path

import pytest

from zone_ner.text import normalise

PAGES = Path(__file__).resolve().parents[2] / "corpus" / "pages"


def _records() -> list[dict]:
    files = sorted(PAGES.glob("*_pages.jsonl"))
    if not files:
        pytest.skip("no composed pages (run scripts/compose_pages.py)")
    return [json.loads(line) for path in files for line in path.read_text(encoding="utf-8").splitlines()]


def test_spans_map_back_through_the_damage() -> None:
    total = exact = broken = 0
    for record in _records():
        norm = normalise(record["text"])
        for span in record["spans"]:
            first = bisect.bisect_left(norm.offsets, span["start"])
            last = bisect.bisect_left(norm.offsets, span["end"])
            total += 1
            if last > first and norm.to_source(first, last) == (span["start"], span["end"]):
                exact += 1
                broken += "\n" in span["text"]
    assert broken >= 20  # names broken over lines are among the recovered spans
    assert exact / total >= 0.99


def test_no_doubled_headline_reaches_the_clean_text() -> None:
    for record in _records():
        text = normalise(record["text"]).text
        for article in record["meta"]["articles"]:
            title = article["title"]
            if title:
                assert title + title not in text
