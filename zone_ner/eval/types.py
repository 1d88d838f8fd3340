"""The evaluator's data model: spans and documents, gold or predicted, format-neutral."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled character span `[start, end)` of a document's original text."""

    start: int
    end: int
    label: str
    text: str = ""
    kb_id: str | None = None
    kb_name: str | None = None

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def same_offsets(self, other: Span) -> bool:
        return self.start == other.start and self.end == other.end


@dataclass(frozen=True, slots=True)
class ZoneKey:
    """Identity of a zone as far as it is known: a knowledge-table id and/or an official name."""

    kb_id: str | None = None
    name: str | None = None

    @property
    def known(self) -> bool:
        return self.kb_id is not None or self.name is not None

    def same_zone(self, other: ZoneKey) -> bool:
        """True when both name the same zone by id or, failing that, by official name."""
        if self.kb_id is not None and self.kb_id == other.kb_id:
            return True
        return self.name is not None and self.name == other.name


OFFICIAL_TITLES = ("current", "all")  # records conventions: titles at the article date, every position


@dataclass(frozen=True, slots=True)
class OfficialRec:
    """An official as a record-level key: a name and the exact set of titles (current; a
    record's former and proposed titles in `other_titles`)."""

    name: str
    titles: frozenset[str] = frozenset()
    other_titles: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ProjectRec:
    """A project as a record-level key: name, investment amount, zone."""

    name: str
    amount: float | None = None
    zone: ZoneKey = ZoneKey()


@dataclass(slots=True)
class EvalDoc:
    """One document: text (None when only a manifest reference is known), spans and optional records.

    `officials` / `projects` are None when the source carries no records (then record-level
    scores skip the document). `zone_names` maps kb ids to official names when known.
    """

    id: str
    text: str | None
    spans: list[Span] = field(default_factory=list)
    relations: list[dict] = field(default_factory=list)
    officials: list[OfficialRec] | None = None
    projects: list[ProjectRec] | None = None
    zone_names: dict[str, str] = field(default_factory=dict)
    source: dict | None = None
    origin: str = ""
