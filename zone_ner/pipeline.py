"""The facade: `zone_ner.load()` returns a `ZoneNER` that turns text into `DocumentRecord`s."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from zone_ner.errors import ModelNotFoundError
from zone_ner.linking.kb import KnowledgeTable
from zone_ner.records import DocumentRecord
from zone_ner.records.build import build_record

PIPELINES = {"default": (), "fast": ("ner", "tok2vec")}
"""Named pipelines: the shipped pipeline and the components each one leaves out."""


def models_dir() -> Path:
    """Where the shipped models live: inside the installed wheel, or the repo's models/."""
    here = Path(__file__).resolve().parent
    packaged = here / "_models"
    return packaged if packaged.is_dir() else here.parent / "models"


def pipeline_path(name: str) -> Path:
    """Directory of the shipped spaCy pipeline."""
    return models_dir() / "zone_ner_default"


class ZoneNER:
    """Callable pipeline: text in, `DocumentRecord` out. `.nlp` is the spaCy `Language`."""

    def __init__(self, nlp: Language, load_args: dict[str, Any]) -> None:
        self.nlp = nlp
        self.kb = KnowledgeTable.load()
        self._load_args = load_args

    def __call__(self, text: str, doc_id: str | None = None) -> DocumentRecord:
        return build_record(self.nlp(text), self.kb, doc_id=doc_id)

    def pipe(self, texts: Iterable[str], batch_size: int = 64, n_process: int = 1) -> Iterator[DocumentRecord]:
        """One record per text, in input order; `n_process > 1` uses worker processes."""
        if n_process <= 1:
            for doc in self.nlp.pipe(texts, batch_size=batch_size):
                yield build_record(doc, self.kb)
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self._load_args,)) as pool:
            iterator = iter(texts)
            while chunk := list(islice(iterator, batch_size * n_process)):
                for dumped in pool.imap(_work, chunk, chunksize=max(1, batch_size // 4)):
                    yield DocumentRecord.model_validate_json(dumped)


_WORKER: ZoneNER | None = None


def _init_worker(load_args: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = load(**load_args)


def _work(text: str) -> str:
    assert _WORKER is not None
    return _WORKER(text).model_dump_json()


def load(pipeline: str = "default", **overrides: Any) -> ZoneNER:
    """Load a shipped pipeline ("default", "fast") or a pipeline directory; nothing is downloaded.

    `overrides` are spaCy config overrides, e.g. `{"components.zn_gazetteer.kb_path": "my.jsonl"}`.
    """
    import zone_ner.components  # noqa: F401  (registers the factories)

    if pipeline in PIPELINES:
        path, exclude = pipeline_path(pipeline), PIPELINES[pipeline]
    else:
        path, exclude = Path(pipeline), ()
    if not (path / "config.cfg").exists():
        raise ModelNotFoundError(f"no zone_ner pipeline at {path} (expected config.cfg); reinstall zone-ner")
    nlp = spacy.load(path, exclude=list(exclude), config=overrides)
    return ZoneNER(nlp, {"pipeline": pipeline, **overrides})
