"""The one reader of zone_ner's word lists and tab-separated tables (lines starting with # are comments)."""

from __future__ import annotations

from pathlib import Path


def read_rows(path: Path) -> list[list[str]]:
    """Tab-separated cells (stripped) of every non-empty, non-comment line of `path`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        [cell.strip() for cell in line.split("\t")]
        for line in lines
        if line.strip() and not line.startswith("#")
    ]


def read_words(path: Path) -> list[str]:
    """The first cell of every row of `path`, in file order."""
    return [row[0] for row in read_rows(path)]
