"""Brands named by their context: a company-only role after them (软通动力董事长, 和同资本合伙人),
the stock quote a finance site inserts after a listed company (软通动力(24.330, 0.33, 1.37%)) or its
stock code (洲际船务(02409)) or what only a company does (美特斯邦威股价, 万国体育成立于); a short name + trade word opening a clause and followed by what a company
does (飞旋科技获得, 巴比食品发布);
a zone's name before such a role names the company that runs the zone (光谷科技城副总经理).

The brands found here are short names like those `companies.find_brands` derives from legal names:
every other free mention in the document is a company too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words, common_words_only
from zone_ner.recognition.rules.companies import (
    HOME_COUNTRY,
    MAX_BRAND,
    QUOTE,
    company_cues,
    company_followers,
    place_trades,
    trade_words,
)
from zone_ner.recognition.rules.lexicon import (
    Anchors,
    Lexicon,
    WordSet,
    read_words,
)
from zone_ner.recognition.rules.people import people_data
from zone_ner.recognition.rules.scan import (
    Known,
    is_cjk,
    is_generic,
    is_name_char,
    scan_left,
)

NAMES = frozenset({"LOC"})
PLACES = frozenset({"LOC", "ZONE"})
ZONES = frozenset({"ZONE"})
ZONE_COMPANY_SCORE = 0.95  # outranks the zone rule on the same span
MIN_BRAND = 2
SHORT_BRAND = 3
RUN_OPENERS = frozenset("在与和及对向由从据")  # prepositions before a name inside a sentence
APPROXIMATIONS = frozenset("约近超逾达")  # before a number: 上市公司 + 总市值约 + 6万亿, no name
CLOSING_QUOTES = frozenset("”\"")  # “华泓科技”(证券代码：836577): a quoted name before its stock code
OPENING_QUOTE = "“"
MAX_QUOTED = 12


@dataclass(frozen=True)
class Cues:
    """data/company_cues.json, with the ORG suffixes a brand cannot end with (审计稽核部总经理)."""

    roles: Anchors
    descriptors: Anchors
    stock_code: re.Pattern[str]
    pronoun_starts: str
    excluded_chars: frozenset[str]
    excluded_endings: WordSet
    trades: Anchors
    trade_openers: frozenset[str]
    trade_modifiers: frozenset[str]
    strong_followers: WordSet
    strong_anchors: Anchors
    move_prefixes: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> Cues:
    raw = company_cues()
    return Cues(
        roles=Anchors({w: "role" for w in raw["roles_after"]}),
        descriptors=Anchors({w: "descriptor" for w in raw["descriptors_before"]}),
        stock_code=re.compile(raw["stock_code_after"]),
        pronoun_starts=raw["pronoun_starts"],
        excluded_chars=frozenset(raw["excluded_chars"]),
        excluded_endings=WordSet(
            raw["excluded_endings"] + read_words("org_suffixes.tsv")
        ),
        trades=Anchors({w: "trade" for w in raw["trade_brands"]["trades"]}),
        trade_openers=frozenset(raw["trade_brands"]["openers"]),
        trade_modifiers=frozenset(raw["trade_brands"]["modifiers"]),
        strong_followers=WordSet(raw["trade_brands"]["strong_followers"]),
        strong_anchors=Anchors({w: "doing" for w in raw["trade_brands"]["strong_followers"]}),
        move_prefixes=frozenset(raw["trade_brands"]["move_prefixes"]),
    )


def _brand_before(text: str, end: int, lex: Lexicon, known: Known, listed: bool = False) -> str | None:
    """The brand ending at `end`: a short run of name characters that is no known name or phrase.

    A whole run after punctuation or a space is the name (和同资本合伙人); inside a sentence the
    name starts after a stop word (赴软通动力(…)). Before a stock quote or code (`listed`) a name
    opened by a surname or made of a frequent word is a company too (雷诺(8.79, 0.11, 1.27%)). A
    preposition or time word opening the run is no part of a name of three characters or more
    (在 + 中炬高新股东大会, 此前 + 台积电).
    """
    run = end
    while run > 0 and end - run <= MAX_BRAND and is_name_char(text[run - 1]):
        run -= 1
    if end - run <= MAX_BRAND:
        name = text[run:end]
    else:
        scan = scan_left(
            text, end, lex, known, NAMES, MAX_BRAND, max_jumps=0, strict=True
        )
        if scan is None or scan.known:
            return None
        name = scan.body
    while len(name) > MIN_BRAND and name[:2] in lex.common_verbs:
        name = name[2:]
    stop = people_data().time_words.starting_at(name, 0) or (1 if name[:1] in RUN_OPENERS else None)
    if stop is not None and len(name) - stop >= SHORT_BRAND:
        name = name[stop:]  # 在 + 中炬高新股东大会, 此前 + 台积电董事长
    return _checked(text, end - len(name), end, lex, known, listed)


def _brand_after(text: str, start: int, lex: Lexicon, known: Known) -> str | None:
    """The brand starting at `start`, after a descriptor (龙头企业中科云谷从…): name characters up to
    punctuation, a digit, a verb or a stop word (戴德梁行7日, 德晟达共同升级)."""
    end = start
    while (
        end < len(text)
        and end - start <= MAX_BRAND
        and is_name_char(text[end])
        and not text[end].isdigit()
        and not (end - start >= MIN_BRAND and _stops_at(text, end, lex))
    ):
        end += 1
    name = text[start:end]
    if (
        end - start > MAX_BRAND
        or (end < len(text) and text[end].isdigit() and name[-1:] in APPROXIMATIONS)
        or lex.left_stops.starting_at(name, 1) is not None  # 科技公司 + 能在今后: a modal and a stop word
        or common_words_only(name)
        or (name[:2] in common_words() and len(name) <= SHORT_BRAND)
        or name[:2] in lex.common_verbs
        or text[start - 1 : start + 1] in common_words()
        or lex.left_stops.starting_at(name, 0) is not None
        or people_data().time_words.starting_at(name, 0) is not None
    ):
        return None  # 上市公司 + 业绩分化 / 总数量, 厂商 + 建议零售价, 品牌商户, 领军企业 + 前不久: no name
    return _checked(text, start, end, lex, known)


def _stops_at(text: str, pos: int, lex: Lexicon) -> bool:
    """True if a word that follows a name starts at `pos` (a verb, a stop word, 说)."""
    return (
        text[pos : pos + 2] in lex.common_verbs
        or lex.left_stops.starting_at(text, pos) is not None
        or lex.post_name.starting_at(text, pos) is not None
    )


def _checked(text: str, start: int, end: int, lex: Lexicon, known: Known, listed: bool = False) -> str | None:
    """text[start:end] if it can be a brand: no digit, pronoun, known name, legal form, place,
    generic body or phrase (a surname or a frequent word may make it when `listed`)."""
    name = text[start:end]
    if (
        len(name) < MIN_BRAND
        or name[0] in _cues().pronoun_starts
        or any(c.isdigit() for c in name)
        or known.covering(start, end)
        or any(
            known.label_at(start, e) is not None and not (listed and text[start:e] in HOME_COUNTRY)
            for e in range(start + 1, end + 1)
        )  # before a stock code the home country is part of a listed name (中国恒大(03333.HK))
        or lex.company_suffix_set.ending_at(text, end) is not None
        or any(
            lex.company_suffix_set.starting_at(name, i) is not None
            for i in range(len(name))
        )
        or lex.places.starting_at(name, 0) == len(name)
        or is_generic(name, lex.company_generic, lex)
    ):
        return None
    return None if _phrase(name, lex, listed) else name


def _phrase(name: str, lex: Lexicon, listed: bool = False) -> bool:
    """True if `name` reads as words, not a brand: stop words at its edges (在与Meta, 监事和), an
    appointment verb at its end (外部聘用), excluded characters and endings (公司第四届, 高级), a title
    inside (首席执行官兼), frequent word (财务), or a person's name (杨元庆)."""
    cues = _cues()
    return (
        any(c in cues.excluded_chars for c in name)
        or cues.excluded_endings.ending_at(name, len(name)) is not None
        or lex.left_stops.starting_at(name, 0) is not None
        or lex.left_stops.ending_at(name, len(name)) is not None
        or lex.appointment_verbs.ending_at(name, len(name)) is not None  # 从外部聘用 + 首席执行官
        or bool(lex.title_anchors.find(name))
        or bool(cues.roles.find(name))
        or (not listed and len(name) == 2 and name in common_words())
        or (not listed and len(name) <= 3 and lex.surnames.starting_at(name, 0) is not None)
    )


