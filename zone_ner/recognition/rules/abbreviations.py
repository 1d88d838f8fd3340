"""One-character short names of places (在昆投资, 来榕发展, 对华投资, 驻泰高校) as LOC candidates.

A single character names a place only between a word of movement or direction (在, 来, 赴, 驻, 对)
and a word of business or travel (投资, 发展, 高校); data in `data/place_abbreviations.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import DATA
from zone_ner.recognition.rules.scan import ALL_LABELS, Known

SCORE = 0.6


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    raw = json.loads((DATA / "place_abbreviations.json").read_text(encoding="utf-8"))
    after = "|".join(map(re.escape, sorted(raw["after"], key=len, reverse=True)))
    return re.compile(f"(?<=[{raw['before']}])[{raw['abbreviations']}](?={after})")


def find_abbreviations(text: str, known: Known) -> list[Candidate]:
    """LOC candidates for one-character place names in their business or travel context."""
    found: list[Candidate] = []
    for m in _pattern().finditer(text):
        if not known.overlapping(m.start(), m.end(), ALL_LABELS):
            found.append(Candidate(m.start(), m.end(), "LOC", "rules", SCORE))
    return found
