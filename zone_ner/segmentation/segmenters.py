"""Word segmenters: a character segmenter and a spacy-pkuseg model."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from zone_ner.errors import ModelNotFoundError

_CHAR_TOKEN = re.compile(r"[A-Za-z]+|[0-9]+(?:\.[0-9]+)?|\S")
_CHAR_OR_GAP = re.compile(_CHAR_TOKEN.pattern + r"|\s+")


class Segmenter(Protocol):
    """Splits a whitespace-free run of text into words."""

    def cut(self, text: str) -> list[str]: ...


class CharSegmenter:
    """One token per CJK character; Latin words and numbers stay whole."""

    def cut(self, text: str) -> list[str]:
        return _CHAR_TOKEN.findall(text)

    def cut_all(self, text: str) -> list[str]:
        """`cut` of every whitespace-free run of `text`, with each whitespace run as a token between."""
        return _CHAR_OR_GAP.findall(text)


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
