"""ORG names: an organisation suffix (管委会, 科技局, 研究院 …) with its prefix (place, zone, ORG, department)."""

from __future__ import annotations

import re
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.rules.accounts import find_accounts
from zone_ner.recognition.rules.lexicon import (
    Lexicon,
    WordSet,
    alternation,
    read_json,
    read_words,
    word_set,
)
from zone_ner.recognition.rules.places import PlaceRules, place_rules
from zone_ner.recognition.rules.scan import (
    ALL_LABELS,
    MAX_NAME,
    NUMERALS,
    Known,
    Scan,
    at_boundary,
    is_cjk,
    is_generic,
    is_name_char,
    prefix_start,
    scan_left,
)
from zone_ner.text.wordlists import phrase_spans

NAMES = frozenset({"LOC", "ZONE", "ORG"})
LISTED = frozenset({"ORG"})
SESSION_HOSTS = frozenset({"ORG", "LOC"})
SESSION = "第"
PLACES = frozenset({"LOC"})
HOSTS = frozenset({"ZONE", "ORG"})
ADMIN_ENDINGS = frozenset("省市县区州旗镇乡村")
SUB_JOINERS = frozenset("和")
JOINERS = frozenset("和与")
COMPANIES = frozenset({"COMPANY"})
BARE_HOSTS = ("公司", "项目")
"""A company or project named by its kind word alone (该公司, 该项目, ，公司) before a body of its own."""
HOST_DETERMINERS = frozenset("该本其此")
BARE_ADMIN = frozenset("市区县省")
BARE_EXCLUDED = frozenset("全各本该我每")
MAX_BARE_BODY = 10
TITLE_JOINERS = frozenset("兼")
LIST_MARK = "、"
MIN_UNIT_BODY = 2
TITLE_LEAD = 2  # a title may open up to two characters before an ORG suffix inside it (副处长)
ZONES = frozenset({"ZONE"})
COMPANY_ENDINGS = frozenset("厂")
LOCAL_SUFFIXES = ("街道", "社区", "居民区", "镇", "乡", "村")
MAX_SESSION = 4
SESSION_NUMERALS = NUMERALS - {"第"}
COUNT_NUMERALS = NUMERALS - {"第", "."}
ORG_COUNTERS = frozenset("个家所支座位批级类")
MAX_BODY = 12
MAX_PLACE_CHAIN = 4  # 湖北 + 咸宁 + 赤壁市 + 赵李桥镇 + 新时代文明实践所: the places before a body stay in it
MAX_LONG_BODY = 14
PRONOUNS = "我该各每其他她它"
ADMIN_WORDS = frozenset("局市区县省镇乡村厅部委")
CHANNEL_DASHES = frozenset("－-—")
MAX_CHANNEL = 4
DATE = re.compile(r"\d+年")
APPROXIMATE = frozenset("余多")
DISTRIBUTIVES = ("各", "各级", "各类")
PRESS_HOUSE = "社"
SITE = "网"
QUOTED_TITLE = re.compile(r"《([\u4e00-\u9fff·]{1,12})》")
SITE_FOLLOWERS = ("报道", "消息", "记者", "讯", "评论", "编辑", "综合")
PAPERS = ("日报", "晚报", "早报", "商报", "时报")
COUNTRY = "中国"


def _departments(text: str, start: int, lex: Lexicon) -> int:
    """Start of up to three department words ending at `start`, 和 allowed between them (宣传和统战部)."""
    p = start
    for _ in range(3):
        q = lex.org_departments.ending_at(text, p)
        if q is None:
            break
        p = q
        if (
            text[p - 1 : p] == "和"
            and lex.org_departments.ending_at(text, p - 1) is not None
        ):
            p -= 1
    return p


def _extend(
    text: str,
    start: int,
    lex: Lexicon,
    known: Known,
    labels: frozenset[str],
    admin_prefix: bool = True,
) -> int:
    """Extend an ORG start over known names, bare zone words (高新区党工委) and one admin prefix.

    The admin prefix is taken right before the suffix (市科技局) or before a bare zone word
    (市高新技术开发区管委会).
    """
    p, bare = start, False
    for _ in range(MAX_PLACE_CHAIN):
        k = prefix_start(text, p, lex, known, labels, 0)
        word = k is None and "ZONE" in labels
        if word:
            k = lex.zone_suffix_set.ending_at(text, p)
        if k is None or k >= p or start - k > MAX_NAME:
            break
        p, bare = k, word
    if (
        admin_prefix
        and (p == start or bare)
        and p > 0
        and text[p - 1] in lex.org_prefixes
        and (p < 2 or text[p - 2] not in lex.org_prefix_blockers)
    ):
        p -= 1
    party = lex.org_whole_prefixes.ending_at(text, p)
    return p if party is None else party


