"""ZONE names: a place (or a short own name) followed by a zone suffix (株洲高新区, 两江新区)."""

from __future__ import annotations

import re

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import (
    common_words,
    common_words_only,
    names_station,
)
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import (
    MAX_NAME,
    Known,
    Scan,
    at_boundary,
    cover,
    is_generic,
    is_name_char,
    prefix_start,
    quantified,
    read_body_right,
    scan_left,
)
from zone_ner.text.wordlists import occurrences

PLACE = frozenset({"LOC"})
PLACE_OR_ZONE = frozenset({"LOC", "ZONE"})
ADMIN_ENDINGS = frozenset("省市县区州旗")
CITY_ENDINGS = frozenset("省市")
MAX_PLACED_NAME = 6
MAX_ADMIN_PLACED_NAME = 8  # after a county or district (龙华区 + 数字经济跨境电商产业园)
MIN_KEPT_OWN = 3
ZONES = frozenset({"ZONE"})
BODY_ONLY_MIN_SUFFIX = 3
MAX_OWN_NAME = 5
MIN_SHORT_FORM = 5
OPEN = "（("
DETERMINERS = frozenset("它他她其该这那此各每")
INSIDE = "内"
BODY_ENDINGS = ("局", "厅", "署", "政府", "委员会", "党委", "管委会", "工委")  # 公安局 + 高新区 (…分局): a body's unit
CLOSE = "）)"
NAMED_SCORE = 0.7
QUOTE_OPEN = frozenset("“「")
QUOTE_CLOSE = frozenset("”」")
MAX_QUOTED = 8
COUNTED_AFTER = re.compile(r"[0-9一二三四五六七八九十两]{1,4}个")
COUNTED_BEFORE = re.compile(r"[一两三四五六七八九十几多每][个座处批些]$")
TRADE_AREAS = frozenset({"自贸区", "自由贸易区"})
DASHES = "-—－–"
PARK_ENDINGS = ("园", "园区", "基地")  # a park or base inside the zone written before it
MAJOR_SUFFIXES = ("开发区", "高新区", "经开区", "新区", "自贸区", "试验区", "综保区", "保税区", "合作区")


def _place_chain(
    text: str, end: int, lex: Lexicon, known: Known, labels: frozenset[str] = PLACE, major: bool = False
) -> int:
    """Start of the run of place names ending at `end` (湖南株洲), or `end`. A zone qualifies a
    sub-area after it (西咸新区 + 沣西新城, 十堰经开区 + 龙门工业园), not a zone of its own rank: before a
    `major` suffix, a zone with one ends the run (岳阳高新技术产业开发区 + 临湘 + 高新技术产业开发区: a list
    of zones)."""
    start = end
    for _ in range(3):
        k = prefix_start(text, start, lex, known, labels, 0)
        if k is None or k >= start or end - k > MAX_NAME:
            break
        if major and text.endswith(MAJOR_SUFFIXES, k, start) and known.label_at(k, start) == "ZONE":
            break
        start = k
    return start


def _bracketed_place(text: str, end: int, lex: Lexicon, known: Known, bounded: bool = False) -> int | None:
    """Start of "中国（上海）" ending at `end`, or None; if `bounded`, None when name characters
    run on before the two-character lead (益海 + 嘉里（周口）: the lead's extent is unknown)."""
    if end < 4 or text[end - 1] not in CLOSE:
        return None
    inner = _place_chain(text, end - 1, lex, known)
    if inner == end - 1 or inner < 1 or text[inner - 1] not in OPEN:
        return None
    start = inner - 1
    lead = start
    while (
        lead > 0
        and start - lead < 2
        and is_name_char(text[lead - 1])
        and text[lead - 1] not in lex.left_stops
    ):
        lead -= 1
    if bounded and lead > 0 and is_name_char(text[lead - 1]) and text[lead - 1] not in lex.left_stops:
        return None
    return lead


