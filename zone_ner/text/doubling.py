"""Undo headline runs rendered twice ("江城高新区江城高新区：：创新引领创新引领", "江江城城").

A doubled unit is text[s:s+L] == text[s+L:s+2L] not continuing as a longer period
(so 哈哈哈 is no doubling). Units that follow each other without a gap form a chain;
a chain is layout damage when it is more than Chinese reduplication can produce:
a unit of three or more characters, two or more units one of which is longer than a
character, or four single characters in a row ("min_single_units"). 研究研究, 看看,
天天, 一个个, 高高兴兴 stay as written.
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


def _units(codes: np.ndarray, blank: np.ndarray) -> dict[int, int]:
    """Start -> unit length of every doubled unit (the longest one at each start)."""
    units: dict[int, int] = {}
    n = len(codes)
    for length in range(1, min(rules()["doubling"]["max_unit"], n // 2) + 1):
        equal = codes[:-length] == codes[length:]
        equal &= ~blank[:-length]
        hits = np.flatnonzero(equal)
        if len(hits) < length:
            continue
        # Runs of consecutive hits: a run of r >= length positions starting at i
        # means text[i:i+r+length] has period `length`; keep runs with r < 2*length.
        cuts = np.flatnonzero(np.diff(hits) != 1) + 1
        run_starts = hits[np.concatenate(([0], cuts))]
        run_lengths = np.diff(np.concatenate((np.concatenate(([0], cuts)), [len(hits)])))
        ok = (run_lengths >= length) & (run_lengths < 2 * length)
        for start in run_starts[ok].tolist():
            units[start] = length
    return units


def _is_damage(text: str, chain: list[tuple[int, int]]) -> bool:
    cjk_char = _cjk_char()
    content = [
        length
        for start, length in chain
        if cjk_char.search(text, start, start + length)
        and (length == 1 or len(set(text[start : start + length])) > 1)
    ]
    if not content:
        return False
    longest = max(content)
    if longest == 1:
        return len(content) >= rules()["doubling"]["min_single_units"]
    return longest >= 3 or len(content) >= 3 or len(content) >= 2


def doubling_edits(text: str, codes: np.ndarray) -> Edits:
    """Deletions of the second copy of every unit in a damaged chain."""
    edits = Edits()
    blank = (codes == 0x20) | (codes == 0x0A)
    units = _units(codes, blank)
    if not units:
        return edits
    covered = -1
    for start in sorted(units):
        if start < covered:
            continue
        chain = []
        pos = start
        while pos in units:
            chain.append((pos, units[pos]))
            pos += 2 * units[pos]
        covered = pos
        if _is_damage(text, chain):
            for unit_start, length in chain:
                edits.delete(unit_start + length, unit_start + 2 * length)
    return edits