def _after_pronoun(text: str, scan: Scan, start: int) -> Scan:
    """The part of a scanned name after a pronoun and its body word (我局三桥派出所 → 三桥派出所)."""
    body_start = start - len(scan.body)
    cut = max(text.rfind(c, body_start, start) for c in PRONOUNS)
    if cut < 0:
        return scan
    cut += 1
    if cut < start and text[cut] in ADMIN_WORDS:
        cut += 1
    return Scan(start=cut, body=text[cut:start], known=0)


def _after_company(text: str, start: int, lex: Lexicon, known: Known) -> bool:
    """True if a company name ends at `start`: its party unit is an ORG of its own (…公司 + 党支部)."""
    return (
        known.ending_at(start, COMPANIES) is not None
        or lex.company_suffix_set.ending_at(text, start) is not None
        or text[start - 1 : start] in COMPANY_ENDINGS
    )


def _bare_host(text: str, start: int) -> bool:
    """True if a company or project written with its kind word alone ends at `start` (该公司 + 纪委,
    ，项目 + 党支部), not a named one (…有限公司 + 党支部, 中南公司 + 团委)."""
    host = next((h for h in BARE_HOSTS if text.endswith(h, 0, start)), None)
    if host is None:
        return False
    p = start - len(host)
    return p == 0 or not is_name_char(text[p - 1]) or text[p - 1] in HOST_DETERMINERS


def _local_place(text: str, end: int, lex: Lexicon, known: Known) -> int | None:
    """Start of a town, street, village or community name (灵溪镇, 德馨社区) ending at `end`."""
    rules = place_rules()
    for suffix in LOCAL_SUFFIXES:
        if not text.endswith(suffix, 0, end) or _generic_place(text, end):
            continue
        name_end = end - len(suffix)
        for length in range(rules.min_name, rules.max_name + 1):
            s = name_end - length
            if s < 0 or not all(_place_char(c, rules, lex) for c in text[s:name_end]):
                break
            if any(text.startswith(w, s) for w in rules.start_words):
                continue
            if at_boundary(text, s, lex, known) or any(
                text.endswith(x, 0, s) for x in LOCAL_SUFFIXES
            ):
                return s
    return None


def _local_start(text: str, begin: int, end: int, lex: Lexicon, known: Known) -> int:
    """Start of local place names written right before an ORG that starts at `begin` (灵溪镇政府)."""
    p = begin
    for suffix in LOCAL_SUFFIXES:
        if text.startswith(suffix, begin) and begin + len(suffix) < end:
            p = begin + len(suffix)
            break
    for _ in range(3):
        q = _local_place(text, p, lex, known)
        if q is None:
            break
        p = q
    return min(p, begin)


def _zone_before(text: str, begin: int, lex: Lexicon, known: Known) -> int:
    """Start of a zone written right before `begin` (沈北新区 + 虎石台街道…), or `begin`.

    Only a zone: a county or city before a town or village is a place of its own (长子县 + 宋村镇…).
    """
    k = known.ending_at(begin, PLACES | ZONES)
    if k is None or lex.zone_suffix_set.ending_at(text, begin) is None:
        return begin
    return k


def _generic_place(text: str, end: int) -> bool:
    return any(text.endswith(w, 0, end) for w in _generic_places())


@lru_cache(maxsize=1)
def _generic_places() -> tuple[str, ...]:
    return tuple(read_json("places_rule.json")["generic_words"])


def _place_char(c: str, rules: PlaceRules, lex: Lexicon) -> bool:
    return is_cjk(c) and c not in rules.excluded and c not in lex.name_excluded


def _session_start(text: str, begin: int, known: Known) -> int:
    """Start of the body or place an ORG of a numbered session belongs to (政协 + 第十二届 + 贵州省委员会,
    武汉市 + 第十五届 + 人民代表大会常务委员会)."""
    if text[begin - 1 : begin] != "届":
        return begin
    p = begin - 1
    while p > 0 and begin - p <= MAX_SESSION and text[p - 1] in SESSION_NUMERALS:
        p -= 1
    if text[p - 1 : p] != "第" or p == begin - 1:
        return begin
    k = known.ending_at(p - 1, SESSION_HOSTS)
    return begin if k is None else k


