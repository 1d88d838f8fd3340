"""Run a loaded HanLP component on text pieces and return character spans.

HanLP answers in several shapes: a tagger-based NER (RNN, Transformer) takes
character lists and returns `(surface, tag, begin, end)` in character indices; a
tokenizer takes strings and returns words; a plain tagger trained on B/M/E/S (or
B/I/E/S) tags segments characters; a multi-task model returns a `Document`
(`tok/fine`, `ner/msra` …) whose entity indices count its own tokens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Entity = tuple[int, int, str]
"""Character start, end (exclusive) and HanLP tag, relative to the piece of text."""

NER_KEYS = ("ner/msra", "ner/ontonotes", "ner/pku")
TOK_KEYS = ("tok/fine", "tok/coarse")
_WORD_START = frozenset("BS")
_OPENS, _CLOSES = frozenset("BSU"), frozenset("ESLU")


def align(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of `words` found in order in `text`; a word not found is skipped."""
    spans, pos = [], 0
    for word in words:
        at = text.find(word, pos) if word else -1
        if at < 0:
            continue
        spans.append((at, at + len(word)))
        pos = at + len(word)
    return spans


def tags_to_words(tags: Sequence[str]) -> list[tuple[int, int]]:
    """Word spans of a character tagging with B/M/E/S or B/I/E/S tags (a word starts at B or S)."""
    starts = [i for i, tag in enumerate(tags) if i == 0 or tag[:1].upper() in _WORD_START]
    return list(zip(starts, [*starts[1:], len(tags)]))


def tags_to_entities(tags: Sequence[str]) -> list[Entity]:
    """Entities of a BIO / IOBES / BIOUL tagging, leniently: a stray I- or E- opens an entity
    (HanLP's own decoders raise on such sequences, which an unconstrained CRF can emit)."""
    found: list[Entity] = []
    start, kind = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if not label:
            if start >= 0:
                found.append((start, i, kind))
            start = -1
            continue
        if start < 0 or prefix in _OPENS or label != kind:
            if start >= 0:
                found.append((start, i, kind))
            start, kind = i, label
        if prefix in _CLOSES:
            found.append((start, i + 1, kind))
            start = -1
    if start >= 0:
        found.append((start, len(tags), kind))
    return found


def _key(output: Mapping[str, Any], preferred: Sequence[str], prefix: str) -> str | None:
    for key in preferred:
        if key in output:
            return key
    return next((key for key in output if key.startswith(prefix)), None)


def mtl_words(output: Mapping[str, Any], texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Word spans from a multi-task `Document` predicted on `texts`."""
    key = _key(output, TOK_KEYS, "tok")
    if key is None:
        raise ValueError("the HanLP multi-task model returned no tok/* output")
    return [align(text, words) for text, words in zip(texts, output[key])]


def mtl_entities(output: Mapping[str, Any], texts: Sequence[str]) -> list[list[Entity]]:
    """Entities from a multi-task `Document`: token indices mapped to characters of `texts`."""
    ner_key, tok_key = _key(output, NER_KEYS, "ner"), _key(output, TOK_KEYS, "tok")
    if ner_key is None or tok_key is None:
        raise ValueError("the HanLP multi-task model returned no ner/* or tok/* output")
    result = []
    for text, words, ents in zip(texts, output[tok_key], output[ner_key]):
        spans = align(text, words)
        if len(spans) != len(words):
            spans = [(-1, -1)] * len(words)
        result.append(
            [(spans[b][0], spans[e - 1][1], tag) for _, tag, b, e in ents if spans[b][0] >= 0 and e <= len(spans)]
        )
    return result


class HanLPRunner:
    """Calls one HanLP component (`task` "ner" or "tok") on text pieces."""

    def __init__(self, component: Any, task: str) -> None:
        if task not in ("ner", "tok"):
            raise ValueError(f"task must be 'ner' or 'tok', not {task!r}")
        from hanlp.components.mtl.multi_task_learning import MultiTaskLearning
        from hanlp.components.taggers.rnn_tagger import RNNTagger

        self.component, self.task = component, task
        self.multitask = isinstance(component, MultiTaskLearning)
        self.takes_strings = self.multitask or "Tokenizer" in type(component).__name__
        self.rnn_tagger = isinstance(component, RNNTagger)
        self.subtasks: list[str] = []
        if self.multitask:
            names = list(component.tasks)
            keys = NER_KEYS if task == "ner" else TOK_KEYS
            chosen = _key(dict.fromkeys(names), keys, task)
            if chosen is None:
                raise ValueError(f"the HanLP multi-task model has no {task} task (it has {names})")
            self.subtasks = [chosen]

    def _call(self, texts: list[str]) -> Any:
        if self.multitask:
            return self.component(texts, tasks=self.subtasks)
        if self.rnn_tagger:
            from hanlp.components.taggers.tagger import Tagger

            with _no_grad():
                return Tagger.predict_data(self.component, [list(t) for t in texts], None)
        return self.component(texts if self.takes_strings else [list(t) for t in texts])

    def entities(self, texts: list[str]) -> list[list[Entity]]:
        """Per piece, the entities HanLP finds, in characters of that piece."""
        if not texts:
            return []
        output = self._call(texts)
        if self.multitask:
            return mtl_entities(output, texts)
        if self.rnn_tagger:
            return [tags_to_entities(tags) for tags in output]
        return [[(b, e, tag) for _, tag, b, e in ents] for ents in output]

    def words(self, texts: list[str]) -> list[list[tuple[int, int]]]:
        """Per piece, the word spans HanLP segments it into."""
        if not texts:
            return []
        output = self._call(texts)
        if self.multitask:
            return mtl_words(output, texts)
        if self.takes_strings:
            return [align(text, words) for text, words in zip(texts, output)]
        return [tags_to_words(tags) for tags in output]


def _no_grad() -> Any:
    import torch

    return torch.no_grad()
