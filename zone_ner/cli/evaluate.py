"""`zone-ner evaluate GOLD...`: score pipelines or a predictions file against gold annotations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zone_ner.errors import InputError
from zone_ner.eval.types import OFFICIAL_TITLES


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `evaluate` sub-command; its handler returns the exit code."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score pipelines or predictions against gold annotations",
        description="Score zone_ner pipelines, baselines (lac, jieba, …) or a predictions file against gold "
                    "spans: P/R/F1 in the strict, exact, partial and type schemes, bootstrap CIs, type "
                    "confusion, zone linking and record-level scores. See docs/evaluation.md.",
    )
    add_arguments(parser)
    parser.set_defaults(handler=run)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of `zone-ner evaluate`."""
    parser.add_argument("gold", nargs="+", metavar="GOLD",
                        help="gold file(s) or directories: span JSONL, CoNLL char BIO/BIOES/BMES, spaCy .spacy")
    parser.add_argument("--pipeline", metavar="NAME[,NAME...]",
                        help="systems to run and compare: default, fast, lac, jieba, a pipeline directory "
                             "(default: 'default' unless --predictions is given)")
    parser.add_argument("--predictions", action="append", default=[], metavar="FILE",
                        help="predictions (span JSONL or DocumentRecord JSONL) to score without running a "
                             "pipeline; may be repeated")
    parser.add_argument("--subset", action="store_true",
                        help="score each predictions file only on the gold documents whose ids it holds")
    parser.add_argument("--format", choices=("table", "json", "markdown", "html"), default="table")
    parser.add_argument("--out", metavar="FILE", help="write the report here instead of stdout")
    parser.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                        help="bootstrap resamples for the 95%% CIs (0 = none; default 1000)")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="bootstrap seed (default 0)")
    parser.add_argument("--shared-data", metavar="PATH",
                        help="directory of the shared data, to rebuild manifest documents that carry no text")
    parser.add_argument("--labels", metavar="L[,L...]", help="only score these labels")
    parser.add_argument("--map-labels", metavar="A=B[,...]",
                        help="rename labels in gold and predictions before scoring, e.g. PER=PERSON,GPE=LOC "
                             "(A= drops label A)")
    parser.add_argument("--max-errors", type=int, default=500, metavar="N",
                        help="errors kept per system in json/html (default 500)")
    parser.add_argument("--kb-extra", action="append", default=[], metavar="FILE",
                        help="extra knowledge-table rows passed to zone_ner pipelines; may be repeated")
    parser.add_argument("--official-titles", choices=OFFICIAL_TITLES, default="current",
                        help="the gold's officials convention: titles held at the article date (current, "
                             "default) or every position, former and proposed too (all)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--n-process", type=int, default=1)


def _names(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _label_map(value: str | None) -> dict[str, str] | None:
    if not value:
        return None
    pairs = [item.split("=", 1) for item in _names(value)]
    if any(len(pair) != 2 for pair in pairs):
        raise InputError("--map-labels", f"expected A=B[,C=D...], got {value!r}")
    return {a.strip(): b.strip() for a, b in pairs}


def run(args: argparse.Namespace) -> int:
    """Evaluate, render, write; 0 on success (errors are raised as ZoneNERError → exit 1)."""
    from zone_ner.eval.render import render
    from zone_ner.eval.runner import run as run_evaluation

    pipelines = _names(args.pipeline) or ([] if args.predictions else ["default"])
    pipeline_kw: dict = {"batch_size": args.batch_size, "n_process": args.n_process}
    if args.kb_extra:
        pipeline_kw["kb_extra"] = args.kb_extra
    result = run_evaluation(
        args.gold,
        pipelines=pipelines,
        predictions=args.predictions,
        shared_data=args.shared_data,
        labels=set(_names(args.labels)) or None,
        bootstrap=args.bootstrap,
        seed=args.seed,
        max_errors=args.max_errors,
        subset=args.subset,
        label_map=_label_map(args.map_labels),
        official_titles=args.official_titles,
        pipeline_kw=pipeline_kw,
    )
    to_terminal = args.out is None and sys.stdout.isatty()
    report = render(result, args.format, color=to_terminal)
    if args.out:
        try:
            Path(args.out).write_text(report, encoding="utf-8")
        except OSError as err:
            raise InputError(args.out, f"cannot write: {err.strerror}") from err
    else:
        sys.stdout.write(report)
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m zone_ner.cli.evaluate GOLD ...` (the same as `zone-ner evaluate`)."""
    from zone_ner.errors import ZoneNERError

    parser = argparse.ArgumentParser(prog="zone-ner evaluate")
    add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except ZoneNERError as err:
        print(f"zone-ner: error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
