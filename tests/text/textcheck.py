"""Helpers of tests/text: real CRUD_RAG articles and the offset-map check."""

from __future__ import annotations

import html
import re
from itertools import pairwise
from pathlib import Path

from zone_ner.text import NormalisedText
from zone_ner.text.chars import translation

DATA = Path(__file__).with_name("data")
NEWS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news"
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def articles() -> list[str]:
    """The real articles shipped as fixtures."""
    return [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("crud_*.txt"))]


def is_source_form(source: str, pos: int, clean: str) -> bool:
    """Whether source[pos] is `clean` or a form normalisation turns into `clean`."""
    char = source[pos]
    if char == clean:
        return True
    if translation().get(ord(char)) == ord(clean):
        return True
    if clean == "\n" and char in "\r<":
        return True
    if clean == " " and char == "\n":
        return True
    entity = _ENTITY.match(source, pos)
    if char != "&" or entity is None:
        return False
    decoded = html.unescape(entity.group())
    return decoded == clean or (len(decoded) == 1 and translation().get(ord(decoded)) == ord(clean))


def assert_exact(norm: NormalisedText) -> None:
    """The map is exact: one increasing source index per clean char, each its source form."""
    offsets, text, source = norm.offsets, norm.text, norm.source
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(source)
    assert all(a < b for a, b in pairwise(offsets))
    for i, clean in enumerate(text):
        assert is_source_form(source, offsets[i], clean), (i, clean, source[offsets[i]])
