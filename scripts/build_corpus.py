"""Rebuild full-text corpus files for local evaluation, and validate the corpus.

The repository ships only documents whose licence allows it (CRUD_RAG, Apache-2.0)
in ``corpus/<split>.jsonl``; every other document is listed in
``corpus/manifest/<split>.jsonl`` with its spans but without its text, and a
``source`` ({"path", "id", "sha256"}) pointing into the shared data directory.

    python scripts/build_corpus.py                 # write corpus/local/<split>.jsonl
    python scripts/build_corpus.py --split dev     # one split only
    python scripts/build_corpus.py --shared /data/shared
    python scripts/build_corpus.py --check         # validate every corpus file

Exit status: 0 when everything is consistent, 1 on any mismatch (messages on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
LABELS = frozenset({"ZONE", "COMPANY", "PERSON", "TITLE", "PROJECT", "ORG", "LOC"})
RELATIONS = {
    "HAS_TITLE": ({"PERSON"}, {"TITLE"}),
    "TITLE_OF": ({"TITLE"}, {"ORG", "ZONE"}),
    "LOCATED_IN": ({"COMPANY", "PROJECT"}, {"ZONE"}),
    "INVESTS": ({"COMPANY"}, {"PROJECT"}),
}


class CorpusError(Exception):
    """A corpus document is inconsistent with its source or with the format."""


def read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for each non-empty line of a JSONL file."""
    with path.open(encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield no, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}:{no}: invalid JSON: {exc}") from exc


