"""Dump everything the `fast` and `default` pipelines produce, to compare two versions of the code.

    python bench/dump_outputs.py OUT.jsonl [--pipelines fast,default] [--bulk-docs 400] [--tokens fast,default]
    python bench/dump_outputs.py --compare BEFORE.jsonl AFTER.jsonl

Texts: every corpus file (corpus/*.jsonl, corpus/local/*.jsonl, corpus/pages/dev_pages.jsonl)
except the held-out ones (test, dev5, dev6, dev7, dev16, dev17 and the test pages are never opened), plus
`--bulk-docs` documents of the bulk archives (xinwenlianbo and rss, half each). One line per
(pipeline, text): entities (offsets into the original text, label, kb id, source, score), span
groups, zone links, articles, sentences, the record, and the token boundaries of the pipelines
named in `--tokens` (leave a pipeline out when its tokenization changes on purpose).
Run it with `PYTHONPATH` pointing at the code to dump.
"""

from __future__ import annotations

import argparse
import json
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = ("test", "dev5", "dev6", "dev7", "dev16", "dev17", "dev18")
BULK = ("xinwenlianbo_2022-2026_econ.jsonl", "rss_archive_2026-01_mixed.jsonl")


def corpus_files() -> list[Path]:
    """Corpus files that may be read (held-out splits are skipped by name, never opened)."""
    files = sorted((ROOT / "corpus").glob("*.jsonl")) + sorted(
        (ROOT / "corpus" / "local").glob("*.jsonl")
    )
    files = [f for f in files if f.stem not in HELD_OUT]
    return files + [ROOT / "corpus" / "pages" / "dev_pages.jsonl"]


def texts(bulk: Path, bulk_docs: int) -> list[tuple[str, str | bytes]]:
    """(name, data) of every text to dump."""
    out: list[tuple[str, str | bytes]] = []
    for path in corpus_files():
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            data = row.get("text") or row.get("html")
            if data:
                out.append((f"{path.relative_to(ROOT)}:{i}", data))
    for name in BULK:
        with open(bulk / name, encoding="utf-8") as handle:
            for i, line in enumerate(islice(handle, bulk_docs // len(BULK))):
                out.append((f"{name}:{i}", json.loads(line)["text"]))
    return out


def dump_doc(doc, record, with_tokens: bool) -> dict:
    """Every output of one processed doc, offsets into the original text where they are mapped."""
    norm = doc._.zn_norm
    row = {
        "ents": [
            (
                *norm.to_source(e.start_char, e.end_char),
                e.label_,
                e.kb_id_,
                e._.zn_source,
                e._.zn_score,
            )
            for e in doc.ents
        ],
        "spans": {
            key: [
                (
                    s.start_char,
                    s.end_char,
                    s.label_,
                    s.kb_id_,
                    s._.zn_source,
                    s._.zn_score,
                )
                for s in group
            ]
            for key, group in sorted(doc.spans.items())
        },
        "links": [repr(link) for link in doc._.zn_zone_links or []],
        "articles": [repr(a) for a in doc._.zn_articles or []],
        "sentences": list(doc._.zn_sentences or []),
        "record": record.model_dump(mode="json"),
    }
    if with_tokens:
        row["tokens"] = [t.idx for t in doc]
    return row


def dump(
    out: Path, pipelines: list[str], tokens: set[str], bulk: Path, bulk_docs: int
) -> None:
    import zone_ner
    from zone_ner.records.build import build_record
    from zone_ner.text import prepare

    items = texts(bulk, bulk_docs)
    with open(out, "w", encoding="utf-8") as handle:
        for name in pipelines:
            zn = zone_ner.load(name)
            for key, data in items:
                prepared = prepare(data, key)
                doc = zn.nlp(prepared.text)
                record = build_record(doc, zn.kb, doc_id=key, html=prepared.html)
                row = {
                    "pipeline": name,
                    "key": key,
                    **dump_doc(doc, record, name in tokens),
                }
                handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(
        f"{len(items)} texts x {len(pipelines)} pipelines -> {out} (zone_ner from {zone_ner.__file__})"
    )


def compare(before: Path, after: Path) -> int:
    """Print the first differences; return their number."""
    a = before.read_text(encoding="utf-8").splitlines()
    b = after.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        print(f"different line counts: {len(a)} vs {len(b)}")
    diffs = 0
    for x, y in zip(a, b):
        if x != y:
            diffs += 1
            rx, ry = json.loads(x), json.loads(y)
            if diffs <= 5:
                fields = [k for k in rx if rx.get(k) != ry.get(k)]
                print(f"{rx['pipeline']} {rx['key']}: differs in {fields}")
    print(f"{len(a)} lines, {diffs} differ")
    return diffs + abs(len(a) - len(b))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--compare", type=Path, nargs=2)
    parser.add_argument("--pipelines", default="fast,default")
    parser.add_argument("--tokens", default="fast,default")
    parser.add_argument("--bulk-docs", type=int, default=400)
    parser.add_argument(
        "--bulk", type=Path, default=ROOT.parent / "shared" / "data" / "bulk"
    )
    args = parser.parse_args()
    if args.compare:
        raise SystemExit(1 if compare(*args.compare) else 0)
    dump(
        args.out,
        args.pipelines.split(","),
        set(args.tokens.split(",")),
        args.bulk,
        args.bulk_docs,
    )


if __name__ == "__main__":
    main()
