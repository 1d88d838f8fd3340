"""Pick fresh CRUD_RAG passages (zone news by default) for a new annotated split.

A passage is fresh when its id is in no corpus file or earlier pool and it shares no 12-character
run with any of them. The picks are written as pools of `--per-pool` records for independent
annotators (corpus/README.md: dev4-dev9 were picked this way).

    python scripts/pick_fresh_passages.py --out /work/helpers/dev10 --pools 2 --per-pool 12
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = ROOT.parent / "shared" / "data" / "bulk"
NEWS_DIR = ROOT.parent / "shared" / "data" / "news"
NEWS = "news:"  # --source news:crud picks from the articles of ../shared/data/news
GRAM = 12


def _used(extra_pools: list[str]) -> tuple[set[str], set[str]]:
    """Ids and 12-grams of every corpus file and earlier pool."""
    ids: set[str] = set()
    grams: set[str] = set()
    files = glob.glob(str(ROOT / "corpus" / "**" / "*.jsonl"), recursive=True)
    for pattern in extra_pools:
        files += glob.glob(pattern)
    for name in files:
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            ids.add(record.get("id", ""))
            text = record.get("text", "")
            grams.update(text[i : i + GRAM] for i in range(len(text) - GRAM + 1))
    selection = ROOT / "corpus" / "test_selection.tsv"
    if selection.exists():
        ids.update(line.split("\t")[0] for line in selection.read_text(encoding="utf-8").splitlines())
    return ids, grams


def _news(collection: str) -> list[dict]:
    """The articles of ../shared/data/news of one collection (`news:crud`), as records with the
    origin and date of sources.tsv."""
    rows = {}
    for line in (NEWS_DIR / "sources.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        rows[cells[0]] = cells
    records = []
    for path in sorted(NEWS_DIR.glob(f"*_{collection}.txt")):
        row = rows.get(path.name, [path.name, "", "", ""])
        text = path.read_text(encoding="utf-8")
        records.append({"id": f"news:{path.stem}", "collection": row[1], "origin": row[2], "date": row[3], "text": text})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for pool_0.jsonl, pool_1.jsonl …")
    parser.add_argument(
        "--source",
        default="crud_rag_2023_zone.jsonl",
        help="file of the bulk archive to pick from, or news:<collection> (news:crud) for the news articles",
    )
    parser.add_argument("--pools", type=int, default=2)
    parser.add_argument("--per-pool", type=int, default=12)
    parser.add_argument("--min-chars", type=int, default=500)
    parser.add_argument("--max-chars", type=int, default=900)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--require", default="", help="regular expression a passage must match")
    parser.add_argument("--min-hits", type=int, default=1, help="matches of --require a passage needs")
    parser.add_argument(
        "--skip-head", type=int, default=0, help="leading characters not compared (a source's fixed dateline prefix)"
    )
    parser.add_argument("--earlier-pools", nargs="*", default=[], help="glob patterns of earlier pools")
    args = parser.parse_args()
    ids, grams = _used(args.earlier_pools)
    records = _news(args.source[len(NEWS) :]) if args.source.startswith(NEWS) else [
        json.loads(line) for line in (BULK / args.source).read_text(encoding="utf-8").splitlines()
    ]
    random.Random(args.seed).shuffle(records)
    if args.require:
        cue = re.compile(args.require)
        records = [r for r in records if len(cue.findall(r["text"])) >= args.min_hits]
    picked = []
    for record in records:
        text = record["text"]
        if record["id"] in ids or not args.min_chars <= len(text) <= args.max_chars:
            continue
        own = [text[i : i + GRAM] for i in range(len(text) - GRAM + 1)]
        if any(g in grams for g in own[args.skip_head :]):
            continue
        picked.append(record)
        grams.update(own)
        if len(picked) == args.pools * args.per_pool:
            break
    args.out.mkdir(parents=True, exist_ok=True)
    for k in range(args.pools):
        chunk = picked[k * args.per_pool : (k + 1) * args.per_pool]
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in chunk]
        (args.out / f"pool_{k}.jsonl").write_text("".join(lines), encoding="utf-8")
    print(f"{len(picked)} passages in {args.pools} pools ({len(ids)} ids excluded)")


if __name__ == "__main__":
    main()
