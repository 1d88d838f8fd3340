"""The pool runner when a worker dies between two collects: the next submit meets a broken pool."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

from zone_ner.batch import local
from zone_ner.batch.process import ChunkResult, Outcome
from zone_ner.batch.sources import Task

KILLER = "killer.txt"


class _FakePool:
    """A pool whose worker dies on KILLER: that chunk's future fails and every later submit raises."""

    def __init__(self) -> None:
        self.broken = False

    def submit(self, _fn: object, chunk: list[Task]) -> Future[ChunkResult]:
        if self.broken:
            raise BrokenProcessPool("a child process terminated abruptly")
        future: Future[ChunkResult] = Future()
        if any(task.source == KILLER for task in chunk):
            self.broken = True
            future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            future.set_result(ChunkResult([Outcome(task.source, True, 1) for task in chunk], 0, 0))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        """Nothing to stop."""


def test_a_submit_to_a_pool_broken_since_the_last_collect_loses_no_document(monkeypatch) -> None:
    monkeypatch.setattr(local._PoolRunner, "_new_pool", lambda self: _FakePool())
    lines: list[str] = []
    runner = local._PoolRunner(settings=None, sink=lambda r: lines.extend(o.line for o in r.outcomes),
                               workers=4, start_method="spawn")
    sources = ["a.txt", KILLER, "b.txt", "c.txt"]
    runner.run([[Task(source, "document", b"x")] for source in sources])
    assert sorted(line for line in lines if not line.startswith("{")) == ["a.txt", "b.txt", "c.txt"]
    errors = [line for line in lines if line.startswith("{")]
    assert len(errors) == 1 and KILLER in errors[0] and "worker process died" in errors[0]
