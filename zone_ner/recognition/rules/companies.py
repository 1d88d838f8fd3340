"""COMPANY names: legal-form suffixes with a name body, enumerations (A、B和C等企业) and brands."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words, common_words_only
from zone_ner.recognition.rules.lexicon import (
    Anchors,
    Lexicon,
    WordSet,
    alternation,
    read_json,
    read_words,
    word_set,
)
from zone_ner.recognition.rules.scan import (
    ALL_LABELS,
    COUNTERS,
    NUMERALS,
    Known,
    Scan,
    cover,
    is_cjk,
    is_generic,
    is_name_char,
    latin_at,
    scan_left,
)
from zone_ner.text.wordlists import occurrences

NAMES = frozenset({"LOC"})
ZONES = frozenset({"ZONE"})
BRANDS = frozenset({"COMPANY"})
PLACE_LABELS = frozenset({"LOC", "ZONE"})
MAX_BODY = 14
SHARES = "股份"
PSEUDONYM = "某"
"""某 before a name hides it (某劳务公司): no company name."""
DISTRIBUTIVES = frozenset("各每")  # 各公共租赁住房运营管理公司: every company of a kind
MAX_SHARE_NAME = 4
SHARE_BLOCKERS = frozenset("制权额数比")
MAX_ITEM = 10
MAX_KIND = 4
"""A listed item this long made of frequent words is a kind (数字金融、智能制造等企业), not a brand."""
MAX_GAP = 16
MAX_BRAND_PLACE = 3
SELF_WORDS = frozenset({"本", "该", "发行人"})
SELF = "本"
SHORT_LED = 3
MAX_BRAND = 6
MIN_FREE_BRAND = 4
"""A listed or derived brand this long is a company even when a word follows it (延长石油天然气年产量,
美特斯邦威方面)."""
SHORT_FREE_LISTED = 3
"""A listed brand this long is a company before any word unless it opens a longer name (比亚迪新能源汽车;
not 中石化 + 销售华北分公司)."""
UNGLUED_SCORE = 0.7
BRAND_OPENERS = frozenset("是在与和对由向将被为从及把让给跟同据")
SESSION = "届"
LIST_MARK = "、"
GROUP_MARK = "系"  # 诚宁拓系、中徽建系等重点企业: a company and its affiliates, the company named
MIN_GROUP_ITEM = 2
MIN_TRADED_LIST = 3
MIN_LISTED_BRAND = 3
COUNTER = "家"  # 5家 + 上市公司
COUNT_DIGITS = frozenset("0123456789两三四五六七八九十")
MAX_COUNT = 4
MIN_DECLARED = 3  # a declared short name this long is the company wherever it is written
NAME_CONTINUATIONS = frozenset("行厂店司")
"""Characters that continue a brand into a longer name (农商 + 行, 电器 + 厂)."""
MAX_UNIT = 12
MIN_LATIN_HEAD = 3
MAX_AFTER_LEGAL = 8
MAX_QUOTE = 30
BARE = "公司"
BARE_SUFFIXES = frozenset({"公司", "银行"})
CLASS = "类"
COUNTED_SUFFIXES = frozenset({"公司", "银行", "集团"})  # after a count, a short body is a kind (4家村镇银行)
KIND_SUFFIXES = frozenset({"公司", "城投", "交投"})  # after a frequent word: a kind, or a word (市场交投)
SMALL_COUNTS = frozenset("两三四五六七八九十几")  # 三大石油公司: a count of companies (百大 is a name)
INVESTMENT_TAIL = "投资"
UNIT_HOSTS = frozenset({"LOC", "ZONE", "COMPANY"})
ADMIN_ENDINGS = frozenset("省市县区州旗")
LIST_SEPARATORS = frozenset("、")
QUOTE_CLOSERS = frozenset(")）")
QUOTE = re.compile(r"[（(]-?\d{1,6}(?:\.\d{1,4})?, ?-?\d{1,6}(?:\.\d{1,4})?, ?-?\d{1,3}(?:\.\d{1,4})?%[）)]")
ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]{1,3}")
BRACKETED = re.compile(r"[（(][^（()）]{0,8}[）)]")
SEPARATORS = ("、", "和", "及", "与", "以及")
CONJUNCTIONS = frozenset("和及与同")
ENUM_BREAK = frozenset("，,。；;！？!?\n：:")
INTO = frozenset("进入到")  # 新科技进社区、进企业: a head word after "into" is a destination
PREDICATE_CHARS = frozenset("是为均都也将已")  # …、铝模施工等 + 均是 + 公司…: the list is the subject, not companies
PERSONS = frozenset({"PERSON"})
ORGS = frozenset({"ORG"})
MODIFIER_END = "的"
PUBLISHER_ENDINGS = ("报", "网", "台", "社")  # a publisher's name before its group (data/media_groups.txt)
MEDIA = "media"  # a publisher of data/media.txt (lex.media also holds national bodies)
YEAR = re.compile(r"\d{4}年")
LATIN_HEAD = re.compile(r"[A-Za-z0-9&.\-]*")
HOME_COUNTRY = frozenset({"中国", "中华人民共和国"})  # 中国建筑, 中国石油: the country is part of the name
ALIAS = re.compile(
    r"[（(]\s{0,2}(?:以下)?(?:简称|下称)\s{0,2}[“\"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,8})[”\"」』]?\s{0,2}[）)]"
)
LISTED_ALIAS = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[，,、]\s?\d{4,6}\.(?:HK|SH|SZ|BJ)[）)]")
"""A short name declared with a stock code after a full name (众安在线财产保险股份有限公司（众安在线，06060.HK））."""


def _bracket_start(text: str, start: int, lex: Lexicon, known: Known) -> int:
    """Start of a name that continues before a bracketed place: 柘科（中国）工程设备 → 柘科,
    三星（河阳）电子 → 三星 (a known brand, or 2–4 characters of any place name in the brackets)."""
    if start < 3 or text[start - 1] not in "）)":
        return start
    inner = lex.places.ending_at(text, start - 1, max(0, start - 6))
    if inner is None:
        opening = max(text.rfind("（", max(0, start - 6), start), text.rfind("(", max(0, start - 6), start))
        inside = text[opening + 1 : start - 1] if opening >= 0 else ""
        if not 2 <= len(inside) <= 4 or not all(is_name_char(c) for c in inside):
            return start
        inner = opening + 1
    if inner < 1 or text[inner - 1] not in "（(":
        return start
    opening = inner - 1
    if text[opening - 1 : opening] == " " and lex.places.starting_at(text, inner) is not None:
        opening -= 1  # 坏猴子 (上海)文化传播有限公司: a space before a bracketed place
    brand = known.ending_at(opening, BRANDS)
    if brand is not None:
        return brand
    scan = scan_left(text, opening, lex, known, NAMES, MAX_BODY)
    if scan is None or len(scan.body) < 2:
        return start
    brand = known.ending_at(scan.start, BRANDS)  # 追觅 + 创新科技（苏州）有限公司
    return scan.start if brand is None else brand


def _trim(text: str, scan: Scan, end: int, lex: Lexicon) -> Scan:
    """The name after the last verb or quantifier in its body (督促辖内财险公司, 设有两家子公司,
    三大石油公司).

    A cut that would leave one character is not made (如意集团 stays whole).
    """
    body_start = end - len(scan.body)
    cut = q = None
    for p in range(end, body_start, -1):
        q = lex.company_body_stops.ending_at(text, p, body_start)
        if q is None:
            q = word_set("company_counting_words.txt").ending_at(text, p, body_start)
        if q is None and p - 2 >= body_start and _counted_at(text, p):
            q = p - 2
        elif q is None and text[p - 1] == "大" and p - 2 >= body_start:
            q = p - 2 if text[p - 2] in SMALL_COUNTS else None
        if q is not None:
            cut = p
            break
    if cut is None or (end - cut == 1 and cut - q == 1):
        return scan
    return Scan(start=cut, body=text[cut:end], known=0)


def _quote_start(text: str, start: int) -> int:
    """Start of a stock quote written inside a name (华西证券(8.480, 0.17, 2.05%)股份有限公司), or `start`."""
    m = QUOTE.search(text, max(0, start - MAX_QUOTE), start)
    return m.start() if m is not None and m.end() == start else start


def _industry_body(text: str, end: int, lex: Lexicon, known: Known) -> Scan | None:
    """The body of a name whose last word is an industry word that is also a stop word
    (三亚城市投资建设 + 集团有限公司), or None."""
    q = lex.left_stops.ending_at(text, end)
    if q is None or text[q:end] not in _industry_words():
        return None
    inner = scan_left(text, q, lex, known, NAMES, MAX_BODY - (end - q), strict=True)
    if inner is None or not (inner.body or inner.known):
        return None
    return Scan(start=inner.start, body=inner.body + text[q:end], known=inner.known, labels=inner.labels)


@lru_cache(maxsize=1)
def _industry_words() -> frozenset[str]:
    return frozenset(read_words("company_industry_words.txt"))


def _previous_legal_end(text: str, start: int, lex: Lexicon) -> int:
    """End of a legal form written shortly before `start` (…经纪公司 + 江泰再保险经纪公司): a name
    does not reach back over another company's suffix; 0 when there is none within
    MAX_AFTER_LEGAL characters."""
    for p in range(start - 1, max(0, start - MAX_AFTER_LEGAL) - 1, -1):
        if lex.company_suffix_set.ending_at(text, p) is not None:
            return p
    return 0


def _company_start(
    text: str, start: int, suffix: str, lex: Lexicon, known: Known
) -> int | None:
    """Start of the company name whose legal-form `suffix` begins at `start`, or None."""
    founder = known.ending_at(start, PERSONS)
    if founder is not None and all(c in lex.transliteration for c in text[founder:start]):
        return founder  # 阿达尼 + 集团: a group named after its founder
    if text[start - 1 : start] == SELF and text[max(0, start - 2) : start] not in common_words():
        return None  # 负责本 + 集团, 其他本 + 公司: the company naming itself (资本 + 集团 is a name)
    quote = _quote_start(text, start)
    scan = scan_left(text, quote, lex, known, NAMES, MAX_BODY, lo=_previous_legal_end(text, quote, lex), strict=True)
    if scan is not None and not scan.body and not scan.known:
        scan = _industry_body(text, quote, lex, known) or scan
    if scan is None:
        return None
    scan = _trim(text, scan, quote, lex)
    if not scan.known and (bare := _after_bare_zone(text, scan.start, quote, lex)) > scan.start:
        scan = Scan(start=bare, body=text[bare:quote], known=0)
    body = scan.body
    begin = scan.start
    publisher = known.ending_at(begin, ORGS)
    if (
        publisher is not None
        and (text.endswith(PUBLISHER_ENDINGS, publisher, begin) or lex.media.words.get(text[publisher:begin]) == MEDIA)
        and word_set("media_groups.txt").starting_at(text, begin) == start + len(suffix)
    ):
        return publisher  # 四川新闻网 + 传媒集团, 海南日报 + 报业集团: the publisher's group
    if text[begin - 1 : begin] == PSEUDONYM or text[begin - 1 : begin] in DISTRIBUTIVES or SESSION in body:
        return None  # 第六届跨国 + 公司领导人峰会: a numbered event, no company
    if quote < start and (len(body) < 2 or is_generic(body, lex.company_generic, lex)):
        return None
    listed = _listed_zone(text, begin, known)
    if listed is not None:
        return listed
    brand_before = known.ending_at(begin, BRANDS)
    if brand_before is None and begin == scan.start and text[begin - 1 : begin] in lex.left_stops:
        brand_before = _listed_brand_before(text, begin, lex)  # (深圳)华为 + 技术有限公司
    if brand_before is not None and text[begin] in CONJUNCTIONS and scan.known:
        begin += 1  # 招商银行和平安银行: the place 和平 opens with the conjunction after a company
    elif brand_before is not None and start - brand_before <= MAX_BODY:
        return _placed_brand(text, brand_before, lex)
    brand = known.ending_at(begin, BRANDS) if not body else None
    if brand is not None and start - brand <= MAX_BODY:
        return brand
    bracket = _bracket_start(text, begin, lex, known)
    if bracket < begin:
        return _after_bare_zone(text, bracket, begin, lex)
    generic = is_generic(body, lex.company_generic, lex) or is_generic(
        body, lex.brand_strip, lex
    )
    stop = lex.left_stops.ending_at(text, begin)
    zone = known.ending_at(begin, ZONES)
    if zone is None and stop is not None:
        zone = known.ending_at(stop, ZONES)
    if zone is not None and (not body or generic):
        place = lex.places.ending_at(text, zone, max(0, zone - 8))
        return zone if place is None else place
    if not body and begin == start:
        begin = _bracket_start(text, start, lex, known)
        return begin if begin < start else None
    if not body and scan.known and suffix != "公司":
        return _brand_led(text, begin, lex)
    if generic and scan.known and (
        suffix != "公司" or _admin_place(text, begin, lex) or ORDINAL.search(body)
    ):
        return begin
    if generic or (scan.known == 0 and len(body) < 2):
        return None
    if scan.known == 0 and suffix in COUNTED_SUFFIXES and _counted_before(text, begin) and body not in lex.brands.words:
        return None  # 相关卡牌公司, 多家科技公司, 设立4家村镇银行: companies of a kind
    if scan.known == 0 and suffix in KIND_SUFFIXES and body in common_words() and body not in lex.brands.words:
        return None  # 感谢供电公司, 全产业链的运营公司: a kind of company; 市场交投活跃: trading
    if _described(text, body, suffix, scan, lex):
        return None  # 迫使大型银行, 私人信贷公司: a description, not a name
    if scan.known == 0 and body in lex.common_verbs and body not in _industry_words() and body not in lex.brands.words:
        return None  # 为巩固集团作为…, 并扩大集团服务范围: a verb and "the group"
    return begin


def _after_bare_zone(text: str, begin: int, end: int, lex: Lexicon) -> int:
    """`begin` moved past a bare zone word opening a company name whose rest is a name of its own
    (高新区 + 华宇新材料科技有限公司, 高新区 + 寒武纪（辽宁）电子科技有限公司); a generic rest keeps it
    (高新区投资有限公司: the zone's own company)."""
    bare = lex.zone_suffix_set.starting_at(text, begin)
    if bare is None or end - bare < 2 or is_generic(text[bare:end], lex.company_generic, lex):
        return begin
    if text[begin - 1 : begin] in QUOTE_CLOSERS:
        return begin  # 上海临港(…) + 新片区金港盛元置业: the zone's name runs on across a stock quote
    return bare


def _described(text: str, body: str, suffix: str, scan: Scan, lex: Lexicon) -> bool:
    """True if frequent words alone, written nowhere else in the text, stand before a bare 公司 or
    银行 (迫使大型银行, 私人信贷公司); a short name recurs (临港海洋高新…有限公司 … 海洋高新公司).
    After 的 frequent and industry words make a description whatever their length (注册在香港的 +
    私人股份有限公司, 孵化成立的 + 大模型创业公司)."""
    if scan.known or body in lex.brands.words:
        return False
    if text[scan.start - 1 : scan.start] == MODIFIER_END:
        return cover(body, (lex.industry_words, lex.company_generic), common_words()) is not None
    return suffix in BARE_SUFFIXES and len(body) > 2 and common_words_only(body) and text.count(body) == 1


def _placed_brand(text: str, begin: int, lex: Lexicon) -> int:
    """Start of a place written right before a brand that opens a legal name (扬州 + 中远海运 +
    重工有限公司, (深圳)华为 + 技术有限公司), or the brand's start `begin`."""
    place = lex.places.ending_at(text, begin, max(0, begin - 8))
    return begin if place is None else place


def _brand_led(text: str, begin: int, lex: Lexicon) -> int:
    """Start of a brand written right before the place that opens a legal name (“中元创新 +
    内蒙古有限公司”, 与 + 铁建重工 + 新疆有限公司): a short run of name characters after punctuation or a
    stop word, no stop word or verb in it and, when short, no surname opening it (赵琨持有 + 苏州银行);
    `begin` when there is none."""
    p = begin
    while p > 0 and begin - p < MAX_BRAND and is_cjk(text[p - 1]) and lex.left_stops.ending_at(text, p) is None:
        p -= 1
    name = text[p:begin]
    if (
        len(name) < 2
        or (p > 0 and is_name_char(text[p - 1]) and lex.left_stops.ending_at(text, p) is None)
        or name[:2] in lex.common_verbs
        or _person_led(name, lex)
        or lex.places.starting_at(name, 0) is not None
        or common_words_only(name)
    ):
        return begin
    return p


def _person_led(name: str, lex: Lexicon) -> bool:
    """True if `name` reads as a person's name, maybe followed by a verb (高嵩经, 赵琨持有): a surname
    opening two or three characters that are no frequent word."""
    if name[-2:] in lex.common_verbs:
        name = name[:-2]
    return (
        2 <= len(name) <= SHORT_LED
        and lex.surnames.starting_at(name, 0) is not None
        and name not in common_words()
    )


def _listed_brand_before(text: str, end: int, lex: Lexicon) -> int | None:
    """Start of the longest listed brand ending at `end` (its last character a stop word: 华为), or None."""
    for k in range(min(MAX_BRAND, end), 1, -1):
        if text[end - k : end] in lex.brands.words:
            return end - k
    return None


def _share_name(text: str, begin: int, start: int, lex: Lexicon) -> bool:
    """True if the name before 股份 is a listed company's short name (御银股份, 隧道股份), not
    a holding (持有股份, 1万股股份) or 股份制."""
    name = text[begin:start]
    return (
        2 <= len(name) <= MAX_SHARE_NAME
        and all(is_cjk(c) for c in name)
        and not name.endswith("股")
        and name[-2:] not in lex.common_verbs
        and "公司" not in name
        and text[start + len(SHARES) : start + len(SHARES) + 1] not in SHARE_BLOCKERS
    )


def _admin_place(text: str, begin: int, lex: Lexicon) -> bool:
    """True if the name opens with a county, city or district name (长子县农业投资公司)."""
    p = lex.places.starting_at(text, begin)
    return p is not None and text[p - 1] in ADMIN_ENDINGS


def _listed_zone(text: str, begin: int, known: Known) -> int | None:
    """Start of a zone that opens a legal name listed after another one (…有限公司、苏州工业园区兆润…有限公司)."""
    zone = known.ending_at(begin, ZONES)
    if zone is None or zone < 1 or text[zone - 1] not in LIST_SEPARATORS:
        return None
    return zone if known.ending_at(zone - 1, BRANDS) is not None else None


def _unit_start(text: str, start: int, lex: Lexicon, known: Known) -> int | None:
    """Start of a company unit named after its company (中国海油天津分公司, 国金证券股份有限公司上海营业部).

    Read leftwards: the unit's own words, places, then a company already found or a brand body of
    at least two characters that is not generic; a unit with neither a place nor a company before
    it (专户子公司, 销售子公司) is no name.
    """
    scan = scan_left(text, start, lex, known, UNIT_HOSTS, MAX_UNIT, strict=True, max_jumps=4)
    if scan is None:
        return None
    scan = _trim(text, scan, start, lex)
    company = _company_in(scan, start, known)
    if company is not None:
        return company
    if not scan.known:
        return None
    brand = scan_left(text, scan.start, lex, known, NAMES, MAX_ITEM, strict=True, max_jumps=1)
    if brand is None:
        return None
    brand = _trim(text, brand, scan.start, lex)
    if len(brand.body) < 2 or is_generic(brand.body, lex.company_generic, lex):
        return None
    return brand.start


def _company_in(scan: Scan, start: int, known: Known) -> int | None:
    """Start of a known company that the scanned unit name opens with, or None."""
    for e in range(scan.start + 1, start + 1):
        hit = known.spans.get(e)
        if hit is not None and hit[0] == scan.start and hit[1] == "COMPANY":
            return scan.start
    return None


def find_companies(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """COMPANY candidates ending in a legal-form suffix (深圳铱创科技有限公司, 雄安集团) or listed brands."""
    found: list[Candidate] = []
    hits = lex.brands.find(text)
    for start, end, _word, _kind in hits:
        crossed = any(s < start or e > end for s, e in known.overlapping(start, end, PLACE_LABELS))  # 南美的
        if _legal_after(text, end, lex):
            continue  # 华西证券(…)股份有限公司: the legal-form rule reads the whole name
        end = _traded_end(text, end, lex)
        if known.covering(start, end) or crossed:
            continue
        if (
            end - start >= MIN_FREE_BRAND
            or (end - start == SHORT_FREE_LISTED and not _opens_unit(text, end, lex))
            or _brand_ends(text, end, lex)
            or _product_words().starting_at(text, end) is not None  # 博通芯片: a listed maker of a product
        ):
            found.append(Candidate(start, end, "COMPANY", "rules", 0.8))
            known.add(start, end, "COMPANY")
        elif _unglued(text, start, end):  # a longer name the other rules read around it wins the merge
            found.append(Candidate(start, end, "COMPANY", "rules", UNGLUED_SCORE))
    named = {text[c.start : c.end] for c in found}
    units = {
        end: start
        for start, end, _w, _k in _unit_anchors(lex).find(text)
        if not _word_across(text, start, lex)
    }
    legal = {
        hits[0][1]: hits[0]
        for hits in lex.suffix_anchors["company"].find_all(text)
        if not text.startswith(INVESTMENT_TAIL, hits[0][1] - 1)  # 新城投资 holds no 城投
        and word_set("company_false_continuations.txt").starting_at(text, hits[0][1] - 1) is None  # 银行卡, 集团化
    }
    for end in sorted(legal.keys() | units.keys()):
        begin, score = None, 0.8
        if end in units:
            begin = _unit_start(text, units[end], lex, known)
        if begin is None and end in legal:
            start, _end, word, _kind = legal[end]
            begin = _company_start(text, start, word, lex, known)
            score = 0.85 if len(word) > 2 else 0.7
            if begin is not None and word == SHARES and not _share_name(text, begin, start, lex):
                begin = None
            if begin is not None and end in units and not _placed(text, begin, lex, known):
                begin = None
            if begin is not None:
                begin = _name_before_quote(text, begin, lex, known)
            if begin is not None and YEAR.search(text, begin, start):
                begin = None  # 业绩预告显示，2025年 + 公司: a date, no name
        if begin is None:
            continue
        found.append(Candidate(begin, end, "COMPANY", "rules", score))
        known.add(begin, end, "COMPANY")
    return found + _named_again(text, hits, named, lex, known)


def _opens_unit(text: str, end: int, lex: Lexicon) -> bool:
    """True if a legal form or a unit suffix starts within the name characters after a listed brand
    (中石化 + 销售华北分公司): the brand opens a longer name the legal-form and unit rules read."""
    p = end
    while p < len(text) and p - end <= MAX_UNIT and is_name_char(text[p]):
        if lex.company_suffix_set.starting_at(text, p) is not None or text.startswith(lex.company_unit_suffixes, p):
            return True
        p += 1
    return False


def _name_before_quote(text: str, begin: int, lex: Lexicon, known: Known) -> int:
    """Start of the short name before a stock quote ending at `begin` (华致酒行(25.330, -0.29,
    -1.13%) + 连锁管理股份有限公司: one name), or `begin`."""
    quote = _quote_start(text, begin)
    if quote == begin:
        return begin
    scan = scan_left(text, quote, lex, known, NAMES, MAX_BODY, strict=True)
    return scan.start if scan is not None and quote - scan.start >= 2 else begin


def _named_again(
    text: str, hits: list[tuple[int, int, str, str]], named: set[str], lex: Lexicon, known: Known
) -> list[Candidate]:
    """Other mentions of a listed brand the text names alone once (过去十年，伊利 + 营业总收入, 对高盛
    + 领导层): between word boundaries (a stop, a frequent word or verb on each side), glued into no
    frequent word and opening no other company's name (汇丰 + 金科, 亦庄 + 国投)."""
    found = []
    for start, end, word, _kind in hits:
        if (
            word in named
            and known.label_at(start, end) is None
            and not known.overlapping(start, end, ALL_LABELS)
            and _word_before(text, start, lex, known)
            and _word_after(text, end, lex)
            and text[start - 1 : start + 1] not in common_words()
            and text[end - 1 : end + 1] not in common_words()
            and lex.brand_trades.starting_at(text, end) is None
            and not _legal_after(text, end, lex)
        ):
            found.append(Candidate(start, end, "COMPANY", "rules", 0.7))
            known.add(start, end, "COMPANY")
    return found


def _word_before(text: str, start: int, lex: Lexicon, known: Known) -> bool:
    """True if a word boundary precedes `start`: punctuation, a stop word, a frequent word or verb,
    or a known name."""
    return (
        start == 0
        or not is_name_char(text[start - 1])
        or text[start - 1] in lex.left_stops
        or text[max(0, start - 2) : start] in common_words()
        or text[max(0, start - 2) : start] in lex.common_verbs
        or start in known.spans
    )


def _word_after(text: str, end: int, lex: Lexicon) -> bool:
    """True if a word boundary follows `end`: punctuation, or a frequent word or verb starting there."""
    return (
        end >= len(text)
        or not is_name_char(text[end])
        or text[end : end + 2] in common_words()
        or text[end : end + 2] in lex.common_verbs
        or _brand_ends(text, end, lex)
    )


def _legal_after(text: str, end: int, lex: Lexicon) -> bool:
    """True if a stock quote and a legal form follow a listed brand (华西证券(…)股份有限公司)."""
    quote = QUOTE.match(text, end)
    return quote is not None and lex.company_suffix_set.starting_at(text, quote.end()) is not None


def _legal_next(text: str, end: int, lex: Lexicon) -> bool:
    """True if a legal form starts at `end`, maybe after a bracketed place (（中国）有限公司)."""
    bracket = BRACKETED.match(text, end)
    return lex.company_suffix_set.starting_at(text, bracket.end() if bracket else end) is not None


def _traded_end(text: str, end: int, lex: Lexicon) -> int:
    """End of a trade word that follows a listed brand and ends the name (小鹏 + 汽车, 恒大 + 地产),
    or `end`; a legal form (牧原 + 股份) is left to the legal-form rule."""
    after = _brand_trades().starting_at(text, end)
    if (
        after is None
        or lex.company_suffix_set.starting_at(text[end:after], 0) is not None
        or not _brand_ends(text, after, lex)
        or _legal_next(text, after, lex)  # 葛洲坝电力 + 公司, 阿迪达斯体育 + （中国）有限公司
    ):
        return end
    return after


def _word_across(text: str, start: int, lex: Lexicon) -> bool:
    """True if a word ends on the first character of a unit suffix (电子公司, 部分公司: no 子公司 / 分公司)."""
    return any(
        q is not None and q < start
        for q in (
            words.ending_at(text, start + 1)
            for words in (lex.brand_strip, lex.company_generic, lex.left_stops)
        )
    )


def _placed(text: str, begin: int, lex: Lexicon, known: Known) -> bool:
    """True if a place or zone opens the name at `begin` (a unit needs one: 专户子公司 is no name)."""
    return lex.places.starting_at(text, begin) is not None or any(
        known.label_at(begin, e) in ("LOC", "ZONE") for e in range(begin + 2, begin + 12)
    )


_UNITS: dict[int, Anchors] = {}


def _unit_anchors(lex: Lexicon) -> Anchors:
    """Automaton of the company unit suffixes (分公司, 营业部), built once per lexicon."""
    anchors = _UNITS.get(id(lex))
    if anchors is None:
        anchors = _UNITS[id(lex)] = Anchors({w: "unit" for w in lex.company_unit_suffixes})
    return anchors


def _item_start(text: str, end: int, lex: Lexicon, known: Known) -> int | None:
    """Start of one enumerated company name ending at `end`."""
    k = known.ending_at(end, frozenset({"COMPANY"}))
    if k is not None:
        return k
    scan = scan_left(text, end, lex, known, NAMES, MAX_ITEM)
    if scan is None or end - scan.start < 2 or YEAR.search(text, scan.start, end):
        return None  # 2021年 + 与阿里巴巴: a date, no company
    if scan.known == 0 and is_generic(scan.body, lex.company_generic, lex):
        return None
    return scan.start


def _loose_start(text: str, end: int, lex: Lexicon, known: Known) -> int | None:
    """Start of an item of a list closed by a bare 等: as in any list, but reaching back to the 、
    before it over characters no known name holds (、同成包装: 同 opens the name; 、日本 + 住友重机械
    keeps its place apart)."""
    start = _item_start(text, end, lex, known)
    sep = text.rfind(LIST_MARK, max(0, end - MAX_ITEM - 1), end)
    reach = start if start is not None else end - 1
    if (
        sep < 0
        or reach <= sep + 1
        or known.ending_at(reach, NAMES) is not None
        or not all(is_name_char(c) for c in text[sep + 1 : end])
    ):
        return start
    return sep + 1


def _head_after(text: str, pos: int, lex: Lexicon) -> bool:
    """True if an enumeration head (…等10家企业) follows 等 at `pos` within a short gap."""
    limit = min(len(text), pos + MAX_GAP)
    if text.startswith("人", pos):
        return False  # 王宏伟、冯云平等人冒用国有企业名义: people, not companies
    if text.startswith(enum_fields(), pos):
        return False  # 金融、基建等领域20余位企业代表: fields, not companies
    for p in range(pos, limit):
        verb = text[p : p + 2] in lex.common_verbs and lex.company_enum_heads.starting_at(text, p + 2) is None
        if text[p] in ENUM_BREAK or text[p] in PREDICATE_CHARS or verb:
            return False  # a verb between 等 and the head word (not one qualifying it: 制造企业): the head is not what was listed
        if lex.company_enum_heads.starting_at(text, p) is not None:
            return text[p - 1] not in INTO
    return False


def find_enumerations(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Company names listed before 等 + a company head word (天宇未来生态、深圳华音国际等10家企业),
    before a count of them (广汇能源、广汇汽车、合金投资5家上市公司), or before a bare 等 when most of
    them are short names + a trade word (天冠陶瓷、中科金泽、奥龙石墨等地块)."""
    found: list[Candidate] = []
    for pos, counted, loose in _list_ends(text, lex):
        if pos > 0 and is_name_char(text[pos - 1]) and not text[pos - 1].isdigit():
            end = pos
            items: list[tuple[int, int]] = []
            for _ in range(12):
                other = known.spans.get(end)
                start = (
                    other[0]
                    if other is not None
                    else _loose_start(text, end, lex, known) if loose else _item_start(text, end, lex, known)
                )
                if start is None:
                    break
                if end - start > MIN_GROUP_ITEM and text[end - 1] == GROUP_MARK:
                    items.append((start, end - 1))  # 诚宁拓系: the companies around 诚宁拓
                else:
                    items.append((start, end))
                sep = next((s for s in SEPARATORS if text.endswith(s, 0, start)), None)
                if sep is None:
                    break
                end = start - len(sep)
            if counted and (not items or LIST_MARK not in text[items[-1][0] : pos]):
                continue  # 伊利与国内外 + 38家企业: a count needs a list written with 、
            listed = any(known.label_at(s, e) == "COMPANY" for s, e in items)
            kinds = [  # beside a company a frequent word is a brand (…集团、戴尔、浪潮等), a trade is not
                (s, e)
                for s, e in items
                if text[e - 1] == CLASS  # 钢制柜类、床类等产品: classes of goods
                or (
                    text[s:e] not in lex.brands.words
                    and e - s <= MAX_KIND
                    and (
                        common_words_only(text[s:e])  # 钢铁, 税收数据
                        or cover(text[s:e], (lex.industry_words,), common_words()) is not None  # 光伏制造, 锂电储能
                    )
                    and not _traded(text[s:e])  # 奇景光电, 公牛电器
                    and lex.places.starting_at(text, s) is None
                    and (not listed or text[s:e] in lex.brand_strip.words)
                )
            ]
            named = [
                (s, e)
                for s, e in items
                if not text.endswith(("企业", "行业"), s, e)
                and not text.endswith(lex.project_item_endings, s, e)
                and _org_ends().ending_at(text, e, s) is None  # 双一流高校及深圳圆周动力
                and (s, e) not in kinds  # 钢铁、纺织等企业
            ]
            if loose and not _traded_list(text, items, kinds, known):
                continue
            if len(items) >= 2 and 2 * len(kinds) < len(items):  # 本国钢铁、纺织等企业: a list of kinds
                fresh = [(s, e) for s, e in named if known.label_at(s, e) is None]
                for s, e in fresh + _brand_places(text, named, len(fresh), known):
                    found.append(Candidate(s, e, "COMPANY", "rules", 0.65))
                    known.add(s, e, "COMPANY")
    return found


def listed_brands(text: str, listed: list[Candidate]) -> list[str]:
    """Listed company names that name the company at their other mentions too (中科金泽 … 中科金泽、奥龙石墨
    均处于): three characters or more and not a run of frequent words (未能, 茶服 stay where listed)."""
    return [
        name
        for name in (text[c.start : c.end] for c in listed)
        if len(name) >= MIN_LISTED_BRAND and not common_words_only(name)
    ]


def _list_ends(text: str, lex: Lexicon) -> list[tuple[int, bool, bool]]:
    """Ends of company lists, each with (counted, loose): 等 before a head (…等10家企业), a count of
    companies right after the last item (广汇物流、合金投资 + 5家上市公司, counted) or a bare 等 after
    a list written with 、 (loose: its items must show they are companies)."""
    ends = []
    for p in occurrences(text, "等"):
        headed = _head_after(text, p + 1, lex)
        if headed or LIST_MARK in text[max(0, p - MAX_ITEM) : p]:
            ends.append((p, False, not headed))
    for p in occurrences(text, COUNTER):
        start = p
        while start > 0 and text[start - 1] in COUNT_DIGITS and p - start < MAX_COUNT:
            start -= 1
        if start < p and lex.company_enum_heads.starting_at(text, p + 1) is not None:
            ends.append((start, True, False))
    return sorted(ends)


def _traded_list(text: str, items: list[tuple[int, int]], kinds: list[tuple[int, int]], known: Known) -> bool:
    """True if a list closed by a bare 等 names companies: three items or more, none a kind of
    trade, at least two and most of them short names + a trade word (麦杰科技、山源电子、优也科技;
    not 心理健康: a frequent word before the trade) or known companies."""
    traded = sum(
        (_traded(text[s:e]) and text[s : s + 2] not in common_words())  # 心理健康: a field, no 心理 brand
        or known.label_at(s, e) == "COMPANY"
        for s, e in items
    )
    return len(items) >= MIN_TRADED_LIST and not kinds and traded >= 2 and 2 * traded > len(items)


def _brand_places(
    text: str, named: list[tuple[int, int]], fresh: int, known: Known
) -> list[tuple[int, int]]:
    """Bare place names in a list of mostly new company names are brands too (统一、正崴、建昌、昆达等
    台企); a place written with its administrative ending (临清市) stays a place."""
    places = [
        (s, e)
        for s, e in named
        if known.label_at(s, e) == "LOC" and e - s <= MAX_BRAND_PLACE and text[e - 1] not in ADMIN_ENDINGS
    ]
    return places if fresh >= 2 and fresh > len(places) else []


def _counted_at(text: str, p: int) -> bool:
    """True if a numeral + counter ends at `p` (两家, 4家)."""
    return p > 1 and text[p - 1] in COUNTERS and text[p - 2] in NUMERALS


def _counted_before(text: str, begin: int) -> bool:
    """True if a counting word or a numeral + counter stands right before `begin` (相关, 4家)."""
    return word_set("company_counting_words.txt").ending_at(text, begin) is not None or _counted_at(text, begin)


@lru_cache(maxsize=1)
def enum_fields() -> tuple[str, ...]:
    """Words after 等 that make a list one of fields or trades (领域, 行业): data/company_enum_fields.txt."""
    return tuple(read_words("company_enum_fields.txt"))


@lru_cache(maxsize=1)
def _org_ends() -> WordSet:
    """ORG suffixes and school words: an enumerated item ending in one is no company."""
    return WordSet(list(read_words("org_suffixes.tsv")) + ["高校", "院校"])


def _unglued(text: str, start: int, end: int) -> bool:
    """True if a listed brand that is no ordinary word (`data/company_brands_ordinary.txt`) opens a
    clause or follows a function word (`BRAND_OPENERS`) and is followed by a frequent word that is
    no trade word, forming none with its last character (，腾讯面向, 是伊利实现, 在上汽技术; not
    亦庄国投, i国网, 小米粥, 汇丰金科, 高瓴创投)."""
    prev = text[start - 1] if start else ""
    return (
        text[start:end] not in word_set("company_brands_ordinary.txt")
        and (not prev or not (is_name_char(prev) or prev.isalnum()) or prev in BRAND_OPENERS)
        and text[end - 1 : end + 1] not in common_words()
        and text[end : end + 2] in common_words()  # 汇丰 + 金科: a longer name
        and not any(text.startswith(t, end) for t in trade_words())  # 高瓴 + 创投: a longer name
    )


def _brand_ends(text: str, end: int, lex: Lexicon) -> bool:
    """True if a brand ending at `end` is not the start of a longer name (网易国际文创科技园)."""
    return (
        end >= len(text)
        or not is_name_char(text[end])
        or text[end].isdigit()  # 长光卫星1箭41星, 比亚迪2023年
        or (text[end].isascii() and is_cjk(text[end - 1]))  # 奥迪e-tron, 联想W2: a model after its maker
        or text[end : end + 2] in lex.common_verbs  # 国金基金发布
        or company_followers().starting_at(text, end) is not None  # 黄冈供电通过…
        or _brand_followers().starting_at(text, end) is not None  # 伊利始终秉承, 推特的
        or lex.post_name.starting_at(text, end) is not None
        or lex.company_suffix_set.starting_at(text, end) is not None
        or lex.places.starting_at(text, end) is not None
    )


def _brands(name: str, lex: Lexicon) -> list[str]:
    """Short names of a full company name, longest first: 苏州相城高新控股集团有限公司 → 相城高新控股, 相城高新."""
    body, head = name, ""
    for suffix in sorted(lex.company_suffixes, key=len, reverse=True):
        if body.endswith(suffix):
            body = body[: -len(suffix)]
            h = lex.brand_trades.starting_at(suffix, 0)
            head = suffix[:h] if h is not None and h < len(suffix) else ""
            break
    body = BRACKETED.sub("", body)
    for _ in range(3):
        p = lex.places.starting_at(body, 0)
        if p is None or len(body) - p < 2:
            break
        body = body[p:]
    forms = [body + head, body] if head else [body]
    for _ in range(4):
        q = lex.brand_trades.ending_at(body, len(body))
        if q is None or q < 2:
            break
        body = body[:q]
        forms.append(body)
    return [
        b
        for b in forms
        if 2 <= len(b) <= MAX_BRAND
        and not b[0].isdigit()  # 2025年公司 is no name
        and b != name
        and b not in lex.places
        and not (len(b) == 2 and b in common_words())  # 三亚城市投资建设集团 → no brand 城市
        and b not in lex.industry_words  # 广东长兴半导体科技有限公司 → no brand 半导体
        and not is_generic(b, lex.company_generic, lex)
    ]


def _self_reference(alias: str, lex: Lexicon) -> bool:
    """True if a declared short name only says "the company" (以下简称“公司”, “本集团”)."""
    start = lex.company_suffix_set.ending_at(alias, len(alias))
    return start is not None and (start == 0 or alias[:start] in SELF_WORDS)


def _free_brand(text: str, brand: str, pos: int, lex: Lexicon, known: Known) -> bool:
    """True if a brand derived from a full name is a company whatever word follows it (美特斯邦威方面):
    long enough, no run of common words (基础设施), no zone word (经开区教育) or known name inside,
    and not the opening of a longer name (快钱支付清算 + 信息有限公司, 姜堰农商 + 行)."""
    end = pos + len(brand)
    return (
        len(brand) >= MIN_FREE_BRAND
        and text[end : end + 1] not in NAME_CONTINUATIONS
        and lex.brand_trades.starting_at(text, end) is None
        and lex.company_suffix_set.starting_at(text, end) is None
        and not common_words_only(brand)
        and not lex.suffix_anchors["zone"].find(brand)
        and not known.overlapping(pos, pos + len(brand), PLACE_LABELS)
    )


def _role_after(text: str, brand: str, pos: int, lex: Lexicon, known: Known) -> bool:
    """True if a company-only body or position follows the brand at `pos` (中炬高新 + 董事会), not a
    longer title (邹卫东辞去 + 董事会秘书), and the brand is no run of frequent words or a person's name."""
    end = pos + len(brand)
    role = _company_roles().starting_at(text, end)
    title = word_set("titles.txt").starting_at(text, end)
    return (
        role is not None
        and (title is None or title <= role)
        and not common_words_only(brand)
        and not known.overlapping(pos, end, PERSONS)
        and known.ending_at(pos, BRANDS) is None  # 联想 + 创投合伙人: the unit of a known company
    )


def find_brands(
    text: str, lex: Lexicon, known: Known, companies: list[Candidate], cued: list[str]
) -> list[Candidate]:
    """Other mentions of short names: declared (（以下简称“比亚迪”）), derived from a full name
    or named by their context (`cued`, brand_cues)."""
    brands: dict[str, float] = dict.fromkeys(cued, 0.6)
    declared: set[str] = set()
    for m in (*ALIAS.finditer(text), *LISTED_ALIAS.finditer(text)):
        alias = m.group(1)
        if known.ending_at(m.start(), BRANDS) is not None and not _self_reference(alias, lex):
            brands[alias] = 0.85
            declared.add(alias)
    places: dict[str, set[str]] = {}
    derived: set[str] = set()
    for c in companies:
        name = text[c.start : c.end]
        if len(name) <= len(BARE) + 2 and name.endswith(BARE):
            continue  # 卡牌公司: a two-character body before a bare 公司 may be a kind; no short name
        if name in lex.brands.words:
            continue  # a listed brand is a short name already: 中国铝业 lends no 铝业
        for brand in _brands(name, lex):
            brands.setdefault(brand, 0.6)
            derived.add(brand)
            if name.find(brand) > 0:
                places.setdefault(brand, set()).add(name[: name.find(brand)])
    found: list[Candidate] = []
    for brand, score in brands.items():
        for pos in occurrences(text, brand):
            end = pos + len(brand)
            free = known.label_at(pos, end) in (None, "COMPANY") and (
                _brand_ends(text, end, lex)
                or _role_after(text, brand, pos, lex, known)
                or (brand in derived and _free_brand(text, brand, pos, lex, known))
                or (brand in declared and len(brand) >= MIN_DECLARED)  # 华致酒行 + 全资子公司: declared, so a name
            )
            if free and not known.covering(pos, end):
                place = next(
                    (p for p in places.get(brand, ()) if text.endswith(p, 0, pos)), ""
                )
                start = pos - len(place)
                start = pos if known.covering(start, end) else start
                found.append(Candidate(start, end, "COMPANY", "rules", score))
                known.add(start, end, "COMPANY")
    return found


@lru_cache(maxsize=1)
def _bureau_pattern() -> re.Pattern[str]:
    """The numbered-bureau pattern built from data/company_bureaus.json."""
    raw = read_json("company_bureaus.json")
    alt = alternation(raw["prefixes"])
    tails = alternation(raw["tails"])
    return re.compile(f"(?:{alt})[{raw['numerals']}]{{1,3}}(?:{tails})")


@lru_cache(maxsize=1)
def company_cues() -> dict:
    """data/company_cues.json, read once (brand_cues reads its other parts)."""
    return read_json("company_cues.json")


@lru_cache(maxsize=1)
def company_followers() -> WordSet:
    """What a company does, written right after its name (与, 凭借, 发布: company_cues.json)."""
    return WordSet(company_cues()["trade_brands"]["followers"])


@lru_cache(maxsize=1)
def _brand_trades() -> WordSet:
    """Trade words that may close a listed brand's name: trade_words() less the products."""
    return WordSet(trade_words() - _product_words().words)


@lru_cache(maxsize=1)
def _product_words() -> WordSet:
    """Products written after a listed maker (博通 + 芯片, 奔驰 + 卡车): company_cues.json product_words."""
    return WordSet(company_cues()["product_words"])


@lru_cache(maxsize=1)
def _company_roles() -> WordSet:
    """Positions and bodies only a company has, written after its name (董事会, 股东大会: company_cues.json roles_after)."""
    return WordSet(company_cues()["roles_after"])


@lru_cache(maxsize=1)
def _brand_followers() -> WordSet:
    """Adverbs and 的 after a known brand (company_cues.json brand_followers)."""
    return WordSet(company_cues()["brand_followers"])


@lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """Trade words that end a company's short name (科技, 电器: company_cues.json)."""
    return frozenset(company_cues()["trade_brands"]["trades"])


def _traded(name: str) -> bool:
    """True if `name` is two characters + a trade word that are no trade themselves (奇景光电, 公牛电器;
    not 电子材料): in a list a brand, though made of frequent words."""
    trades = trade_words()
    return len(name) == 4 and name[2:] in trades and name[:2] not in trades


@lru_cache(maxsize=1)
def place_trades() -> Anchors:
    """data/company_place_trades.txt as an automaton."""
    return Anchors({w: "trade" for w in read_words("company_place_trades.txt")})


def find_place_trades(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """A known place + a trade ending a name: a company's short name (湖南出版从…, 东兴证券认为…)."""
    found: list[Candidate] = []
    for start, end, _word, _kind in place_trades().find(text):
        place = known.ending_at(start, NAMES)
        if place is None or not _brand_ends(text, end, lex) or known.covering(place, end):
            continue
        found.append(Candidate(place, end, "COMPANY", "rules", 0.7))
        known.add(place, end, "COMPANY")
    return found


@lru_cache(maxsize=1)
def _latin_forms() -> re.Pattern[str]:
    """The legal forms alone: a quick test before the full pattern."""
    return re.compile(alternation(company_cues()["latin_legal_forms"]))


@lru_cache(maxsize=1)
def _latin_company() -> re.Pattern[str]:
    """Capitalised Latin words + a legal form (company_cues.json latin_legal_forms)."""
    forms = alternation(company_cues()["latin_legal_forms"])
    return re.compile(rf"(?<![A-Za-z0-9.])(?!The )((?:[A-Z][A-Za-z0-9&'-]*\.? ){{1,4}})(?:{forms})(?![A-Za-z])")


def find_latin_companies(text: str, known: Known) -> list[Candidate]:
    """Company names in Latin script closed by a legal form (Phunware Inc), and later mentions of
    their first word alone (Phunware的股价) when it is not part of a longer Latin word."""
    found: list[Candidate] = []
    if not _latin_forms().search(text):
        return found
    heads: set[str] = set()
    for m in _latin_company().finditer(text):
        if known.overlapping(m.start(), m.end(), ALL_LABELS):
            continue
        found.append(Candidate(m.start(), m.end(), "COMPANY", "rules", 0.85))
        known.add(m.start(), m.end(), "COMPANY")
        head = m.group(1).split(" ", 1)[0].rstrip(".")
        if len(head) >= MIN_LATIN_HEAD:
            heads.add(head)
    for head in heads:
        for pos in occurrences(text, head):
            end = pos + len(head)
            if latin_at(text, pos - 1) or latin_at(text, end) or known.overlapping(pos, end, ALL_LABELS):
                continue
            found.append(Candidate(pos, end, "COMPANY", "rules", 0.75))
            known.add(pos, end, "COMPANY")
    return found


@lru_cache(maxsize=1)
def _group_unit_pattern() -> re.Pattern[str]:
    """Group + place + tail, from data/company_group_units.json (the place is checked in the lexicon)."""
    raw = read_json("company_group_units.json")
    groups = alternation(raw["groups"])
    tails = alternation(raw["tails"])
    return re.compile(f"(?:{groups})([\u4e00-\u9fff]{{2,5}}?)(?:{tails})")


def find_group_units(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Units of state groups named after their province or city (中国铁路南宁局, 国网福建电力)."""
    found: list[Candidate] = []
    for m in _group_unit_pattern().finditer(text):
        if m.group(1) in lex.places and not known.covering(m.start(), m.end()):
            found.append(Candidate(m.start(), m.end(), "COMPANY", "rules", 0.85))
            known.add(m.start(), m.end(), "COMPANY")
    return found


def find_bureaus(text: str, known: Known) -> list[Candidate]:
    """Numbered construction bureaus (中铁十四局, 中建三局) not inside a longer known name."""
    found: list[Candidate] = []
    for m in _bureau_pattern().finditer(text):
        if not known.covering(m.start(), m.end()):
            found.append(Candidate(m.start(), m.end(), "COMPANY", "rules", 0.8))
            known.add(m.start(), m.end(), "COMPANY")
    return found


def _named_body(body: str, lex: Lexicon) -> bool:
    """True if a company body after a country opens with a name (贝恩资本, GQG合伙), not with a
    description (医疗AI, 国家铜业, 化工企业科思创, 石油)."""
    head = body[:2]
    if head.isascii():
        return len(LATIN_HEAD.match(body)[0]) >= MIN_LATIN_HEAD
    return (
        len(body) >= 2
        and is_cjk(body[0])
        and head not in common_words()
        and lex.industry_words.starting_at(body, 0) is None
        and lex.company_generic.starting_at(body, 0) is None
        and not common_words_only(body)
    )


def without_country(text: str, companies: list[Candidate], countries: WordSet, lex: Lexicon) -> list[Candidate]:
    """The companies with a foreign country opening their name left outside it (corpus/GUIDELINES.md:
    美国 + company is LOC + COMPANY: 美国贝恩资本公司 → 贝恩资本公司, 印度阿达尼集团 → 阿达尼集团); a
    country and a trade stay one name (英国石油公司, 美国航空公司)."""
    out = []
    for c in companies:
        q = countries.starting_at(text, c.start) if c.label == "COMPANY" else None
        if q is not None and q < c.end and text[c.start : q] not in HOME_COUNTRY:
            suffix = lex.company_suffix_set.ending_at(text, c.end, q)
            body = text[q : c.end if suffix is None else suffix]
            if _named_body(body, lex):
                c = replace(c, start=q)
        out.append(c)
    return out

