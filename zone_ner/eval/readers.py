"""Read gold and predicted documents: span JSONL, DocumentRecord JSONL, CoNLL char files, DocBin.

Every reader returns `EvalDoc`s whose offsets index the document's original text.
Manifest entries (no "text", a "source" reference into the shared data) are rebuilt
with `resolve_sources()`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from zone_ner.errors import InputError
from zone_ner.eval.types import EvalDoc, OfficialRec, ProjectRec, Span, ZoneKey

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
CONLL_SUFFIXES = (".conll", ".bio", ".bmes", ".bioes", ".iob", ".tsv", ".char", ".txt")
DOCBIN_SUFFIXES = (".spacy", ".docbin")


def read_documents(path: str | Path) -> list[EvalDoc]:
    """All documents of a file or a directory (its supported files, sorted by name)."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and _kind(p) is not None)
        if not files:
            raise InputError(str(path), "directory holds no .jsonl, CoNLL or .spacy file")
        return [doc for file in files for doc in read_documents(file)]
    kind = _kind(path)
    if kind == "jsonl":
        return list(read_jsonl(path))
    if kind == "docbin":
        from zone_ner.eval.docbin import read_docbin

        return read_docbin(path)
    if kind == "conll":
        from zone_ner.eval.conll import read_conll

        return read_conll(path)
    raise InputError(str(path), f"unknown format (expected one of {JSONL_SUFFIXES + CONLL_SUFFIXES + DOCBIN_SUFFIXES})")


def read_gold(paths: Sequence[str | Path], shared_data: str | Path | None = None) -> list[EvalDoc]:
    """Gold documents of every path, manifest entries rebuilt, ids checked for uniqueness."""
    docs = [doc for path in paths for doc in read_documents(path)]
    docs = resolve_sources(docs, Path(shared_data) if shared_data else None)
    seen: dict[str, str] = {}
    for doc in docs:
        if doc.id in seen:
            raise InputError(doc.origin, f"document id {doc.id!r} also appears in {seen[doc.id]}")
        seen[doc.id] = doc.origin
    return docs


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(DOCBIN_SUFFIXES):
        return "docbin"
    if name.endswith(CONLL_SUFFIXES):
        return "conll"
    return None


def read_jsonl(path: Path) -> Iterator[EvalDoc]:
    """Span JSONL (`spans` or `entities`) or DocumentRecord JSON lines, one document a line."""
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(where, f"not JSON: {err.msg}") from err
            if not isinstance(obj, dict):
                raise InputError(where, "expected one JSON object per line")
            yield parse_document(obj, where, default_id=f"{path.name}:{lineno}")


def parse_document(obj: dict[str, Any], where: str, default_id: str) -> EvalDoc:
    """One JSON object (span format or DocumentRecord) as an `EvalDoc`."""
    if "mentions" in obj:
        return _parse_record(obj, where, default_id)
    return _parse_spans(obj, where, default_id)


def _parse_spans(obj: dict[str, Any], where: str, default_id: str) -> EvalDoc:
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(where, '"text" must be a string')
    raw_spans = obj.get("spans", obj.get("entities", []))
    if not isinstance(raw_spans, list):
        raise InputError(where, '"spans"/"entities" must be a list')
    spans = sorted(
        (_parse_span(item, text, where, i) for i, item in enumerate(raw_spans)),
        key=lambda s: (s.start, s.end),
    )
    records = obj.get("records")
    officials = projects = None
    if isinstance(records, dict):
        officials = [_official(o) for o in records.get("officials") or []]
        projects = [_project(p) for p in records.get("projects") or []]
    source = obj.get("source") if text is None and isinstance(obj.get("source"), dict) else None
    return EvalDoc(
        id=str(obj.get("id") or default_id),
        text=text,
        spans=spans,
        relations=list(obj.get("relations") or []),
        officials=officials,
        projects=projects,
        source=source,
        origin=where,
    )


def _parse_span(item: Any, text: str | None, where: str, index: int) -> Span:
    if isinstance(item, (list, tuple)) and len(item) >= 3:
        item = {"start": item[0], "end": item[1], "label": item[2]}
    if not isinstance(item, dict):
        raise InputError(where, f"span {index}: expected an object with start, end, label")
    try:
        start, end, label = int(item["start"]), int(item["end"]), str(item["label"])
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(where, f"span {index}: needs integer start, end and a label ({err})") from err
    surface = item.get("text")
    if not 0 <= start < end or (text is not None and end > len(text)):
        raise InputError(where, f"span {index} [{start}, {end}) lies outside the text")
    if text is not None:
        if surface is not None and surface != text[start:end]:
            raise InputError(where, f"span {index} text {surface!r} != text[{start}:{end}] {text[start:end]!r}")
        surface = text[start:end]
    return Span(start, end, label, surface or "", item.get("kb_id") or None, item.get("kb_name") or None)


def _official(obj: dict[str, Any]) -> OfficialRec:
    other = [*(obj.get("former_titles") or []), *(obj.get("proposed_titles") or [])]
    return OfficialRec(
        str(obj.get("name", "")),
        frozenset(str(t) for t in obj.get("titles") or []),
        frozenset(str(t) for t in other),
    )


