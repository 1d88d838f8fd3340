"""HanLP tag sets (MSRA, OntoNotes, PKU) mapped to zone_ner labels, read from `data/labels.json`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from zone_ner.recognition.label_map import LabelMap

DATA_DIR = Path(__file__).resolve().parent / "data"


@cache
def load_label_map(path: Path = DATA_DIR / "labels.json") -> LabelMap:
    """The label map in `path` (default: the shipped `data/labels.json`)."""
    return LabelMap.read(path, upper=True)
