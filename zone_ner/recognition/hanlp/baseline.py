"""The HanLP backend as systems for `zone-ner evaluate --pipeline ...`.

`hanlp`: the HanLP model alone, its tags mapped to zone_ner labels (a baseline).
`hanlp-join` / `hanlp-replace`: the shipped default pipeline with `zn_hanlp`
added, keeping or leaving out the statistical `ner`.
The model comes from $ZONE_NER_HANLP_MODEL (a model directory or an id unpacked
in HANLP_HOME); without it, or without the hanlp extra, the evaluator skips them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from zone_ner.errors import ModelNotFoundError
from zone_ner.eval.backends import BackendUnavailable

MODEL_ENV = "ZONE_NER_HANLP_MODEL"


def _model(name: str) -> str:
    model = os.environ.get(MODEL_ENV, "")
    if not model:
        raise BackendUnavailable(name, f"set {MODEL_ENV} to a HanLP NER model directory or an id in HANLP_HOME")
    return model


class HanLPBaseline:
    """`pipe(texts)` yields HanLP's entities of each text as `(start, end, label)` tuples."""

    name = "hanlp"

    def __init__(self) -> None:
        try:
            from zone_ner.recognition.hanlp.component import HanLPComponent

            self._component = HanLPComponent(_model(self.name))
        except ModelNotFoundError as err:
            raise BackendUnavailable(self.name, str(err)) from err

    def pipe(self, texts: Iterable[str]) -> Iterator[list[tuple[int, int, str]]]:
        for text in texts:
            yield [(c.start, c.end, c.label) for c in self._component.recognise(text)]


class _HanLPPipeline:
    """The default zone_ner pipeline with `zn_hanlp` in `mode`."""

    mode = "join"

    def __init__(self) -> None:
        import zone_ner
        from zone_ner.recognition.hanlp.component import hanlp_overrides

        name = f"hanlp-{self.mode}"
        try:
            plan = hanlp_overrides(_model(name), self.mode)
            self._zn = zone_ner.load("default")
            for pipe in set(plan["exclude"]) & set(self._zn.nlp.component_names):
                self._zn.nlp.remove_pipe(pipe)
            self._zn.nlp.add_pipe(**plan["add_pipe"])
        except ModelNotFoundError as err:
            raise BackendUnavailable(name, str(err)) from err

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        return self._zn.pipe(texts)


class HanLPJoinPipeline(_HanLPPipeline):
    """Default pipeline + HanLP candidates (statistical ner kept)."""

    mode = "join"


class HanLPReplacePipeline(_HanLPPipeline):
    """Default pipeline with HanLP instead of the statistical ner."""

    mode = "replace"
