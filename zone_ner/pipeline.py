"""The facade: `zone_ner.load()` returns a `ZoneNER` that turns text into `DocumentRecord`s."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from thinc.api import use_ops

from zone_ner.errors import ModelNotFoundError
from zone_ner.linking.kb import load_table
from zone_ner.records import DocumentRecord
from zone_ner.records.build import build_record
from zone_ner.text import prepare

PIPELINES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "default": ((), None),
    "fast": (("ner", "tok2vec", "zn_model_check"), "char"),
}
"""Named pipelines: the components each leaves out of the shipped pipeline, and its segmenter."""


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
        self.kb = load_table(kb_extra=load_args.get("kb_extra", ()))
        self._load_args = load_args

    def __call__(self, data: str | bytes, doc_id: str | None = None) -> DocumentRecord:
        """The record of one text; bytes are decoded and HTML pages reduced to their article text."""
        prepared = prepare(data, doc_id or "<input>")
        return build_record(self.nlp(prepared.text), self.kb, doc_id=doc_id, html=prepared.html)

    def pipe(
        self, texts: Iterable[str | bytes], batch_size: int = 64, n_process: int = 1
    ) -> Iterator[DocumentRecord]:
        """One record per text, in input order; `n_process > 1` uses worker processes."""
        if n_process <= 1:
            for chunk in _chunks(texts, batch_size):
                prepared = [prepare(data, "<input>") for data in chunk]
                docs = self.nlp.pipe([p.text for p in prepared], batch_size=batch_size)
                for p, doc in zip(prepared, docs):
                    yield build_record(doc, self.kb, html=p.html)
            return
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self._load_args,)) as pool:
            for chunk in _chunks(texts, batch_size * n_process):
                for dumped in pool.imap(_work, chunk, chunksize=max(1, batch_size // 4)):
                    yield DocumentRecord.model_validate_json(dumped)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, max(1, size))):
        yield chunk


_WORKER: ZoneNER | None = None


def _init_worker(load_args: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = load(**load_args)


def _work(text: str | bytes) -> str:
    assert _WORKER is not None
    return _WORKER(text).model_dump_json()


def load(
    pipeline: str = "default",
    *,
    kb_extra: Iterable[str | Path] = (),
    backend: str | None = None,
    hanlp_model: str | None = None,
    hanlp_mode: str = "join",
    config: dict[str, Any] | None = None,
) -> ZoneNER:
    """Load a shipped pipeline ("default", "fast") or a pipeline directory; nothing is downloaded.

    `kb_extra`: TSV/JSONL files of extra knowledge-table rows (zones, companies).
    `backend="hanlp"`: add a local HanLP model (`hanlp_model`, a directory or an id already
    in HANLP_HOME) that joins the recognisers or replaces the statistical NER (`hanlp_mode`).
    `config`: spaCy config overrides, e.g. `{"components.zn_merge.min_score": 0.5}`.
    """
    import zone_ner.components  # noqa: F401  (registers the factories)

    if pipeline in PIPELINES:
        path, (exclude, segmenter) = pipeline_path(pipeline), PIPELINES[pipeline]
    else:
        path, exclude, segmenter = Path(pipeline), (), None
    if not (path / "config.cfg").exists():
        raise ModelNotFoundError(f"no zone_ner pipeline at {path} (expected config.cfg); reinstall zone-ner")
    extra = [str(Path(p).resolve()) for p in kb_extra]
    for p in extra:
        if not Path(p).is_file():
            raise ModelNotFoundError(f"knowledge-table file not found: {p}")
    overrides = dict(config or {})
    if extra:
        overrides["components.zn_gazetteer.kb_extra"] = extra
        overrides["components.zn_linker.kb_extra"] = extra
    plan = _backend_plan(backend, hanlp_model, hanlp_mode)
    with use_ops("numpy", use_blis=False):  # numpy's BLAS: same output, tok2vec ~1.6x faster than blis here
        nlp = spacy.load(path, exclude=[*exclude, *plan["exclude"]], config=overrides)
    if segmenter is not None:
        nlp.tokenizer.use_segmenter(segmenter)
    if plan["add_pipe"]:
        nlp.add_pipe(**plan["add_pipe"])
    args = {"pipeline": pipeline, "kb_extra": extra, "backend": backend, "hanlp_model": hanlp_model,
            "hanlp_mode": hanlp_mode, "config": config}
    return ZoneNER(nlp, args)


def _backend_plan(backend: str | None, hanlp_model: str | None, hanlp_mode: str) -> dict[str, Any]:
    """Components an optional backend removes from the pipeline and the one it adds."""
    if backend is None:
        return {"exclude": [], "add_pipe": None}
    if backend != "hanlp":
        raise ValueError(f"unknown backend {backend!r}; the only backend is 'hanlp'")
    if not hanlp_model:
        raise ModelNotFoundError("backend='hanlp' needs hanlp_model=<a HanLP model directory or an id in HANLP_HOME>")
    from zone_ner.recognition.hanlp import hanlp_overrides

    return hanlp_overrides(hanlp_model, hanlp_mode)
