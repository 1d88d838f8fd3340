"""Zones declared with a short name: 中国—上海合作组织地方经贸合作示范区（以下简称“上合示范区”）.

When the declared short name ends like a zone (a zone suffix or data/zone_declared_endings.txt),
the full name before the bracket and every free mention of the short name are the zone. The full
name is a zone already found, or the run of name characters back to punctuation or a stop word
that ends with the same zone word.
"""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.companies import ALIAS
from zone_ner.recognition.rules.lexicon import Lexicon, word_set
from zone_ner.recognition.rules.scan import MAX_NAME, Known, at_boundary, is_name_char
from zone_ner.text.wordlists import occurrences

ZONES = frozenset({"ZONE"})
NAME_MARKS = frozenset("—－-（）()·")
"""Characters inside a full zone name besides name characters (中国—上海合作组织…, 中国（上海）…)."""
SCORE = 0.75


def _zone_word(name: str, lex: Lexicon) -> str | None:
    """The zone word ending `name` (示范区 in 上合示范区), if there is one after a name part."""
    for words in (lex.zone_suffix_set, lex.zone_extensions, word_set("zone_declared_endings.txt")):
        start = words.ending_at(name, len(name))
        if start is not None and start > 0:
            return name[start:]
    return None


def _full_start(
    text: str, end: int, word: str, lex: Lexicon, known: Known
) -> int | None:
    """Start of the full name ending at `end`: a known zone, or name characters back to punctuation
    or a stop word, ending with the short name's zone word and longer than it."""
    zone = known.ending_at(end, ZONES)
    if zone is not None:
        return zone
    p = end
    while (
        p > 0
        and end - p < MAX_NAME
        and (is_name_char(text[p - 1]) or text[p - 1] in NAME_MARKS)
    ):
        if lex.left_stops.ending_at(text, p) is not None:
            break
        p -= 1
    while p < end and text[p] in NAME_MARKS:
        p += 1
    return p if text.endswith(word, p, end) and end - p > len(word) + 1 else None


def find_declared_zones(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """The full names and the mentions of zones declared with a short name."""
    found: list[Candidate] = []
    for m in ALIAS.finditer(text):
        alias = m.group(1)
        word = _zone_word(alias, lex)
        start = None if word is None else _full_start(text, m.start(), word, lex, known)
        if start is None:
            continue
        if known.label_at(start, m.start()) is None:
            found.append(Candidate(start, m.start(), "ZONE", "rules", SCORE))
            known.add(start, m.start(), "ZONE")
        for pos in occurrences(text, alias):
            end = pos + len(alias)
            if (
                at_boundary(text, pos, lex, known)
                and not known.covering(pos, end)
                and known.label_at(pos, end) in (None, "ZONE")
            ):
                found.append(Candidate(pos, end, "ZONE", "rules", SCORE))
                known.add(pos, end, "ZONE")
    return found
