"""`zone-ner extract FILE|-`: print the records of one document."""

from __future__ import annotations

import argparse
import json

from zone_ner.cli.common import add_pipeline_options, load_kwargs, read_input
from zone_ner.cli.table import render_table


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("extract", help="extract records from one file (or - for stdin)")
    parser.add_argument("input", metavar="FILE", help="text or HTML file, or - for stdin")
    parser.add_argument("--format", choices=("json", "jsonl", "table"), default="table")
    add_pipeline_options(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text = read_input(args.input)
    import zone_ner

    nlp = zone_ner.load(args.pipeline, **load_kwargs(args))
    record = nlp(text, doc_id=None if args.input == "-" else args.input)
    if args.format == "json":
        print(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2))
    elif args.format == "jsonl":
        print(record.model_dump_json())
    else:
        render_table(record)
    return 0
