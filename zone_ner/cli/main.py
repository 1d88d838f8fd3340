"""`zone-ner`: the command-line interface (one module per sub-command)."""

from __future__ import annotations

import argparse
import sys

from zone_ner.about import __version__
from zone_ner.cli import batch, evaluate, extract, info, kb
from zone_ner.errors import ZoneNERError

COMMANDS = (extract, batch, evaluate, kb, info)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="zone-ner",
        description="Typed, linked records from Chinese news about development zones.",
    )
    parser.add_argument("--version", action="version", version=f"zone-ner {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `zone-ner` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except ZoneNERError as err:
        print(f"zone-ner: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
