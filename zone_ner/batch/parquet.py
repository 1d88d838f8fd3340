"""Parquet output with nested records (pyarrow, optional extra `zone-ner[parquet]`).

The Arrow schema is derived from the pydantic models, so it follows `DocumentRecord`:
mentions, zones, projects … are list<struct> columns; error rows have null record fields.
"""

from __future__ import annotations

import json
import os
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from zone_ner.errors import ZoneNERError
from zone_ner.records import DocumentRecord

try:
    import pyarrow as pa
    import pyarrow.parquet as pq
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ZoneNERError("Parquet output needs pyarrow: pip install 'zone-ner[parquet]'") from err

ROWS_PER_GROUP = 10_000
_SCALARS = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(annotation: Any) -> pa.DataType:
    """Arrow type of a pydantic field annotation (optional, list, literal, nested model, scalar)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        (inner,) = [arg for arg in get_args(annotation) if arg is not type(None)]
        return arrow_type(inner)
    if origin is list:
        return pa.list_(arrow_type(get_args(annotation)[0]))
    if origin is Literal:
        return pa.string()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([pa.field(name, arrow_type(f.annotation)) for name, f in annotation.model_fields.items()])
    return _SCALARS[annotation]


def schema() -> pa.Schema:
    """Columns of a batch output: doc_id, source, status, error, then the fields of `DocumentRecord`."""
    head = [pa.field(name, pa.string()) for name in ("doc_id", "source", "status", "error")]
    body = [pa.field(name, arrow_type(f.annotation)) for name, f in DocumentRecord.model_fields.items()]
    return pa.schema(head + body)


def _row_groups(journal: Path) -> Iterator[list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    with open(journal, "rb") as handle:
        for line in handle:
            rows.append(json.loads(line))
            if len(rows) == ROWS_PER_GROUP:
                yield rows
                rows = []
    if rows:
        yield rows


def from_jsonl(journal: Path, target: Path) -> None:
    """Convert a JSONL journal to Parquet, row group by row group; `target` appears atomically."""
    partial = target.with_name(target.name + ".partial")
    table_schema = schema()
    with pq.ParquetWriter(partial, table_schema) as writer:
        for rows in _row_groups(journal):
            writer.write_table(pa.Table.from_pylist(rows, schema=table_schema))
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)


def to_jsonl(parquet: Path, journal: Path) -> None:
    """Turn a finished Parquet output back into a journal, so `--resume` can add to it."""
    with open(journal, "w", encoding="utf-8") as handle:
        for batch in pq.ParquetFile(parquet).iter_batches():
            for row in batch.to_pylist():
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
