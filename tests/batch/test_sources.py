"""Reading inputs: every document gets exactly one stable source key; archives never touch the disk."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from batch_inputs import SENTENCE, Inputs

from zone_ner.batch.sources import discover, iter_tasks, kind_of

MAX_BYTES = 1 << 20


def test_every_expected_document_is_read_once(mixed_inputs: Inputs) -> None:
    tasks = list(iter_tasks([str(mixed_inputs.root)], MAX_BYTES))
    sources = [task.source for task in tasks]
    assert len(sources) == len(set(sources))
    assert set(sources) == set(mixed_inputs.expected)


def test_archive_members_with_traversal_names_are_read_in_memory(mixed_inputs: Inputs, tmp_path: Path) -> None:
    before = set(Path("/tmp").iterdir())
    tasks = {task.source: task for task in iter_tasks([str(mixed_inputs.root)], MAX_BYTES)}
    zip_member = tasks[f"{mixed_inputs.root / 'pages.zip'}!../../escape.txt"]
    assert zip_member.kind == "document" and zip_member.data.decode() == SENTENCE
    tar_member = tasks[f"{mixed_inputs.root / 'sub' / 'pages.tar.gz'}!../../../tmp/zone_ner_escape.txt"]
    assert tar_member.data.decode("gb18030") == SENTENCE
    assert not (tmp_path.parent / "escape.txt").exists()
    assert set(Path("/tmp").iterdir()) == before


def test_links_and_nested_archives_are_errors(mixed_inputs: Inputs) -> None:
    tasks = {task.source: task for task in iter_tasks([str(mixed_inputs.root)], MAX_BYTES)}
    assert "not a regular file" in tasks[f"{mixed_inputs.root / 'sub' / 'pages.tar.gz'}!ok/link"].error
    assert "archive inside an archive" in tasks[f"{mixed_inputs.root / 'pages.zip'}!nested.zip"].error


def test_same_file_named_twice_is_read_once(mixed_inputs: Inputs) -> None:
    root = str(mixed_inputs.root)
    units = list(discover([root, os.path.join(root, "*.txt"), os.path.join(root, "utf8.txt")]))
    paths = [unit.path for unit in units]
    assert len(paths) == len(set(paths))
    assert not any(".hidden" in path for path in paths)


def test_missing_path_and_empty_glob_are_reported(tmp_path: Path) -> None:
    tasks = list(iter_tasks([str(tmp_path / "missing.txt"), str(tmp_path / "*.nothing")], MAX_BYTES))
    assert [(task.kind, task.error) for task in tasks] == [
        ("error", "no such file or directory"),
        ("error", "pattern matched no files"),
    ]


def test_oversized_file_is_an_error_without_being_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    (task,) = iter_tasks([str(big)], MAX_BYTES)
    assert task.kind == "error" and task.data == b""
    assert task.error.startswith(f"too large: {MAX_BYTES + 1:,} bytes")


def test_jsonl_line_numbers_skip_blank_lines_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "a"}\n\n   \n{"text": "b"}')
    tasks = list(iter_tasks([str(path)], MAX_BYTES))
    assert [(task.source, task.data) for task in tasks] == [
        (f"{path}:1", b'{"text": "a"}\n'),
        (f"{path}:4", b'{"text": "b"}'),
    ]


def test_gbk_member_names_of_windows_zips_are_recovered(tmp_path: Path) -> None:
    path = tmp_path / "windows.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("x" * 10)
        archive.writestr(info, SENTENCE)
    raw = path.read_bytes().replace(b"x" * 10, "高新区.txt".encode("gbk"))  # same length: 10 bytes
    path.write_bytes(raw)
    (task,) = iter_tasks([str(path)], MAX_BYTES)
    assert task.source == f"{path}!高新区.txt"


def test_kind_of_uses_the_longest_suffix() -> None:
    assert [kind_of(name) for name in ("a.tar.gz", "a.TGZ", "a.zip", "a.ndjson", "a.html", "a.gz.txt")] == [
        "tar", "tar", "zip", "jsonl", "document", "document",
    ]
