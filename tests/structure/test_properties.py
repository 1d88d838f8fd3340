"""Properties of the structure functions on arbitrary text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from zone_ner.structure import split_articles, split_sentences

_PIECES = st.sampled_from(
    ["江城高新区", "本报讯", "记者 王小明", "▶ 李四", "张伟", "。", "！", "？", "；", "，", "”", "……", "\n", "\n\n", " ",
     "第3版", "河阳经开区：三星二期项目投产", "总投资12亿元", "新华社青山3月13日电"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.sampled_from([None, True, False]))
def test_articles_ordered_and_inside(text: str, blocks: bool | None) -> None:
    articles = split_articles(text, blocks)
    previous_end = 0
    for article in articles:
        assert previous_end <= article.start < article.end <= len(text)
        previous_end = article.end
        if article.title_span:
            assert text[slice(*article.title_span)].split() == article.title.split()
        if article.byline_span:
            assert text[slice(*article.byline_span)] == article.byline


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.integers(5, 50))
def test_sentences_cover_the_text(text: str, max_chars: int) -> None:
    spans = split_sentences(text, max_chars)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(0 < e - s <= max_chars for s, e in spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