def _extension(text: str, end: int, lex: Lexicon) -> int:
    """End of a sub-area tail after a zone (自贸试验区长沙片区 → …片区), or `end`."""
    stop = read_body_right(text, end, MAX_OWN_NAME + 3, lex)
    stop = next((k for k in range(end, stop) if text[k] in lex.left_stops), stop)  # 科技园等产业园区
    for e in range(stop, end, -1):
        if lex.zone_extensions.ending_at(text, e, end) is not None and e - end > 2:
            tail = text[end:e]
            if any(tail[i : i + 2] in lex.common_verbs for i in range(len(tail) - 1)):
                return end  # 凤凰山经济开发区 + 积极推进园区: a predicate, no sub-area
            return e
    return end


def zone_start(
    text: str, start: int, end: int, lex: Lexicon, known: Known
) -> tuple[int, float] | None:
    """Start and score of the zone name whose suffix is [start, end)."""
    bracket = _bracketed_place(text, start, lex, known)
    if bracket is not None:
        return bracket, 0.9
    major = text.endswith(MAJOR_SUFFIXES, start, end)
    for body in range(MAX_ADMIN_PLACED_NAME + 1):
        p = start - body
        if p < 0 or not all(is_name_char(c) for c in text[p:start]):
            break
        if body and text[p] in lex.left_stops:
            break
        chain = _place_chain(text, p, lex, known, PLACE_OR_ZONE, major)
        if chain == p and body >= 2:
            bracketed = _bracketed_place(text, p, lex, known, bounded=True)  # 中德（揭阳） + 中小企业合作区
            chain = p if bracketed is None else bracketed
        if chain < p and (body <= MAX_PLACED_NAME or text[p - 1] in ADMIN_ENDINGS):
            own = text[p:start]
            generic = bool(own) and is_generic(own, lex.zone_generic, lex)
            if generic and own not in lex.zone_qualifiers:
                continue
            generic_tail = lex.zone_generic.ending_at(own, len(own))
            if not generic and generic_tail is not None and generic_tail < len(own) - 1:
                continue
            if any(v in own for v in lex.zone_founding_verbs):
                return None  # 上海先行先试建设自贸试验区, 杭州高质量打造数字自由贸易试验区: founding a kind of zone
            if (
                own in lex.common_verbs
                or (own[:2] in lex.common_verbs and not lex.industry_words.starting_at(own, 0))  # not 集成电路
                or own.startswith(INSIDE)
                or own.endswith(BODY_ENDINGS)
                or quantified(own)
            ):
                break  # 新加坡建立自由贸易区, 黄陂区开通一条工业园, 示范区内科技园
            if len(own) >= 2 and known.label_at(chain, p) != "ZONE":
                split = _split_place(text, chain, p, start, lex, known)
                if split is not None:
                    return split, 0.8
            bracket = _bracketed_place(text, chain, lex, known)
            return (bracket if bracket is not None else chain), (
                0.9 if not body else 0.8
            )
    if text[start:end] in lex.zone_chained_only:
        return None
    quoted = _quoted_name(text, start, lex)
    if quoted is not None:
        return quoted, 0.6
    scan = scan_left(
        text, start, lex, known, PLACE, MAX_OWN_NAME, max_jumps=0, strict=True
    )
    if (
        scan is None
        or len(scan.body) < 2
        or is_generic(scan.body, lex.zone_generic, lex)
        or is_generic(scan.body, lex.brand_strip, lex)
        or _predicate(scan.body, lex)
        or (
            text[start:end] not in lex.zone_named_suffixes
            and _common_words_only(scan.body, lex)
        )
        or _kind_only(scan.body, lex)
    ):
        return None
    if scan.body.startswith(INSIDE) and (
        known.ending_at(scan.start, PLACE_OR_ZONE) is not None
        or lex.left_stops.ending_at(text, scan.start) is not None
    ):
        scan = Scan(scan.start + 1, scan.body[1:], 0)  # 示范区 + 内 + 攀升新科技园, 辖区 + 内 + 桃元工业园
    appointed = lex.appointment_verbs.starting_at(scan.body, 0)
    if appointed is not None:
        scan = Scan(scan.start + appointed, scan.body[appointed:], 0)  # 任 + 金山工业区
    if len(scan.body) < 2:
        return None
    if text[scan.start - 1 : scan.start] in DETERMINERS or scan.body[0] in DETERMINERS:
        return None  # 各文创产业园, 它紧邻产业园: a kind of park or a pronoun, not a name
    if COUNTED_BEFORE.search(text, max(0, scan.start - 3), scan.start):
        return None  # 一个 + 具身智能产业园: one park of a kind, not a name
    bounded = (
        scan.start == 0
        or not is_name_char(text[scan.start - 1])
        or (lex.left_stops.ending_at(text, scan.start) is not None and not _common_words_only(scan.body, lex))
    )  # 在 + 天衢新区, not 在 + 城市新区
    if end - start < BODY_ONLY_MIN_SUFFIX and not (bounded and len(scan.body) == 2):
        return None
    if any(c.isdigit() for c in scan.body) or quantified(scan.body):
        return None
    return scan.start, 0.6


