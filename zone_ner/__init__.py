"""zone_ner: typed, linked records from Chinese news about China's development zones.

    >>> import zone_ner
    >>> nlp = zone_ner.load()
    >>> rec = nlp("西安高新区管委会主任李明调研比亚迪股份有限公司。")
"""

from zone_ner.about import __version__
from zone_ner.errors import InputError, ModelNotFoundError, ZoneNERError
from zone_ner.pipeline import ZoneNER, load
from zone_ner.records import (
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
    "InputError",
    "Investment",
    "Mention",
    "ModelNotFoundError",
    "Official",
    "Project",
    "ZoneLinkRecord",
    "ZoneNER",
    "ZoneNERError",
    "ZoneRef",
    "__version__",
    "load",
]