def _trade_brand(
    text: str, start: int, end: int, lex: Lexicon, known: Known, countries: WordSet
) -> str | None:
    """The brand whose trade word is text[start:end]: 2-3 name characters that open a clause (after
    punctuation, the text start or 与/和/据/由) and are no frequent word, with a company's doing
    after the trade word (宇树科技与…, 巴比食品发布). After what only a company does (成立于, 股价) the
    name may be a frequent word (万国体育成立于). A Chinese place opening the clause right before the
    name belongs to it (，宁波均胜电子投资)."""
    cues = _cues()
    if company_followers().starting_at(text, end) is None:
        return None
    strong = cues.strong_followers.starting_at(text, end) is not None
    place = known.ending_at(start, PLACES)
    if place is not None and text[start:end] in place_trades().words and _opens_clause(text, place, cues):
        return text[place:end]  # 亦庄国投凭借…: a place or zone + a company-only trade
    for size in (2, 3):
        begin = start - size
        if begin < 0 or not all(is_cjk(c) for c in text[begin:start]):
            continue
        opening = begin if _opens_clause(text, begin, cues) else _home_before(text, begin, known, countries, cues)
        if opening is None:
            continue
        head = text[begin:start]
        if head[:2] in lex.common_verbs or (
            not strong
            and (
                head in common_words()
                or (size == 3 and head[0] in cues.trade_modifiers and head[1:] in common_words())
                or common_words_only(text[begin:end])
            )
        ):
            return None  # 新能源汽车, 碰撞出科技, 高水平科技: words, no name
        name = _checked(text, begin, end, lex, known)
        return None if name is None else text[opening:end]
    return None


