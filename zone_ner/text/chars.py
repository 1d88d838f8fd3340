"""Character classes and layout rules of the normaliser, read from data/normalise.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

_DATA = Path(__file__).with_name("data") / "normalise.json"
NAME_DOT = "·"


@lru_cache(maxsize=1)
def rules() -> dict[str, Any]:
    """The parsed data file."""
    return json.loads(_DATA.read_text(encoding="utf-8"))


def cjk() -> str:
    """Character-class body of CJK ideographs."""
    return rules()["cjk"]


@lru_cache(maxsize=1)
def translation() -> dict[int, int]:
    """One-to-one replacements: full-width ASCII to ASCII, odd spaces to ' ', other middle dots to the
    name dot · (爱德华・达维拉), lone CR to LF."""
    keep = set(rules()["fullwidth_keep"])
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in keep}
    for match in re.finditer(f"[{rules()['spaces']}]", "".join(map(chr, range(0x3001)))):
        table[ord(match.group())] = ord(" ")
    for dot in rules()["name_dots"]:
        table[ord(dot)] = ord(NAME_DOT)
    table[ord("\r")] = ord("\n")
    return table


def is_wide(code: int) -> bool:
    """Whether a code point takes two columns in a printed line (CJK, full-width forms)."""
    return code >= 0x1100 and not 0xFF61 <= code <= 0xFFDC


def wide_mask(codes: np.ndarray) -> np.ndarray:
    """`is_wide` of every code point of a uint32 array, as a bool array."""
    halfwidth = (codes - np.uint32(0xFF61)) <= np.uint32(0xFFDC - 0xFF61)
    return (codes >= 0x1100) ^ halfwidth
