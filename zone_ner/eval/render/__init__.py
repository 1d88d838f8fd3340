"""Render an evaluation result (the dict of `zone_ner.eval.runner.run`) as table, markdown, json or html."""

from __future__ import annotations

import json

FORMATS = ("table", "json", "markdown", "html")


def render(result: dict, fmt: str, color: bool = False) -> str:
    """The report in `fmt` (one of FORMATS)."""
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        from zone_ner.eval.render.markdown import render_markdown

        return render_markdown(result)
    if fmt == "html":
        from zone_ner.eval.render.html import render_html

        return render_html(result)
    if fmt == "table":
        from zone_ner.eval.render.text import render_text

        return render_text(result, color=color)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
