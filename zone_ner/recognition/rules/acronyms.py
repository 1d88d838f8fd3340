"""Latin acronyms a name is glossed with in brackets (国际标准化组织（ISO）, 视源股份（CVTE）): the acronym
names the same body, with its label, there and at every other mention standing apart from Latin
letters and digits (CEN …, ISO认证 keeps ISO)."""

from __future__ import annotations

import re

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.scan import Known, latin_at
from zone_ner.text.wordlists import occurrences

GLOSS = re.compile(r"[（(]([A-Z][A-Z&]{1,9})[）)]")  # capitals only: 曦望（Sunrise） glosses a name, no acronym
LABELS = frozenset({"ORG", "COMPANY"})
SCORE = 0.8


def find_acronyms(text: str, known: Known, named: list[Candidate]) -> list[Candidate]:
    """Candidates for the acronyms glossing the ORG and COMPANY names of `named`."""
    labels: dict[str, str] = {}
    for c in named:
        m = GLOSS.match(text, c.end)
        if c.label in LABELS and m is not None:
            labels.setdefault(m.group(1), c.label)
    found = []
    for acronym, label in labels.items():
        for start in occurrences(text, acronym):
            end = start + len(acronym)
            apart = not latin_at(text, start - 1) and not latin_at(text, end)  # CEN, not CENTER or 3CEN
            if apart and not known.covering(start, end) and known.label_at(start, end) is None:
                found.append(Candidate(start, end, label, "rules", SCORE))
                known.add(start, end, label)
    return found

