"""`zone-ner batch --resume` after a real SIGKILL: no document lost, none written twice, no torn line."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from batch_inputs import SENTENCE, by_source, read_output

DOCS = 600


def _children(pid: int) -> list[int]:
    """Pids of the direct children of `pid` (Linux /proc)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _batch(*args: str) -> list[str]:
    return [sys.executable, "-m", "zone_ner.cli", "batch", *args, "--pipeline", "fast", "--no-progress"]


def test_sigkill_then_resume_accounts_for_every_document_once(tmp_path: Path) -> None:
    inputs = tmp_path / "docs.jsonl"
    with open(inputs, "w", encoding="utf-8") as handle:
        for number in range(DOCS):
            handle.write(json.dumps({"id": f"d{number}", "text": f"{number}：{SENTENCE * 4}"}, ensure_ascii=False))
            handle.write("\n" if number % 97 else "\n{malformed\n")
    expected = {f"{inputs}:{line}" for line, raw in enumerate(inputs.read_text("utf-8").splitlines(), 1) if raw}
    out = tmp_path / "out.jsonl"

    run = subprocess.Popen(_batch(str(inputs), "-o", str(out), "--workers", "2", "--batch-size", "4"),
                           stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and run.poll() is None:
        if out.exists() and out.stat().st_size > 0 and out.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.05)
    assert run.poll() is None, f"run ended before it could be killed: {run.stderr.read()}"
    workers = _children(run.pid)
    run.send_signal(signal.SIGKILL)
    run.wait()
    run.stderr.close()

    first = out.read_bytes()
    complete = first.count(b"\n")
    assert 40 <= complete < len(expected), "kill did not land mid-run"
    with open(out, "ab") as handle:  # what a kill inside write() leaves behind
        handle.write(b'{"doc_id": "torn", "source": "torn", "sta')

    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers), "worker processes outlived the killed run"

    resumed = subprocess.run(_batch(str(inputs), "-o", str(out), "--workers", "2", "--resume"),
                             capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    rows = by_source(read_output(out))
    assert set(rows) == expected
    assert out.read_bytes().startswith(first[: first.rindex(b"\n") + 1])
    assert sum(row["status"] == "error" for row in rows.values()) == len([n for n in range(DOCS) if n % 97 == 0])
    assert f"{len(expected) - complete:,} documents" in resumed.stderr
    assert f"{complete:,} skipped" in resumed.stderr
    assert "\x1b[" not in resumed.stderr and "docs/s" in resumed.stderr  # piped: summary only, no progress bar


def test_resume_of_a_finished_run_writes_nothing(tmp_path: Path) -> None:
    inputs = tmp_path / "a.txt"
    inputs.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        done = subprocess.run(_batch(str(inputs), "-o", str(out), "--workers", "1", "--resume"),
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    assert [row["source"] for row in read_output(out)] == [str(inputs)]
    assert "0 documents" in done.stderr and "1 skipped" in done.stderr