def _project(obj: dict[str, Any], zone_names: dict[str, str] | None = None) -> ProjectRec:
    """A project; its zone is an official name (gold) or, given `zone_names`, a kb id (records)."""
    investment = obj.get("investment")
    amount = investment.get("amount") if isinstance(investment, dict) else None
    zone = obj.get("zone")
    if not zone:
        key = ZoneKey()
    elif zone_names is not None:
        key = ZoneKey(kb_id=zone, name=zone_names.get(zone))
    else:
        key = ZoneKey(name=zone)
    return ProjectRec(str(obj.get("name", "")), float(amount) if amount is not None else None, key)


def _parse_record(obj: dict[str, Any], where: str, default_id: str) -> EvalDoc:
    """A zone_ner `DocumentRecord` (as JSON): mentions are spans, zones name the kb ids."""
    if obj.get("text_source") == "html_extracted":
        raise InputError(where, "record offsets index text extracted from HTML, not the gold text; "
                                "annotate and evaluate the extracted text (zone_ner.text.prepare)")
    zone_names = {z["kb_id"]: z["name"] for z in obj.get("zones") or [] if z.get("kb_id")}
    spans = []
    for i, m in enumerate(obj.get("mentions") or []):
        span = _parse_span(m, None, where, i)
        spans.append(Span(span.start, span.end, span.label, span.text, span.kb_id, zone_names.get(span.kb_id or "")))
    spans.sort(key=lambda s: (s.start, s.end))
    return EvalDoc(
        id=str(obj.get("id") or default_id),
        text=None,
        spans=spans,
        officials=[_official(o) for o in obj.get("officials") or []],
        projects=[_project(p, zone_names) for p in obj.get("projects") or []],
        zone_names=zone_names,
        origin=where,
    )


def resolve_sources(docs: Iterable[EvalDoc], shared_data: Path | None) -> list[EvalDoc]:
    """Give manifest entries their text from `shared_data`; a clear error when it is not given."""
    docs = list(docs)
    missing = [d for d in docs if d.text is None]
    if not missing:
        return docs
    if shared_data is None:
        first = missing[0]
        ref = (first.source or {}).get("path", "no source")
        raise InputError(
            first.origin,
            f"document {first.id!r} has no text (manifest entry, source {ref}); "
            f"{len(missing)} such document(s): pass --shared-data PATH (e.g. ../shared/data) to rebuild them",
        )
    if not shared_data.is_dir():
        raise InputError(str(shared_data), "--shared-data is not a directory")
    bulk_ids: dict[str, set[str]] = {}
    for doc in missing:
        source = doc.source or {}
        if not source.get("path"):
            raise InputError(doc.origin, f"document {doc.id!r} has neither text nor a source path")
        if source.get("id") is not None:
            bulk_ids.setdefault(source["path"], set()).add(str(source["id"]))
    bulk_texts = {rel: _bulk_texts(shared_data / rel, ids) for rel, ids in bulk_ids.items()}
    for doc in missing:
        source = doc.source or {}
        rel = source["path"]
        if source.get("id") is not None:
            text = bulk_texts[rel].get(str(source["id"]))
            if text is None:
                raise InputError(doc.origin, f"record {source['id']!r} not found in {shared_data / rel}")
        else:
            text = _read_raw(shared_data / rel, doc.origin)
        digest = source.get("sha256")
        if digest and hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            raise InputError(doc.origin, f"{shared_data / rel}: text differs from the annotated one (sha256 mismatch)")
        _attach_text(doc, text)
    return docs


def _read_raw(path: Path, origin: str) -> str:
    if not path.is_file():
        raise InputError(origin, f"source file {path} does not exist")
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def _bulk_texts(path: Path, ids: set[str]) -> dict[str, str]:
    if not path.is_file():
        raise InputError(str(path), "bulk source file does not exist")
    found: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            obj = json.loads(line)
            if str(obj.get("id")) in ids:
                found[str(obj["id"])] = obj["text"]
    return found


def _attach_text(doc: EvalDoc, text: str) -> None:
    for i, span in enumerate(doc.spans):
        if span.end > len(text) or (span.text and text[span.start:span.end] != span.text):
            raise InputError(doc.origin, f"span {i} {span.text!r} does not match the rebuilt text of {doc.id!r}")
    doc.text = text
    doc.spans = [Span(s.start, s.end, s.label, text[s.start:s.end], s.kb_id, s.kb_name) for s in doc.spans]


def write_jsonl(docs: Iterable[EvalDoc], path: str | Path) -> None:
    """Write documents as span JSONL (the corpus format; records and relations kept)."""
    with Path(path).open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(to_json(doc), ensure_ascii=False) + "\n")


def to_json(doc: EvalDoc) -> dict[str, Any]:
    """The span-JSONL object of one document."""
    obj: dict[str, Any] = {"id": doc.id, "text": doc.text, "spans": [_span_json(s) for s in doc.spans]}
    if doc.relations:
        obj["relations"] = doc.relations
    if doc.officials is not None or doc.projects is not None:
        obj["records"] = {
            "officials": [{"name": o.name, "titles": sorted(o.titles)} for o in doc.officials or []],
            "projects": [_project_json(p) for p in doc.projects or []],
        }
    return obj


def _span_json(span: Span) -> dict[str, Any]:
    obj: dict[str, Any] = {"start": span.start, "end": span.end, "label": span.label, "text": span.text}
    if span.kb_id:
        obj["kb_id"] = span.kb_id
    if span.kb_name:
        obj["kb_name"] = span.kb_name
    return obj


def _project_json(p: ProjectRec) -> dict[str, Any]:
    investment = None if p.amount is None else {"amount": p.amount}
    return {"name": p.name, "investment": investment, "zone": p.zone.name or p.zone.kb_id}
