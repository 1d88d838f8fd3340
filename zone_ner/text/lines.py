"""Line breaks of PDF-extracted pages: join soft wraps, keep paragraph breaks.

A page is "wrapped" when many of its lines share one printed width (CJK counts two
columns): then a break after a full line (neither short nor wider than the column,
as headlines and page headers are) is a soft wrap (joined, even across a blank
line) unless the layout shows a paragraph (indented next line, blank line after a
sentence end, a paragraph cue such as 本报讯 or ▶). On unwrapped text every break is
kept, except where Chinese typesetting forbids it (a line never starts with ，。 etc.)
or a long line stops mid-sentence right before more CJK text.
A kept break keeps one newline (two if a blank line was there); a joined break
disappears, or becomes one space between two Latin letters. Rules and cue lists live
in data/normalise.json ("lines"). Decisions are vectorised over all breaks.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from zone_ner.text.chars import rules
from zone_ner.text.edits import Edits, code_points

_BREAK = re.compile(r" *\n[ \n]*")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = sorted(rules()["lines"]["paragraph_cues"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


@lru_cache(maxsize=8)
def _table(chars: str) -> np.ndarray:
    """Membership table over the BMP (the last entry, for clipped astral code points, is False)."""
    table = np.zeros(0x10000, dtype=bool)
    table[[ord(c) for c in chars]] = True
    table[0xFFFF] = False
    return table


def _member(codes: np.ndarray, chars: str) -> np.ndarray:
    return _table(chars)[np.minimum(codes, 0xFFFF)]


def _column_width(widths: np.ndarray) -> int | None:
    """The printed width shared by many lines, or None if the text is not wrapped."""
    cfg = rules()["lines"]
    tol = cfg["full_tolerance"]
    counted = widths[widths >= cfg["min_width"]]
    if len(counted) < cfg["min_wrapped_lines"]:
        return None
    counts = np.bincount(counted)
    # window[w] = number of lines of width w .. w + tol; the widest best window wins.
    window = np.convolve(counts, np.ones(tol + 1, dtype=np.int64))[tol:]
    best = len(window) - 1 - int(np.argmax(window[::-1]))
    best_count = int(window[best])
    if best_count >= cfg["min_wrapped_lines"] and best_count >= cfg["wrapped_share"] * len(counted):
        return best
    return None


def _is_latin(codes: np.ndarray) -> np.ndarray:
    upper = codes & ~np.uint32(0x20)
    return (upper >= ord("A")) & (upper <= ord("Z"))


def line_edits(text: str, wide: np.ndarray) -> tuple[Edits, bool]:
    """Edits joining soft-wrapped lines and trimming whitespace around kept breaks,
    and whether the text is wrapped at one column width.

    `wide[i]` is 1 when text[i] printed two columns in the source.
    """
    edits = Edits()
    spans = [m.span() for m in _BREAK.finditer(text)]
    if not spans:
        return edits, False
    cfg = rules()["lines"]
    n = len(text)
    codes = code_points(text)
    starts, ends = np.array(spans, dtype=np.int64).T
    newline_at = np.flatnonzero(codes == 0x0A)
    first_k = np.searchsorted(newline_at, starts)
    last_k = np.searchsorted(newline_at, ends) - 1
    first, last = newline_at[first_k], newline_at[last_k]
    second = newline_at[np.minimum(first_k + 1, len(newline_at) - 1)]
    blank = last_k > first_k
    line_starts = np.concatenate(([0], last + 1))
    cum = np.concatenate(([0], np.cumsum(wide, dtype=np.int64)))
    widths = starts - line_starts[:-1] + cum[starts] - cum[line_starts[:-1]]
    indent = ends - (last + 1)
    edge = (starts == 0) | (ends == n)
    before = codes[np.maximum(starts - 1, 0)]
    after = codes[np.minimum(ends, n - 1)]
    forced_join = _member(after, cfg["no_line_start"]) | _member(before, cfg["no_line_end"])
    column = _column_width(widths)
    cue_mask = np.zeros(n + 1, dtype=bool)
    cue_mask[[m.start() for m in _cue().finditer(text)]] = True
    cue_at = cue_mask[ends]
    if column is None:
        # Lines are paragraphs, unless a long line stops mid-sentence right before more text.
        broken = (
            (starts - line_starts[:-1] >= cfg["unwrapped_join_min_chars"])
            & ~blank
            & ~_member(before, cfg["paragraph_end"])
            & (after >= 0x3400)
            & ~cue_at
        )
        para = ~forced_join & ~broken
    else:
        para = ~forced_join & (
            (widths < column - cfg["full_tolerance"])
            | (widths > column + 2 * cfg["full_tolerance"])
            | (indent >= cfg["indent_spaces"])
            | (blank & _member(before, cfg["final_punct"]))
            | cue_at
        )
    para &= ~edge
    join = ~para & ~edge
    latin = join & _is_latin(before) & _is_latin(after)
    # Edges: all whitespace goes. Joins: all of it, or all but one space.
    edits.delete_many(starts[edge], ends[edge])
    plain = join & ~latin
    edits.delete_many(starts[plain], ends[plain])
    for pos in starts[latin].tolist():
        edits.substitute(pos, " ")
    edits.delete_many(starts[latin] + 1, ends[latin])
    # Paragraphs: keep the first newline, and the second one after a blank line.
    edits.delete_many(starts[para], first[para])
    single = para & ~blank
    edits.delete_many(first[single] + 1, ends[single])
    double = para & blank
    edits.delete_many(first[double] + 1, second[double])
    edits.delete_many(second[double] + 1, ends[double])
    return edits, column is not None
