"""Offset-preserving normalisation of raw page text (see docs/pages.md).

Passes, each on the output of the previous one, none inserting characters:
1. drop zero-width characters, BOM, soft hyphens, control characters, CR before LF;
2. inline HTML: a run of tags with a block tag becomes one line break, other tags
   vanish, entities decode;
3. one-to-one: full-width ASCII/digits to ASCII, odd spaces to ' ', lone CR to LF;
4. line breaks: soft wraps joined (also inside names), paragraph breaks kept
   (lines.py), letter-spaced runs cut by a break closed up;
5. spacing: letter-spaced runs closed up (three or more single characters evenly
   spaced, the last may open a word: 三 星 二 期项目), spaces between digits and CJK and around
   CJK punctuation dropped, runs of spaces reduced to one;
6. headline runs rendered twice reduced to one copy (doubling.py).
Passes 1-2 and 5-6 are computed on the same text and applied together.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import numpy as np

from zone_ner.text.chars import cjk, rules, translation, wide_mask
from zone_ner.text.doubling import doubling_edits
from zone_ner.text.edits import Edits, code_points
from zone_ner.text.lines import line_edits
from zone_ner.text.offsets import NormalisedText

# Patterns open with a literal or a plain character class where they can (" [ ]*", not " +"):
# re then skips ahead to candidate positions in C instead of trying the pattern everywhere.
_SPACES = re.compile(" [ ]*")
_SPACED_BREAK = re.compile(" \n|\n ")
_REACH = 2  # characters around each run of spaces that the spacing rules look at
# Runs of spaces no more than 2 * _REACH characters apart: one window of the spacing pass.
_SPACE_GROUPS = re.compile(f" [ ]*(?:[^ ]{{1,{2 * _REACH}}} [ ]*)*")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    c = cjk()
    cfg = rules()
    punct = re.escape(cfg["no_space_punct"])
    tags = "|".join(map(re.escape, cfg["html_block_tags"] + cfg["html_inline_tags"]))
    return {
        "translate": re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(translation())) + "]"),
        "delete": re.compile(f"[\r{cfg['delete']}][\r{cfg['delete']}]*"),
        "tag": re.compile(rf"<!--.*?-->|</?({tags})(?:\s[^<>]*)?/?>", re.IGNORECASE | re.DOTALL),
        "tags": re.compile(rf"(?:(?:<!--.*?-->|</?(?:{tags})(?:\s[^<>]*)?/?>)\s*)+", re.IGNORECASE | re.DOTALL),
        "spaced_run": re.compile(
            rf"(?<![{c}])[{c}](?:(?: {{1,3}}| *\n *)[{c}](?![{c}])){{2,}}(?:(?: | *\n *)[{c}])?"
        ),
        "spacing": re.compile(
            rf"(?P<run>(?<![{c}])[{c}](?P<gap> {{1,3}})[{c}](?![{c}])(?:(?P=gap)[{c}](?![{c}]))+(?:(?P=gap)[{c}])?)"
            rf"|(?P<pair>(?<![{c}])[{c}] {{1,3}}[{c}](?![{c}]))"
            rf"|(?<=[0-9]) +(?=[{c}])|(?<=[{c}]) +(?=[0-9])"
            rf"|(?<=[{punct}]) +| +(?=[{punct}])"
            r"|(?<= ) +"
        ),
    }


def _delete_pass(text: str) -> Edits:
    """Zero-width and control characters, and the CR of every CRLF (a lone CR becomes LF later)."""
    edits = Edits()
    for match in _patterns()["delete"].finditer(text):
        start, end = match.span()
        if text[end - 1] == "\r" and not text.startswith("\n", end):
            end -= 1
        edits.delete(start, end)
    return edits


def _html_pass(text: str) -> Edits:
    """Inline tags and entities of text that is not a whole HTML page."""
    edits = Edits()
    if "<" in text:
        block = set(rules()["html_block_tags"])
        tag = _patterns()["tag"]
        for run in _patterns()["tags"].finditer(text):
            start, end = run.span()
            if any((m.group(1) or "").lower() in block for m in tag.finditer(text, start, end)):
                edits.substitute(start, "\n")
                start += 1
            edits.delete(start, end)
    if "&" in text:
        for match in _ENTITY.finditer(text):
            char = html.unescape(match.group())
            if len(char) == 1:
                edits.substitute(match.start(), char)
                edits.delete(match.start() + 1, match.end())
    return edits


def _windows(spans: list[tuple[int, int]], reach: int, size: int) -> list[tuple[int, int]]:
    """Merged windows [start - reach, end + reach) around sorted spans, clipped to [0, size]."""
    windows: list[list[int]] = []
    for span_start, span_end in spans:
        start, end = max(0, span_start - reach), min(size, span_end + reach)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(start, end) for start, end in windows]


def _spaced_run_pass(text: str) -> Edits:
    """Letter-spaced runs that a line break cuts ("新 站 \n高 新 区"), closed before lines are joined."""
    edits = Edits()
    pattern = _patterns()["spaced_run"]
    near = [m.span() for m in _SPACED_BREAK.finditer(text)]
    for start, end in _windows(near, 40, len(text)):
        for match in pattern.finditer(text, start, end):
            run = match.group()
            if "\n" in run and " " in run:
                for gap in re.finditer(r"[ \n]+", run):
                    edits.delete(match.start() + gap.start(), match.start() + gap.end())
    return edits


def _spacing_pass(text: str) -> Edits:
    """Spacing rules, run only on small windows around the spaces of `text`."""
    edits = Edits()
    pattern = _patterns()["spacing"]
    size = len(text)
    for group in _SPACE_GROUPS.finditer(text):
        start, end = max(0, group.start() - _REACH), min(size, group.end() + _REACH)
        for match in pattern.finditer(text, start, end):
            if match.group("run") or match.group("pair"):
                for space in _SPACES.finditer(match.group()):
                    edits.delete(match.start() + space.start(), match.start() + space.end())
            else:
                edits.delete(*match.span())
    if text.startswith(" "):
        edits.delete(0, len(text) - len(text.lstrip(" ")))
    if text.endswith(" "):
        edits.delete(len(text.rstrip(" ")), len(text))
    return edits


def _wide(source_codes: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Whether the source character of each current character printed two columns."""
    return wide_mask(source_codes[offsets])


def normalise(raw: str) -> NormalisedText:
    """Clean `raw` and keep, for each clean character, its index in `raw`."""
    text = raw
    offsets = np.arange(len(raw), dtype=np.int64)
    edits = _delete_pass(text)
    if "<" in text or "&" in text:
        edits.extend(_html_pass(text))
    text, offsets = edits.apply(text, offsets)
    table = translation()
    text = _patterns()["translate"].sub(lambda m: chr(table[ord(m.group())]), text)
    wrapped = False
    if "\n" in text:
        edits, wrapped = line_edits(text, _wide(code_points(raw), offsets))
        if " " in text:
            edits.extend(_spaced_run_pass(text))
        text, offsets = edits.apply(text, offsets)
    edits = _spacing_pass(text).extend(doubling_edits(text, code_points(text)))
    text, offsets = edits.apply(text, offsets)
    positions = offsets.tolist()
    positions.append(len(raw))
    return NormalisedText(text, raw, tuple(positions), wrapped)
