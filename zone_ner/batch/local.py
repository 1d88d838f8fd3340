"""The local engine: the caller's process (1 worker) or a pool of worker processes.

Workers are started with `spawn` (or `forkserver`) and load the pipeline once each.
At most `2 × workers` chunks are in flight, so memory stays flat on any input size.
A worker process that dies (segfault, out of memory) is replaced; the documents it may
have been working on are retried one at a time and only the one that kills a worker
again becomes an error line.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from zone_ner.batch.process import ChunkResult, Outcome, Processor, Settings, error_line
from zone_ner.batch.sources import Task
from zone_ner.errors import ZoneNERError

Sink = Callable[[ChunkResult], None]
_Pending = dict[Future[ChunkResult], list[Task]]
CHUNK_BYTES = 1 << 22
"""A chunk closes at `batch_size` documents or this many input bytes, whichever comes first."""


def chunked(tasks: Iterable[Task], batch_size: int, max_bytes: int = CHUNK_BYTES) -> Iterator[list[Task]]:
    """Group tasks into lists of at most `batch_size` documents and about `max_bytes` bytes."""
    chunk: list[Task] = []
    size = 0
    for task in tasks:
        chunk.append(task)
        size += len(task.data)
        if len(chunk) >= batch_size or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run_local(tasks: Iterable[Task], sink: Sink, settings: Settings, *, workers: int, batch_size: int,
              start_method: str = "spawn") -> None:
    """Process every task; each chunk's result goes to `sink` in the caller's process."""
    chunks = chunked(tasks, batch_size)
    if workers <= 1:
        processor = Processor(settings)
        for chunk in chunks:
            sink(processor.run_chunk(chunk))
        return
    _PoolRunner(settings, sink, workers, start_method).run(chunks)


_PROCESSOR: Processor | None = None
_LOAD_ERROR: str | None = None


def _init_worker(settings: Settings) -> None:
    """Worker start: ignore Ctrl-C (the parent handles it), die with the parent, load the pipeline once."""
    global _PROCESSOR, _LOAD_ERROR
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        _PROCESSOR = Processor(settings)
    except Exception as err:  # reported by the first chunk, not as a dead pool
        _LOAD_ERROR = f"cannot load the pipeline in a worker: {err}"


def _exit_with_parent(parent: int) -> None:
    """A killed parent (SIGKILL) cannot stop its workers: they notice they were orphaned and exit."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _work_chunk(tasks: list[Task]) -> ChunkResult:
    if _PROCESSOR is None:
        raise ZoneNERError(_LOAD_ERROR or "worker not initialised")
    return _PROCESSOR.run_chunk(tasks)


class _PoolRunner:
    def __init__(self, settings: Settings, sink: Sink, workers: int, start_method: str) -> None:
        self.settings = settings
        self.sink = sink
        self.workers = workers
        self.context = multiprocessing.get_context(start_method)
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers, mp_context=self.context, initializer=_init_worker, initargs=(self.settings,)
        )

    def run(self, chunks: Iterable[list[Task]]) -> None:
        pending: _Pending = {}
        try:
            for chunk in chunks:
                while len(pending) >= 2 * self.workers:
                    self._collect(pending)
                self._submit(chunk, pending)
            while pending:
                self._collect(pending)
        except BaseException:
            self.pool.shutdown(wait=False, cancel_futures=True)
            raise
        self.pool.shutdown()

    def _submit(self, chunk: list[Task], pending: _Pending) -> None:
        """Queue a chunk. A worker that died since the last collect leaves the pool broken: the chunks
        in flight are collected first (their documents isolated), then the chunk goes to a new pool."""
        try:
            future = self.pool.submit(_work_chunk, chunk)
        except BrokenProcessPool:
            while pending:
                self._collect(pending)
            self._restart()
            future = self.pool.submit(_work_chunk, chunk)
        pending[future] = chunk

    def _collect(self, pending: _Pending) -> None:
        """Hand finished chunks to the sink; after a worker death, isolate the documents that were in flight."""
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        suspects = self._drain(done, pending)
        if suspects:
            suspects += self._drain(list(pending), pending)
            self._isolate(suspects)

    def _drain(self, futures: Iterable[Future[ChunkResult]], pending: _Pending) -> list[Task]:
        suspects: list[Task] = []
        for future in futures:
            chunk = pending.pop(future)
            try:
                self.sink(future.result())
            except BrokenProcessPool:
                suspects.extend(chunk)
        return suspects

    def _isolate(self, suspects: list[Task]) -> None:
        """Run each suspect alone in a fresh pool: a document that kills its worker again is an error line."""
        self._restart()
        for task in suspects:
            try:
                self.sink(self.pool.submit(_work_chunk, [task]).result())
                continue
            except BrokenProcessPool:
                reason = "the worker process died on this document (crash or out of memory)"
            self.sink(ChunkResult([Outcome(error_line(task.source, task.source, reason), False, 0)], 0, 0))
            self._restart()

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
