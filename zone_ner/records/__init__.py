"""Stage 6: typed records (pydantic v2) built from processed Docs."""

from zone_ner.records.models import (
    Article,
    Company,
    DocumentRecord,
    Investment,
    Mention,
    Official,
    Project,
    ZoneLinkRecord,
    ZoneRef,
)

__all__ = [
    "Article",
    "Company",
    "DocumentRecord",
    "Investment",
    "Mention",
    "Official",
    "Project",
    "ZoneLinkRecord",
    "ZoneRef",
]
