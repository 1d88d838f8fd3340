"""Property: mention offsets point into the original text whatever whitespace is inserted."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BASE = "江城高新区党工委书记、管委会主任李明在西安高新区调研，比亚迪股份有限公司参加。总投资12.5亿元的华星光电一期项目在株洲经开区开工。"
BREAKS = st.sampled_from(["\n", "\r\n", " ", "\u3000", "\n\n", "\u00a0", "\t"])


@st.composite
def damaged(draw: st.DrawFn) -> str:
    positions = draw(st.lists(st.integers(0, len(BASE)), max_size=12))
    chars = list(BASE)
    for pos in sorted(positions, reverse=True):
        chars.insert(pos, draw(BREAKS))
    return "".join(chars)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=damaged())
def test_mentions_point_into_original(nlp, text: str) -> None:
    rec = nlp(text)
    for m in rec.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert not m.text[0].isspace() and not m.text[-1].isspace()
    for link in rec.zone_links:
        assert text[link.start : link.end] == link.text
    for a in rec.articles:
        assert 0 <= a.start <= a.end <= len(text)
