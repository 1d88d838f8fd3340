"""Undo headline runs rendered twice ("江城高新区江城高新区：：创新引领创新引领", "江江城城").

A doubled unit is text[s:s+L] == text[s+L:s+2L] not continuing as a longer period
(so 哈哈哈 is no doubling). Units that follow each other without a gap form a chain;
a chain is layout damage when it is more than Chinese reduplication can produce:
a unit of three or more characters, two or more units one of which is longer than a
character, or four single characters in a row ("min_single_units"). A single unit runs on
into its line only where a sub-heading is glued to the paragraph that repeats it
(西咸新区秦汉秦兴小学西咸新区秦汉秦兴小学位于…): a doubled headline ends its line. 研究研究, 看看,
天天, 一个个, 高高兴兴 stay as written, and so do a chain with list punctuation in a
unit (副主任、主任、), one that starts or ends inside a number (渔光曲17号”“渔光曲7号”)
and short units opening with a function word (一个细节一个细节地, 的企业的企业税).

One numpy comparison marks every pair of equal characters at distance 1..max_unit
(`_marks`); a doubled unit of length L is a run of L marks at distance L. Most texts
hold no doubled unit that could be damage, which `_may_double` proves from the marks
alone; elsewhere seeds (runs opening a unit, or four doubled characters in a row)
are read off the marks and chains are walked in Python from the few seeds.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import numpy as np

from zone_ner.text.chars import cjk, rules
from zone_ner.text.edits import Edits


@lru_cache(maxsize=1)
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"[{cjk()}]")


def _marks(text: str, codes: np.ndarray, max_unit: int) -> bytes:
    """Byte (d - 1) * n + i is 1 when text[i] == text[i + d] and text[i] is no blank (d = 1 .. max_unit).

    No unit holds a blank, so blanks and the positions past the end are compared
    with a value no character of the text has: U+FFFF when every character fits in
    16 bits (half the memory to compare), else a value beyond Unicode.
    """
    n = len(codes)
    narrow = text.encode("utf-16-le")
    if len(narrow) == 2 * n and "\uffff" not in text:
        left = np.frombuffer(narrow, dtype=np.uint16)
        shown = text.replace(" ", "\uffff").replace("\n", "\uffff") + "\uffff" * (max_unit + 1)
        ahead = np.frombuffer(shown.encode("utf-16-le"), dtype=np.uint16)
    else:
        left = codes
        ahead = np.full(n + max_unit + 1, 0xFFFFFFFF, dtype=np.uint32)
        ahead[:n] = codes
        ahead[:n][(codes == 0x20) | (codes == 0x0A)] = 0xFFFFFFFF
    step = left.itemsize
    shifted = np.ndarray((max_unit, n), dtype=left.dtype, buffer=ahead, offset=step, strides=(step, step))
    return (shifted == left).tobytes()


def _may_double(text: str, marks: bytes, max_unit: int, min_single: int) -> bool:
    """False only if `text` holds no damaged chain (then doubling_edits finds nothing).

    A damaged chain (see _is_damage) holds either a doubled unit of two or more
    characters with a CJK character in it, or `min_single` doubled CJK characters,
    which follow each other when every unit of the chain is a single character and
    otherwise come with a longer doubled unit.
    """
    n = len(text)
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


def _seeds(text: str, marks: bytes, max_unit: int, min_single: int) -> list[tuple[int, int]]:
    """(position, unit length) pairs where a damaged chain may start, in order (a superset).

    Units of two or more characters: a run of at least L marks at distance L (text[s:s+2L]
    doubles, for s at the run's start) on a CJK character, a digit or a Latin letter,
    whose first two characters recur at most once more inside the unit. Single
    characters: `min_single` doubled characters in a row.
    """
    n = len(text)
    found = []
    for length in range(2, max_unit + 1):
        row = (length - 1) * n
        first = marks.find(b"\x01" * length, row, row + n)
        if first < 0:
            continue
        for run in _run(length).finditer(marks, first, row + n):
            pos = run.start() - row
            code = ord(text[pos])
            lead = code | 0x20  # ASCII letters folded to lower case
            if not (code >= 0x3400 or 0x30 <= lead <= 0x39 or 0x61 <= lead <= 0x7A):
                continue
            bigram = text[pos : pos + 2]
            if sum(text.startswith(bigram, pos + k) for k in range(1, length)) <= 1:
                found.append((pos, length))
    found += [(chain.start(), 1) for chain in _single_chains(min_single).finditer(marks, 0, n)]
    return sorted(found)


_MARK = re.compile(b"\x01")


@cache
def _run(length: int) -> re.Pattern[bytes]:
    """`length` or more marks in a row (a doubled unit of that length)."""
    return re.compile(b"\x01{%d,}" % length)


@cache
def _single_chain(min_single: int) -> re.Pattern[bytes]:
    """`min_single` doubled characters in a row, in the row of distance one."""
    return re.compile(b"\x01(?:[\x00\x01]\x01){%d}" % (min_single - 1))


@cache
def _single_chains(min_single: int) -> re.Pattern[bytes]:
    """Every position (overlapping) where `min_single` doubled characters follow in a row."""
    return re.compile(b"(?=\x01(?:[\x00\x01]\x01){%d})" % (min_single - 1))


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
    after = last_start + 2 * last_length
    if _cuts_a_word(text, chain[0][0]) or _cuts_a_word(text, after):
        return False
    if len(chain) == 1 and after < len(text) and text[after] != "\n":
        return False  # a sub-heading glued to the paragraph that repeats it: the text says it twice
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
    if len(text) < 4:
        return edits
    marks = _marks(text, codes, max_unit)
    if not _may_double(text, marks, max_unit, min_single):
        return edits
    covered = -1
    for seed, seed_length in _seeds(text, marks, max_unit, min_single):
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
