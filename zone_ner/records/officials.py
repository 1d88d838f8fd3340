"""Officials: TITLE (and ORG) chains attached to the PERSON they precede or follow.

Follows corpus/GUIDELINES.md: `titles` are the positions held at the article date; positions
after 曾任 / 原 / 不再担任 or in a dated career step go to `former_titles`, those after 拟任 to
`proposed_titles`. Each title is prefixed by the committee word the text joins to it
(芜湖市委书记 → 市委书记); credits (记者, 通讯员) are not officials.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal

from spacy.tokens import Doc

from zone_ner.extensions import doc_value, text_of
from zone_ner.records.context import (
    Entity,
    entities,
    sentence_index,
    sentence_starts,
    word_list,
)
from zone_ner.records.models import Official

_JOINER = re.compile(r"^[、，,\s兼和及暨]{0,4}$")
# 、公众意见调查部 + 主任: a unit the recognisers did not find (ends like a unit, holds no 任)
_UNIT_JOINER = re.compile(r"^[、，,]\s?[^\W\d任]{1,11}[部处科室局委会院所队站组办]$")
_ASIDE = re.compile(r"（[^（）]{0,8}）|\([^()]{0,8}\)")
_DATED = re.compile(r"\d{4}\s?(?:年|\.\d)")
_LOOKBACK = 8

Chain = list[tuple[Entity | None, Entity]]
TitleField = Literal["titles", "former_titles", "proposed_titles"]
"""The `Official` field a chain's titles go to."""


def committee_title(org: Entity | None, title: Entity) -> str:
    """The title as a record shows it: committee word of the adjacent ORG + title (党工委书记);
    a civil-service rank goes without it (二级巡视员), and so does a title of a body the records
    write bare (`bare_committee_words.txt`: 总工会 + 副主席)."""
    if (
        org is None
        or org.end_char != title.start_char
        or title.text.endswith(word_list("rank_titles.txt"))
        or org.text.endswith(word_list("bare_committee_words.txt"))
    ):
        return title.text
    word = next((w for w in word_list("committee_words.txt") if org.text.endswith(w)), "")
    return word + title.text


def _joined(doc: Doc, end: int, start: int) -> bool:
    """True if the text between two chain items only joins them (、 兼 , a short aside, or 、 and
    the name of a unit the recognisers did not find: 常务理事、公众意见调查部主任)."""
    between = _ASIDE.sub("", text_of(doc)[end:start])
    return bool(_JOINER.match(between) or _UNIT_JOINER.match(between))


def _tense(doc: Doc, chain_start: int, sentence_start: int) -> TitleField:
    """The record field for the chain starting at `chain_start`: `titles`, `former_titles`
    (after 曾任 / 原 / 不再担任 …, or a dated career step: 2017年3月，宁波任合肥市副市长) or
    `proposed_titles` (after 拟任 / 拟提名)."""
    before = text_of(doc)[max(sentence_start, chain_start - _LOOKBACK) : chain_start]
    fields: tuple[tuple[TitleField, str], ...] = (
        ("proposed_titles", "proposed_markers.txt"),
        ("former_titles", "former_markers.txt"),
    )
    for field, markers in fields:
        if any(before.endswith(m) or (len(m) > 1 and m in before[-4:]) for m in word_list(markers)):
            return field  # a one-character marker (原, 拟) only right before the chain: not 原标题：
    dated = _DATED.search(text_of(doc), sentence_start, chain_start)
    if dated is not None and "任" in text_of(doc)[dated.end() : chain_start]:
        return "former_titles"
    return "titles"


def _chains(ents: list[Entity], doc: Doc) -> list[tuple[int, Chain]]:
    """Maximal runs `[ORG|LOC|ZONE] TITLE (joiner [ORG] TITLE)*` with their start offsets."""
    runs: list[tuple[int, Chain]] = []
    chain: Chain = []
    host: Entity | None = None
    start = -1
    last_end = -1
    named = False  # a PERSON since the last title: the chain is over (宁波同志任…书记，徐志同志任…)
    for ent in ents:
        if ent.label_ == "TITLE":
            org = host if host is not None and host.end_char == ent.start_char else None
            if chain and (named or not _joined(doc, last_end, (org or ent).start_char)):
                runs.append((start, chain))
                chain = []
            named = False
            if not chain:
                start = (org or ent).start_char
            chain.append(
                (org if org is not None and org.label_ == "ORG" else None, ent)
            )
            last_end = ent.end_char
            host = None
        elif ent.label_ in ("ORG", "LOC", "ZONE", "COMPANY"):
            host = ent
        else:
            host = None
            named = named or ent.label_ == "PERSON"
    if chain:
        runs.append((start, chain))
    return runs