def _quoted_name(text: str, start: int, lex: Lexicon) -> int | None:
    """Start of a quoted own name right before the suffix (“水性科技”产业园区), or None."""
    if text[start - 1 : start] not in QUOTE_CLOSE:
        return None
    opening = max(text.rfind(q, max(0, start - MAX_QUOTED - 2), start - 1) for q in QUOTE_OPEN)
    inner = text[opening + 1 : start - 1]
    if opening < 0 or not 2 <= len(inner) <= MAX_QUOTED or not all(is_name_char(c) for c in inner):
        return None
    one_word = len(inner) == 2 and inner in common_words()  # “绿色”产业园区: a quality, not a name
    kind = _kind_only(inner, lex)  # “零碳”工业园
    return None if is_generic(inner, lex.zone_generic, lex) or one_word or kind else opening


def _split_place(text: str, chain: int, p: int, own_end: int, lex: Lexicon, known: Known) -> int | None:
    """Start of the zone name when places before its own name [p, own_end) stay apart from it, or
    None: a city or province stays apart (娄底市 + 娄星产业开发区), a chain of several too
    (西宁市城西区 + 海湖新区) unless the own name is a longer description, which keeps the county or
    district right before it (吉安市 + 永丰县循环经济产业园); a single county or district stays in
    the name (岢岚县胡家滩经济产业园区, 龙华区数字经济跨境电商产业园)."""
    if text[p - 1] in CITY_ENDINGS:
        return p
    if text[p - 1] not in ADMIN_ENDINGS:
        return None
    last = prefix_start(text, p, lex, known, PLACE, 0)
    if last == chain:
        return None
    return last if own_end - p >= MIN_KEPT_OWN and last is not None else p


def _area_of_bare_zone(
    text: str, start: int, end: int, stop: int, lex: Lexicon
) -> tuple[int, float] | None:
    """A bare free-trade zone word with a named area after it (自贸区郴州片区, 自贸区临港新片区)."""
    area = lex.zone_extensions.ending_at(text, stop, end)
    own = text[end:area] if area is not None else ""
    if len(own) < 2 or is_generic(own, lex.zone_generic, lex):
        return None
    return start, 0.7


def _trade_agreement(text: str, begin: int, start: int, end: int, lex: Lexicon) -> bool:
    """True if the free-trade area [begin, end) with suffix [start, end) is named by the parties
    of an agreement (中日韩自贸区, 中国-东盟自贸区, 亚太自贸区): a dash in or before the name, or
    nothing but parties (data/zone_trade_parties.txt)."""
    name = text[begin:start]
    if text[start:end] not in TRADE_AREAS or not name:
        return False
    if any(c in DASHES for c in text[max(0, begin - 1) : start]):
        return True
    i = 0
    while i < len(name):
        j = lex.trade_parties.starting_at(name, i)
        if j is None:
            return False
        i = j
    return len(name) >= 2  # 亚太 alone is an agreement area; 中 alone names no parties


def _predicate(body: str, lex: Lexicon) -> bool:
    """True if a verb opens or closes the body, or a function word is in it (相继落地综保区, 金融促进自贸试验区)."""
    return (
        body[:2] in lex.common_verbs
        or body[-2:] in lex.common_verbs
        or any(v in body for v in lex.zone_founding_verbs)
        or any(body[i : i + 2] in lex.function_words for i in range(len(body) - 1))
    )


def _common_words_only(body: str, lex: Lexicon) -> bool:
    """True if the body is a run of frequent two-character words: a category (绿色工业园区, 乡村工匠产业园区).

    A county's name without 区 / 县 is a name, not a word (宝山高新区, 北湖科技园).
    """
    return body[:2] not in lex.county_stems and common_words_only(body)


