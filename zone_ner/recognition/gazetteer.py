"""Component `zn_gazetteer`: knowledge-table aliases matched with Aho-Corasick."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.extensions import ensure_extensions, text_of
from zone_ner.linking.kb import KnowledgeTable, load_table
from zone_ner.recognition.candidates import Candidate, add_candidates
from zone_ner.recognition.rules.scan import is_cjk
from zone_ner.text.automaton import Automaton
from zone_ner.text.wordlists import occurrences, phrase_spans, read_words

_COMMON_WORDS = Path(__file__).parent / "data" / "common_words.txt"
CITY_WORDS = Path(__file__).parent / "data" / "city_words.txt"
FACILITIES = Path(__file__).parent / "data" / "facility_suffixes.txt"
NOT_PLACES = Path(__file__).parent / "data" / "not_places.txt"
WORD_COUNTIES = Path(__file__).parent / "data" / "word_counties.txt"
ROADS = Path(__file__).parent / "data" / "road_suffixes.txt"
MAX_FACILITY_NAME = 2
"""Characters between a place and a facility word (海口 + 美兰 + 国际机场)."""
SHORT_ZONE = 2  # a zone alias this short may open a facility's name (浦东 + 国际机场)
STATION = "站"
STATION_VERBS = frozenset("在上稳起到出队位岗住立")
"""Characters after 站 that make it the verb "stand" (高新区站在新起点), not a station's name."""
PLACE_SUFFIX_CHARS = frozenset("省市县区州旗盟镇乡村")
FACILITY_PLACE_ENDINGS = frozenset("省市县区旗")
"""A place written with one of these before a facility stays a place (西宁市 + 中心广场; not 罗马 + 广场)."""
WATER_ENDINGS = frozenset("河江湖溪渠")  # 慈湖河: a zone's own name before them names a river
COMPASS = frozenset({"东北", "西北", "东南", "西南"})
PART, SHARE = "部", "部分"  # 保定西北部: part of a place; 东北部分地区: the region, then 部分
WORD_PLACE_KINDS = frozenset({"county", "prefecture"})  # word_counties.txt lists counties and 阿里(地区)
COMPANY_FORMS = ("公司", "集团")
STOCK_QUOTE_OPEN = ("(", "（")
BRACKETS = frozenset("（）()")
MAX_COMPANY_REST = 14
COMPANY_SHORT_ENDING = "高新"
"""Weak aliases ending so (苏州高新) also name listed companies: never proposed from context."""


def _opens_company(text: str, end: int) -> bool:
    """True if a company's legal form or a stock quote follows within a short run of name
    characters (临港 + 奉贤经济发展有限公司, 临港(12.430, …))."""
    if text.startswith(STOCK_QUOTE_OPEN, end):
        return True
    p = end
    while p < len(text) and p - end < MAX_COMPANY_REST and (is_cjk(text[p]) or text[p] in BRACKETS):
        if text.startswith(COMPANY_FORMS, p):
            return True
        p += 1
    return False


def _read_words(path: Path) -> frozenset[str]:
    """The non-comment lines of a word list."""
    return frozenset(read_words(path))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent two-character words (scripts/build_common_words.py)."""
    return _read_words(_COMMON_WORDS)


def common_words_only(text: str) -> bool:
    """True if `text` is a run of frequent two-character words (业绩分化, 绿色工业)."""
    words = common_words()
    return len(text) % 2 == 0 and all(text[i : i + 2] in words for i in range(0, len(text), 2))


def _only(ids: set[str]) -> str | None:
    """The kb id of an alias that names one entry, None for an ambiguous one."""
    return next(iter(ids)) if len(ids) == 1 else None


def _compass_part(text: str, start: int, end: int) -> bool:
    """True if a compass region is written before 部 (保定西北部, 新疆西南部): part of a place, not
    the region (东北部分地区 keeps 东北)."""
    return text[start:end] in COMPASS and text.startswith(PART, end) and not text.startswith(SHARE, end)


def glued(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """True when a two-character match is glued into common words on both sides (创新平台 → 新平)."""
    return (
        end - start == 2
        and start > 0
        and end < len(text)
        and text[start - 1 : start + 1] in words
        and text[end - 1 : end + 1] in words
    )


@lru_cache(maxsize=1)
def word_counties() -> frozenset[str]:
    """Place names and short forms that are ordinary words or other names (`data/word_counties.txt`)."""
    return _read_words(WORD_COUNTIES)


@lru_cache(maxsize=1)
def facility_words() -> tuple[str, ...]:
    """Facility words (`data/facility_suffixes.txt`), longest first."""
    return tuple(sorted(_read_words(FACILITIES), key=len, reverse=True))


@lru_cache(maxsize=1)
def _roads() -> tuple[tuple[str, ...], str]:
    """Road words (`data/road_suffixes.txt`, longest first) and the characters that may follow one."""
    lines = read_words(ROADS)
    return tuple(sorted(lines[1:], key=len, reverse=True)), lines[0]


def names_road(text: str, end: int) -> bool:
    """True if a road word closes a name right at `end` (凤凰大道、, 通江路、, 沿河街北路, 玉林西路):
    the place before it is part of the road's name."""
    roads, after = _roads()
    if not text.startswith(roads, end):  # one look in C before the loop (mostly no road)
        return False
    for road in roads:
        if text.startswith(road, end):
            nxt = text[end + len(road) : end + len(road) + 1]
            return len(road) > 1 or not nxt or not is_cjk(nxt) or nxt in after
    return False


