"""Units named right after their parent body: the parent and the unit are one ORG, the longest name
(重庆市公安局 + 渝中区分局, 商务部 + 外贸发展局, 人民日报社 + 国际部, 新华社 + 江西分社, 最高检 + 第八检察厅).

A unit is two to ten characters ending in a suffix of `data/org_unit_suffixes.txt`, with at least
one character of name before the suffix. It holds no function character (、和等的了某), no verb that
never sits in a name (`org_body_stops.txt`), no joining verb (会同), no title and no other name than
places and short ORGs (区分局, 发展局: the unit read alone); it opens with no verb or count (四所) and
ends in no verb (查处) or word of `data/org_unit_false_endings.txt` (内部, 干部, 大厅). A boundary
follows it: punctuation, a title (副局长, 主任) or occupation (民警), a word that follows names, a verb
(获悉) or a list joiner, and no frequent word runs across its end (调整部 + 分).
A unit may be followed by a unit of its own (对外经济研究所 + 国际合作室). A unit named right after a
company and before a title (…有限公司 + 客户销售部 + 经理) is an ORG of its own; a company's office or
bureau after it, with places between (中建七局 + 华东 + 分局, 民生银行 + 总行), is part of the COMPANY
(`data/company_host_units.txt`).
"""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.rules.lexicon import Lexicon, WordSet, word_set
from zone_ner.recognition.rules.scan import ALL_LABELS, Known, is_cjk, is_name_char

SCORE = 0.85
SUFFIXES = "org_unit_suffixes.txt"
HOST_UNITS = "company_host_units.txt"
FALSE_ENDINGS = "org_unit_false_endings.txt"
JOINING_VERBS = "org_joining_verbs.txt"
TITLES = "titles.txt"
OCCUPATIONS = "occupations.txt"
MAX_UNIT = 10
MIN_UNIT_NAME = 1
PLACES = frozenset({"LOC"})
LIST_JOINERS = frozenset("、和与及")
FUNCTION_CHARS = frozenset("和与及等在的了还并也向由将对为兼仍以从某")
COUNT_NUMERALS = frozenset("一二三四五六七八九十两几")  # 市农科院 + 四所科研院所: a count
MAX_READ_ALONE = 4  # an ORG inside a unit read alone (区分局, 发展局) is short
ORGS = frozenset({"ORG"})


def find_units(text: str, lex: Lexicon, known: Known, orgs: list[Candidate]) -> list[Candidate]:
    """The ORG of each body in `orgs` followed by one or more units of its own."""
    found: list[Candidate] = []
    for c in sorted(orgs, key=lambda c: c.start):
        end = c.end
        while (unit := _unit_end(text, end, lex, known)) is not None:
            end = unit
        if end > c.end and not known.covering(c.start, end, ORGS):
            found.append(Candidate(c.start, end, "ORG", "rules", SCORE))
            known.add(c.start, end, "ORG")
    return found


def find_company_units(text: str, lex: Lexicon, known: Known, found_before: list[Candidate]) -> list[Candidate]:
    """Units named right after a company and before a title (…有限公司 + 技术支持部 + 负责人, 上汽集团 +
    公关部 + 总经理): an ORG of their own beside the COMPANY; a host unit (分局, 办事处) with places before
    it makes the company longer (中国路桥 + 肯尼亚办事处) unless a body was read there too (中国人民银行)."""
    bodies = {(c.start, c.end) for c in found_before if c.label == "ORG"}
    found: list[Candidate] = []
    for c in (c for c in found_before if c.label == "COMPANY"):
        host = _host_unit_end(text, c.end, lex, known)
        if host is not None and (c.start, c.end) not in bodies:
            found.append(Candidate(c.start, host, "COMPANY", "rules", SCORE))
            known.add(c.start, host, "COMPANY")
            continue
        end = _unit_end(text, c.end, lex, known)
        if end is not None and word_set(TITLES).starting_at(text, end) is not None:
            found.append(Candidate(c.end, end, "ORG", "rules", SCORE))
            known.add(c.end, end, "ORG")
    return found


def _host_unit_end(text: str, start: int, lex: Lexicon, known: Known) -> int | None:
    """End of a company's host unit at `start`, after places only (华东 + 分局), or None."""
    pos = start
    while (place := _place_end(known, pos)) is not None:
        pos = place
    unit = word_set(HOST_UNITS).starting_at(text, pos)
    return unit if unit is not None and _bounded(text, unit, lex) else None


def _place_end(known: Known, start: int) -> int | None:
    """End of the longest known place starting at `start`, or None."""
    ends = [e for e in range(start + 1, start + MAX_UNIT) if known.label_at(start, e) == "LOC"]
    return max(ends, default=None)


def _unit_end(text: str, start: int, lex: Lexicon, known: Known) -> int | None:
    """End of the unit named right at `start`, or None."""
    for end in range(start + 1, min(len(text), start + MAX_UNIT) + 1):
        if not is_cjk(text[end - 1]) or text[end - 1] in FUNCTION_CHARS:
            return None  # 、质检总局, 和教育部, 等公共场所, 的车辆工程专业所: a list or a clause
        suffix = word_set(SUFFIXES).ending_at(text, end, start + MIN_UNIT_NAME)
        if suffix is None or not _bounded(text, end, lex) or _glued(text, end):
            continue
        name = text[start:suffix]
        other = known.overlapping(start, end, ALL_LABELS - PLACES - ORGS)
        crossing = any(s < start or e > end for s, e in known.overlapping(start, end, PLACES | ORGS))
        whole = any(e - s > MAX_READ_ALONE for s, e in known.overlapping(start, end, ORGS))
        if (
            other
            or crossing
            or whole  # 供图 + 山东省生态环境厅: a body of its own
            or name[:2] in lex.common_verbs  # 中科院苏州纳米所 + 成立联合实验室
            or name[0] in COUNT_NUMERALS
            or text[end - 2 : end] in lex.common_verbs  # 查处: a verb, no unit
            or word_set(FALSE_ENDINGS).ending_at(text, end, start) is not None  # 美国国会 + 内部
            or _holds(name, lex.org_body_stops)
            or _holds(name, word_set(JOINING_VERBS))  # 政务服务中心 + 会同区人社局: two bodies
            or _holds(name, word_set(TITLES))  # 市委 + 书记李文科: a title and a name
        ):
            return None
        return end
    return None


def _holds(name: str, words: WordSet) -> bool:
    """True if a word of `words` occurs in `name`."""
    return any(words.ending_at(name, end) is not None for end in range(1, len(name) + 1))


def _glued(text: str, end: int) -> bool:
    """True if a frequent word runs across `end` and no title starts there (调整部 + 分; not 综合一处 + 处长)."""
    return text[end - 1 : end + 1] in common_words() and word_set(TITLES).starting_at(text, end) is None


def _bounded(text: str, end: int, lex: Lexicon) -> bool:
    """True if a unit's name may end at `end` (not before a branch: 中心 + 支行)."""
    if text.startswith(lex.company_unit_suffixes, end):
        return False
    return (
        end >= len(text)
        or not is_name_char(text[end])
        or text[end] in LIST_JOINERS
        or word_set(TITLES).starting_at(text, end) is not None
        or word_set(OCCUPATIONS).starting_at(text, end) is not None  # 渝中区分局 + 民警
        or lex.post_name.starting_at(text, end) is not None
        or text[end : end + 2] in lex.common_verbs
    )
