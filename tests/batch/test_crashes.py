"""A document that crashes a component, or kills its worker process, becomes one error line; the run goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_inputs import SENTENCE, by_source, read_output

import zone_ner.pipeline
from zone_ner.batch import run_batch

RAISE, KILL = "触发异常标记", "终止进程标记"

# Installed in the worker processes through PYTHONPATH: the real pipeline, except that a
# document containing KILL ends its process the way a segfault or the OOM killer would.
_SITECUSTOMIZE = f'''
import os
import zone_ner.pipeline

_call = zone_ner.pipeline.ZoneNER.__call__

def _call_or_die(self, data, doc_id=None):
    if "{KILL}" in (data if isinstance(data, str) else ""):
        os._exit(137)
    return _call(self, data, doc_id)

zone_ner.pipeline.ZoneNER.__call__ = _call_or_die
'''


def _write_docs(path: Path, marker: str, count: int = 40, at: int = 17) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            text = f"{number}：{SENTENCE}" + (marker if number == at else "")
            handle.write(json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False) + "\n")


def test_a_component_exception_is_an_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = zone_ner.pipeline.build_record

    def build_or_raise(doc, *args, **kwargs):  # noqa: ANN001, ANN202 - same signature as build_record
        if RAISE in doc.text:
            raise KeyError("zone-17")
        return build(doc, *args, **kwargs)

    monkeypatch.setattr(zone_ner.pipeline, "build_record", build_or_raise)
    inputs, out = tmp_path / "docs.jsonl", tmp_path / "out.jsonl"
    _write_docs(inputs, RAISE)
    summary = run_batch([str(inputs)], out, pipeline="fast", workers=1, progress=False)
    rows = by_source(read_output(out))
    bad = rows[f"{inputs}:18"]
    assert (bad["doc_id"], bad["status"]) == ("d17", "error")
    assert bad["error"].startswith("pipeline crashed: KeyError: 'zone-17' (at zone_ner/")
    assert (summary.ok, summary.errors) == (39, 1)


def test_a_document_that_kills_its_worker_is_isolated(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
    inputs, out = tmp_path / "docs.jsonl", tmp_path / "out.jsonl"
    _write_docs(inputs, KILL)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run(
        [sys.executable, "-m", "zone_ner.cli", "batch", str(inputs), "-o", str(out), "--pipeline", "fast",
         "--workers", "2", "--batch-size", "4", "--no-progress"],
        env=env, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    rows = by_source(read_output(out))
    assert set(rows) == {f"{inputs}:{line}" for line in range(1, 41)}
    errors = {source: row["error"] for source, row in rows.items() if row["status"] == "error"}
    assert errors == {f"{inputs}:18": "the worker process died on this document (crash or out of memory)"}
