"""records.clauses and the builders' indexes: bounded clauses, and the same answers as a scan of every span."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zone_ner.linking.chardoc import char_doc
from zone_ner.records.clauses import ITEM_END, RADIUS, ZonePlacer, clause
from zone_ner.records.companies import _Keys
from zone_ner.records.context import word_list
from zone_ner.records.projects import full_names


def test_a_clause_stops_at_its_breaks() -> None:
    text = "开工仪式上，华星光电一期项目总投资12亿元，今年投产。"
    start = text.index("华星")
    assert text[slice(*clause(text, start, start + 8))] == "华星光电一期项目总投资12亿元"


def test_a_clause_without_punctuation_reaches_a_bounded_radius() -> None:
    text = "西安高新区管委会主任李明调研比亚迪股份有限公司项目总投资93亿元" * 100
    assert clause(text, 1000, 1010) == (1000 - RADIUS, 1010 + RADIUS)
    assert clause(text, 5, 10, ITEM_END) == (0, 10 + RADIUS)


pieces = st.lists(st.sampled_from(["在", "位于", "，", "、", "甲", "乙丙", "Z"]), min_size=1, max_size=40)


@given(pieces, st.integers(0, 39))
def test_the_placing_zone_is_the_first_a_scan_finds(parts: list[str], which: int) -> None:
    text = "".join(parts)
    zones = [(i, i + 1, "ZONE") for i, ch in enumerate(text) if ch == "Z"]
    ents = [(i, i + 1, "PROJECT") for i, ch in enumerate(text) if ch == "甲"]
    doc = char_doc(text, zones + ents)
    if not doc.ents:
        return
    ent = doc.ents[which % len(doc.ents)]
    placer = ZonePlacer(text, list(doc.ents))
    cues = word_list("location_cues.txt")
    left, right = clause(text, ent.start_char, ent.end_char, ITEM_END)
    for first, last in (placer.ending_by(ent.start_char), placer.starting_in(left, len(text))):
        expected = next(
            (z for z in placer.zones[first:last] if left <= z.start_char < right or text[: z.start_char].endswith(cues)),
            None,
        )
        assert placer.place(ent, first, last) == expected


names = st.lists(st.text(alphabet="比亚迪股份有限公司集团", min_size=1, max_size=8), min_size=1, max_size=12)


@given(names)
def test_a_full_name_is_the_longest_surface_holding_it(surfaces: list[str]) -> None:
    full = full_names(surfaces)
    ordered = sorted(set(surfaces), key=len, reverse=True)
    assert full == {s: next(f for f in ordered if s in f) for s in ordered}


@given(names)
def test_a_company_joins_the_first_known_name_it_abbreviates(surfaces: list[str]) -> None:
    ordered = sorted(surfaces, key=lambda s: -len(s))
    keys, known = _Keys(ordered), []
    for name in ordered:
        expected = next(
            (k for k in known if (len(name) >= 2 and name in k) or k.startswith(name) or name.startswith(k)), name
        )
        assert keys.key(name) == expected
        if expected not in known:
            known.append(expected)
