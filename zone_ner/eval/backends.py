"""Systems that `zone-ner evaluate --pipeline` can run: zone_ner pipelines, baselines, plug-ins.

A name is looked up, in order, in backends registered with `register_backend()`, in
`baselines/data/backends.tsv`, in the entry-point group `zone_ner.eval_backends`
(an installed package declares `hanlp = "mypkg.module:Factory"`), and otherwise is
passed to `zone_ner.load()` ("default", "fast", a pipeline directory).

A backend is an object with `pipe(texts) -> iterator`, one item per text: a
`DocumentRecord`, a list of spans (`Span`, dicts with start/end/label, or
`(start, end, label)` tuples), or a dict in the span-JSONL format.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, Protocol

from zone_ner.errors import ZoneNERError
from zone_ner.eval.readers import parse_document
from zone_ner.eval.types import EvalDoc, Span
from zone_ner.text.wordlists import read_rows

ENTRY_POINT_GROUP = "zone_ner.eval_backends"
TABLE = Path(__file__).resolve().parent / "baselines" / "data" / "backends.tsv"


class Predictor(Protocol):
    """What a backend offers: one prediction per input text, in order."""

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]: ...


class BackendUnavailable(ZoneNERError):
    """A backend cannot run here (package or model missing); the evaluator skips it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


_REGISTRY: dict[str, Callable[[], Predictor]] = {}


def register_backend(name: str, factory: Callable[[], Predictor]) -> None:
    """Make `--pipeline NAME` build its predictor with `factory()` (e.g. the HanLP backend)."""
    _REGISTRY[name] = factory


def _table() -> dict[str, str]:
    return {name: target for name, target, *_ in read_rows(TABLE)}


def backend_names() -> list[str]:
    """Names of the known non-pipeline backends."""
    names = set(_REGISTRY) | set(_table()) | {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return sorted(names)


def _import(target: str) -> Callable[[], Predictor]:
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def load_backend(name: str, **pipeline_kw: Any) -> Predictor:
    """The predictor called `name`; raises `BackendUnavailable` when it cannot run here."""
    if name in _REGISTRY:
        return _REGISTRY[name]()
    table = _table()
    if name in table:
        return _import(table[name])()
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            try:
                return ep.load()()
            except ImportError as err:
                raise BackendUnavailable(name, f"cannot import {ep.value}: {err}") from err
    return ZonePipeline(name, **pipeline_kw)


class ZonePipeline:
    """A zone_ner pipeline (`zone_ner.load(name)`) as a predictor of `DocumentRecord`s."""

    def __init__(self, name: str, batch_size: int = 64, n_process: int = 1, **load_kw: Any) -> None:
        import zone_ner
        from zone_ner.errors import ModelNotFoundError

        try:
            self._nlp = zone_ner.load(name, **load_kw)
        except ModelNotFoundError as err:
            raise BackendUnavailable(name, str(err)) from err
        self._batch_size, self._n_process = batch_size, n_process

    def pipe(self, texts: Iterable[str]) -> Iterator[Any]:
        return self._nlp.pipe(texts, batch_size=self._batch_size, n_process=self._n_process)


def to_eval_doc(item: Any, doc_id: str, text: str) -> EvalDoc:
    """One backend output (record, span list, or span-JSONL dict) as an `EvalDoc` for `text`."""
    where = f"prediction for {doc_id}"
    if hasattr(item, "model_dump"):
        item = item.model_dump(mode="json")
    if isinstance(item, dict):
        doc = parse_document({**item, "id": doc_id}, where, doc_id)
    else:
        spans = [_span(s, text) for s in item]
        doc = EvalDoc(id=doc_id, text=None, spans=sorted(spans, key=lambda s: (s.start, s.end)), origin=where)
    for span in doc.spans:
        if span.end > len(text):
            raise ZoneNERError(f"{where}: span [{span.start}, {span.end}) beyond the text ({len(text)} chars)")
    return doc


def _span(item: Any, text: str) -> Span:
    if isinstance(item, Span):
        return item
    if isinstance(item, dict):
        start, end, label = item["start"], item["end"], item["label"]
        return Span(start, end, label, text[start:end], item.get("kb_id"), item.get("kb_name"))
    start, end, label = item[:3]
    return Span(start, end, label, text[start:end])
