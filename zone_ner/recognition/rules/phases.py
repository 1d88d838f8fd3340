"""A section or phase written in brackets right after a zone or project belongs to its name
(雄安综保区（二期）, 海立方园（三期）, 厦金大桥（厦门段）: corpus/GUIDELINES.md), with the pattern
`bracketed_section` of `data/infrastructure.json`."""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.infrastructure import infrastructure_rules

PHASED = frozenset({"ZONE", "PROJECT"})


def with_phases(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The zones and projects of `candidates` followed by a bracketed phase, with the phase."""
    pattern = infrastructure_rules().bracketed_section
    found: list[Candidate] = []
    for c in candidates:
        m = pattern.match(text, c.end) if c.label in PHASED else None
        if m is not None:
            found.append(Candidate(c.start, m.end(), c.label, "rules", c.score, c.kb_id))
    return found
