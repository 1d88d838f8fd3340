"""Word segmenters: a character segmenter and a spacy-pkuseg model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Protocol

from zone_ner.errors import ModelNotFoundError

_CHAR_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+(?:\.[0-9]+)?|\S")
# a character token with the one space that may follow it, or a whitespace run (a token of its own)
_CHAR_WORD = re.compile(r"([A-Za-z]+|[0-9]+(?:\.[0-9]+)?|\S)( ?)|(\s+)")
_RUN = re.compile(r"\S+")

Words = tuple[list[str], list[bool]]
"""spaCy's `words` and `spaces` of a Doc."""


class Segmenter(Protocol):
    """Splits a whitespace-free run of text into words."""

    def cut(self, text: str) -> list[str]: ...

    def words(self, text: str) -> Words: ...


def split_runs(text: str, cut: Callable[[str], list[str]]) -> Words:
    """Words and spaces of a whole text: `cut` segments each run without whitespace; a single space
    after a word is the word's trailing space, other whitespace is a token of its own."""
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for match in _RUN.finditer(text):
        start, end = match.span()
        if start > pos:
            _gap(text[pos:start], words, spaces)
        words.extend(cut(match.group()))
        spaces.extend([False] * (len(words) - len(spaces)))
        pos = end
    if pos < len(text):
        _gap(text[pos:], words, spaces)
    return words, spaces


def _gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    if words and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


class CharSegmenter:
    """One token per CJK character; Latin words and numbers stay whole."""

    def cut(self, text: str) -> list[str]:
        return _CHAR_TOKEN.findall(text)

    def words(self, text: str) -> Words:
        """`split_runs(text, self.cut)` in one regular-expression pass."""
        found = _CHAR_WORD.findall(text)
        return [word or gap for word, _, gap in found], [space == " " for _, space, _ in found]


class PkusegSegmenter:
    """A spacy-pkuseg model loaded from a local directory."""

    def __init__(self, model_dir: Path) -> None:
        if not (model_dir / "weights.npz").exists():
            raise ModelNotFoundError(f"no spacy-pkuseg model in {model_dir}")
        import spacy_pkuseg

        self.model_dir = model_dir
        self._seg = spacy_pkuseg.pkuseg(str(model_dir), user_dict=None)

    def cut(self, text: str) -> list[str]:
        return self._seg.cut(text)

    def words(self, text: str) -> Words:
        return split_runs(text, self.cut)
