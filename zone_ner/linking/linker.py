"""Component `zn_linker`: kb ids for ZONE/LOC entities and `doc._.zn_zone_links` (nested, anaphoric, NIL)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from zone_ner.extensions import doc_value, ensure_extensions, text_of
from zone_ner.linking.aliases import DATA_DIR, infer_kind, is_specific
from zone_ner.linking.candidates import candidates
from zone_ner.linking.kb import Entry, KnowledgeTable, load_table
from zone_ner.linking.links import ZoneLink
from zone_ner.linking.salience import Mention, Overlaps, Salience
from zone_ner.recognition.rules.scan import is_cjk

_MEMO = 8192
"""Surfaces whose candidates (and place prefixes) a linker remembers across documents."""


@dataclass(frozen=True)
class LinkerRules:
    """The rules of `data/linker_rules.json`."""

    anaphors: dict[str, tuple[str, ...]]
    anaphor_re: re.Pattern[str]
    left_ok: tuple[str, ...]
    left_block: tuple[str, ...]
    nil_re: re.Pattern[str]
    container_labels: frozenset[str]
    nil_container_labels: frozenset[str]
    weights: dict[str, int]
    sub_area_words: frozenset[str]


@lru_cache(maxsize=2)
def load_linker_rules(path: Path | None = None) -> LinkerRules:
    """Parse the linker rules (default: the shipped file)."""
    raw = json.loads((path or DATA_DIR / "linker_rules.json").read_text(encoding="utf-8"))
    anaphors = {k: tuple(v) for k, v in raw["anaphors"].items()}
    words = "|".join(sorted(map(re.escape, anaphors), key=len, reverse=True))
    nil = "|".join(sorted(map(re.escape, raw["nil_suffixes"]), key=len, reverse=True))
    return LinkerRules(
        anaphors=anaphors,
        anaphor_re=re.compile(words),
        left_ok=tuple(raw["anaphor_left_ok"]),
        left_block=tuple(raw["anaphor_left_block"]),
        nil_re=re.compile(nil),
        container_labels=frozenset(raw["container_labels"]),
        nil_container_labels=frozenset(raw["nil_container_labels"]),
        weights=dict(raw["weights"]),
        sub_area_words=frozenset(raw["sub_area_words"]),
    )


class _Ent(NamedTuple):
    """An entity's fields, with its text sliced once from the doc text."""

    start_char: int
    end_char: int
    label_: str
    kb_id_: str
    text: str


@dataclass
class Context:
    """Places and zones a document (or article) talks about."""

    provinces: Counter[str] = field(default_factory=Counter)
    cities: Counter[str] = field(default_factory=Counter)
    counties: Counter[str] = field(default_factory=Counter)
    zones: Counter[str] = field(default_factory=Counter)
    zone_parents: Counter[str] = field(default_factory=Counter)  # parent ids of the zones counted

    def add_place(self, e: Entry) -> None:
        if e.province:
            self.provinces[e.province] += 1
        if e.kind == "province":
            self.provinces[e.name] += 1
            if e.name.endswith("市"):  # municipalities are their own city
                self.cities[e.name] += 1
        if e.city:
            self.cities[e.city] += 1
        if e.kind == "county" or e.county:
            self.counties[e.county or e.name] += 1

    def count_zone(self, e: Entry) -> None:
        """Count a zone (not its places)."""
        self.zones[e.id] += 1
        if e.parent_id:
            self.zone_parents[e.parent_id] += 1

    def add_zone(self, e: Entry) -> None:
        self.count_zone(e)
        self.add_place(Entry(id="", name="", province=e.province, city=e.city, county=e.county))


