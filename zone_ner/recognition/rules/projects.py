"""PROJECT names: a name body, often opened by a company or place, ending in 项目 / 一期 / 基地 / 工厂 …"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.rules.companies import enum_fields
from zone_ner.recognition.rules.lexicon import Lexicon, read_words, word_set
from zone_ner.recognition.rules.scan import (
    ALL_LABELS,
    Known,
    Scan,
    cover,
    is_generic,
    scan_left,
)

OWNERS = frozenset({"COMPANY", "ZONE"})
JOINERS = frozenset("及与·/")
_LIST_END = re.compile("等")
LIST_BREAK = frozenset("，,。；;！？!?\n")
MAX_LIST_GAP = 12
MAX_LIST_ITEMS = 12
ITEM_PREFIXES = frozenset({"COMPANY", "ZONE", "LOC"})
AMOUNT = re.compile(r"\d{1,6}(?:\.\d{1,4})?[万亿]元")
PLACES = frozenset({"LOC"})
ADMIN_ENDINGS = frozenset("省市县区州旗镇乡村")
MAX_BODY = 16
CATEGORY_CHARS = frozenset("性类型种项")
MAX_CATEGORY = 6
CATEGORY_TAILS = ("项目", "建设项目")
DETERMINERS = frozenset("本该此这那其各每")
ONE = "一"
INSIDE = "内"
PARKS = frozenset({"ZONE"})
PHASES = ("一期", "二期", "三期", "四期")
COUNT_NUMERALS = "0-9一二三四五六七八九十百千两几多"
COUNTERS = "个批项家条种"
COUNT_WORDS = f"(?:[{COUNTERS}]|大)"
COUNTED = re.compile(f"[{COUNT_NUMERALS}]{{1,6}}{COUNT_WORDS}")
FIRST_OF = re.compile(f"首{COUNT_WORDS}")
COUNTED_BEFORE = re.compile(f"[{COUNT_NUMERALS}首]{{1,6}}{COUNT_WORDS}$")  # before a name also 首个: the first of a kind
MIN_REPEATED = 4
FACILITIES = frozenset({"ORG"})
PLAIN_TAIL = "项目"
LIST_NUMBER = re.compile(r"0[1-9](?=[\u4e00-\u9fff])")  # a list's item number (01长盛路南延项目)


def project_start(
    text: str, start: int, weak: bool, lex: Lexicon, known: Known
) -> tuple[int, float] | None:
    """Start and score of the project name whose tail begins at `start`.

    A company or zone before the name is part of it (安多集团畜牧全产业链项目, 张江水泥厂项目); a
    county or city is not (临夏县 + 云上河州文旅产业项目) unless the rest is generic or a company
    precedes the place. A named centre or venue right before 项目 is the project's name
    (北方大数据中心项目).
    A `weak` tail (基地, 工厂, 产业园) needs the company.
    """
    if text[start - 1 : start] in DETERMINERS:
        return None  # 提供本项目, 该项目: the project named before, not a name
    scan = scan_left(
        text, start, lex, known, OWNERS, MAX_BODY, strict=True, joiners=JOINERS
    )
    if scan is None:
        return None
    cut = _after_clause(text, scan.start, start)
    if cut is not None:
        scan = scan_left(
            text, start, lex, known, OWNERS, MAX_BODY, lo=cut, strict=True, joiners=JOINERS
        )
        if scan is None:
            return None
    while scan.start < start and text[scan.start] in JOINERS:
        scan = Scan(scan.start + 1, scan.body[1:], scan.known, scan.labels)
    if (
        text.startswith(CATEGORY_TAILS, start)
        and word_set("project_category_endings.txt").ending_at(text, start, scan.start) is not None
        and not any(w in scan.body for w in lex.project_capacity)
    ):
        return None  # 社科基金重大项目, 优秀公益项目: a kind of project; 350兆瓦光热示范项目 is one
    if not scan.body and scan.labels == PARKS and text.startswith(PHASES, start):
        return scan.start, 0.7  # 攀升新科技园 + 一期: a phase of a park is a project
    inside = start - len(scan.body)
    if scan.known and text.startswith(INSIDE, inside) and start - inside > 2:
        scan = Scan(inside + 1, scan.body[1:], 0)  # 武汉临空经济示范区 + 内 + 攀升新科技园一期
    if scan.start == start:
        facility = known.ending_at(start, FACILITIES)
        if (
            facility is not None
            and text.startswith(PLAIN_TAIL, start)
            and text.endswith(_facility_endings(), 0, start)
        ):
            return facility, 0.8  # 北方大数据中心 + 项目: the centre being built is the project
        place = known.ending_at(start, PLACES)
        owner = known.ending_at(place, OWNERS) if place is not None else None
        return (owner, 0.7) if owner is not None else None
    body = scan.body
    if COUNTED.search(body) or AMOUNT.search(body):
        return None
    begin = scan.start
    place = known.ending_at(begin, PLACES) if not scan.known else None
    if place is not None and text[begin - 1] not in ADMIN_ENDINGS:
        named = scan_left(
            text, place, lex, known, OWNERS, MAX_BODY - len(body), strict=True
        )
        begin = named.start if named is not None else place
        if named is not None and named.labels & OWNERS:
            return begin, 0.8
        place = known.ending_at(begin, PLACES)
    if place is not None and known.ending_at(place, OWNERS) is not None:
        return known.ending_at(place, OWNERS), 0.8
    if (
        not scan.known
        and len(body) <= MAX_CATEGORY
        and text.startswith(CATEGORY_TAILS, start)
        and _category(body, lex)
    ):
        return None
    if is_generic(body, lex.project_generic, lex):
        if "COMPANY" in scan.labels:
            return begin, 0.8
        if place is None or text[begin - 1] in ADMIN_ENDINGS:
            return None
        return place, 0.6
    if (
        weak
        and "COMPANY" not in scan.labels
        and not any(w in body for w in lex.project_capacity)
    ):
        return None
    if scan.known == 0 and start - begin < 3:
        return None
    return begin, 0.8 if scan.known else 0.6


@lru_cache(maxsize=1)
def _facility_endings() -> tuple[str, ...]:
    """data/project_facility_endings.txt: ORG endings that make the ORG a facility (中心, 馆)."""
    return tuple(read_words("project_facility_endings.txt"))


def _after_clause(text: str, begin: int, start: int) -> int | None:
    """End of the last clause word in text[begin:start] (重视 in 烟台越来越重视文化旅游), or None."""
    words, last, i = word_set("project_clause_words.txt"), None, begin
    while i < start:
        j = words.starting_at(text, i)
        if j is not None and j <= start:
            last, i = j, j
        else:
            i += 1
    return last


def _category(body: str, lex: Lexicon) -> bool:
    """True if the body is made of frequent, generic or industry words only: a kind of project
    (城市更新项目, 经营性项目, 多种体育项目, 现代煤化工项目), not one project. Only short bodies with no
    company or zone before them, before a plain 项目, are tested (绿色建筑材料 + 产业园项目 is a name)."""
    sets = (lex.project_generic, lex.left_stops, lex.industry_words)
    return cover(body, sets, common_words(), CATEGORY_CHARS) is not None


def find_projects(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """PROJECT candidates from the project-tail anchors (generic mentions such as 重点项目 are skipped)."""
    found: list[Candidate] = []
    blockers = _tail_blockers()
    for hits in lex.suffix_anchors["project"].find_all(text):
        end = hits[0][1]
        if text.startswith(blockers, end):
            continue  # 中冶天工项目部, …项目经理: the company's unit or post
        longer = ""
        for start, _end, word, _kind in hits:
            extra = longer[: len(longer) - len(word)]
            if extra and extra not in common_words():
                break  # 全新 + 生产线 failed: no 全新生 + 产线 (建设项目 → 项目 may be tried)
            longer = word
            located = project_start(
                text, start, lex.project_tails[word] == "weak", lex, known
            )
            if located is not None and not _counted_around(text, located[0], end) and not _in_field_list(text, end):
                begin = located[0] + (2 if LIST_NUMBER.match(text, located[0]) else 0)  # 01 + 长盛路南延项目
                if not _opens_inside(text, begin):
                    found.append(Candidate(begin, end, "PROJECT", "rules", located[1]))
                break
    return found


def _opens_inside(text: str, begin: int) -> bool:
    """True if `begin` falls inside a number (积石山6. + 2级地震灾后恢复重建项目) or right after a
    determiner before 一 or a counter (这 + 一研究项目, 这 + 家公司项目: the project named before): no
    name starts there."""
    if begin > 0 and (text[begin] == ONE or text[begin] in COUNTERS) and text[begin - 1] in DETERMINERS:
        return True  # 这 + 一研究项目, 这 + 家公司项目
    return begin > 0 and text[begin].isdigit() and (text[begin - 1].isdigit() or text[begin - 1] in ".．")


@lru_cache(maxsize=1)
def _tail_blockers() -> tuple[str, ...]:
    """data/project_tail_blockers.txt: words after a tail that make it no project's name."""
    return tuple(read_words("project_tail_blockers.txt"))


