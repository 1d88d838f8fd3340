"""Speed of the knowledge table and the linker: load time, lookups per second, linked docs per second.

    python bench/bench_kb.py [corpus/dev.jsonl ...]

Load time is measured in fresh interpreter processes (the table is cached per process).
Linking uses the corpus' gold entities on char-segmented docs, so it times the linker alone.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOAD = (
    "import time, sys; sys.path.insert(0, %r); from zone_ner.linking import kb; "
    "t, c = time.perf_counter(), time.process_time(); "
    "kb.KnowledgeTable.load(); print(time.perf_counter() - t, time.process_time() - c)"
)


def load_seconds(runs: int = 5) -> tuple[list[float], list[float]]:
    """(wall, CPU) table load times in `runs` fresh processes (import time excluded)."""
    wall, cpu = [], []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", LOAD % str(ROOT)], capture_output=True, text=True, check=True)
        w, c = res.stdout.split()
        wall.append(float(w))
        cpu.append(float(c))
    return wall, cpu


def main() -> None:
    from zone_ner.linking.candidates import candidates
    from zone_ner.linking.chardoc import char_doc
    from zone_ner.linking.kb import KnowledgeTable
    from zone_ner.linking.linker import Linker

    rows = []
    wall, cpu = load_seconds()
    rows.append(("table load, wall (median of 5 processes)", f"{statistics.median(wall) * 1000:.0f} ms"))
    rows.append(("table load, CPU (median of 5 processes)", f"{statistics.median(cpu) * 1000:.0f} ms"))
    rows.append(("machine load average (1 min)", f"{os.getloadavg()[0]:.1f}"))
    table = KnowledgeTable.load()
    data = ROOT / "zone_ner/linking/data"
    size = sum(p.stat().st_size for p in (data / "zones.jsonl", data / "places.tsv"))
    rows.append(("table size (zones.jsonl + places.tsv)", f"{size / 1e6:.2f} MB, {len(table)} entries"))
    aliases = [a for a, _, _ in table.alias_items()][:20000]
    t = time.perf_counter()
    for a in aliases:
        candidates(a, table)
    dt = time.perf_counter() - t
    rows.append(("candidates(alias), exact hits", f"{len(aliases) / dt:,.0f} /s"))
    misses = [a + "园" for a in aliases[:5000]]
    t = time.perf_counter()
    for a in misses:
        candidates(a, table)
    dt = time.perf_counter() - t
    rows.append(("candidates(surface), misses (all fallbacks)", f"{len(misses) / dt:,.0f} /s"))
    t = time.perf_counter()
    table.zone_automaton()
    rows.append(("zone automaton build (first container link)", f"{(time.perf_counter() - t) * 1000:.0f} ms"))
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "corpus").glob("*.jsonl"))
    linker = Linker(table, ["ZONE", "LOC"])
    docs, chars = [], 0
    for path in paths:
        for line in path.open(encoding="utf-8"):
            d = json.loads(line)
            docs.append(char_doc(d["text"], [(s["start"], s["end"], s["label"]) for s in d["spans"]]))
            chars += len(d["text"])
    if docs:
        t = time.perf_counter()
        for doc in docs:
            linker(doc)
        dt = time.perf_counter() - t
        rows.append((f"linker on {len(docs)} corpus docs ({chars:,} chars)", f"{len(docs) / dt:,.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s"))
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure'.ljust(width)} | value |\n|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    main()