class Linker:
    """Links entities to the knowledge table with exact alias lookups and document context."""

    def __init__(self, table: KnowledgeTable, labels: list[str], anaphora: bool = True) -> None:
        ensure_extensions()
        self.table = table
        self.labels = set(labels)
        self.anaphora = anaphora
        self.rules = load_linker_rules()
        self._candidates = lru_cache(maxsize=_MEMO)(self._uncached_candidates)
        self._place_prefix = lru_cache(maxsize=_MEMO)(self._lookup_prefix)
        self._zones = table.zone_automaton()  # built at load, not in the first document

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context()
        spans = list(doc.ents)
        text = text_of(doc)
        ents = [_Ent(e.start_char, e.end_char, e.label_, e.kb_id_, text[e.start_char:e.end_char]) for e in spans]
        kb_ids: dict[int, str] = {}
        self._collect_places(ents, ctx)
        pending: list[tuple[int, _Ent, Sequence[Entry]]] = []
        unlisted: list[int] = []  # zones with no candidate: maybe sub-areas of a listed zone
        for i, ent in enumerate(ents):
            if ent.label_ not in self.labels or self._is_bare(ent.text):
                continue
            cands = self._candidates(ent.text, ent.label_)
            if not cands and ent.label_ == "ZONE":
                unlisted.append(i)
            if len(cands) == 1:
                kb_ids[i] = cands[0].id
                if ent.label_ == "ZONE":
                    ctx.add_zone(cands[0])
            elif cands:
                pending.append((i, ent, cands))
        for i, ent, cands in pending:
            best = self.choose(cands, ctx)
            if best is not None:
                kb_ids[i] = best.id
                if ent.label_ == "ZONE":
                    ctx.add_zone(best)
        for i in unlisted:
            parent = self._parent_zone(ents[i].text, ctx)
            if parent is not None:
                kb_ids[i] = parent.id
        links, bare = self._container_links(ents, ctx)
        for link in links:
            if link.kb_id and (entry := self.table.get(link.kb_id)) is not None:
                ctx.count_zone(entry)
        nil_links = self._nil_links(ents, kb_ids)
        if self.anaphora:
            articles = [(a.start, a.end) for a in doc_value(doc, "zn_articles") or []]
            scopes = Salience(self.table, self._mentions(ents, kb_ids, links + nil_links), articles, _char_len(doc))
            for link in bare:
                target = self.salient(link.start, link.surface, ctx, scopes)
                if target is not None:
                    links.append(replace(link, kb_id=target.id, kind=target.kind, province=target.province,
                                         city=target.city))
            for i, ent in enumerate(ents):
                if ent.label_ == "ZONE" and self._is_bare(ent.text):
                    target = self.salient(ent.start_char, ent.text, ctx, scopes)
                    if target:
                        kb_ids[i] = target.id
            links += self._anaphoric_links(text, ents, ctx, scopes, links)
        links += nil_links
        _set_kb_ids(doc, spans, kb_ids)
        doc._.zn_zone_links = sorted(links, key=lambda link: (link.start, link.end))
        return doc

    def choose(self, cands: Sequence[Entry], ctx: Context) -> Entry | None:
        """The best candidate in context: city, province, county, related zones; then national over provincial."""
        w = self.rules.weights

        def score(e: Entry) -> int:
            related = e.id in ctx.zones or e.parent_id in ctx.zones or e.id in ctx.zone_parents
            return (
                w["city"] * (e.city in ctx.cities) + w["province"] * (e.province in ctx.provinces)
                + w["county"] * (e.county in ctx.counties) + w["related_zone"] * related
            )

        scores = {e.id: score(e) for e in cands}
        top = max(scores.values())
        tied = [e for e in cands if scores[e.id] == top]
        if len(tied) > 1:
            national = [e for e in tied if e.level == "national"]
            tied = national if national else tied
        return tied[0] if len(tied) == 1 else None

    def _collect_places(self, ents: list[_Ent], ctx: Context) -> None:
        for ent in ents:
            text = "".join(ent.text.split())
            if ent.label_ == "LOC":
                found = self._candidates(text, "LOC")
                if len(found) == 1:
                    ctx.add_place(found[0])
                    continue
            place = self._place_prefix(text)
            if place is not None:
                ctx.add_place(place)

    def _uncached_candidates(self, surface: str, label: str = "ZONE") -> tuple[Entry, ...]:
        return tuple(candidates(surface, self.table, label))

    def _lookup_prefix(self, text: str) -> Entry | None:
        """The place (one table entry) the text's first 8..2 characters name (memoised as `_place_prefix`)."""
        for n in range(min(len(text), 8), 1, -1):
            found = self.table.lookup(text[:n], "LOC")
            if len(found) == 1:
                return found[0]
        return None

    def _parent_zone(self, text: str, ctx: Context) -> Entry | None:
        """The listed zone a named sub-area opens with (光谷生物城 → 光谷, 郎溪县经济开发区十字园区):
        the corpus links a sub-area without a row of its own to the zone it belongs to."""
        for n in range(len(text) - 2, 1, -1):
            if self._is_bare(text[:n]):
                return None
            if self._is_bare(text[n:]):
                continue  # 临港 + 经开区 is a zone name of its own, not a sub-area of 临港
            cands = self._candidates(text[:n], "ZONE")
            if cands:
                return self.choose(cands, ctx)
        return None

    def _is_bare(self, text: str) -> bool:
        return "".join(text.split()) in self.rules.anaphors

    def _container_links(self, ents: list[_Ent], ctx: Context) -> tuple[list[ZoneLink], list[ZoneLink]]:
        """(links, unresolved anaphoric links) for zones named inside ORG/TITLE/PROJECT entities."""
        links, bare = [], []
        automaton = self._zones
        for ent in ents:
            if ent.label_ not in self.rules.container_labels:
                continue
            text = ent.text
            found = [(end + 1 - n, end + 1, alias) for end, (n, alias) in automaton.iter_long(text)]
            for start, end, alias in found:
                best = self._best(self._candidates(alias), ctx)
                if best is not None:
                    links.append(self._link(ent, start, end, best))
            if found or ent.label_ not in self.rules.nil_container_labels:
                continue
            m = self.rules.nil_re.search(text)
            if m is None:
                continue
            surface = text[: m.end()]
            if is_specific(surface):
                best = self._best(self._candidates(surface), ctx)
                if best is not None:
                    links.append(self._link(ent, 0, m.end(), best))
                else:
                    links.append(self._nil(ent.start_char, ent.start_char + m.end(), surface, ent.label_))
            elif not text[: m.start()].strip():
                bare.append(self._link(ent, m.start(), m.end(), None, anaphoric=True))
        return links, bare

    def _best(self, cands: Sequence[Entry], ctx: Context) -> Entry | None:
        return cands[0] if len(cands) == 1 else self.choose(cands, ctx) if cands else None

    def _link(self, ent: _Ent, start: int, end: int, entry: Entry | None, anaphoric: bool = False) -> ZoneLink:
        surface = ent.text[start:end]
        return ZoneLink(
            start=ent.start_char + start, end=ent.start_char + end, surface=surface, kb_id=entry.id if entry else None,
            anaphoric=anaphoric, container_label=ent.label_, kind=entry.kind if entry else infer_kind(surface),
            province=entry.province if entry else None, city=entry.city if entry else None,
        )

    def _nil(self, start: int, end: int, surface: str, container: str | None) -> ZoneLink:
        place = self._place_prefix("".join(surface.split()))
        province = place.province or (place.name if place.kind == "province" else None) if place else None
        city = (place.city or (place.name if place.kind == "prefecture" else None)) if place else None
        return ZoneLink(start=start, end=end, surface=surface, kb_id=None, container_label=container,
                        kind=infer_kind(surface), province=province, city=city)

    def _nil_links(self, ents: list[_Ent], kb_ids: dict[int, str]) -> list[ZoneLink]:
        return [
            self._nil(e.start_char, e.end_char, e.text, None)
            for i, e in enumerate(ents)
            if e.label_ == "ZONE" and i not in kb_ids and not e.kb_id_ and not self._is_bare(e.text)
        ]

    def _mentions(self, ents: list[_Ent], kb_ids: dict[int, str], links: list[ZoneLink]) -> list[Mention]:
        """Named zones (linked or NIL) of ZONE entities and container links, for anaphora."""
        out = []
        for i, e in enumerate(ents):
            if e.label_ == "ZONE" and i in kb_ids and (entry := self.table.get(kb_ids[i])) is not None:
                out.append(Mention(e.start_char, entry.id, entry.kind))
        out += [Mention(link.start, link.kb_id, link.kind) for link in links if not link.anaphoric]
        return out

    def _anaphoric_links(
        self, text: str, ents: list[_Ent], ctx: Context, scopes: Salience, links: list[ZoneLink]
    ) -> list[ZoneLink]:
        taken = Overlaps([(e.start_char, e.end_char) for e in ents] + [(link.start, link.end) for link in links])
        out = []
        for m in self.rules.anaphor_re.finditer(text):
            if taken.overlaps(m.start(), m.end()) or not self._left_ok(text, m.start()):
                continue
            target = self.salient(m.start(), m.group(), ctx, scopes)
            if target is not None:
                out.append(ZoneLink(start=m.start(), end=m.end(), surface=m.group(), kb_id=target.id, anaphoric=True,
                                    kind=target.kind, province=target.province, city=target.city))
        return out

    def _left_ok(self, text: str, pos: int) -> bool:
        left = text[max(0, pos - 4):pos]
        if any(left.endswith(b) for b in self.rules.left_block):
            return False
        if not left or not is_cjk(left[-1]):
            return True
        return any(left.endswith(w) for w in self.rules.left_ok)

    def salient(self, pos: int, word: str, ctx: Context, scopes: Salience) -> Entry | None:
        """The one zone of a compatible kind in the mention's article (else the document, else its main city).

        A compatible zone that is not in the table (NIL) in the article blocks the resolution.
        """
        key = "".join(word.split())
        kinds = self.rules.anaphors.get(key) or (infer_kind(key) or "*",)
        for lo, hi in scopes.scopes(pos):
            decided, zone = scopes.verdict(lo, hi, kinds)
            if decided:
                return self._whole_zone(zone, key) if zone is not None else None
        if not ctx.cities or len(kinds) != 1:  # the city fallback only for a one-kind word (高新区, not 园区)
            return None
        city, count = ctx.cities.most_common(1)[0]
        if sum(1 for c in ctx.cities.values() if c == count) > 1:
            return None
        local = [e for e in self.table.national_zones_in(city) if e.kind in kinds]
        if len(local) > 1:  # several: the zone named after the city (咸阳高新区, not 杨凌示范区)
            stem = city.removesuffix("市")
            local = [e for e in local if e.name.startswith(stem) or (e.province or "")[:2] + stem == e.name[: len(stem) + 2]]
        return local[0] if len(local) == 1 else None

    def _whole_zone(self, entry: Entry, word: str) -> Entry:
        """The parent zone for a class word (自贸试验区 said of a 片区 means the whole FTZ; 园区 stays the 片区)."""
        parent = self.table.get(entry.parent_id) if entry.parent_id else None
        if parent is not None and word not in self.rules.sub_area_words and parent.kind == entry.kind:
            return parent
        return entry


def _set_kb_ids(doc: Doc, spans: list[Span], kb_ids: dict[int, str]) -> None:
    """Give the entities `spans[i]` the kb id `kb_ids[i]` (on their tokens, where `doc.ents` reads it)."""
    for i, kb_id in kb_ids.items():
        span = spans[i]
        if span.kb_id_ != kb_id:
            for token in span:
                token.ent_kb_id_ = kb_id


def _char_len(doc: Doc) -> int:
    """len(doc.text) without building the text."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


@Language.factory(
    "zn_linker",
    default_config={"kb_path": "", "kb_extra": [], "labels": ["ZONE", "LOC"], "anaphora": True},
)
def make_linker(nlp: Language, name: str, kb_path: str, kb_extra: list[str], labels: list[str], anaphora: bool) -> Linker:
    """The linker over the shipped knowledge table (or `kb_path`), extended with the `kb_extra` files."""
    return Linker(load_table(kb_path, kb_extra), labels, anaphora)
