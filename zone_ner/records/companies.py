"""Companies: COMPANY mentions grouped by name, with the zone they are located in."""

from __future__ import annotations

import ahocorasick
from spacy.tokens import Doc

from zone_ner.extensions import text_of
from zone_ner.records.clauses import ZonePlacer
from zone_ner.records.context import entities
from zone_ner.records.models import Company


class _Keys:
    """Company names met so far, longest first; a shorter surface joins the first one it abbreviates (比亚迪)."""

    def __init__(self, surfaces: list[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for s in filter(None, surfaces):
            self._automaton.add_word(s, s)
        self._automaton.make_automaton()
        self._owner: dict[str, str] = {}  # surface -> first key containing it (2+ chars) or starting with it

    def key(self, name: str) -> str:
        """The known name `name` is in (2+ characters) or starts; else `name`, which becomes a known name."""
        owner = self._owner.get(name)
        if owner is not None:
            return owner
        for end, s in self._automaton.iter(name):
            if len(s) >= 2 or end == len(s) - 1:
                self._owner.setdefault(s, name)
        return name


def build_companies(doc: Doc, zone_at: dict[int, str | None]) -> list[Company]:
    """One Company per name; short forms join their full name (比亚迪 → 比亚迪股份有限公司).

    `zone` is set when the text places the company in a zone: the zone right before it in the
    same list item (临夏经济开发区燎原乳业有限责任公司) or after 位于 / 落户 / 在 in its clause;
    it is the zone's kb_id, or its name when the zone is not in the knowledge table.
    """
    ents = sorted(entities(doc), key=lambda e: e.start_char)
    placer = ZonePlacer(text_of(doc), ents)
    mentions = sorted((e for e in ents if e.label_ == "COMPANY"), key=lambda e: -len(e.text))
    keys = _Keys([e.text for e in mentions])
    companies: dict[str, Company] = {}
    first: dict[str, int] = {}
    for ent in mentions:
        key = keys.key(ent.text)
        company = companies.setdefault(key, Company(name=key))
        first[key] = min(first.get(key, ent.start_char), ent.start_char)
        if ent.text not in company.surfaces:
            company.surfaces.append(ent.text)
        if company.zone is None:
            zone = placer.place(ent, *placer.ending_by(ent.start_char))
            if zone is not None:
                company.zone = zone_at.get(zone.start_char) or zone.text
    return sorted(companies.values(), key=lambda c: first[c.name])
