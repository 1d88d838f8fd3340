"""Inputs that break naive batch runners: a 50 MB file, a 1 MB line without punctuation."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_a_1_mb_line_without_punctuation_is_processed(tmp_path: Path) -> None:
    text = "".join(ch for ch in SENTENCE if ch.isalnum()) * 12_000
    assert len(text.encode()) > 1024 * 1024 and not any(ch in text for ch in "，。；！？,.;!?")
    path = tmp_path / "line.jsonl"
    path.write_text(json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(path)], out, pipeline="fast", workers=1, timeout=300, progress=False)
    (row,) = read_output(out)
    assert (row["doc_id"], row["status"], row["length"]) == ("long", "ok", len(text))
