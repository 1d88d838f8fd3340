"""Inputs that break naive batch runners: a 50 MB file, a 1 MB line without punctuation."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from batch_inputs import SENTENCE, by_source, read_output

from zone_ner.batch import run_batch


def test_a_50_mb_file_becomes_one_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    big = root / "a_big.txt"
    block = (SENTENCE * 1000).encode()
    with open(big, "wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(block)
    (root / "b_small.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(root)], out, pipeline="fast", workers=1, progress=False)
    rows = by_source(read_output(out))
    assert rows[str(big)]["status"] == "error" and "too large" in rows[str(big)]["error"]
    assert rows[str(root / "b_small.txt")]["status"] == "ok"
    assert (summary.ok, summary.errors) == (1, 1)


def _unpunctuated_line(tmp_path: Path) -> tuple[Path, str]:
    text = "".join(ch for ch in SENTENCE if ch.isalnum()) * 12_000
    assert len(text.encode()) > 1024 * 1024 and not any(ch in text for ch in "，。；！？,.;!?")
    path = tmp_path / "line.jsonl"
    lines = [{"id": "long", "text": text}, {"id": "short", "text": SENTENCE}]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path, text


def test_a_1_mb_line_without_punctuation_is_processed_in_bounded_time(tmp_path: Path) -> None:
    path, text = _unpunctuated_line(tmp_path)
    out = tmp_path / "out.jsonl"
    run_batch([str(path)], out, pipeline="fast", workers=1, timeout=180, progress=False)  # ~12 CPU s here; quadratic was ~1,600 s
    rows = by_source(read_output(out))
    assert rows[f"{path}:2"]["status"] == "ok"
    assert (rows[f"{path}:1"]["status"], rows[f"{path}:1"].get("length")) == ("ok", len(text))


def test_a_document_over_the_time_limit_is_an_error_and_the_run_goes_on(tmp_path: Path) -> None:
    path, _ = _unpunctuated_line(tmp_path)
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(path)], out, pipeline="fast", workers=1, timeout=2, progress=False)
    rows = by_source(read_output(out))
    assert rows[f"{path}:1"]["status"] == "error" and "timed out after 2 s" in rows[f"{path}:1"]["error"]
    assert rows[f"{path}:2"]["status"] == "ok"
    assert (summary.ok, summary.errors) == (1, 1)


def test_an_alarm_swallowed_inside_the_pipeline_still_makes_the_document_a_timeout() -> None:
    from zone_ner.batch.process import DocumentTimeout, _time_limit

    started = time.monotonic()
    with pytest.raises(DocumentTimeout, match="timed out after 0.2 s"):
        with _time_limit(0.2):
            while time.monotonic() - started < 0.6:
                try:  # code that swallows every exception, as gc callbacks and __del__ do
                    time.sleep(0.05)
                except Exception:
                    pass
