"""CPU seconds per stage of a zone_ner pipeline on bulk text (one process, one thread).

    python bench/bench_stages.py [--pipeline fast] [--chars 300000] [--passes 3] [--bulk ../shared/data/bulk]

Stages: the tokenizer (normalisation + segmentation + `Doc`), each pipeline component, and
record building. The first pass over the texts also pays for first-seen characters (a new
spaCy lexeme each); the table shows the first pass and the best of the later passes, with
each stage's share. Run versions alternately and compare CPU seconds on a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_pipeline import sample


def one_pass(zn, texts: list[str]) -> dict[str, float]:
    """CPU seconds per stage over `texts`."""
    from zone_ner.records.build import build_record

    nlp = zn.nlp
    stages = {
        "tokenizer": 0.0,
        **{name: 0.0 for name, _ in nlp.pipeline},
        "records": 0.0,
    }
    clock = time.process_time
    for text in texts:
        before = clock()
        doc = nlp.make_doc(text)
        now = clock()
        stages["tokenizer"] += now - before
        for name, component in nlp.pipeline:
            doc = component(doc)
            before, now = now, clock()
            stages[name] += now - before
        build_record(doc, zn.kb)
        stages["records"] += clock() - now
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pipeline", default="fast")
    parser.add_argument("--chars", type=int, default=300_000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument(
        "--bulk", type=Path, default=ROOT.parent / "shared" / "data" / "bulk"
    )
    args = parser.parse_args()
    import zone_ner

    texts = sample(args.bulk, args.chars)
    chars = sum(map(len, texts))
    zn = zone_ner.load(args.pipeline)
    first = one_pass(zn, texts)
    later = [one_pass(zn, texts) for _ in range(max(0, args.passes - 1))]
    best = min(later, key=lambda s: sum(s.values())) if later else first
    print(f"{args.pipeline}: {len(texts):,} documents, {chars:,} characters\n")
    print("| stage | first pass CPU s | share | best later pass CPU s | share |")
    print("|---|---:|---:|---:|---:|")
    total_first, total_best = sum(first.values()), sum(best.values())
    for name in first:
        print(
            f"| {name} | {first[name]:.3f} | {first[name] / total_first:.0%} "
            f"| {best[name]:.3f} | {best[name] / total_best:.0%} |"
        )
    print(f"| total | {total_first:.3f} | | {total_best:.3f} | |")
    print(
        f"| chars/CPU s | {chars / total_first:,.0f} | | {chars / total_best:,.0f} | |"
    )


if __name__ == "__main__":
    main()
