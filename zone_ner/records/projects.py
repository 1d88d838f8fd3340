"""Projects: PROJECT mentions with their investment amount, stage, zone and investing companies.

Follows corpus/GUIDELINES.md: one record per named project (its first full surface); the
amount is the one stated for the project (总投资约19亿元 → 19亿元), not 年产值 or 税收;
`zone` only when the text places the project in a zone; companies are those named in the
project (安多集团畜牧全产业链项目) or investing in it in the same clause.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from zone_ner.extensions import text_of
from zone_ner.records.context import entities, sentence_index, sentence_starts, word_list
from zone_ner.records.models import Investment, Project
from zone_ner.records.money import find_amounts

_DATA = Path(__file__).parent / "data"
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_ITEM_END = re.compile(r"[、，,；;。！？!?\n]")
_SENTENCE_END = re.compile(r"[；;。！？!?\n]")
_CUE_WINDOW = 6
_ANAPHOR = re.compile(
    r"(?:^|[，,。；;！？\n])(?:该|此|本)?项目(?:计划|预计|拟)?总?投资(?:额|总额)?(?:约|近|超|达)?"
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


def _clause(
    doc: Doc, start: int, end: int, breaks: re.Pattern[str] = _CLAUSE_END
) -> tuple[int, int]:
    """The clause (between ，；。, or the list item when `breaks` has 、) around [start, end)."""
    text = text_of(doc)
    lo = max(0, start - 200)
    left = max((m.end() for m in breaks.finditer(text, lo, start)), default=lo)
    right = breaks.search(text, end)
    return left, right.start() if right else len(text)


def investment_near(doc: Doc, ent: Span) -> Investment | None:
    """The amount stated for the project at `ent`: after it in its clause, or just before it (…亿元的X项目)."""
    left, right = _clause(doc, ent.start_char, ent.end_char)
    cues = word_list("investment_cues.txt")
    if text_of(doc)[right + 1 : right + 1 + _CUE_WINDOW].startswith(cues) or any(
        c in text_of(doc)[right + 1 : right + 1 + _CUE_WINDOW] for c in cues
    ):
        right = _clause(doc, right + 1, right + 1)[1]
    after = [(s, a) for s, _e, a in find_amounts(text_of(doc)[ent.end_char : right])]
    before = [(s, a) for s, _e, a in find_amounts(text_of(doc)[left : ent.start_char])]
    for offset, found in ((ent.end_char, after), (left, before)):
        for s, amount in found:
            window = text_of(doc)[max(left, offset + s - _CUE_WINDOW) : offset + s]
            if any(c in window for c in cues):
                return amount
    return None


def full_names(companies: list[Span]) -> dict[str, str]:
    """Each company surface mapped to the longest company surface containing it (its full name)."""
    surfaces = sorted({c.text for c in companies}, key=len, reverse=True)
    return {s: next(f for f in surfaces if s in f) for s in surfaces}


def _investors(doc: Doc, ent: Span, companies: list[Span], full: dict[str, str]) -> list[str]:
    """Companies named inside the project, or in its list item next to an investing verb (full names)."""
    left, right = _clause(doc, ent.start_char, ent.end_char, _ITEM_END)
    clause = text_of(doc)[left:right]
    verbs = any(v in clause for v in word_list("invest_verbs.txt"))
    names = []
    for c in companies:
        inside = ent.start_char <= c.start_char and c.end_char <= ent.end_char
        name = full[c.text]
        if (inside or (verbs and left <= c.start_char < right)) and name not in names:
            names.append(name)
    return names


def placing_zone(doc: Doc, ent: Span, zones: list[Span]) -> Span | None:
    """The zone the text places the project in: in the project's clause, or after 在 / 位于 / 落户."""
    left, right = _clause(doc, ent.start_char, ent.end_char, _ITEM_END)
    cues = word_list("location_cues.txt")
    for zone in zones:
        if left <= zone.start_char < right or text_of(doc)[: zone.start_char].endswith(
            cues
        ):
            return zone
    return None


def build_projects(
    doc: Doc, zone_at: dict[int, str | None], default_zone: str | None
) -> list[Project]:
    """One Project per distinct PROJECT name; details from every mention of it.

    `zone_at` maps the start of each ZONE mention to its kb_id (None for a zone not in the
    knowledge table: the record then names it). `default_zone` (the document's main zone) is
    used when the project's sentence refers to it anaphorically (区内, 园区, bare 高新区).
    """
    starts = sentence_starts(doc)
    ends = starts[1:] + [len(text_of(doc))]
    ents = sorted(entities(doc), key=lambda e: e.start_char)
    companies = [e for e in ents if e.label_ == "COMPANY"]
    seen = {(c.start_char, c.end_char) for c in companies}
    for group in doc.spans.values():
        for span in group:
            if span.label_ == "COMPANY" and (span.start_char, span.end_char) not in seen:
                seen.add((span.start_char, span.end_char))
                companies.append(span)
    full = full_names(companies)
    anaphoric = [link.start for link in doc._.zn_zone_links or [] if link.anaphoric]
    projects: dict[str, Project] = {}
    for ent in ents:
        if ent.label_ != "PROJECT":
            continue
        s = sentence_index(starts, ent.start_char)
        sent_start, sent_end = starts[s], ends[s]
        project = projects.setdefault(ent.text, Project(name=ent.text))
        project.investment = project.investment or investment_near(doc, ent)
        project.stage = (
            project.stage
            or stage_of(text_of(doc)[ent.end_char : sent_end])
            or stage_of(text_of(doc)[sent_start : ent.start_char])
        )
        if project.zone is None:
            zone = placing_zone(
                doc,
                ent,
                [
                    e
                    for e in ents
                    if e.label_ == "ZONE" and sent_start <= e.start_char < sent_end
                ],
            )
            if zone is not None:
                project.zone = zone_at.get(zone.start_char) or zone.text
            elif any(sent_start <= a < sent_end for a in anaphoric):
                project.zone = default_zone
        for name in _investors(doc, ent, companies, full):
            if name not in project.companies:
                project.companies.append(name)
    _anaphoric_amounts(doc, ents, projects)
    return list(projects.values())


def _anaphoric_amounts(
    doc: Doc, ents: list[Span], projects: dict[str, Project]
) -> None:
    """An amount opening a sentence (项目总投资14亿元) goes to the last project named before it."""
    for m in _ANAPHOR.finditer(text_of(doc)):
        before = [e for e in ents if e.label_ == "PROJECT" and e.end_char <= m.start()]
        if not before:
            continue
        project = projects[before[-1].text]
        if project.investment is None:
            amounts = find_amounts(text_of(doc)[m.end() : m.end() + 16])
            project.investment = (
                amounts[0][2] if amounts and amounts[0][0] < 4 else None
            )