def _preceding(
    doc: Doc, person: Entity, by_end: dict[int, tuple[int, Chain]]
) -> tuple[int, Chain] | None:
    """The chain right before a name, directly, after a space or after 还有 / 分别是."""
    text = text_of(doc)
    for word in ("", " ", *word_list("chain_person_links.txt")):
        end = person.start_char - len(word)
        if end in by_end and text[end : person.start_char] == word:
            return by_end[end]
    return None


def _following(
    doc: Doc, person: Entity, by_start: dict[int, Chain]
) -> tuple[int, Chain] | None:
    """The chain right after a name, directly or after 任 / 现任 / 为 (宁波任芜湖市委书记)."""
    for word in ("", *word_list("person_title_links.txt")):
        start = person.end_char + len(word)
        if start in by_start and text_of(doc)[person.end_char : start] == word:
            return start, by_start[start]
    return None


def _lone_title(chain: Chain, person_starts: set[int]) -> bool:
    """A single title with no ORG that no other name follows (吴静教授, not 书记李万平市长赵永刚)."""
    return len(chain) == 1 and chain[0][0] is None and chain[0][1].end_char not in person_starts


def _nil_zone_in(starts: list[int], nil_zones: dict[int, str], org: Entity) -> str | None:
    """The first NIL zone (by the sorted `starts` of `nil_zones`) named inside the ORG."""
    k = bisect_left(starts, org.start_char)
    return nil_zones[starts[k]] if k < len(starts) and starts[k] < org.end_char else None


def build_officials(doc: Doc, zone_of: dict[int, str]) -> list[Official]:
    """Officials from `[ORG] TITLE (、 [ORG] TITLE)* PERSON (、 PERSON)*` or `PERSON 任 [ORG] TITLE`.

    `zone_of` maps an ORG's start offset to the kb_id of the zone named in it. Zones not in the
    knowledge table are given by their name in the text.
    """
    ents = sorted(entities(doc), key=lambda e: e.start_char)
    starts = sentence_starts(doc)
    nil_zones = {
        link.start: link.surface
        for link in doc_value(doc, "zn_zone_links") or []
        if link.container_label and not link.kb_id
    }
    nil_starts = sorted(nil_zones)
    chains = _chains(ents, doc)
    by_end = {chain[-1][1].end_char: (start, chain) for start, chain in chains}
    by_start = {start: chain for start, chain in chains}
    officials: dict[str, Official] = {}
    credits = set(word_list("credit_titles.txt"))
    previous: tuple[Entity, tuple[int, Chain] | None] | None = None
    person_starts = {e.start_char for e in ents if e.label_ == "PERSON"}
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        found = _preceding(doc, ent, by_end)
        if (
            found is None
            and previous is not None
            and text_of(doc)[previous[0].end_char : ent.start_char] == "、"
        ):
            found = previous[1]
        after = _following(doc, ent, by_start)
        if found is None:
            found, after = after, None
        previous = (ent, found)
        if found is None:
            continue
        sent_start = starts[sentence_index(starts, ent.start_char)]
        chain_start, chain = found
        linked: list[tuple[int, Chain]] = []
        if after is not None and after[0] == ent.end_char and _lone_title(after[1], person_starts):
            chain = chain + after[1]  # 主任马金菊医生: a title written right after the name too
        elif after is not None and after[0] > ent.end_char:
            linked.append(after)  # 原任市委书记王立彤，现任副省长: a second chain, after a link word
        for start, held_chain in [(chain_start, chain), *linked]:
            titles = [(org, t) for org, t in held_chain if t.text not in credits]
            if titles:
                official = officials.setdefault(ent.text, Official(name=ent.text))
                _add_titles(official, titles, _tense(doc, start, sent_start), zone_of, nil_starts, nil_zones)
    return list(officials.values())


def _add_titles(
    official: Official,
    titles: Chain,
    field: TitleField,
    zone_of: dict[int, str],
    nil_starts: list[int],
    nil_zones: dict[int, str],
) -> None:
    """Add a chain's titles to the record `field`; current titles also give its organization and zone."""
    held: list[str] = getattr(official, field)
    committee = ""
    for org, title in titles:
        text = committee_title(org, title)
        if org is not None:
            committee = text[: len(text) - len(title.text)]
        elif title.text in word_list("inherited_titles.txt"):
            text = committee + text
        if text not in held:
            held.append(text)
        if field == "titles" and org is not None and official.organization is None:
            official.organization = org.text
            official.zone = zone_of.get(org.start_char) or _nil_zone_in(nil_starts, nil_zones, org)
