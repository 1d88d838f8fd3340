"""Seconds per stage on one long clause without punctuation (the batch robustness case).

    python bench/bench_long_clause.py [--lengths 8000,32000,128000] [--pipeline fast]

The clause is the alphanumeric characters of a short zone news sentence, repeated to each
length. Prints a markdown table: CPU seconds (process time, so a busy shared machine
inflates them less than wall time) of every pipeline component and record builder, and
the total, per clause length; a step whose time grows ~4x when the length doubles is
quadratic.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import zone_ner
from zone_ner.records import build
from zone_ner.records.context import entities

SENTENCE = "西安高新区管委会主任李明调研比亚迪股份有限公司，项目总投资9.3亿元。"


def clause(length: int) -> str:
    """`length` characters of the sentence's letters and digits, repeated, without punctuation."""
    unit = "".join(ch for ch in SENTENCE if ch.isalnum())
    return (unit * (length // len(unit) + 1))[:length]


def _timed(times: dict[str, float], name: str, fn: Callable[..., Any], *args: Any) -> Any:
    start = time.process_time()
    out = fn(*args)
    times[name] = times.get(name, 0.0) + time.process_time() - start
    return out


def stage_times(nlp: zone_ner.ZoneNER, text: str) -> dict[str, float]:
    """Seconds of the tokenizer, each component and each record builder on `text`."""
    times: dict[str, float] = {}
    doc = _timed(times, "tokenizer", nlp.nlp.make_doc, text)
    for name, proc in nlp.nlp.pipeline:
        doc = _timed(times, name, proc, doc)
    entities.cache_clear()
    norm = doc._.zn_norm
    mentions = _timed(times, "mentions", build._mentions, doc, norm)
    links = _timed(times, "zone_links", build._zone_links, doc, norm)
    clean = build._clean_surfaces(doc, norm)
    zones = _timed(times, "zones", build._zones, mentions, links, nlp.kb, clean)
    zone_at = {e.start_char: (e.kb_id_ or None) for e in entities(doc) if e.label_ == "ZONE"}
    default_zone = next((z.kb_id for z in zones if z.kb_id), None)
    _timed(times, "companies", build.build_companies, doc, zone_at)
    _timed(times, "officials", build.build_officials, doc, {})
    _timed(times, "projects", build.build_projects, doc, zone_at, default_zone)
    start = time.process_time()
    entities.cache_clear()
    build.build_record(doc, nlp.kb)
    times["build_record"] = time.process_time() - start
    times["total"] = sum(v for k, v in times.items() if k not in ("mentions", "zone_links", "zones", "companies",
                                                                   "officials", "projects"))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="8000,32000,128000", help="clause lengths, comma-separated")
    parser.add_argument("--pipeline", default="fast")
    args = parser.parse_args()
    nlp = zone_ner.load(args.pipeline)
    nlp(SENTENCE)  # warm-up: lazy tables and automata
    lengths = [int(n) for n in args.lengths.split(",")]
    rows = {n: stage_times(nlp, clause(n)) for n in lengths}
    names = list(rows[lengths[0]])
    print("| step | " + " | ".join(f"{n:,} chars" for n in lengths) + " |")
    print("|---|" + "---:|" * len(lengths))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{rows[n][name]:.3f}" for n in lengths) + " |")


if __name__ == "__main__":
    main()
