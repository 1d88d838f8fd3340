"""GitHub-flavoured markdown tables."""

from __future__ import annotations

from zone_ner.eval.render.tables import Table, gold_line, overview, system_tables


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table) -> str:
    """One table as markdown with a `###` title."""
    lines = [f"### {table.title}", ""]
    lines.append("| " + " | ".join(_cell(h) for h in table.headers) + " |")
    lines.append("|" + "|".join("---:" if n else "---" for n in table.numeric) + "|")
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows]
    if table.note:
        lines += ["", f"_{table.note}_"]
    return "\n".join(lines) + "\n"


def render_markdown(result: dict) -> str:
    """The report as markdown."""
    parts = ["## Evaluation", "", gold_line(result), ""]
    parts += [f"- skipped `{name}`: {reason}" for name, reason in result["skipped"].items()]
    parts.append(table_markdown(overview(result)))
    for name, system in result["pipelines"].items():
        parts += [f"## {name}", ""]
        parts += [table_markdown(t) for t in system_tables(name, system)]
    return "\n".join(parts)
