"""Turn a processed `Doc` into a `DocumentRecord` with offsets into the original text."""

from __future__ import annotations

from collections import Counter

from pydantic import TypeAdapter
from spacy.tokens import Doc

from zone_ner.extensions import doc_value, text_of
from zone_ner.linking.kb import KnowledgeTable
from zone_ner.records.companies import build_companies
from zone_ner.records.context import entities
from zone_ner.records.models import (
    Article,
    DocumentRecord,
    Mention,
    ZoneLinkRecord,
    ZoneRef,
)
from zone_ner.records.officials import build_officials
from zone_ner.records.projects import build_projects
from zone_ner.text import NormalisedText

_MENTIONS = TypeAdapter(list[Mention])


def _mentions(doc: Doc, norm: NormalisedText) -> list[Mention]:
    """The doc's entities as mentions, validated in one call (not one `Mention(...)` each)."""
    rows = []
    for ent in entities(doc):
        start, end = norm.to_source(ent.start_char, ent.end_char)
        rows.append(
            {
                "text": norm.source[start:end],
                "label": ent.label_,
                "start": start,
                "end": end,
                "kb_id": ent.kb_id_ or None,
                "score": round(float(ent.score if ent.score is not None else 1.0), 4),
                "source": ent.source or "model",
            }
        )
    return _MENTIONS.validate_python(rows)


def _zone_links(doc: Doc, norm: NormalisedText) -> list[ZoneLinkRecord]:
    records = []
    for link in doc_value(doc, "zn_zone_links") or []:
        start, end = norm.to_source(link.start, link.end)
        records.append(
            ZoneLinkRecord(
                text=norm.source[start:end], start=start, end=end, kb_id=link.kb_id,
                anaphoric=link.anaphoric, container_label=link.container_label,
                kind=link.kind, province=link.province, city=link.city,
            )
        )
    return records


def _zones(
    mentions: list[Mention], links: list[ZoneLinkRecord], kb: KnowledgeTable, clean: dict[tuple[int, int], str]
) -> list[ZoneRef]:
    """One ZoneRef per linked zone, and per unknown (NIL) zone surface, most mentioned first.

    `links` hold the NIL details (kind, city) of unknown ZONE mentions at the same offsets.
    Surfaces and NIL names are the normalised text of each mention, `clean[(start, end)]`
    by source offsets (a doubled PDF headline 江江城城高高新新区区 is named 江城高新区).
    """
    nil_details = {(link.start, link.end): link for link in links}
    spans = _zone_spans(mentions)
    occurrences = [
        (m.kb_id, clean[(m.start, m.end)], nil_details.get((m.start, m.end)))
        for m in mentions
        if m.label == "ZONE"
    ]
    occurrences += [
        (link.kb_id, clean[(link.start, link.end)], link)
        for link in links
        if (link.start, link.end) not in spans
    ]
    counts: Counter[str] = Counter()
    surfaces: dict[str, list[str]] = {}
    details: dict[str, ZoneLinkRecord] = {}
    for kb_id, surface, link in occurrences:
        clean = "".join(surface.split())
        key = kb_id or f"NIL:{clean}"
        counts[key] += 1
        if clean not in surfaces.setdefault(key, []):
            surfaces[key].append(clean)
        if kb_id is None and link is not None:
            details.setdefault(key, link)
    zones = []
    for key, count in counts.most_common():
        entry = None if key.startswith("NIL:") else kb.get(key)
        if entry is not None:
            zones.append(ZoneRef(kb_id=key, name=entry.name, kind=entry.kind, level=entry.level,
                                 province=entry.province, city=entry.city, mention_count=count,
                                 surfaces=surfaces[key]))
            continue
        link = details.get(key)
        zones.append(ZoneRef(kb_id=None, name=surfaces[key][0], nil=True, mention_count=count,
                             surfaces=surfaces[key], kind=link.kind if link else None,
                             province=link.province if link else None, city=link.city if link else None))
    return zones


def _clean_surfaces(doc: Doc, norm: NormalisedText) -> dict[tuple[int, int], str]:
    """The normalised text of every ZONE entity and zone link, by its source offsets."""
    text = text_of(doc)
    spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ == "ZONE"]
    spans += [(link.start, link.end) for link in doc_value(doc, "zn_zone_links") or []]
    return {norm.to_source(start, end): text[start:end] for start, end in spans}


def _zone_spans(mentions: list[Mention]) -> set[tuple[int, int]]:
    """Offsets of the ZONE mentions: a link at the same offsets is the NIL link of that mention."""
    return {(m.start, m.end) for m in mentions if m.label == "ZONE"}


def _articles(doc: Doc, norm: NormalisedText) -> list[Article]:
    spans = doc_value(doc, "zn_articles") or []
    articles = []
    for a in spans:
        start, end = norm.to_source(a.start, a.end)
        articles.append(Article(start=start, end=end, title=a.title, byline=a.byline))
    return articles or [Article(start=0, end=len(norm.source))]


def build_record(doc: Doc, kb: KnowledgeTable, doc_id: str | None = None, html: bool = False) -> DocumentRecord:
    """The record of one processed document."""
    norm: NormalisedText = doc_value(doc, "zn_norm") or NormalisedText.identity(text_of(doc))
    mentions = _mentions(doc, norm)
    all_links = _zone_links(doc, norm)
    zone_spans = _zone_spans(mentions)
    links = [link for link in all_links if (link.start, link.end) not in zone_spans]
    zone_at = {e.start_char: (e.kb_id_ or None) for e in entities(doc) if e.label_ == "ZONE"}
    zone_in_org = {
        link.start: link.kb_id
        for link in doc_value(doc, "zn_zone_links") or []
        if link.container_label is not None and link.kb_id
    }
    org_zone = {
        e.start_char: zone_in_org.get(e.start_char) for e in entities(doc) if e.label_ == "ORG"
    }
    zones = _zones(mentions, all_links, kb, _clean_surfaces(doc, norm))
    default_zone = next((z.kb_id for z in zones if z.kb_id), None)
    return DocumentRecord(
        id=doc_id,
        text_source="html_extracted" if html else "original",
        length=len(norm.source),
        text=norm.source if html else None,
        mentions=mentions,
        zone_links=links,
        zones=zones,
        companies=build_companies(doc, zone_at),
        officials=build_officials(doc, {k: v for k, v in org_zone.items() if v}),
        projects=build_projects(doc, zone_at, default_zone),
        articles=_articles(doc, norm),
    )
