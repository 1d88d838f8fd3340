"""Projects: PROJECT mentions with the amount, stage, zone and companies of their sentence."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from zone_ner.records.context import sentence_index, sentence_starts
from zone_ner.records.models import Project
from zone_ner.records.money import find_amounts

_STAGES = Path(__file__).parent / "data" / "stages.tsv"


@lru_cache(maxsize=1)
def _stage_keywords() -> list[tuple[str, str]]:
    with _STAGES.open(encoding="utf-8") as f:
        rows = [(r["keyword"], r["stage"]) for r in csv.DictReader(f, delimiter="\t")]
    return sorted(rows, key=lambda r: len(r[0]), reverse=True)


def _stage(text: str) -> str | None:
    """The stage keyword nearest the start of `text`."""
    hits = [(text.find(k), stage) for k, stage in _stage_keywords() if k in text]
    return min(hits)[1] if hits else None


def build_projects(doc: Doc, zone_at: dict[int, str | None], default_zone: str | None) -> list[Project]:
    """One Project per distinct PROJECT name; details come from the sentence it is in.

    `zone_at` maps the start of each ZONE mention to its kb_id.
    """
    starts = sentence_starts(doc)
    ends = starts[1:] + [len(doc.text)]
    projects: dict[str, Project] = {}
    for ent in doc.ents:
        if ent.label_ != "PROJECT":
            continue
        s = sentence_index(starts, ent.start_char)
        sent_start, sent_end = starts[s], ends[s]
        project = projects.setdefault(ent.text, Project(name=ent.text))
        after = doc.text[ent.end_char:sent_end]
        before = doc.text[sent_start:ent.start_char]
        if project.investment is None:
            amounts = find_amounts(after) or find_amounts(before)
            project.investment = amounts[0][2] if amounts else None
        project.stage = project.stage or _stage(after) or _stage(before)
        in_sentence = [e for e in doc.ents if sent_start <= e.start_char < sent_end]
        if project.zone is None:
            zones = [zone_at.get(e.start_char) for e in in_sentence if e.label_ == "ZONE"]
            project.zone = next((z for z in zones if z), None) or default_zone
        for e in in_sentence:
            if e.label_ == "COMPANY" and e.text not in project.companies:
                project.companies.append(e.text)
    return list(projects.values())