def org_start(
    text: str, start: int, kind: str, lex: Lexicon, known: Known
) -> tuple[int, float] | None:
    """Start and score of the ORG whose suffix (of `kind`) begins at `start`."""
    if kind == "admin":
        shared = known.ending_at(start + 1, PLACES)
        if shared is not None and text[start] in ADMIN_ENDINGS:
            # 任 + 合肥市 + 市政府: the place's 市 opens the body word; places before it stay (海南省儋州市政府)
            return _extend(text, shared, lex, known, PLACES, admin_prefix=False), 0.85
        return _extend(
            text, start, lex, known, frozenset({"LOC"}), admin_prefix=False
        ), 0.85
    if kind == "sub":
        scan = scan_left(text, start, lex, known, HOSTS, MAX_BODY, joiners=SUB_JOINERS, transparent=PLACES)
        if (
            scan is None
            or not scan.labels & HOSTS
            or any(c.isdigit() for c in scan.body)
        ):
            return None
        return scan.start, 0.8
    if kind == "placed":
        begin = _extend(text, start, lex, known, NAMES, admin_prefix=False)
        return (begin, 0.7) if begin < start else None
    if kind == "hosted":
        begin = _extend(text, start, lex, known, HOSTS)
        if begin < start and known.ending_at(start, ZONES) is not None:
            begin = _extend(text, begin, lex, known, PLACES, admin_prefix=False)  # 湖南省 + 湘江新区政府
        if begin >= start - 1:  # a town or village the place rule reads later (东郭村 + 村委会), places before it
            local = _local_place(text, start, lex, known)
            if local is not None and local < begin:
                begin = _extend(text, local, lex, known, HOSTS | PLACES, admin_prefix=False)
        return (begin, 0.8) if begin < start else None
    if kind == "standalone":
        if _bare_host(text, start):
            return None  # 该公司 + 纪委, 该项目 + 党支部: the unit of a company or project the text does not name
        if _after_company(text, start, lex, known):
            return start, 0.85
        begin = _extend(text, start, lex, known, NAMES)
        scan = (
            scan_left(text, start, lex, known, NAMES, MAX_BODY)
            if begin >= start - 1
            else None
        )
        joining = word_set("org_joining_verbs.txt")
        if scan is not None and scan.start < begin and (scan.known or joining.ending_at(text, scan.start) is not None):
            begin = scan.start  # 会同 + 区建管委
        joined = _last_word_end(text, start, joining, begin, begin)  # 区发改委 + 会同 + 区建管委
        return (begin if joined is None else joined), 0.85
    if kind == "dept":
        core = _departments(text, start, lex)
        if core == start:
            if start == 0 or text[start - 1] not in ADMIN_ENDINGS:
                return None
            if prefix_start(text, start, lex, known, PLACES, 0) is None:
                return None
        return _extend(text, core, lex, known, NAMES), 0.8
    located = _named_start(text, start, lex, known, venue=kind == "venue")
    if kind == "centre" and located is not None and (
        located[1] < 0.75 or _bare_centre(located[0], start, known)
    ):
        located = None  # 粤港澳大湾区 + 中心: a place's centre, not a body
    return located if located is not None else _bare_admin_start(text, start, lex, known)


@lru_cache(maxsize=1)
def _kept_continuations() -> tuple[str, ...]:
    """data/org_kept_continuations.txt: words after a suffix that keep it whole though its last
    character and theirs make a false continuation (委员会 + 议事规则, 国民议会 + 议长)."""
    return tuple(read_words("org_kept_continuations.txt"))


def _after_legal_form(text: str, begin: int, start: int, lex: Lexicon) -> int:
    """`begin` moved after the last legal form or bank branch inside the body (中国海油天津分公司 +
    工程建设中心, 赛力斯汽车有限公司 + 工艺设计院, 工商银行上海分行 + 教育培训中心): a company's unit
    is an ORG of its own."""
    for p in range(start - MIN_UNIT_BODY, begin, -1):
        if lex.company_suffix_set.ending_at(text, p) is not None or text.endswith(lex.company_unit_suffixes, begin, p):
            return p
    return begin


def _bare_centre(begin: int, start: int, known: Known) -> bool:
    """True if only a known place stands before the centre suffix (粤港澳大湾区中心, 西宁市中心)."""
    return known.ending_at(start, PLACES) == begin


