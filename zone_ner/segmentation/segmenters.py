"""Word segmenters: a character segmenter and a spacy-pkuseg model."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from zone_ner.errors import ModelNotFoundError

_CHAR_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+(?:\.[0-9]+)?|\S")
# The tokens that may be longer than one character (Latin words, numbers, whitespace runs; every
# other character is a token of its own), opening with one character class so that re skips
# ahead to them in C; the class of the first character picks the branch.
_LONGER_OR_GAP = re.compile(
    r"[A-Za-z0-9\s](?:(?<=[A-Za-z])[A-Za-z]*|(?<=[0-9])[0-9]*(?:\.[0-9]+)?|(?<=\s)\s*)"
)

W = TypeVar("W")


class Segmenter(Protocol):
    """Splits a whitespace-free run of text into words."""

    def cut(self, text: str) -> list[str]: ...


class CharSegmenter:
    """One token per CJK character; Latin words and numbers stay whole."""

    def cut(self, text: str) -> list[str]:
        return _CHAR_TOKEN.findall(text)

    def cut_all(
        self, text: str, chars: list[W], words: Callable[[list[str]], list[W]]
    ) -> tuple[list[W], list[bool]]:
        """The words of `text` (`cut` of each whitespace-free run) and their trailing-space flags.

        A word of one character text[i] comes out as `chars[i]`; the other words (Latin words,
        numbers, whitespace) as `words` returns them for the list of those words. A whitespace
        run's first space becomes the previous word's trailing space; the rest of the run (if
        any) is a word of its own; a run opening the text stays whole (as
        `PageTokenizer._cut_runs` does).
        """
        out: list[W] = []
        spaced: list[int] = []
        longer: list[str] = []
        slots: list[int] = []
        prev = 0
        for match in _LONGER_OR_GAP.finditer(text):
            start, end = match.span()
            out += chars[prev:start]
            token = match.group()
            if out and token[0] == " ":
                spaced.append(len(out) - 1)
                token = token[1:]
            if token:
                slots.append(len(out))
                longer.append(token)
                out.append(chars[start])  # replaced below
            prev = end
        out += chars[prev:]
        for slot, word in zip(slots, words(longer), strict=True):
            out[slot] = word
        spaces = [False] * len(out)
        for i in spaced:
            spaces[i] = True
        return out, spaces


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
