"""A name written twice in a row: a sub-heading glued to the paragraph that opens by repeating it
(西咸新区铁一中金湾中学西咸新区铁一中金湾中学位于…, 轨道交通2号线西延伸工程轨道交通2号线西延伸工程自…).
The copy right before or after a recognised name takes its label, unless a name crossing its
edges was found there; a name read over both copies (新华社新华社) is the two copies."""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.scan import ALL_LABELS, Known

MIN_DOUBLED = 4
"""Shorter names repeated in a row are ordinary reduplication or a list (北京北京), not a heading."""
MIN_DOUBLED_HALF = 3
"""A name read over its own copy is split when each copy has three characters or more (新华社新华社)."""


def find_doubled(text: str, candidates: list[Candidate], known: Known) -> list[Candidate]:
    """Copies of the `candidates` written right before or after them, not yet named."""
    found: list[Candidate] = []
    for c in candidates:
        size = c.end - c.start
        if size < MIN_DOUBLED:
            continue
        name = text[c.start : c.end]
        for start in (c.start - size, c.end):
            end = start + size
            if start < 0 or text[start:end] != name:
                continue
            if any(s < start or e > end or (s, e) == (start, end) for s, e in known.overlapping(start, end, ALL_LABELS)):
                continue
            found.append(Candidate(start, end, c.label, c.source, c.score, c.kb_id))
            known.add(start, end, c.label)
    return found


def split_doubled(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with each one read over a name and its copy (新华社新华社, …小学…小学) split in two,
    and without one that runs from a doubled unit into part of its copy (邢村站 + 邢村)."""
    out: list[Candidate] = []
    for c in candidates:
        size = c.end - c.start
        head = text[c.start : c.start + MIN_DOUBLED_HALF]
        unit = None
        if size > MIN_DOUBLED_HALF and text.find(head, c.start + MIN_DOUBLED_HALF, c.end + MIN_DOUBLED_HALF) != -1:  # no copy, no search
            unit = next(
                (n for n in range(MIN_DOUBLED_HALF, size) if text[c.start : c.start + n] == text[c.start + n : c.start + 2 * n]),
                None,
            )
        if unit is None:
            out.append(c)
        elif 2 * unit == size:
            middle = c.start + unit
            out += [
                Candidate(c.start, middle, c.label, c.source, c.score, c.kb_id),
                Candidate(middle, c.end, c.label, c.source, c.score, c.kb_id),
            ]
        elif size < 2 * unit:
            continue
        else:
            out.append(c)
    return out
