"""PROJECT names: a name body, often opened by a company or place, ending in 项目 / 一期 / 基地 / 工厂 …"""

from __future__ import annotations

import re

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.lexicon import Lexicon
from zone_ner.recognition.rules.scan import Known, is_generic, scan_left

PREFIXES = frozenset({"LOC", "ZONE", "COMPANY"})
OWNERS = frozenset({"COMPANY"})
MAX_BODY = 16
COUNTED = re.compile(r"[0-9一二三四五六七八九十百千两几多]{1,6}(?:个|批|项|家|大)")


def project_start(text: str, start: int, lex: Lexicon, known: Known) -> tuple[int, float] | None:
    """Start and score of the project name whose tail begins at `start`."""
    scan = scan_left(text, start, lex, known, PREFIXES, MAX_BODY)
    if scan is None or scan.start == start:
        return None
    body = scan.body
    if COUNTED.search(body):
        return None
    if is_generic(body, lex.project_generic, lex) and not scan.labels & OWNERS:
        return None
    if scan.known == 0 and len(body) < 3:
        return None
    return scan.start, 0.8 if scan.known else 0.6


def find_projects(text: str, lex: Lexicon, known: Known) -> list[Candidate]:
    """PROJECT candidates from the project-tail anchors (generic mentions such as 重点项目 are skipped)."""
    found: list[Candidate] = []
    for hits in lex.suffix_anchors["project"].find_all(text):
        end = hits[0][1]
        for start, _end, _word, _kind in hits:
            located = project_start(text, start, lex, known)
            if located is not None:
                found.append(Candidate(located[0], end, "PROJECT", "rules", located[1]))
                break
    return found