def _bare_admin_start(
    text: str, start: int, lex: Lexicon, known: Known
) -> tuple[int, float] | None:
    """Start and score of a body led by a bare 市 / 区 / 县 / 省 standing for the local one (区法院,
    区检察院, 市农科院, 市民政事务服务中心), or None: the bare word opens the text, follows a
    non-name character, a stop word or a verb, never 全 / 各 / 本 (全市法院 is every court), ends
    no known name (开发区 + 建设发展局) and opens no word (区域, 市场) but a department (市 + 民政).
    A title in the body (副局长兼) ends the search."""
    for p in range(start - 1, max(-1, start - MAX_BARE_BODY - 2), -1):
        if not is_name_char(text[p]) or text[p].isdigit() or text[p] in TITLE_JOINERS:
            return None
        if (
            text[p] not in BARE_ADMIN
            or text[p - 1 : p] in BARE_EXCLUDED
            or (text[p - 1 : p] == LIST_MARK and text[p - 2 : p - 1] in BARE_ADMIN)  # 省、市标准化中心
            or known.overlapping(p, p + 1, NAMES)
            or (
                text[p : p + 2] in common_words()
                and lex.org_departments.starting_at(text, p + 1) is None
            )
        ):
            continue
        if lex.title_anchors.find(text[p:start]):
            return None
        if (
            p == 0
            or not is_name_char(text[p - 1])
            or lex.left_stops.ending_at(text, p) is not None
            or text[max(0, p - 2) : p] in lex.common_verbs
        ):
            return p, 0.6
    return None


def _named_start(
    text: str, start: int, lex: Lexicon, known: Known, venue: bool
) -> tuple[int, float] | None:
    """Start and score of a named ORG (大学, 委员会, 纪念馆): a name body, maybe led by known names.

    和 / 与 may join two parts of the body when a known name leads it (广西壮族自治区发展和改革委员会).
    A zone before a venue (school, theatre, museum) places it and is not part of its name.
    """
    scan = scan_left(text, start, lex, known, NAMES, MAX_BODY, max_jumps=MAX_PLACE_CHAIN)
    if scan is None:
        scan = _long_body(text, start, lex, known)
    joined = scan_left(text, start, lex, known, NAMES, MAX_BODY, joiners=JOINERS)
    if (
        joined is not None
        and joined.known
        and (scan is None or joined.start < scan.start)
        and _inner_joins(text, start - len(joined.body), start, lex, known)
    ):
        scan = joined
    if scan is None:
        return None
    scan = _after_date(text, _after_stop(text, _after_pronoun(text, scan, start), start, lex), start)
    if venue:
        scan = _after_zone(text, scan, start, lex, known)
    if scan.known == 0:
        scan = _after_verbs(_after_inner_stop(text, scan, start, lex), lex)
        scan = _stop_led(text, scan, lex)
    else:
        scan = _after_joining_verb(text, _after_clause_verb(text, scan, start), start)
    own = scan.body
    if scan.known == 0 and (
        len(own) < 2
        or is_generic(own, lex.org_generic, lex)
        or any(c.isdigit() for c in own)
    ):
        return None
    if lex.company_suffix_set.ending_at(own, len(own)) is not None:
        return None
    whole = lex.org_whole_prefixes.ending_at(text, scan.start)
    return (scan.start if whole is None else whole), 0.75 if scan.known else 0.6


def _stop_led(text: str, scan: Scan, lex: Lexicon) -> Scan:
    """A one-character body led by a one-character stop word that opens the name (同 + 济 + 大学):
    the stop word is the name's first character when nothing name-like stands before it."""
    p = scan.start - 1
    if len(scan.body) != 1 or p < 0 or text[p] not in lex.left_stops or text[p] in lex.org_prefix_blockers:
        return scan  # 各大图书馆: a quantifier, not a name
    if p and is_name_char(text[p - 1]) and lex.left_stops.ending_at(text, p) is None:
        return scan
    return Scan(start=p, body=text[p] + scan.body, known=0)


def _last_word_end(text: str, start: int, words: WordSet, first: int, lo: int) -> int | None:
    """End of the last word of `words` ending in (`first`, `start`] and beginning at `lo` or later."""
    for p in range(start, first, -1):
        if words.ending_at(text, p, lo) is not None:
            return p
    return None


def _after_last(text: str, scan: Scan, start: int, words: WordSet, first: int, lo: int) -> Scan:
    """The body after the last word of `words` ending in (`first`, `start`] and beginning at `lo` or
    later, or `scan` when there is none."""
    p = _last_word_end(text, start, words, first, lo)
    return scan if p is None else Scan(start=p, body=text[p:start], known=0)