def _kind_only(body: str, lex: Lexicon) -> bool:
    """True if the body is made of industry or quality words (`industry_words.txt`), generic zone
    words and frequent words, with at least one industry word: a kind of park (新型储能产业园区)."""
    used = cover(body, (lex.industry_words, lex.zone_generic), common_words())
    return used is not None and 0 in used


def join_parks(text: str, known: Known) -> list[Candidate]:
    """A known park or base written right after the known zone it lies in is one ZONE with it
    (雄安新区 + 中关村科技园: corpus/GUIDELINES.md, named sub-areas written with their zone)."""
    found = []
    for end, (start, label) in list(known.spans.items()):
        outer = known.ending_at(start, ZONES) if label == "ZONE" and text.endswith(PARK_ENDINGS, start, end) else None
        if outer is not None:
            found.append(Candidate(outer, end, "ZONE", "rules", NAMED_SCORE))
            known.add(outer, end, "ZONE")
    return found


def find_zones(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """ZONE candidates from the zone-suffix anchors, left to right; each one is a known name for
    the next (大鹏新区 + 生命科学产业园); zones already known are left to their source unless a
    sub-area follows them."""
    found: list[Candidate] = []
    for hits in lex.suffix_anchors["zone"].find_all(text):
        end = hits[0][1]
        listed = known.ending_at(end, ZONES)
        if listed is None and known.covering(hits[0][0], end):
            continue  # 工业园 inside the listed 苏州工业园区
        if listed is not None:
            stop = _extension(text, end, lex)
            if stop > end:  # 郎溪县经济开发区 + 十字园区: a sub-area of a listed zone
                found.append(Candidate(listed, stop, "ZONE", "rules", 0.8))
                known.add(listed, stop, "ZONE")
            continue
        located = zone_start(text, hits[0][0], end, lex, known)
        stop = _extension(text, end, lex)
        if located is None and stop > end and text[hits[0][0] : end] in lex.zone_area_heads:
            located = _area_of_bare_zone(text, hits[0][0], end, stop, lex)
        if located is None:
            continue
        begin, score = located
        if _trade_agreement(text, begin, hits[0][0], end, lex):
            continue
        if score < NAMED_SCORE and COUNTED_AFTER.match(text, stop):
            continue  # 藏香企业2家，藏香产业园1个: a kind of park counted, no name
        if names_station(text, stop):
            continue  # 阳逻开发区站: a station named after the zone
        clash = known.overlapping(begin, stop, ZONES)
        if any(
            not (begin <= s and e <= stop and e - s < stop - begin) for s, e in clash
        ):
            continue
        found.append(Candidate(begin, stop, "ZONE", "rules", score))
        known.add(begin, stop, "ZONE")
    return found


def _short_form(text: str, zone: Candidate, lex: Lexicon, known: Known) -> str | None:
    """The zone's name after its place or parent zone (大鹏新区生命科学产业园 → 生命科学产业园), or None."""
    for cut in range(zone.end - MIN_SHORT_FORM, zone.start + 1, -1):
        hit = known.spans.get(cut)
        led = (hit is not None and hit[0] >= zone.start and hit[1] in PLACE_OR_ZONE) or (
            lex.places.ending_at(text, cut, zone.start) is not None
        )
        if led:
            tail = text[cut : zone.end]
            own_end = lex.zone_suffix_set.ending_at(tail, len(tail))
            generic = not own_end or is_generic(tail[:own_end], lex.zone_generic, lex)
            return None if generic else tail
    return None


def find_short_forms(
    text: str, lex: Lexicon, known: Known, zones: list[Candidate]
) -> list[Candidate]:
    """Later mentions of a found zone's name without its place (…生命科学产业园公共服务平台)."""
    found: list[Candidate] = []
    for tail in {_short_form(text, z, lex, known) for z in zones} - {None}:
        for start in occurrences(text, tail):
            end = start + len(tail)
            if at_boundary(text, start, lex, known) and not known.covering(start, end):
                found.append(Candidate(start, end, "ZONE", "rules", 0.6))
                known.add(start, end, "ZONE")
    return found