def sha256(text: str) -> str:
    """Hex sha256 of the UTF-8 encoding of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SourceReader:
    """Loads document texts from the shared data directory (``<shared>/data``)."""

    def __init__(self, shared: Path) -> None:
        self.data = shared / "data"
        self._bulk: dict[str, dict[str, str]] = {}

    def text(self, source: dict) -> str:
        """The original text of a manifest ``source`` entry."""
        path = self.data / source["path"]
        if not path.is_file():
            raise CorpusError(f"source file missing: {path} (is --shared right?)")
        if source.get("id") is None:
            with path.open(encoding="utf-8", newline="") as fh:
                return fh.read()
        records = self._bulk.get(source["path"])
        if records is None:
            records = self._bulk.setdefault(source["path"], {})
            self._index_bulk(path, records)
        if source["id"] not in records:
            raise CorpusError(f"record {source['id']!r} not found in {path}")
        return records[source["id"]]

    @staticmethod
    def _index_bulk(path: Path, records: dict[str, str]) -> None:
        for _, obj in read_jsonl(path):
            records.setdefault(obj["id"], obj["text"])


def check_doc(doc: dict, text: str | None, where: str) -> list[str]:
    """Problems of one document; ``text`` is None when it is not available."""
    errors: list[str] = []
    spans = doc.get("spans")
    if not isinstance(doc.get("id"), str) or not doc["id"]:
        errors.append(f"{where}: missing id")
    if not isinstance(spans, list):
        return errors + [f"{where}: missing spans list"]
    prev_end, prev_start = 0, -1
    for i, sp in enumerate(spans):
        at = f"{where} span {i} {sp.get('label')} {sp.get('text')!r}"
        start, end = sp.get("start"), sp.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            errors.append(f"{at}: bad offsets {start}..{end}")
            continue
        if sp.get("label") not in LABELS:
            errors.append(f"{at}: label not in {sorted(LABELS)}")
        if start < prev_start:
            errors.append(f"{at}: spans not sorted by start")
        elif start < prev_end:
            errors.append(f"{at}: overlaps the previous span (ends at {prev_end})")
        prev_start, prev_end = start, max(prev_end, end)
        if ("kb_name" in sp or "kb_id" in sp) and sp.get("label") not in {"ZONE", "LOC"}:
            errors.append(f"{at}: kb_name/kb_id on a {sp.get('label')} span")
        if "text" in sp and len(sp["text"]) != end - start:
            errors.append(f"{at}: surface length {len(sp['text'])} != end - start {end - start}")
        if text is not None:
            if end > len(text):
                errors.append(f"{at}: end {end} beyond text length {len(text)}")
            elif sp.get("text", text[start:end]) != text[start:end]:
                errors.append(f"{at}: surface != text[{start}:{end}] = {text[start:end]!r}")
    for j, rel in enumerate(doc.get("relations") or []):
        label, head, child = rel.get("label"), rel.get("head"), rel.get("child")
        ok_idx = all(isinstance(x, int) and 0 <= x < len(spans) for x in (head, child))
        if label not in RELATIONS or not ok_idx:
            errors.append(f"{where} relation {j}: bad label or index {rel}")
            continue
        heads, children = RELATIONS[label]
        if spans[head].get("label") not in heads or spans[child].get("label") not in children:
            errors.append(
                f"{where} relation {j}: {label} from {spans[head].get('label')} to {spans[child].get('label')}"
            )
    return errors + check_records(doc, text, where)


def check_records(doc: dict, text: str | None, where: str) -> list[str]:
    """Problems of the optional ``records`` block (officials and projects)."""
    records = doc.get("records")
    if records is None:
        return []
    surfaces = {(sp.get("label"), sp.get("text")) for sp in doc.get("spans", [])}
    errors: list[str] = []
    for off in records.get("officials", []):
        if ("PERSON", off.get("name")) not in surfaces:
            errors.append(f"{where}: official {off.get('name')!r} is not a PERSON span")
        titles = off.get("titles")
        if not (isinstance(titles, list) and titles and all(isinstance(t, str) and t for t in titles)):
            errors.append(f"{where}: official {off.get('name')!r} needs a non-empty list of titles")
    for proj in records.get("projects", []):
        at = f"{where}: project {proj.get('name')!r}"
        if ("PROJECT", proj.get("name")) not in surfaces:
            errors.append(f"{at} is not a PROJECT span")
        inv = proj.get("investment")
        if inv is not None:
            ok = (
                isinstance(inv, dict)
                and isinstance(inv.get("amount"), (int, float))
                and inv["amount"] >= 0
                and isinstance(inv.get("currency"), str)
                and len(inv["currency"]) == 3
                and isinstance(inv.get("text"), str)
            )
            if not ok:
                errors.append(f"{at}: investment must be {{amount >= 0, currency (ISO 4217), text}}")
            elif text is not None and inv["text"] not in text:
                errors.append(f"{at}: investment text {inv['text']!r} not in the document")
        for key in ("stage", "zone"):
            if proj.get(key) is not None and not isinstance(proj[key], str):
                errors.append(f"{at}: {key} must be a string or null")
    return errors


def corpus_files(split: str | None = None) -> list[Path]:
    """Shipped and manifest JSONL files of the corpus (never corpus/local)."""
    pattern = f"{split}.jsonl" if split else "*.jsonl"
    return sorted(CORPUS.glob(pattern)) + sorted((CORPUS / "manifest").glob(pattern))


def load_split(split: str, reader: SourceReader | None) -> tuple[list[dict], list[str]]:
    """Documents of one split with their texts (manifest texts via ``reader``), and problems."""
    docs, errors, seen = [], [], set()
    for path in corpus_files(split):
        for no, doc in read_jsonl(path):
            where = f"{path.relative_to(REPO)}:{no} {doc.get('id')}"
            if doc.get("id") in seen:
                errors.append(f"{where}: duplicate id in split {split}")
            seen.add(doc.get("id"))
            text = doc.get("text")
            if text is None:
                source = doc.get("source") or {}
                if not {"path", "sha256"} <= source.keys():
                    errors.append(f"{where}: neither text nor source {{path, id, sha256}}")
                elif reader is not None:
                    try:
                        text = reader.text(source)
                    except CorpusError as exc:
                        errors.append(f"{where}: {exc}")
                    else:
                        if sha256(text) != source["sha256"]:
                            errors.append(f"{where}: sha256 of {source['path']} differs from the manifest")
                            text = None
            errors += check_doc(doc, text, where)
            if text is not None:
                docs.append({**doc, "text": text})
    return docs, errors


def splits_present() -> list[str]:
    """Names of the splits with a shipped or manifest file."""
    return sorted({p.stem for p in corpus_files()})


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared",
                        help="shared directory holding data/ (default: ../shared from the repo root)")
    parser.add_argument("--split", action="append", help="split(s) to build (default: all present)")
    parser.add_argument("--check", action="store_true",
                        help="validate every corpus file; texts of manifest documents are checked when --shared exists")
    parser.add_argument("--out", type=Path, default=CORPUS / "local", help="output directory (default corpus/local)")
    args = parser.parse_args(argv)
    splits = args.split or splits_present()
    have_shared = (args.shared / "data").is_dir()
    if not have_shared and not args.check:
        print(f"error: {args.shared / 'data'} not found; pass --shared", file=sys.stderr)
        return 1
    reader = SourceReader(args.shared) if have_shared else None
    failed = False
    for split in splits:
        try:
            docs, errors = load_split(split, reader)
        except CorpusError as exc:
            docs, errors = [], [str(exc)]
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        failed |= bool(errors)
        n_spans = sum(len(d["spans"]) for d in docs)
        if args.check:
            print(f"{split}: {len(docs)} documents with text, {n_spans} spans, {len(errors)} problems")
            continue
        if errors:
            print(f"{split}: not written ({len(errors)} problems)", file=sys.stderr)
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        out = args.out / f"{split}.jsonl"
        with out.open("w", encoding="utf-8", newline="\n") as fh:
            for doc in docs:
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"{split}: {len(docs)} documents, {n_spans} spans -> {out}")
    if args.check and not have_shared:
        print(f"note: {args.shared / 'data'} not found, manifest texts not verified", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
