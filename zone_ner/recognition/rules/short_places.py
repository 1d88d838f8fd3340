"""Short forms of the districts, counties and towns a document names in full (翔安区 … 翔安, 吴泾镇 … 吴泾),
and of districts listed with other places (潼南、铜梁、荣昌、大足).

A district's name without 区 is too ambiguous to list (奉贤, 建邺 lowered LOC everywhere when the
knowledge table had them), but once the document has written the full name, its two-character
stem names the same place: every other free occurrence is a LOC, unless it is glued into a
frequent word on either side, opens a facility's name (晋安湖公园) or is an ordinary word with no
place before it (`data/word_counties.txt`: 产业富民). In a list joined by 、 whose
items are known places or district stems (at most a quarter of them something else, 高新区), with
two known places or three stems, the stems are LOC, also over a shorter place inside them (九龙坡).
A stem written right after its own city or province (武汉黄陂, 天津蓟州, 杭州富阳) is a LOC too, with the
same checks: the place before it tells which of the same-named districts (鼓楼) is meant.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import (
    common_words,
    facility_words,
    opens_facility,
    word_counties,
)
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import ALL_LABELS, PLACES, Known, is_cjk
from zone_ner.text.wordlists import occurrences, separated_lists

ADMIN_TAILS = frozenset("区县镇")
STEM = 2
SCORE = 0.6
MIN_LISTED_PLACES = 2
MIN_STEM_LIST = 3
MAX_OTHER_SHARE = 4
"""At most a quarter of a list's items may be no place (高新区 among districts)."""
MAX_ITEM = 4
LIST = re.compile(rf"[\u4e00-\u9fff]{{2,{MAX_ITEM}}}(?:、[\u4e00-\u9fff]{{2,{MAX_ITEM}}})+")
LIST_ENDS = re.compile("[等及和与]")
DIRECTIONS = frozenset("东西南北中")
GENERAL_KNOWLEDGE = "GEO:"  # ids of places outside the administrative divisions (places_extra.tsv)
PROVINCE_ID_TAIL = "0000"
"""A province's id ends in four zeros (NBS:420000); its cities' and counties' ids do not."""
NATIVE = "人"  # 山东乳山人: a native of the place, no word read across the stem's end
STEM_SIZES = (3, 2)
"""Stems of 3-4-character district, county and county-level city names, the longer one first (沙坪坝, 大足)."""


def find_short_places(text: str, known: Known, places: list[Candidate]) -> list[Candidate]:
    """LOC candidates for the stems of the full district and county names among `places`."""
    words = common_words()
    stems = dict.fromkeys(  # in the order of the places: the same output in every process
        text[c.start : c.start + STEM]
        for c in places
        if c.label == "LOC"
        and c.end - c.start == STEM + 1
        and text[c.end - 1] in ADMIN_TAILS
        and not (c.kb_id or "").startswith(GENERAL_KNOWLEDGE)  # 欧元区 is no district: 欧元 is no place
    )
    found: list[Candidate] = []
    for stem in stems:
        for pos in occurrences(text, stem):
            end = pos + STEM
            if (
                _free_stem(text, pos, end, known)
                and not (pos > 0 and is_cjk(text[pos - 1]) and text[pos - 1 : pos + 1] in words)
                and (stem not in word_counties() or known.ending_at(pos, PLACES) is not None)
            ):
                found.append(Candidate(pos, end, "LOC", "rules", SCORE))
                known.add(pos, end, "LOC")
    return found


def _free_stem(text: str, start: int, end: int, known: Known) -> bool:
    """True if text[start:end] can stand as a district's stem: no 区/县 after it, no name over it, no
    frequent word formed with the character after it (unless it is 人: 山东乳山人, a native of it),
    and no facility name opened by it."""
    return (
        text[end : end + 1] not in ADMIN_TAILS
        and (text[end - 1 : end + 1] not in common_words() or text[end : end + 1] == NATIVE)
        and not known.overlapping(start, end, ALL_LABELS)
        and not opens_facility(text, end, facility_words())
    )


def find_city_districts(
    text: str, parents: Mapping[str, frozenset[str]], known: Known, places: list[Candidate]
) -> list[Candidate]:
    """LOC candidates for district and county stems written right after the city or province they
    belong to (武汉 + 黄陂, 天津 + 蓟州); a stem that is an ordinary word needs its city (南充 + 南部,
    not 四川 + 南部 "southern Sichuan"). `parents` maps each stem to its city's and province's ids."""
    found: list[Candidate] = []
    for c in places:
        if c.label != "LOC" or not c.kb_id:
            continue
        for size in STEM_SIZES:
            end = c.end + size
            stem = text[c.end : end]
            if (
                c.kb_id in parents.get(stem, ())
                and not (stem in word_counties() and c.kb_id.endswith(PROVINCE_ID_TAIL))
                and _free_stem(text, c.end, end, known)
            ):
                found.append(Candidate(c.end, end, "LOC", "rules", SCORE))
                known.add(c.end, end, "LOC")
                break
    return found


def _item(text: str, start: int, end: int, known: Known, stems: frozenset[str]) -> tuple[int, int, bool] | None:
    """(start, end, known) of the place that ends the list item [start, end): a known place or a
    district stem not qualified by a place or direction before it (nor, when the stem is a frequent
    word, by a frequent word before it: 市场 + 资源), the longest that ends there;
    None when the item is neither."""
    for s in range(start, end - 1):
        if known.label_at(s, end) in PLACES:
            return s, end, True
        if text[s:end] in stems:
            qualified = s > start and (
                text[s - 1] in DIRECTIONS
                or known.ending_at(s, PLACES) is not None
                or (text[s:end] in common_words() and text[max(start, s - 2) : s] in common_words())
            )
            return None if qualified else (s, end, False)  # 保定 + 南部, 北 + 运河, 市场 + 资源: no district
    return None


def _items(text: str, m: re.Match[str], known: Known, stems: frozenset[str]) -> list[tuple[int, int, bool] | None]:
    """The places of a 、 list, each item cut before 等 or a joiner (武清等区 → 武清, 临潼及南部 → 临潼)."""
    items, pos = [], m.start()
    for part in m.group().split("、"):
        end = LIST_ENDS.search(part, 1)
        items.append(_item(text, pos, pos + (end.start() if end else len(part)), known, stems))
        pos += len(part) + 1
    return items


def find_listed_districts(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """District stems listed with known places (潼南、铜梁、荣昌、大足、合川、九龙坡、高新区): LOC."""
    stems = lex.district_stems
    found: list[Candidate] = []
    for m in separated_lists(LIST, text, MAX_ITEM):
        items = _items(text, m, known, stems)
        places = [i for i in items if i]
        if MAX_OTHER_SHARE * (len(items) - len(places)) > len(items) or (
            sum(i[2] for i in places) < MIN_LISTED_PLACES and len(places) < MIN_STEM_LIST
        ):
            continue
        for s, e, listed in places:
            inside = all(a >= s and b <= e for a, b in known.overlapping(s, e, ALL_LABELS))
            if not listed and inside and not known.covering(s, e):
                found.append(Candidate(s, e, "LOC", "rules", SCORE))
                known.add(s, e, "LOC")
    return found
