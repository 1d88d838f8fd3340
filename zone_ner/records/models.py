"""Typed records emitted by zone_ner (pydantic v2). Offsets index the caller's original text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Label = Literal["ZONE", "COMPANY", "PERSON", "TITLE", "PROJECT", "ORG", "LOC"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Record):
    """One recognised entity mention."""

    text: str = Field(description="The mention as it appears in the original text.")
    label: Label
    start: int = Field(ge=0, description="Start index into the original text.")
    end: int = Field(ge=0, description="End index (exclusive) into the original text.")
    kb_id: str | None = Field(default=None, description="Knowledge-table id for ZONE/LOC, None if unlinked or NIL.")
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    source: str = Field(default="rules", description="Recogniser that produced the mention.")


class ZoneLinkRecord(_Record):
    """A zone named inside another mention (ORG, TITLE, PROJECT) or referred to anaphorically (bare 高新区)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kb_id: str | None = None
    anaphoric: bool = Field(default=False, description="True for a bare 高新区/开发区 resolved to the salient zone.")
    container_label: str | None = Field(default=None, description="Label of the mention that contains this zone name.")
    kind: str | None = None
    province: str | None = None
    city: str | None = None


class ZoneRef(_Record):
    """A zone the document talks about, with all its surfaces."""

    kb_id: str | None = Field(description="Knowledge-table id; None for a zone not in the table (NIL).")
    name: str = Field(description="Official full name, or the surface for NIL zones.")
    kind: str | None = None
    level: str | None = None
    province: str | None = None
    city: str | None = None
    mention_count: int = 0
    surfaces: list[str] = Field(default_factory=list)
    nil: bool = False


class Company(_Record):
    """An enterprise named in the document."""

    name: str
    surfaces: list[str] = Field(default_factory=list)
    zone: str | None = Field(default=None, description="kb_id of the zone the company is located in.")


class Official(_Record):
    """A person with the positions the text gives them."""

    name: str
    titles: list[str] = Field(default_factory=list, description="Positions held at the article date.")
    former_titles: list[str] = Field(
        default_factory=list,
        description="Positions held before the article date (曾任, 原, 时任, 不再担任, dated career steps).",
    )
    proposed_titles: list[str] = Field(
        default_factory=list, description="Positions the person is proposed or nominated for (拟任, 拟提名)."
    )
    organization: str | None = None
    zone: str | None = Field(default=None, description="kb_id of the zone the current titles belong to.")


class Investment(_Record):
    """An amount of money as stated and as a number."""

    amount: float = Field(description="Amount in units of `currency` (亿元 → ×1e8).")
    currency: str = Field(description="ISO 4217 code, e.g. CNY, USD.")
    text: str = Field(description="The amount as written, e.g. 9.3亿元.")


class Project(_Record):
    """A named investment or construction project."""

    name: str
    investment: Investment | None = None
    stage: str | None = Field(default=None, description="签约, 开工, 在建, 竣工, 投产 …")
    zone: str | None = Field(default=None, description="kb_id of the zone the project is in.")
    companies: list[str] = Field(default_factory=list)


class Article(_Record):
    """One article of a page; offsets into the original text."""

    start: int
    end: int
    title: str | None = None
    byline: str | None = None


class DocumentRecord(_Record):
    """Everything zone_ner extracted from one input text."""

    id: str | None = None
    text_source: Literal["original", "html_extracted"] = Field(
        default="original",
        description="What the offsets index: the caller's text, or the text extracted from HTML input.",
    )
    length: int = Field(description="Length of the text the offsets refer to.")
    text: str | None = Field(default=None, description="The extracted text the offsets index (HTML input only).")
    mentions: list[Mention] = Field(default_factory=list)
    zone_links: list[ZoneLinkRecord] = Field(default_factory=list)
    zones: list[ZoneRef] = Field(default_factory=list)
    companies: list[Company] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
