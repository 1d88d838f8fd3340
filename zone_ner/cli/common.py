"""Helpers shared by the sub-commands: reading inputs and loading the pipeline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from zone_ner.errors import InputError


def read_input(name: str) -> str:
    """Text of FILE, or of stdin for "-"; a clear `InputError` for missing/unreadable/binary files."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if not path.exists():
        raise InputError(name, "no such file")
    if path.is_dir():
        raise InputError(name, "is a directory (use `zone-ner batch` for directories)")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(name, f"cannot read: {err.strerror}") from err
    from zone_ner.text.decode import decode

    return decode(data, name)


def add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    """--pipeline, --kb-extra and the HanLP backend options, shared by the sub-commands that load a pipeline."""
    parser.add_argument("--pipeline", default="default", help="default | fast | path to a pipeline directory")
    parser.add_argument(
        "--kb-extra", action="append", default=[], metavar="FILE",
        help="extra knowledge-table rows (TSV or JSONL); may be repeated",
    )
    parser.add_argument("--backend", choices=("hanlp",), default=None, help="optional recognition backend")
    parser.add_argument("--hanlp-model", metavar="PATH", help="HanLP model directory or id in HANLP_HOME")
    parser.add_argument("--hanlp-mode", choices=("join", "replace"), default="join",
                        help="HanLP joins the recognisers or replaces the statistical NER")


def load_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments of `zone_ner.load` (besides the pipeline name) from the options above."""
    kwargs: dict[str, Any] = {"kb_extra": args.kb_extra}
    if args.backend:
        kwargs.update(backend=args.backend, hanlp_model=args.hanlp_model, hanlp_mode=args.hanlp_mode)
    return kwargs
