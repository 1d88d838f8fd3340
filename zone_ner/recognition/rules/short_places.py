"""Short forms of the districts, counties and towns a document names in full (翔安区 … 翔安, 吴泾镇 … 吴泾).

A district's name without 区 is too ambiguous to list (奉贤, 建邺 lowered LOC everywhere when the
knowledge table had them), but once the document has written the full name, its two-character
stem names the same place: every other free occurrence is a LOC, unless it is glued into a
frequent word on either side or opens a facility's name (晋安湖公园).
"""

from __future__ import annotations

from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import common_words, facility_words, opens_facility
from zone_ner.recognition.rules.scan import Known, is_cjk

ADMIN_TAILS = frozenset("区县镇")
STEM = 2
SCORE = 0.6
ANY = frozenset({"ZONE", "LOC", "COMPANY", "ORG", "PERSON", "TITLE", "PROJECT"})


def find_short_places(text: str, known: Known, places: list[Candidate]) -> list[Candidate]:
    """LOC candidates for the stems of the full district and county names among `places`."""
    words = common_words()
    stems = dict.fromkeys(  # in the order of the places: the same output in every process
        text[c.start : c.start + STEM]
        for c in places
        if c.label == "LOC" and c.end - c.start == STEM + 1 and text[c.end - 1] in ADMIN_TAILS
    )
    found: list[Candidate] = []
    for stem in stems:
        pos = text.find(stem)
        while pos != -1:
            end = pos + STEM
            if (
                text[end : end + 1] not in ADMIN_TAILS
                and not (pos > 0 and is_cjk(text[pos - 1]) and text[pos - 1 : pos + 1] in words)
                and text[end - 1 : end + 1] not in words
                and not known.overlapping(pos, end, ANY)
                and not opens_facility(text, end, facility_words())
            ):
                found.append(Candidate(pos, end, "LOC", "rules", SCORE))
                known.add(pos, end, "LOC")
            pos = text.find(stem, end)
    return found
