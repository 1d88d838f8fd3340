"""Aho-Corasick search over Chinese text with pyahocorasick, fast with a large alphabet.

pyahocorasick finds a trie node's child by scanning the node's children in insertion
order. With thousands of distinct characters at the root, a plain automaton scans
hundreds of children per character of the text. `Automaton` builds the same trie with:

- every node's children in order of character frequency in news text (data/char_frequency.tsv);
- every character of the words as a child of the root, the extra ones as non-final nodes
  (`c` + `_NEVER`), so a character that no word starts with is found near the front too;
- the characters of the text that occur in no word mapped to `_OTHER`, the root's first child
  (also non-final), so they cost one comparison.

The extra nodes are never final, no word contains `_NEVER` and the text never contains it,
so `iter` and `iter_long` report the same matches as a plain automaton over the words:
an extra node only takes the place of the root as the failure target of paths ending
in a character no word starts with, and it has no child the text can reach.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import numpy

_FREQUENCY = Path(__file__).parent / "data" / "char_frequency.tsv"
_OTHER = "\x00"  # every text character that occurs in no word
_NEVER = "\x01"  # ends the extra root children; never in a mapped text
_BMP = 0x10000
_SHORT = 32  # texts shorter than this are searched unmapped


@lru_cache(maxsize=1)
def rank_table() -> dict[int, str]:
    """`str.translate` table: each frequent character to a character standing for its rank,
    so that sorting the translated words sorts them by character frequency (most frequent first)."""
    lines = _FREQUENCY.read_text(encoding="utf-8").splitlines()
    chars = [line.split("\t")[0] for line in lines if line and not line.startswith("# ")]
    return {ord(c): chr(1 + i) for i, c in enumerate(chars)}


class Automaton:
    """Matches the words of `items` ((word, value) pairs; a repeated word keeps its last value).

    `iter` and `iter_long` yield `(end index, value)` like pyahocorasick's methods of the
    same name on an automaton over the same words (in insertion order).
    """

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        words: dict[str, Any] = {}
        for word, value in items:
            if word and _OTHER not in word and _NEVER not in word:
                words[word] = value
        ranks = rank_table()
        alphabet = set("".join(words))
        starts = {word[0] for word in words}
        keys = [(c + _NEVER, None) for c in alphabet - starts] + list(words.items())
        self._automaton = ahocorasick.Automaton()
        self._automaton.add_word(_OTHER + _NEVER, None)  # the root's first child
        for word, value in sorted(keys, key=lambda item: item[0].translate(ranks)):
            self._automaton.add_word(word, value)
        self._automaton.make_automaton()
        self.size = len(words)
        table = numpy.zeros(_BMP, dtype=numpy.uint32)  # ord(_OTHER) == 0
        codes = [ord(c) for c in alphabet if ord(c) < _BMP]
        table[codes] = codes
        self._table = table
        self._astral = frozenset(c for c in alphabet if ord(c) >= _BMP)

    def _mapped(self, text: str) -> str:
        """`text` with every character that occurs in no word replaced by `_OTHER` (same length).

        A short text is left as it is (mapping only saves time on long texts): without `_NEVER`
        it completes no extra word, so its matches are the same.
        """
        if len(text) < _SHORT and _NEVER not in text:
            return text
        codes = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
        if codes.max() < _BMP:
            return self._table[codes].tobytes().decode("utf-32-le")
        mapped = self._table[numpy.minimum(codes, _BMP - 1)]
        astral = codes >= _BMP
        keep = numpy.array([chr(c) in self._astral for c in codes[astral].tolist()], dtype=bool)
        mapped[astral] = numpy.where(keep, codes[astral], 0)
        return mapped.tobytes().decode("utf-32-le")

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        """Every occurrence of every word: (index of its last character, value)."""
        if not self.size or not text:
            return iter(())
        return self._automaton.iter(self._mapped(text))

    def iter_long(self, text: str) -> Iterator[tuple[int, Any]]:
        """pyahocorasick's longest non-overlapping matches, left to right: (last index, value)."""
        if not self.size or not text:
            return iter(())
        return self._automaton.iter_long(self._mapped(text))
