"""Undo headline runs rendered twice ("江城高新区江城高新区：：创新引领创新引领", "江江城城").

A doubled unit is text[s:s+L] == text[s+L:s+2L] not continuing as a longer period
(so 哈哈哈 is no doubling). Units that follow each other without a gap form a chain;
a chain is layout damage when it is more than Chinese reduplication can produce:
a unit of three or more characters, two or more units one of which is longer than a
character, or four single characters in a row ("min_single_units"). 研究研究, 看看,
天天, 一个个, 高高兴兴 stay as written, and so do a chain with list punctuation in a
unit (副主任、主任、), one that starts or ends inside a number (渔光曲17号”“渔光曲7号”)
and short units opening with a function word (一个细节一个细节地, 的企业的企业税).

Seeds are found with numpy (a bigram recurring at distance L, or four doubled
characters in a row); chains are then walked in Python from the few seeds. Most
texts hold no doubled unit that could be damage, and a cheaper test (`_may_double`)
proves that first, so the seed search runs on few texts.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from zone_ner.text.chars import cjk, rules
from zone_ner.text.edits import Edits


@lru_cache(maxsize=1)
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"[{cjk()}]")


def _may_double(text: str, codes: np.ndarray, max_unit: int, min_single: int) -> bool:
    """False only if `text` holds no damaged chain (then doubling_edits finds nothing).

    A damaged chain (see _is_damage) holds either a doubled unit of two or more
    characters with a CJK character in it, or `min_single` doubled CJK characters,
    which follow each other when every unit of the chain is a single character and
    otherwise come with a longer doubled unit. Byte (d - 1) * n + i of `marks` is 1
    when text[i] == text[i + d] (never on a blank, which no unit holds), so a doubled
    unit of length d is a run of d marks in row d - 1.
    """
    n = len(codes)
    if n < 4:
        return False
    # Compare 16-bit code units when every character fits (half the memory), else code points.
    narrow = text.encode("utf-16-le")
    encoding, left = ("utf-16-le", np.frombuffer(narrow, dtype=np.uint16)) if len(narrow) == 2 * n else ("utf-32-le", codes)
    # The characters at distance d, blanks and the end replaced by U+FFFF.
    ahead = (text.replace(" ", "\uffff").replace("\n", "\uffff") + "\uffff" * (max_unit + 1)).encode(encoding)
    step = left.itemsize
    shifted = np.ndarray((max_unit, n), dtype=left.dtype, buffer=ahead, offset=step, strides=(step, step))
    marks = (shifted == left).tobytes()
    if _single_chain(min_single).search(marks, 0, n):
        return True
    cjk_char = _cjk_char()
    doubled_cjk = -1
    for length in range(2, max_unit + 1):
        row = (length - 1) * n
        first = marks.find(b"\x01" * length, row, row + n)
        if first < 0:
            continue
        if doubled_cjk < 0:
            doubled_cjk = sum(1 for mark in _MARK.finditer(marks, 0, n) if cjk_char.match(text, mark.start()))
        if doubled_cjk >= min_single:
            return True
        for run in _run(length).finditer(marks, first, row + n):
            if cjk_char.search(text, run.start() - row, run.end() - row):
                return True
    return False


_MARK = re.compile(b"\x01")


@lru_cache(maxsize=None)
def _run(length: int) -> re.Pattern[bytes]:
    """`length` or more marks in a row (a doubled unit of that length)."""
    return re.compile(b"\x01{%d,}" % length)


@lru_cache(maxsize=None)
def _single_chain(min_single: int) -> re.Pattern[bytes]:
    """`min_single` doubled characters in a row, in the row of distance one."""
    return re.compile(b"\x01(?:[\x00\x01]\x01){%d}" % (min_single - 1))


def _candidates(codes: np.ndarray, max_unit: int, min_single: int) -> list[tuple[int, int]]:
    """(position, unit length) pairs where a damaged chain may start (a superset).

    Units of two or more characters: the bigram at i recurs at i + L (found by
    sorting the bigrams, comparing each with its next two occurrences), i starts
    the run and holds a CJK character, a digit or a Latin letter. Single characters: `min_single` doubled characters in a row.
    """
    n = len(codes)
    if n < 4:
        return []
    wide = codes.astype(np.int64)
    blank = (codes == 0x20) | (codes == 0x0A)
    bigrams = (wide[:-1] << 21) | wide[1:]
    bad = np.flatnonzero(blank[:-1] | blank[1:])
    bigrams[bad] = -1 - bad
    order = np.argsort(bigrams, kind="stable")
    ranked = bigrams[order]
    near = np.flatnonzero(ranked[:-1] == ranked[1:])
    near2 = np.flatnonzero(ranked[:-2] == ranked[2:])
    first = np.concatenate((order[near], order[near2]))
    length = np.concatenate((order[near + 1], order[near2 + 2])) - first
    ok = (length >= 2) & (length <= max_unit)
    first, length = first[ok], length[ok]
    # Units of three or more characters: the third character recurs too.
    third = np.minimum(first + 2 + length, n - 1)
    ok = (length == 2) | ((codes[np.minimum(first + 2, n - 1)] == codes[third]) & (first + 2 + length < n))
    # Only where the run of equal characters at distance L starts, on a CJK character.
    ok &= (first == 0) | (codes[first - 1] != codes[np.maximum(first - 1 + length, 0)])
    lead = codes[first] | 0x20  # ASCII letters folded to lower case
    ok &= (codes[first] >= 0x3400) | ((lead >= 0x30) & (lead <= 0x39)) | ((lead >= 0x61) & (lead <= 0x7A))
    found = list(zip(first[ok].tolist(), length[ok].tolist()))
    single = (codes[:-1] == codes[1:]) & ~blank[:-1]
    span = 2 * (min_single - 1)
    if len(single) > span:
        chain = single[: len(single) - span].copy()
        for k in range(1, min_single):
            chain &= single[2 * k : len(single) - span + 2 * k]
        chain[1:] &= ~single[: len(chain) - 1]
        found += [(row, 1) for row in np.flatnonzero(chain).tolist()]
    return sorted(found)


def _is_unit(text: str, pos: int, length: int) -> bool:
    """Whether text[pos:pos+length] is a doubled unit starting its period."""
    unit = text[pos : pos + length]
    return (
        len(unit) == length
        and unit == text[pos + length : pos + 2 * length]
        and unit != text[pos + 2 * length : pos + 3 * length]
        and (pos == 0 or text[pos - 1] != text[pos - 1 + length])
        and " " not in unit
        and "\n" not in unit
    )


def _unit_at(text: str, pos: int, max_unit: int) -> int:
    """Length of the longest doubled unit starting at `pos` (0 if none)."""
    for length in range(min(max_unit, (len(text) - pos) // 2), 0, -1):
        if _is_unit(text, pos, length):
            return length
    return 0


def _cuts_a_word(text: str, pos: int) -> bool:
    """Whether `pos` falls inside a number or a Latin word ("渔光曲1|7号")."""
    if pos <= 0 or pos >= len(text):
        return False
    before, after = text[pos - 1], text[pos]
    return before.isascii() and after.isascii() and before.isalnum() and after.isalnum()


def _is_damage(text: str, chain: list[tuple[int, int]]) -> bool:
    cfg = rules()["doubling"]
    cjk_char = _cjk_char()
    listing = set(cfg["list_punct"])
    if any(listing.intersection(text[start : start + length]) for start, length in chain):
        return False
    last_start, last_length = chain[-1]
    if _cuts_a_word(text, chain[0][0]) or _cuts_a_word(text, last_start + 2 * last_length):
        return False
    content = [
        length
        for start, length in chain
        if cjk_char.search(text, start, start + length)
        and (length == 1 or len(set(text[start : start + length])) > 1)
        and (length > cfg["never_starts_max_unit"] or text[start] not in cfg["unit_never_starts"])
    ]
    if not content:
        return False
    longest = max(content)
    if longest == 1:
        return len(content) >= rules()["doubling"]["min_single_units"]
    return longest >= 3 or len(content) >= 2


def doubling_edits(text: str, codes: np.ndarray) -> Edits:
    """Deletions of the second copy of every unit in a damaged chain."""
    edits = Edits()
    cfg = rules()["doubling"]
    max_unit, min_single = cfg["max_unit"], cfg["min_single_units"]
    if not _may_double(text, codes, max_unit, min_single):
        return edits
    covered = -1
    for seed, seed_length in _candidates(codes, max_unit, min_single):
        if seed < covered or not _is_unit(text, seed, seed_length):
            continue
        chain = [(seed, seed_length)]
        pos = seed + 2 * seed_length
        while length := _unit_at(text, pos, max_unit):
            chain.append((pos, length))
            pos += 2 * length
        covered = pos
        if _is_damage(text, chain):
            for start, length in chain:
                edits.delete(start + length, start + 2 * length)
    return edits
