"""One-character short names of places (在昆投资, 来榕发展, 对华投资, 驻泰高校) as LOC candidates.

A single character names a place between a word of movement or direction (在, 来, 赴, 驻, 对)
and a word of business or travel (投资, 发展, 高校; `data/place_abbreviations.json`), or, once the
document names the place in full, next to either (俄罗斯 … 同俄发展, 据俄副外长; 山西 … 走晋来;
`data/licensed_abbreviations.json`; a country's also before 军 wherever it stands: 俄军, 击退了乌军),
or in a list of three or more joined by 、 that stands alone (美、俄、英、日、韩等核电大国).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words
from zone_ner.recognition.rules.lexicon import Anchors, alternation, read_json
from zone_ner.recognition.rules.scan import ALL_LABELS, Known, is_cjk
from zone_ner.text.wordlists import occurrences

SCORE = 0.6
SIDE = "方"
ARMY = "军"  # 俄军, 美军: the army names the country (corpus/GUIDELINES.md: 美军 → LOC 美)


@lru_cache(maxsize=1)
def _abbreviations() -> dict:
    """data/place_abbreviations.json, read once."""
    return read_json("place_abbreviations.json")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    raw = _abbreviations()
    after = alternation(raw["after"])
    return re.compile(f"(?<=[{raw['before']}])[{raw['abbreviations']}](?={after})")


@lru_cache(maxsize=1)
def _list_rules() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """Three or more one-character names joined by 、, and the characters that open and close such a list."""
    raw = _abbreviations()
    one = f"[{raw['abbreviations']}]"
    return re.compile(f"{one}、{one}(?:、{one})+"), frozenset(raw["list_before"]), frozenset(raw["list_after"])


def _listed_positions(text: str) -> list[int]:
    """Positions of the characters of a standalone list of one-character names (美、俄、英等)."""
    pattern, before, after = _list_rules()
    found = []
    for m in pattern.finditer(text):
        opened = m.start() == 0 or text[m.start() - 1] in before
        closed = m.end() == len(text) or text[m.end()] in after
        if opened and closed:
            found.extend(range(m.start(), m.end(), 2))
    return found


@dataclass(frozen=True)
class Licensed:
    """data/licensed_abbreviations.json: full names per character, the context words."""

    names: dict[str, tuple[str, ...]]
    before: frozenset[str]
    after: tuple[str, ...]
    compound_chars: frozenset[str]
    armies: frozenset[str]
    excluded: frozenset[str]
    full_names: Anchors
    """Every full name, its kind the characters it licenses (俄罗斯 → 俄, 四川 → 川蜀)."""


@lru_cache(maxsize=1)
def _licensed() -> Licensed:
    raw = read_json("licensed_abbreviations.json")
    return Licensed(
        names={c: tuple(full) for c, full in raw["names"].items()},
        before=frozenset(raw["before"]),
        after=tuple(sorted(raw["after"], key=len, reverse=True)),
        compound_chars=frozenset(raw["compound_chars"]),
        armies=frozenset(raw["armies"]),
        excluded=frozenset(raw["excluded"]),
        full_names=Anchors(_licensing(raw["names"])),
    )


def _licensing(names: dict[str, list[str]]) -> dict[str, str]:
    """Full name → the characters it licenses."""
    chars: dict[str, str] = {}
    for c, full in names.items():
        for f in full:
            chars[f] = chars.get(f, "") + c
    return chars


def _licensed_positions(text: str) -> list[int]:
    """Positions of the characters whose place the document names in full, in their context."""
    rules, words = _licensed(), common_words()
    chars = "".join(sorted({c for hits in rules.full_names.find_all(text) for hit in hits for c in hit[3]}))
    if not chars:
        return []
    found = []
    regions = rules.compound_chars | set(rules.names)
    for p in sorted(p for c in chars for p in occurrences(text, c)):
        prev = text[p - 1] if p else ""
        army = text[p] in rules.armies and text.startswith(ARMY, p + 1)
        glued = (text[p : p + 2] in words and not army) or (prev and prev + text[p] in words)
        compound = (
            prev in regions
            or (text[p + 1 : p + 2] in regions and text[p + 1 : p + 3] not in words)  # 津冀, not 留沪 + 长期
            or text.startswith(SIDE, p + 1)
        )
        context = army or prev in rules.before or (not is_cjk(prev) and text.startswith(rules.after, p + 1))
        phrase = prev + text[p] in rules.excluded or text[p : p + 2] in rules.excluded
        if context and not glued and not compound and not phrase:
            found.append(p)
    return found


def find_abbreviations(text: str, known: Known) -> list[Candidate]:
    """LOC candidates for one-character place names in their business or travel context, next to
    it once the document names the place in full, or in a standalone list."""
    found: list[Candidate] = []
    starts = sorted(
        {m.start() for m in _pattern().finditer(text)} | set(_licensed_positions(text)) | set(_listed_positions(text))
    )
    for p in starts:
        if not known.overlapping(p, p + 1, ALL_LABELS):
            found.append(Candidate(p, p + 1, "LOC", "rules", SCORE))
    return found
