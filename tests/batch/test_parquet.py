"""Parquet output: nested columns, one row per document, resumable like JSONL."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_inputs import SENTENCE, Inputs, by_source, read_output

from zone_ner.batch import run_batch

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


def test_parquet_rows_match_the_jsonl_lines(mixed_inputs: Inputs, tmp_path: Path) -> None:
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    run_batch([str(mixed_inputs.root)], jsonl, pipeline="fast", workers=1, progress=False)
    run_batch([str(mixed_inputs.root)], parquet, pipeline="fast", workers=1, progress=False)
    assert not (tmp_path / "out.parquet.journal.jsonl").exists()
    table = pq.read_table(parquet)
    mention = table.schema.field("mentions").type
    assert pa.types.is_list(mention) and pa.types.is_struct(mention.value_type)
    assert pa.types.is_struct(table.schema.field("projects").type.value_type.field("investment").type)
    rows = by_source(table.to_pylist())
    lines = by_source(read_output(jsonl))
    assert {s: r["status"] for s, r in rows.items()} == mixed_inputs.expected
    for source, line in lines.items():
        assert {key: rows[source][key] for key in line} == line


def test_resume_adds_to_a_finished_parquet_output(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SENTENCE, encoding="utf-8")
    second.write_text(SENTENCE * 2, encoding="utf-8")
    out = tmp_path / "out.parquet"
    run_batch([str(first)], out, pipeline="fast", workers=1, progress=False)
    summary = run_batch([str(first), str(second)], out, pipeline="fast", workers=1, resume=True, progress=False)
    assert (summary.ok, summary.skipped) == (1, 1)
    table = pq.read_table(out, columns=["source", "length"])
    assert sorted(zip(table["source"].to_pylist(), table["length"].to_pylist(), strict=True)) == [
        (str(first), len(SENTENCE)), (str(second), 2 * len(SENTENCE)),
    ]
