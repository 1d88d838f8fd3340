"""Compose damaged newspaper pages from annotated corpus documents, spans carried along.

    python scripts/compose_pages.py [--corpus corpus] [--out corpus/pages] [--seed 7]

Reads `<corpus>/<split>.jsonl` (dev, test), keeps CRUD_RAG documents (Apache-2.0, the
only text the repository may ship), and lays them out 2-3 per page the way PDF
extraction damages newspaper pages (../shared/ANNOTATION.md, "Text of newspaper
pages"): a page header; the first article under a headline rendered twice
("X X：：Y Y"); body lines wrapped at a fixed column width anywhere (inside names
too, sometimes across a blank line); letter-spaced runs; spaces between digits and
CJK; a lone name closing the first article; the other articles' headlines and
bylines (▶ name) collected at the page end. Headlines are clauses copied from the
article itself, so every name in them is annotated too. Writes
`<out>/<split>_pages.jsonl` in the corpus format, with `meta.articles` (page
offsets and titles) and `meta.damage`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from zone_ner.text.damage import (
    digit_space_inserts,
    double_runs,
    insert,
    letter_space_inserts,
    wrap_inserts,
)

_PREFIX = re.compile(r"^(?:[0-9: -]*，)?正文：")
_CLAUSE = re.compile(r"[\u4e00-\u9fff]{8,22}")
_DATELINE = re.compile(r"电$|正文|原标题")
_RUN = re.compile(r"[\u4e00-\u9fff]{6,}")
_WHITE = re.compile(r"\s")
_LICENCE = "Apache-2.0"
Span = dict[str, Any]


def _is_crud(doc: dict[str, Any]) -> bool:
    meta = doc.get("meta", {})
    return "text" in doc and _LICENCE in str(meta.get("license", "")) and "CRUD_RAG" in str(meta.get("source", ""))


def _crossed(spans: list[Span], start: int, end: int) -> bool:
    """Whether a span crosses the boundary of [start, end)."""
    return any(s["start"] < end and s["end"] > start and not (start <= s["start"] and s["end"] <= end) for s in spans)


class Page:
    """A page under construction: text pieces, spans in page offsets, relations, articles."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[Span] = []
        self.relations: list[dict[str, Any]] = []
        self.articles: list[dict[str, Any]] = []

    def add(self, text: str, spans: list[Span], positions: list[tuple[int, int]]) -> list[int]:
        """Append `text` whose spans sit at `positions`; returns the new spans' page indices."""
        base = len(self.text)
        self.text += text
        indices = []
        for span, (start, end) in zip(spans, positions):
            copy = {k: v for k, v in span.items() if k not in ("start", "end", "text")}
            copy.update(start=base + start, end=base + end, text=self.text[base + start : base + end])
            if _WHITE.sub("", copy["text"]) != _WHITE.sub("", span["text"]):
                raise ValueError(f"span moved: {span} -> {copy}")
            indices.append(len(self.spans))
            self.spans.append(copy)
        return indices

    def record(self, page_id: str, split: str, docs: list[dict[str, Any]], damage: list[str]) -> dict[str, Any]:
        order = sorted(range(len(self.spans)), key=lambda i: (self.spans[i]["start"], self.spans[i]["end"]))
        new_index = {old: new for new, old in enumerate(order)}
        relations = [
            {**r, "head": new_index[r["head"]], "child": new_index[r["child"]]} for r in self.relations
        ]
        return {
            "id": page_id,
            "text": self.text,
            "spans": [self.spans[i] for i in order],
            "relations": relations,
            "meta": {
                "source": "composed by scripts/compose_pages.py from CRUD_RAG documents of corpus/"
                f"{split}.jsonl (github:IAAR-Shanghai/CRUD_RAG)",
                "documents": [d["id"] for d in docs],
                "license": "Apache-2.0 (CRUD_RAG)",
                "split": split,
                "damage": damage,
                "articles": self.articles,
            },
        }


def _body(doc: dict[str, Any]) -> tuple[str, list[Span], list[dict[str, Any]]]:
    """Article text without the archive's "date，正文：" prefix, spans shifted."""
    text, spans = doc["text"], doc["spans"]
    match = _PREFIX.match(text)
    cut = match.end() if match and all(s["start"] >= match.end() for s in spans) else 0
    cut += len(text[cut:]) - len(text[cut:].lstrip())
    shifted = [{**s, "start": s["start"] - cut, "end": s["end"] - cut} for s in spans]
    return text[cut:].rstrip(), shifted, doc.get("relations", [])


