"""Durable output of a batch run: whole JSON lines, flushed and fsynced per chunk, resumable after SIGKILL.

JSONL output is written in place. Parquet output is written to a JSONL journal
(`OUT.journal.jsonl`) with the same guarantees, converted to OUT when the run ends.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from zone_ner.errors import ZoneNERError


def repair(path: Path) -> int:
    """Cut a torn last line (no final newline) left by a killed run; return how many bytes were cut."""
    with open(path, "rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            step = min(1 << 16, end)
            handle.seek(end - step)
            block = handle.read(step)
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = end - step + newline + 1
                break
            end -= step
        if end < size:
            handle.truncate(end)
            handle.flush()
            os.fsync(handle.fileno())
        return size - end


def written_sources(path: Path) -> set[str]:
    """The `source` keys of the complete lines of an output file."""
    done: set[str] = set()
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                done.add(json.loads(line)["source"])
            except (ValueError, KeyError, TypeError):
                raise ZoneNERError(f"{path}:{number}: not a line of zone-ner batch output; cannot resume") from None
    return done


class JsonlWriter:
    """Appends whole lines; `done` holds the sources already in the file when resuming."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.done: set[str] = set()
        self.repaired_bytes = 0
        if resume and path.exists():
            self.repaired_bytes = repair(path)
            self.done = written_sources(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(path, "ab" if resume else "wb")

    def write(self, lines: Iterable[str]) -> None:
        """Write lines in one call, then flush and fsync: after a crash a line is either whole or cut by `repair`."""
        data = "".join(f"{line}\n" for line in lines).encode("utf-8")
        if data:
            self._file.write(data)
            self._file.flush()
            os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()

    def finish(self) -> None:
        """Close at the end of a complete run."""
        self.close()


class ParquetWriter(JsonlWriter):
    """Journal in JSONL while running, Parquet (nested records) at `finish()`."""

    def __init__(self, path: Path, resume: bool) -> None:
        from zone_ner.batch import parquet  # fails early with a clear message when pyarrow is missing

        self.target = path
        journal = path.with_name(path.name + ".journal.jsonl")
        if resume and path.exists() and not journal.exists():
            parquet.to_jsonl(path, journal)
        if not resume:
            path.unlink(missing_ok=True)
        super().__init__(journal, resume)

    def finish(self) -> None:
        from zone_ner.batch import parquet

        self.close()
        parquet.from_jsonl(self.path, self.target)
        self.path.unlink()


def open_output(path: Path, output_format: str, resume: bool) -> JsonlWriter:
    """The writer for `output_format` ("jsonl" or "parquet")."""
    if output_format == "parquet":
        return ParquetWriter(path, resume)
    if output_format != "jsonl":
        raise ZoneNERError(f"unknown output format {output_format!r} (jsonl or parquet)")
    return JsonlWriter(path, resume)
