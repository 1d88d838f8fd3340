"""Infrastructure named as a project: 防城港至东兴铁路, 平陆运河, 南宁机场改扩建工程 (data/infrastructure.json).

A tail (铁路, 运河, 航道, 改扩建工程 …) with the name before it: places, name characters, digits
and 至 between places, stopping at stop words and common verbs. The name must hold a known place
and the clause must report the building (建设, 开工, 建成, 通车 …): a railway merely mentioned
is not a project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words, common_words_only
from zone_ner.recognition.rules.lexicon import (
    Anchors,
    Lexicon,
    WordSet,
    read_json,
)
from zone_ner.recognition.rules.scan import (
    ALL_LABELS,
    Known,
    at_boundary,
    is_cjk,
    is_name_char,
)

CLAUSE_BREAKS = frozenset("。！？；!?;\n")
OWNERS = frozenset({"ZONE", "COMPANY"})
ZONES = frozenset({"ZONE"})
CLAUSE_REACH = 60
LINE_BEFORE = 6
LINE_REACH = 15
LINE_STATION_REACH = 5
STATION = "站"
LINE_WORD = "号线"
WORKS = "工程"
SECTION = "段"
SECTION_ABBREVIATION = 2
RANGE_REACH = 32  # the longest bracketed road section road_range matches
COUNTED = re.compile("[0-9一二三四五六七八九十两几多]+[条座大]")


@dataclass(frozen=True)
class InfrastructureRules:
    """The parsed data file."""

    tails: Anchors
    right_blockers: tuple[str, ...]
    build_words: tuple[str, ...]
    joiners: frozenset[str]
    road_endings: tuple[str, ...]
    bare_name_tails: frozenset[str]
    spot_tails: frozenset[str]
    bare_name_excluded: frozenset[str]
    existing_words: tuple[str, ...]
    line_prefixes: tuple[str, ...]
    opening_words: tuple[str, ...]
    network_tails: frozenset[str]
    structures: tuple[str, ...]
    structure_stops: tuple[str, ...]
    """structure_stops of the data file and the build words: a count or a kind between a line and a structure."""
    max_structure: int
    section: re.Pattern[str]
    bracketed_section: re.Pattern[str]
    road_range: re.Pattern[str]
    line: re.Pattern[str]
    max_name: int
    score: float


@lru_cache(maxsize=1)
def infrastructure_rules() -> InfrastructureRules:
    """Read `data/infrastructure.json` once."""
    raw = read_json("infrastructure.json")
    return InfrastructureRules(
        tails=Anchors({t: "tail" for t in raw["tails"]}),
        right_blockers=tuple(raw["right_blockers"]),
        build_words=tuple(raw["build_words"]),
        joiners=frozenset(raw["joiners"]),
        road_endings=tuple(raw["road_endings"]),
        bare_name_tails=frozenset(raw["bare_name_tails"]),
        spot_tails=frozenset(raw["spot_tails"]),
        bare_name_excluded=frozenset(raw["bare_name_excluded"]),
        existing_words=tuple(raw["existing_words"]),
        line_prefixes=tuple(sorted(raw["line_prefixes"], key=len, reverse=True)),
        opening_words=tuple(raw["opening_words"]),
        network_tails=frozenset(raw["network_tails"]),
        structures=tuple(sorted(raw["structures"], key=len, reverse=True)),
        structure_stops=tuple(raw["structure_stops"] + raw["build_words"]),
        max_structure=int(raw["max_structure"]),
        section=re.compile(raw["section"]),
        bracketed_section=re.compile(raw["bracketed_section"]),
        road_range=re.compile(raw["road_range"]),
        line=re.compile(raw["line"]),
        max_name=int(raw["max_name"]),
        score=float(raw["score"]),
    )


def _clause(text: str, start: int, end: int) -> str:
    """The clause around [start, end), between sentence-level punctuation, at most CLAUSE_REACH
    characters to each side (bounded work on text without punctuation)."""
    left = text[max(0, start - CLAUSE_REACH) : start]
    right = text[end : end + CLAUSE_REACH]
    lo = max((left.rfind(c) for c in CLAUSE_BREAKS), default=-1) + 1
    his = [i for i in (right.find(c) for c in CLAUSE_BREAKS) if i >= 0]
    return left[lo:] + text[start:end] + right[: min(his, default=len(right))]


def _name_start(
    text: str, end: int, lex: Lexicon, known: Known, rules: InfrastructureRules
) -> tuple[int, bool]:
    """Start of the name ending at `end` and whether it holds a known place or a road name; a
    road section's ends in brackets (外环东段 + （华夏中路-龙东大道） + 交通功能) are crossed and not counted."""
    p, placed, crossed = end, False, 0
    while p > 0 and end - p - crossed < rules.max_name:
        bracket = _road_range_before(text, p, rules)
        if bracket is not None and bracket > 0 and is_name_char(text[bracket - 1]):
            p, placed, crossed = bracket, True, crossed + p - bracket
            continue
        if not placed and _road_ends_at(text, p, rules):
            placed = True
        owner = known.ending_at(p, OWNERS)
        if owner is not None:
            if p < end and text[p] in rules.joiners and known.ending_at(p, ZONES) is not None:
                p, placed = owner, True  # 北京至雄安新区至商丘高速铁路: a zone is a stop of the route
                continue
            break  # 天津滨海新区 + 跨海河桥工程: a zone or company before the name is its own span
        q = lex.places.ending_at(text, p)
        if q is not None and q < p and end - q <= rules.max_name:
            p, placed = q, True
            continue
        c = text[p - 1]
        if c in rules.joiners and placed and p > 1 and is_name_char(text[p - 2]):
            p -= 1  # 防城港至东兴: the joiner after a place continues the name
            continue
        if not is_name_char(c) or lex.left_stops.ending_at(text, p) is not None:
            break
        if any(text.endswith(w, 0, p) for w in rules.build_words + rules.opening_words):
            break  # 市重大工程 + 泰和污水处理厂, 远期规划 + 平潭至莆田城际铁路
        if text[p - 2 : p] in lex.common_verbs:
            break
        p -= 1
    return p, placed


