"""Inter-annotator agreement between two span JSONL files.

File 1 is the reference, file 2 the second annotation; only documents present
in both (matched by ``id``) are compared. Reports per-label and micro/macro
precision, recall and F1 for strict matches (same start, end and label) and
partial matches (same label, overlapping offsets, one-to-one), plus agreement
on the zone link (``kb_name``) of ZONE spans both annotators marked.

Usage: python scripts/iaa.py REFERENCE.jsonl SECOND.jsonl [--json] [--ids FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int, str]


@dataclass
class Doc:
    """One annotated document: its spans and the kb link of each span."""

    id: str
    spans: list[Span]
    links: dict[Span, str | None] = field(default_factory=dict)


def read_docs(path: Path, kb_key: str) -> dict[str, Doc]:
    """Read span JSONL (``spans`` or ``entities`` key) into docs keyed by id."""
    docs: dict[str, Doc] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if "id" not in rec:
                raise ValueError(f"{path}:{n}: document without id")
            raw = rec.get("spans", rec.get("entities", []))
            spans = [(int(s["start"]), int(s["end"]), str(s["label"])) for s in raw]
            links = {sp: norm_link(s.get(kb_key)) for sp, s in zip(spans, raw)}
            docs[rec["id"]] = Doc(rec["id"], spans, links)
    return docs


def norm_link(name: object) -> str | None:
    """NFKC-normalised link (full- and half-width brackets compare equal); None if empty."""
    return unicodedata.normalize("NFKC", str(name)).strip() or None if name else None


def prf(tp: int, n_pred: int, n_ref: int) -> dict[str, float | int]:
    """Precision, recall and F1 from matched, predicted and reference counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_ref if n_ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": n_ref, "predicted": n_pred}


def overlap_matches(ref: list[Span], hyp: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of same-label overlapping spans, largest overlap first."""
    cands = []
    for r in ref:
        for h in hyp:
            ov = min(r[1], h[1]) - max(r[0], h[0])
            if ov > 0 and r[2] == h[2]:
                cands.append((-ov, r, h))
    cands.sort()
    used_r: set[Span] = set()
    used_h: set[Span] = set()
    pairs = []
    for _, r, h in cands:
        if r not in used_r and h not in used_h:
            used_r.add(r)
            used_h.add(h)
            pairs.append((r, h))
    return pairs


def agreement(ref: dict[str, Doc], hyp: dict[str, Doc]) -> dict:
    """All agreement figures over the documents both files hold."""
    ids = sorted(set(ref) & set(hyp))
    n_ref: Counter[str] = Counter()
    n_hyp: Counter[str] = Counter()
    strict: Counter[str] = Counter()
    partial: Counter[str] = Counter()
    kb = Counter()
    kb_pairs = []
    for i in ids:
        r_spans, h_spans = set(ref[i].spans), set(hyp[i].spans)
        n_ref.update(s[2] for s in r_spans)
        n_hyp.update(s[2] for s in h_spans)
        both = r_spans & h_spans
        strict.update(s[2] for s in both)
        partial.update(r[2] for r, _ in overlap_matches(sorted(r_spans), sorted(h_spans)))
        for s in sorted(both):
            if s[2] != "ZONE":
                continue
            a, b = ref[i].links.get(s), hyp[i].links.get(s)
            kind = ("agree" if a == b else "disagree") if a and b else ("both_nil" if not a and not b else "one_nil")
            kb[kind] += 1
            if kind != "agree":
                kb_pairs.append({"id": i, "start": s[0], "end": s[1], "reference": a, "second": b})
    labels = sorted(set(n_ref) | set(n_hyp))
    out: dict = {"documents": len(ids), "only_in_reference": len(set(ref) - set(hyp)),
                 "only_in_second": len(set(hyp) - set(ref)), "labels": {}}
    for scheme, tp in (("strict", strict), ("partial", partial)):
        per = {lab: prf(tp[lab], n_hyp[lab], n_ref[lab]) for lab in labels}
        for lab in labels:
            out["labels"].setdefault(lab, {})[scheme] = per[lab]
        out.setdefault("micro", {})[scheme] = prf(sum(tp.values()), sum(n_hyp.values()), sum(n_ref.values()))
        scored = [per[lab] for lab in labels if n_ref[lab] or n_hyp[lab]]
        out.setdefault("macro", {})[scheme] = {
            k: sum(p[k] for p in scored) / len(scored) if scored else 0.0 for k in ("precision", "recall", "f1")}
    linked = kb["agree"] + kb["disagree"]
    out["zone_link"] = {"zone_spans_both": sum(kb.values()), **{k: kb[k] for k in ("agree", "disagree", "one_nil", "both_nil")},
                        "accuracy_both_linked": kb["agree"] / linked if linked else None,
                        "accuracy_all": (kb["agree"] + kb["both_nil"]) / sum(kb.values()) if kb else None,
                        "differences": kb_pairs}
    return out


def table(res: dict) -> str:
    """Plain-text table of the agreement figures (markdown-compatible)."""
    rows = ["| label | support (ref) | second | strict P | strict R | strict F1 | partial P | partial R | partial F1 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]

    def row(name: str, d: dict) -> str:
        s, p = d["strict"], d["partial"]
        sup = f"{s['support']} | {s['predicted']}" if "support" in s else " | "
        return (f"| {name} | {sup} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                f"{p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} |")

    for lab, d in res["labels"].items():
        rows.append(row(lab, d))
    rows.append(row("**micro**", res["micro"]))
    rows.append(row("**macro**", res["macro"]))
    z = res["zone_link"]
    acc = "n/a" if z["accuracy_both_linked"] is None else f"{z['accuracy_both_linked']:.3f}"
    rows += ["", f"documents compared: {res['documents']} (only in reference: {res['only_in_reference']}, "
                 f"only in second: {res['only_in_second']})",
             f"ZONE kb_name on {z['zone_spans_both']} ZONE spans both marked: agree {z['agree']}, "
             f"disagree {z['disagree']}, linked by one only {z['one_nil']}, linked by neither {z['both_nil']}; "
             f"accuracy where both linked {acc}"]
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reference", type=Path)
    ap.add_argument("second", type=Path)
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    ap.add_argument("--kb-key", default="kb_name", help="span key holding the zone link (default kb_name)")
    ap.add_argument("--ids", type=Path, help="file with one document id per line: compare only these")
    args = ap.parse_args(argv)
    ref, hyp = read_docs(args.reference, args.kb_key), read_docs(args.second, args.kb_key)
    if args.ids:
        keep = {line.strip() for line in args.ids.read_text(encoding="utf-8").splitlines() if line.strip()}
        ref = {k: v for k, v in ref.items() if k in keep}
        hyp = {k: v for k, v in hyp.items() if k in keep}
    res = agreement(ref, hyp)
    if args.json:
        json.dump(res, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(table(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
