"""The durable writer: whole lines only; a torn last line is cut on resume; written sources are skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zone_ner.batch.output import JsonlWriter, repair, written_sources
from zone_ner.errors import ZoneNERError


def _line(source: str) -> str:
    return json.dumps({"doc_id": source, "source": source, "status": "ok", "error": None, "text": "高新区" * 50})


def test_repair_cuts_only_the_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    whole = "".join(_line(f"d{i}") + "\n" for i in range(3)).encode()
    path.write_bytes(whole + _line("torn").encode()[:37])
    assert repair(path) == 37
    assert path.read_bytes() == whole
    assert repair(path) == 0


def test_repair_of_a_file_with_only_a_torn_line_empties_it(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(("x" * 100_000).encode())  # longer than one read block
    assert repair(path) == 100_000
    assert path.read_bytes() == b""


def test_resume_reports_written_sources_and_appends(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(_line("a") + "\n" + _line("b") + "\n" + _line("c")[:20], encoding="utf-8")
    writer = JsonlWriter(path, resume=True)
    assert writer.done == {"a", "b"}
    writer.write([_line("c")])
    writer.finish()
    assert [json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines()] == ["a", "b", "c"]


def test_without_resume_the_output_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(_line("old") + "\n", encoding="utf-8")
    writer = JsonlWriter(path, resume=False)
    assert writer.done == set()
    writer.finish()
    assert path.read_bytes() == b""


def test_resuming_into_a_foreign_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text('{"title": "not batch output"}\n', encoding="utf-8")
    with pytest.raises(ZoneNERError, match="notes.jsonl:1"):
        written_sources(path)
