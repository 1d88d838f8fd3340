"""Throughput of zone_ner.text.normalise on the bulk archive (../shared/data/bulk).

Usage: python bench/bench_normalise.py [--limit-mb 8] [--repeat 3]
CPU time of this process (time.process_time), so other load on the machine
matters less. Prints one row per input shape: plain records as they are, the same records as
PDF-like pages (wrapped lines, doubled headlines, letter spacing), and one long line.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console
from rich.table import Table

from zone_ner.text import normalise
from zone_ner.text.damage import damage_page

BULK = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bulk"


def _records(limit_bytes: int) -> list[str]:
    """Records from every bulk file in turn, up to `limit_bytes` of UTF-8 text."""
    files = sorted(BULK.glob("*.jsonl"))
    texts: list[str] = []
    for path in files:
        size = 0
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                texts.append(json.loads(line)["text"])
                size += len(texts[-1].encode("utf-8"))
                if size >= limit_bytes / len(files):
                    break
    return texts


def _measure(texts: list[str], repeat: int) -> tuple[float, int, int]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            normalise(text)
        best = min(best, time.process_time() - start)
    return best, size, sum(len(t) for t in texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=float, default=8.0, help="MB of bulk text to read")
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the best is reported")
    args = parser.parse_args()
    plain = _records(int(args.limit_mb * 1e6))
    pages = [damage_page(t, seed=i) for i, t in enumerate(plain)]
    shapes = {
        "bulk records as they are": plain,
        "same records as damaged PDF pages": pages,
        "one 1 MB line, no punctuation": [("江城高新区" * 70_000)[:350_000]],
    }
    table = Table(title="zone_ner.text.normalise throughput (one core, CPU time, best of runs)")
    for column in ("input", "texts", "MB (UTF-8)", "chars", "seconds", "MB/s", "Mchars/s"):
        table.add_column(column, justify="left" if column == "input" else "right")
    for name, texts in shapes.items():
        seconds, size, chars = _measure(texts, args.repeat)
        table.add_row(name, str(len(texts)), f"{size / 1e6:.2f}", f"{chars:,}", f"{seconds:.3f}",
                      f"{size / 1e6 / seconds:.1f}", f"{chars / 1e6 / seconds:.2f}")
    table.caption = "load average during the run: " + " / ".join(f"{x:.1f}" for x in os.getloadavg())
    Console(width=100).print(table)


if __name__ == "__main__":
    main()
