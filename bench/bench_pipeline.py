"""Speed and memory of the zone_ner pipelines (and LAC, when installed) on bulk text.

    python bench/bench_pipeline.py [--chars 1000000] [--bulk ../shared/data/bulk]

Each system (a zone_ner pipeline or an evaluator baseline such as lac or jieba)
runs in its own fresh process with one thread, so load time and peak memory are
its own. Prints a markdown table: load s, chars/s (wall clock), chars per CPU second of
the process (steady on a shared machine), docs/s, peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FILES = ("crud_rag_2023_econ_nonzone.jsonl", "xinwenlianbo_2022-2026_econ.jsonl", "rss_archive_2026-01_mixed.jsonl")


def sample(bulk: Path, chars: int) -> list[str]:
    """About `chars` characters of bulk text, taken round-robin from the archive files (test docs excluded)."""
    texts: list[str] = []
    total = 0
    handles = [open(bulk / name, encoding="utf-8") for name in FILES]
    while total < chars and handles:
        for handle in list(handles):
            line = handle.readline()
            if not line:
                handles.remove(handle)
                continue
            text = json.loads(line)["text"]
            texts.append(text)
            total += len(text)
    return texts


def run_one(name: str, texts: list[str]) -> dict:
    """Load system `name` and process `texts`; runs inside the child process."""
    from zone_ner.eval.backends import load_backend

    start = time.perf_counter()
    predictor = load_backend(name)
    loaded, cpu_loaded = time.perf_counter(), time.process_time()
    count = sum(1 for _ in predictor.pipe(texts))
    done, cpu_done = time.perf_counter(), time.process_time()
    chars = sum(len(t) for t in texts)
    return {
        "pipeline": name,
        "load_s": loaded - start,
        "chars_per_s": chars / (done - loaded),
        "chars_per_cpu_s": chars / (cpu_done - cpu_loaded),
        "docs_per_s": count / (done - loaded),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "chars": chars,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--bulk", type=Path, default=ROOT.parent / "shared" / "data" / "bulk")
    parser.add_argument("--pipelines", default="default,fast,lac")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    texts = sample(args.bulk, args.chars)
    if args.child:
        print(json.dumps(run_one(args.child, texts)))
        return
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    rows = []
    for name in args.pipelines.split(","):
        cmd = [sys.executable, __file__, "--child", name, "--chars", str(args.chars), "--bulk", str(args.bulk)]
        out = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if out.returncode != 0:
            print(f"{name}: failed: {out.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            continue
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{len(texts)} documents, {rows[0]['chars'] if rows else 0} characters, one process, one thread\n")
    print("| pipeline | load (s) | chars/s | chars/CPU s | docs/s | peak RSS (MB) |")
    print("|---|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['pipeline']} | {r['load_s']:.2f} | {r['chars_per_s']:,.0f} | {r['chars_per_cpu_s']:,.0f} "
              f"| {r['docs_per_s']:,.1f} | {r['peak_rss_mb']:,.0f} |")


if __name__ == "__main__":
    main()
