"""linking.salience: the overlap and article indexes give what a scan of every span gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.linking.salience import Mention, Overlaps, Salience

spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])), max_size=30)


@given(spans, st.integers(0, 70), st.integers(0, 10))
def test_overlaps_agrees_with_a_scan(taken: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    assert Overlaps(taken).overlaps(start, end) == any(s < end and start < e for s, e in taken)


@given(st.lists(st.integers(1, 20), max_size=8), st.integers(0, 200))
def test_the_article_of_a_position_is_the_one_holding_it(lengths: list[int], pos: int) -> None:
    articles, start = [], 0
    for n in lengths:  # articles in order, with gaps between them
        articles.append((start + 2, start + 2 + n))
        start += n + 2
    scopes = Salience(KnowledgeTable([]), [], articles, 200)
    expected = next(((lo, hi) for lo, hi in articles if lo <= pos < hi), (0, 200))
    assert scopes.scopes(pos) == (expected, (0, 200))


def test_a_nil_zone_blocks_and_one_zone_decides(table: KnowledgeTable) -> None:
    xian = table.lookup("西安高新区")[0]
    mentions = [Mention(5, xian.id, xian.kind), Mention(50, None, "high_tech")]
    scopes = Salience(table, mentions, [(0, 40), (40, 90)], 90)
    assert scopes.verdict(0, 40, ("high_tech",)) == (True, xian)
    assert scopes.verdict(40, 90, ("high_tech",)) == (True, None)
    assert scopes.verdict(0, 40, ("free_trade",)) == (False, None)
