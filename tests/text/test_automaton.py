"""zone_ner.text.automaton reports exactly the matches of a plain pyahocorasick automaton."""

from __future__ import annotations

import ahocorasick
import pytest

from zone_ner.linking.kb import load_table
from zone_ner.text import normalise
from zone_ner.text.automaton import Automaton


@pytest.fixture(scope="module")
def aliases() -> list[tuple[str, tuple[int, str]]]:
    """Every alias of the shipped knowledge table (zones and places), as the gazetteer adds them."""
    return [(alias, (len(alias), kb_id)) for alias, kb_id, _ in load_table().alias_items()]


def _plain(items: list[tuple[str, object]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, value in items:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def test_same_matches_as_pyahocorasick_on_news(aliases, news_dir) -> None:
    plain, fast = _plain(aliases), Automaton(aliases)
    texts = [normalise(p.read_text(encoding="utf-8")).text for p in sorted(news_dir.glob("*.txt"))]
    texts.append("𠀀西安高新区𠀀雄安新区，\x00\x01苏州工业园区😀江苏省苏州市")  # astral and control characters
    texts += ["西安\x00高新区", "\x00\x01", "苏州\x01工业园区"]  # short texts are searched unmapped
    texts += [texts[0][i : i + n] for n in (5, 20, 31, 40) for i in range(0, len(texts[0]), 7)]
    found = 0
    for text in texts:
        assert list(fast.iter_long(text)) == list(plain.iter_long(text))
        assert list(fast.iter(text)) == list(plain.iter(text))
        found += len(list(plain.iter_long(text)))
    assert found > 100


def test_a_repeated_word_keeps_its_last_value() -> None:
    automaton = Automaton([("高新区", 1), ("新区", 2), ("高新区", 3)])
    assert list(automaton.iter("西安高新区")) == [(4, 3), (4, 2)]
    assert list(Automaton([]).iter_long("西安高新区")) == []