def _after_inner_stop(text: str, scan: Scan, start: int, lex: Lexicon) -> Scan:
    """The body after the last verb of `data/org_body_stops.txt` inside it or across its start
    (案件均来自法院 → 法院, 此 + 次市中医医院 → 市中医医院)."""
    body_start = start - len(scan.body)
    return _after_last(text, scan, start, lex.org_body_stops, body_start, max(0, body_start - 1))


def _after_clause_verb(text: str, scan: Scan, start: int) -> Scan:
    """A body led by known names, after the last verb of `data/org_clause_verbs.txt` in it
    (湘江新区北斗产业园 + 拥有 + 北斗安全研究院 → 北斗安全研究院)."""
    body_start = start - len(scan.body)
    return _after_last(text, scan, start, word_set("org_clause_verbs.txt"), body_start, body_start)


def _after_joining_verb(text: str, scan: Scan, start: int) -> Scan:
    """A name led by known names, after the last verb of `data/org_joining_verbs.txt` between them
    (临港新片区公安处 + 会同 + 临港新城派出所 → 临港新城派出所)."""
    return _after_last(text, scan, start, word_set("org_joining_verbs.txt"), scan.start, scan.start)


def _after_verbs(scan: Scan, lex: Lexicon) -> Scan:
    """The body without the verbs that open it (需要获取前瞻产业研究院 → 前瞻产业研究院, 看上医院 → 医院,
    结合派出所 → nothing)."""
    body = scan.body
    while len(body) >= 2 and body[:2] in lex.common_verbs:
        body = body[2:]  # 结合派出所: no body is left
    cut = len(scan.body) - len(body)
    return scan if not cut else Scan(start=scan.start + cut, body=body, known=0)


def _long_body(text: str, start: int, lex: Lexicon, known: Known) -> Scan | None:
    """A body longer than MAX_BODY, kept only between a hard boundary and the suffix.

    新一代信息技术产业链党建联盟 after 为 / 举行 / punctuation: the name is all of it.
    """
    scan = scan_left(text, start, lex, known, NAMES, MAX_LONG_BODY, max_jumps=0)
    if scan is None or scan.start == 0:
        return scan
    before = text[scan.start - 1]
    place = known.ending_at(scan.start, PLACES) if text.startswith(SESSION, scan.start) else None
    if place is not None:  # 武汉市 + 第十五届人民代表大会常务委员会
        return Scan(start=place, body=scan.body, known=1, labels=frozenset({"LOC"}))
    hard = not is_name_char(before) or lex.left_stops.ending_at(text, scan.start) is not None
    return scan if hard else None


def _inner_joins(text: str, lo: int, hi: int, lex: Lexicon, known: Known) -> bool:
    """True if no 和 / 与 in text[lo:hi] follows a complete name or a title (上海师范大学和市农科院)."""
    ends = _word_ends()
    return not any(
        text[j] in JOINERS
        and (j in known.spans or ends.ending_at(text, j) is not None)
        for j in range(lo, hi)
    )


@lru_cache(maxsize=1)
def _word_ends() -> WordSet:
    """ORG suffixes and titles: words that end a complete name or a position."""
    return WordSet(list(read_words("org_suffixes.tsv")) + read_words("titles.txt"))


def _after_stop(text: str, scan: Scan, start: int, lex: Lexicon) -> Scan:
    """The body after a verb that only a place before it let into the name (盐城市参观新四军纪念馆)."""
    body_start = start - len(scan.body)
    if not scan.known:
        return scan
    q = lex.left_stops.starting_at(text, body_start)
    if (
        q is None
        or q - body_start < 2
        or q >= start
        or lex.org_departments.starting_at(text, body_start) is not None
    ):
        return scan
    return Scan(start=q, body=text[q:start], known=0)


def _number_before(text: str, start: int) -> bool:
    """True if a count ends right before `start`: a numeral and 余 / 多 (十余 + 处) or digits (3 + 处);
    not a bare Han numeral (装备工业一司 is a department)."""
    if text[start - 1 : start] in APPROXIMATE:
        return start > 1 and text[start - 2] in COUNT_NUMERALS
    return text[start - 1 : start].isdigit()


def _straddles(text: str, start: int, end: int) -> bool:
    """True if the suffix text[start:end] runs across two frequent words (高中 + 学校: no 中学)."""
    words = common_words()
    return start > 0 and end < len(text) and text[start - 1 : start + 1] in words and text[end - 1 : end + 1] in words


