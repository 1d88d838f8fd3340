"""Workaround for HanLP 2.1.5's `RNNTaggingModel`, which builds its CRF sequence-first.

`RNNTaggingModel.__init__` calls `CRF(n_out, crf_constraints)`: the second positional
parameter of `CRF` is `batch_first`, so the CRF gets `batch_first=None` while the
emissions it is given are `(batch, seq, tags)`. Training and decoding then run
along the batch axis instead of the sentence and the tagger emits invalid,
meaningless tag sequences. The subclasses here set `crf.batch_first = True` on the
model they build; models saved with them record these classes in `config.json`,
so `hanlp.load(path)` rebuilds them fixed. Importing this module imports hanlp.
"""

from __future__ import annotations

from typing import Any

from torch import nn

from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
from hanlp.components.taggers.rnn_tagger import RNNTagger


def _batch_first(model: nn.Module) -> nn.Module:
    crf = getattr(model, "crf", None)
    if crf is not None:
        crf.batch_first = True
    return model


class BatchFirstRNNTagger(RNNTagger):
    """`RNNTagger` whose CRF reads `(batch, seq, tags)` like the BiLSTM feeding it."""

    def build_model(self, **kwargs: Any) -> nn.Module:
        return _batch_first(super().build_model(**kwargs))


class BatchFirstRNNNER(RNNNamedEntityRecognizer):
    """`RNNNamedEntityRecognizer` whose CRF reads `(batch, seq, tags)` like the BiLSTM feeding it."""

    def build_model(self, **kwargs: Any) -> nn.Module:
        return _batch_first(super().build_model(**kwargs))


def fix_loaded_crf(component: Any) -> bool:
    """Make a loaded stock `RNNTagger`'s CRF batch-first; True when it had to (the model was
    trained with the bug and should be retrained)."""
    if not isinstance(component, RNNTagger):
        return False
    crf = getattr(getattr(component, "model", None), "crf", None)
    if crf is None or crf.batch_first:
        return False
    crf.batch_first = True
    return True
