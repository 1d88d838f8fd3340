"""The report as format-neutral tables, shared by the text, markdown and HTML renderers."""

from __future__ import annotations

from dataclasses import dataclass, field

from zone_ner.eval.metrics import SCHEMES


@dataclass
class Table:
    """A titled table of strings; `numeric[i]` right-aligns column i."""

    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""

    @property
    def numeric(self) -> list[bool]:
        return [i > 0 for i in range(len(self.headers))]


def pct(value: float | None) -> str:
    """A ratio as a percentage with one decimal ("–" when undefined)."""
    return "–" if value is None else f"{100 * value:.1f}"


def interval(ci: list[float] | None) -> str:
    """A CI as "lo–hi" in percent."""
    return "" if not ci else f"{100 * ci[0]:.1f}–{100 * ci[1]:.1f}"


def _ci(system: dict, scheme: str, *path: str) -> list[float] | None:
    node = system.get("ci")
    if not node:
        return None
    node = node[scheme]
    for key in path:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    return node or None


def overview(result: dict) -> Table:
    """One row per system: strict P/R/F1 with CI, the other schemes' F1, macro F1, linking, speed."""
    table = Table(
        "Overview (micro-averaged, %)",
        ["system", "docs", "P", "R", "F1", "F1 95% CI", "exact F1", "partial F1", "type F1", "macro F1",
         "link acc", "chars/s"],
        note="P/R/F1 in the strict scheme (same offsets and label); CI from a document-level bootstrap.",
    )
    for name, s in result["pipelines"].items():
        speed = (s.get("speed") or {}).get("chars_per_second")
        table.rows.append([
            name, str(s["documents"]), pct(s["precision"]), pct(s["recall"]), pct(s["f1"]),
            interval(_ci(s, "strict", "micro", "f1")),
            pct(s["exact"]["micro"]["f1"]), pct(s["partial"]["micro"]["f1"]), pct(s["type"]["micro"]["f1"]),
            pct(s["strict"]["macro"]["f1"]),
            pct(s["linking"]["accuracy"]) if s["linking"]["matched"] else "–",
            f"{speed:,.0f}" if speed else "–",
        ])
    return table


def per_label(name: str, s: dict) -> Table:
    """Per-label strict P/R/F1 (with CI) and the F1 of the other schemes."""
    table = Table(
        f"{name}: per label (%)",
        ["label", "support", "P", "R", "F1", "F1 95% CI", "exact F1", "partial F1", "type F1"],
    )
    for label, row in s["labels"].items():
        table.rows.append([
            label, str(row["support"]), pct(row["precision"]), pct(row["recall"]), pct(row["f1"]),
            interval(_ci(s, "strict", "labels", label, "f1")),
            *(pct(s[scheme]["labels"][label]["f1"]) for scheme in ("exact", "partial", "type")),
        ])
    micro = s["strict"]["micro"]
    table.rows.append([
        "micro", str(micro["support"]), pct(micro["precision"]), pct(micro["recall"]), pct(micro["f1"]),
        interval(_ci(s, "strict", "micro", "f1")),
        *(pct(s[scheme]["micro"]["f1"]) for scheme in ("exact", "partial", "type")),
    ])
    macro = s["strict"]["macro"]
    table.rows.append([
        "macro", "", pct(macro["precision"]), pct(macro["recall"]), pct(macro["f1"]),
        interval(_ci(s, "strict", "macro", "f1")),
        *(pct(s[scheme]["macro"]["f1"]) for scheme in ("exact", "partial", "type")),
    ])
    return table


def schemes(name: str, s: dict) -> Table:
    """The nervaluate counts and micro/macro scores of each scheme."""
    table = Table(
        f"{name}: schemes",
        ["scheme", "COR", "INC", "PAR", "MIS", "SPU", "P %", "R %", "F1 %", "F1 95% CI", "macro F1 %"],
        note="strict: offsets and label; exact: offsets; partial: overlap counts half; type: overlap and label.",
    )
    for scheme in SCHEMES:
        m = s[scheme]["micro"]
        table.rows.append([
            scheme, *(str(m[k]) for k in ("correct", "incorrect", "partial", "missed", "spurious")),
            pct(m["precision"]), pct(m["recall"]), pct(m["f1"]),
            interval(_ci(s, scheme, "micro", "f1")), pct(s[scheme]["macro"]["f1"]),
        ])
    return table


