"""Companies: COMPANY mentions grouped by name, with the zone they are located in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from zone_ner.extensions import text_of
from zone_ner.records.context import entities, sentence_index, sentence_starts
from zone_ner.records.models import Company


def _key(name: str, known: list[str]) -> str:
    """The known company name this surface abbreviates or extends, else itself."""
    for other in known:
        if other.startswith(name) or name.startswith(other):
            return other
    return name


def build_companies(doc: Doc, zone_at: dict[int, str | None]) -> list[Company]:
    """One Company per name; short forms (比亚迪) join their full name (比亚迪股份有限公司)."""
    ents: list[Span] = sorted((e for e in entities(doc) if e.label_ == "COMPANY"), key=lambda e: -len(e.text))
    starts = sentence_starts(doc)
    zones_by_sentence: dict[int, set[str]] = {}
    for e in entities(doc):
        kb_id = zone_at.get(e.start_char) if e.label_ == "ZONE" else None
        if kb_id:
            zones_by_sentence.setdefault(sentence_index(starts, e.start_char), set()).add(kb_id)
    companies: dict[str, Company] = {}
    for ent in ents:
        key = _key(ent.text, list(companies))
        company = companies.setdefault(key, Company(name=key))
        if ent.text not in company.surfaces:
            company.surfaces.append(ent.text)
        zones = zones_by_sentence.get(sentence_index(starts, ent.start_char), set())
        if company.zone is None and len(zones) == 1:
            company.zone = next(iter(zones))
    return sorted(companies.values(), key=lambda c: min(text_of(doc).find(s) for s in c.surfaces))
