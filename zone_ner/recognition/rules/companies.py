"""COMPANY names: legal-form suffixes with a name body, enumerations (A、B和C等企业) and brands."""

from __future__ import annotations

import re

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import Known, is_generic, is_name_char, scan_left

NAMES = frozenset({"LOC"})
ZONES = frozenset({"ZONE"})
BRANDS = frozenset({"COMPANY"})
MAX_BODY = 14
MAX_ITEM = 10
MAX_GAP = 16
MAX_BRAND = 6
BRACKETED = re.compile(r"[（(][^（()）]{0,8}[）)]")
SEPARATORS = ("、", "和", "及", "与", "以及")
ENUM_BREAK = frozenset("，,。；;！？!?\n：:")
ALIAS = re.compile(
    r"[（(]\s{0,2}(?:以下)?(?:简称|下称)\s{0,2}[“\"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,8})[”\"」』]?\s{0,2}[）)]"
)


def _bracket_start(text: str, start: int, lex: Lexicon, known: Known) -> int:
    """Start of a name that continues before a bracketed place: 柘科（中国）工程设备 → 柘科."""
    if start < 3 or text[start - 1] not in "）)":
        return start
    inner = lex.places.ending_at(text, start - 1, max(0, start - 6))
    if inner is None or inner < 1 or text[inner - 1] not in "（(":
        return start
    scan = scan_left(text, inner - 1, lex, known, NAMES, MAX_BODY)
    return scan.start if scan is not None and len(scan.body) >= 2 else start


def _company_start(
    text: str, start: int, suffix: str, lex: Lexicon, known: Known
) -> int | None:
    """Start of the company name whose legal-form `suffix` begins at `start`, or None."""
    scan = scan_left(text, start, lex, known, NAMES, MAX_BODY)
    if scan is None:
        return None
    body = scan.body
    begin = scan.start
    brand = known.ending_at(begin, BRANDS) if not body else None
    if brand is not None and start - brand <= MAX_BODY:
        return brand
    bracket = _bracket_start(text, begin, lex, known)
    if bracket < begin:
        return bracket
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
        return begin
    if generic or (scan.known == 0 and len(body) < 2):
        return None
    return begin


def find_companies(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """COMPANY candidates ending in a legal-form suffix (深圳铱创科技有限公司, 雄安集团) or listed brands."""
    found: list[Candidate] = []
    for start, end, _word, _kind in lex.brands.find(text):
        if not known.covering(start, end) and _brand_ends(text, end, lex):
            found.append(Candidate(start, end, "COMPANY", "rules", 0.8))
            known.add(start, end, "COMPANY")
    for hits in lex.suffix_anchors["company"].find_all(text):
        start, end, word, _kind = hits[0]
        begin = _company_start(text, start, word, lex, known)
        if begin is None:
            continue
        found.append(
            Candidate(
                begin, end, "COMPANY", "rules", 0.85 if len(hits[0][2]) > 2 else 0.7
            )
        )
        known.add(begin, end, "COMPANY")
    return found


def _item_start(text: str, end: int, lex: Lexicon, known: Known) -> int | None:
    """Start of one enumerated company name ending at `end`."""
    k = known.ending_at(end, frozenset({"COMPANY"}))
    if k is not None:
        return k
    scan = scan_left(text, end, lex, known, NAMES, MAX_ITEM)
    if scan is None or end - scan.start < 2:
        return None
    if scan.known == 0 and is_generic(scan.body, lex.company_generic, lex):
        return None
    return scan.start


def _head_after(text: str, pos: int, lex: Lexicon) -> bool:
    """True if an enumeration head (…等10家企业) follows 等 at `pos` within a short gap."""
    limit = min(len(text), pos + MAX_GAP)
    for p in range(pos, limit):
        if text[p] in ENUM_BREAK:
            return False
        if lex.company_enum_heads.starting_at(text, p) is not None:
            return True
    return False


def find_enumerations(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Company names listed before 等 + a company head word: 天宇未来生态、深圳华音国际等10家企业."""
    found: list[Candidate] = []
    pos = text.find("等")
    while pos != -1:
        if pos > 0 and is_name_char(text[pos - 1]) and _head_after(text, pos + 1, lex):
            end = pos
            items: list[tuple[int, int]] = []
            for _ in range(12):
                other = known.spans.get(end)
                start = (
                    other[0]
                    if other is not None
                    else _item_start(text, end, lex, known)
                )
                if start is None:
                    break
                items.append((start, end))
                sep = next((s for s in SEPARATORS if text.endswith(s, 0, start)), None)
                if sep is None:
                    break
                end = start - len(sep)
            named = [
                (s, e)
                for s, e in items
                if not text.endswith(("企业", "行业"), s, e)
                and not text.endswith(lex.project_item_endings, s, e)
            ]
            if len(items) >= 2:
                for s, e in named:
                    if known.label_at(s, e) is None:
                        found.append(Candidate(s, e, "COMPANY", "rules", 0.65))
                        known.add(s, e, "COMPANY")
        pos = text.find("等", pos + 1)
    return found


def _brand_ends(text: str, end: int, lex: Lexicon) -> bool:
    """True if a brand ending at `end` is not the start of a longer name (网易国际文创科技园)."""
    return (
        end >= len(text)
        or not is_name_char(text[end])
        or lex.post_name.starting_at(text, end) is not None
        or lex.company_suffix_set.starting_at(text, end) is not None
        or lex.places.starting_at(text, end) is not None
    )


def _brand(name: str, lex: Lexicon) -> str | None:
    """Short brand of a full company name: 深圳铱创科技有限公司 → 铱创."""
    body = name
    for suffix in sorted(lex.company_suffixes, key=len, reverse=True):
        if body.endswith(suffix):
            body = body[: -len(suffix)]
            break
    body = BRACKETED.sub("", body)
    for _ in range(3):
        p = lex.places.starting_at(body, 0)
        if p is None or len(body) - p < 2:
            break
        body = body[p:]
    for _ in range(4):
        q = lex.brand_strip.ending_at(body, len(body))
        if q is None or q < 2:
            break
        body = body[:q]
    if (
        2 <= len(body) <= MAX_BRAND
        and body != name
        and body not in lex.places
        and not is_generic(body, lex.company_generic, lex)
    ):
        return body
    return None


def find_brands(
    text: str, lex: Lexicon, known: Known, companies: list[Candidate]
) -> list[Candidate]:
    """Other mentions of short names: declared (（以下简称“比亚迪”）) or derived from a full name."""
    brands: dict[str, float] = {}
    for m in ALIAS.finditer(text):
        if known.ending_at(m.start(), frozenset({"COMPANY"})) is not None:
            brands[m.group(1)] = 0.85
    places: dict[str, set[str]] = {}
    for c in companies:
        name = text[c.start : c.end]
        brand = _brand(name, lex)
        if brand is not None:
            brands.setdefault(brand, 0.6)
            if name.find(brand) > 0:
                places.setdefault(brand, set()).add(name[: name.find(brand)])
    found: list[Candidate] = []
    for brand, score in brands.items():
        pos = text.find(brand)
        while pos != -1:
            end = pos + len(brand)
            free = known.label_at(pos, end) in (None, "COMPANY") and _brand_ends(
                text, end, lex
            )
            if free and not known.covering(pos, end):
                place = next(
                    (p for p in places.get(brand, ()) if text.endswith(p, 0, pos)), ""
                )
                start = pos - len(place)
                start = pos if known.covering(start, end) else start
                found.append(Candidate(start, end, "COMPANY", "rules", score))
                known.add(start, end, "COMPANY")
            pos = text.find(brand, end)
    return found
