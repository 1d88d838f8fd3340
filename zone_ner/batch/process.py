"""The worker side of a batch run: one `Task` in, one output line out, never an exception.

The same `Processor` runs in the caller's process (one worker), in each local worker
process, and in each Ray actor; the pipeline is loaded once per `Processor`.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from zone_ner.batch.sources import Task
from zone_ner.errors import InputError
from zone_ner.text import prepare
from zone_ner.text.decode import decode


@dataclass(frozen=True)
class Settings:
    """What every worker needs to know; picklable, sent once to each worker."""

    pipeline: str = "default"
    kb_extra: tuple[str, ...] = ()
    max_chars: int = 1_000_000
    timeout: float | None = None
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def max_bytes(self) -> int:
        """Largest file or JSONL line read: room for 4-byte characters and JSON escapes (\\uXXXX)."""
        return 8 * self.max_chars

    def load_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"pipeline": self.pipeline, **self.config}
        if self.kb_extra:
            args["kb_extra"] = list(self.kb_extra)
        return args


class Outcome(NamedTuple):
    """One output line (JSON, no newline), whether the document succeeded, and its length in characters."""

    line: str
    ok: bool
    chars: int


class ChunkResult(NamedTuple):
    """The outcomes of one chunk of tasks, with the worker's pid and peak resident memory (bytes)."""

    outcomes: list[Outcome]
    pid: int
    peak_rss: int


class DocumentError(Exception):
    """A document that cannot be processed; the message is the reason written to the output."""


def error_line(source: str, doc_id: str, reason: str) -> str:
    """The output line of a failed document."""
    row = {"doc_id": doc_id, "source": source, "status": "error", "error": reason}
    return json.dumps(row, ensure_ascii=False)


def peak_rss() -> int:
    """Peak resident memory of this process, in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class Processor:
    """Loads the pipeline once; turns tasks into output lines."""

    def __init__(self, settings: Settings) -> None:
        import zone_ner

        self.settings = settings
        self.nlp = zone_ner.load(**settings.load_args())
        self.nlp.nlp.max_length = max(self.nlp.nlp.max_length, settings.max_chars + 1)

    def run_chunk(self, tasks: Sequence[Task]) -> ChunkResult:
        """Process `tasks` in order."""
        return ChunkResult([self(task) for task in tasks], os.getpid(), peak_rss())

    def __call__(self, task: Task) -> Outcome:
        doc_id = task.source
        try:
            if task.kind == "error":
                raise DocumentError(task.error)
            data: str | bytes = task.data
            if task.kind == "jsonl":
                doc_id, data = _parse_jsonl_line(task)
            text, html = self._text(data, task.source)
            with _time_limit(self.settings.timeout):
                record = self.nlp(text, doc_id=doc_id)
            if html:
                record = record.model_copy(update={"text_source": "html_extracted"})
        except (DocumentError, InputError) as err:
            reason = err.reason if isinstance(err, InputError) else str(err)
            doc_id = getattr(err, "doc_id", doc_id)
            return Outcome(error_line(task.source, doc_id, reason), False, 0)
        except Exception as err:  # a component crashed: the run goes on, the reason is recorded
            return Outcome(error_line(task.source, doc_id, _describe_crash(err)), False, 0)
        row = {"doc_id": doc_id, "source": task.source, "status": "ok", "error": None}
        row.update(record.model_dump(mode="json"))
        return Outcome(json.dumps(row, ensure_ascii=False), True, len(text))

    def _text(self, data: str | bytes, source: str) -> tuple[str, bool]:
        """Plain text of a document (decoded, HTML extracted) and whether it was HTML."""
        if not data:
            raise DocumentError("empty document (0 bytes)" if isinstance(data, bytes) else "empty text")
        prepared = prepare(data, source)
        text, html = prepared.text, prepared.html
        if not text.strip():
            raise DocumentError("no text left after HTML extraction" if html else "empty document (only whitespace)")
        if len(text) > self.settings.max_chars:
            raise DocumentError(
                f"too long: {len(text):,} characters > {self.settings.max_chars:,} "
                "(raise --max-chars or split the document)"
            )
        return text, html


def _parse_jsonl_line(task: Task) -> tuple[str, str]:
    """(doc_id, text) of one JSONL line: `id` when present, else `path:line`."""
    try:
        line = task.data.decode("utf-8")
    except UnicodeDecodeError:
        line = decode(task.data, task.source)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise DocumentError(f"malformed JSON line: {err.msg} at column {err.colno}") from None
    if not isinstance(obj, dict):
        raise DocumentError(f"JSON line is a {type(obj).__name__}, expected an object with a `text` field")
    doc_id = task.source if obj.get("id") is None else str(obj["id"])
    text = obj.get("text")
    if not isinstance(text, str):
        reason = "JSON object has no `text` field" if text is None else "`text` field is not a string"
        raise _IdentifiedError(doc_id, reason)
    return doc_id, text


class _IdentifiedError(DocumentError):
    """A document error raised once the document's id is known."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(reason)
        self.doc_id = doc_id


def _describe_crash(err: BaseException) -> str:
    """`ExceptionType: message (at zone_ner/…/file.py:LINE in function)`, naming the deepest zone_ner frame."""
    frames = [f for f in traceback.extract_tb(err.__traceback__) if f"{os.sep}zone_ner{os.sep}" in f.filename]
    where = ""
    if frames:
        frame = frames[-1]
        path = frame.filename[frame.filename.rindex(f"{os.sep}zone_ner{os.sep}") + 1 :]
        where = f" (at {path}:{frame.lineno} in {frame.name})"
    return f"pipeline crashed: {type(err).__name__}: {err}{where}"


class DocumentTimeout(DocumentError):
    """A document took longer than `--timeout`."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `DocumentTimeout` once the block has run `seconds`.

    In the main thread an alarm interrupts the block; an alarm can land where Python
    swallows exceptions (a gc callback, a `__del__`), so the elapsed time is also checked
    when the block ends, and a block that overran is a timeout even if it finished.
    """
    if not seconds:
        yield
        return
    reason = f"timed out after {seconds:g} s (--timeout)"
    started = time.monotonic()
    in_main = threading.current_thread() is threading.main_thread()
    if in_main:

        def on_alarm(signum: int, frame: object) -> None:
            raise DocumentTimeout(reason)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if in_main:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if time.monotonic() - started > seconds:
        raise DocumentTimeout(reason)
