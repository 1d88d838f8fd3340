"""Throughput of `zone-ner batch` for 1 and 2 workers on a sample of ../shared/data/bulk.

    python bench/bench_batch.py --size 1000 [--workers 1,2] [--pipeline fast] [--bulk PATH]

Each configuration runs in a fresh process (so peak memory is its own) on the same
sample (seeded reservoir sample of the bulk JSONL lines, written to a temp file and
deleted afterwards). Prints a table: documents/s and characters/s for the whole run
(model loading included) and steady (once every worker has delivered a result), speed-up over the first
row, CPU seconds (all processes of the run) per 1000 documents, the 1-minute load
average before the run (other jobs on the machine), peak RSS per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BULK = ROOT.parent / "shared" / "data" / "bulk"


def sample_lines(bulk: Path, size: int, seed: int) -> list[bytes]:
    """`size` lines drawn uniformly from every *.jsonl under `bulk` (reservoir sampling: flat memory)."""
    rng = random.Random(seed)
    chosen: list[bytes] = []
    seen = 0
    for path in sorted(bulk.glob("*.jsonl")):
        with open(path, "rb") as handle:
            for line in handle:
                seen += 1
                if len(chosen) < size:
                    chosen.append(line)
                elif (slot := rng.randrange(seen)) < size:
                    chosen[slot] = line
    return chosen


def run_one(inputs: Path, workers: int, pipeline: str, batch_size: int) -> dict[str, float]:
    """One configuration, in this process; returns the figures as a dict."""
    from zone_ner.batch import run_batch

    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        summary = run_batch([str(inputs)], Path(tmp) / "out.jsonl", pipeline=pipeline, workers=workers,
                            batch_size=batch_size, progress=False)
    cpu = sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
              for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    rss = list(summary.worker_peak_rss.values())
    steady_docs, steady_chars = summary.steady_rates()
    return {
        "workers": workers, "docs": summary.documents, "errors": summary.errors, "chars": summary.chars,
        "seconds": summary.seconds, "warmup": max(summary.warmup.values())[0],
        "steady_docs": steady_docs, "steady_chars": steady_chars,
        "rss_max": max(rss), "rss_mean": sum(rss) / len(rss), "cpu": cpu, "load": load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1000, help="documents in the sample (default 1000)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--pipeline", default="fast")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bulk", type=Path, default=DEFAULT_BULK)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: run one configuration
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, int(args.workers), args.pipeline, args.batch_size)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "sample.jsonl"
        inputs.write_bytes(b"".join(sample_lines(args.bulk, args.size, args.seed)))
        rows = []
        for workers in (int(w) for w in args.workers.split(",")):
            done = subprocess.run(
                [sys.executable, __file__, "--one", str(inputs), "--workers", str(workers),
                 "--pipeline", args.pipeline, "--batch-size", str(args.batch_size)],
                check=True, capture_output=True, text=True,
            )
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))

    print(f"sample: {args.size} documents from {args.bulk} (seed {args.seed}), pipeline {args.pipeline!r}, "
          f"batch size {args.batch_size}")
    print("| workers | docs | errors | chars | wall s | all workers up s | docs/s | chars/s "
          "| steady docs/s | steady chars/s | steady speed-up | CPU s/1000 docs | load before "
          "| peak RSS/worker MB (max, mean) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = rows[0]["steady_docs"]
    for row in rows:
        print(f"| {row['workers']} | {row['docs']:,} | {row['errors']:,} | {row['chars']:,} | {row['seconds']:.1f} "
              f"| {row['warmup']:.1f} | {row['docs'] / row['seconds']:.1f} | {row['chars'] / row['seconds']:,.0f} "
              f"| {row['steady_docs']:.1f} | {row['steady_chars']:,.0f} | {row['steady_docs'] / base:.2f}× "
              f"| {1000 * row['cpu'] / row['docs']:.1f} | {row['load']:.2f} "
              f"| {row['rss_max'] / 2**20:.0f}, {row['rss_mean'] / 2**20:.0f} |")


if __name__ == "__main__":
    main()
