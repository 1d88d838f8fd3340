"""`zone-ner kb lookup NAME | search TEXT | stats`: the knowledge table of zones and places."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from zone_ner.errors import InputError
from zone_ner.linking.candidates import candidates
from zone_ner.linking.kb import Entry, KnowledgeTable


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("kb", help="look up the knowledge table of zones and places")
    actions = parser.add_subparsers(dest="kb_action", metavar="ACTION")
    lookup = actions.add_parser("lookup", help="entries named NAME (exact alias, then prefix/suffix variants)")
    lookup.add_argument("name", metavar="NAME")
    lookup.add_argument("--label", choices=("ZONE", "LOC", "COMPANY"), default=None, help="only this label")
    search = actions.add_parser("search", help="entries whose name or alias contains TEXT (fuzzy if none)")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=20)
    actions.add_parser("stats", help="counts by label, kind and level")
    for action in (lookup, search, actions.choices["stats"]):
        action.add_argument("--json", action="store_true", help="JSON output")
        action.add_argument("--kb-extra", action="append", default=[], metavar="FILE",
                            help="extra knowledge-table rows (TSV or JSONL); may be repeated")
        action.set_defaults(handler=run)
    parser.set_defaults(handler=lambda args: parser.print_help() or 2)


def load_table(extra: list[str]) -> KnowledgeTable:
    """The shipped table extended with the user's files."""
    table = KnowledgeTable.load()
    for name in extra:
        if not Path(name).is_file():
            raise InputError(name, "no such file")
        try:
            table = table.extend_from_file(Path(name))
        except ValueError as err:
            raise InputError(name, str(err)) from err
    return table


def run(args: argparse.Namespace) -> int:
    table = load_table(args.kb_extra)
    if args.kb_action == "stats":
        return _stats(table, args.json)
    if args.kb_action == "lookup":
        labels = [args.label] if args.label else ["ZONE", "LOC", "COMPANY"]
        entries = [e for label in labels for e in candidates(args.name, table, label)]
    else:
        entries = table.search(args.text, args.limit)
    if args.json:
        print(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2))
    elif not entries:
        print("no entry")
    else:
        _print_entries(entries, table)
    return 0 if entries else 1


def _print_entries(entries: list[Entry], table: KnowledgeTable) -> None:
    for e in entries:
        facets = " ".join(x for x in (e.label, e.kind, e.level) if x)
        print(f"{e.id}  {e.name}  [{facets}]  {e.province or ''} {e.city or ''} {e.county or ''}".rstrip())
        parent = table.get(e.parent_id) if e.parent_id else None
        details = [f"short: {e.short_name}" if e.short_name else "", f"approved: {e.approved_year}" if e.approved_year else "",
                   f"parent: {e.parent_id} {parent.name if parent else ''}".rstrip() if e.parent_id else "",
                   f"superseded by: {e.superseded_by}" if e.superseded_by else ""]
        if any(details):
            print("    " + " · ".join(d for d in details if d))
        if e.aliases:
            shown = "、".join(sorted(e.aliases, key=len)[:12])
            print(f"    aliases ({len(e.aliases)}): {shown}{' …' if len(e.aliases) > 12 else ''}")
        if e.source:
            print(f"    source: {e.source} [{e.source_quality}]")


def _stats(table: KnowledgeTable, as_json: bool) -> int:
    counts = Counter((e.label, e.kind or "", e.level or "") for e in table.entries())
    n_aliases = sum(len(e.aliases) for e in table.entries())
    if as_json:
        rows = [{"label": k[0], "kind": k[1], "level": k[2], "count": n} for k, n in sorted(counts.items())]
        print(json.dumps({"entries": len(table), "aliases": n_aliases, "by_kind": rows}, ensure_ascii=False, indent=2))
        return 0
    view = Table(title=f"knowledge table: {len(table)} entries, {n_aliases} aliases", title_justify="left")
    for column in ("label", "kind", "level", "count"):
        view.add_column(column)
    for (label, kind, level), n in sorted(counts.items()):
        view.add_row(label, kind, level, str(n))
    Console().print(view)
    return 0
