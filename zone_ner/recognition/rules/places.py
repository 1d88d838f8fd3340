"""Town, street, village and community names (赵巷镇, 春城街道, 东郭村, 临江社区) as LOC candidates.

Data in `data/places_rule.json`. The name before the suffix is 2-4 characters and must start where a
name may start: the text start, a non-name character, a stop word, a known span or a place of the
lexicon (青浦区 before 赵巷镇)
or a place found just before (宋村镇 before 东郭村). It is rejected when the name with its suffix ends
with a generic word (农村, 城镇, 全村), when the suffix runs into another word (村民, 乡村, 镇长), or
when a name character is a function word or a numeral. Metropolitan areas and ports led by a known
place (合肥都市圈, 长株潭城市群, 喀什航空口岸) are found the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words, common_words_only
from zone_ner.recognition.rules.lexicon import Anchors, Lexicon, alternation, read_json
from zone_ner.recognition.rules.scan import ALL_LABELS, Known, is_cjk, is_name_char

SUFFIX_CHARS = frozenset("镇乡村")
DIVISION_ENDINGS = frozenset("县区市旗")
AREA_ENDINGS = DIVISION_ENDINGS | SUFFIX_CHARS | frozenset("省道")  # a place's or zone's last character
DESCRIBED_SUFFIX = "社区"
LIST_MARK = "、"
DESCRIBING_CHARS = frozenset("的等")  # 由邻近的社区, 绿化等社区: a description or a list, no name
NAMED_INSIDE = frozenset({"ZONE", "COMPANY"})  # 中关村示范区, 中关村在线: no village 中关村
PEOPLE = frozenset({"PERSON"})  # 副主任吴攀 + 为社区居民: a name the people rules found is no place
DETERMINERS = frozenset("该这此各每某")  # 记者从该小区, 路某弄小区: no name holds one
COMPOUND = "小区"  # a residential compound's name is a name, never a clause


@dataclass(frozen=True)
class PlaceRules:
    """The parsed data file."""

    suffixes: Anchors
    generic: Anchors
    start_words: tuple[str, ...]
    right_blockers: dict[str, tuple[str, ...]]
    place_led: Anchors
    excluded: frozenset[str]
    min_name: int
    max_name: int
    score: float
    compound_endings: tuple[str, ...]


@lru_cache(maxsize=1)
def place_rules() -> PlaceRules:
    """Read `data/places_rule.json` once."""
    raw = read_json("places_rule.json")
    return PlaceRules(
        suffixes=Anchors({s: "suffix" for s in raw["suffixes"]}),
        generic=Anchors({w: "generic" for w in raw["generic_words"]}),
        start_words=tuple(raw["name_start_words"]),
        right_blockers={k: tuple(v) for k, v in raw["right_blockers"].items()},
        place_led=Anchors({m + s: s for s, ms in raw["place_led"].items() for m in ms}),
        excluded=frozenset(raw["name_excluded_chars"]),
        min_name=int(raw["min_name"]),
        max_name=int(raw["max_name"]),
        score=float(raw["score"]),
        compound_endings=tuple(raw["compound_name_endings"]),
    )


def find_places(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """LOC candidates for X镇/乡/街道/村/社区/嘎查/苏木/小区 names in `text` (clean-text offsets)."""
    rules = place_rules()
    generic_ends = {end for _, end, _, _ in rules.generic.find(text)}
    found = _place_led(text, lex, rules)
    ends = {c.end for c in found}
    for s_start, s_end, suffix, _ in rules.suffixes.find(text):
        if (
            s_end in generic_ends
            or s_end in ends
            or s_end in known.spans
            or _blocked_right(text, s_end, suffix, rules)
        ):
            continue  # a generic word, or a name already recognised (景德镇)
        start = _name_start(text, s_start, lex, known, ends, rules)
        if (
            start is None
            or any(text.startswith(w, start) for w in rules.start_words)
            or any(e - b > 1 for b, e, _w, _k in rules.suffixes.find(text[start:s_start]))  # 街道和社区
            or _described(text[start:s_start], suffix, lex)
            or (
                suffix == COMPOUND
                and _reads_as_words(text[start:s_start], lex)
                and not text.endswith(rules.compound_endings, start + 1, s_start)  # 宏达家园 + 小区: a name
            )
            or _unled_word(text, start, s_start, suffix, lex, known, ends)
            or known.covering(start, s_end, NAMED_INSIDE)
            or known.overlapping(start, s_start, PEOPLE)
        ):
            continue
        found.append(Candidate(start, s_end, "LOC", "rules", rules.score))
        ends.add(s_end)
    return found


def _described(name: str, suffix: str, lex: Lexicon) -> bool:
    """True if the name is a description, not a name: it holds 的 or 等 (由邻近的社区, 绿化等社区), or a 社区 is
    described by one character and a frequent word (高品质社区, 型活力社区). A frequent word alone
    often is a name (皇冠街道, 彩霞社区), and so is a village's surname + word (张河西村)."""
    return not DESCRIBING_CHARS.isdisjoint(name) or (
        suffix == DESCRIBED_SUFFIX
        and name not in lex.places
        and len(name) == 3
        and name[1:] in common_words()
    )


def _reads_as_words(name: str, lex: Lexicon) -> bool:
    """True if the name is frequent words only or holds a frequent verb (分析小区, 动态调整小区,
    学会关心小区): a clause or a kind, no compound's name."""
    return common_words_only(name) or any(name[i : i + 2] in lex.common_verbs for i in range(len(name) - 1))


