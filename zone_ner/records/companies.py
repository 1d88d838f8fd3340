"""Companies: COMPANY mentions grouped by name, with the zone they are located in."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from zone_ner.records.models import Company
from zone_ner.records.projects import placing_zone


def _key(name: str, known: list[str]) -> str:
    """The known company name this surface abbreviates (比亚迪, 铱创) or extends, else itself."""
    for other in known:
        if (
            (len(name) >= 2 and name in other)
            or other.startswith(name)
            or name.startswith(other)
        ):
            return other
    return name


def build_companies(doc: Doc, zone_at: dict[int, str | None]) -> list[Company]:
    """One Company per name; short forms join their full name (比亚迪 → 比亚迪股份有限公司).

    `zone` is set when the text places the company in a zone: the zone right before it in the
    same list item (临夏经济开发区燎原乳业有限责任公司) or after 位于 / 落户 / 在 in its clause;
    it is the zone's kb_id, or its name when the zone is not in the knowledge table.
    """
    ents = sorted(doc.ents, key=lambda e: e.start_char)
    zones = [e for e in ents if e.label_ == "ZONE"]
    companies: dict[str, Company] = {}
    first: dict[str, int] = {}
    for ent in sorted(
        (e for e in ents if e.label_ == "COMPANY"), key=lambda e: -len(e.text)
    ):
        key = _key(ent.text, list(companies))
        company = companies.setdefault(key, Company(name=key))
        first[key] = min(first.get(key, ent.start_char), ent.start_char)
        if ent.text not in company.surfaces:
            company.surfaces.append(ent.text)
        if company.zone is None:
            zone: Span | None = placing_zone(
                doc, ent, [z for z in zones if z.end_char <= ent.start_char]
            )
            if zone is not None:
                company.zone = zone_at.get(zone.start_char) or zone.text
    return sorted(companies.values(), key=lambda c: first[c.name])
