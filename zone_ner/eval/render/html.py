"""A self-contained HTML report: inline CSS, inline SVG bar chart, the error list; nothing is fetched."""

from __future__ import annotations

from html import escape
from pathlib import Path

from zone_ner.eval.render.tables import Table, gold_line, overview, pct, system_tables

CSS = Path(__file__).resolve().parent / "data" / "report.css"
PALETTE_SIZE = 6
KIND_NAMES = {
    "missed": "missed", "spurious": "spurious", "wrong_type": "wrong label",
    "boundary": "wrong boundary", "boundary_type": "wrong boundary + label", "link": "wrong zone link",
}


def table_html(table: Table, css_class: str = "") -> str:
    """One table with its title and note."""
    head = "".join(f"<th>{escape(h)}</th>" for h in table.headers)
    body = "".join(
        "<tr>" + "".join(
            f'<td class="num">{escape(c)}</td>' if num else f"<td>{escape(c)}</td>"
            for c, num in zip(row, table.numeric)
        ) + "</tr>"
        for row in table.rows
    )
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    cls = f' class="{css_class}"' if css_class else ""
    return (f"<h3>{escape(table.title)}</h3><table{cls}><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>{note}")


def bar_chart(result: dict, scheme: str = "strict") -> str:
    """Grouped bars of per-label F1 (one colour per system) as inline SVG."""
    systems = list(result["pipelines"].items())
    labels: list[str] = []
    for _, s in systems:
        labels += [label for label in s[scheme]["labels"] if label not in labels]
    bar, gap, left, top, plot_h = 16, 18, 40, 10, 200
    group = max(bar * len(systems) + gap, 72)
    width, height = left + group * max(1, len(labels)) + 10, top + plot_h + 40
    parts = [f'<svg width="{width}" height="{height}" role="img" '
             f'aria-label="per-label F1">']
    for tick in range(0, 101, 25):
        y = top + plot_h * (1 - tick / 100)
        parts.append(f'<line class="grid" x1="{left}" x2="{width - 10}" y1="{y}" y2="{y}"/>'
                     f'<text x="{left - 6}" y="{y + 4}" text-anchor="end">{tick}</text>')
    for i, label in enumerate(labels):
        x0 = left + i * group + (group - bar * len(systems)) / 2
        for j, (name, s) in enumerate(systems):
            f1 = s[scheme]["labels"].get(label, {}).get("f1", 0.0)
            h = plot_h * f1
            parts.append(
                f'<rect class="s{j % PALETTE_SIZE}" x="{x0 + j * bar}" y="{top + plot_h - h:.1f}" '
                f'width="{bar - 2}" height="{h:.1f}"><title>{escape(name)} {escape(label)} F1 {pct(f1)}</title></rect>'
            )
        parts.append(f'<text x="{x0 + bar * len(systems) / 2}" y="{top + plot_h + 16}" '
                     f'text-anchor="middle">{escape(label)}</text>')
    parts.append(f'<line class="axis" x1="{left}" x2="{width - 10}" y1="{top + plot_h}" y2="{top + plot_h}"/></svg>')
    legend = "".join(f'<span class="s{j % PALETTE_SIZE}"></span>{escape(name)}' for j, (name, _) in enumerate(systems))
    return (f'<figure>{"".join(parts)}<figcaption class="legend">{legend}</figcaption>'
            f"<figcaption>F1 per label, {escape(scheme)} scheme (%).</figcaption></figure>")


def _span_cell(span: dict | None) -> str:
    if not span:
        return "—"
    link = f' → {escape(span.get("kb_name") or span.get("kb_id") or "NIL")}' if "kb_id" in span else ""
    return f"{escape(span['label'])} <b>{escape(span['text'])}</b> [{span['start']}, {span['end']}){link}"


def errors_html(name: str, system: dict) -> str:
    """The error list of one system with each error's context."""
    errors = system.get("errors", [])
    shown = f"{len(errors)} of {system.get('error_count', len(errors))}"
    rows = []
    for e in errors:
        ctx = e["context"]
        rows.append(
            f'<tr><td>{escape(e["doc"])}</td>'
            f'<td class="kind-{escape(e["kind"])}">{escape(KIND_NAMES.get(e["kind"], e["kind"]))}</td>'
            f"<td>{_span_cell(e['gold'])}</td><td>{_span_cell(e['pred'])}</td>"
            f'<td class="ctx">{escape(ctx["left"])}<mark>{escape(ctx["span"])}</mark>{escape(ctx["right"])}</td></tr>'
        )
    return (f"<details><summary>{escape(name)}: errors ({shown})</summary>"
            '<table class="errors"><thead><tr><th>document</th><th>error</th><th>gold</th><th>predicted</th>'
            f'<th>context</th></tr></thead><tbody>{"".join(rows)}</tbody></table></details>')


def render_html(result: dict) -> str:
    """The whole report as one HTML page."""
    body = [f"<h1>zone_ner evaluation</h1><p>{escape(gold_line(result))}</p>"]
    body += [f"<p>skipped <code>{escape(n)}</code>: {escape(r)}</p>" for n, r in result["skipped"].items()]
    body.append(table_html(overview(result)))
    body.append(bar_chart(result))
    for name, system in result["pipelines"].items():
        body.append(f"<h2>{escape(name)}</h2>")
        body += [table_html(t) for t in system_tables(name, system)]
        body.append(errors_html(name, system))
    css = CSS.read_text(encoding="utf-8")
    return ('<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>zone_ner evaluation</title>'
            f"<style>{css}</style></head><body>{''.join(body)}</body></html>\n")
