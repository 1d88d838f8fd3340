"""Inputs of a batch run: paths, directories, globs and archives -> documents with stable source keys.

Two steps, so Ray can run the second one on its workers:
`discover(inputs)` lists the files to open (`Unit`s, cheap, in the caller's process);
`expand(unit, max_bytes)` reads one unit into `Task`s, one per document.

Source keys (unique within a run, stable across runs with the same arguments):
`path` for a document file, `path:line` for a JSONL line (1-based), `archive!member` and
`archive!member:line` inside archives. Archives are read in memory; member names are
never used as paths, so `../` or absolute names cannot escape anywhere.
"""

from __future__ import annotations

import glob
import json
import os
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

_KINDS_FILE = Path(__file__).with_name("data") / "file_kinds.json"


class Unit(NamedTuple):
    """One file to open (`kind` says how), or an input that cannot be opened (`kind == "error"`)."""

    name: str
    path: str
    kind: str
    error: str = ""


class Task(NamedTuple):
    """One input document: a whole file (`document`), one JSONL line (`jsonl`), or an `error` found while reading."""

    source: str
    kind: str
    data: bytes
    error: str = ""


@cache
def _suffixes() -> list[tuple[str, str]]:
    """(suffix, kind) pairs from data/file_kinds.json, longest suffix first."""
    table = json.loads(_KINDS_FILE.read_text(encoding="utf-8"))
    pairs = [(suffix, kind) for kind, suffixes in table.items() if not kind.startswith("_") for suffix in suffixes]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def kind_of(name: str) -> str:
    """How a file is read: "jsonl", "zip", "tar", or "document" (one text/HTML document)."""
    lower = name.lower()
    return next((kind for suffix, kind in _suffixes() if lower.endswith(suffix)), "document")


def discover(inputs: Iterable[str]) -> Iterator[Unit]:
    """Files named by `inputs` (files, directories walked recursively, globs), each once, in a stable order.

    Hidden files and directories (name starting with ".") inside a directory are skipped.
    A missing path or a glob that matches nothing becomes an error unit, so it shows in the output.
    """
    seen: set[str] = set()
    for arg in inputs:
        if glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Unit(arg, "", "error", "pattern matched no files")
        else:
            matches = [arg]
        for match in matches:
            for unit in _units_of(match):
                if unit.kind == "error" or unit.path not in seen:
                    seen.add(unit.path)
                    yield unit


def _units_of(path: str) -> Iterator[Unit]:
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                full = os.path.join(root, name)
                if not name.startswith(".") and os.path.isfile(full):
                    yield Unit(full, os.path.realpath(full), kind_of(name))
    elif os.path.isfile(path):
        yield Unit(path, os.path.realpath(path), kind_of(path))
    elif os.path.exists(path):
        yield Unit(path, "", "error", "not a regular file or directory")
    else:
        yield Unit(path, "", "error", "no such file or directory")


def expand(unit: Unit, max_bytes: int) -> Iterator[Task]:
    """The documents of one unit; a file or member larger than `max_bytes` becomes an error task unread."""
    if unit.kind == "error":
        yield Task(unit.name, "error", b"", unit.error)
        return
    try:
        if unit.kind == "zip":
            yield from _zip_tasks(unit, max_bytes)
        elif unit.kind == "tar":
            yield from _tar_tasks(unit, max_bytes)
        elif unit.kind == "jsonl":
            with open(unit.path, "rb") as handle:
                yield from _jsonl_tasks(unit.name, handle, max_bytes)
        else:
            size = os.path.getsize(unit.path)
            if size > max_bytes:
                yield _too_large(unit.name, size, max_bytes)
            else:
                yield Task(unit.name, "document", Path(unit.path).read_bytes())
    except OSError as err:
        yield Task(unit.name, "error", b"", f"cannot read: {err.strerror or err}")


def iter_tasks(inputs: Iterable[str], max_bytes: int) -> Iterator[Task]:
    """Every document of every input, lazily (memory stays flat whatever the input size)."""
    for unit in discover(inputs):
        yield from expand(unit, max_bytes)


def _too_large(source: str, size: int, max_bytes: int) -> Task:
    reason = f"too large: {size:,} bytes > {max_bytes:,} (raise --max-chars or split the document)"
    return Task(source, "error", b"", reason)


def _jsonl_tasks(prefix: str, lines: Iterable[bytes], max_bytes: int) -> Iterator[Task]:
    """One task per non-blank line, keyed `prefix:line_number`."""
    for number, line in enumerate(lines, start=1):
        if number == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        source = f"{prefix}:{number}"
        if len(line) > max_bytes:
            yield _too_large(source, len(line), max_bytes)
        else:
            yield Task(source, "jsonl", line)


def _member_tasks(source: str, data: bytes, max_bytes: int) -> Iterator[Task]:
    kind = kind_of(source)
    if kind in ("zip", "tar"):
        yield Task(source, "error", b"", "archive inside an archive: extract the outer archive first")
    elif kind == "jsonl":
        yield from _jsonl_tasks(source, data.splitlines(keepends=True), max_bytes)
    else:
        yield Task(source, "document", data)


def _zip_member_name(info: zipfile.ZipInfo) -> str:
    """Member name; names without the UTF-8 flag (Windows zips from China) are re-read as GB18030 when that works."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _zip_tasks(unit: Unit, max_bytes: int) -> Iterator[Task]:
    try:
        archive = zipfile.ZipFile(unit.path)
    except zipfile.BadZipFile as err:
        yield Task(unit.name, "error", b"", f"not a readable zip archive: {err}")
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            source = f"{unit.name}!{_zip_member_name(info)}"
            if info.file_size > max_bytes:
                yield _too_large(source, info.file_size, max_bytes)
                continue
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError) as err:
                yield Task(source, "error", b"", f"cannot read archive member: {err}")
                continue
            yield from _member_tasks(source, data, max_bytes)


def _tar_tasks(unit: Unit, max_bytes: int) -> Iterator[Task]:
    """Members of a (compressed) tar, streamed: nothing is extracted to disk."""
    count = 0
    try:
        with tarfile.open(unit.path, "r|*") as archive:
            for member in archive:
                count += 1
                if member.isdir():
                    continue
                source = f"{unit.name}!{member.name}"
                if not member.isfile():
                    yield Task(source, "error", b"", "not a regular file (link or device) inside the archive")
                elif member.size > max_bytes:
                    yield _too_large(source, member.size, max_bytes)
                else:
                    handle = archive.extractfile(member)
                    yield from _member_tasks(source, handle.read() if handle else b"", max_bytes)
    except (tarfile.TarError, EOFError, zlib.error, OSError) as err:
        where = f"after {count} members" if count else "at the start"
        yield Task(unit.name, "error", b"", f"damaged or unreadable archive ({where}): {err}")
