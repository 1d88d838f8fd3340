"""Counting a batch run: the live progress bar (terminal only) and the final summary."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from zone_ner.batch.process import ChunkResult


@dataclass
class BatchSummary:
    """What a batch run did.

    `warmup` maps worker pid -> (seconds, documents, chars) at that worker's first result;
    `worker_peak_rss` maps worker pid -> peak resident memory in bytes.
    """

    output: Path
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    chars: int = 0
    seconds: float = 0.0
    warmup: dict[int, tuple[float, int, int]] = field(default_factory=dict)
    worker_peak_rss: dict[int, int] = field(default_factory=dict)

    @property
    def documents(self) -> int:
        """Documents processed in this run (skipped ones not included)."""
        return self.ok + self.errors

    def steady_rates(self) -> tuple[float, float]:
        """(docs/s, chars/s) once every worker has delivered: loading and start-up left out."""
        if not self.warmup or self.seconds <= max(self.warmup.values())[0]:
            return 0.0, 0.0
        seconds, documents, chars = max(self.warmup.values())
        return (self.documents - documents) / (self.seconds - seconds), (self.chars - chars) / (self.seconds - seconds)

    def add(self, result: ChunkResult, elapsed: float) -> None:
        for outcome in result.outcomes:
            if outcome.ok:
                self.ok += 1
                self.chars += outcome.chars
            else:
                self.errors += 1
        if result.pid:
            self.warmup.setdefault(result.pid, (elapsed, self.documents, self.chars))
            self.worker_peak_rss[result.pid] = max(result.peak_rss, self.worker_peak_rss.get(result.pid, 0))

    def describe(self) -> str:
        """One line: counts, time and rates."""
        rate = self.documents / self.seconds if self.seconds else 0.0
        char_rate = self.chars / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped:,} skipped (already in the output)" if self.skipped else ""
        return (
            f"{self.documents:,} documents: {self.ok:,} ok, {self.errors:,} errors{skipped} "
            f"in {self.seconds:.1f} s ({rate:,.1f} docs/s, {char_rate:,.0f} chars/s) -> {self.output}"
        )


class ProgressBar:
    """A rich progress line on stderr with docs/s and chars/s; does nothing when disabled."""

    def __init__(self, summary: BatchSummary, enabled: bool) -> None:
        self.summary = summary
        self.enabled = enabled
        self._start = time.perf_counter()
        self._progress = None
        self._task = None

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
            )
            self._progress.start()
            self._task = self._progress.add_task(self._text())
        return self

    def update(self) -> None:
        if self._progress is not None:
            self._progress.update(self._task, description=self._text())

    def _text(self) -> str:
        s = self.summary
        elapsed = max(time.perf_counter() - self._start, 1e-9)
        return (
            f"{s.documents:,} docs · {s.documents / elapsed:,.1f} docs/s · "
            f"{s.chars / elapsed:,.0f} chars/s · {s.errors:,} errors"
        )

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        if self._progress is not None:
            self.update()
            self._progress.stop()
