"""Offset-preserving normalisation of raw page text."""

from __future__ import annotations

import re

from zone_ner.text.offsets import NormalisedText

_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_SPACES = {"\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\t"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff，。、；：？！“”‘’（）《》【】]")


def _char(c: str) -> str:
    """Half-width form of one character, or the character itself."""
    code = ord(c)
    if 0xFF01 <= code <= 0xFF5E and not _CJK.match(c):
        return chr(code - 0xFEE0)
    if c in _SPACES:
        return " "
    return c


def normalise(raw: str) -> NormalisedText:
    """Clean `raw` and keep, for each clean character, its index in `raw`."""
    chars: list[str] = []
    offsets: list[int] = []
    n = len(raw)
    i = 0
    while i < n:
        c = raw[i]
        if c in _ZERO_WIDTH:
            i += 1
            continue
        if c == "\r":
            c = "\n"
            if i + 1 < n and raw[i + 1] == "\n":
                i += 1
        if c == "\n":
            j = i + 1
            while j < n and raw[j] in "\r\n \t\u3000":
                j += 1
            prev = chars[-1] if chars else ""
            nxt = raw[j] if j < n else ""
            if prev and nxt and _CJK.match(prev) and _CJK.match(nxt) and raw.count("\n", i, j) == 1:
                i = j
                continue
        chars.append(_char(c))
        offsets.append(i)
        i += 1
    offsets.append(n)
    return NormalisedText("".join(chars), raw, tuple(offsets))
