"""jieba.posseg as an evaluation baseline (`pip install jieba`): nr/ns/nt words → zone_ner labels."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from zone_ner.eval.backends import BackendUnavailable
from zone_ner.eval.baselines.mapping import load_map
from zone_ner.eval.baselines.tokens import spans_from_tokens
from zone_ner.eval.types import Span


class JiebaBaseline:
    """`pipe(texts)` yields the person/place/organisation words of each text as zone_ner `Span`s."""

    name = "jieba"

    def __init__(self) -> None:
        try:
            import jieba
            import jieba.posseg
        except ImportError as err:
            raise BackendUnavailable("jieba", "package jieba is not installed (pip install jieba)") from err
        jieba.setLogLevel(logging.WARNING)
        self._tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
        self._map = load_map("jieba_tags")

    def pipe(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            pairs = [(pair.word, pair.flag) for pair in self._tagger.cut(text)]
            yield spans_from_tokens(text, pairs, self._map)
