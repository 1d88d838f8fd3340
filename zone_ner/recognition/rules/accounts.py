"""Official accounts and outlets cited as sources (据“天津广播”微信公众号消息, 来源：武汉发布): ORG.

data/media_accounts.json holds the cues, the tails and the name length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon, read_json
from zone_ner.recognition.rules.scan import ALL_LABELS, Known, is_name_char

PLACES = frozenset({"LOC", "ZONE"})  # 武汉发布, 浦东发布: a place or a zone names the account
SCORE = 0.75
DOCUMENT = "《"
SHORT_PLACE = (2, 3)  # lengths of a place written without its administrative suffix


@dataclass(frozen=True)
class AccountRules:
    """The parsed data file: cues before and after a source, name tails, the quoted-name pattern."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    tails: tuple[str, ...]
    account_tail: str
    quoted: re.Pattern[str]
    credit_cues: tuple[str, ...]
    credit_closers: frozenset[str]
    max_name: int


@lru_cache(maxsize=1)
def account_rules() -> AccountRules:
    raw = read_json("media_accounts.json")
    return AccountRules(
        before=tuple(raw["before"]),
        after=tuple(raw["after"]),
        tails=tuple(raw["tails"]),
        account_tail=raw["account_tail"],
        quoted=re.compile(f"[“\"]([\u4e00-\u9fffA-Za-z0-9]{{2,{int(raw['max_name'])}}})[”\"]"),
        credit_cues=tuple(raw["credit_cues"]),
        credit_closers=frozenset(raw["credit_closers"]),
        max_name=int(raw["max_name"]),
    )


def _cued(text: str, start: int, end: int, rules: AccountRules) -> bool:
    """True if a source cue stands right before `start` (据, 来源：) or right after `end` (消息)."""
    return text.endswith(rules.before, 0, start) or text.startswith(rules.after, end)


def _named(text: str, start: int, end: int, rules: AccountRules, known: Known) -> bool:
    """True if the name opens with a known place or ends in a tail (天津广播, 芜湖发布)."""
    opens = any(s == start and e < end for s, e in known.overlapping(start, end, PLACES))
    return opens or text.endswith(rules.tails, start, end)


def find_accounts(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """Sources: a quoted, cued name (据“天津广播”微信公众号), a place + 发布 standing alone, or places
    credited as a source (来源：上海宝山)."""
    rules = account_rules()
    found: list[Candidate] = []
    for m in rules.quoted.finditer(text):
        start, end = m.span(1)
        if _cued(text, m.start(), m.end(), rules) and _named(text, start, end, rules, known):
            found.append(Candidate(start, end, "ORG", "rules", SCORE))
    pos = text.find(rules.account_tail)
    while pos != -1:
        end = pos + len(rules.account_tail)
        place = known.ending_at(pos, PLACES)
        if (
            place is not None
            and not any(c.start <= place < c.end for c in found)
            and (end >= len(text) or not is_name_char(text[end]) or _cued(text, place, end, rules))
            and not text.startswith(DOCUMENT, end)  # 北京发布《…条例》: the verb
            and not known.overlapping(place, end, ALL_LABELS - PLACES)
        ):
            found.append(Candidate(place, end, "ORG", "rules", SCORE))
        pos = text.find(rules.account_tail, end)
    found += _credited_places(text, lex, rules)
    for c in found:
        known.add(c.start, c.end, "ORG")
    return found


def _place_at(text: str, pos: int, lex: Lexicon) -> int | None:
    """End of a place name starting at `pos`, written in full or without its administrative
    suffix (宝山 for 宝山区)."""
    end = lex.places.starting_at(text, pos)
    if end is not None:
        return end
    for length in SHORT_PLACE:
        if text[pos : pos + length] in lex.admin_stems:
            return pos + length
    return None


def _credited_places(text: str, lex: Lexicon, rules: AccountRules) -> list[Candidate]:
    """Accounts named by two or more places written together after a credit cue and closed by a
    bracket or the line's end (（来源：上海宝山）)."""
    found = []
    for cue in rules.credit_cues:
        pos = text.find(cue)
        while pos != -1:
            start = end = pos + len(cue)
            places = 0
            while (nxt := _place_at(text, end, lex)) is not None and nxt - start <= rules.max_name:
                end, places = nxt, places + 1
            if places >= 2 and (end >= len(text) or text[end] in rules.credit_closers):
                found.append(Candidate(start, end, "ORG", "rules", SCORE))
            pos = text.find(cue, end)
    return found