def _in_field_list(text: str, end: int) -> bool:
    """True when the name is an item of a list of fields (在半导体生产线、真空镀膜生产线等领域): a kind."""
    m = FIELD_LIST.match(text, end)
    return m is not None and text.startswith(enum_fields(), m.end())


def _counted_around(text: str, start: int, end: int) -> bool:
    """True when a count is attached to the name (推动41个央地合作项目, 合作交流项目24个) or opens it
    (首条12英寸…生产线: the first of a kind): a category."""
    return (
        bool(COUNTED.match(text, end))
        or bool(COUNTED_BEFORE.search(text[max(0, start - 8) : start]))
        or bool(FIRST_OF.match(text, start))
    )


FIELD_LIST = re.compile(r"(?:、[\u4e00-\u9fff]{1,16})*等")


def find_project_lists(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Facilities listed before 等 + 项目: 市西软件信息园、网易国际文创科技园等项目 (items ending in 园, 基地 …)."""
    found: list[Candidate] = []
    for m in _LIST_END.finditer(text):
        gap = text[m.end() : m.end() + MAX_LIST_GAP]
        cut = next((k for k, c in enumerate(gap) if c in LIST_BREAK), len(gap))
        if "项目" not in gap[:cut]:
            continue
        end, items = m.start(), []
        while len(items) < MAX_LIST_ITEMS:
            scan = scan_left(
                text, end, lex, known, ITEM_PREFIXES, MAX_BODY, strict=True
            )
            if scan is None or end - scan.start < 3:
                break
            items.append((scan.start, end))
            if scan.start == 0 or text[scan.start - 1] != "、":
                break
            end = scan.start - 1
        for s, e in items:
            name = text[s:e]
            if name.endswith(lex.project_item_endings) and not is_generic(
                name, lex.project_generic, lex
            ):
                found.append(Candidate(s, e, "PROJECT", "rules", 0.6))
    return found


def find_repeated_projects(
    text: str, known: Known, projects: list[Candidate], widen: Callable[[int, int], tuple[int, int]]
) -> list[Candidate]:
    """Other mentions of a project named once in its context (成宜高铁 建设 … 成宜高铁全长):
    the same name is the same project wherever no other name covers or crosses it (a place inside
    it is part of it, as in the first mention); `widen` adds a line prefix
    before it and a section or works after it (轨道交通 + 21号线, 成宜高铁 + 重庆段, 平寨水库 + 工程)."""
    taken = [(c.start, c.end) for c in projects]
    names = {text[c.start : c.end]: c.score for c in projects if c.end - c.start >= MIN_REPEATED}
    found: list[Candidate] = []
    for name, score in names.items():
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            crossed = any(s < pos or e > end for s, e in known.overlapping(pos, end, ALL_LABELS))
            if not crossed and not known.covering(pos, end) and not any(s < end and pos < e for s, e in taken):
                start, end = widen(pos, end)
                found.append(Candidate(start, end, "PROJECT", "rules", score))
                taken.append((start, end))
            pos = text.find(name, end)
    return found

