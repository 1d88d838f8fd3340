"""The Ray Data engine on a local Ray instance gives the same lines as the local engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_inputs import Inputs, by_source, read_output

from zone_ner.batch import run_batch

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.mark.usefixtures("local_ray")
def test_ray_engine_matches_the_local_engine(mixed_inputs: Inputs, tmp_path: Path) -> None:
    from zone_ner.batch import ray_engine

    local, distributed = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    run_batch([str(mixed_inputs.root)], local, pipeline="fast", workers=1, progress=False)
    summary = ray_engine.run([str(mixed_inputs.root)], distributed, pipeline="fast", workers=2, batch_size=4,
                             progress=False)
    rows = by_source(read_output(distributed))
    assert rows == by_source(read_output(local))
    assert summary.ok + summary.errors == len(mixed_inputs.expected)
    assert 1 <= len(summary.worker_peak_rss) <= 2  # one pipeline per actor, at most two actors


@pytest.mark.usefixtures("local_ray")
def test_ray_engine_resumes_from_the_same_output(mixed_inputs: Inputs, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(mixed_inputs.root / "utf8.txt")], out, pipeline="fast", workers=1, progress=False)
    summary = run_batch([str(mixed_inputs.root)], out, pipeline="fast", engine="ray", workers=2, resume=True,
                        progress=False)
    assert summary.skipped == 1
    assert set(by_source(read_output(out))) == set(mixed_inputs.expected)
