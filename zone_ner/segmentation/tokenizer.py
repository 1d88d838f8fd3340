"""The pipeline's spaCy tokenizer: normalise the raw page, then segment words."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy
import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from zone_ner.extensions import ensure_extensions
from zone_ner.segmentation.segmenters import CharSegmenter, PkusegSegmenter, Segmenter
from zone_ner.text import normalise
from zone_ner.text.edits import code_points

_RUN = re.compile(r"\S+")
_BMP = 0x10000
SEGMENTERS = ("char", "pkuseg")


class OrthCache:
    """The lexeme ids (orths) of words already in the vocabulary.

    `Doc(words=...)` looks a `str` word up by hashing it and checking the string store
    (~1 µs a token); an orth goes straight to the lexeme. Only lexemes created outside a
    memory zone (kept for good) are cached, at most `limit` of them; the cache starts again
    when it is used with another vocabulary.
    """

    def __init__(self, limit: int = 200_000) -> None:
        self.limit = limit
        self._vocab: Vocab | None = None
        self._orths: dict[str, int] = {}
        self._chars = numpy.zeros(_BMP, dtype=numpy.uint64)  # orth by code point, 0: not cached

    def _use(self, vocab: Vocab) -> None:
        if vocab is not self._vocab:
            self._vocab, self._orths = vocab, {}
            self._chars[:] = 0

    def of(self, vocab: Vocab, words: list[str]) -> list[int | str]:
        """`words` for `Doc(vocab, words=...)`: the orth of each known word, the word itself otherwise."""
        self._use(vocab)
        orths = list(map(self._orths.get, words))
        if None not in orths:
            return orths
        if not vocab.in_memory_zone and len(self._orths) < self.limit:
            for word in set(words).difference(self._orths):
                self._orths[word] = vocab[word].orth
            return list(map(self._orths.get, words))
        return list(map(self._orths.get, words, words))

    def of_chars(self, vocab: Vocab, text: str) -> list[int | str]:
        """`of` of every character of `text`, read from a table by code point (no `str` per character)."""
        self._use(vocab)
        codes = code_points(text)
        if len(codes) and codes.max() >= _BMP:
            codes = numpy.where(codes < _BMP, codes, 0)  # looked up by `of` (U+0000 is never in the table)
        found = self._chars[codes]
        orths = found.tolist()
        if found.all():
            return orths
        missing = numpy.flatnonzero(found == 0).tolist()
        for i, orth in zip(missing, self.of(vocab, [text[i] for i in missing]), strict=True):
            orths[i] = orth
            if isinstance(orth, int) and codes[i]:
                self._chars[codes[i]] = orth
        return orths


class PageTokenizer:
    """Normalises raw text (keeping the offset map in `doc._.zn_norm`) and segments it.

    `segmenter` is "char" or "pkuseg"; a pkuseg model is read from `pkuseg_model`
    and serialised with the pipeline, so a saved pipeline is self-contained.
    """

    def __init__(self, vocab: Vocab, segmenter: str = "char", pkuseg_model: str = "") -> None:
        if segmenter not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {segmenter!r}")
        ensure_extensions()
        self.vocab = vocab
        self.segmenter_name = segmenter
        self.pkuseg_model = pkuseg_model
        self._segmenter: Segmenter | None = None
        self._orths = OrthCache()

    def use_segmenter(self, name: str) -> None:
        """Switch to another segmenter ("char", or "pkuseg" when the model is present)."""
        if name not in SEGMENTERS:
            raise ValueError(f"segmenter must be one of {SEGMENTERS}, not {name!r}")
        self.segmenter_name = name
        self._segmenter = None

    @property
    def segmenter(self) -> Segmenter:
        """The segmenter, loaded on first use."""
        if self._segmenter is None:
            if self.segmenter_name == "pkuseg":
                self._segmenter = PkusegSegmenter(Path(self.pkuseg_model))
            else:
                self._segmenter = CharSegmenter()
        return self._segmenter

    def __call__(self, raw: str) -> Doc:
        norm = normalise(raw)
        segmenter = self.segmenter
        if isinstance(segmenter, CharSegmenter):
            chars = self._orths.of_chars(self.vocab, norm.text)
            words, spaces = segmenter.cut_all(norm.text, chars, partial(self._orths.of, self.vocab))
        else:
            words, spaces = self._cut_runs(norm.text)
            words = self._orths.of(self.vocab, words)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.zn_norm = norm
        return doc

    def _cut_runs(self, text: str) -> tuple[list[str], list[bool]]:
        """Words and trailing-space flags: each whitespace-free run cut by the segmenter."""
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        cut = self.segmenter.cut
        for match in _RUN.finditer(text):
            start, end = match.span()
            if start > pos:
                gap = text[pos:start]
                if words and gap == " ":
                    spaces[-1] = True
                else:
                    if words and gap[0] == " ":
                        spaces[-1] = True
                        gap = gap[1:]
                    words.append(gap)
                    spaces.append(False)
            words.extend(cut(match.group()))
            spaces.extend([False] * (len(words) - len(spaces)))
            pos = end
        if pos < len(text):
            gap = text[pos:]
            if words and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        return words, spaces

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def to_disk(self, path: Path, **_kwargs) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg.json", {"segmenter": self.segmenter_name})
        if self.segmenter_name == "pkuseg":
            target = path / "pkuseg"
            if Path(self.pkuseg_model).resolve() != target.resolve():
                shutil.copytree(self.pkuseg_model, target, dirs_exist_ok=True)

    def from_disk(self, path: Path, **_kwargs) -> PageTokenizer:
        path = Path(path)
        cfg = srsly.read_json(path / "cfg.json")
        self.segmenter_name = cfg["segmenter"]
        if self.segmenter_name == "pkuseg":
            self.pkuseg_model = str(path / "pkuseg")
        self._segmenter = None
        return self

    def to_bytes(self, **_kwargs) -> bytes:
        return srsly.msgpack_dumps({"segmenter": self.segmenter_name, "pkuseg_model": self.pkuseg_model})

    def from_bytes(self, data: bytes, **_kwargs) -> PageTokenizer:
        cfg = srsly.msgpack_loads(data)
        self.segmenter_name, self.pkuseg_model = cfg["segmenter"], cfg["pkuseg_model"]
        self._segmenter = None
        return self


@registry.tokenizers("zone_ner.PageTokenizer.v1")
def create_page_tokenizer(segmenter: str = "char", pkuseg_model: str = "") -> Callable[[Language], PageTokenizer]:
    """Registered tokenizer factory: `[nlp.tokenizer] @tokenizers = "zone_ner.PageTokenizer.v1"`."""

    def make(nlp: Language) -> PageTokenizer:
        return PageTokenizer(nlp.vocab, segmenter=segmenter, pkuseg_model=pkuseg_model)

    return make
