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
in data/normalise.json ("lines").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from zone_ner.text.chars import rules
from zone_ner.text.edits import Edits

_BREAK = re.compile(r"(?:\n| [ ]*\n)[ \n]*")  # ' *\n[ \n]*', opening with a literal (re skips ahead fast)


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = sorted(rules()["lines"]["paragraph_cues"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    cfg = rules()["lines"]
    return {key: frozenset(cfg[key]) for key in ("no_line_start", "no_line_end", "final_punct", "paragraph_end")}


def _column_width(widths: list[int]) -> int | None:
    """The printed width shared by many lines, or None if the text is not wrapped."""
    cfg = rules()["lines"]
    tol = cfg["full_tolerance"]
    counted = [w for w in widths if w >= cfg["min_width"]]
    if len(counted) < cfg["min_wrapped_lines"]:
        return None
    counts = Counter(counted)
    best, best_count = 0, 0
    for width in counts:
        count = sum(counts.get(width + k, 0) for k in range(tol + 1))
        if count > best_count or (count == best_count and width > best):
            best, best_count = width, count
    if best_count >= cfg["min_wrapped_lines"] and best_count >= cfg["wrapped_share"] * len(counted):
        return best
    return None


class _Rules:
    """The "lines" rules as attributes, read once per call."""

    def __init__(self) -> None:
        cfg, sets = rules()["lines"], _sets()
        self.no_start, self.no_end = sets["no_line_start"], sets["no_line_end"]
        self.final, self.paragraph_end = sets["final_punct"], sets["paragraph_end"]
        self.tol, self.indent = cfg["full_tolerance"], cfg["indent_spaces"]
        self.min_chars = cfg["unwrapped_join_min_chars"]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules()


def _is_paragraph(
    text: str, start: int, end: int, line_start: int, width: int, column: int | None, r: _Rules
) -> bool:
    """Whether the break text[start:end] (whitespace with a newline) ends a paragraph."""
    before, after = text[start - 1], text[end]
    if after in r.no_start or before in r.no_end:
        return False
    blank = text.count("\n", start, end) > 1
    cue = _cue().match(text, end) is not None
    if column is None:
        broken = (
            start - line_start >= r.min_chars
            and not blank
            and before not in r.paragraph_end
            and after >= "\u3400"
            and not cue
        )
        return not broken
    return (
        width < column - r.tol
        or width > column + 2 * r.tol
        or end - text.rindex("\n", start, end) - 1 >= r.indent
        or (blank and before in r.final)
        or cue
    )


def line_edits(text: str, wide: np.ndarray) -> tuple[Edits, bool]:
    """Edits joining soft-wrapped lines and trimming whitespace around kept breaks,
    and whether the text is wrapped at one column width.

    `wide[i]` is true when text[i] printed two columns in the source.
    """
    edits = Edits()
    spans = [m.span() for m in _BREAK.finditer(text)]
    if not spans:
        return edits, False
    n = len(text)
    line_starts = [0] + [text.rindex("\n", start, end) + 1 for start, end in spans]
    # Printed width of each line: its characters plus its wide ones (a cumulative count read at the ends).
    cum = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(wide, out=cum[1:])
    ends = [start for start, _ in spans]
    starts = line_starts[: len(spans)]
    wide_counts = (cum[ends] - cum[starts]).tolist()
    widths = [end - start + count for start, end, count in zip(starts, ends, wide_counts, strict=True)]
    column = _column_width(widths)
    line_rules = _rules()
    for k, (start, end) in enumerate(spans):
        if start == 0 or end == n:
            edits.delete(start, end)
        elif _is_paragraph(text, start, end, line_starts[k], widths[k], column, line_rules):
            # Keep the first newline, and a second one where a blank line was.
            first = text.index("\n", start, end)
            edits.delete(start, first)
            if text.count("\n", start, end) > 1:
                second = text.index("\n", first + 1, end)
                edits.delete(first + 1, second)
                first = second
            edits.delete(first + 1, end)
        elif text[start - 1].isascii() and text[start - 1].isalpha() and text[end].isascii() and text[end].isalpha():
            edits.substitute(start, " ")
            edits.delete(start + 1, end)
        else:
            edits.delete(start, end)
    return edits, column is not None