def names_station(text: str, end: int) -> bool:
    """True if 站 follows a name ending at `end` as a station's name (阳逻开发区站), not as the verb
    "stand" (站在, 站稳)."""
    return text.startswith(STATION, end) and text[end + 1 : end + 2] not in STATION_VERBS


def opens_facility(text: str, end: int, facilities: tuple[str, ...]) -> bool:
    """True if a facility word follows a place ending at `end`, at most two name characters
    later (华山景区, 海口美兰国际机场, 晋安湖公园), or a road word right after it (凤凰大道):
    the place is inside the facility's name."""
    if names_road(text, end):
        return True
    for gap in range(MAX_FACILITY_NAME + 1):
        if gap and not is_cjk(text[end + gap - 1 : end + gap]):
            return False
        if text.startswith(facilities, end + gap):
            return True
    return False


class Gazetteer:
    """Proposes every longest knowledge-table alias found in the text.

    A two-character place glued into common words on both sides, a county's two-character
    short form glued into a common word on either side, or a county name or short form that is an
    ordinary word (`data/word_counties.txt`: 惠民, 东区) with no place before it, or a compass region
    before 部 (保定西北部) is not proposed;
    a city before a word opening with 市 (`data/city_words.txt`: 上海市场) is proposed without its 市, a place that
    opens a facility's name (`data/facility_suffixes.txt`: 华山景区) or stands in a phrase that
    names no place (`data/not_places.txt`: 发展中国家, 中方) is not proposed; places of
    the `skip_kinds` (rivers, lakes, seas: not LOC per corpus/GUIDELINES.md) are not proposed.
    A zone's weak aliases (临港, 厦门片区) are proposed only in a text that names the zone in full,
    and a two-character one not where its first character closes a common word (目前 + 海南).
    """

    def __init__(
        self, kb: KnowledgeTable, labels: list[str], min_length: int = 2, skip_kinds: tuple[str, ...] = ()
    ) -> None:
        self.words = common_words()
        skipped = {e.id for e in kb.entries("LOC") if e.kind in skip_kinds}
        counties = [e for e in kb.entries("LOC") if e.kind == "county"]
        self.county_shorts = frozenset(a for e in counties for a in e.aliases if len(a) == 2)
        entries: dict[str, tuple[str, set[str]]] = {}
        for alias, kb_id, label in kb.alias_items():
            if label in labels and len(alias) >= min_length and kb_id not in skipped:
                entry = entries.setdefault(alias, (label, set()))
                entry[1].add(kb_id)
        self.automaton = Automaton(
            (alias, (len(alias), label, _only(ids))) for alias, (label, ids) in entries.items()
        )
        self.size = len(entries)
        self.city_words = _read_words(CITY_WORDS)
        self.facilities = facility_words()
        self.not_places = tuple(_read_words(NOT_PLACES))
        self.word_counties = word_counties() & frozenset(
            a for e in kb.entries("LOC") if e.kind in WORD_PLACE_KINDS for a in (e.name, *e.aliases)
        )
        self.context_aliases: dict[str, list[str]] = {}
        for e in kb.entries("ZONE"):
            for alias in e.weak_aliases:
                if not alias.endswith(COMPANY_SHORT_ENDING):
                    self.context_aliases.setdefault(e.id, []).append(alias)
        self.short_names = {
            alias: _only(ids)
            for alias, (label, ids) in entries.items()
            if label == "LOC" and alias + "市" in entries
        }

    def find(self, text: str) -> list[Candidate]:
        """Longest non-overlapping alias matches, left to right."""
        if not self.size:
            return []
        found = []
        phrases = self._phrases(text)
        for end, (length, label, kb_id) in self.automaton.iter_long(text):
            start = end + 1 - length
            if label == "LOC" and (
                any(s <= start and end < e for s, e in phrases)
                or glued(text, start, end + 1, self.words)
                or _compass_part(text, start, end + 1)
                or self._runs_on(text, start, end + 1)
                or self._word_county(text, start, end + 1, found)
                or (text[end] not in FACILITY_PLACE_ENDINGS and self._opens_facility(text, end + 1))
            ):
                continue
            if label == "ZONE" and (
                names_road(text, end + 1)
                or names_station(text, end + 1)
                or (length <= SHORT_ZONE and self._short_alias_inside(text, start, end + 1, found))
            ):
                continue  # 洋浦大道, 洋浦港, 阳逻开发区站: a road, port or station named after the zone
            if label == "LOC" and text[end : end + 2] in self.city_words:
                short = self.short_names.get(text[start:end])
                if short is None:
                    continue
                end, kb_id = end - 1, short  # 上海市场: 上海 + 市场
            found.append(Candidate(start, end + 1, label, "gazetteer", 1.0, kb_id))
        extra = self._in_context(text, found)
        same = {(c.start, c.end) for c in extra}  # a place of the same extent yields to the zone
        return [c for c in found if (c.start, c.end) not in same] + extra

    def _in_context(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Weak aliases (临港, 特保区, 厦门片区, 金桥) of the zones the text names in full: mentions of
        that zone wherever no other match covers them (a place of the same extent yields) and
        they open no company name (临港 + 海洋高新公司, 上海临港(12.43, …)), facility, station or
        river (金桥公园, 慈湖河)."""
        extra: list[Candidate] = []
        for kb_id in {c.kb_id for c in found if c.label == "ZONE" and c.kb_id}:
            for alias in self.context_aliases.get(kb_id, ()):
                for pos in occurrences(text, alias):
                    end = pos + len(alias)
                    if self._names_other(text, pos, end):
                        continue
                    if not any(
                        c.start < end and pos < c.end and not (c.start == pos and c.end == end) for c in found
                    ):
                        extra.append(Candidate(pos, end, "ZONE", "gazetteer", 1.0, kb_id))
        return extra

    def _names_other(self, text: str, start: int, end: int) -> bool:
        """True if a weak alias at [start, end) opens a company, facility, station or river name or
        closes a word with the character before it."""
        return (
            _opens_company(text, end)
            or self._closes_word(text, start, end)
            or self._opens_facility(text, end)
            or names_station(text, end)
            or text[end : end + 1] in WATER_ENDINGS
        )

    def _short_alias_inside(self, text: str, start: int, end: int, found: list[Candidate]) -> bool:
        """True if a short zone alias opens a facility's name (浦东 + 国际机场) or closes a word with the
        character before it (汽 + 车谷), unless a place found just before it ends there (海南 + 洋浦)."""
        return self._opens_facility(text, end) or (
            self._closes_word(text, start, end) and not (found and found[-1].end == start)
        )

    def _closes_word(self, text: str, start: int, end: int) -> bool:
        """A two-character alias whose first character closes a common word (目前 + 海南: no 前海)."""
        return end - start == 2 and text[max(0, start - 1) : start + 1] in self.words

    def _phrases(self, text: str) -> list[tuple[int, int]]:
        """Where the phrases of `data/not_places.txt` occur in `text`."""
        return phrase_spans(text, self.not_places)

    def _runs_on(self, text: str, start: int, end: int) -> bool:
        """A county's two-character short form whose first character closes a common word (外资中)
        or whose last character opens one (惠民工程, 大通道)."""
        return (
            end < len(text)
            and text[end] not in PLACE_SUFFIX_CHARS  # 黑山镇: the short form names a place after all
            and text[start:end] in self.county_shorts
            and (text[end - 1 : end + 1] in self.words or self._closes_word(text, start, end))
        )

    def _word_county(self, text: str, start: int, end: int, found: list[Candidate]) -> bool:
        """A county name or short form that is an ordinary word (`data/word_counties.txt`: 惠民, 大悟,
        东区, 老城区) names the county only after a place (山东惠民, 攀枝花市东区), a place listed right
        before it (赛罕区、新城区) or before a place suffix (大悟县)."""
        return (
            text[start:end] in self.word_counties
            and text[end : end + 1] not in PLACE_SUFFIX_CHARS
            and not (found and found[-1].label == "LOC" and text[found[-1].end : start] in ("", "、"))
        )

    def _opens_facility(self, text: str, end: int) -> bool:
        return opens_facility(text, end, self.facilities)

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self.find(text_of(doc)))
        return doc


@Language.factory(
    "zn_gazetteer",
    default_config={
        "kb_path": "",
        "kb_extra": [],
        "labels": ["ZONE", "LOC", "COMPANY"],
        "min_length": 2,
        "skip_kinds": ["river", "lake", "sea"],
    },
    requires=["doc._.zn_norm"],
    assigns=["doc.user_data"],
)
def make_gazetteer(
    nlp: Language,
    name: str,
    kb_path: str,
    kb_extra: list[str],
    labels: list[str],
    min_length: int,
    skip_kinds: list[str],
) -> Gazetteer:
    """Build the gazetteer from the shipped knowledge table (or `kb_path`) and the `kb_extra` files;
    places whose kind is in `skip_kinds` are not proposed."""
    ensure_extensions()
    return Gazetteer(load_table(kb_path, kb_extra), labels, min_length, tuple(skip_kinds))
