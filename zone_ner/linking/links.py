"""`ZoneLink`: a zone found by the linker outside the ZONE entities (inside ORG/TITLE/PROJECT, anaphoric, NIL)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ZoneLink:
    """A linked (or NIL) zone reference; `start`/`end` are clean-text character offsets of the doc."""

    start: int
    end: int
    surface: str
    kb_id: str | None
    anaphoric: bool = False
    container_label: str | None = None
    kind: str | None = None
    province: str | None = None
    city: str | None = None
