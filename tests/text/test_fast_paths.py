"""Fast paths of normalise (work skipped when a cheap test proves it finds nothing) change no output.

Real articles of ../shared/data/news, as they are and laid out as damaged PDF pages,
are normalised twice: as shipped, and with every fast-path test forced to "run the
full pass"; the clean text, the offset map and `wrapped` must be identical.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zone_ner.text import decode, normalise
from zone_ner.text import doubling
from zone_ner.text.damage import damage_page, double_chars, double_runs, insert
from zone_ner.text.edits import code_points


def _articles(news_dir: Path) -> list[str]:
    paths = sorted(p for p in news_dir.iterdir() if p.suffix in (".txt", ".html"))
    return [decode(path.read_bytes(), path.name) for path in paths]


def _full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Force every fast-path test to answer "may need the pass"."""
    monkeypatch.setattr(doubling, "_may_double", lambda *args: True)


def _may_double(text: str) -> bool:
    cfg = doubling.rules()["doubling"]
    return doubling._may_double(text, code_points(text), cfg["max_unit"], cfg["min_single_units"])


def test_fast_paths_give_the_full_output(news_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles(news_dir)
    texts = articles + [damage_page(text, seed=k) for k, text in enumerate(articles)]
    fast = [normalise(text) for text in texts]
    _full_path(monkeypatch)
    full = [normalise(text) for text in texts]
    for text, got, expected in zip(texts, fast, full, strict=True):
        assert got == expected, text[:80]


def test_doubling_search_is_skipped_on_undamaged_text(news_dir: Path) -> None:
    articles = _articles(news_dir)
    # The comparison above is not vacuous: most articles skip the seed search...
    assert sum(not _may_double(text) for text in articles) > 0.8 * len(articles)
    # ...and every article under a headline rendered twice (a clause of its own) runs it.
    for text in articles:
        clause = re.search("[\u4e00-\u9fff]{6,20}", text)
        if clause:
            for double in (double_runs, double_chars):
                headline = insert(clause.group(), [], double(clause.group())).text
                assert _may_double(f"{headline}\n{text}"), headline
