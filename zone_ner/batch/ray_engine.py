"""Scale-out on Ray Data (optional extra `zone-ner[ray]`).

The driver lists the input files; Ray tasks read them into documents (`flat_map`, no CPU
reserved: reading must never wait for a CPU held by an actor),
and an actor pool of `RecordActor`s (`map_batches` with a stateful class: the pipeline
is loaded once per actor) turns them into output lines, which stream back to the
driver and are written with the same durable writer as the local engine, so
`--resume` and the output format are the same. On a cluster the input paths must be
readable at the same path on every node (shared storage).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from zone_ner.batch.process import ChunkResult, Outcome, Processor, Settings
from zone_ner.batch.progress import BatchSummary
from zone_ner.batch.sources import Task, Unit, expand

try:
    import numpy as np
    import ray
except ImportError as err:  # pragma: no cover - depends on the environment
    from zone_ner.errors import ZoneNERError

    raise ZoneNERError("the Ray engine needs Ray Data: pip install 'zone-ner[ray]'") from err


class RecordActor:
    """Stateful `map_batches` callable: one pipeline per actor, one output line per row."""

    def __init__(self, settings: Settings) -> None:
        self.processor = Processor(settings)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, Any]:
        tasks = [Task(str(s), str(k), bytes(d), str(e)) for s, k, d, e in
                 zip(batch["source"], batch["kind"], batch["data"], batch["error"], strict=True)]
        result = self.processor.run_chunk(tasks)
        return {
            "line": [o.line for o in result.outcomes],
            "ok": [o.ok for o in result.outcomes],
            "chars": [o.chars for o in result.outcomes],
            "pid": [result.pid] * len(tasks),
            "peak_rss": [result.peak_rss] * len(tasks),
        }


def _expand_row(row: dict[str, Any], max_bytes: int, done: frozenset[str]) -> list[dict[str, Any]]:
    unit = Unit(row["name"], row["path"], row["kind"], row["error"])
    return [task._asdict() for task in expand(unit, max_bytes) if task.source not in done]


def process(
    units: Sequence[Unit],
    done: set[str],
    sink: Callable[[ChunkResult], None],
    settings: Settings,
    *,
    actors: int,
    batch_size: int = 32,
    address: str | None = None,
) -> None:
    """Run `units` through an actor pool of `actors` pipelines; every chunk of results goes to `sink`."""
    if not units:
        return
    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False  # zone-ner shows its own
    skip = frozenset(done)
    dataset = (
        ray.data.from_items([unit._asdict() for unit in units])
        .flat_map(_expand_row, fn_kwargs={"max_bytes": settings.max_bytes, "done": skip}, num_cpus=0)
        .map_batches(
            RecordActor,
            fn_constructor_kwargs={"settings": settings},
            batch_size=batch_size,
            concurrency=actors,
            num_cpus=1,
        )
    )
    for batch in dataset.iter_batches(batch_size=batch_size, batch_format="numpy"):
        rows: dict[int, list[int]] = {}
        for index, pid in enumerate(batch["pid"].tolist()):
            rows.setdefault(pid, []).append(index)
        for pid, indices in rows.items():
            outcomes = [Outcome(str(batch["line"][i]), bool(batch["ok"][i]), int(batch["chars"][i])) for i in indices]
            sink(ChunkResult(outcomes, pid, max(int(batch["peak_rss"][i]) for i in indices)))


def run(inputs: Sequence[str], output: str | os.PathLike[str], **options: Any) -> BatchSummary:
    """`run_batch(..., engine="ray")`: the same options (workers = number of actors, ray_address)."""
    from zone_ner.batch.runner import run_batch

    return run_batch(inputs, output, engine="ray", **options)
