"""Officials: TITLE (and ORG) sequences attached to the PERSON they precede or follow."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from zone_ner.records.models import Official

_JOINER = re.compile(r"^[、，,\s兼和及暨]*$")


def _title_text(org: Span | None, title: Span, place_prefixes: list[tuple[int, int]]) -> str:
    """Title as the record shows it: the ORG's own part (without its place or zone name) + TITLE."""
    if org is None or org.end_char != title.start_char:
        return title.text
    cut = max((end for start, end in place_prefixes if start == org.start_char and end < org.end_char), default=org.start_char)
    return org.doc.text[cut : org.end_char] + title.text


def build_officials(doc: Doc, place_prefixes: list[tuple[int, int]], zone_of: dict[int, str]) -> list[Official]:
    """Officials from chains `[ORG] TITLE (、 [ORG] TITLE)* PERSON` or `PERSON TITLE`.

    `place_prefixes` are clean-text spans of ZONE/LOC names that may open an ORG;
    `zone_of` maps an ORG's start offset to the kb_id of the zone named in it.
    """
    officials: dict[str, Official] = {}
    ents = list(doc.ents)
    chain: list[tuple[Span | None, Span]] = []
    last_end = -1
    for i, ent in enumerate(ents):
        gap = doc.text[last_end:ent.start_char] if last_end >= 0 else ""
        if chain and not _JOINER.match(gap):
            chain = []
        if ent.label_ == "TITLE":
            prev = ents[i - 1] if i else None
            org = prev if prev is not None and prev.label_ == "ORG" and prev.end_char == ent.start_char else None
            chain.append((org, ent))
        elif ent.label_ == "PERSON":
            titles = chain
            if not titles and i + 1 < len(ents) and ents[i + 1].label_ == "TITLE" and ents[i + 1].start_char == ent.end_char:
                titles = [(None, ents[i + 1])]
            if titles:
                official = officials.setdefault(ent.text, Official(name=ent.text))
                for org, title in titles:
                    text = _title_text(org, title, place_prefixes)
                    if text not in official.titles:
                        official.titles.append(text)
                    if org is not None and official.organization is None:
                        official.organization = org.text
                        official.zone = zone_of.get(org.start_char)
            chain = []
        elif ent.label_ != "ORG":
            chain = []
        last_end = ent.end_char
    return list(officials.values())