def _headline(text: str, spans: list[Span]) -> tuple[int, int] | None:
    """A clause of the article to use as its headline: no span cut by it, a zone in it if possible."""
    clauses = [
        m.span() for m in _CLAUSE.finditer(text) if not _crossed(spans, *m.span()) and not _DATELINE.search(m.group())
    ]
    for start, end in clauses:
        if any(s["label"] in ("ZONE", "PROJECT", "COMPANY") for s in _inside(spans, start, end)):
            return start, end
    return clauses[0] if clauses else None


def _inside(spans: list[Span], start: int, end: int) -> list[Span]:
    return [
        {**s, "start": s["start"] - start, "end": s["end"] - start}
        for s in spans
        if start <= s["start"] and s["end"] <= end
    ]


def _damaged_body(text: str, spans: list[Span], rng: random.Random, width: int) -> tuple[str, list[tuple[int, int]]]:
    text = "\u3000\u3000" + text
    positions = [(s["start"] + 2, s["end"] + 2) for s in spans]
    runs = [m.start() for m in _RUN.finditer(text)]
    start = rng.choice(runs) if runs else 2
    inserts = letter_space_inserts(text, start, start + rng.randrange(4, 7))
    inserts += digit_space_inserts(text, rng, share=0.5)
    damaged = insert(text, positions, inserts)
    wrapped = insert(damaged.text, damaged.spans, wrap_inserts(damaged.text, width, rng, blank_share=0.05))
    return wrapped.text, wrapped.spans


def compose_page(docs: list[dict[str, Any]], rng: random.Random, page_id: str, split: str) -> dict[str, Any]:
    """One damaged page from 2-3 annotated documents."""
    page = Page()
    width = rng.randrange(30, 46, 2)
    page.add(f"第{rng.randrange(2, 16)}版　园区经济\n\n", [], [])
    collected: list[tuple[str, list[Span], str | None, Span | None, int]] = []
    damage = ["page header", "wrapped lines", "letter spacing", "digit spaces"]
    for k, doc in enumerate(docs):
        text, spans, relations = _body(doc)
        clause = _headline(text, spans)
        title = text[clause[0] : clause[1]] if clause else None
        title_spans = _inside(spans, *clause) if clause else []
        persons = [s for s in spans if s["label"] == "PERSON"]
        article = {"start": len(page.text), "title": title, "document": doc["id"]}
        if k == 0 and title:
            doubled = insert(title, [(s["start"], s["end"]) for s in title_spans], double_runs(title))
            page.add(doubled.text + "\n", title_spans, doubled.spans)
            damage.append("doubled headline")
        body, positions = _damaged_body(text, spans, rng, width)
        indices = page.add(body + "\n", spans, positions)
        page.relations += [{**r, "head": indices[r["head"]], "child": indices[r["child"]]} for r in relations]
        if k == 0 and persons:
            name = persons[0]
            page.add(name["text"] + "\n", [{**name, "start": 0, "end": len(name["text"])}], [(0, len(name["text"]))])
            damage.append("closing name")
        article["end"] = len(page.text) - 1
        page.articles.append(article)
        page.add("\n", [], [])
        if k > 0 and title:
            collected.append((title, title_spans, doc["id"], persons[0] if persons else None, k))
    for title, title_spans, _, person, k in collected:
        page.articles[k]["title_at"] = len(page.text)
        page.add(title + "\n", title_spans, [(s["start"], s["end"]) for s in title_spans])
        if person is not None:
            name = person["text"]
            page.add(f"▶ {name}\n", [{**person}], [(2, 2 + len(name))])
    if collected:
        damage.append("headlines and bylines collected at the page end")
    page.text = page.text.rstrip("\n")
    return page.record(page_id, split, docs, damage)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=Path("corpus/pages"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--splits", nargs="+", default=["dev", "test"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for split in args.splits:
        path = args.corpus / f"{split}.jsonl"
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        docs = [d for d in docs if _is_crud(d)]
        rng = random.Random(f"{args.seed}:{split}")
        records = []
        pos = 0
        while pos < len(docs) - 1:
            size = 3 if len(docs) - pos >= 5 or len(docs) - pos == 3 else 2
            group = docs[pos : pos + size]
            pos += size
            record = compose_page(group, rng, f"page:{split}:{len(records) + 1:03d}", split)
            records.append(record)
        out = args.out / f"{split}_pages.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"{out}: {len(records)} pages from {pos} of {len(docs)} CRUD_RAG documents")


if __name__ == "__main__":
    main()
