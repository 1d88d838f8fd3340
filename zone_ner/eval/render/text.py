"""Terminal tables (rich)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table as RichTable

from zone_ner.eval.render.tables import Table, gold_line, overview, system_tables


def _rich(table: Table) -> RichTable:
    out = RichTable(title=table.title, title_justify="left", caption=table.note or None, caption_justify="left")
    for header, numeric in zip(table.headers, table.numeric):
        out.add_column(header, justify="right" if numeric else "left")
    for row in table.rows:
        out.add_row(*row)
    return out


def render_text(result: dict, color: bool = False, width: int = 120) -> str:
    """The report as text tables."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, width=width, color_system="auto" if color else None)
    console.print(gold_line(result))
    for name, reason in result["skipped"].items():
        console.print(f"skipped {name}: {reason}")
    console.print(_rich(overview(result)))
    for name, system in result["pipelines"].items():
        for table in system_tables(name, system):
            console.print(_rich(table))
    return buffer.getvalue()
