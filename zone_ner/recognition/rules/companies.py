"""COMPANY names: legal-form suffixes with a name body, enumerations (A、B和C等企业) and brands."""

from __future__ import annotations

import re

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import Known, is_generic, is_name_char, scan_left

NAMES = frozenset({"LOC", "ZONE", "COMPANY"})
MAX_BODY = 14
MAX_ITEM = 10
MAX_GAP = 16
SEPARATORS = ("、", "和", "及", "与", "以及")
ENUM_BREAK = frozenset("，,。；;！？!?\n：:")
ALIAS = re.compile(r"[（(]\s{0,2}(?:以下)?(?:简称|下称)\s{0,2}[“\"「『]?([\u4e00-\u9fffA-Za-z0-9]{2,8})[”\"」』]?\s{0,2}[）)]")


def find_companies(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """COMPANY candidates ending in a legal-form suffix (深圳铱创科技有限公司, 雄安集团)."""
    found: list[Candidate] = []
    for hits in lex.suffix_anchors["company"].find_all(text):
        start, end = hits[-1][0], hits[0][1]
        scan = scan_left(text, start, lex, known, NAMES, MAX_BODY)
        if scan is None:
            continue
        if scan.known == 0 and (len(scan.body) < 2 or is_generic(scan.body, lex.company_generic, lex)):
            continue
        if scan.known and not scan.body and hits[-1][2] in ("公司", "企业"):
            continue
        found.append(Candidate(scan.start, end, "COMPANY", "rules", 0.85 if len(hits[0][2]) > 2 else 0.7))
        known.add(scan.start, end, "COMPANY")
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
                start = _item_start(text, end, lex, known)
                if start is None:
                    break
                items.append((start, end))
                sep = next((s for s in SEPARATORS if text.endswith(s, 0, start)), None)
                if sep is None:
                    break
                end = start - len(sep)
            if len(items) >= 2:
                for s, e in items:
                    if known.ending_at(e, frozenset({"COMPANY"})) != s:
                        found.append(Candidate(s, e, "COMPANY", "rules", 0.65))
                        known.add(s, e, "COMPANY")
        pos = text.find("等", pos + 1)
    return found


def _brand(name: str, lex: Lexicon) -> str | None:
    """Short brand of a full company name: 深圳铱创科技有限公司 → 铱创."""
    body = name
    for suffix in sorted(lex.company_suffixes, key=len, reverse=True):
        if body.endswith(suffix):
            body = body[: -len(suffix)]
            break
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
    if 2 <= len(body) <= 4 and body != name and not is_generic(body, lex.company_generic, lex):
        return body
    return None


def find_brands(text: str, lex: Lexicon, known: Known, companies: list[Candidate]) -> list[Candidate]:
    """Other mentions of short names: declared (（以下简称“比亚迪”）) or derived from a full name."""
    brands: dict[str, float] = {}
    for m in ALIAS.finditer(text):
        if known.ending_at(m.start(), frozenset({"COMPANY"})) is not None:
            brands[m.group(1)] = 0.85
    for c in companies:
        brand = _brand(text[c.start : c.end], lex)
        if brand is not None:
            brands.setdefault(brand, 0.6)
    found: list[Candidate] = []
    for brand, score in brands.items():
        pos = text.find(brand)
        while pos != -1:
            end = pos + len(brand)
            if not known.covering(pos, end):
                found.append(Candidate(pos, end, "COMPANY", "rules", score))
                known.add(pos, end, "COMPANY")
            pos = text.find(brand, end)
    return found
