"""Component `zn_rules`: data-driven rules for ZONE, ORG, COMPANY, PROJECT, TITLE and PERSON."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from zone_ner.extensions import ensure_extensions, text_of
from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.candidates import (
    CONDITIONAL,
    Candidate,
    add_candidates,
    get_candidates,
)
from zone_ner.recognition.rules.abbreviations import find_abbreviations
from zone_ner.recognition.rules.acronyms import find_acronyms
from zone_ner.recognition.rules.bracketed import find_bracketed_bodies
from zone_ner.recognition.rules.brand_cues import find_cued_brands, find_zone_companies
from zone_ner.recognition.rules.companies import (
    find_brands,
    find_bureaus,
    find_companies,
    find_enumerations,
    find_group_units,
    find_latin_companies,
    find_place_trades,
    listed_brands,
    without_country,
)
from zone_ner.recognition.rules.declared import find_declared_zones
from zone_ner.recognition.rules.doubled import find_doubled, split_doubled
from zone_ner.recognition.rules.infrastructure import (
    find_infrastructure,
    line_parts,
    works_span,
)
from zone_ner.recognition.rules.lexicon import (
    STEM_TAILS,
    Lexicon,
    WordSet,
    default_lexicon,
)
from zone_ner.recognition.rules.national import find_national_bodies, kb_countries
from zone_ner.recognition.rules.orgs import find_orgs
from zone_ner.recognition.rules.people import find_people, with_fields
from zone_ner.recognition.rules.phases import with_phases
from zone_ner.recognition.rules.places import find_places, find_strategy_regions
from zone_ner.recognition.rules.projects import (
    find_project_lists,
    find_projects,
    find_repeated_projects,
)
from zone_ner.recognition.rules.scan import Known
from zone_ner.recognition.rules.short_places import (
    PROVINCE_ID_TAIL,
    find_city_districts,
    find_listed_districts,
    find_short_places,
)
from zone_ner.recognition.rules.units import find_company_units, find_units
from zone_ner.recognition.rules.zones import find_short_forms, find_zones, join_parks

KNOWN_LABELS = frozenset({"ZONE", "LOC", "COMPANY", "ORG"})
PROVINCE_ENDINGS = ("省", "自治区")


def kb_places(kb: KnowledgeTable) -> frozenset[str]:
    """Place names and their short forms (省/市/县 dropped) from the knowledge table."""
    names = set()
    for entry in kb.entries("LOC"):
        names.update(
            a for a in (entry.name, *entry.aliases, *entry.weak_aliases) if len(a) >= 2
        )
    return frozenset(names)


def kb_provinces(kb: KnowledgeTable) -> WordSet:
    """Provinces and autonomous regions with their short forms from the knowledge table (江西省,
    江西); not the municipalities, which name things as cities do (北京地铁, 北京市十一学校)."""
    return WordSet(
        {
            a
            for e in kb.entries("LOC")
            if e.kind == "province" and e.name.endswith(PROVINCE_ENDINGS)
            for a in (e.name, *e.aliases)
        }
    )


def kb_district_parents(kb: KnowledgeTable) -> dict[str, frozenset[str]]:
    """Stems of the 3-4-character district, county and county-level city names (黄陂区 → 黄陂, 乳山市 →
    乳山) with the ids of the cities and provinces they belong to (武汉市, 湖北省; 天津市 for 蓟州)."""
    parents: dict[str, set[str]] = {}
    for e in kb.entries("LOC"):
        if e.kind == "county" and e.parent_id and 3 <= len(e.name) <= 4 and e.name[-1] in STEM_TAILS:
            province = e.parent_id[: -len(PROVINCE_ID_TAIL)] + PROVINCE_ID_TAIL
            parents.setdefault(e.name[:-1], set()).update((e.parent_id, province))
    return {stem: frozenset(ids) for stem, ids in parents.items()}


def _with_towns(text: str, lex: Lexicon, known: Known) -> Known:
    """A copy of `known` with the town, street and community names of `text`, for the ORG rules
    (周浦镇 + 文化服务中心, 人民广场街道 + 司法所); the other rules see those names only later."""
    towns = Known(dict(known.spans))
    for c in find_places(text, lex, known):
        if lex.left_stops.starting_at(text, c.start) is None:  # 由乐业二村: the stop is no part of it
            towns.add(c.start, c.end, c.label)
    return towns


class RuleRecogniser:
    """Runs the rule finders in order; each one's results are known names for the next."""

    def __init__(
        self,
        lexicon: Lexicon,
        labels: Iterable[str],
        countries: WordSet | None = None,
        provinces: WordSet | None = None,
        district_parents: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.labels = frozenset(labels)
        self.countries = countries or WordSet(set())
        self.provinces = provinces or WordSet(set())
        self.district_parents = district_parents or {}

    @classmethod
    def from_kb(cls, kb: KnowledgeTable, labels: Iterable[str]) -> RuleRecogniser:
        """The rules with their place, country, province and district data read from `kb`."""
        return cls(default_lexicon(kb_places(kb)), labels, kb_countries(kb), kb_provinces(kb), kb_district_parents(kb))

    def find(self, text: str, prior: Iterable[Candidate] = ()) -> list[Candidate]:
        """Candidates for `text`; `prior` are earlier recognisers' candidates (the gazetteer's)."""
        lex, known, prior = self.lexicon, Known(), list(prior)
        for c in prior:
            if c.label in KNOWN_LABELS:
                known.add(c.start, c.end, c.label)
        found = find_zones(text, lex, known)
        for c in found:
            known.add(c.start, c.end, "ZONE")
        found += join_parks(text, known)
        found += find_short_forms(text, lex, known, found)
        found += find_declared_zones(text, lex, known)
        orgs = find_orgs(text, lex, _with_towns(text, lex, known))
        for c in orgs:
            known.add(c.start, c.end, c.label)
        orgs += find_national_bodies(text, lex, known, self.countries, orgs)
        orgs += find_units(text, lex, known, orgs)
        orgs += find_bracketed_bodies(text, lex, known, orgs)
        found += orgs
        people = find_people(text, lex, known)
        for c in people:
            if c.source not in CONDITIONAL:  # kept only beside a PERSON: no known name yet
                known.add(c.start, c.end, c.label)
        found += people
        companies = find_companies(text, lex, known)
        listed = without_country(text, find_enumerations(text, lex, known), self.countries, lex)
        companies += listed
        companies += find_bureaus(text, known)
        companies += find_group_units(text, lex, known)
        companies += find_place_trades(text, lex, known)
        companies += find_latin_companies(text, known)
        companies = without_country(text, companies, self.countries, lex)
        found += companies + find_zone_companies(text, known)
        cued = find_cued_brands(text, lex, known, self.countries) + listed_brands(text, listed)
        found += find_brands(text, lex, known, companies, cued)
        found += find_company_units(text, lex, known, found)
        found += with_fields(text, found, known)
        found += find_acronyms(text, known, found)
        projects = find_projects(text, lex, known) + find_project_lists(text, lex, known)
        projects += [
            c
            for c in find_infrastructure(text, lex, known, self.provinces)
            if not any(p.start < c.end and c.start < p.end for p in projects)
        ]
        found += projects + find_repeated_projects(
            text, known, projects + line_parts(text, projects), lambda start, end: works_span(text, start, end, lex)
        )
        found += find_places(text, lex, known)
        found += find_abbreviations(text, known)
        found += find_strategy_regions(text, known)
        found += find_short_places(text, known, prior + [c for c in found if c.label == "LOC"])
        found += find_listed_districts(text, lex, known)
        found += find_city_districts(text, self.district_parents, known, prior + [c for c in found if c.label == "LOC"])
        found = split_doubled(text, found)
        found += find_doubled(text, prior + found, known)
        found += with_phases(text, prior + found)
        return [c for c in found if c.label in self.labels]

    def __call__(self, doc: Doc) -> Doc:
        add_candidates(doc, self.find(text_of(doc), get_candidates(doc)))
        return doc


@Language.factory(
    "zn_rules",
    default_config={
        "kb_path": "",
        "labels": ["ZONE", "COMPANY", "PERSON", "TITLE", "PROJECT", "ORG", "LOC"],
    },
    requires=["doc._.zn_norm"],
    assigns=["doc.user_data"],
)
def make_rules(
    nlp: Language, name: str, kb_path: str, labels: list[str]
) -> RuleRecogniser:
    """The rules component; place names for zone validation come from the knowledge table (or `kb_path`)."""
    ensure_extensions()
    kb = KnowledgeTable.load(Path(kb_path) if kb_path else None)
    return RuleRecogniser.from_kb(kb, labels)
