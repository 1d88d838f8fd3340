"""Fast paths of normalise (work skipped when a cheap test proves it finds nothing) change no output.

Real articles of ../shared/data/news, as they are and laid out as damaged PDF pages,
are normalised twice: as shipped, and with every fast-path test forced to "run the
full pass"; the clean text, the offset map and `wrapped` must be identical.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textcheck import articles

from zone_ner.text import decode, doubling, normalise
from zone_ner.text.damage import damage_page, double_chars, double_runs, insert
from zone_ner.text.edits import code_points


def _news(news_dir: Path) -> list[str]:
    paths = sorted(p for p in news_dir.iterdir() if p.suffix in (".txt", ".html"))
    return [decode(path.read_bytes(), path.name) for path in paths]


def _full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Force every fast-path test to answer "may need the pass"."""
    monkeypatch.setattr(doubling, "_may_double", lambda *args: True)


def _may_double(text: str) -> bool:
    cfg = doubling.rules()["doubling"]
    marks = doubling._marks(text, code_points(text), cfg["max_unit"])
    return doubling._may_double(text, marks, cfg["max_unit"], cfg["min_single_units"])


def test_fast_paths_give_the_full_output(news_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = _news(news_dir)
    texts = news + [damage_page(text, seed=k) for k, text in enumerate(news)]
    fast = [normalise(text) for text in texts]
    _full_path(monkeypatch)
    full = [normalise(text) for text in texts]
    for text, got, expected in zip(texts, fast, full, strict=True):
        assert got == expected, text[:80]


def test_doubling_search_is_skipped_on_undamaged_text(news_dir: Path) -> None:
    news = _news(news_dir)
    # The comparison above is not vacuous: most articles skip the seed search...
    assert sum(not _may_double(text) for text in news) > 0.8 * len(news)
    # ...and every article under a headline rendered twice (a clause of its own) runs it.
    for text in news:
        clause = re.search("[\u4e00-\u9fff]{6,20}", text)
        if clause:
            for double in (double_runs, double_chars):
                headline = insert(clause.group(), [], double(clause.group())).text
                assert _may_double(f"{headline}\n{text}"), headline


def _opens_chain(text: str, pos: int, length: int, min_single: int) -> bool:
    """The seed rule of doubling.py, checked character by character."""
    if length == 1:
        def doubled(k: int) -> bool:
            return 0 <= k < len(text) - 1 and text[k] == text[k + 1] and text[k] not in " \n"

        return all(doubled(pos + 2 * k) for k in range(min_single))
    code = ord(text[pos])
    if not (code >= 0x3400 or text[pos].isascii() and text[pos].isalnum()):
        return False
    return sum(text.startswith(text[pos : pos + 2], pos + k) for k in range(1, length)) <= 1


@pytest.mark.parametrize("extra", ["", "\uffff", "𠀀"])
def test_seeds_read_off_the_marks_are_the_doubled_units(extra: str) -> None:
    cfg = doubling.rules()["doubling"]
    max_unit, min_single = cfg["max_unit"], cfg["min_single_units"]
    for k, article in enumerate(articles()):
        clause = re.search("[\u4e00-\u9fff]{6,20}", article).group()
        headlines = [insert(clause, [], double(clause)).text for double in (double_runs, double_chars)]
        page = damage_page(article[:600], seed=k)
        # A unit whose first two characters recur twice inside it opens no chain.
        text = "\n".join(headlines) + extra + "江城江城江城高新区" * 2 + page
        units = {
            (pos, length)
            for length in range(1, max_unit + 1)
            for pos in range(len(text))
            if doubling._is_unit(text, pos, length) and _opens_chain(text, pos, length, min_single)
        }
        marks = doubling._marks(text, code_points(text), max_unit)
        seeds = doubling._seeds(text, marks, max_unit, min_single)
        assert seeds == sorted(seeds)
        assert {seed for seed in seeds if doubling._is_unit(text, *seed)} == units
        assert any(length > 1 for _, length in units)  # the doubled headline
