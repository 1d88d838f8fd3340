"""`run_batch`: inputs -> one output line per document, with any engine and output format."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from zone_ner.batch.local import run_local
from zone_ner.batch.output import open_output
from zone_ner.batch.process import ChunkResult, Settings
from zone_ner.batch.progress import BatchSummary, ProgressBar
from zone_ner.batch.sources import discover, iter_tasks
from zone_ner.errors import ZoneNERError

ENGINES = ("local", "ray")
FORMATS = ("jsonl", "parquet")


def default_workers() -> int:
    """The CPUs this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def output_format_for(output: Path) -> str:
    """"parquet" for a `.parquet` output path, else "jsonl"."""
    return "parquet" if output.suffix.lower() == ".parquet" else "jsonl"


def run_batch(
    inputs: Sequence[str],
    output: str | os.PathLike[str],
    *,
    pipeline: str = "default",
    kb_extra: Sequence[str] = (),
    workers: int | None = None,
    resume: bool = False,
    output_format: str | None = None,
    engine: str = "local",
    batch_size: int = 32,
    max_chars: int = 1_000_000,
    timeout: float | None = None,
    ray_address: str | None = None,
    progress: bool | None = None,
    start_method: str = "spawn",
) -> BatchSummary:
    """Process every document of `inputs` (files, directories, globs, archives, JSONL) into `output`.

    Exactly one line per input document, `status` "ok" or "error". With `resume=True`
    the documents already in `output` are skipped and a torn last line is cut first.
    `progress=None` shows the progress bar only when stderr is a terminal.
    """
    if engine not in ENGINES:
        raise ZoneNERError(f"unknown engine {engine!r} (one of {', '.join(ENGINES)})")
    path = Path(output)
    settings = Settings(pipeline=pipeline, kb_extra=tuple(kb_extra), max_chars=max_chars, timeout=timeout)
    writer = open_output(path, output_format or output_format_for(path), resume)
    summary = BatchSummary(path, skipped=len(writer.done))
    start = time.perf_counter()
    try:
        with ProgressBar(summary, sys.stderr.isatty() if progress is None else progress) as bar:

            def sink(result: ChunkResult) -> None:
                writer.write(outcome.line for outcome in result.outcomes)
                summary.add(result, time.perf_counter() - start)
                bar.update()

            if engine == "ray":
                from zone_ner.batch import ray_engine

                ray_engine.process(
                    list(discover(inputs)), writer.done, sink, settings,
                    actors=workers or default_workers(), batch_size=batch_size, address=ray_address,
                )
            else:
                tasks = (task for task in iter_tasks(inputs, settings.max_bytes) if task.source not in writer.done)
                run_local(tasks, sink, settings, workers=workers or default_workers(), batch_size=batch_size,
                          start_method=start_method)
    except BaseException:
        writer.close()
        raise
    writer.finish()
    summary.seconds = time.perf_counter() - start
    return summary