def _road_range_before(text: str, p: int, rules: InfrastructureRules) -> int | None:
    """Start of a bracketed road section (（华夏中路-龙东大道）) ending at `p`, or None."""
    if not text.startswith(("）", ")"), p - 1):
        return None
    lo = max(0, p - RANGE_REACH)
    start = max(text.rfind("（", lo, p), text.rfind("(", lo, p))
    if start < 0 or not rules.road_range.fullmatch(text, start, p):
        return None
    return start


def _network(text: str, begin: int, start: int, lex: Lexicon, rules: InfrastructureRules) -> bool:
    """True if a single place, not joined to another one, stands before the line word (广西铁路,
    受台风影响长三角铁路), unlike a line between places (防城港至东兴铁路)."""
    q = lex.places.ending_at(text, start, begin)
    return q is not None and (
        q == begin or (text[q - 1] not in rules.joiners and lex.places.ending_at(text, q, begin) is None)
    )


def _road_ends_at(text: str, p: int, rules: InfrastructureRules) -> bool:
    """True if a road name (two name characters + 路 / 大道 …) ends at `p` (洲海路, 林海公路)."""
    for ending in rules.road_endings:
        q = p - len(ending)
        if q >= 2 and text.startswith(ending, q) and is_name_char(text[q - 1]) and is_name_char(text[q - 2]):
            return True
    return False


def find_infrastructure(text: str, lex: Lexicon, known: Known, provinces: WordSet) -> list[Candidate]:
    """PROJECT candidates for infrastructure named with its place and reported as built; a
    province before the name stays apart (江西 + 乐平水利枢纽工程), unless a route starts there
    (重庆至万州高速铁路)."""
    rules = infrastructure_rules()
    found: list[Candidate] = []
    for start, end, tail, _ in rules.tails.find(text):
        if any(text.startswith(b, end) for b in rules.right_blockers):
            continue
        begin, placed = _name_start(text, start, lex, known, rules)
        while begin < start and text[begin] in rules.joiners:
            begin += 1  # 开通 + 至广西北部湾铁路: a joiner opens no name
        if tail in rules.network_tails and _network(text, begin, start, lex, rules):
            continue  # 广西铁路, 长三角铁路: a place's network, not one line
        if tail in rules.spot_tails:
            named = _after_places(text, begin, start, lex)
            begin, placed = named, placed and named == begin
        if text.endswith(rules.existing_words, 0, begin):
            continue  # 既有沪昆铁路: a line in service
        if COUNTED.search(text, begin, start):
            continue  # 渝厦三条高铁, 11条地铁, 两大抽水蓄能电站: a kind, not one line
        if begin == start or not (
            placed or _bare_name(text, begin, start, tail, lex, known, rules)
        ):
            continue
        end = _structure_end(text, _section_end(text, end, lex, rules), lex, rules)
        clause = _clause(text, begin, end)
        if not any(w in clause for w in rules.build_words):
            continue
        begin = _after_province(text, begin, start, lex, provinces, rules)
        found.append(Candidate(begin, end, "PROJECT", "rules", rules.score))
    return found + _lines(text, known, rules)


def _lines(text: str, known: Known, rules: InfrastructureRules) -> list[Candidate]:
    """Metro lines reported as built (轨道交通21号线首个区间隧道贯通, 4号线正在施工) or named as works
    (2号线西延伸工程), not after an existing word (已建的13号线三期工程)."""
    found: list[Candidate] = []
    if LINE_WORD not in text:
        return found  # the pattern opens with an optional group: re would try it at every position
    for m in rules.line.finditer(text):
        start, end = m.span()
        if (start and text[start - 1].isdigit()) or known.overlapping(start, end, ALL_LABELS):
            continue
        works = m.group().endswith(WORKS)
        if not works and STATION in text[end : end + LINE_STATION_REACH]:
            continue  # 地铁7号线横店站: the line locates a station
        if text.endswith(rules.existing_words, 0, start):
            continue  # 已建的13号线三期工程: a line in service
        lo = max(0, start - LINE_BEFORE)
        near = _clause(text[lo : end + LINE_REACH], start - lo, end - lo)
        if works or any(w in near for w in rules.build_words):
            found.append(Candidate(start, end, "PROJECT", "rules", rules.score))
    return found


