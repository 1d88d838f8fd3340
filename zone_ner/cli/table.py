"""A readable terminal view of a DocumentRecord (rich tables)."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.table import Table

from zone_ner.records import DocumentRecord


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def render_table(record: DocumentRecord, console: Console | None = None) -> None:
    """Print zones, officials, companies, projects, articles and mentions."""
    console = console or Console(width=None if sys.stdout.isatty() else 200)
    console.print(_table("Zones", ["kb_id", "name", "kind", "province", "city", "mentions", "surfaces"], [
        [z.kb_id or "NIL", z.name, z.kind or "", z.province or "", z.city or "", str(z.mention_count), "、".join(z.surfaces)]
        for z in record.zones
    ]))
    console.print(_table("Officials", ["name", "titles", "former", "proposed", "organization", "zone"], [
        [o.name, "、".join(o.titles), "、".join(o.former_titles), "、".join(o.proposed_titles),
         o.organization or "", o.zone or ""]
        for o in record.officials
    ]))
    console.print(_table("Companies", ["name", "surfaces", "zone"], [
        [c.name, "、".join(c.surfaces), c.zone or ""] for c in record.companies
    ]))
    console.print(_table("Projects", ["name", "investment", "stage", "zone", "companies"], [
        [p.name, p.investment.text if p.investment else "", p.stage or "", p.zone or "", "、".join(p.companies)]
        for p in record.projects
    ]))
    console.print(_table("Articles", ["start", "end", "title", "byline"], [
        [str(a.start), str(a.end), a.title or "", a.byline or ""] for a in record.articles
    ]))
    console.print(_table("Mentions", ["label", "text", "start", "end", "kb_id", "source"], [
        [m.label, m.text.replace("\n", "⏎"), str(m.start), str(m.end), m.kb_id or "", m.source]
        for m in record.mentions
    ]))