def _unled_word(
    text: str, start: int, end: int, suffix: str, lex: Lexicon, known: Known, ends: set[int]
) -> bool:
    """True if a 社区 is named by one frequent word with no place, zone or town right before it: a
    kind of community (丰富社区, 重点社区, 活力社区); after a place it is a name (硕放街道吉祥社区)."""
    return (
        suffix == DESCRIBED_SUFFIX
        and end - start == 2
        and text[start:end] in common_words()
        and text[start:end] not in lex.places
        and text[start:end] not in lex.district_stems  # 开发区的天河社区
        and text[start - 1 : start] != LIST_MARK  # 定安桥、开元社区
        and start not in ends
        and known.ending_at(start, ALL_LABELS) is None
        and lex.places.ending_at(text, start, max(0, start - 8)) is None
    )


def _place_led(text: str, lex: Lexicon, rules: PlaceRules) -> list[Candidate]:
    """A lexicon place, a middle word and a suffix (合肥都市圈, 喀什航空口岸)."""
    found = []
    for start, end, _, _ in rules.place_led.find(text):
        p = lex.places.ending_at(text, start, max(0, start - 12))
        if p is not None and _starts_name(text, p, lex):
            found.append(Candidate(p, end, "LOC", "rules", rules.score))
    return found


def _blocked_right(text: str, end: int, suffix: str, rules: PlaceRules) -> bool:
    return any(text.startswith(w, end) for w in rules.right_blockers.get(suffix, ()))


def _name_start(
    text: str,
    name_end: int,
    lex: Lexicon,
    known: Known,
    ends: set[int],
    rules: PlaceRules,
) -> int | None:
    """The start of a 2-4 character name ending at `name_end`, or None.

    The closest start after punctuation, a known span, a place or a word stop wins; a start after a
    one-character stop word (其 in 红其拉甫) is kept only if no such start follows within the length.
    """
    if text[name_end - 2 : name_end] in lex.function_words:
        return None  # 沈阳一些社区: a function word before the suffix ends no name
    weak = None
    soft = False  # a function character inside the name: only a bounded name may hold it (（元和街道）)
    for length in range(1, rules.max_name + 1):
        start = name_end - length
        if start < 0:
            break
        if length >= rules.min_name and text[start:name_end] in lex.places:
            return start  # a place name before the suffix (缔造汉中街道 → 汉中街道)
        c = text[start]
        if not is_cjk(c) or c in DETERMINERS:
            break  # 记者从该小区: a determiner ends the name even inside a bounded run
        if c in rules.excluded or c in lex.name_excluded:
            soft = True
        if length < rules.min_name:
            continue
        if text[start : start + 2] in lex.common_verbs or text[start : start + 2] in lex.function_words:
            continue  # a name does not open with a verb or function word (帮扶龙宝村 → 龙宝村, 希望社区, 关于社区)
        if length > 2 and text[name_end - 2 : name_end] in lex.common_verbs:
            break  # 计划开设社区: a longer name does not end with a verb (前进村 alone still does)
        if (
            start > 0
            and start not in known.spans
            and text[start - 1] not in AREA_ENDINGS
            and text[start - 1 : start + 1] in common_words()
        ):
            continue  # 摸清 + 楚白玛纳村: the first character closes a word (清楚; not 经开区 + 长岗社区)
        if soft:
            bounded = start == 0 or not is_name_char(text[start - 1]) or start in known.spans
            after_division = start in known.spans and text[start - 1] in DIVISION_ENDINGS  # 盐山县 + 千童镇
            if (
                bounded
                and (after_division or c not in rules.excluded)
                and c not in lex.name_excluded
                and not SUFFIX_CHARS & set(text[start:name_end])
            ):
                return start
            continue
        if start in known.spans or start in ends:
            # a known span or place ends here (青浦区|赵巷镇); a known span ending inside the name breaks it
            return start
        stop = lex.left_stops.ending_at(text, start)
        if _starts_name(text, start, lex) and (stop is None or start - stop > 1):
            return start
        if stop is not None and weak is None:
            weak = start
        if any(e in known.spans for e in range(start + 1, name_end)):
            break
    return weak


def _starts_name(text: str, pos: int, lex: Lexicon) -> bool:
    return (
        pos == 0
        or not is_name_char(text[pos - 1])
        or lex.left_stops.ending_at(text, pos) is not None
        or lex.places.ending_at(text, pos) is not None
        or lex.zone_suffix_set.ending_at(text, pos) is not None  # 经开区皇冠街道
        or text[pos - 2 : pos] in lex.common_verbs  # 帮扶龙宝村
        or text[pos - 2 : pos] in lex.function_words  # 关于龙宝村
    )


@lru_cache(maxsize=1)
def _strategy_pattern() -> re.Pattern[str]:
    """Region + strategy pattern from `data/strategy_regions.json`."""
    raw = read_json("strategy_regions.json")
    regions = alternation(raw["regions"])
    strategies = alternation(raw["strategies"])
    return re.compile(f"(?:{regions})(?={strategies})")


def find_strategy_regions(text: str, known: Known) -> list[Candidate]:
    """Regions named by a development strategy (西部大开发 → 西部, 东北振兴 → 东北) as LOC."""
    return [
        Candidate(m.start(), m.end(), "LOC", "rules", place_rules().score)
        for m in _strategy_pattern().finditer(text)
        if not known.covering(m.start(), m.end())
    ]
