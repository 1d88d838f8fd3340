"""A country's own bodies: the country's name written right before a national body makes one ORG
(法国政府, 美国国务院, 新加坡总理公署: `data/national_bodies.txt`; 西班牙 + 国家气象局: an ORG the
rules found that opens with 国家 or 联邦; 法国 + 生态转型部: a short name + an ORG suffix)."""

from __future__ import annotations

from functools import lru_cache

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon, WordSet, read_words, word_set
from zone_ner.recognition.rules.people import people_data
from zone_ner.recognition.rules.scan import ALL_LABELS, Known, is_cjk

NATIONAL_OPENINGS = ("国家", "联邦")
SCORE = 0.85
MIN_NAMED = 2
MAX_NAMED = 8
MIN_NAMED_BODY = 4  # run + suffix: 法国 + 东南部, 巴西 + 有一部 are too short to name a body
NUMBERING = frozenset("第一二三四五六七八九十")  # 中国建筑第八工程局 + 有限公司: a company's unit
NAMED_KINDS = frozenset({"dept", "named", "standalone", "centre"})
TITLE_REACH = 4  # characters after a body that a title running across its end may take (财政部 + 长)


def kb_countries(kb: KnowledgeTable) -> WordSet:
    """Country names and their full forms from the knowledge table (法国, 法兰西共和国)."""
    return WordSet({a for e in kb.entries("LOC") if e.kind == "country" for a in (e.name, *e.aliases)})


@lru_cache(maxsize=1)
def _blockers() -> frozenset[str]:
    return frozenset(read_words("national_body_blockers.txt"))


def _title_across(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True if a title starts inside text[start:end] and runs past `end` (美国 + 财政部长)."""
    window = text[start : end + TITLE_REACH]
    return any(s < end - start < e for s, e, _w, _k in lex.title_anchors.find(window))


def _closed(text: str, end: int, lex: Lexicon, title_starts: set[int]) -> bool:
    """True if the name plainly ends at `end`: punctuation, a space, a digit, a title or a word of
    national_body_followers.txt follows, and the suffix makes no word with the next character (部署)."""
    if end >= len(text):
        return True
    if lex.org_false_continuations.starting_at(text, end - 1) is not None:
        return False
    return not is_cjk(text[end]) or end in title_starts or word_set("national_body_followers.txt").starting_at(text, end) is not None


def _named_body_end(
    text: str,
    country: int,
    end: int,
    lex: Lexicon,
    known: Known,
    suffixes: dict[int, tuple[int, str]],
    title_starts: set[int],
) -> int | None:
    """End of a body named after a country's name: a short run of name characters + an ORG suffix
    (法国 + 生态转型部, 新加坡 + 贪污调查局), four characters at least; no known name, numeral, verb,
    stop word, time word, listed brand or legal form in the run, no legal form after it
    (中国建筑第八工程局有限公司), no word ending across the suffix (最早举 + 办) and no title running
    across its end (美国 + 商务部长)."""
    for start in range(end + MIN_NAMED, min(len(text), end + MAX_NAMED) + 1):
        hit = suffixes.get(start)
        if hit is None or hit[1] not in NAMED_KINDS:
            continue
        run = text[end:start]
        if (
            hit[0] - end >= MIN_NAMED_BODY
            and lex.company_suffix_set.starting_at(text, hit[0]) is None
            and lex.org_false_endings.ending_at(text, hit[0]) is None  # 中国最早举 + 办
            and all(lex.company_suffix_set.starting_at(run, i) is None for i in range(len(run)))  # 人保集团 + 党委
            and not any(b[0] == 0 for b in lex.brands.find(text[country : hit[0]]))  # 中国人寿 + 精算部
            and all(people_data().time_words.starting_at(run, i) is None for i in range(len(run)))  # 使馆近日举办
            and all(is_cjk(c) and c not in lex.name_excluded and c not in NUMBERING for c in run)
            and run[:2] not in lex.common_verbs
            and all(lex.left_stops.starting_at(run, i) is None for i in range(len(run)))
            and not known.overlapping(end, start, ALL_LABELS)
            and not _title_across(text, end, hit[0], lex)
            and _closed(text, hit[0], lex, title_starts)
        ):
            return hit[0]
        return None
    return None


def find_national_bodies(
    text: str, lex: Lexicon, known: Known, countries: WordSet, orgs: list[Candidate]
) -> list[Candidate]:
    """ORGs of a country's name + a national body word, and the rules' national ORGs (国家气象局)
    written right after a country, extended over it; `orgs` are the ORG candidates found so far.
    A body word that a title runs across (财政部长) names no body."""
    countries_at = [
        (start, end)
        for end, (start, label) in known.spans.items()
        if label == "LOC" and countries.ending_at(text, end, start) == start
    ]
    if not countries_at:
        return []
    by_start = {c.start: c for c in orgs if text.startswith(NATIONAL_OPENINGS, c.start)}
    suffixes = {start: (e, lex.org_suffixes[word]) for start, e, word, _k in lex.suffix_anchors["org"].find(text)}
    title_starts = {start for start, _e, _w, kind in lex.title_anchors.find(text) if kind == "title"}
    found: list[Candidate] = []
    for start, end in countries_at:
        org = by_start.get(end)
        body = word_set("national_bodies.txt").starting_at(text, end)
        if org is not None:
            body = org.end
        elif body is None or text[body : body + 1] in _blockers() or _title_across(text, end, body, lex):
            body = _named_body_end(text, start, end, lex, known, suffixes, title_starts)
            if body is None:
                continue
        found.append(Candidate(start, body, "ORG", "rules", SCORE))
        known.add(start, body, "ORG")
    return found