def _after_date(text: str, scan: Scan, start: int) -> Scan:
    """The body after the last year in a body led by known names (财政部下达2023年改善普通中学: the
    scan ran over a clause); a body with no known name and a digit is rejected later."""
    body_start = start - len(scan.body)
    dates = list(DATE.finditer(text, body_start, start)) if scan.known else []
    if not dates:
        return scan
    return Scan(start=dates[-1].end(), body=text[dates[-1].end() : start], known=0)


def _after_zone(text: str, scan: Scan, start: int, lex: Lexicon, known: Known) -> Scan:
    """The name without a leading zone when the venue names its own place (湘江新区 + 长沙高新技术工程学校).

    Otherwise the zone qualifies the venue and stays in its name (武汉经开区洪山小学).
    """
    zone_end = max(
        (
            e
            for e in range(scan.start + 1, start + 1)
            if known.spans.get(e) == (scan.start, "ZONE")
        ),
        default=None,
    )
    if zone_end is None or lex.places.starting_at(text, zone_end) is None:
        return scan
    return Scan(
        start=zone_end, body=scan.body, known=scan.known - 1, labels=scan.labels
    )


def _channel_end(text: str, end: int) -> int:
    """End of a channel written after a publisher (人民网－江苏频道), or `end`."""
    if text[end : end + 1] not in CHANNEL_DASHES:
        return end
    limit = min(len(text), end + 2 + MAX_CHANNEL)
    p = text.find("频道", end + 1, limit + 2)
    if p > end + 1 and all(is_name_char(c) for c in text[end + 1 : p]):
        return p + 2
    return end


def find_media(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Publishers named in the media list (人民网, 新华社): ORG (with a group word after them the
    company rule reads the publisher's group: 海南日报报业集团).

    Names written back to back are one publisher (贵州日报天眼新闻); a channel after a dash is
    part of it (人民网－江苏频道), and so are 社 after a paper (潍坊日报社) and 中国 before a
    national body (中国海关总署).
    """
    spans: list[list[int]] = []
    kinds: list[str] = []
    for start, end, _word, kind in lex.media.find(text):
        if lex.org_false_continuations.starting_at(text, end - 1) is not None:
            continue  # 生态环境部 + 门: 生态环境部门, the departments, not the ministry
        while spans and spans[-1][0] >= start:
            spans.pop()
            kinds.pop()
        if (spans and spans[-1][1] > start) or known.covering(start, end, ZONES):
            continue  # overlaps the last one, or inside a zone name (中国—上海合作组织地方经贸合作示范区)
        if spans and spans[-1][1] == start and not (kinds[-1] == "media" and kind == "national"):
            spans[-1][1] = end  # 贵州日报天眼新闻, 国务院国资委; not 新华社 + 联合国 (a dateline's place)
        else:
            spans.append([start, end])
            kinds.append(kind)
    found = []
    for start, end in spans:
        end = _channel_end(text, end)
        if text.startswith(PRESS_HOUSE, end) and text[start:end].endswith(PAPERS):
            end += len(PRESS_HOUSE)  # 潍坊日报 + 社
        elif _site_after(text, start, end):
            end += len(SITE)  # 参考消息 + 网
        if text.endswith(COUNTRY, 0, start) and known.ending_at(start - len(COUNTRY), NAMES) is None:
            start -= len(COUNTRY)  # 中国 + 海关总署
        found.append(Candidate(start, end, "ORG", "rules", 0.8))
        known.add(start, end, "ORG")
    return found


def _site_after(text: str, start: int, end: int) -> bool:
    """True if a publisher's website follows its name (参考消息 + 网 + 8月8日报道): 网 right after a
    name not ending in 网, then no Chinese word goes on (网友, 网络) unless it reports (网报道)."""
    if text[start:end].endswith(SITE) or not text.startswith(SITE, end):
        return False
    after = end + len(SITE)
    return after >= len(text) or not is_cjk(text[after]) or text.startswith(SITE_FOLLOWERS, after)


@lru_cache(maxsize=1)
def _byline_pattern() -> tuple[re.Pattern[str], frozenset[str], str, str]:
    """The byline/dateline pattern of data/media_bylines.json, its excluded words, pronouns and joiners."""
    raw = read_json("media_bylines.json")
    credits = alternation(raw["credits"])
    name = f"[A-Za-z\u4e00-\u9fff]{{2,{raw['max_name']}}}?"
    pattern = re.compile(
        f"(?:^|(?<=[{re.escape(raw['openers'])}]))\\s*({name})(?:{credits}|{raw['dateline']})"
    )
    return pattern, frozenset(raw["excluded"]), raw["pronoun_starts"], raw["joiner_ends"]


def find_bylined_media(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Publishers named by their place in a byline or dateline (（YMG全媒体记者 高少华）,
    中新经纬7月26日电, without the dateline's place: 某某网北京1月30日电): ORG, unless the name is
    known, a frequent word, holds an excluded word (这是记者从…, 本报记者, 全媒体首席记者) or a verb
    (村民郭叔告诉记者) or ends in a joiner (律师冬笑君和记者说)."""
    pattern, excluded, pronouns, joiners = _byline_pattern()
    found = []
    for m in pattern.finditer(text):
        start, end = m.span(1)
        place = lex.places.ending_at(text, end, start + 2)
        end = place if place is not None else end
        name = text[start:end]
        if (
            any(w in name for w in excluded)
            or name[0] in pronouns
            or name[-1] in joiners
            or name in common_words()
            or known.overlapping(start, end, ALL_LABELS)
            or any(name[i : i + 2] in lex.common_verbs for i in range(len(name) - 1))
        ):
            continue  # 村民郭叔告诉记者: a clause, no publisher
        found.append(Candidate(start, end, "ORG", "rules", 0.7))
        known.add(start, end, "ORG")
    return found


def _stationed_start(text: str, start: int, known: Known) -> int:
    """Start of "<place>驻" before an ORG stationed elsewhere (韩国驻成都总领事馆, 中国驻美国大使馆)."""
    if start > 1 and text[start - 1] == "驻":
        place = known.ending_at(start - 1, NAMES)
        if place is not None:
            return place
    return start


def _qualified(text: str, start: int, lex: Lexicon, known: Known) -> bool:
    """True if a place, a company or a known name is written right before the body at `start`
    (后乡村 + 党支部, …有限公司 + 党支部)."""
    return (
        text[start - 1 : start] in ADMIN_ENDINGS
        or lex.company_suffix_set.ending_at(text, start) is not None
        or known.ending_at(start, NAMES) is not None
        or prefix_start(text, start, lex, known, PLACES, 0) is not None
    )


def _unnamed(text: str, begin: int, end: int, lex: Lexicon) -> bool:
    """True if the span hides or counts its body (某医院, 部分幼儿园, 一所民办幼儿园, 百余家口腔医院)."""
    return any(w in text[begin:end] for w in lex.org_unnamed) or _counted(text, begin, end)


def _counted(text: str, begin: int, end: int) -> bool:
    """True if the span opens with a number and a counter (十余支球队, 3所学校, 两家医院)."""
    p = begin
    while p < end and text[p] in COUNT_NUMERALS:
        p += 1
    return begin < p < end and text[p] in ORG_COUNTERS


@lru_cache(maxsize=1)
def _publication_cues() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], WordSet]:
    """data/quoted_publishers.json: title endings of papers, endings of documents, periodical words,
    publishing houses."""
    raw = read_json("quoted_publishers.json")
    return tuple(raw["endings"]), tuple(raw["not_endings"]), tuple(raw["after"]), WordSet(raw["houses"])


