"""A country's own bodies: the country's name written right before a national body makes one ORG
(法国政府, 美国国务院, 新加坡总理公署: `data/national_bodies.txt`; 西班牙 + 国家气象局: an ORG the
rules found that opens with 国家 or 联邦)."""

from __future__ import annotations

from functools import lru_cache

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon, WordSet, read_words
from zone_ner.recognition.rules.scan import Known

NATIONAL_OPENINGS = ("国家", "联邦")
SCORE = 0.85
TITLE_REACH = 4  # characters after a body that a title running across its end may take (财政部 + 长)


def kb_countries(kb: KnowledgeTable) -> WordSet:
    """Country names and their full forms from the knowledge table (法国, 法兰西共和国)."""
    return WordSet({a for e in kb.entries("LOC") if e.kind == "country" for a in (e.name, *e.aliases)})


@lru_cache(maxsize=1)
def _bodies() -> WordSet:
    return WordSet(read_words("national_bodies.txt"))


@lru_cache(maxsize=1)
def _blockers() -> frozenset[str]:
    return frozenset(read_words("national_body_blockers.txt"))


def _title_across(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True if a title starts inside text[start:end] and runs past `end` (美国 + 财政部长)."""
    window = text[start : end + TITLE_REACH]
    return any(s < end - start < e for s, e, _w, _k in lex.title_anchors.find(window))


def find_national_bodies(
    text: str, lex: Lexicon, known: Known, countries: WordSet, orgs: list[Candidate]
) -> list[Candidate]:
    """ORGs of a country's name + a national body word, and the rules' national ORGs (国家气象局)
    written right after a country, extended over it; `orgs` are the ORG candidates found so far.
    A body word that a title runs across (财政部长) names no body."""
    by_start = {c.start: c for c in orgs if text.startswith(NATIONAL_OPENINGS, c.start)}
    found: list[Candidate] = []
    for end, (start, label) in list(known.spans.items()):
        if label != "LOC" or countries.ending_at(text, end, start) != start:
            continue
        org = by_start.get(end)
        body = _bodies().starting_at(text, end)
        if org is not None:
            body = org.end
        elif body is None or text[body : body + 1] in _blockers() or _title_across(text, end, body, lex):
            continue
        found.append(Candidate(start, body, "ORG", "rules", SCORE))
        known.add(start, body, "ORG")
    return found
