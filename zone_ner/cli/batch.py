"""`zone-ner batch INPUT... -o OUT`: every document of files, directories, globs and archives -> one line each."""

from __future__ import annotations

import argparse
import sys

from zone_ner.cli.common import add_pipeline_options


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="process many documents (files, directories, globs, .zip/.tar.gz, JSONL) in parallel, resumably",
        description="One output line per input document, status ok or error. See docs/batch.md.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory (recursive), glob, archive, JSONL")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output file (.jsonl or .parquet)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), help="output format (default: from OUT's suffix)")
    parser.add_argument("--workers", type=int, metavar="N", help="worker processes / Ray actors (default: CPUs)")
    parser.add_argument("--resume", action="store_true", help="continue a killed run: skip documents already in OUT")
    parser.add_argument("--engine", choices=("local", "ray"), default="local", help="local processes or Ray Data")
    parser.add_argument("--ray-address", metavar="ADDR", help="Ray cluster to join (default: RAY_ADDRESS or local)")
    parser.add_argument("--batch-size", type=int, default=32, metavar="N", help="documents per chunk (default 32)")
    parser.add_argument("--max-chars", type=int, default=1_000_000, metavar="N",
                        help="longer documents become error lines (default 1,000,000)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="per-document time limit (default none)")
    add_pipeline_options(parser)
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", dest="progress", action="store_true", default=None,
                          help="always show the progress bar")
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from zone_ner.batch import run_batch

    try:
        summary = run_batch(
            args.inputs, args.output,
            pipeline=args.pipeline, kb_extra=args.kb_extra, workers=args.workers, resume=args.resume,
            output_format=args.format, engine=args.engine, batch_size=args.batch_size,
            max_chars=args.max_chars, timeout=args.timeout, ray_address=args.ray_address, progress=args.progress,
        )
    except KeyboardInterrupt:
        print(f"zone-ner batch: interrupted; rerun with --resume to continue {args.output}", file=sys.stderr)
        return 130
    print(f"zone-ner batch: {summary.describe()}", file=sys.stderr)
    return 0