def find_quoted_publishers(text: str, known: Known) -> list[Candidate]:
    """Publications in 《》 that publish (《世界报》, 《自然·医学》月刊): the title is an ORG when it ends
    like a paper or a periodical word follows it, not when it ends like a report (《政府工作报告》).
    With its publishing house after it the bracketed title is one ORG with the house, over any place
    inside it (《中国企业家》杂志社)."""
    endings, not_endings, after, houses = _publication_cues()
    found = []
    for m in QUOTED_TITLE.finditer(text):
        house = houses.starting_at(text, m.end())
        if house is not None and not known.covering(m.start(), house):
            found.append(Candidate(m.start(), house, "ORG", "rules", 0.8))
            known.add(m.start(), house, "ORG")
            continue
        title = m.group(1)
        paper = title.endswith(endings) and not title.endswith(not_endings)
        if (paper or text.startswith(after, m.end())) and not known.overlapping(m.start(1), m.end(1), ALL_LABELS):
            found.append(Candidate(m.start(1), m.end(1), "ORG", "rules", 0.8))
            known.add(m.start(1), m.end(1), "ORG")
    return found


@lru_cache(maxsize=1)
def _bare_bodies() -> tuple[frozenset[str], frozenset[str]]:
    """data/org_bare_bodies.json: bodies named alone only before a post, and the roles that are none."""
    raw = read_json("org_bare_bodies.json")
    return frozenset(raw["bodies"]), frozenset(raw["roles"])


