"""Component `zn_merge`: the merge policy that turns candidates into flat `doc.ents`.

Policy (documented in docs/recognition.md): every recogniser's candidates and the
statistical model's `doc.ents` (restricted to `model_labels`) are pooled; overlapping
candidates are resolved greedily by (source priority, length, score), higher first,
where a candidate scoring below its source's `weak_below` threshold ranks with priority
`weak_priority`; the winners become `doc.ents`. A title the rules could not pair with a
name (source `title_cue`) joins them only right before a chosen PERSON, a title written after
a name (source `title_after`) only right after one. Token boundaries are split where a winner
needs them.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from zone_ner.extensions import ensure_extensions
from zone_ner.recognition.align import split_at
from zone_ner.recognition.candidates import (
    AFTER_PERSON,
    BEFORE_PERSON,
    CONDITIONAL,
    Candidate,
    get_candidates,
)

LABELS = ("ZONE", "COMPANY", "PERSON", "TITLE", "PROJECT", "ORG", "LOC")
_OUTSIDE = numpy.array([2, 0], dtype=numpy.uint64)  # ENT_IOB "O", no ENT_TYPE


def set_ents(doc: Doc, ents: list[Span]) -> None:
    """`doc.set_ents(ents)`: every token is made outside (O) in one array write first, so that
    `set_ents` walks only the entities' tokens (its default marks the others one by one)."""
    outside = numpy.empty((len(doc), 2), dtype=numpy.uint64)
    outside[:] = _OUTSIDE
    doc.from_array([ENT_IOB, ENT_TYPE], outside)
    doc.set_ents(ents, default="unmodified")


class Merge:
    """Resolves overlapping candidates and writes `doc.ents` and per-source span groups."""

    def __init__(
        self,
        priorities: dict[str, int],
        min_score: float,
        weak_below: dict[str, float] | None = None,
        weak_priority: float = 0.0,
        model_labels: list[str] | None = None,
    ) -> None:
        self.priorities = priorities
        self.min_score = min_score
        self.weak_below = weak_below or {}
        self.weak_priority = weak_priority
        self.model_labels = set(model_labels) if model_labels is not None else set(LABELS)

    def _rank(self, c: Candidate) -> tuple[float, int, float]:
        if c.score < self.weak_below.get(c.source, 0.0):
            return (self.weak_priority, c.end - c.start, c.score)
        return (self.priorities.get(c.source, 0), c.end - c.start, c.score)

    def select(self, candidates: list[Candidate]) -> list[Candidate]:
        """Greedy non-overlapping selection by rank; then the conditional candidates that overlap
        nothing chosen: BEFORE_PERSON ones ending where a chosen PERSON starts, AFTER_PERSON ones
        starting where one ends."""
        taken = bytearray(max((c.end for c in candidates), default=0))
        chosen: list[Candidate] = []
        for c in sorted(candidates, key=self._rank, reverse=True):
            if c.label not in LABELS or c.score < self.min_score or c.end <= c.start:
                continue
            if c.source in CONDITIONAL or any(taken[c.start : c.end]):
                continue
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        starts = {c.start for c in chosen if c.label == "PERSON"}
        ends = {c.end for c in chosen if c.label == "PERSON"}
        for c in candidates:
            placed = (c.source == BEFORE_PERSON and c.end in starts) or (
                c.source == AFTER_PERSON and c.start in ends
            )
            if placed and not any(taken[c.start : c.end]):
                taken[c.start : c.end] = b"\x01" * (c.end - c.start)
                chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def __call__(self, doc: Doc) -> Doc:
        model = [
            Candidate(e.start_char, e.end_char, e.label_, e._.zn_source or "model", e._.zn_score or 0.9)
            for e in doc.ents
            if e.label_ in self.model_labels
        ]
        pooled = get_candidates(doc) + model
        chosen = self.select(pooled)
        split_at(doc, {b for c in pooled for b in (c.start, c.end)})
        ents = []
        data = doc.user_data
        made: dict[tuple[int, int, str], Span] = {}  # entities without a kb id, reused in the span groups
        for c in chosen:
            span = doc.char_span(c.start, c.end, label=c.label, kb_id=c.kb_id or "")
            if span is None:
                continue
            # span._.zn_source and span._.zn_score, written under spaCy's key without an Underscore
            data[("._.", "zn_source", c.start, c.end)] = c.source
            data[("._.", "zn_score", c.start, c.end)] = c.score
            ents.append(span)
            if not c.kb_id:
                made[(c.start, c.end, c.label)] = span
        set_ents(doc, ents)
        for source in {c.source for c in pooled}:
            doc.spans[f"zn_{source}"] = [
                s
                for c in pooled
                if c.source == source
                and (s := made.get((c.start, c.end, c.label)) or doc.char_span(c.start, c.end, label=c.label))
                is not None
            ]
        return doc


@Language.factory(
    "zn_merge",
    default_config={
        "priorities": {"rules": 3, "gazetteer": 2, "model": 1},
        "min_score": 0.0,
        "weak_below": {},
        "weak_priority": 0.0,
        "model_labels": None,
    },
    assigns=["doc.ents", "doc.spans"],
)
def make_merge(
    nlp: Language,
    name: str,
    priorities: dict[str, int],
    min_score: float,
    weak_below: dict[str, float],
    weak_priority: float,
    model_labels: list[str] | None,
) -> Merge:
    """The merge component; `priorities` ranks recognisers (higher wins an overlap);
    candidates scoring below `weak_below[source]` rank at `weak_priority`; the statistical
    model contributes only `model_labels` (all labels when None)."""
    ensure_extensions()
    return Merge(priorities, min_score, weak_below, weak_priority, model_labels)
