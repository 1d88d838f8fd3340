"""Layout damage of PDF-extracted newspaper pages, applied with span offsets carried along.

Used to compose test pages (scripts/compose_pages.py, tests/text, bench/): every
damage only inserts characters, so a span [start, end) of the clean text becomes
[new(start), new(end - 1) + 1) of the damaged text, with inserted characters
inside the span kept inside it (a name broken over a line contains the break).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from zone_ner.text.chars import cjk, is_wide

Span = tuple[int, int]


@dataclass
class Damaged:
    """Damaged text and its spans (same order as given)."""

    text: str
    spans: list[Span] = field(default_factory=list)


def insert(text: str, spans: Iterable[Span], inserts: Iterable[tuple[int, str]]) -> Damaged:
    """Insert each string before character `pos` (pos == len(text) appends)."""
    inserts = sorted(inserts, key=lambda item: item[0])
    shift = [0] * (len(text) + 1)
    pieces: list[str] = []
    last, total, k = 0, 0, 0
    for pos in range(len(text) + 1):
        while k < len(inserts) and inserts[k][0] == pos:
            total += len(inserts[k][1])
            k += 1
        shift[pos] = total
    for pos, string in inserts:
        pieces.append(text[last:pos])
        pieces.append(string)
        last = pos
    pieces.append(text[last:])
    new_spans = [(s + shift[s], e - 1 + shift[e - 1] + 1) if e > s else (s + shift[s],) * 2 for s, e in spans]
    return Damaged("".join(pieces), new_spans)


def wrap_inserts(text: str, width: int, rng: random.Random, blank_share: float = 0.1) -> list[tuple[int, str]]:
    """Line breaks every `width` printed columns (CJK = 2), some doubled into a blank line."""
    inserts: list[tuple[int, str]] = []
    column = 0
    for pos, char in enumerate(text):
        if char == "\n":
            column = 0
            continue
        step = 2 if is_wide(ord(char)) else 1
        if column + step > width and pos > 0:
            inserts.append((pos, "\n\n" if rng.random() < blank_share else "\n"))
            column = 0
        column += step
    return inserts


def letter_space_inserts(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Spaces between the characters of text[start:end] ("发 展 的 良 好")."""
    return [(pos, " ") for pos in range(start + 1, end) if text[pos] != "\n" and text[pos - 1] != "\n"]


def digit_space_inserts(text: str, rng: random.Random, share: float = 0.5) -> list[tuple[int, str]]:
    """Spaces between a digit and the CJK character after it ("20 万台")."""
    pattern = re.compile(f"[0-9](?=[{cjk()}])")
    return [(m.end(), " ") for m in pattern.finditer(text) if rng.random() < share]


def double_runs(headline: str) -> list[tuple[int, str]]:
    """Every run between '：' repeated, the colon too: 江城高新区：创新 -> 江城高新区江城高新区：：创新创新."""
    inserts: list[tuple[int, str]] = []
    for match in re.finditer(r"[^：]+|：", headline):
        inserts.append((match.end(), match.group()))
    return inserts


def double_chars(headline: str) -> list[tuple[int, str]]:
    """Every character repeated: 江城 -> 江江城城."""
    return [(pos + 1, char) for pos, char in enumerate(headline) if not char.isspace()]


def damage_page(text: str, seed: int = 0, width: int | None = None) -> str:
    """`text` as a damaged PDF page: a doubled headline, wrapped lines, letter spacing, digit spaces."""
    rng = random.Random(seed)
    headline = re.split(r"[，。；！？\n]", text, maxsplit=1)[0][:20] or "江城高新区：创新引领"
    title = insert(headline, [], double_runs(headline)).text
    spaced = min(len(text), 10 + rng.randrange(max(1, len(text) // 2)))
    inserts = letter_space_inserts(text, spaced, min(len(text), spaced + 6))
    inserts += digit_space_inserts(text, rng)
    body = insert(text, [], inserts).text
    body = insert(body, [], wrap_inserts(body, width or rng.randrange(28, 52, 2), rng)).text
    return f"{title}\n{body}\n"
