"""The cue patterns of data/structure.json, compiled once."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from zone_ner.text.wordlists import read_words

_DATA = Path(__file__).with_name("data") / "structure.json"


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The parsed data file."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], tuple[str, ...]]:
    """Single-character and compound surnames of data/surnames.txt."""
    names = read_words(_DATA.parent / "surnames.txt")
    return frozenset(n for n in names if len(n) == 1), tuple(n for n in names if len(n) > 1)


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """Compiled patterns: article_start (prefix), byline_line and lone_name (whole line), …"""
    cfg = rules()
    return {
        "article_start": re.compile("|".join(f"(?:{p})" for p in cfg["article_start"])),
        "byline_line": re.compile("|".join(f"(?:{p})" for p in cfg["byline_line"])),
        "byline_in_text": re.compile(cfg["byline_in_text"]),
        "lone_name": re.compile(cfg["lone_name"]),
        "page_header": re.compile(cfg["page_header"]),
        "sentence_end": re.compile(cfg["sentence_end"]),
    }