def confusion(name: str, s: dict) -> Table:
    """Gold label (rows) × predicted label (columns) of overlapping spans; — = no span."""
    labels = s["confusion"]["labels"]
    matrix = s["confusion"]["matrix"]
    table = Table(f"{name}: type confusion (gold ↓ × predicted →)", ["gold \\ pred", *labels],
                  note="each gold span with its most-overlapping prediction; — = missed / spurious")
    for gold in labels:
        row = matrix.get(gold, {})
        table.rows.append([gold, *(str(row.get(pred, 0) or "·") for pred in labels)])
    return table


def linking(name: str, s: dict) -> Table:
    """Linking accuracy of strictly matched gold ZONE spans, and NIL precision/recall."""
    link = s["linking"]
    nil = link["nil"]
    table = Table(f"{name}: zone linking", ["measure", "value %", "count"],
                  note="on gold ZONE spans predicted with exactly their offsets and label")
    table.rows += [
        ["accuracy (linked gold, matched)", pct(link["accuracy"]), f"{link['correct']}/{link['matched']}"],
        ["end-to-end (all linked gold)", pct(link["end_to_end"]), f"{link['correct']}/{link['gold_linked']}"],
        ["accuracy, sub-area ↔ parent accepted", pct(link["accuracy_nested"]),
         f"{link['nested_correct']}/{link['matched']}"],
        ["NIL precision", pct(nil["precision"]), f"{nil['correct']}/{nil['predicted']}"],
        ["NIL recall", pct(nil["recall"]), f"{nil['correct']}/{nil['matched']}"],
    ]
    return table


RECORD_ROWS = (
    ("officials", "name", "officials: name"),
    ("officials", "name_titles", "officials: name + titles"),
    ("projects", "name", "projects: name"),
    ("projects", "name_investment", "projects: name + investment"),
    ("projects", "name_zone", "projects: name + zone"),
)
GIVEN_NAME_ROWS = (
    ("officials", "titles_of_named", "officials found by name: titles right (accuracy)"),
    ("projects", "investment_of_named", "projects found by name with a stated amount: amount right (accuracy)"),
)


def records(name: str, s: dict) -> Table | None:
    """Record-level P/R/F1 (None when no document had records on both sides)."""
    rec = s["records"]
    if not rec.get("documents"):
        return None
    table = Table(f"{name}: records ({rec['documents']} documents)",
                  ["record key", "gold", "pred", "hits", "P %", "R %", "F1 %"])
    for kind, key, title in RECORD_ROWS:
        r = rec[kind][key]
        table.rows.append([title, str(r["gold"]), str(r["predicted"]), str(r["tp"]),
                           pct(r["precision"]), pct(r["recall"]), pct(r["f1"])])
    for kind, key, title in GIVEN_NAME_ROWS:
        r = rec[kind][key]
        accuracy = pct(r["accuracy"]) if r["matched"] else "–"
        table.rows.append([title, str(r["matched"]), "", str(r["correct"]), "", "", accuracy])
    return table


def system_tables(name: str, s: dict) -> list[Table]:
    """Every table of one system, in report order."""
    tables = [per_label(name, s), schemes(name, s), confusion(name, s), linking(name, s), records(name, s)]
    return [t for t in tables if t is not None]


def gold_line(result: dict) -> str:
    """One sentence describing the gold data."""
    g = result["gold"]
    labels = ", ".join(f"{k} {v}" for k, v in g["labels"].items())
    return (f"Gold: {', '.join(g['files'])}: {g['documents']} documents, {g['characters']:,} characters, "
            f"{g['spans']} spans ({labels}).")