def _after_province(
    text: str, begin: int, start: int, lex: Lexicon, provinces: WordSet, rules: InfrastructureRules
) -> int:
    """Start of the name after a province opening it, when at least two characters remain (广西 +
    平陆运河, 四川 + 雅安至林芝铁路); `begin` when a route starts at the province (甘肃至青海铁路)
    or runs from a place in it to another province (内蒙古呼和浩特至广西北海高速公路)."""
    q = provinces.starting_at(text, begin)
    if q is None or start - q < 2:
        return begin
    p = q
    while (r := lex.places.starting_at(text, p)) is not None and r < start:
        p = r
    if text[p] in rules.joiners and (p == q or provinces.starting_at(text, p + 1) is not None):
        return begin
    return q


def _after_places(text: str, begin: int, start: int, lex: Lexicon) -> int:
    """Start of the name after the places opening text[begin:start], when at least two characters
    remain (贵州省铜仁市思南县 + 烂田沟); `begin` when no place opens it."""
    p = begin
    while (q := lex.places.starting_at(text, p)) is not None and q <= start - 2:
        p = q
    return p


def _bare_name(
    text: str, begin: int, start: int, tail: str, lex: Lexicon, known: Known, rules: InfrastructureRules
) -> bool:
    """True if a line is named by city abbreviations alone (沪苏湖铁路, 通苏嘉甬高铁) or a tunnel,
    bridge or reservoir by its spot (红谷隧道, 平寨水库): 2-4 characters after a boundary, not a
    common word."""
    name = text[begin:start]
    return (
        tail in rules.bare_name_tails
        and 2 <= len(name) <= 4
        and at_boundary(text, begin, lex, known)
        and name not in common_words()
        and not common_words_only(name)
        and name[:2] not in lex.common_verbs
        and name not in rules.bare_name_excluded
    )


def _section_end(text: str, end: int, lex: Lexicon, rules: InfrastructureRules) -> int:
    """End of a section written after the line: a place + 段 (江苏段), two abbreviating characters +
    段 (朔神段), a lot (I标段, 站前四标), a section or phase in brackets (（厦门段）, （二期）)."""
    place = lex.places.starting_at(text, end)
    if place is not None and text.startswith("段", place):
        end = place + 1
    elif _abbreviated_section(text, end):
        end += SECTION_ABBREVIATION + 1
    m = rules.section.match(text, end) or rules.bracketed_section.match(text, end)
    return m.end() if m else end


def _structure_end(text: str, end: int, lex: Lexicon, rules: InfrastructureRules) -> int:
    """End of a structure on the line written right after it (天邛高速 + 梨花山2号隧道): name
    characters up to a structure word, no stop word, common verb, count or build word between
    (渝昆高铁川渝段 + 全部大桥, 西成铁路 + 建成隧道)."""
    p = end
    while p < len(text) and p - end <= rules.max_structure and is_name_char(text[p]):
        if lex.left_stops.starting_at(text, p) is not None or text[p : p + 2] in lex.common_verbs:
            return end
        if text.startswith(rules.structure_stops, p):
            return end
        word = next((w for w in rules.structures if text.startswith(w, p)), None)
        if word is not None:
            return p + len(word) if p > end else end
        p += 1
    return end


def line_parts(text: str, projects: list[Candidate]) -> list[Candidate]:
    """The line inside each project named with a structure on it (成渝中线高铁 in 成渝中线高铁千秋堰双线特大桥),
    so that the line's other mentions are found too (成渝中线高铁重庆段)."""
    rules = infrastructure_rules()
    parts: list[Candidate] = []
    for c in projects:
        if not text.endswith(rules.structures, c.start, c.end):
            continue
        tails = [e for _s, e, _w, _k in rules.tails.find(text[c.start : c.end]) if e < c.end - c.start]
        line = min(tails, default=None)
        if line is not None and not text.endswith(rules.structures, c.start, c.start + line):
            parts.append(Candidate(c.start, c.start + line, c.label, c.source, c.score))
    return parts


def _abbreviated_section(text: str, end: int) -> bool:
    """True if two characters abbreviating the section's ends + 段 follow the line (呼北高速 + 朔神段)."""
    name = text[end : end + SECTION_ABBREVIATION]
    return (
        len(name) == SECTION_ABBREVIATION
        and all(is_cjk(c) for c in name)
        and text.startswith(SECTION, end + SECTION_ABBREVIATION)
        and name not in common_words()
    )


def works_span(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """The name [start, end) with a line prefix before it (轨道交通 + 21号线) and the section,
    structure or works written after it (重庆段, I标段, 梨花山隧道, 工程)."""
    rules = infrastructure_rules()
    if LINE_WORD in text[start:end]:
        prefix = next((p for p in rules.line_prefixes if text.endswith(p, 0, start)), "")
        start -= len(prefix)
    end = _structure_end(text, _section_end(text, end, lex, rules), lex, rules)
    return start, end + len(WORKS) if text.startswith(WORKS, end) else end
