"""Bodies named after a place with its other name in brackets: the place, the bracket and the body are
one ORG (岳麓区(湖南湘江新区) + 教育局, 吉林省梅河新区（梅河口市） + 生态环境局, 北仑区（开发区） + 税务局).

The bracket holds a known place or zone, or a bare zone word (开发区); a known place or zone ends right
before it, with the places before that one (吉林省 + 梅河新区); an ORG found by the body rules starts
right after it.
"""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import Known

OPENERS = "（("
CLOSERS = frozenset("）)")
MAX_INSIDE = 10
PLACES = frozenset({"LOC", "ZONE"})
SCORE = 0.85


def find_bracketed_bodies(text: str, lex: Lexicon, known: Known, orgs: list[Candidate]) -> list[Candidate]:
    """One ORG for each body in `orgs` named after a place and its bracketed other name."""
    found = []
    for c in orgs:
        start = _host_start(text, c.start, lex, known)
        if start is not None and not known.covering(start, c.end):
            found.append(Candidate(start, c.end, "ORG", "rules", SCORE))
            known.add(start, c.end, "ORG")
    return found


def _host_start(text: str, body: int, lex: Lexicon, known: Known) -> int | None:
    """Start of the place and its bracketed other name ending at `body`, or None."""
    if body < 1 or text[body - 1] not in CLOSERS:
        return None
    opener = max(text.rfind(o, max(0, body - 2 - MAX_INSIDE), body - 1) for o in OPENERS)
    if opener < 1:
        return None
    inside = text[opener + 1 : body - 1]
    if known.label_at(opener + 1, body - 1) not in PLACES and lex.zone_suffix_set.ending_at(inside, len(inside)) != 0:
        return None
    start = known.ending_at(opener, PLACES)
    if start is None:
        return None
    while (before := known.ending_at(start, PLACES)) is not None:
        start = before
    return start
