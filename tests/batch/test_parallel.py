"""Worker processes give the same lines as one process: nothing lost, nothing doubled, same records."""

from __future__ import annotations

import json
from pathlib import Path

from batch_inputs import SENTENCE, Inputs, by_source, read_output

from zone_ner.batch import run_batch


def test_two_workers_write_the_same_lines_as_one(mixed_inputs: Inputs, tmp_path: Path) -> None:
    extra = mixed_inputs.root / "many.jsonl"
    with open(extra, "w", encoding="utf-8") as handle:
        for number in range(120):
            text = f"第{number}号公告：{SENTENCE}" * (1 + number % 3)
            handle.write(json.dumps({"id": f"n{number}", "text": text}, ensure_ascii=False) + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(mixed_inputs.root)], one, pipeline="fast", workers=1, batch_size=8, progress=False)
    summary = run_batch([str(mixed_inputs.root)], two, pipeline="fast", workers=2, batch_size=8, progress=False)
    rows_one, rows_two = by_source(read_output(one)), by_source(read_output(two))
    assert len(rows_two) == len(mixed_inputs.expected) + 120
    assert rows_two == rows_one
    # Both workers are started; on a fast machine the first one may finish every chunk before the
    # second has loaded its pipeline, so one or two report (scaling is measured in bench/bench_batch.py).
    assert 1 <= len(summary.worker_peak_rss) <= 2