def _home_before(text: str, begin: int, known: Known, countries: WordSet, cues: Cues) -> int | None:
    """Start of a Chinese place opening a clause right before a short name (，宁波 + 均胜电子投资):
    the place is part of the brand; a country is not (韩国 + 德威航空)."""
    place = known.ending_at(begin, NAMES)
    if place is None or text[place:begin] in countries or not _opens_clause(text, place, cues):
        return None
    return place


def _doing_brand(text: str, end: int, lex: Lexicon, known: Known) -> str | None:
    """The brand before what only a company does (美特斯邦威股价, 卫宁健康发布公告): three characters
    at least, not opened by a function word and not closed by a verb or a frequent word other than a
    trade (尽管短期股价, 松炀资源逼近涨停, 皖维高新间接控股股东, 上市以来股价)."""
    name = _brand_before(text, end, lex, known)
    if name is None or len(name) < SHORT_BRAND or name[:2] in lex.function_words:
        return None
    last = name[-2:]
    if last in lex.common_verbs or (last in common_words() and last not in trade_words()):
        return None
    return name


def _opens_clause(text: str, begin: int, cues: Cues) -> bool:
    """True if a name may open a clause at `begin`: text start, punctuation or 与/和/据/由 before it."""
    return begin == 0 or not is_name_char(text[begin - 1]) or text[begin - 1] in cues.trade_openers


def _quote_ends_name(text: str, pos: int, lex: Lexicon) -> bool:
    """True if the name stops at the quote (软通动力(…)调研), not when it goes on (中关村(…)科学城)."""
    return (
        pos >= len(text)
        or not is_name_char(text[pos])
        or text[pos : pos + 2] in lex.common_verbs
        or lex.left_stops.starting_at(text, pos) is not None
        or company_followers().starting_at(text, pos) is not None  # 雷诺(…)周三, 中炬高新(…)近日
    )


def _before_quote(text: str, pos: int) -> int:
    """`pos` moved before a closing quote that ends a quoted name there (“华泓科技”(证券代码：836577))."""
    quoted = text[pos - 1 : pos] in CLOSING_QUOTES and text.rfind(OPENING_QUOTE, max(0, pos - MAX_QUOTED), pos) >= 0
    return pos - 1 if quoted else pos


def find_cued_brands(text: str, lex: Lexicon, known: Known, countries: WordSet) -> list[str]:
    """Brands named by a company-only role or doing (董事长, 股价, 成立于), a stock quote or a stock
    code right after them, or a company descriptor right before them, in text order; a name that
    ends with another cued name holds a word before it (正值 + 中炬高新) and is dropped."""
    cues = _cues()
    roles = [start for start, _e, _w, _k in cues.roles.find(text)]
    listed = [m.start() for m in QUOTE.finditer(text) if _quote_ends_name(text, m.end(), lex)]
    listed += [_before_quote(text, m.start()) for m in cues.stock_code.finditer(text)]
    found = [(end, _brand_before(text, end, lex, known)) for end in roles]
    found += [(end, _brand_before(text, end, lex, known, listed=True)) for end in listed]
    found += [
        (end, _doing_brand(text, end, lex, known))
        for end, _e, _w, _k in cues.strong_anchors.find(text)
        if cues.strong_followers.ending_at(text, end) is None  # 股价 + 涨停: the name ends before 股价
        and text[end - 1 : end] not in cues.move_prefixes  # 每盎司上 + 涨超: inside 上涨
    ]
    found += [
        (end, _trade_brand(text, start, end, lex, known, countries))
        for anchors in (cues.trades, place_trades())
        for start, end, _w, _k in anchors.find(text)
    ]
    found += [
        (end, _brand_after(text, end, lex, known))
        for _s, end, _w, _k in cues.descriptors.find(text)
    ]
    brands: list[str] = []
    for _pos, name in sorted(found, key=lambda f: f[0]):
        if name is not None and name not in brands:
            brands.append(name)
    return [
        b for b in brands if not any(b.endswith(o) and b[: -len(o)] not in HOME_COUNTRY for o in brands if o != b)
    ]  # 正值 + 中炬高新; 中国恒大 stays


def find_zone_companies(text: str, known: Known) -> list[Candidate]:
    """A zone's name followed by a company-only role names the company that runs it
    (湖北黄冈光谷科技城副总经理): COMPANY for that mention only (other mentions stay the zone)."""
    found: list[Candidate] = []
    for start, _e, _w, _k in _cues().roles.find(text):
        zone = known.ending_at(start, ZONES)
        if zone is not None:
            found.append(Candidate(zone, start, "COMPANY", "rules", ZONE_COMPANY_SCORE))
    return found
