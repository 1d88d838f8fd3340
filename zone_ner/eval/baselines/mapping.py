"""Tag-to-label maps of the baselines, read from `data/*.json`."""

from __future__ import annotations

from pathlib import Path

from zone_ner.recognition.label_map import LabelMap

DATA_DIR = Path(__file__).resolve().parent / "data"


def load_map(name: str) -> LabelMap:
    """The map in `data/<name>.json`."""
    return LabelMap.read(DATA_DIR / f"{name}.json")
