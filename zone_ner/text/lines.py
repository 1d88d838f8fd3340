"""Line breaks of PDF-extracted pages: join soft wraps, keep paragraph breaks.

A page is "wrapped" when many of its lines share one printed width (CJK counts two
columns): then a break after a full line is a soft wrap (joined, even across a blank
line) unless the layout shows a paragraph (indented next line, blank line after a
sentence end, a paragraph cue such as 本报讯 or ▶). On unwrapped text every break is
kept, except where Chinese typesetting forbids it (a line never starts with ，。 etc.).
Rules and cue lists live in data/normalise.json ("lines").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from zone_ner.text.chars import rules
from zone_ner.text.edits import Edits

_BREAK = re.compile(r" *\n[ \n]*")
_LATIN = re.compile(r"[0-9A-Za-z]")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    cues = sorted(rules()["lines"]["paragraph_cues"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


def _column_width(widths: list[int]) -> int | None:
    """The printed width shared by many lines, or None if the text is not wrapped."""
    cfg = rules()["lines"]
    tol = cfg["full_tolerance"]
    counts = Counter(w for w in widths if w >= cfg["min_width"])
    total = sum(counts.values())
    if not total:
        return None
    best, best_count = 0, 0
    for width in counts:
        count = sum(counts.get(width + k, 0) for k in range(tol + 1))
        if count > best_count or (count == best_count and width > best):
            best, best_count = width, count
    if best_count >= cfg["min_wrapped_lines"] and best_count >= cfg["wrapped_share"] * total:
        return best
    return None


def line_edits(text: str, wide: np.ndarray) -> Edits:
    """Edits joining soft-wrapped lines and trimming whitespace around kept breaks.

    `wide[i]` is 1 when text[i] printed two columns in the source.
    """
    edits = Edits()
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
    if not breaks:
        return edits
    cfg = rules()["lines"]
    cum = np.concatenate(([0], np.cumsum(wide, dtype=np.int64)))
    # Printed width of each line (from after the previous newline to the break).
    line_starts = [0] + [text.rindex("\n", s, e) + 1 for s, e in breaks]
    widths = [int(e - s + cum[e] - cum[s]) for s, (e, _) in zip(line_starts, breaks)]
    column = _column_width(widths)
    tol, indent_min = cfg["full_tolerance"], cfg["indent_spaces"]
    final, no_start, no_end = cfg["final_punct"], cfg["no_line_start"], cfg["no_line_end"]
    cue = _cue()
    n = len(text)
    for k, (start, end) in enumerate(breaks):
        if start == 0 or end == n:
            edits.delete(start, end)
            continue
        before, after = text[start - 1], text[end]
        newlines = text.count("\n", start, end)
        indent = end - line_starts[k + 1]
        if after in no_start or before in no_end:
            para = False
        elif column is None:
            para = True
        else:
            para = (
                widths[k] < column - tol
                or indent >= indent_min
                or (newlines > 1 and before in final)
                or cue.match(text, end) is not None
            )
        if para:
            first = text.index("\n", start, end)
            edits.delete(start, first)
            if newlines > 1:
                second = text.index("\n", first + 1, end)
                edits.delete(first + 1, second)
                first = second
            edits.delete(first + 1, end)
        elif _LATIN.match(before) and _LATIN.match(after):
            edits.substitute(start, " ")
            edits.delete(start + 1, end)
        else:
            edits.delete(start, end)
    return edits
