"""Projects: PROJECT mentions with their investment amount, stage, zone and investing companies.

Follows corpus/GUIDELINES.md: one record per named project (its first full surface); the
amount is the one stated for the project (总投资约19亿元 → 19亿元), not 年产值 or 税收;
`zone` only when the text places the project in a zone; companies are those named in the
project (安多集团畜牧全产业链项目) or investing in it in the same clause.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import ahocorasick
from spacy.tokens import Doc, Span

from zone_ner.extensions import doc_value, text_of
from zone_ner.records.clauses import ITEM_END, ZonePlacer, clause
from zone_ner.records.context import (
    Entity,
    SpanIndex,
    entities,
    sentence_index,
    sentence_starts,
    word_list,
)
from zone_ner.records.models import Investment, Project
from zone_ner.records.money import find_amounts

_DATA = Path(__file__).parent / "data"
_CUE_WINDOW = 6
GENERIC_TAILS = ("建设项目", "工程", "项目")
MIN_KEY = 2
_ANAPHOR = re.compile(
    r"(?:^|[，,。；;！？\n])(?:该|此|本)?(?:项目|工程)(?:批复|计划|预计|拟|概算)?总?投资(?:额|总额)?(?:约|近|超|达)?"
)


@lru_cache(maxsize=1)
def _stage_keywords() -> list[tuple[str, str]]:
    with (_DATA / "stages.tsv").open(encoding="utf-8") as f:
        rows = [(r["keyword"], r["stage"]) for r in csv.DictReader(f, delimiter="\t")]
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


def stage_of(text: str) -> str | None:
    """The stage keyword nearest the start of `text` (签约, 开工, 在建, 竣工, 投产)."""
    hits = [(text.find(k), stage) for k, stage in _stage_keywords() if k in text]
    return min(hits)[1] if hits else None


def investment_near(text: str, ent: Entity) -> Investment | None:
    """The amount stated for the project at `ent`: after it in its clause, or just before it (…亿元的X项目)."""
    left, right = clause(text, ent.start_char, ent.end_char)
    cues = word_list("investment_cues.txt")
    following = text[right + 1 : right + 1 + _CUE_WINDOW]
    if following.startswith(cues) or any(c in following for c in cues):
        right = clause(text, right + 1, right + 1)[1]
    after = [(s, a) for s, _e, a in find_amounts(text[ent.end_char : right])]
    before = [(s, a) for s, _e, a in find_amounts(text[left : ent.start_char])]
    for offset, found in ((ent.end_char, after), (left, before)):
        for s, amount in found:
            window = text[max(left, offset + s - _CUE_WINDOW) : offset + s]
            if any(c in window for c in cues):
                return amount
    return None


def project_key(name: str) -> str:
    """The name without a trailing 工程 / 项目: 烂田沟水库, 烂田沟水库工程 and 烂田沟水库项目 are one
    project, recorded under its first surface."""
    for tail in GENERIC_TAILS:
        if name.endswith(tail) and len(name) - len(tail) >= MIN_KEY:
            return name[: -len(tail)]
    return name


def full_names(companies: Iterable[str]) -> dict[str, str]:
    """Each company surface mapped to the longest company surface containing it (its full name)."""
    surfaces = sorted(set(companies), key=len, reverse=True)
    automaton = ahocorasick.Automaton()
    for s in filter(None, surfaces):
        automaton.add_word(s, s)
    automaton.make_automaton()
    full: dict[str, str] = {}
    for f in surfaces:  # longest first: the first surface found to contain s is its full name
        for _end, s in automaton.iter(f):
            full.setdefault(s, f)
    return {s: full.get(s, surfaces[0]) for s in surfaces}  # "" is in every surface


def _investors(text: str, ent: Entity, companies: SpanIndex, full: list[str]) -> list[str]:
    """Companies named inside the project, or in its list item next to an investing verb (`full` names)."""
    left, right = clause(text, ent.start_char, ent.end_char, ITEM_END)
    verbs = any(v in text[left:right] for v in word_list("invest_verbs.txt"))
    near = set(companies.starting_in(ent.start_char, ent.end_char + 1))
    if verbs:
        near.update(companies.starting_in(left, right))
    names = []
    for i in sorted(near):
        c = companies.spans[i]
        inside = ent.start_char <= c.start_char and c.end_char <= ent.end_char
        name = full[i]
        if (inside or (verbs and left <= c.start_char < right)) and name not in names:
            names.append(name)
    return names


def build_projects(
    doc: Doc, zone_at: dict[int, str | None], default_zone: str | None
) -> list[Project]:
    """One Project per distinct PROJECT name (工程 / 项目 after it aside); details from every mention.

    `zone_at` maps the start of each ZONE mention to its kb_id (None for a zone not in the
    knowledge table: the record then names it). `default_zone` (the document's main zone) is
    used when the project's sentence refers to it anaphorically (区内, 园区, bare 高新区).
    """
    text = text_of(doc)
    starts = sentence_starts(doc)
    ends = starts[1:] + [len(text)]
    ents = sorted(entities(doc), key=lambda e: e.start_char)
    companies = _companies(doc, ents)
    surfaces = [text[c.start_char : c.end_char] for c in companies.spans]
    names = full_names(surfaces)
    full = [names[s] for s in surfaces]  # each company's full name, by its position
    placer = ZonePlacer(text, ents)
    anaphoric = sorted(link.start for link in doc_value(doc, "zn_zone_links") or [] if link.anaphoric)
    projects: dict[str, Project] = {}
    for ent in ents:
        if ent.label_ != "PROJECT":
            continue
        s = sentence_index(starts, ent.start_char)
        sent_start, sent_end = starts[s], ends[s]
        project = projects.setdefault(project_key(ent.text), Project(name=ent.text))
        project.investment = project.investment or investment_near(text, ent)
        project.stage = (
            project.stage
            or stage_of(text[ent.end_char : sent_end])
            or stage_of(text[sent_start : ent.start_char])
        )
        if project.zone is None:
            zone = placer.place(ent, *placer.starting_in(sent_start, sent_end))
            if zone is not None:
                project.zone = zone_at.get(zone.start_char) or zone.text
            elif _any_in(anaphoric, sent_start, sent_end):
                project.zone = default_zone
        for name in _investors(text, ent, companies, full):
            if name not in project.companies:
                project.companies.append(name)
    _anaphoric_amounts(text, ents, projects)
    return list(projects.values())


def _companies(doc: Doc, ents: list[Entity]) -> SpanIndex:
    """COMPANY entities, then the span groups' COMPANY spans at other offsets."""
    companies: list[Entity | Span] = [e for e in ents if e.label_ == "COMPANY"]
    seen = {(c.start_char, c.end_char) for c in companies}
    for group in doc.spans.values():
        for span in group:
            if span.label_ == "COMPANY" and (span.start_char, span.end_char) not in seen:
                seen.add((span.start_char, span.end_char))
                companies.append(span)
    return SpanIndex(companies)


def _any_in(positions: list[int], lo: int, hi: int) -> bool:
    """True if some of the sorted `positions` is in [lo, hi)."""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] < hi


def _anaphoric_amounts(text: str, ents: list[Entity], projects: dict[str, Project]) -> None:
    """An amount opening a sentence (项目总投资14亿元, 工程批复总投资3.6亿元) goes to the last project
    named before it."""
    named = [e for e in ents if e.label_ == "PROJECT"]
    if not named or "投资" not in text:  # _ANAPHOR needs both; it cannot skip ahead in the text
        return
    ends = [e.end_char for e in named]  # entities do not overlap: sorted like their starts
    for m in _ANAPHOR.finditer(text):
        k = bisect_right(ends, m.start())
        if k == 0:
            continue
        project = projects[project_key(named[k - 1].text)]
        if project.investment is None:
            amounts = find_amounts(text[m.end() : m.end() + 16])
            project.investment = (
                amounts[0][2] if amounts and amounts[0][0] < 4 else None
            )
