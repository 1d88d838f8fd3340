"""`zone-ner info`: components, model and knowledge-table versions and sizes."""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from zone_ner.about import __version__
from zone_ner.cli.common import add_pipeline_options, load_kwargs
from zone_ner.linking.aliases import DATA_DIR
from zone_ner.linking.kb import KnowledgeTable


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def _kb_info(kb: KnowledgeTable) -> dict:
    files = sorted(DATA_DIR.glob("*.*"))
    digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    labels = Counter(e.label for e in kb.entries())
    return {
        "version": digest,
        "entries": len(kb),
        "by_label": dict(sorted(labels.items())),
        "aliases": sum(len(e.aliases) for e in kb.entries()),
        "size_bytes": sum(f.stat().st_size for f in files),
    }


def collect(pipeline: str, **load_args: Any) -> dict:
    """What `zone-ner info` reports, as a dict."""
    import zone_ner
    from zone_ner.pipeline import pipeline_path

    nlp = zone_ner.load(pipeline, **load_args)
    path = pipeline_path(pipeline) if pipeline in ("default", "fast") else Path(pipeline)
    meta = nlp.nlp.meta
    kb = nlp.kb
    return {
        "zone_ner": __version__,
        "pipeline": pipeline,
        "path": str(path),
        "pipeline_version": meta.get("version"),
        "spacy": meta.get("spacy_version"),
        "tokenizer": nlp.nlp.tokenizer.segmenter_name,
        "components": nlp.nlp.pipe_names,
        "size_bytes": _size(path),
        "knowledge_table": _kb_info(kb),
    }


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("info", help="show the pipeline's components, models and knowledge table")
    parser.add_argument("--json", action="store_true", help="print JSON")
    add_pipeline_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    info = collect(args.pipeline, **load_kwargs(args))
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    for key, value in info.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for k, v in value.items():
                print(f"  {k}: {v}")
        else:
            print(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
    return 0
