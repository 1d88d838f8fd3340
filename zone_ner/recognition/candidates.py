"""Candidate mentions proposed by the recognisers, in clean-text character offsets."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

CANDIDATES_KEY = "zn_candidates"
BEFORE_PERSON = "title_cue"
"""Source of candidates kept only right before a chosen PERSON (a title whose name only the
statistical model reads: 副行长 + 黄金老); zn_merge applies the condition."""
AFTER_PERSON = "title_after"
"""Source of candidates kept only right after a chosen PERSON (张信荣 + 教授); zn_merge applies it."""
CONDITIONAL = frozenset({BEFORE_PERSON, AFTER_PERSON})


@dataclass(frozen=True)
class Candidate:
    """A proposed mention: clean-text offsets, label, the recogniser and its confidence."""

    start: int
    end: int
    label: str
    source: str
    score: float = 1.0
    kb_id: str | None = None


def add_candidates(doc: Doc, candidates: list[Candidate]) -> None:
    """Append candidates to the doc (read by `zn_merge`)."""
    doc.user_data.setdefault(CANDIDATES_KEY, []).extend(candidates)


def get_candidates(doc: Doc) -> list[Candidate]:
    """All candidates proposed so far."""
    return list(doc.user_data.get(CANDIDATES_KEY, []))