def _bare_kind(text: str, start: int, end: int, title_ends: dict[int, int], suffix_starts: set[int]) -> bool:
    """True if a body word stands alone (企业工会, 上级工会, 人大代表) with no post, session or
    body of its own after it (工会主席, 政协第十二届…, 政协党组 keep it)."""
    bodies, roles = _bare_bodies()
    if text[start:end] not in bodies:
        return False
    title_end = title_ends.get(end)
    if title_end is not None:
        return text[end:title_end] in roles
    return end not in suffix_starts and not text.startswith(SESSION, end)


def _after_appointment(text: str, begin: int, suffix: int, lex: Lexicon, known: Known) -> int:
    """Where the body starts after the last appointment verb before its suffix (已任 + 东部战区,
    刘青松任 + 东部战区), or `begin`; a verb character opening a place or closing a word is none (任丘市,
    任城区, 责任)."""
    for p in range(suffix - 1, begin - 1, -1):
        verb = lex.appointment_verbs.starting_at(text, p)
        if (
            verb is not None
            and verb < suffix
            and lex.places.starting_at(text, p) is None
            and not known.covering(p, verb)
            and text[p - 1 : p + 1] not in common_words()  # 责任, 信任: no verb here
        ):
            return verb
    return begin


def find_orgs(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """ORG candidates, left to right; each one becomes a known name for the next (省委组织部)."""
    found = find_media(text, lex, known)
    found += find_quoted_publishers(text, known)
    found += find_bylined_media(text, lex, known)
    found += find_accounts(text, lex, known)
    generic = phrase_spans(text, lex.org_generic_phrases)  # 党委（党组）: a kind of body
    title_ends = {
        start: end
        for start, end, _w, kind in lex.title_anchors.find(text)
        if kind == "title"
    }
    suffix_hits = lex.suffix_anchors["org"].find_all(text)
    suffix_starts = {h[0] for hits in suffix_hits for h in hits}
    for hits in suffix_hits:
        best: tuple[int, float] | None = None
        end = hits[0][1]
        if (
            (lex.org_false_continuations.starting_at(text, end - 1) is not None and not text.startswith(_kept_continuations(), end))
            or lex.org_false_endings.ending_at(text, end) is not None
            or known.ending_at(end, LISTED) is not None  # 最高人民法院 is whole: no 经最高人民法院
        ):
            continue
        for start, _end, word, _kind in hits:
            if len(word) == 1 and _number_before(text, start):
                continue  # 沿线十余处, 3处: a count of places, no body
            if end not in title_ends and _straddles(text, start, end):
                continue  # 高中学校: no 中学 (培正中学 + 校长 keeps it)
            if any(title_ends.get(p, 0) > end for p in range(start - TITLE_LEAD, end)) and (
                not _qualified(text, start, lex, known) or known.ending_at(start, LISTED) is not None
            ):
                # 村原党支部书记: 党支部书记 is one TITLE (发改处 + 副处长: no 发改处副处; 发展司 +
                # 司长: no 发展司司); 后乡村党支部 + 书记 keeps the ORG
                continue
            located = org_start(text, start, lex.org_suffixes[word], lex, known)
            if located is not None and (best is None or located[0] < best[0]):
                best = located
        if best is None:
            continue
        begin = min(
            _local_start(text, best[0], end, lex, known),
            _local_start(text, hits[0][0], end, lex, known),
        )
        if begin < best[0]:
            best = _zone_before(text, begin, lex, known), best[1]
        best = _session_start(text, best[0], known), best[1]
        best = _after_legal_form(text, best[0], hits[0][0], lex), best[1]
        best = _stationed_start(text, best[0], known), best[1]
        best = _after_appointment(text, best[0], hits[0][0], lex, known), best[1]
        if text.endswith(DISTRIBUTIVES, 0, best[0]):
            continue  # 各级党委, 各类家长学校: every body of a kind, not one
        if lex.company_suffix_set.starting_at(text, end) is not None:
            continue  # 中车青岛四方车辆研究所 + 有限公司: the body of a company's name
        if any(s < end and best[0] < e for s, e in generic):
            continue  # 党委（党组）书记: a kind of body
        if _unnamed(text, best[0], end, lex):
            continue  # 辖区某医院, 合肥市部分幼儿园: some bodies of a kind, not a name
        if _bare_kind(text, best[0], end, title_ends, suffix_starts):
            continue  # 企业工会, 人大代表: a body of a kind; 工会主席 keeps it
        found.append(Candidate(best[0], end, "ORG", "rules", best[1]))
        known.add(best[0], end, "ORG")
    return found
